package idcard_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/idcard"
)

func TestEverySW3CodeHasATypedError(t *testing.T) {
	tests := []struct {
		code        byte
		sentinel    error
		meaning     string
		temporary   bool
		deviceFault bool
	}{
		{0x91, idcard.ErrNoContent, "no content", false, false},
		{0x10, idcard.ErrHostChecksum, "checksum error in host data", true, false},
		{0x11, idcard.ErrHostLength, "length error in host data", true, false},
		{0x21, idcard.ErrBadCommand, "command error", false, true},
		{0x23, idcard.ErrNotPermitted, "not permitted", false, true},
		{0x24, idcard.ErrUnrecognised, "unrecognised error", true, false},
		{0x31, idcard.ErrCardAuthSAM, "card failed to authenticate sam", true, false},
		{0x32, idcard.ErrSAMAuthCard, "sam failed to authenticate card", true, false},
		{0x33, idcard.ErrVerifyFailed, "verification error", true, false},
		{0x40, idcard.ErrCardType, "unrecognised card type", false, false},
		{0x41, idcard.ErrReadFailed, "read card failed", true, false},
		{0x47, idcard.ErrRandomFailed, "random number failed", true, false},
		{0x60, idcard.ErrSelfTestFailed, "self-test failed", false, true},
		{0x66, idcard.ErrNotAuthorised, "not authorised", false, true},
		{0x80, idcard.ErrNoCard, "no card", true, false},
		{0x81, idcard.ErrSelectFailed, "select card failed", true, false},
	}
	for _, tt := range tests {
		err := fmt.Errorf("context: %w", &idcard.StatusError{Code: tt.code, Command: idcard.CmdReadText})
		if !errors.Is(err, tt.sentinel) {
			t.Errorf("%02X does not match its sentinel", tt.code)
		}
		for _, other := range tests {
			if other.code != tt.code && errors.Is(err, other.sentinel) {
				t.Errorf("%02X matches the sentinel of %02X", tt.code, other.code)
			}
		}
		var se *idcard.StatusError
		if !errors.As(err, &se) || se.Code != tt.code {
			t.Fatalf("%02X: errors.As failed", tt.code)
		}
		if !strings.Contains(err.Error(), tt.meaning) || !strings.Contains(err.Error(), "read card") {
			t.Errorf("%02X: message %q lacks %q or the command", tt.code, err, tt.meaning)
		}
		if se.Temporary() != tt.temporary || idcard.IsTransient(err) != tt.temporary {
			t.Errorf("%02X: temporary = %v, want %v", tt.code, se.Temporary(), tt.temporary)
		}
		if se.DeviceFault() != tt.deviceFault {
			t.Errorf("%02X: device fault = %v, want %v", tt.code, se.DeviceFault(), tt.deviceFault)
		}
	}
}

func TestUnknownSW3CodeStillReads(t *testing.T) {
	err := &idcard.StatusError{Code: 0x7E, Command: idcard.CmdFindCard}
	if msg := err.Error(); !strings.Contains(msg, "7e") || !strings.Contains(msg, "unknown status") {
		t.Errorf("message %q", msg)
	}
	if errors.Is(err, &idcard.StatusError{Code: 0x7E, Command: idcard.CmdSelectCard}) {
		t.Error("a status error with another command matched")
	}
}
