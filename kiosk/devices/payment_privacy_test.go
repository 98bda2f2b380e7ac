package devices

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/payments"
	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// TestCardNumberAppearsNowhere pays a notice with a simulated card and
// prints the slip, then looks for the full card number in everything the
// kiosk wrote: its log, its database file, its outbox, and the bytes the
// printer received. Only the masked number may appear.
func TestCardNumberAppearsNowhere(t *testing.T) {
	dir := t.TempDir()
	sim, err := cardpadsim.New(cardpadsim.Config{Link: filepath.Join(dir, "pad"), Insert: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	pan := sim.Cards()[0].PAN

	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	pad, err := cardpad.Open(cardpad.Config{Serial: serialport.Config{Path: sim.Path()}}, cardpad.WithLogger(log))
	if err != nil {
		t.Fatal(err)
	}
	defer pad.Close()

	line, err := serialtest.NewLine(filepath.Join(dir, "printer"))
	if err != nil {
		t.Fatal(err)
	}
	defer line.Close()
	psim, err := printersim.New(printersim.Options{Paper: printer.Paper58, OutDir: filepath.Join(dir, "paper"), Font: assets.Font()})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go psim.Run(ctx, line)
	slips, err := OpenPrinter(config.Printer{Serial: serialport.Config{Path: line.Path(), Baud: 115200}, Paper: 58}, "大良街道金榜社区服务站", "22838180", "https://hall.example",
		func() (wire.Catalog, error) { return wire.Catalog{}, nil }, log)
	if err != nil {
		t.Fatal(err)
	}
	defer slips.Close()

	dbPath := filepath.Join(dir, "kiosk.db")
	st, err := store.Open(dbPath, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	ob := outbox.New(st, outbox.Options{Logger: log})
	svc := payments.New(journal.New(st, nil), ob, CardPad{Dev: pad}, nil, log)
	desk := &PaymentDesk{Service: svc, Pad: CardPad{Dev: pad}, Printer: slips, Station: "大良街道金榜社区服务站", Hotline: "22838180", Public: "https://hall.example", Now: time.Now}

	n := wire.PaymentNotice{Number: "4406062026000001", PayerMasked: "陈**", Item: wire.Text{"zh-Hans": "城乡居民医疗保险费"}, AmountFen: 38000, Status: wire.NoticeUnpaid}
	out, err := desk.Pay(ctx, n)
	if err != nil || !out.Paid() {
		t.Fatalf("pay: %+v %v", out, err)
	}
	if !strings.Contains(out.CardMasked, "*") || !strings.HasSuffix(out.CardMasked, pan[len(pan)-4:]) {
		t.Errorf("masked card %q", out.CardMasked)
	}
	if code, err := desk.PrintSlip(ctx, out); err != nil {
		t.Fatalf("print: %s %v", code, err)
	}
	wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
	defer wcancel()
	if err := psim.WaitPages(wctx, 1); err != nil {
		t.Fatalf("the slip never came out: %v", err)
	}
	if _, bal, _, err := desk.Balance(ctx); err != nil || bal <= 0 {
		t.Fatalf("balance: %d %v", bal, err)
	}
	recs, _ := ob.Waiting()
	st.Close()

	db, err := os.ReadFile(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	var outboxBytes bytes.Buffer
	for _, r := range recs {
		outboxBytes.Write(r.Payload)
	}
	var paper bytes.Buffer
	bins, _ := filepath.Glob(filepath.Join(dir, "paper", "*.bin"))
	if len(bins) == 0 {
		t.Fatal("no receipt was printed")
	}
	for _, b := range bins {
		data, _ := os.ReadFile(b)
		paper.Write(data)
	}
	for name, data := range map[string][]byte{"log": logBuf.Bytes(), "database": db, "outbox": outboxBytes.Bytes(), "receipt": paper.Bytes()} {
		if bytes.Contains(data, []byte(pan)) {
			t.Errorf("the full card number is in the %s", name)
		}
	}
	if !bytes.Contains(paper.Bytes(), []byte(out.CardMasked)) {
		t.Error("the receipt lacks the masked card number")
	}
}
