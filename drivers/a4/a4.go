package a4

import (
	"bytes"
	"context"
	"errors"
	"fmt"
)

// Printer prints A4 PDFs.
type Printer interface {
	// Print hands one PDF to the printer and returns the printer's ID for
	// the job. name is the job's title; it must carry no personal data.
	Print(ctx context.Context, name string, pdf []byte) (jobID string, err error)
	// Health reports whether the printer can take a job now. The error
	// is non-nil when the state could not be learnt (the Health then says
	// StateUnavailable); a queue that is missing or stopped is a state,
	// not an error.
	Health(ctx context.Context) (Health, error)
}

// State is a printer's state in plain terms for the UI, the staff screen
// and the fleet heartbeat.
type State string

// States.
const (
	StateIdle        State = "idle"        // ready, nothing printing
	StatePrinting    State = "printing"    // ready, a job is printing
	StateDisabled    State = "disabled"    // stopped by staff or by an error (CUPS "disabled")
	StateRejecting   State = "rejecting"   // the queue accepts no jobs
	StateNotFound    State = "not_found"   // no such queue or folder
	StateUnavailable State = "unavailable" // CUPS down, tools missing, folder unusable
)

// Health is a printer's state and why.
type Health struct {
	State State
	// Queue is the CUPS queue or the sink's folder.
	Queue string
	// Reason is CUPS's reason for a disabled or rejecting queue, or what
	// made the state unavailable. Empty when all is well.
	Reason string
}

// Ready reports whether a job sent now would print.
func (h Health) Ready() bool { return h.State == StateIdle || h.State == StatePrinting }

// Errors. Every error of the package wraps one of them.
var (
	// ErrQueueNotFound: the CUPS queue (or the sink's folder) does not exist.
	ErrQueueNotFound = errors.New("a4: printer queue not found")
	// ErrClientMissing: lp or lpstat is not installed.
	ErrClientMissing = errors.New("a4: cups client tools missing")
	// ErrCUPSDown: the CUPS scheduler does not answer.
	ErrCUPSDown = errors.New("a4: cups scheduler not running")
	// ErrJobRefused: the queue is disabled or rejects jobs, or lp failed
	// for another reason; the message carries CUPS's words.
	ErrJobRefused = errors.New("a4: print job refused")
	// ErrBadReply: lp or lpstat answered something this package cannot
	// read.
	ErrBadReply = errors.New("a4: unreadable reply from cups")
	// ErrInvalid: the caller's input is unusable (not a PDF, a bad queue
	// name).
	ErrInvalid = errors.New("a4: invalid print request")
	// ErrWrite: the file sink could not write the PDF.
	ErrWrite = errors.New("a4: writing the pdf failed")
)

// checkPDF rejects what is not a PDF before a printer sees it: CUPS would
// print a text file as pages of garbage.
func checkPDF(pdf []byte) error {
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		return fmt.Errorf("%w: %d bytes that do not start with %%PDF-", ErrInvalid, len(pdf))
	}
	return nil
}
