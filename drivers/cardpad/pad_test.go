package cardpad_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

func TestSaleApproved(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	var st stages
	req := sale(1234, "NT-2026-000123")
	req.Progress = st.report
	res, err := r.pad.Sale(ctx, req)
	if err != nil {
		t.Fatalf("sale: %v", err)
	}
	if !res.Approved() || res.Code != cardpad.CodeApproved || res.ResponseCode != "00" || res.Type != cardpad.TxSale {
		t.Errorf("result %v", res)
	}
	if res.Amount != 1234 || res.Nonce != req.Nonce || res.Reference != req.Reference {
		t.Errorf("echo: amount %v nonce %s ref %s", res.Amount, res.Nonce, res.Reference)
	}
	if res.MaskedPAN != "622202******0128" {
		t.Errorf("masked PAN %q", res.MaskedPAN)
	}
	if res.Voucher != "000001" || res.Trace != "000001" || res.Batch != "000001" || len(res.RRN) != 12 || len(res.AuthCode) != 6 ||
		res.TerminalID != "12345678" || res.MerchantID != "898440355110001" || len(res.Date) != 4 || len(res.Time) != 6 {
		t.Errorf("reconciliation fields: %+v", res)
	}
	want := []cardpad.Stage{cardpad.StageSending, cardpad.StageAcknowledged, cardpad.StageWaitingCard, cardpad.StageWaitingPIN, cardpad.StageProcessing}
	if got := st.distinct(); !slices.Equal(got, want) {
		t.Errorf("stages %v, want %v", got, want)
	}
	if p := st.all()[0]; p.Attempt != 1 || p.Type != cardpad.TxSale {
		t.Errorf("first progress %v", p)
	}
	if got := r.sim.Balance(0); got != 5_000_000-1234 {
		t.Errorf("card balance %v", got)
	}
	last, ok := r.sim.Last()
	if !ok || !last.Approved() || last.Nonce != string(req.Nonce) || last.Reference != req.Reference {
		t.Errorf("pad record %v", last)
	}
	if s := r.pad.Stats(); s.Transmits != 1 || s.Stale != 0 || s.NAKsSent != 0 || s.Notices != 3 {
		t.Errorf("stats %+v", s)
	}
	if !r.port.Health().OK() {
		t.Errorf("health %v", r.port.Health())
	}
}

func TestDeclines(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{}, fastPad)
	r.sim.AddRule(cardpadsim.Rule{Amount: 666, Code: "05"})
	r.sim.AddRule(cardpadsim.Rule{Card: 6, Code: "91", Times: 1})
	tests := []struct {
		name     string
		card     int
		amount   cardpad.Amount
		code     cardpad.Code
		response string
		sentinel error
	}{
		{"insufficient funds", 2, 2001, cardpad.CodeInsufficientFunds, "51", cardpad.ErrInsufficientFunds},
		{"card expired", 3, 100, cardpad.CodeCardExpired, "54", cardpad.ErrCardExpired},
		{"wrong PIN", 4, 100, cardpad.CodeWrongPIN, "55", cardpad.ErrWrongPIN},
		{"lost card", 5, 100, cardpad.CodeCardRestricted, "41", cardpad.ErrDeclined},
		{"declined by rule", 1, 666, cardpad.CodeDeclined, "05", cardpad.ErrDeclined},
		{"bank unavailable", 6, 100, cardpad.CodeIssuerUnavailable, "91", cardpad.ErrDeclined},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := r.sim.Insert(tt.card - 1); err != nil {
				t.Fatal(err)
			}
			before := r.sim.Balance(tt.card - 1)
			res, err := r.pad.Sale(ctx, sale(tt.amount, "D-"+string(tt.code)))
			var de *cardpad.DeclineError
			if res != nil || !errors.As(err, &de) || !errors.Is(err, tt.sentinel) || !errors.Is(err, cardpad.ErrDeclined) {
				t.Fatalf("sale = %v, %v", res, err)
			}
			if de.Code != tt.code || de.ResponseCode != tt.response || cardpad.CodeOf(err) != tt.code {
				t.Errorf("code %s response %s", de.Code, de.ResponseCode)
			}
			if cardpad.Classify(err) != cardpad.ClassFinal {
				t.Errorf("class %v", cardpad.Classify(err))
			}
			if de.Result == nil || de.Result.MaskedPAN == "" || de.Result.MaskedPAN == r.sim.Cards()[tt.card-1].PAN {
				t.Errorf("decline result %+v", de.Result)
			}
			if r.sim.Balance(tt.card-1) != before {
				t.Error("a declined sale moved money")
			}
		})
	}
	// The rule for card 6 was used up: the same sale now goes through.
	if err := r.sim.Insert(5); err != nil {
		t.Fatal(err)
	}
	if _, err := r.pad.Sale(ctx, sale(100, "")); err != nil {
		t.Errorf("after the one-off rule: %v", err)
	}
}

