package cardpad_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
)

// TestKioskDiesBeforeReadingTheReply is the crash case: the pad charges
// while the kiosk is gone. The journalled intent is all the restarted
// kiosk has; the pad's record (in memory, and in its state file across a
// pad restart) resolves it as approved, with the nonce that was sent.
func TestKioskDiesBeforeReadingTheReply(t *testing.T) {
	ctx := testCtx(t)
	dir := t.TempDir()
	sc := cardpadsim.Config{
		Link: filepath.Join(dir, "cardpad"), StatePath: filepath.Join(dir, "pad-state.json"),
		Insert: 1, PINDelay: 400 * time.Millisecond, AckTimeout: 30 * time.Millisecond,
	}
	r := newRig(t, sc, fastPad)

	req := sale(6600, "NT-CRASH-0001")
	journal := req.Intent(cardpad.TxSale) // what the payment layer wrote before asking
	st := stages{on: map[cardpad.Stage]func(){cardpad.StageWaitingPIN: func() { _ = r.port.Close() }}}
	req.Progress = st.report
	_, err := r.pad.Sale(ctx, req)
	if !errors.Is(err, cardpad.ErrOutcomeUnknown) {
		t.Fatalf("sale on a dying kiosk = %v", err)
	}

	// The kiosk restarts while the person is still entering the PIN.
	r.connect()
	if _, err := r.pad.LastTransaction(ctx); !errors.Is(err, cardpad.ErrBusy) || cardpad.Classify(err) != cardpad.ClassTransient {
		t.Errorf("query while the pad is busy = %v", err)
	}
	waitFor(t, ctx, "the pad to finish the sale", func() bool { _, ok := r.sim.Last(); return ok && !r.sim.Busy() })

	res, err := r.pad.Resolve(ctx, journal)
	if err != nil {
		t.Fatalf("resolve after the kiosk restarted: %v", err)
	}
	if !res.Approved() || res.Nonce != journal.Nonce || res.Reference != journal.Reference || res.Amount != 6600 {
		t.Errorf("resolved %v", res)
	}

	// The pad restarts too (power cut): its state file keeps the record.
	if err := r.sim.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(sc.StatePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cardpadsim.DefaultCards() {
		if strings.Contains(string(b), c.PAN) {
			t.Fatal("the pad's state file holds a card number")
		}
	}
	r2 := newRig(t, sc, fastPad)
	last, err := r2.pad.LastTransaction(ctx)
	if err != nil {
		t.Fatalf("last after the pad restarted: %v", err)
	}
	if !last.Approved() || last.Nonce != journal.Nonce || last.Reference != journal.Reference || last.MaskedPAN != "622202******0128" {
		t.Errorf("last %v", last)
	}
	if res, err := r2.pad.Resolve(ctx, journal); err != nil || !res.Approved() {
		t.Errorf("resolve after the pad restarted = %v, %v", res, err)
	}
	if got := r2.sim.Balance(0); got != 5_000_000-6600 {
		t.Errorf("balance after restart %v: charged %d times", got, (5_000_000-got)/6600)
	}
	if r2.sim.Started(cardpad.TxSale) != 0 {
		t.Error("resolving started a sale")
	}
}
