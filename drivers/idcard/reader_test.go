package idcard_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

func TestReaderCommandsAgainstSimulator(t *testing.T) {
	ctx := testCtx(t)
	cards, err := idcardsim.LoadCards("idcardsim/testdata/demo-cards.json")
	if err != nil {
		t.Fatal(err)
	}
	r := newRig(t, rigOptions{sim: idcardsim.Config{Cards: cards}})

	if err := r.reader.SAMStatus(ctx); err != nil {
		t.Errorf("SAMStatus: %v", err)
	}
	if err := r.reader.ResetSAM(ctx); err != nil {
		t.Errorf("ResetSAM: %v", err)
	}
	sam, err := r.reader.SAMID(ctx)
	if err != nil || sam.String() != "05.01-20286240-0033569326-0000012345" {
		t.Errorf("SAMID = %v, %v", sam, err)
	}
	if err := r.reader.FindCard(ctx); !errors.Is(err, idcard.ErrNoCard) {
		t.Errorf("FindCard on empty reader = %v, want ErrNoCard", err)
	}

	// Card 2 has a new address and a fingerprint.
	if err := r.sim.Place(1); err != nil {
		t.Fatal(err)
	}
	id, err := r.read(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(id.Fingerprint()) != idcard.FingerprintLen || !bytes.Equal(id.Photo(), cards[1].Photo()) {
		t.Errorf("fingerprint %d bytes, photo match %v", len(id.Fingerprint()), bytes.Equal(id.Photo(), cards[1].Photo()))
	}
	addr, err := r.reader.ReadNewAddress(ctx)
	if err != nil || addr != cards[1].NewAddress {
		t.Errorf("ReadNewAddress = %q, %v", addr, err)
	}

	// Card 1 has no new address and no fingerprint.
	if err := r.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	id, err = r.read(ctx, true)
	if err != nil || id.Fingerprint() != nil || id.Unmasked().Number != cards[0].Number {
		t.Fatalf("read: %v, %v", id, err)
	}
	if addr, err := r.reader.ReadNewAddress(ctx); err != nil || addr != "" {
		t.Errorf("ReadNewAddress without one = %q, %v", addr, err)
	}

	// Every valid demo card reads; every invalid one is refused.
	for i, c := range cards {
		if err := r.sim.Place(i); err != nil {
			t.Fatal(err)
		}
		id, err := r.read(ctx, false)
		invalid := c.Label[:7] == "INVALID"
		if invalid != errors.Is(err, idcard.ErrInvalidIDNumber) || invalid != (id == nil) {
			t.Errorf("%s: id %v err %v", c.Label, id, err)
		}
	}
	if s := r.reader.Stats(); s.Timeouts != 0 || s.ChecksumErrors != 0 || s.Retries != 0 {
		t.Errorf("clean line gave stats %+v", s)
	}
}

func TestReaderCardFaults(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, rigOptions{})
	if err := r.sim.Place(0); err != nil {
		t.Fatal(err)
	}

	r.sim.Inject(idcardsim.FaultNoCard, 1)
	if err := r.reader.FindCard(ctx); !errors.Is(err, idcard.ErrNoCard) {
		t.Errorf("no card fault: %v", err)
	}

	r.sim.Inject(idcardsim.FaultSelectFail, 1)
	if _, err := r.read(ctx, false); !errors.Is(err, idcard.ErrSelectFailed) || !idcard.IsTransient(err) {
		t.Errorf("select fault: %v", err)
	}

	r.sim.Inject(idcardsim.FaultReadFail, 1)
	if _, err := r.read(ctx, false); !errors.Is(err, idcard.ErrReadFailed) || !idcard.IsTransient(err) {
		t.Errorf("read fault: %v", err)
	}
	if h := r.port.Health(); !h.OK() {
		t.Errorf("card faults changed the reader's health: %v", h)
	}
	if _, err := r.read(ctx, false); err != nil {
		t.Errorf("read after faults: %v", err)
	}

	r.sim.Inject(idcardsim.FaultSAMFail, 0)
	err := r.reader.SAMStatus(ctx)
	if !errors.Is(err, idcard.ErrSelfTestFailed) || idcard.IsTransient(err) {
		t.Errorf("SAM fault: %v", err)
	}
	if h, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateError)); err != nil || !errors.Is(h.Err, idcard.ErrSelfTestFailed) {
		t.Errorf("health %v, %v", h, err)
	}
	r.sim.ClearFaults()
	if err := r.reader.SAMStatus(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateOK)); err != nil {
		t.Error(err)
	}
}