func TestCancelledOnThePad(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1, PINDelay: 5 * time.Second}, fastPad)
	st := stages{on: map[cardpad.Stage]func(){cardpad.StageWaitingPIN: func() { r.sim.Cancel() }}}
	req := sale(500, "C-1")
	req.Progress = st.report
	_, err := r.pad.Sale(ctx, req)
	if !errors.Is(err, cardpad.ErrCancelled) || cardpad.Classify(err) != cardpad.ClassFinal {
		t.Fatalf("sale = %v", err)
	}
	if r.sim.Balance(0) != 5_000_000 {
		t.Error("cancelled sale moved money")
	}
}

func TestPadTimesOutWaitingForCard(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{CardTimeout: 50 * time.Millisecond}, fastPad)
	_, err := r.pad.Sale(ctx, sale(500, ""))
	if !errors.Is(err, cardpad.ErrPadTimeout) || cardpad.CodeOf(err) != cardpad.CodeTimeout {
		t.Fatalf("sale = %v", err)
	}
}

func TestNAKThenSuccess(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	r.sim.Inject(cardpadsim.FaultNAK, 1)
	var st stages
	req := sale(990, "N-1")
	req.Progress = st.report
	if _, err := r.pad.Sale(ctx, req); err != nil {
		t.Fatal(err)
	}
	if s := r.pad.Stats(); s.Transmits != 2 || s.NAKsReceived != 1 {
		t.Errorf("stats %+v", s)
	}
	if r.sim.Frames() != 2 || r.sim.Started(cardpad.TxSale) != 1 {
		t.Errorf("pad saw %d frames, started %d sales", r.sim.Frames(), r.sim.Started(cardpad.TxSale))
	}
	attempts := 0
	for _, p := range st.all() {
		attempts = max(attempts, p.Attempt)
	}
	if attempts != 2 {
		t.Errorf("progress reported %d attempts", attempts)
	}
}

func TestNAKStormGivesUpAfterThreeRetransmissions(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	r.sim.Inject(cardpadsim.FaultNAK, 0)
	_, err := r.pad.Sale(ctx, sale(990, "N-2"))
	if !errors.Is(err, cardpad.ErrNAK) || !errors.Is(err, cardpad.ErrCommunication) || errors.Is(err, cardpad.ErrOutcomeUnknown) {
		t.Fatalf("sale = %v", err)
	}
	if cardpad.Classify(err) != cardpad.ClassTransient || cardpad.CodeOf(err) != cardpad.CodeCommunication {
		t.Errorf("class %v code %v", cardpad.Classify(err), cardpad.CodeOf(err))
	}
	if s := r.pad.Stats(); s.Transmits != 4 || s.NAKsReceived != 4 {
		t.Errorf("stats %+v", s)
	}
	if r.sim.Frames() != 4 || r.sim.Started(cardpad.TxSale) != 0 {
		t.Errorf("pad saw %d frames, started %d sales", r.sim.Frames(), r.sim.Started(cardpad.TxSale))
	}
	if h, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateError)); err != nil || !errors.Is(h.Err, cardpad.ErrNAK) {
		t.Errorf("health %v, %v", h, err)
	}
	r.sim.ClearFaults()
	if _, err := r.pad.Sale(ctx, sale(990, "N-2")); err != nil {
		t.Fatalf("after the storm: %v", err)
	}
	if !r.port.Health().OK() {
		t.Errorf("health after success %v", r.port.Health())
	}
}

