package printer

import (
	"fmt"
)

// StatusQuery is the n of DLE EOT n: which status byte to ask for.
type StatusQuery byte

// The four real-time status queries (DLE EOT 1–4).
const (
	QueryPrinter StatusQuery = 1 // printer status: drawer, offline
	QueryOffline StatusQuery = 2 // offline cause: cover, feed button, paper end, error
	QueryError   StatusQuery = 3 // error cause: cutter, unrecoverable, auto-recoverable
	QueryPaper   StatusQuery = 4 // roll paper sensors: near end, end
)

// Status bits. Every DLE EOT reply has the fixed pattern 0xx1xx10: bits 1
// and 4 set, bits 0 and 7 clear.
const (
	statusFixedMask  byte = 0x93
	statusFixedValue byte = 0x12

	bit2 byte = 0x04
	bit3 byte = 0x08
	bit5 byte = 0x20
	bit6 byte = 0x40
)

// ValidStatusByte reports whether b has the fixed bit pattern of a DLE EOT
// reply. A byte that fails is stale input, an Automatic Status Back byte or
// line noise, never a status.
func ValidStatusByte(b byte) bool { return b&statusFixedMask == statusFixedValue }

// Status is the decoded answer to DLE EOT 1–4. Fields of a query that was
// not answered stay false; Have tells which were.
type Status struct {
	// Raw holds the reply to DLE EOT n at index n-1.
	Raw [4]byte
	// Have[n-1] is true when DLE EOT n was answered.
	Have [4]bool

	// DLE EOT 1: printer status.
	DrawerPin3High    bool // bit 2: drawer kick-out connector pin 3 high
	Offline           bool // bit 3
	WaitingRecovery   bool // bit 5: waiting for online recovery (vendor-defined)
	FeedButtonPressed bool // bit 6 (vendor-defined)

	// DLE EOT 2: offline cause.
	CoverOpen       bool // bit 2
	FeedingByButton bool // bit 3: paper is being fed by the feed button
	PaperEndStop    bool // bit 5: printing stopped by paper end
	ErrorOccurred   bool // bit 6

	// DLE EOT 3: error cause.
	RecoverableError     bool // bit 2 (vendor-defined)
	CutterError          bool // bit 3: autocutter error
	UnrecoverableError   bool // bit 5
	AutoRecoverableError bool // bit 6: head too hot, cover opened while printing

	// DLE EOT 4: roll paper sensor.
	PaperNearEnd bool // bits 2 and 3 (either set)
	PaperOut     bool // bits 5 and 6 (either set)
}

// DecodeStatus decodes the reply b to DLE EOT n into a Status holding just
// that byte.
func DecodeStatus(n StatusQuery, b byte) (Status, error) {
	var s Status
	err := s.Apply(n, b)
	return s, err
}

// Apply validates the reply b to DLE EOT n and sets the fields it covers.
// It fails with ErrBadReply (wrapped) when b lacks the fixed bit pattern and
// with ErrInvalidQuery when n is not 1–4; s is unchanged then.
func (s *Status) Apply(n StatusQuery, b byte) error {
	if n < QueryPrinter || n > QueryPaper {
		return fmt.Errorf("decode status: %w: DLE EOT %d", ErrInvalidQuery, n)
	}
	if !ValidStatusByte(b) {
		return &FaultError{Fault: FaultBadReply, Query: n, Reply: b}
	}
	s.Raw[n-1] = b
	s.Have[n-1] = true
	switch n {
	case QueryPrinter:
		s.DrawerPin3High = b&bit2 != 0
		s.Offline = b&bit3 != 0
		s.WaitingRecovery = b&bit5 != 0
		s.FeedButtonPressed = b&bit6 != 0
	case QueryOffline:
		s.CoverOpen = b&bit2 != 0
		s.FeedingByButton = b&bit3 != 0
		s.PaperEndStop = b&bit5 != 0
		s.ErrorOccurred = b&bit6 != 0
	case QueryError:
		s.RecoverableError = b&bit2 != 0
		s.CutterError = b&bit3 != 0
		s.UnrecoverableError = b&bit5 != 0
		s.AutoRecoverableError = b&bit6 != 0
	case QueryPaper:
		s.PaperNearEnd = b&(bit2|bit3) != 0
		s.PaperOut = b&(bit5|bit6) != 0
	}
	return nil
}

