package cardpad

import (
	"context"
	"errors"
	"fmt"

	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// Errors of the link. Every one matches ErrCommunication: the pad never
// took the request, so nothing was charged and the same request may be
// sent again (with the same nonce and reference).
var (
	// ErrCommunication is matched by every communication error.
	ErrCommunication = errors.New("cardpad: communication error")
	// ErrNoAck means the pad acknowledged none of the transmissions of
	// the request: it is off, unplugged or hung. Safe to retry.
	ErrNoAck = fmt.Errorf("%w: the pad did not acknowledge the request", ErrCommunication)
	// ErrNAK means the pad refused every transmission (NAK), the first
	// and all retransmissions. Safe to retry.
	ErrNAK = fmt.Errorf("%w: the pad refused the request (NAK)", ErrCommunication)
	// ErrNoResult means a query (balance, query last, sign-in, settle)
	// was acknowledged but its result never came. Nothing moved money.
	ErrNoResult = fmt.Errorf("%w: no result from the pad in time", ErrCommunication)
	// ErrMalformed means the pad answered with a frame whose content does
	// not make sense (missing response code, bad numbers).
	ErrMalformed = fmt.Errorf("%w: malformed reply", ErrCommunication)
)

var (
	// ErrOutcomeUnknown is matched by every *OutcomeUnknownError.
	ErrOutcomeUnknown = errors.New("cardpad: outcome unknown")
	// ErrNotProcessed is returned by Resolve when the pad's last
	// transaction is not the one asked about: the request never became a
	// transaction, so nothing was charged for it.
	ErrNotProcessed = errors.New("cardpad: the pad has no transaction for this request")
	// ErrDeclined is matched by every *DeclineError.
	ErrDeclined = errors.New("cardpad: not approved")

	// errResultTimeout is the cause of an unknown outcome after the wait
	// for the result ran out. It deliberately does not wrap
	// ErrCommunication: an unknown outcome must not look retryable.
	errResultTimeout = errors.New("no result from the pad in time")
	// errReplyMismatch is the cause when the reply with the right nonce
	// names another amount or reference than the request.
	errReplyMismatch = errors.New("the reply does not match the request")
	// errBadReply is the cause when the reply with the right nonce could
	// not be read.
	errBadReply = errors.New("the reply could not be read")
)

// Sentinels for the outcomes a caller most often tests with errors.Is.
// They match any *DeclineError with the same code.
var (
	ErrInsufficientFunds = &DeclineError{Code: CodeInsufficientFunds}
	ErrWrongPIN          = &DeclineError{Code: CodeWrongPIN}
	ErrCardExpired       = &DeclineError{Code: CodeCardExpired}
	ErrCancelled         = &DeclineError{Code: CodeCancelled}
	ErrPadTimeout        = &DeclineError{Code: CodeTimeout}
	ErrSignInRequired    = &DeclineError{Code: CodeSignInRequired}
	ErrBusy              = &DeclineError{Code: CodeBusy}
	ErrNoTransaction     = &DeclineError{Code: CodeNoTransaction}
	ErrOriginalNotFound  = &DeclineError{Code: CodeOriginalNotFound}
)

// DeclineError is a definite answer other than approval: the bank or the
// pad refused, the person cancelled, the pad timed out waiting for a card.
// Nothing was charged. It is final: do not send the same request again
// without a new decision by the person (CodeBusy is the exception, see
// Classify).
type DeclineError struct {
	Type         TxType
	Code         Code
	ResponseCode string
	// Result is the full reply (masked card number, voucher, TID …); nil
	// in the sentinels.
	Result *Result
}

func (e *DeclineError) Error() string {
	if e.Type == 0 {
		return "cardpad: not approved: " + string(e.Code)
	}
	return fmt.Sprintf("cardpad: %s not approved: %s (response %s)", e.Type, e.Code, e.ResponseCode)
}

// Is matches ErrDeclined, and another *DeclineError with the same code
// whose Type is zero (a sentinel) or equal.
func (e *DeclineError) Is(target error) bool {
	if target == ErrDeclined {
		return true
	}
	t, ok := target.(*DeclineError)
	return ok && t.Code == e.Code && (t.Type == 0 || t.Type == e.Type)
}

// OutcomeUnknownError means a sale or void may or may not have happened:
// the pad had (or may have had) the request, and its result was lost —
// silence after ACK, a cancelled context, an unplugged cable, a reply that
// could not be read. The card may have been charged.
//
// Never send the request again. Resolve it: Pad.Resolve (query last
// transaction, match nonce, type, amount and reference) says whether it
// was approved, declined or never processed. Until then the payment is
// pending, and the person must be told not to pay again.
type OutcomeUnknownError struct {
	Intent Intent
	// Acknowledged is true when the pad had said "received" (06).
	Acknowledged bool
	// Err is the cause: a timeout, a context error, a port error, a
	// reply that did not match.
	Err error
}

func (e *OutcomeUnknownError) Error() string {
	ack := "before"
	if e.Acknowledged {
		ack = "after"
	}
	return fmt.Sprintf("cardpad: %s: outcome unknown (%s acknowledgement): %v", e.Intent, ack, e.Err)
}

// Is matches ErrOutcomeUnknown.
func (e *OutcomeUnknownError) Is(target error) bool { return target == ErrOutcomeUnknown }

// Unwrap returns the cause, so errors.Is(err, context.Canceled) works.
// Use Classify, not the cause, to decide what to do.
func (e *OutcomeUnknownError) Unwrap() error { return e.Err }

// Class says what a caller may do after an error.
type Class int

// Classes.
const (
	// ClassNone: no error.
	ClassNone Class = iota
	// ClassTransient: nothing was charged and the pad may take the same
	// request later (communication errors, a busy pad, a context that
	// ended before anything was sent, a port that is reconnecting).
	ClassTransient
	// ClassFinal: a definite answer or a request that cannot succeed:
	// declined, cancelled, invalid. Nothing was charged. Do not retry on
	// your own.
	ClassFinal
	// ClassUnknown: the card may have been charged. Resolve; never retry.
	ClassUnknown
)

var classNames = [...]string{"none", "transient", "final", "unknown"}

func (c Class) String() string {
	if c >= 0 && int(c) < len(classNames) {
		return classNames[c]
	}
	return fmt.Sprintf("class(%d)", int(c))
}

// Classify sorts an error of this package into transient, final and
// unknown. It checks for an unknown outcome first, so a cause that looks
// transient never makes a possible charge retryable.
func Classify(err error) Class {
	var de *DeclineError
	switch {
	case err == nil:
		return ClassNone
	case errors.Is(err, ErrOutcomeUnknown):
		return ClassUnknown
	case errors.As(err, &de):
		if de.Code == CodeBusy {
			return ClassTransient
		}
		return ClassFinal
	case errors.Is(err, ErrCommunication), serialport.Temporary(err),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return ClassTransient
	}
	return ClassFinal
}

// CodeOf returns the outcome code of an error, for the UI and records:
// the decline code, outcome_unknown, communication_error, cancelled (a
// cancelled context), timeout (a context deadline), invalid_request,
// not_processed (from Resolve), and
// terminal_error for anything else. A nil error is approved.
func CodeOf(err error) Code {
	var de *DeclineError
	switch {
	case err == nil:
		return CodeApproved
	case errors.Is(err, ErrOutcomeUnknown):
		return CodeOutcomeUnknown
	case errors.As(err, &de):
		return de.Code
	case errors.Is(err, ErrInvalidRequest):
		return CodeInvalidRequest
	case errors.Is(err, ErrNotProcessed):
		return CodeNotProcessed
	case errors.Is(err, context.Canceled):
		return CodeCancelled
	case errors.Is(err, context.DeadlineExceeded):
		return CodeTimeout
	case errors.Is(err, ErrCommunication), errors.Is(err, serialport.ErrDisconnected),
		errors.Is(err, serialport.ErrTimeout), errors.Is(err, serialport.ErrClosed):
		return CodeCommunication
	}
	return CodeTerminalError
}
