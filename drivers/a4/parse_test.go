package a4

import (
	"errors"
	"testing"
)

// Outputs captured from CUPS 2.4.2 (Debian 12) in the C locale.
const (
	lpstatIdle = "printer kiosk-pdf is idle.  enabled since Wed Nov 25 22:07:57 2026\n" +
		"kiosk-pdf accepting requests since Wed Nov 25 22:07:57 2026\n"
	lpstatPrinting = "printer kiosk-pdf now printing kiosk-pdf-3.  enabled since Wed Nov 25 22:08:03 2026\n" +
		"kiosk-pdf accepting requests since Wed Nov 25 22:07:57 2026\n"
	lpstatDisabled = "printer kiosk-pdf disabled since Wed Nov 25 22:08:12 2026 -\n\tpaper jam\n" +
		"kiosk-pdf accepting requests since Wed Nov 25 22:07:57 2026\n"
	lpstatRejecting = "printer kiosk-pdf is idle.  enabled since Wed Nov 25 22:08:12 2026\n" +
		"kiosk-pdf not accepting requests since Wed Nov 25 22:08:12 2026 -\n\tmaintenance\n"
	lpstatBoth = "printer kiosk-pdf disabled since Wed Nov 25 22:08:12 2026 -\n\tmaintenance\n" +
		"kiosk-pdf not accepting requests since Wed Nov 25 22:08:12 2026 -\n\tmaintenance\n"
	lpstatHolding = "printer kiosk-pdf is holding new jobs.  enabled since Wed Nov 25 22:08:12 2026\n" +
		"kiosk-pdf accepting requests since Wed Nov 25 22:07:57 2026\n"
	lpstatUnknownReason = "printer kiosk-pdf disabled since Wed Nov 25 22:08:12 2026 -\n\treason unknown\n"
	lpReply             = "request id is kiosk-pdf-12 (0 file(s))\n"
)

func TestParseRequestID(t *testing.T) {
	good := map[string]string{
		lpReply:                                      "kiosk-pdf-12",
		"request id is A4-1 (1 file(s))":             "A4-1",
		"request id is office.a4_2-907":              "office.a4_2-907",
		"lp: warning\nrequest id is q-3 (1 file(s))": "q-3",
	}
	for in, want := range good {
		got, err := parseRequestID(in)
		if err != nil || got != want {
			t.Errorf("parseRequestID(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "request id is ", "request id is kiosk (1 file(s))", "request id is kiosk- (1 file(s))", "request id is -12", "request id is q-1x", "lp: Error - The printer or class does not exist."} {
		if got, err := parseRequestID(in); !errors.Is(err, ErrBadReply) {
			t.Errorf("parseRequestID(%q) = %q, %v; want ErrBadReply", in, got, err)
		}
	}
}

func TestParseLpstat(t *testing.T) {
	tests := []struct {
		name      string
		out       string
		state     State
		accepting bool
		reason    string
	}{
		{"idle", lpstatIdle, StateIdle, true, ""},
		{"printing", lpstatPrinting, StatePrinting, true, ""},
		{"disabled", lpstatDisabled, StateDisabled, true, "paper jam"},
		{"rejecting", lpstatRejecting, StateIdle, false, "maintenance"},
		{"disabled and rejecting", lpstatBoth, StateDisabled, false, "maintenance"},
		{"holding", lpstatHolding, StateDisabled, true, "holding new jobs"},
		{"reason unknown", lpstatUnknownReason, StateDisabled, true, ""},
		{"other queues around", "printer kiosk-pdf-old is idle.  enabled since x\n" + lpstatPrinting + "kiosk-pdf-old not accepting requests since x -\n\told\n", StatePrinting, true, ""},
		{"crlf", "printer kiosk-pdf is idle.  enabled since x\r\n", StateIdle, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := parseLpstat(tt.out, "kiosk-pdf")
			if err != nil {
				t.Fatal(err)
			}
			if st.state != tt.state || st.accepting != tt.accepting || st.reason != tt.reason {
				t.Errorf("got %+v, want state %s accepting %v reason %q", st, tt.state, tt.accepting, tt.reason)
			}
		})
	}
	for _, out := range []string{"", "printer other is idle.  enabled since x\n", "printer kiosk-pdf is on fire.\n", "kiosk-pdf maybe accepting\nprinter kiosk-pdf is idle.\n"} {
		if _, err := parseLpstat(out, "kiosk-pdf"); !errors.Is(err, ErrBadReply) {
			t.Errorf("parseLpstat(%q) err = %v, want ErrBadReply", out, err)
		}
	}
}

func TestSchedulerState(t *testing.T) {
	for in, want := range map[string]bool{"scheduler is running\n": true, "scheduler is not running\n": false} {
		got, err := schedulerState(in)
		if err != nil || got != want {
			t.Errorf("schedulerState(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := schedulerState("lpstat: something else"); !errors.Is(err, ErrBadReply) {
		t.Errorf("err = %v, want ErrBadReply", err)
	}
}
