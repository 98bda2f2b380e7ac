package cardpad_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
)

func TestAmount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want cardpad.Amount
	}{
		{"12.34", 1234}, {"12", 1200}, {"0.5", 50}, {"0.05", 5}, {" 7.00 ", 700}, {"9999999999.99", cardpad.MaxAmount},
	} {
		got, err := cardpad.ParseAmount(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseAmount(%q) = %d, %v", tc.in, got, err)
		}
	}
	for _, bad := range []string{"", "1.234", "-1", "1,00", "1.", ".5", "1e3", "12345678901", "0x10"} {
		if _, err := cardpad.ParseAmount(bad); !errors.Is(err, cardpad.ErrInvalidAmount) {
			t.Errorf("ParseAmount(%q) = %v", bad, err)
		}
	}
	for a, want := range map[cardpad.Amount]string{1234: "12.34", 5: "0.05", 0: "0.00", -250: "-2.50", cardpad.MaxAmount: "9999999999.99"} {
		if got := a.String(); got != want {
			t.Errorf("%d.String() = %q", int64(a), got)
		}
	}
	if cardpad.Amount(0).Valid() || !cardpad.Amount(1).Valid() || (cardpad.MaxAmount + 1).Valid() {
		t.Error("Valid bounds")
	}
}

func TestMaskPAN(t *testing.T) {
	for in, want := range map[string]string{
		"6222023141650128":     "622202******0128",
		"6217000123456789019":  "621700*********9019",
		"6222 0231 4165 0128":  "622202******0128",
		"************84":       "************84",
		"622202******0128":     "622202******0128",
		"6225882012345":        "622588***2345",
		"123456789012":         "********9012",
		"1234567":              "*******",
		"":                     "",
		"6222O23141650128":     "",
		"62220231416501281234": "622202**********1234",
	} {
		if got := cardpad.MaskPAN(in); got != want {
			t.Errorf("MaskPAN(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResponseCodes(t *testing.T) {
	for rc, want := range map[string]cardpad.Code{
		"00": cardpad.CodeApproved, "Y1": cardpad.CodeApproved, "y3": cardpad.CodeApproved,
		"51": cardpad.CodeInsufficientFunds, "55": cardpad.CodeWrongPIN, "75": cardpad.CodePINTriesExceeded,
		"54": cardpad.CodeCardExpired, "14": cardpad.CodeInvalidCard, "41": cardpad.CodeCardRestricted,
		"43": cardpad.CodeCardRestricted, "61": cardpad.CodeExceedsLimit, "13": cardpad.CodeInvalidAmount,
		"25": cardpad.CodeOriginalNotFound, "91": cardpad.CodeIssuerUnavailable, "96": cardpad.CodeIssuerUnavailable,
		"05": cardpad.CodeDeclined, "Z9": cardpad.CodeDeclined,
		"00000001": cardpad.CodeCancelled, "00000002": cardpad.CodeCardError, "00000003": cardpad.CodeTimeout,
		"00000004": cardpad.CodeCardError, "00000005": cardpad.CodeCancelled, "00000006": cardpad.CodeBusy,
		"00000007": cardpad.CodeNoTransaction, "00010014": cardpad.CodeSignInRequired, "00019999": cardpad.CodeTerminalError,
	} {
		if got := cardpad.CodeForResponse(rc); got != want {
			t.Errorf("CodeForResponse(%q) = %s, want %s", rc, got, want)
		}
	}
}

func TestMessagesInThreeLanguages(t *testing.T) {
	seen := map[string]cardpad.Code{}
	for _, c := range cardpad.Codes() {
		hans, hant, en := c.Message(cardpad.LangZhHans), c.Message(cardpad.LangZhHant), c.Message(cardpad.LangEn)
		if hans == "" || hant == "" || en == "" {
			t.Errorf("%s: missing words", c)
		}
		if hans == en || strings.ContainsFunc(en, func(r rune) bool { return r > 0x2E80 }) {
			t.Errorf("%s: %q / %q", c, hans, en)
		}
		if prev, dup := seen[en]; dup {
			t.Errorf("%s and %s share the words %q", c, prev, en)
		}
		seen[en] = c
		if c.Message("fr") != hans {
			t.Errorf("%s: unknown language does not fall back to simplified Chinese", c)
		}
	}
	if cardpad.CodeInsufficientFunds.Message(cardpad.LangZhHant) != "卡內餘額不足" {
		t.Error("traditional Chinese for insufficient funds")
	}
	if cardpad.Code("melted").Message(cardpad.LangEn) != cardpad.CodeTerminalError.Message(cardpad.LangEn) {
		t.Error("unknown code")
	}
	for s := cardpad.StageSending; s <= cardpad.StageProcessing; s++ {
		if s.Message(cardpad.LangZhHans) == "" || s.Message(cardpad.LangZhHant) == "" || s.Message(cardpad.LangEn) == "" || strings.HasPrefix(s.String(), "stage(") {
			t.Errorf("stage %v", s)
		}
	}
}

func TestClassifyAndCodeOf(t *testing.T) {
	unknown := &cardpad.OutcomeUnknownError{Intent: cardpad.Intent{Type: cardpad.TxSale, Amount: 100, Nonce: "1234"},
		Err: fmt.Errorf("receive: %w", serialport.ErrDisconnected)}
	for _, tc := range []struct {
		err   error
		class cardpad.Class
		code  cardpad.Code
	}{
		{nil, cardpad.ClassNone, cardpad.CodeApproved},
		{fmt.Errorf("x: %w", unknown), cardpad.ClassUnknown, cardpad.CodeOutcomeUnknown},
		{cardpad.ErrNoAck, cardpad.ClassTransient, cardpad.CodeCommunication},
		{cardpad.ErrNAK, cardpad.ClassTransient, cardpad.CodeCommunication},
		{cardpad.ErrNoResult, cardpad.ClassTransient, cardpad.CodeCommunication},
		{fmt.Errorf("w: %w", serialport.ErrDisconnected), cardpad.ClassTransient, cardpad.CodeCommunication},
		{&cardpad.DeclineError{Type: cardpad.TxSale, Code: cardpad.CodeBusy}, cardpad.ClassTransient, cardpad.CodeBusy},
		{&cardpad.DeclineError{Type: cardpad.TxSale, Code: cardpad.CodeWrongPIN}, cardpad.ClassFinal, cardpad.CodeWrongPIN},
		{fmt.Errorf("v: %w", cardpad.ErrInvalidRequest), cardpad.ClassFinal, cardpad.CodeInvalidRequest},
		{cardpad.ErrNotProcessed, cardpad.ClassFinal, cardpad.CodeNotProcessed},
		{context.Canceled, cardpad.ClassTransient, cardpad.CodeCancelled},
		{context.DeadlineExceeded, cardpad.ClassTransient, cardpad.CodeTimeout},
		{errors.New("strange"), cardpad.ClassFinal, cardpad.CodeTerminalError},
	} {
		if got := cardpad.Classify(tc.err); got != tc.class {
			t.Errorf("Classify(%v) = %v, want %v", tc.err, got, tc.class)
		}
		if got := cardpad.CodeOf(tc.err); got != tc.code {
			t.Errorf("CodeOf(%v) = %v, want %v", tc.err, got, tc.code)
		}
	}
	if !errors.Is(unknown, serialport.ErrDisconnected) || !strings.Contains(unknown.Error(), "outcome unknown") {
		t.Errorf("unknown outcome error %q", unknown)
	}
	d := &cardpad.DeclineError{Type: cardpad.TxVoid, Code: cardpad.CodeOriginalNotFound, ResponseCode: "25"}
	if !errors.Is(d, cardpad.ErrOriginalNotFound) || !errors.Is(d, &cardpad.DeclineError{Type: cardpad.TxVoid, Code: cardpad.CodeOriginalNotFound}) ||
		errors.Is(d, &cardpad.DeclineError{Type: cardpad.TxSale, Code: cardpad.CodeOriginalNotFound}) || errors.Is(d, cardpad.ErrWrongPIN) {
		t.Error("DeclineError.Is")
	}
}

func TestRequestValidation(t *testing.T) {
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	ctx := testCtx(t)
	for name, req := range map[string]cardpad.Request{
		"zero amount":     {Amount: 0},
		"huge amount":     {Amount: cardpad.MaxAmount + 1},
		"bad nonce":       {Amount: 1, Nonce: "12a4"},
		"short nonce":     {Amount: 1, Nonce: "123"},
		"long reference":  {Amount: 1, Reference: strings.Repeat("x", cardpad.MaxReferenceLen+1)},
		"odd reference":   {Amount: 1, Reference: "订单1"},
		"control in ref":  {Amount: 1, Reference: "a\x03b"},
		"negative amount": {Amount: -5},
	} {
		if _, err := r.pad.Sale(ctx, req); !errors.Is(err, cardpad.ErrInvalidRequest) || cardpad.Classify(err) != cardpad.ClassFinal {
			t.Errorf("%s: %v", name, err)
		}
	}
	if r.sim.Frames() != 0 {
		t.Errorf("%d invalid requests reached the pad", r.sim.Frames())
	}
	if n := cardpad.NewNonce(); !n.Valid() {
		t.Errorf("NewNonce() = %q", n)
	}
}

func TestTxTypeText(t *testing.T) {
	for _, tt := range []cardpad.TxType{cardpad.TxSale, cardpad.TxVoid, cardpad.TxBalance, cardpad.TxQueryLast, cardpad.TxSignIn, cardpad.TxSettle} {
		b, err := tt.MarshalText()
		var back cardpad.TxType
		if err != nil || back.UnmarshalText(b) != nil || back != tt {
			t.Errorf("%v round trip: %s %v", tt, b, back)
		}
		if tt.MovesMoney() != (tt == cardpad.TxSale || tt == cardpad.TxVoid) {
			t.Errorf("%v MovesMoney", tt)
		}
	}
	var x cardpad.TxType
	if x.UnmarshalText([]byte("refund")) == nil {
		t.Error("unknown type accepted")
	}
	if _, err := cardpad.TxType(0).MarshalText(); err == nil {
		t.Error("zero type marshalled")
	}
}

func TestConfig(t *testing.T) {
	cfg := cardpad.Config{Serial: serialport.Config{Path: "/dev/serial/by-id/usb-pad"}}.WithDefaults()
	if cfg.Serial.Baud != cardpad.DefaultBaud || cfg.Pad.AckTimeout != 3*time.Second || cfg.Pad.ResultTimeout != 90*time.Second || cfg.Pad.Retransmits != 3 {
		t.Errorf("defaults %+v", cfg)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	cfg.Pad.Retransmits = 4
	cfg.Pad.ResultTimeout = time.Second
	cfg.Pad.Counter = "desk\n1"
	cfg.Serial.Baud = 1234
	err := cfg.Validate()
	if !errors.Is(err, serialport.ErrInvalidConfig) {
		t.Fatalf("Validate = %v", err)
	}
	for _, field := range []string{"baud", "pad.retransmits", "pad.result_timeout", "pad.counter"} {
		if !strings.Contains(err.Error(), field+":") {
			t.Errorf("%q does not name %s", err, field)
		}
	}
	if _, err := cardpad.Open(cfg); !errors.Is(err, serialport.ErrInvalidConfig) {
		t.Errorf("Open with a bad config = %v", err)
	}
}
