// Package session decides when a person's session starts, when it is
// about to end for lack of touches and when it ends. It is pure logic over
// times the caller passes in (read from a monotonic clock), so the idle
// warning and the wipe are tested without waiting.
package session

import "time"

// Phase is where the terminal is in a person's visit.
type Phase int

const (
	Attract Phase = iota // nobody there: the attract screen shows
	Active               // somebody is using the terminal
	Warning              // idle too long: the countdown shows
)

func (p Phase) String() string {
	switch p {
	case Attract:
		return "attract"
	case Active:
		return "active"
	case Warning:
		return "warning"
	}
	return "unknown"
}

// Event is what a Tick asks the UI to do.
type Event int

const (
	None   Event = iota // nothing changed
	Warn                // show the idle warning with its countdown
	Count               // update the countdown
	Expire              // wipe everything and return to attract
)

// Session tracks one visit at a time.
type Session struct {
	idle, warning time.Duration

	phase     Phase
	lastTouch time.Time
	warnedAt  time.Time
	lastShown int // seconds shown in the countdown
}

// New returns a session that warns after idle without touches and expires
// warning later.
func New(idle, warning time.Duration) *Session {
	return &Session{idle: idle, warning: warning}
}

// Phase returns the current phase.
func (s *Session) Phase() Phase { return s.phase }

// Touch records an interaction. On the attract screen it starts a session;
// during the warning it keeps the session.
func (s *Session) Touch(now time.Time) {
	s.phase = Active
	s.lastTouch = now
}

// End finishes the session at once (the person tapped "finish", or a new ID
// card was presented).
func (s *Session) End() {
	s.phase = Attract
	s.lastTouch, s.warnedAt = time.Time{}, time.Time{}
}

// Remaining returns the whole seconds left in the warning countdown,
// rounded up so the countdown never shows 0 while the session lasts.
func (s *Session) Remaining(now time.Time) int {
	if s.phase != Warning {
		return 0
	}
	left := s.warning - now.Sub(s.warnedAt)
	if left <= 0 {
		return 0
	}
	return int((left + time.Second - 1) / time.Second)
}

// Tick advances the session to now and says what the UI must do.
func (s *Session) Tick(now time.Time) Event {
	switch s.phase {
	case Active:
		if now.Sub(s.lastTouch) >= s.idle {
			s.phase, s.warnedAt = Warning, now
			s.lastShown = s.Remaining(now)
			return Warn
		}
	case Warning:
		if now.Sub(s.warnedAt) >= s.warning {
			s.End()
			return Expire
		}
		if r := s.Remaining(now); r != s.lastShown {
			s.lastShown = r
			return Count
		}
	}
	return None
}
