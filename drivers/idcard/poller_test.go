package idcard_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

// pollRig runs a Poller on a rig until the test ends.
type pollRig struct {
	*rig
	events  chan idcard.Event
	stopped chan struct{} // closed when Run has returned
	runErr  error         // what Run returned; read after stopped
	cancel  context.CancelFunc
}

func startPoller(t *testing.T, o rigOptions, cfg idcard.PollerConfig) *pollRig {
	t.Helper()
	r := newRig(t, o)
	if cfg.Interval == 0 {
		cfg.Interval = 2 * time.Millisecond
	}
	if cfg.StatusInterval == 0 {
		cfg.StatusInterval = time.Hour
	}
	p := idcard.NewPoller(r.reader, cfg, serialport.SystemClock{}, quiet)
	ctx, cancel := context.WithCancel(context.Background())
	pr := &pollRig{rig: r, events: make(chan idcard.Event, 16), stopped: make(chan struct{}), cancel: cancel}
	go func() {
		pr.runErr = p.Run(ctx, pr.events)
		close(pr.stopped)
	}()
	t.Cleanup(func() {
		cancel()
		<-pr.stopped
	})
	return pr
}

// next waits for the next event.
func (pr *pollRig) next(t *testing.T) idcard.Event {
	t.Helper()
	select {
	case ev := <-pr.events:
		return ev
	case <-time.After(5 * time.Second):
		t.Fatal("no event")
		return idcard.Event{}
	}
}

// quietFor lets the poller run n more find polls and fails on any event.
func (pr *pollRig) quietFor(t *testing.T, n int) {
	t.Helper()
	target := pr.sim.Count(idcard.CmdFindCard) + n
	deadline := time.After(5 * time.Second)
	for pr.sim.Count(idcard.CmdFindCard) < target {
		select {
		case ev := <-pr.events:
			t.Fatalf("unexpected event %v (err %v)", ev.Kind, ev.Err)
		case <-deadline:
			t.Fatalf("poller stalled at %d finds", pr.sim.Count(idcard.CmdFindCard))
		case <-time.After(time.Millisecond):
		}
	}
}

func TestPollerReadsOncePerPlacement(t *testing.T) {
	pr := startPoller(t, rigOptions{}, idcard.PollerConfig{})
	pr.quietFor(t, 3)

	if err := pr.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	ev := pr.next(t)
	if ev.Kind != idcard.EventCardPlaced || ev.Identity.MaskedNumber() != "4406********2016" || ev.At.IsZero() {
		t.Fatalf("event %v %v", ev.Kind, ev.Identity)
	}
	ev.Identity.Wipe()
	pr.quietFor(t, 10) // the card stays: polls see it, nobody reads it again
	if n := pr.sim.Count(idcard.CmdReadText); n != 1 {
		t.Errorf("%d reads for one placement", n)
	}

	pr.sim.Remove()
	if ev := pr.next(t); ev.Kind != idcard.EventCardRemoved {
		t.Fatalf("event %v, want removal", ev.Kind)
	}
	if err := pr.sim.Place(3); err != nil {
		t.Fatal(err)
	}
	if ev := pr.next(t); ev.Kind != idcard.EventCardPlaced || ev.Identity.Kind() != idcard.KindForeign {
		t.Fatalf("second placement: %v %v", ev.Kind, ev.Identity)
	}
	if n := pr.sim.Count(idcard.CmdReadText); n != 2 {
		t.Errorf("%d reads for two placements", n)
	}

	pr.cancel()
	<-pr.stopped
	if !errors.Is(pr.runErr, context.Canceled) {
		t.Errorf("Run returned %v", pr.runErr)
	}
}

func TestPollerWithHaltingModule(t *testing.T) {
	pr := startPoller(t, rigOptions{sim: idcardsim.Config{HaltAfterRead: true}}, idcard.PollerConfig{})
	if err := pr.sim.Place(1); err != nil {
		t.Fatal(err)
	}
	if ev := pr.next(t); ev.Kind != idcard.EventCardPlaced {
		t.Fatalf("event %v", ev.Kind)
	}
	// The module ignores the read card, so removal is reported early…
	if ev := pr.next(t); ev.Kind != idcard.EventCardRemoved {
		t.Fatalf("event %v", ev.Kind)
	}
	// …but the card is not read again while it lies there.
	pr.quietFor(t, 10)
	if n := pr.sim.Count(idcard.CmdReadText); n != 1 {
		t.Errorf("%d reads", n)
	}
	pr.sim.Remove()
	if err := pr.sim.Place(1); err != nil {
		t.Fatal(err)
	}
	if ev := pr.next(t); ev.Kind != idcard.EventCardPlaced {
		t.Fatalf("new placement: %v", ev.Kind)
	}
}

