package idcard_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/idcard"
)

func TestCheckCharacterVerifiedExamples(t *testing.T) {
	// devices.md §1.7.
	for _, n := range []string{"11010519491231002X", "440524188001010014", "440606195803122016"} {
		c, err := idcard.CheckCharacter(n[:17])
		if err != nil || c != n[17] {
			t.Errorf("%s: check %c, %v", n, c, err)
		}
	}
	if _, err := idcard.CheckCharacter("1234"); err == nil {
		t.Error("short input accepted")
	}
	if _, err := idcard.CheckCharacter("1101051949123100A"); err == nil {
		t.Error("letter accepted")
	}
}

func TestValidateNumber(t *testing.T) {
	tests := []struct {
		kind   idcard.CardKind
		number string
		reason string // "" for valid
	}{
		{idcard.KindResident, "11010519491231002X", ""},
		{idcard.KindResident, "440524188001010014", ""},
		{idcard.KindResident, "440606195803122016", ""},
		{idcard.KindHKMacaoTaiwan, "810000198806200034", ""},
		{idcard.KindHKMacaoTaiwan, "820000199004050069", ""},
		{idcard.KindHKMacaoTaiwan, "830000198509170012", ""},
		{idcard.KindForeign, "944840197905220017", ""},
		{idcard.KindForeignOld, "CAN440085061512", ""},

		{idcard.KindResident, "440606196609091231", "check character"},
		{idcard.KindResident, "110105194912310021", "check character"},
		{idcard.KindResident, "11010519491231002x", "check character"},
		{idcard.KindResident, "440606199902303013", "birth date"}, // 30 February, correct check character
		{idcard.KindResident, "440606179901013017", "birth date"}, // 1799
		{idcard.KindResident, "440606299901013017", "birth date"}, // 2999
		{idcard.KindResident, "44060619580312201", "18 characters"},
		{idcard.KindResident, "4406061958031220167", "18 characters"},
		{idcard.KindResident, "44060619580312A016", "17 digits"},
		{idcard.KindResident, "040606195803122016", "area code"},
		{idcard.KindHKMacaoTaiwan, "440606195803122016", "810000"},
		{idcard.KindForeign, "440606195803122016", "start with 9"},
		{idcard.KindForeignOld, "CA4440085061512", "three letters"},
		{idcard.KindForeignOld, "CAN44008506151", "15 characters"},
	}
	for _, tt := range tests {
		err := idcard.ValidateNumber(tt.kind, tt.number)
		if tt.reason == "" {
			if err != nil {
				t.Errorf("%s (%v): %v", tt.number, tt.kind, err)
			}
			continue
		}
		var ie *idcard.InvalidIDError
		if !errors.As(err, &ie) || !errors.Is(err, idcard.ErrInvalidIDNumber) || ie.Kind != tt.kind {
			t.Errorf("%s (%v): err = %v, want an InvalidIDError", tt.number, tt.kind, err)
			continue
		}
		if !strings.Contains(ie.Reason, tt.reason) {
			t.Errorf("%s: reason %q, want it to mention %q", tt.number, ie.Reason, tt.reason)
		}
		if strings.Contains(err.Error(), tt.number) || strings.Contains(err.Error(), tt.number[4:12]) {
			t.Errorf("error message %q reveals the number", err)
		}
	}
}
