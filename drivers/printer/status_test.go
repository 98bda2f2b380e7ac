package printer

import (
	"errors"
	"testing"
)

// TestDecodeEveryBit sets each variable bit of each reply on its own and
// checks that exactly the field it means is set.
func TestDecodeEveryBit(t *testing.T) {
	type field struct {
		name string
		get  func(Status) bool
	}
	fields := map[StatusQuery]map[byte]field{
		QueryPrinter: {
			0x04: {"DrawerPin3High", func(s Status) bool { return s.DrawerPin3High }},
			0x08: {"Offline", func(s Status) bool { return s.Offline }},
			0x20: {"WaitingRecovery", func(s Status) bool { return s.WaitingRecovery }},
			0x40: {"FeedButtonPressed", func(s Status) bool { return s.FeedButtonPressed }},
		},
		QueryOffline: {
			0x04: {"CoverOpen", func(s Status) bool { return s.CoverOpen }},
			0x08: {"FeedingByButton", func(s Status) bool { return s.FeedingByButton }},
			0x20: {"PaperEndStop", func(s Status) bool { return s.PaperEndStop }},
			0x40: {"ErrorOccurred", func(s Status) bool { return s.ErrorOccurred }},
		},
		QueryError: {
			0x04: {"RecoverableError", func(s Status) bool { return s.RecoverableError }},
			0x08: {"CutterError", func(s Status) bool { return s.CutterError }},
			0x20: {"UnrecoverableError", func(s Status) bool { return s.UnrecoverableError }},
			0x40: {"AutoRecoverableError", func(s Status) bool { return s.AutoRecoverableError }},
		},
		QueryPaper: {
			0x04: {"PaperNearEnd", func(s Status) bool { return s.PaperNearEnd }},
			0x08: {"PaperNearEnd", func(s Status) bool { return s.PaperNearEnd }},
			0x20: {"PaperOut", func(s Status) bool { return s.PaperOut }},
			0x40: {"PaperOut", func(s Status) bool { return s.PaperOut }},
		},
	}
	all := func(s Status) map[string]bool {
		m := map[string]bool{}
		for _, fs := range fields {
			for _, f := range fs {
				if f.get(s) {
					m[f.name] = true
				}
			}
		}
		return m
	}
	for n, fs := range fields {
		s, err := DecodeStatus(n, 0x12)
		if err != nil {
			t.Fatalf("DLE EOT %d 0x12: %v", n, err)
		}
		if set := all(s); len(set) != 0 {
			t.Errorf("DLE EOT %d 0x12 sets %v", n, set)
		}
		for bit, f := range fs {
			b := 0x12 | bit
			s, err := DecodeStatus(n, b)
			if err != nil {
				t.Fatalf("DLE EOT %d %#02x: %v", n, b, err)
			}
			set := all(s)
			if len(set) != 1 || !set[f.name] {
				t.Errorf("DLE EOT %d %#02x: set %v, want only %s", n, b, set, f.name)
			}
			if s.Raw[n-1] != b || !s.Have[n-1] {
				t.Errorf("DLE EOT %d %#02x: raw %#02x have %v", n, b, s.Raw[n-1], s.Have)
			}
		}
	}
}

// TestWorkedValues checks the values quoted in devices.md §2.3.
func TestWorkedValues(t *testing.T) {
	cases := []struct {
		n      StatusQuery
		b      byte
		health Health
	}{
		{QueryPrinter, 0x12, HealthOK},
		{QueryPrinter, 0x16, HealthOK}, // drawer pin 3 high is still online
		{QueryPrinter, 0x1a, HealthOffline},
		{QueryPaper, 0x12, HealthOK},
		{QueryPaper, 0x1e, HealthPaperNearEnd},
		{QueryPaper, 0x72, HealthPaperOut},
		{QueryOffline, 0x16, HealthCoverOpen},
		{QueryOffline, 0x32, HealthPaperOut},
		{QueryOffline, 0x52, HealthError},
		{QueryError, 0x1a, HealthCutterError},
		{QueryError, 0x32, HealthError},
		{QueryError, 0x52, HealthError},
	}
	for _, c := range cases {
		s, err := DecodeStatus(c.n, c.b)
		if err != nil {
			t.Fatalf("DLE EOT %d %#02x: %v", c.n, c.b, err)
		}
		if got := s.Health(); got != c.health {
			t.Errorf("DLE EOT %d %#02x: health %v, want %v", c.n, c.b, got, c.health)
		}
	}
}