func TestNoisyLine(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1, Seed: 7}, fastPad)
	for _, tc := range []struct {
		faults []cardpadsim.Fault
		check  func(before, after cardpad.Stats) bool
	}{
		{[]cardpadsim.Fault{cardpadsim.FaultGarbage, cardpadsim.FaultSplit}, func(b, a cardpad.Stats) bool { return a.SkippedBytes > b.SkippedBytes }},
		{[]cardpadsim.Fault{cardpadsim.FaultBadLRC}, func(b, a cardpad.Stats) bool { return a.NAKsSent == b.NAKsSent+1 }},
		{[]cardpadsim.Fault{cardpadsim.FaultGlue}, func(b, a cardpad.Stats) bool { return a.Transmits == b.Transmits+1 }},
		{[]cardpadsim.Fault{cardpadsim.FaultStale}, func(b, a cardpad.Stats) bool { return a.Stale == b.Stale+1 }},
	} {
		before := r.pad.Stats()
		for _, f := range tc.faults {
			r.sim.Inject(f, 0)
		}
		if f := tc.faults[0]; f == cardpadsim.FaultBadLRC || f == cardpadsim.FaultStale || f == cardpadsim.FaultGlue {
			r.sim.Inject(f, 1)
		}
		req := sale(321, "")
		res, err := r.pad.Sale(ctx, req)
		r.sim.ClearFaults()
		if err != nil || !res.Approved() || res.Nonce != req.Nonce {
			t.Fatalf("%v: %v, %v", tc.faults, res, err)
		}
		if after := r.pad.Stats(); !tc.check(before, after) {
			t.Errorf("%v: stats before %+v after %+v", tc.faults, before, after)
		}
	}
	if got := r.sim.Started(cardpad.TxSale); got != 4 {
		t.Errorf("%d sales started, want 4", got)
	}
}

func TestTimeoutBeforeAckIsSafeToRetry(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	r.sim.Inject(cardpadsim.FaultSilence, 0)
	req := sale(4200, "T-1")
	_, err := r.pad.Sale(ctx, req)
	if !errors.Is(err, cardpad.ErrNoAck) || errors.Is(err, cardpad.ErrOutcomeUnknown) || cardpad.Classify(err) != cardpad.ClassTransient {
		t.Fatalf("sale = %v (class %v)", err, cardpad.Classify(err))
	}
	if s := r.pad.Stats(); s.Transmits != 4 || s.AckTimeouts != 4 {
		t.Errorf("stats %+v", s)
	}
	if r.sim.Started(cardpad.TxSale) != 0 {
		t.Fatal("the pad started a sale it never acknowledged")
	}
	if h, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateError)); err != nil || !errors.Is(h.Err, cardpad.ErrNoAck) {
		t.Errorf("health %v, %v", h, err)
	}
	if err := r.pad.Check(ctx); !errors.Is(err, cardpad.ErrNoAck) {
		t.Errorf("check on a silent pad = %v", err)
	}
	r.sim.ClearFaults()
	if err := r.pad.Check(ctx); err != nil || !r.port.Health().OK() {
		t.Errorf("check after the pad came back = %v, health %v", err, r.port.Health())
	}
	res, err := r.pad.Sale(ctx, req) // the same request, as the doc allows
	if err != nil || !res.Approved() {
		t.Fatalf("retry: %v, %v", res, err)
	}
	if got := r.sim.Balance(0); got != 5_000_000-4200 {
		t.Errorf("balance %v: charged %d times", got, (5_000_000-got)/4200)
	}
}

func TestSilenceThenAck(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	r.sim.Inject(cardpadsim.FaultSilence, 1)
	if _, err := r.pad.Sale(ctx, sale(300, "S-1")); err != nil {
		t.Fatal(err)
	}
	if s := r.pad.Stats(); s.Transmits != 2 || s.AckTimeouts != 1 {
		t.Errorf("stats %+v", s)
	}
	if r.sim.Started(cardpad.TxSale) != 1 {
		t.Errorf("%d sales started", r.sim.Started(cardpad.TxSale))
	}
}

