package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
	"github.com/village-kiosk/kiosk/hall"
	"github.com/village-kiosk/kiosk/hall/demo"
	"github.com/village-kiosk/kiosk/kiosk/config"
)

// demoPIN is the staff PIN of the demo only. A real terminal has no
// default PIN: without staff.pin_hash in its configuration it cannot be
// left at all.
const demoPIN = "135790"

// demoDevices are the simulated devices of the demo, controlled from the
// keyboard: F2 places the next test ID card on the reader, F3 takes it off.
type demoDevices struct {
	idcard  *idcardsim.Simulator
	printer *printersim.Sim
	next    int
	paper   bool // false: out of paper (F4 toggles)
}

func (d *demoDevices) key(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyF2:
		cards := d.idcard.Cards()
		d.idcard.Place(d.next % len(cards))
		d.next++
	case fyne.KeyF3:
		d.idcard.Remove()
	case fyne.KeyF4:
		// Paper out and back, to see the QR fallback and the staff screen.
		d.paper = !d.paper
		if d.paper {
			d.printer.SetPaper(printersim.PaperOK)
		} else {
			d.printer.SetPaper(printersim.PaperOut)
		}
	}
}

// startDemo starts a hall with the demo data on a free loopback port, in a
// temporary folder, the simulated devices on pseudo-terminals, and returns
// a kiosk configuration pointing at them.
func startDemo() (config.Config, *demoDevices, func(), error) {
	dir, err := os.MkdirTemp("", "village-kiosk-demo-")
	if err != nil {
		return config.Config{}, nil, nil, fmt.Errorf("demo: %w", err)
	}
	log := newLogger("info")
	h, err := hall.Start(hall.Options{Addr: "127.0.0.1:0", DataDir: filepath.Join(dir, "hall"), Demo: true, Version: version, Logger: log.With("part", "hall")})
	if err != nil {
		os.RemoveAll(dir)
		return config.Config{}, nil, nil, err
	}
	sim, err := idcardsim.New(idcardsim.Config{Link: filepath.Join(dir, "idcard-reader"), Baud: 115200})
	if err != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		h.Close(ctx)
		os.RemoveAll(dir)
		return config.Config{}, nil, nil, fmt.Errorf("demo: ID-card simulator: %w", err)
	}
	receiptsDir, _ := filepath.Abs(filepath.Join("out", "demo", "receipts"))
	line, err := serialtest.NewLine(filepath.Join(dir, "printer"))
	if err != nil {
		sim.Close()
		return config.Config{}, nil, nil, fmt.Errorf("demo: printer line: %w", err)
	}
	psim, err := printersim.New(printersim.Options{Paper: printer.Paper58, OutDir: receiptsDir, Font: assets.Font()})
	if err != nil {
		sim.Close()
		line.Close()
		return config.Config{}, nil, nil, fmt.Errorf("demo: printer simulator: %w", err)
	}
	simCtx, stopSims := context.WithCancel(context.Background())
	go psim.Run(simCtx, line)
	// The card pad: a test card is in it; the PIN takes two seconds.
	padSim, err := cardpadsim.New(cardpadsim.Config{Link: filepath.Join(dir, "cardpad"), Insert: 1, PINDelay: 2 * time.Second, StatePath: filepath.Join(dir, "cardpad.json")})
	if err != nil {
		stopSims()
		sim.Close()
		line.Close()
		return config.Config{}, nil, nil, fmt.Errorf("demo: card pad simulator: %w", err)
	}
	cleanup := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		stopSims()
		line.Close()
		padSim.Close()
		sim.Close()
		h.Close(ctx)
		os.RemoveAll(dir)
	}
	cfg := config.Default()
	town := demo.Towns()[0]
	st := town.Stations[0]
	cfg.Station = config.Station{ID: st.ID, Name: town.Name.In("zh-Hans") + st.Name.In("zh-Hans") + "服务站", TerminalID: st.ID + "-1", Hotline: "22838180"}
	cfg.Hall.URL = h.URL
	// An admin would issue this code from the console; the demo does it here.
	if cfg.Hall.EnrolCode, err = h.Store().IssueCode(cfg.Station.TerminalID, cfg.Station.ID, time.Hour, time.Now()); err != nil {
		cleanup()
		return config.Config{}, nil, nil, err
	}
	cfg.Hall.SyncInterval.Duration = time.Minute
	cfg.Storage.DataDir = filepath.Join(dir, "kiosk")
	cfg.Devices.IDCard = &idcard.Config{Serial: serialport.Config{Path: sim.Path()}}
	cfg.Devices.Printer = &config.Printer{Serial: serialport.Config{Path: line.Path(), Baud: 115200}, Paper: 58}
	cfg.Devices.CardPad = &cardpad.Config{Serial: serialport.Config{Path: padSim.Path()}}
	if cfg.Staff.PINHash, err = config.HashPIN(demoPIN); err != nil {
		cleanup()
		return config.Config{}, nil, nil, err
	}
	if err := cfg.Validate(); err != nil {
		cleanup()
		return config.Config{}, nil, nil, fmt.Errorf("demo config: %w", err)
	}
	fmt.Printf("demo: hall at %s, data in %s\ndemo: staff PIN %s (demo only)\n", h.URL, dir, demoPIN)
	fmt.Printf("demo: simulated ID-card reader at %s; F2 places the next test card, F3 removes it\n", sim.Path())
	fmt.Printf("demo: simulated receipt printer at %s; receipts are drawn in %s; F4 takes the paper out and puts it back\n", line.Path(), receiptsDir)
	fmt.Printf("demo: simulated card pad at %s with a test card in it; payment notices 4406062026000001 … 4406062026000060\n", padSim.Path())
	return cfg, &demoDevices{idcard: sim, printer: psim, paper: true}, cleanup, nil
}
