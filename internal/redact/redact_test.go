package redact

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func newLogger() (*slog.Logger, *bytes.Buffer) {
	var buf bytes.Buffer
	return slog.New(NewHandler(slog.NewJSONHandler(&buf, nil))), &buf
}

// secrets that must never appear in output.
const (
	idNumber  = "11010519491231002X"
	idNumber2 = "440524188001010014"
	cardNo    = "6222021234567890128" // passes Luhn
	mobile    = "13812345678"
	name      = "张三丰"
)

func TestHandlerRedactsEverywhere(t *testing.T) {
	log, buf := newLogger()
	log.Info("read card "+idNumber+" ok", "pan", cardNo)
	log.Info("paid", "detail", "card "+cardNo[:4]+" "+cardNo[4:8]+" "+cardNo[8:12]+" "+cardNo[12:]+" approved")
	log.Info("person", "name", name, "who", Personal(name))
	log.With("id", idNumber2).Info("with attrs")
	log.Info("grouped", slog.Group("resident", "idno", idNumber, "note", "call "+mobile))
	log.Error("failed", "err", fmt.Errorf("submit for %s: %w", idNumber, errors.New("boom")))
	log.WithGroup("g").Info("nested", "x", slog.GroupValue(slog.String("k", "id "+idNumber2)))
	log.Info("numeric", "n", int64(4405241880010100))
	out := buf.String()
	for _, s := range []string{idNumber, idNumber2, cardNo, mobile, name, "1234 5678 9012"} {
		if strings.Contains(out, s) {
			t.Errorf("output contains %q:\n%s", s, out)
		}
	}
	for _, tok := range []string{TokenID, TokenCard, TokenPhone, TokenPersonal} {
		if !strings.Contains(out, tok) {
			t.Errorf("output lacks %s:\n%s", tok, out)
		}
	}
	if !strings.Contains(out, "boom") || !strings.Contains(out, "read card") {
		t.Errorf("redaction removed too much:\n%s", out)
	}
}

func TestStringKeepsHarmlessNumbers(t *testing.T) {
	for _, s := range []string{
		"hotline 22838180",
		"revision 1234567",
		"listening on 127.0.0.1:8700",
		"took 1234567890 ns",
		"catalog 1,203 items",
	} {
		if got := String(s); got != s {
			t.Errorf("String(%q) = %q", s, got)
		}
	}
}

func TestStringCases(t *testing.T) {
	cases := map[string]string{
		idNumber:                  TokenID,
		"id:" + idNumber2 + ".":   "id:" + TokenID + ".",
		"old 440524800101001 end": "old " + TokenID + " end",
		"tel " + mobile:           "tel " + TokenPhone,
		"card " + cardNo:          "card " + TokenCard,
	}
	for in, want := range cases {
		if got := String(in); got != want {
			t.Errorf("String(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPersonalFormatting(t *testing.T) {
	p := Personal(name)
	if s := fmt.Sprint(p); strings.Contains(s, name) {
		t.Errorf("fmt leaks: %s", s)
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{idNumber, "a" + cardNo + "b", mobile, "", "12345678901234567890123", "1 2 3 4 5 6 7 8 9 0 1 2 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := String(s)
		if idRE.MatchString(out) && strings.Count(out, TokenID) == 0 && idRE.MatchString(s) {
			t.Errorf("id left in %q → %q", s, out)
		}
		if String(out) != out {
			// redaction must be idempotent
			t.Errorf("not idempotent: %q → %q → %q", s, out, String(out))
		}
	})
}
