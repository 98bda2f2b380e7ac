package a4

import (
	"errors"
	"strings"
	"testing"
)

func FuzzParseRequestID(f *testing.F) {
	for _, s := range []string{lpReply, "request id is A4-1 (1 file(s))", "request id is ", "request id is q-", "lp: Error - The printer or class does not exist.", "request id is \xff-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := parseRequestID(s)
		if err != nil {
			if !errors.Is(err, ErrBadReply) {
				t.Fatalf("error %v does not wrap ErrBadReply", err)
			}
			return
		}
		i := strings.LastIndexByte(id, '-')
		if i <= 0 || !allDigits(id[i+1:]) || strings.ContainsAny(id, " \t\n") {
			t.Fatalf("parseRequestID(%q) = %q, not <queue>-<n>", s, id)
		}
		if !strings.Contains(s, "request id is "+id) {
			t.Fatalf("parseRequestID(%q) = %q, not in the input", s, id)
		}
	})
}

func FuzzParseLpstat(f *testing.F) {
	for _, s := range []string{lpstatIdle, lpstatPrinting, lpstatDisabled, lpstatRejecting, lpstatBoth, lpstatHolding, lpstatUnknownReason, "", "\t\n", "printer kiosk-pdf \n"} {
		f.Add(s, "kiosk-pdf")
	}
	f.Add("printer a b is idle.\n", "a b")
	f.Fuzz(func(t *testing.T, out, queue string) {
		st, err := parseLpstat(out, queue)
		if err != nil {
			if !errors.Is(err, ErrBadReply) {
				t.Fatalf("error %v does not wrap ErrBadReply", err)
			}
			return
		}
		switch st.state {
		case StateIdle, StatePrinting, StateDisabled:
		default:
			t.Fatalf("parseLpstat(%q, %q) state %q", out, queue, st.state)
		}
		if !strings.Contains(out, "printer "+queue+" ") {
			t.Fatalf("parseLpstat(%q, %q) found a queue that is not there", out, queue)
		}
	})
}
