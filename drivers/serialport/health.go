package serialport

import (
	"fmt"
	"sync"
	"time"
)

// State is the coarse condition of a device.
type State int

// States a device moves through. The zero value is StateAbsent: a device
// that has not been found yet.
const (
	StateAbsent       State = iota // not present: path missing or no USB match
	StateOK                        // connected and, as far as we know, working
	StateReconnecting              // was connected, went away, reconnecting
	StateError                     // present but unusable; Reason says why
)

var stateNames = [...]string{"absent", "ok", "reconnecting", "error"}

func (s State) String() string {
	if s >= 0 && int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("state(%d)", int(s))
}

// MarshalText encodes the state as its name, for heartbeats and JSON.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a state name.
func (s *State) UnmarshalText(b []byte) error {
	for i, n := range stateNames {
		if n == string(b) {
			*s = State(i)
			return nil
		}
	}
	return fmt.Errorf("serialport: unknown health state %q", b)
}

// Health is a snapshot of a device's condition. Reason is a short lowercase
// English phrase for logs, the staff screen and the fleet console; it never
// carries personal data. Err is the underlying error, for errors.Is.
type Health struct {
	Device string    `json:"device"`
	State  State     `json:"state"`
	Reason string    `json:"reason,omitempty"`
	Err    error     `json:"-"`
	Since  time.Time `json:"since"`
	// Attempts counts failed reconnection attempts since the device was
	// last ok.
	Attempts int `json:"attempts,omitempty"`
}

// OK reports whether the device is usable.
func (h Health) OK() bool { return h.State == StateOK }

func (h Health) String() string {
	if h.Reason == "" {
		return h.Device + ": " + h.State.String()
	}
	return h.Device + ": " + h.State.String() + ": " + h.Reason
}

func (h Health) same(o Health) bool {
	return h.State == o.State && h.Reason == o.Reason && h.Attempts == o.Attempts
}

// hub fans health changes out to subscribers. Each subscriber has a
// one-slot channel that always holds the latest value: a slow reader skips
// intermediate states but never blocks the device and never misses the
// current one.
type hub struct {
	mu     sync.Mutex
	subs   map[int]chan Health
	next   int
	closed bool
}

func (h *hub) subscribe(current Health) (<-chan Health, func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	ch := make(chan Health, 1)
	if h.closed {
		close(ch)
		return ch, func() {}
	}
	if h.subs == nil {
		h.subs = make(map[int]chan Health)
	}
	id := h.next
	h.next++
	h.subs[id] = ch
	ch <- current
	return ch, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if c, ok := h.subs[id]; ok {
			delete(h.subs, id)
			close(c)
		}
	}
}

func (h *hub) publish(v Health) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, ch := range h.subs {
		select {
		case <-ch:
		default:
		}
		ch <- v
	}
}

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for id, ch := range h.subs {
		delete(h.subs, id)
		close(ch)
	}
}