// Health derives the one state a person needs to know about, the most
// serious first: cover open, paper out, cutter error, other error, offline,
// paper near end, ok. A Status without any reply is HealthUnknown.
func (s Status) Health() Health {
	switch {
	case s.Have == [4]bool{}:
		return HealthUnknown
	case s.CoverOpen:
		return HealthCoverOpen
	case s.PaperOut || s.PaperEndStop:
		return HealthPaperOut
	case s.CutterError:
		return HealthCutterError
	case s.UnrecoverableError || s.AutoRecoverableError || s.RecoverableError || s.ErrorOccurred:
		return HealthError
	case s.Offline:
		return HealthOffline
	case s.PaperNearEnd:
		return HealthPaperNearEnd
	default:
		return HealthOK
	}
}

// Err is the fault that stops printing, as a *FaultError, or nil when the
// printer can print (ok or paper near end).
func (s Status) Err() error {
	var f Fault
	switch s.Health() {
	case HealthOK, HealthPaperNearEnd:
		return nil
	case HealthCoverOpen:
		f = FaultCoverOpen
	case HealthPaperOut:
		f = FaultPaperOut
	case HealthCutterError:
		f = FaultCutterError
	case HealthError:
		f = FaultPrinterError
	case HealthOffline:
		f = FaultOffline
	default:
		f = FaultNoReply
	}
	return &FaultError{Fault: f, Status: s}
}

// Health is the printer's state as the UI, the staff screen and the
// heartbeat show it. Its String is a stable code.
type Health int

// Health states.
const (
	HealthUnknown      Health = iota // not checked yet
	HealthOK                         // ready
	HealthPaperNearEnd               // prints, but the roll is nearly used up
	HealthPaperOut                   // no paper
	HealthCoverOpen                  // the cover is open
	HealthCutterError                // the autocutter jammed or failed
	HealthError                      // another printer error (head hot, unrecoverable)
	HealthOffline                    // offline without a reported cause
	HealthAbsent                     // no valid reply: unplugged, off, wrong port or line noise
)

var healthCodes = [...]string{
	HealthUnknown:      "unknown",
	HealthOK:           "ok",
	HealthPaperNearEnd: "paper_near_end",
	HealthPaperOut:     "paper_out",
	HealthCoverOpen:    "cover_open",
	HealthCutterError:  "cutter_error",
	HealthError:        "printer_error",
	HealthOffline:      "offline",
	HealthAbsent:       "absent",
}

// String returns the stable code of h ("ok", "paper_out", …).
func (h Health) String() string {
	if h >= 0 && int(h) < len(healthCodes) {
		return healthCodes[h]
	}
	return fmt.Sprintf("health(%d)", int(h))
}

// MarshalText encodes h as its code, for JSON heartbeats.
func (h Health) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText parses a code written by MarshalText.
func (h *Health) UnmarshalText(b []byte) error {
	for i, c := range healthCodes {
		if c == string(b) {
			*h = Health(i)
			return nil
		}
	}
	return fmt.Errorf("parse printer health %q: unknown code", b)
}

// CanPrint reports whether a receipt may be sent: ok or paper near end.
func (h Health) CanPrint() bool { return h == HealthOK || h == HealthPaperNearEnd }

// NeedsStaff reports whether a person has to act (paper, cover, cutter,
// error) as opposed to a state that may clear by itself.
func (h Health) NeedsStaff() bool {
	switch h {
	case HealthPaperNearEnd, HealthPaperOut, HealthCoverOpen, HealthCutterError, HealthError:
		return true
	}
	return false
}