func TestTimeoutAfterAckIsUnknownThenNotProcessed(t *testing.T) {
	ctx := testCtx(t)
	pc := fastPad
	pc.ResultTimeout = 300 * time.Millisecond
	r := newRig(t, cardpadsim.Config{Insert: 1}, pc)
	r.sim.Inject(cardpadsim.FaultHang, 1)
	req := sale(700, "H-1")
	_, err := r.pad.Sale(ctx, req)
	var ue *cardpad.OutcomeUnknownError
	if !errors.As(err, &ue) || !ue.Acknowledged || cardpad.Classify(err) != cardpad.ClassUnknown || cardpad.CodeOf(err) != cardpad.CodeOutcomeUnknown {
		t.Fatalf("sale = %v", err)
	}
	if errors.Is(err, cardpad.ErrCommunication) {
		t.Error("an unknown outcome looks like a retryable communication error")
	}
	if ue.Intent != req.Intent(cardpad.TxSale) {
		t.Errorf("intent %v, want %v", ue.Intent, req.Intent(cardpad.TxSale))
	}
	res, err := r.pad.Resolve(ctx, ue.Intent)
	if res != nil || !errors.Is(err, cardpad.ErrNotProcessed) || cardpad.CodeOf(err) != cardpad.CodeNotProcessed {
		t.Fatalf("resolve = %v, %v", res, err)
	}
	if r.sim.Balance(0) != 5_000_000 {
		t.Error("money moved")
	}
}

func TestChargedThenSilentResolvesApproved(t *testing.T) {
	ctx := testCtx(t)
	pc := fastPad
	pc.ResultTimeout = 300 * time.Millisecond
	r := newRig(t, cardpadsim.Config{Insert: 1}, pc)
	// An earlier sale makes sure Resolve matches by nonce, not "the last".
	if _, err := r.pad.Sale(ctx, sale(100, "EARLIER")); err != nil {
		t.Fatal(err)
	}
	r.sim.Inject(cardpadsim.FaultChargeSilent, 1)
	req := sale(8800, "NT-2026-000777")
	_, err := r.pad.Sale(ctx, req)
	if !errors.Is(err, cardpad.ErrOutcomeUnknown) || cardpad.Classify(err) != cardpad.ClassUnknown {
		t.Fatalf("sale = %v", err)
	}
	var ue *cardpad.OutcomeUnknownError
	errors.As(err, &ue)
	res, err := r.pad.Resolve(ctx, ue.Intent)
	if err != nil {
		t.Fatalf("resolve: %v", err)
	}
	if !res.Approved() || res.Type != cardpad.TxSale || res.Nonce != req.Nonce || res.Reference != req.Reference || res.Amount != 8800 {
		t.Errorf("resolved %v", res)
	}
	if res.Voucher != "000002" || res.MaskedPAN != "622202******0128" {
		t.Errorf("voucher %s pan %s", res.Voucher, res.MaskedPAN)
	}
	if got := r.sim.Balance(0); got != 5_000_000-100-8800 {
		t.Errorf("balance %v", got)
	}
	// Another intent (other nonce) is not this transaction.
	other := ue.Intent
	other.Nonce = cardpad.Nonce(map[bool]string{true: "0001", false: "0002"}[other.Nonce != "0001"])
	if _, err := r.pad.Resolve(ctx, other); !errors.Is(err, cardpad.ErrNotProcessed) {
		t.Errorf("resolve with another nonce = %v", err)
	}
}

func TestReplyWithAnotherNonceIsNeverTheResult(t *testing.T) {
	ctx := testCtx(t)
	pc := fastPad
	pc.ResultTimeout = 300 * time.Millisecond
	r := newRig(t, cardpadsim.Config{Insert: 1}, pc)
	r.sim.Inject(cardpadsim.FaultWrongNonce, 1)
	req := sale(1500, "W-1")
	_, err := r.pad.Sale(ctx, req)
	if !errors.Is(err, cardpad.ErrOutcomeUnknown) {
		t.Fatalf("sale = %v", err)
	}
	if s := r.pad.Stats(); s.Stale == 0 {
		t.Errorf("stats %+v: the mismatched reply was not counted", s)
	}
	res, err := r.pad.Resolve(ctx, req.Intent(cardpad.TxSale))
	if err != nil || !res.Approved() || res.Nonce != req.Nonce {
		t.Fatalf("resolve = %v, %v", res, err)
	}
}

func TestContextCancelledDuringPIN(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1, PINDelay: 5 * time.Second}, fastPad)
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	st := stages{on: map[cardpad.Stage]func(){cardpad.StageWaitingPIN: cancel}}
	req := sale(2500, "X-1")
	req.Progress = st.report
	_, err := r.pad.Sale(sctx, req)
	if !errors.Is(err, cardpad.ErrOutcomeUnknown) || !errors.Is(err, context.Canceled) {
		t.Fatalf("sale = %v", err)
	}
	// The driver sent EOT: the pad stopped waiting for the PIN.
	waitFor(t, ctx, "the pad to record the abort", func() bool { _, ok := r.sim.Last(); return ok && !r.sim.Busy() })
	_, err = r.pad.Resolve(ctx, req.Intent(cardpad.TxSale))
	if !errors.Is(err, cardpad.ErrCancelled) || cardpad.Classify(err) != cardpad.ClassFinal {
		t.Fatalf("resolve = %v", err)
	}
	if r.sim.Balance(0) != 5_000_000 {
		t.Error("money moved")
	}
}

