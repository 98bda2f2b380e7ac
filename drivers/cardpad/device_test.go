package cardpad_test

import (
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

func TestDeviceEndToEnd(t *testing.T) {
	ctx := testCtx(t)
	sim, err := cardpadsim.New(cardpadsim.Config{Link: filepath.Join(t.TempDir(), "pad"), Insert: 1, Baud: 115200})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	dev, err := cardpad.Open(cardpad.Config{
		Serial: serialport.Config{Path: sim.Path(), Baud: 115200, ReadTimeout: 5 * time.Millisecond},
		Pad:    cardpad.PadConfig{AckTimeout: 300 * time.Millisecond, ResultTimeout: 2 * time.Second, Counter: "K1", Operator: "01"},
	}, cardpad.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	if _, err := serialtest.WaitHealth(ctx, dev, serialtest.InState(serialport.StateOK)); err != nil {
		t.Fatal(err)
	}
	res, err := dev.Sale(ctx, cardpad.Request{Amount: 10050, Reference: "DEV-1"})
	if err != nil || !res.Approved() || !res.Nonce.Valid() {
		t.Fatalf("sale = %v, %v", res, err)
	}
	last, err := dev.LastTransaction(ctx)
	if err != nil || last.Nonce != res.Nonce || last.Voucher != res.Voucher || last.Reference != "DEV-1" {
		t.Errorf("last = %v, %v", last, err)
	}
	if !dev.Health().OK() {
		t.Errorf("health %v", dev.Health())
	}
}
