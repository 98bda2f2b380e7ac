// Package shell wires a kiosk together: configuration, the local store,
// the hall client and dataset sync, and the Fyne window with the touch UI.
// cmd/kiosk only parses flags and calls Run.
package shell

import (
	"context"
	"log/slog"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/devices"
	"github.com/village-kiosk/kiosk/kiosk/i18n"
	"github.com/village-kiosk/kiosk/kiosk/payments"
	"github.com/village-kiosk/kiosk/kiosk/receipts"
	"github.com/village-kiosk/kiosk/kiosk/ui"
	"github.com/village-kiosk/kiosk/sync/agent"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/identity"
	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// AppID identifies the kiosk to Fyne (preferences, desktop integration).
const AppID = "cn.gov.shunde.villagekiosk"

// Options configure Run.
type Options struct {
	Config   config.Config
	Windowed bool // a normal window instead of fullscreen, for development
	Version  string
	Logger   *slog.Logger
	// Started, if set, is called on the UI goroutine once the window shows.
	Started func()
	// OnKey, if set, receives key presses (the demo's simulated devices).
	OnKey func(*fyne.KeyEvent)
}

// Run starts the kiosk and blocks until the app quits (the staff exit) or
// ctx ends.
func Run(ctx context.Context, opt Options) error {
	cfg, log := opt.Config, opt.Logger
	if log == nil {
		log = slog.Default()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	st, err := store.Open(filepath.Join(cfg.Storage.DataDir, "kiosk.db"), cfg.Storage.OpenTimeout.Duration)
	if err != nil {
		return err
	}
	defer st.Close()
	client, err := hallclient.New(cfg.Hall.URL, hallclient.Options{
		Timeout:   cfg.Hall.Timeout.Duration,
		Logger:    log,
		UserAgent: "village-kiosk/" + opt.Version,
	})
	if err != nil {
		return err
	}
	syncer, err := datasets.New(client, st, time.Now, log)
	if err != nil {
		return err
	}
	var reader *idcard.Device
	if cfg.Devices.IDCard != nil {
		if reader, err = idcard.Open(*cfg.Devices.IDCard, idcard.WithLogger(log)); err != nil {
			return err
		}
		defer reader.Close()
	}
	var slips *devices.Receipts
	if cfg.Devices.Printer != nil {
		if slips, err = devices.OpenPrinter(*cfg.Devices.Printer, cfg.Station.Name, cfg.Station.Hotline, cfg.Hall.Public(),
			func() (wire.Catalog, error) { c, _ := syncer.Catalog(); return c, nil }, log.With("device", "printer")); err != nil {
			return err
		}
		defer slips.Close()
	}
	var pad *cardpad.Device
	if cfg.Devices.CardPad != nil {
		if pad, err = cardpad.Open(*cfg.Devices.CardPad, cardpad.WithLogger(log)); err != nil {
			return err
		}
		defer pad.Close()
	}
	uiDevices := func() []ui.Device {
		var out []ui.Device
		if reader != nil {
			out = append(out, devices.Health("device.idcard", reader.Health()))
		}
		if slips != nil {
			out = append(out, slips.Health())
		}
		if pad != nil {
			out = append(out, devices.CardPad{Dev: pad}.Health())
		}
		return out
	}

	key, err := identity.LoadOrCreate(filepath.Join(cfg.Storage.DataDir, "terminal.key"))
	if err != nil {
		return err
	}
	ob := outbox.New(st, outbox.Options{Logger: log})
	ag := agent.New(agent.Options{
		TerminalID: cfg.Station.TerminalID, StationID: cfg.Station.ID, HallURL: cfg.Hall.URL,
		EnrolCode: cfg.Hall.EnrolCode, Version: opt.Version, Interval: cfg.Hall.Heartbeat.Duration, Logger: log,
		Devices: func() []wire.DeviceHealth {
			var out []wire.DeviceHealth
			if reader != nil {
				h := reader.Health()
				out = append(out, wire.DeviceHealth{Name: "idcard", State: h.State.String(), Detail: h.Reason})
			}
			if slips != nil {
				out = append(out, slips.Wire())
			}
			if pad != nil {
				h := pad.Health()
				out = append(out, wire.DeviceHealth{Name: "cardpad", State: h.State.String(), Detail: h.Reason})
			}
			return out
		},
	}, st, client, key, ob, syncer)
	tr, err := i18n.Load(assets.Translations())
	if err != nil {
		return err
	}

	a := fyneapp.NewWithID(AppID)
	w := a.NewWindow("顺德区村居行政服务站")
	w.SetCloseIntercept(func() {
		// Alt-F4 and the window manager cannot close the kiosk; only the
		// staff screen can, with the staff PIN.
		log.Info("close request ignored: leave through the staff screen")
	})
	if opt.Windowed {
		w.Resize(fyne.NewSize(1920, 1080))
	} else {
		w.SetPadded(false)
		w.SetFullScreen(true)
	}

	u := ui.New(a, w, cfg, tr, ui.Deps{
		Catalog:     syncer.Catalog,
		SyncStatus:  syncer.Status,
		SyncNow:     syncer.SyncNow,
		ClockOffset: client.ClockOffset,
		Devices:     uiDevices,
		Datasets:    syncer.Info,
		GuideURL:    func(id string) string { return receipts.GuideURL(cfg.Hall.Public(), id) },
		Count: func(name string) {
			if err := st.Count(name, time.Now()); err != nil {
				log.Warn("usage counter", "err", err)
			}
		},
		Today: func() map[string]int64 {
			c, _ := st.Counters(time.Now())
			return c
		},
		Outbox: ob,
		Enrolment: func() (bool, error) {
			s := ag.State()
			return s.Enrolled, s.EnrolError
		},
		Now:     time.Now,
		Quit:    a.Quit,
		Version: opt.Version,
		Log:     log,
	})
	board := devices.NewJobBoard(syncer, log)
	u.SetJobs(board)
	syncer.OnChange(func() {
		board.Refresh() // on the syncer's goroutine: the index builds off the UI thread
		fyne.Do(u.DataChanged)
	})
	if slips != nil {
		u.SetPrinter(slips)
	}
	var paySvc *payments.Service
	if pad != nil {
		paySvc = payments.New(journal.New(st, time.Now), ob, devices.CardPad{Dev: pad}, time.Now, log)
		u.SetPayments(&devices.PaymentDesk{
			Hall: client, Service: paySvc, Pad: devices.CardPad{Dev: pad}, Printer: slips,
			Station: cfg.Station.Name, Hotline: cfg.Station.Hotline, Public: cfg.Hall.Public(), Now: time.Now,
			Outbox: ob, Journal: journal.New(st, time.Now),
			Register: func(code, kind, title string, at time.Time) {
				doc := wire.DocumentIssued{Code: code, Kind: kind, Title: title, IssuedAt: at, Station: cfg.Station.Name}
				if _, err := ob.Enqueue(wire.KindDocument, doc, false, outbox.Summary{Title: title}); err != nil {
					log.Error("register document", "err", err)
				}
			},
		})
	}
	if opt.OnKey != nil {
		w.Canvas().SetOnTypedKey(opt.OnKey)
	}

	a.Lifecycle().SetOnStarted(func() {
		go syncer.Run(ctx, cfg.Hall.SyncInterval.Duration)
		go ag.Run(ctx)
		if slips != nil {
			go slips.Watch(ctx)
		}
		if paySvc != nil {
			// Finish what a crash or power cut interrupted before anyone pays.
			go func() {
				if n, err := paySvc.Recover(ctx); n > 0 || err != nil {
					log.Info("payments recovered", "count", n, "err", err)
				}
			}()
		}
		if reader != nil {
			events := make(chan idcard.Event, 4)
			go reader.Run(ctx, events)
			go devices.RunIDCard(ctx, events, u, time.Now)
		}
		go tick(ctx, u)
		if opt.Started != nil {
			opt.Started()
		}
	})
	go func() {
		<-ctx.Done()
		fyne.Do(a.Quit)
	}()
	log.Info("kiosk starting", "station", cfg.Station.ID, "hall", cfg.Hall.URL, "version", opt.Version)
	w.ShowAndRun()
	log.Info("kiosk stopped")
	return nil
}

// tick drives the session timer and the status bar once a second.
func tick(ctx context.Context, u *ui.UI) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			fyne.Do(u.Tick)
		}
	}
}