func TestContextCancelledBeforeSending(t *testing.T) {
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := r.pad.Sale(ctx, sale(100, ""))
	if !errors.Is(err, context.Canceled) || errors.Is(err, cardpad.ErrOutcomeUnknown) || cardpad.Classify(err) != cardpad.ClassTransient {
		t.Fatalf("sale = %v", err)
	}
	if r.sim.Frames() != 0 {
		t.Error("a request went out on a cancelled context")
	}
}

func TestVoid(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 2}, fastPad)
	s, err := r.pad.Sale(ctx, sale(1999, "V-SALE"))
	if err != nil {
		t.Fatal(err)
	}
	if r.sim.Balance(1) != 1 {
		t.Fatalf("balance after sale %v", r.sim.Balance(1))
	}
	r.sim.Remove() // a void needs no card
	v, err := r.pad.Void(ctx, cardpad.Request{Amount: 1999, Voucher: s.Voucher, Reference: "V-VOID"})
	if err != nil {
		t.Fatal(err)
	}
	if !v.Approved() || v.Type != cardpad.TxVoid || v.Voucher == s.Voucher || v.Amount != 1999 || v.MaskedPAN != "621700*********9019" {
		t.Errorf("void %+v", v)
	}
	if r.sim.Balance(1) != 2000 {
		t.Errorf("balance after void %v", r.sim.Balance(1))
	}
	if _, err := r.pad.Void(ctx, cardpad.Request{Amount: 1999, Voucher: s.Voucher}); !errors.Is(err, cardpad.ErrDeclined) {
		t.Errorf("second void = %v", err)
	}
	if _, err := r.pad.Void(ctx, cardpad.Request{Amount: 1999, Voucher: "424242"}); !errors.Is(err, cardpad.ErrOriginalNotFound) {
		t.Errorf("void of an unknown voucher = %v", err)
	}
	if _, err := r.pad.Void(ctx, cardpad.Request{Amount: 1999, Voucher: "12"}); !errors.Is(err, cardpad.ErrInvalidRequest) || cardpad.Classify(err) != cardpad.ClassFinal {
		t.Errorf("void with a bad voucher = %v", err)
	}
}

func TestBalanceInquiry(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 2}, fastPad)
	var st stages
	res, err := r.pad.Balance(ctx, cardpad.Request{Progress: st.report})
	if err != nil {
		t.Fatal(err)
	}
	if res.Type != cardpad.TxBalance || res.Balance != 2000 || res.Amount != 0 || res.MaskedPAN != "621700*********9019" {
		t.Errorf("balance %+v", res)
	}
	if !slices.Contains(st.distinct(), cardpad.StageWaitingPIN) {
		t.Errorf("stages %v", st.distinct())
	}
	if _, ok := r.sim.Last(); ok {
		t.Error("a balance inquiry became the last transaction")
	}
	if err := r.sim.Insert(3); err != nil {
		t.Fatal(err)
	}
	if _, err := r.pad.Balance(ctx, cardpad.Request{}); !errors.Is(err, cardpad.ErrWrongPIN) {
		t.Errorf("balance with a wrong PIN = %v", err)
	}
}

