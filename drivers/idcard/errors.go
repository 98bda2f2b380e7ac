package idcard

import (
	"errors"
	"fmt"

	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// Errors of the reader that are not SW3 codes.
var (
	// ErrNoResponse means the module sent no complete answer in time:
	// silence, or a frame cut short. It wraps serialport.ErrTimeout.
	ErrNoResponse = fmt.Errorf("idcard: no response from reader: %w", serialport.ErrTimeout)
	// ErrMalformed means a frame with a valid checksum whose content does
	// not fit the command (lengths that do not add up, a body too short).
	ErrMalformed = errors.New("idcard: malformed response")
	// ErrChecksum is matched by every *ChecksumError.
	ErrChecksum = errors.New("idcard: frame checksum mismatch")
	// ErrInvalidIDNumber is matched by every *InvalidIDError.
	ErrInvalidIDNumber = errors.New("idcard: invalid id number")
	// ErrUnknownCardType is matched by every *CardTypeError.
	ErrUnknownCardType = errors.New("idcard: unknown card type")
)

// ChecksumError is a frame whose CHK byte does not match its contents:
// line noise. It is transient; the reader retries the command.
type ChecksumError struct {
	Got, Want byte
}

func (e *ChecksumError) Error() string {
	return fmt.Sprintf("idcard: frame checksum mismatch: got %02x, want %02x", e.Got, e.Want)
}

// Is makes a *ChecksumError match ErrChecksum.
func (e *ChecksumError) Is(target error) bool { return target == ErrChecksum }

// CardTypeError is a card whose type flag (text offset 248) is none of
// space, J, I or Y.
type CardTypeError struct {
	Flag rune
}

func (e *CardTypeError) Error() string {
	return fmt.Sprintf("idcard: unknown card type flag %q", e.Flag)
}

// Is makes a *CardTypeError match ErrUnknownCardType.
func (e *CardTypeError) Is(target error) bool { return target == ErrUnknownCardType }

// IsTransient reports whether err may go away by itself: a timeout, a
// disconnected port that is reconnecting, a corrupted frame, or a SW3 code
// that a retry may clear (no card, select or read failed). Device faults,
// invalid cards and a closed port are not transient.
func IsTransient(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Temporary()
	}
	return serialport.Temporary(err) || errors.Is(err, ErrChecksum) || errors.Is(err, ErrMalformed)
}
