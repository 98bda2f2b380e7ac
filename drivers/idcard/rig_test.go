package idcard_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

var quiet = slog.New(slog.DiscardHandler)

// rig is a driver talking to the simulator over a pseudo-terminal.
type rig struct {
	sim    *idcardsim.Simulator
	port   *serialport.Port
	reader *idcard.Reader
	clock  *serialtest.ManualClock
}

type rigOptions struct {
	sim    idcardsim.Config
	reader idcard.ReaderConfig
}

func newRig(t testing.TB, o rigOptions) *rig {
	t.Helper()
	if o.sim.Link == "" {
		o.sim.Link = filepath.Join(t.TempDir(), "idcard")
	}
	sim, err := idcardsim.New(o.sim)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	clock := serialtest.NewManualClock()
	port, err := serialport.Open(serialport.Config{Path: sim.Path(), Baud: 115200, ReadTimeout: 10 * time.Millisecond},
		serialport.WithClock(clock), serialport.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = port.Close() })
	if o.reader.CommandTimeout == 0 {
		o.reader.CommandTimeout = 300 * time.Millisecond
	}
	return &rig{sim: sim, port: port, reader: idcard.NewReader(port, o.reader, quiet), clock: clock}
}

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// readOverSim places card i of the built-in set and reads it through the
// whole stack.
func readOverSim(t *testing.T, i int) *idcard.Identity {
	t.Helper()
	r := newRig(t, rigOptions{})
	if err := r.sim.Place(i); err != nil {
		t.Fatal(err)
	}
	id, err := r.read(testCtx(t), false)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// read runs find → select → read.
func (r *rig) read(ctx context.Context, finger bool) (*idcard.Identity, error) {
	if err := r.reader.FindCard(ctx); err != nil {
		return nil, err
	}
	if err := r.reader.SelectCard(ctx); err != nil {
		return nil, err
	}
	if finger {
		return r.reader.ReadCardWithFingerprint(ctx)
	}
	return r.reader.ReadCard(ctx)
}
