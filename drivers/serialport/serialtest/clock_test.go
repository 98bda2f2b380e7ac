package serialtest_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

func TestManualClock(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c := serialtest.NewManualClock()
	start := c.Now()

	woke := make(chan time.Duration, 2)
	for _, d := range []time.Duration{300 * time.Millisecond, 100 * time.Millisecond} {
		go func() {
			if err := c.Sleep(ctx, d); err == nil {
				woke <- d
			}
		}()
	}
	for len(c.Asked()) < 2 {
		time.Sleep(time.Millisecond) // wait for both sleepers to register
	}
	// Step wakes the earliest sleeper first, whatever order they came in.
	for _, want := range []time.Duration{100 * time.Millisecond, 300 * time.Millisecond} {
		got, err := c.Step(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("Step woke a %v sleeper, want %v", got, want)
		}
		if d := <-woke; d != want {
			t.Errorf("woke %v, want %v", d, want)
		}
	}
	if got := c.Now().Sub(start); got != 300*time.Millisecond {
		t.Errorf("clock moved %v", got)
	}
	if len(c.Asked()) != 2 {
		t.Errorf("asked %v", c.Asked())
	}

	cctx, ccancel := context.WithCancel(ctx)
	errc := make(chan error, 1)
	go func() { errc <- c.Sleep(cctx, time.Hour) }()
	for len(c.Asked()) < 3 {
		time.Sleep(time.Millisecond) // wait for the sleeper to register
	}
	ccancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled sleep = %v", err)
	}
	c.Advance(2 * time.Hour) // the cancelled sleeper is gone; nothing to wake
	if err := c.Sleep(ctx, 0); err != nil {
		t.Errorf("zero sleep = %v", err)
	}
}