func TestReaderSilenceTimesOut(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, rigOptions{})
	r.sim.Inject(idcardsim.FaultSilence, 0)
	err := r.reader.SAMStatus(ctx)
	if !errors.Is(err, idcard.ErrNoResponse) || !errors.Is(err, serialport.ErrTimeout) || !idcard.IsTransient(err) {
		t.Fatalf("silence: %v", err)
	}
	h, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateError))
	if err != nil || !errors.Is(h.Err, idcard.ErrNoResponse) {
		t.Fatalf("health %v, %v", h, err)
	}
	if s := r.reader.Stats(); s.Timeouts != 1 || s.Retries != 0 {
		t.Errorf("stats %+v: a timeout is reported at once, not retried", s)
	}
	r.sim.ClearFaults()
	if err := r.reader.SAMStatus(ctx); err != nil {
		t.Fatal(err)
	}
	if !r.port.Health().OK() {
		t.Errorf("health after recovery: %v", r.port.Health())
	}
}

func TestReaderLineFaults(t *testing.T) {
	tests := []struct {
		fault idcardsim.Fault
		check func(t *testing.T, s idcard.Stats)
	}{
		{idcardsim.FaultGarbage, func(t *testing.T, s idcard.Stats) {
			if s.SkippedBytes == 0 {
				t.Errorf("no garbage skipped: %+v", s)
			}
		}},
		{idcardsim.FaultSplit, func(t *testing.T, s idcard.Stats) {
			if s.Reads <= s.Frames {
				t.Errorf("frames were not split across reads: %+v", s)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(string(tt.fault), func(t *testing.T) {
			ctx := testCtx(t)
			r := newRig(t, rigOptions{sim: idcardsim.Config{Seed: 7}})
			if err := r.sim.Place(3); err != nil {
				t.Fatal(err)
			}
			r.sim.Inject(tt.fault, 0)
			id, err := r.read(ctx, false)
			if err != nil {
				t.Fatal(err)
			}
			if id.Unmasked().Number != "944840197905220017" {
				t.Errorf("read the wrong card: %v", id)
			}
			tt.check(t, r.reader.Stats())
		})
	}
}

func TestReaderBadChecksum(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, rigOptions{reader: idcard.ReaderConfig{Retries: 2}})
	if err := r.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	// Two corrupted answers: the third attempt succeeds.
	r.sim.Inject(idcardsim.FaultChecksum, 2)
	if err := r.reader.FindCard(ctx); err != nil {
		t.Fatalf("find with 2 bad checksums: %v", err)
	}
	if s := r.reader.Stats(); s.Retries != 2 || s.ChecksumErrors != 2 {
		t.Errorf("stats %+v", s)
	}
	// Persistent corruption: the error comes back, typed and transient.
	r.sim.Inject(idcardsim.FaultChecksum, 0)
	err := r.reader.FindCard(ctx)
	var ce *idcard.ChecksumError
	if !errors.As(err, &ce) || !idcard.IsTransient(err) {
		t.Errorf("persistent bad checksum: %v", err)
	}
	if got := r.sim.Count(idcard.CmdFindCard); got != 3+3 {
		t.Errorf("simulator saw %d finds, want 6", got)
	}
}

func TestReaderUnplugAndReplug(t *testing.T) {
	ctx := testCtx(t)
	r := newRig(t, rigOptions{})
	if err := r.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	if err := r.sim.Unplug(); err != nil {
		t.Fatal(err)
	}
	err := r.reader.FindCard(ctx)
	if !errors.Is(err, serialport.ErrDisconnected) || !idcard.IsTransient(err) {
		t.Fatalf("find on unplugged reader: %v", err)
	}
	if _, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateReconnecting)); err != nil {
		t.Fatal(err)
	}
	if _, err := r.clock.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateAbsent)); err != nil {
		t.Fatal(err)
	}
	if err := r.sim.Replug(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.clock.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := serialtest.WaitHealth(ctx, r.port, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}
	if _, err := r.read(ctx, false); err != nil {
		t.Errorf("read after replug: %v", err)
	}
}
