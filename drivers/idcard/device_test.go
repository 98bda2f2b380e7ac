package idcard_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

func TestDeviceConfig(t *testing.T) {
	cfg := idcard.Config{Serial: serialport.Config{Path: "/dev/serial/by-id/usb-reader"}}.WithDefaults()
	if cfg.Serial.Baud != idcard.DefaultBaud || cfg.Poll.Interval == 0 || cfg.Reader.ReadTimeout == 0 {
		t.Errorf("defaults not applied: %+v", cfg)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	cfg.Serial.Baud = 1234
	cfg.Poll.ReadAttempts = -1
	cfg.Reader.Retries = -2
	err := cfg.Validate()
	if !errors.Is(err, serialport.ErrInvalidConfig) {
		t.Fatalf("Validate = %v", err)
	}
	for _, field := range []string{"baud", "poll.read_attempts", "reader.retries"} {
		if !strings.Contains(err.Error(), field+":") {
			t.Errorf("%q does not name %s", err, field)
		}
	}
	if _, err := idcard.Open(cfg); !errors.Is(err, serialport.ErrInvalidConfig) {
		t.Errorf("Open with a bad config = %v", err)
	}
}

func TestDeviceEndToEnd(t *testing.T) {
	ctx := testCtx(t)
	sim, err := idcardsim.New(idcardsim.Config{Link: filepath.Join(t.TempDir(), "reader")})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	dev, err := idcard.Open(idcard.Config{
		Serial: serialport.Config{Path: sim.Path()},
		Poll:   idcard.PollerConfig{Interval: 2 * time.Millisecond},
	}, idcard.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	if !dev.Health().OK() {
		t.Fatalf("health %v", dev.Health())
	}

	runCtx, stop := context.WithCancel(ctx)
	events := make(chan idcard.Event, 4)
	done := make(chan error, 1)
	go func() { done <- dev.Run(runCtx, events) }()

	if err := sim.Place(1); err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-events:
		if ev.Kind != idcard.EventCardPlaced || ev.Identity.Kind() != idcard.KindHKMacaoTaiwan {
			t.Fatalf("event %v %v", ev.Kind, ev.Err)
		}
		ev.Identity.Wipe()
	case <-ctx.Done():
		t.Fatal("no event")
	}
	stop()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v", err)
	}

	if _, err := dev.Reader().SAMID(ctx); err != nil {
		t.Errorf("SAMID through the device: %v", err)
	}
	if err := sim.Unplug(); err != nil {
		t.Fatal(err)
	}
	if err := dev.Reader().SAMStatus(ctx); !errors.Is(err, serialport.ErrDisconnected) {
		t.Errorf("status on unplugged reader = %v", err)
	}
	if _, err := serialtest.WaitHealth(ctx, dev, serialtest.InState(serialport.StateReconnecting, serialport.StateAbsent)); err != nil {
		t.Error(err)
	}
}