func TestValidStatusByte(t *testing.T) {
	valid := 0
	for b := 0; b < 256; b++ {
		want := b&0x01 == 0 && b&0x02 != 0 && b&0x10 != 0 && b&0x80 == 0
		if got := ValidStatusByte(byte(b)); got != want {
			t.Errorf("ValidStatusByte(%#02x) = %v", b, got)
		}
		if want {
			valid++
		}
	}
	if valid != 16 {
		t.Errorf("%d valid bytes, want 16 (four free bits)", valid)
	}
	for _, b := range []byte{0x00, 0xff, 0x13, 0x92, 0x10, 0x02, 0x93} {
		_, err := DecodeStatus(QueryPrinter, b)
		var fe *FaultError
		if !errors.As(err, &fe) || fe.Fault != FaultBadReply || fe.Reply != b || !errors.Is(err, ErrBadReply) {
			t.Errorf("decode %#02x: err = %v, want bad_reply", b, err)
		}
	}
	if _, err := DecodeStatus(5, 0x12); !errors.Is(err, ErrInvalidQuery) {
		t.Errorf("DLE EOT 5: err = %v", err)
	}
}

// TestHealthPriority checks which fault wins when several are reported,
// and the error each health turns into.
func TestHealthPriority(t *testing.T) {
	full := func(r1, r2, r3, r4 byte) Status {
		var s Status
		for i, b := range []byte{r1, r2, r3, r4} {
			if err := s.Apply(StatusQuery(i+1), b); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}
	cases := []struct {
		name   string
		s      Status
		health Health
		err    error
	}{
		{"unknown", Status{}, HealthUnknown, ErrNoReply},
		{"ok", full(0x12, 0x12, 0x12, 0x12), HealthOK, nil},
		{"near end prints", full(0x12, 0x12, 0x12, 0x1e), HealthPaperNearEnd, nil},
		{"paper out", full(0x1a, 0x32, 0x12, 0x72), HealthPaperOut, ErrPaperOut},
		{"cover open beats paper out", full(0x1a, 0x36, 0x12, 0x72), HealthCoverOpen, ErrCoverOpen},
		{"paper out beats cutter", full(0x1a, 0x72, 0x1a, 0x72), HealthPaperOut, ErrPaperOut},
		{"cutter error", full(0x1a, 0x52, 0x1a, 0x12), HealthCutterError, ErrCutterError},
		{"unrecoverable", full(0x1a, 0x52, 0x32, 0x12), HealthError, ErrPrinterError},
		{"offline without cause", full(0x1a, 0x12, 0x12, 0x12), HealthOffline, ErrOffline},
		{"error beats near end", full(0x1a, 0x52, 0x52, 0x1e), HealthError, ErrPrinterError},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.s.Health(); got != c.health {
				t.Errorf("health %v, want %v", got, c.health)
			}
			err := c.s.Err()
			if c.err == nil {
				if err != nil {
					t.Errorf("err = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, c.err) {
				t.Errorf("err = %v, want %v", err, c.err)
			}
			if Code(err) != c.s.Health().String() && c.health != HealthUnknown && c.health != HealthError {
				t.Errorf("code %q differs from health %q", Code(err), c.s.Health())
			}
		})
	}
}

func TestHealthCodes(t *testing.T) {
	want := map[Health]string{
		HealthUnknown: "unknown", HealthOK: "ok", HealthPaperNearEnd: "paper_near_end",
		HealthPaperOut: "paper_out", HealthCoverOpen: "cover_open", HealthCutterError: "cutter_error",
		HealthError: "printer_error", HealthOffline: "offline", HealthAbsent: "absent",
	}
	for h, code := range want {
		if h.String() != code {
			t.Errorf("%d: %q, want %q", h, h.String(), code)
		}
		b, _ := h.MarshalText()
		var back Health
		if err := back.UnmarshalText(b); err != nil || back != h {
			t.Errorf("round trip %q: %v %v", b, back, err)
		}
		if h.CanPrint() != (h == HealthOK || h == HealthPaperNearEnd) {
			t.Errorf("%v CanPrint = %v", h, h.CanPrint())
		}
	}
	if Health(99).String() != "health(99)" {
		t.Errorf("out of range: %q", Health(99).String())
	}
	var h Health
	if err := h.UnmarshalText([]byte("jammed")); err == nil {
		t.Error("unknown code accepted")
	}
	if !HealthPaperOut.NeedsStaff() || HealthAbsent.NeedsStaff() || HealthOK.NeedsStaff() {
		t.Error("NeedsStaff wrong")
	}
}

func TestFaultErrors(t *testing.T) {
	for f, sentinel := range faultSentinels {
		fe := &FaultError{Fault: f, Query: 2, Reply: 0xff, Err: errors.New("eio")}
		if !errors.Is(fe, sentinel) {
			t.Errorf("%s does not match its sentinel", f)
		}
		wrapped := &JobError{ReceiptID: "R1", Stage: StageDuring, Sent: 10, Total: 20, Err: fe}
		if Code(wrapped) != string(f) {
			t.Errorf("Code = %q, want %q", Code(wrapped), f)
		}
		transient := f == FaultNoReply || f == FaultBadReply || f == FaultPort || f == FaultOffline
		if IsTransient(wrapped) != transient {
			t.Errorf("%s transient = %v", f, IsTransient(wrapped))
		}
		if fe.Error() == "" || wrapped.Error() == "" {
			t.Errorf("%s: empty message", f)
		}
	}
	if msg := (&FaultError{Fault: "smoke"}).Error(); msg != `printer: fault "smoke"` {
		t.Errorf("unknown fault message %q", msg)
	}
	if msg := (&FaultError{Fault: FaultPort}).Error(); msg != ErrPort.Error() {
		t.Errorf("port fault without cause: %q", msg)
	}
	if Code(nil) != "" || Code(errors.New("x")) != "error" || Code(ErrPaperOut) != "paper_out" {
		t.Error("Code of plain errors wrong")
	}
	je := &JobError{ReceiptID: "SD-1", Stage: StageAfter, Sent: 5, Total: 5, Err: &FaultError{Fault: FaultPaperOut}}
	if want := "printer: receipt SD-1 failed after printing (5 of 5 bytes sent): printer: paper out"; je.Error() != want {
		t.Errorf("message %q", je.Error())
	}
}

// FuzzDecodeStatus checks that decoding never panics, accepts exactly the
// fixed pattern and that for DLE EOT 1–3 the flags rebuild the byte.
func FuzzDecodeStatus(f *testing.F) {
	for _, seed := range [][2]byte{{1, 0x12}, {1, 0x1a}, {2, 0x36}, {3, 0x1a}, {4, 0x72}, {4, 0x1e}, {0, 0x12}, {9, 0xff}, {1, 0x00}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, n, b byte) {
		s, err := DecodeStatus(StatusQuery(n), b)
		if n < 1 || n > 4 {
			if !errors.Is(err, ErrInvalidQuery) {
				t.Fatalf("n=%d: err = %v", n, err)
			}
			return
		}
		if ValidStatusByte(b) != (err == nil) {
			t.Fatalf("%#02x: valid=%v err=%v", b, ValidStatusByte(b), err)
		}
		if err != nil {
			if s != (Status{}) {
				t.Fatalf("invalid reply changed the status")
			}
			return
		}
		var flags [4]bool
		switch StatusQuery(n) {
		case QueryPrinter:
			flags = [4]bool{s.DrawerPin3High, s.Offline, s.WaitingRecovery, s.FeedButtonPressed}
		case QueryOffline:
			flags = [4]bool{s.CoverOpen, s.FeedingByButton, s.PaperEndStop, s.ErrorOccurred}
		case QueryError:
			flags = [4]bool{s.RecoverableError, s.CutterError, s.UnrecoverableError, s.AutoRecoverableError}
		case QueryPaper:
			if s.PaperNearEnd != (b&0x0c != 0) || s.PaperOut != (b&0x60 != 0) {
				t.Fatalf("%#02x: near end %v out %v", b, s.PaperNearEnd, s.PaperOut)
			}
			return
		}
		rebuilt := byte(0x12)
		for i, bit := range []byte{0x04, 0x08, 0x20, 0x40} {
			if flags[i] {
				rebuilt |= bit
			}
		}
		if rebuilt != b {
			t.Fatalf("DLE EOT %d %#02x decoded to flags that rebuild %#02x", n, b, rebuilt)
		}
		_ = s.Health().String()
	})
}
