package idcard

import "fmt"

// SW3 status codes (devices.md §1.3). SW1 and SW2 are always 00.
const (
	SW3OK              byte = 0x90 // success
	SW3FindOK          byte = 0x9F // find card succeeded
	SW3NoContent       byte = 0x91 // the item has no content on the card (no new address)
	SW3HostChecksum    byte = 0x10 // checksum error in host data
	SW3HostLength      byte = 0x11 // length error in host data
	SW3BadCommand      byte = 0x21 // command error (bad value or combination)
	SW3NotPermitted    byte = 0x23 // operation not permitted (越权)
	SW3Unrecognised    byte = 0x24 // unrecognised error
	SW3CardAuthSAM     byte = 0x31 // card failed to authenticate the SAM
	SW3SAMAuthCard     byte = 0x32 // SAM failed to authenticate the card
	SW3VerifyFailed    byte = 0x33 // information verification error
	SW3UnknownCardType byte = 0x40 // unrecognised card type
	SW3ReadFailed      byte = 0x41 // read card failed
	SW3RandomFailed    byte = 0x47 // get random number failed
	SW3SelfTestFailed  byte = 0x60 // SAM self-test failed; accepts no commands
	SW3NotAuthorised   byte = 0x66 // SAM not authorised
	SW3NoCard          byte = 0x80 // find card failed: no card in the field
	SW3SelectFailed    byte = 0x81 // select card failed
)

var sw3Meaning = map[byte]string{
	SW3OK:              "success",
	SW3FindOK:          "find card succeeded",
	SW3NoContent:       "item has no content on the card",
	SW3HostChecksum:    "checksum error in host data",
	SW3HostLength:      "length error in host data",
	SW3BadCommand:      "command error",
	SW3NotPermitted:    "operation not permitted",
	SW3Unrecognised:    "unrecognised error",
	SW3CardAuthSAM:     "card failed to authenticate sam",
	SW3SAMAuthCard:     "sam failed to authenticate card",
	SW3VerifyFailed:    "information verification error",
	SW3UnknownCardType: "unrecognised card type",
	SW3ReadFailed:      "read card failed",
	SW3RandomFailed:    "get random number failed",
	SW3SelfTestFailed:  "sam self-test failed",
	SW3NotAuthorised:   "sam not authorised",
	SW3NoCard:          "no card",
	SW3SelectFailed:    "select card failed",
}

// StatusError is a response whose SW3 is not the success code of its
// command. Match a code with errors.Is against the sentinels below (they
// match any command), or errors.As to read Code and Command.
type StatusError struct {
	Code    byte
	Command Command // zero in the sentinels
}

// One sentinel per failure code of devices.md §1.3.
var (
	ErrNoContent      = &StatusError{Code: SW3NoContent}
	ErrHostChecksum   = &StatusError{Code: SW3HostChecksum}
	ErrHostLength     = &StatusError{Code: SW3HostLength}
	ErrBadCommand     = &StatusError{Code: SW3BadCommand}
	ErrNotPermitted   = &StatusError{Code: SW3NotPermitted}
	ErrUnrecognised   = &StatusError{Code: SW3Unrecognised}
	ErrCardAuthSAM    = &StatusError{Code: SW3CardAuthSAM}
	ErrSAMAuthCard    = &StatusError{Code: SW3SAMAuthCard}
	ErrVerifyFailed   = &StatusError{Code: SW3VerifyFailed}
	ErrCardType       = &StatusError{Code: SW3UnknownCardType}
	ErrReadFailed     = &StatusError{Code: SW3ReadFailed}
	ErrRandomFailed   = &StatusError{Code: SW3RandomFailed}
	ErrSelfTestFailed = &StatusError{Code: SW3SelfTestFailed}
	ErrNotAuthorised  = &StatusError{Code: SW3NotAuthorised}
	ErrNoCard         = &StatusError{Code: SW3NoCard}
	ErrSelectFailed   = &StatusError{Code: SW3SelectFailed}
)

func (e *StatusError) Error() string {
	meaning, ok := sw3Meaning[e.Code]
	if !ok {
		meaning = "unknown status"
	}
	if e.Command == (Command{}) {
		return fmt.Sprintf("idcard: sw3 %02x: %s", e.Code, meaning)
	}
	return fmt.Sprintf("idcard: %s: sw3 %02x: %s", e.Command, e.Code, meaning)
}

// Is matches another *StatusError with the same code; a target without a
// command (a sentinel) matches any command.
func (e *StatusError) Is(target error) bool {
	t, ok := target.(*StatusError)
	return ok && t.Code == e.Code && (t.Command == Command{} || t.Command == e.Command)
}

// Temporary reports whether repeating the command soon may succeed: the
// card moved, the RF exchange failed, or the line corrupted our request.
func (e *StatusError) Temporary() bool {
	switch e.Code {
	case SW3HostChecksum, SW3HostLength, SW3Unrecognised, SW3CardAuthSAM, SW3SAMAuthCard,
		SW3VerifyFailed, SW3ReadFailed, SW3RandomFailed, SW3NoCard, SW3SelectFailed:
		return true
	}
	return false
}

// DeviceFault reports whether the code means the module itself is unusable
// (failed self-test, not authorised) or refuses what we send (command
// errors): the reader's health, not the card, is at fault.
func (e *StatusError) DeviceFault() bool {
	switch e.Code {
	case SW3SelfTestFailed, SW3NotAuthorised, SW3BadCommand, SW3NotPermitted:
		return true
	}
	return false
}