func TestSignInAndSettle(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 6, RequireSignIn: true}, fastPad)
	_, err := r.pad.Sale(ctx, sale(100, ""))
	if !errors.Is(err, cardpad.ErrSignInRequired) {
		t.Fatalf("sale before sign-in = %v", err)
	}
	if h, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateError)); err != nil || !errors.Is(h.Err, cardpad.ErrSignInRequired) {
		t.Errorf("health %v, %v", h, err)
	}
	in, err := r.pad.SignIn(ctx)
	if err != nil || in.TerminalID != "12345678" || in.Batch != "000001" {
		t.Fatalf("sign-in = %+v, %v", in, err)
	}
	if !r.port.Health().OK() {
		t.Errorf("health after sign-in %v", r.port.Health())
	}
	a, err := r.pad.Sale(ctx, sale(10000, "S-1"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.pad.Sale(ctx, sale(2550, "S-2")); err != nil {
		t.Fatal(err)
	}
	if _, err := r.pad.Void(ctx, cardpad.Request{Amount: 10000, Voucher: a.Voucher}); err != nil {
		t.Fatal(err)
	}
	res, err := r.pad.Settle(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := cardpad.Totals{Batch: "000001", SaleCount: 2, SaleAmount: 12550, VoidCount: 1, VoidAmount: 10000, NetAmount: 2550}
	if res.Totals == nil || *res.Totals != want {
		t.Errorf("totals %+v, want %+v", res.Totals, want)
	}
	if _, err := r.pad.Void(ctx, cardpad.Request{Amount: 2550, Voucher: "000002"}); !errors.Is(err, cardpad.ErrOriginalNotFound) {
		t.Errorf("void after settlement = %v", err)
	}
	if in, err := r.pad.SignIn(ctx); err != nil || in.Batch != "000002" {
		t.Errorf("batch after settlement: %v, %v", in, err)
	}
}

func TestQueryLastOnEmptyRecord(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{}, fastPad)
	if err := r.pad.Check(ctx); err != nil {
		t.Errorf("check on a pad with an empty record = %v", err)
	}
	if _, err := r.pad.LastTransaction(ctx); !errors.Is(err, cardpad.ErrNoTransaction) {
		t.Errorf("last = %v", err)
	}
	if _, err := r.pad.Resolve(ctx, cardpad.Intent{Type: cardpad.TxSale, Amount: 1, Nonce: "1234"}); !errors.Is(err, cardpad.ErrNotProcessed) {
		t.Errorf("resolve = %v", err)
	}
}

func TestProgressWithoutNotices(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1, NoProgress: true, PINDelay: 120 * time.Millisecond}, fastPad)
	var st stages
	req := sale(100, "")
	req.Progress = st.report
	if _, err := r.pad.Sale(ctx, req); err != nil {
		t.Fatal(err)
	}
	if got := st.distinct(); !slices.Equal(got, []cardpad.Stage{cardpad.StageSending, cardpad.StageAcknowledged}) {
		t.Errorf("stages %v", got)
	}
	all := st.all()
	ticks := 0
	for i := 1; i < len(all); i++ {
		if all[i].Elapsed < all[i-1].Elapsed {
			t.Fatalf("elapsed went back: %v then %v", all[i-1].Elapsed, all[i].Elapsed)
		}
		if all[i].Stage == cardpad.StageAcknowledged {
			ticks++
			if all[i].Remaining <= 0 || all[i].Remaining > fastPad.ResultTimeout {
				t.Errorf("remaining %v", all[i].Remaining)
			}
		}
	}
	if ticks < 3 || all[len(all)-1].Elapsed < 100*time.Millisecond {
		t.Errorf("%d ticks while waiting, last elapsed %v", ticks, all[len(all)-1].Elapsed)
	}
}

func TestUnpluggedPadIsACommunicationError(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	if err := r.sim.Unplug(); err != nil {
		t.Fatal(err)
	}
	// The port notices on its next read; the first attempt may be the one.
	var err error
	for range 3 {
		if _, err = r.pad.Sale(ctx, sale(100, "")); errors.Is(err, serialport.ErrDisconnected) {
			break
		}
	}
	if !errors.Is(err, serialport.ErrDisconnected) || cardpad.Classify(err) != cardpad.ClassTransient {
		t.Fatalf("sale on an unplugged pad = %v", err)
	}
	if err := r.sim.Replug(); err != nil {
		t.Fatal(err)
	}
	if _, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}
	if _, err := r.pad.Sale(ctx, sale(100, "")); err != nil {
		t.Errorf("after replug: %v", err)
	}
}

func TestConcurrentCallersQueue(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, cardpadsim.Config{Insert: 1}, fastPad)
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			_, err := r.pad.Sale(ctx, sale(10, ""))
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if r.sim.Started(cardpad.TxSale) != 3 || r.sim.Balance(0) != 5_000_000-30 {
		t.Errorf("%d sales, balance %v", r.sim.Started(cardpad.TxSale), r.sim.Balance(0))
	}
}