func TestPollerReportsInvalidCardOnce(t *testing.T) {
	cards, err := idcardsim.LoadCards("idcardsim/testdata/demo-cards.json")
	if err != nil {
		t.Fatal(err)
	}
	pr := startPoller(t, rigOptions{sim: idcardsim.Config{Cards: cards}}, idcard.PollerConfig{})
	if err := pr.sim.Place(10); err != nil { // wrong check character
		t.Fatal(err)
	}
	ev := pr.next(t)
	var ie *idcard.InvalidIDError
	if ev.Kind != idcard.EventFault || !errors.As(ev.Err, &ie) || ev.Identity != nil {
		t.Fatalf("event %v err %v", ev.Kind, ev.Err)
	}
	pr.quietFor(t, 10)
	pr.sim.Remove()
	if ev := pr.next(t); ev.Kind != idcard.EventCardRemoved {
		t.Fatalf("event %v", ev.Kind)
	}
}

func TestPollerRetriesFailedReads(t *testing.T) {
	pr := startPoller(t, rigOptions{}, idcard.PollerConfig{ReadAttempts: 3})
	// One failed read, then a good one: the resident never notices.
	pr.sim.Inject(idcardsim.FaultReadFail, 1)
	pr.sim.Inject(idcardsim.FaultSelectFail, 1)
	if err := pr.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	if ev := pr.next(t); ev.Kind != idcard.EventCardPlaced {
		t.Fatalf("event %v err %v", ev.Kind, ev.Err)
	}
	if n := pr.sim.Count(idcard.CmdReadText); n != 2 {
		t.Errorf("%d reads, want 2", n)
	}

	// A card that never reads: one fault after three attempts, then quiet.
	pr.sim.Remove()
	if ev := pr.next(t); ev.Kind != idcard.EventCardRemoved {
		t.Fatalf("event %v", ev.Kind)
	}
	pr.sim.Inject(idcardsim.FaultReadFail, 0)
	if err := pr.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	ev := pr.next(t)
	if ev.Kind != idcard.EventFault || !errors.Is(ev.Err, idcard.ErrReadFailed) {
		t.Fatalf("event %v err %v", ev.Kind, ev.Err)
	}
	pr.quietFor(t, 10)
	if n := pr.sim.Count(idcard.CmdReadText); n != 2+3 {
		t.Errorf("%d reads, want 5", n)
	}
}

func TestPollerDeviceFaults(t *testing.T) {
	pr := startPoller(t, rigOptions{}, idcard.PollerConfig{StatusInterval: time.Nanosecond})
	ctx := testCtx(t)

	pr.sim.Inject(idcardsim.FaultSAMFail, 0)
	if ev := pr.next(t); ev.Kind != idcard.EventFault || !errors.Is(ev.Err, idcard.ErrSelfTestFailed) {
		t.Fatalf("event %v err %v", ev.Kind, ev.Err)
	}
	if _, err := serialtest.WaitHealth(ctx, pr.port, serialtest.InState(serialport.StateError)); err != nil {
		t.Fatal(err)
	}
	pr.sim.ClearFaults()
	if _, err := serialtest.WaitHealth(ctx, pr.port, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}

	pr.sim.Inject(idcardsim.FaultSilence, 0)
	if ev := pr.next(t); ev.Kind != idcard.EventFault || !errors.Is(ev.Err, idcard.ErrNoResponse) {
		t.Fatalf("event %v err %v", ev.Kind, ev.Err)
	}
	if h, err := serialtest.WaitHealth(ctx, pr.port, serialtest.InState(serialport.StateError)); err != nil || h.Reason == "" {
		t.Fatalf("health %v, %v", h, err)
	}
	pr.sim.ClearFaults()
	if _, err := serialtest.WaitHealth(ctx, pr.port, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}
	if err := pr.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	if ev := pr.next(t); ev.Kind != idcard.EventCardPlaced {
		t.Fatalf("after recovery: %v err %v", ev.Kind, ev.Err)
	}
}

func TestPollerSurvivesUnplug(t *testing.T) {
	pr := startPoller(t, rigOptions{}, idcard.PollerConfig{})
	ctx := testCtx(t)
	pr.quietFor(t, 2)
	if err := pr.sim.Unplug(); err != nil {
		t.Fatal(err)
	}
	if ev := pr.next(t); ev.Kind != idcard.EventFault || !errors.Is(ev.Err, serialport.ErrDisconnected) {
		t.Fatalf("event %v err %v", ev.Kind, ev.Err)
	}
	if _, err := serialtest.WaitHealth(ctx, pr.port, serialtest.InState(serialport.StateReconnecting)); err != nil {
		t.Fatal(err)
	}
	if err := pr.sim.Replug(); err != nil {
		t.Fatal(err)
	}
	if _, err := pr.clock.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := serialtest.WaitHealth(ctx, pr.port, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}
	if err := pr.sim.Place(0); err != nil {
		t.Fatal(err)
	}
	ev := pr.next(t)
	if ev.Kind != idcard.EventCardPlaced || ev.Identity.Nation().Chinese() != "汉" {
		t.Fatalf("after replug: %v %v", ev.Kind, ev.Err)
	}
}
