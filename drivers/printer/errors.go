package printer

import (
	"errors"
	"fmt"
)

// Fault is the stable code of one printer problem. The UI maps codes to
// plain words in the resident's language; the heartbeat sends them as is.
type Fault string

// Faults.
const (
	FaultPaperOut     Fault = "paper_out"
	FaultCoverOpen    Fault = "cover_open"
	FaultCutterError  Fault = "cutter_error"
	FaultPrinterError Fault = "printer_error" // unrecoverable or auto-recoverable error
	FaultOffline      Fault = "offline"       // offline without a reported cause
	FaultNoReply      Fault = "no_reply"      // no status reply in time: absent, off, unplugged
	FaultBadReply     Fault = "bad_reply"     // replies without the fixed bit pattern
	FaultPort         Fault = "port_error"    // the serial port failed to read or write
)

// Sentinel errors, one per fault. A *FaultError matches its sentinel with
// errors.Is, so callers can write errors.Is(err, printer.ErrPaperOut).
var (
	ErrPaperOut     = errors.New("printer: paper out")
	ErrCoverOpen    = errors.New("printer: cover open")
	ErrCutterError  = errors.New("printer: cutter error")
	ErrPrinterError = errors.New("printer: printer error")
	ErrOffline      = errors.New("printer: offline")
	ErrNoReply      = errors.New("printer: no status reply")
	ErrBadReply     = errors.New("printer: invalid status reply")
	ErrPort         = errors.New("printer: serial port failure")
)

// Errors about the caller's input.
var (
	// ErrInvalidQuery is a DLE EOT n with n outside 1–4.
	ErrInvalidQuery = errors.New("printer: invalid status query")
	// ErrNothingToReprint means no receipt has been printed since start or
	// since ForgetLast.
	ErrNothingToReprint = errors.New("printer: no receipt to reprint")
	// ErrInvalidConfig is a configuration value out of range.
	ErrInvalidConfig = errors.New("printer: invalid configuration")
	// ErrLayout is content the builder cannot lay out: an invalid size, a
	// QR payload too long, a barcode that does not fit the paper.
	ErrLayout = errors.New("printer: invalid receipt content")
)

var faultSentinels = map[Fault]error{
	FaultPaperOut:     ErrPaperOut,
	FaultCoverOpen:    ErrCoverOpen,
	FaultCutterError:  ErrCutterError,
	FaultPrinterError: ErrPrinterError,
	FaultOffline:      ErrOffline,
	FaultNoReply:      ErrNoReply,
	FaultBadReply:     ErrBadReply,
	FaultPort:         ErrPort,
}

// FaultError is one printer fault: what went wrong, the status that showed
// it and, for reply and port faults, the query and what came back.
type FaultError struct {
	Fault  Fault
	Status Status      // the decoded status, when the fault came from one
	Query  StatusQuery // the DLE EOT n that failed, for no_reply and bad_reply
	Reply  byte        // the invalid byte, for bad_reply
	Err    error       // the port error, for port_error
}

func (e *FaultError) Error() string {
	switch e.Fault {
	case FaultBadReply:
		return fmt.Sprintf("printer: invalid reply %#02x to DLE EOT %d", e.Reply, e.Query)
	case FaultNoReply:
		return fmt.Sprintf("printer: no reply to DLE EOT %d", e.Query)
	case FaultPort:
		if e.Err != nil {
			return fmt.Sprintf("printer: serial port: %v", e.Err)
		}
	}
	if s, ok := faultSentinels[e.Fault]; ok {
		return s.Error()
	}
	return fmt.Sprintf("printer: fault %q", string(e.Fault))
}

// Unwrap returns the fault's sentinel and, for port faults, the port error.
func (e *FaultError) Unwrap() []error {
	var errs []error
	if s, ok := faultSentinels[e.Fault]; ok {
		errs = append(errs, s)
	}
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	return errs
}

// Transient reports whether the fault may clear by itself (no reply, bad
// reply, port failure, offline without a cause) so a retry after a pause
// makes sense. Paper, cover, cutter and printer errors need a person.
func (e *FaultError) Transient() bool {
	switch e.Fault {
	case FaultNoReply, FaultBadReply, FaultPort, FaultOffline:
		return true
	}
	return false
}

// Health is the health state the fault puts the printer in.
func (e *FaultError) Health() Health {
	switch e.Fault {
	case FaultPaperOut:
		return HealthPaperOut
	case FaultCoverOpen:
		return HealthCoverOpen
	case FaultCutterError:
		return HealthCutterError
	case FaultPrinterError:
		return HealthError
	case FaultOffline:
		return HealthOffline
	}
	return HealthAbsent
}

// Stage is when a receipt failed.
type Stage string

// Stages of a print job.
const (
	StageBefore Stage = "before" // the status check before sending: nothing was printed
	StageDuring Stage = "during" // while sending: part of the receipt may be on paper
	StageAfter  Stage = "after"  // the status check after sending: the receipt may be incomplete
)

// JobError reports a receipt that did not print completely: which receipt,
// at which stage, how many of its bytes had been sent, and why.
type JobError struct {
	ReceiptID string
	Stage     Stage
	Sent      int // bytes of the receipt written to the port
	Total     int // bytes in the receipt
	Err       error
}

func (e *JobError) Error() string {
	return fmt.Sprintf("printer: receipt %s failed %s printing (%d of %d bytes sent): %v",
		e.ReceiptID, e.Stage, e.Sent, e.Total, e.Err)
}

func (e *JobError) Unwrap() error { return e.Err }

// Code returns the stable fault code in err ("paper_out", "no_reply", …),
// "" for nil, "canceled" for a cancelled context and "error" for anything
// else, so the UI always has a key to translate.
func Code(err error) string {
	if err == nil {
		return ""
	}
	var fe *FaultError
	if errors.As(err, &fe) {
		return string(fe.Fault)
	}
	for f, s := range faultSentinels {
		if errors.Is(err, s) {
			return string(f)
		}
	}
	if isContextErr(err) {
		return "canceled"
	}
	return "error"
}

// IsTransient reports whether err may clear by itself: a transient fault
// (see FaultError.Transient). Everything else is fatal for the job and
// needs a person or a code fix.
func IsTransient(err error) bool {
	var fe *FaultError
	if errors.As(err, &fe) {
		return fe.Transient()
	}
	return false
}
