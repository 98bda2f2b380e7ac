package devices

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/receipts"
	"github.com/village-kiosk/kiosk/kiosk/ui"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Receipts is the station's receipt printer as the screens use it.
type Receipts struct {
	p       *printer.Printer
	port    *serialport.Port
	catalog func() (wire.Catalog, error)
	station string
	hotline string
	public  string
	now     func() time.Time
}

// OpenPrinter opens the printer on its serial port. A printer that is
// unplugged opens anyway and reports itself absent until it comes back.
func OpenPrinter(cfg config.Printer, station, hotline, hallPublic string, catalog func() (wire.Catalog, error), log *slog.Logger) (*Receipts, error) {
	sc := cfg.Serial
	if sc.Baud == 0 {
		sc.Baud = 9600
	}
	port, err := serialport.Open(sc, serialport.WithLogger(log))
	if err != nil {
		return nil, fmt.Errorf("printer: %w", err)
	}
	paper := printer.Paper58
	if cfg.Paper == 80 {
		paper = printer.Paper80
	}
	p, err := printer.New(printer.PortFuncs{RW: port, Reset: port.ResetInput, IsTimeout: func(e error) bool { return errors.Is(e, serialport.ErrTimeout) }},
		printer.Config{Layout: printer.Layout{Paper: paper, ChineseMode: cfg.ChineseMode}, Baud: sc.Baud, Logger: log})
	if err != nil {
		port.Close()
		return nil, fmt.Errorf("printer: %w", err)
	}
	return &Receipts{p: p, port: port, catalog: catalog, station: station, hotline: hotline, public: hallPublic, now: time.Now}, nil
}

// Watch keeps the printer's health current until ctx ends.
func (r *Receipts) Watch(ctx context.Context) { r.p.Watch(ctx, 30*time.Second) }

// Close closes the port.
func (r *Receipts) Close() error { return r.port.Close() }

// Health is the printer's state for the status bar.
func (r *Receipts) Health() ui.Device {
	h := r.p.Health()
	d := ui.Device{NameKey: "printer.name", Detail: h.Health.String(), DetailKey: "printer." + h.Health.String()}
	switch {
	case h.Health == printer.HealthOK:
		d.State = ui.DeviceOK
	case h.Health == printer.HealthPaperNearEnd || h.Health == printer.HealthUnknown:
		d.State = ui.DeviceWarn
	default:
		d.State = ui.DeviceDown
	}
	return d
}

// Wire is the printer's state for the heartbeat.
func (r *Receipts) Wire() wire.DeviceHealth {
	h := r.p.Health()
	state := "ok"
	switch {
	case h.Health == printer.HealthPaperNearEnd:
		state = "warn"
	case !h.Health.CanPrint():
		state = "down"
	}
	return wire.DeviceHealth{Name: "printer", State: state, Detail: h.Health.String()}
}

// Ready implements ui.Printer.
func (r *Receipts) Ready() (bool, string) {
	h := r.p.Health()
	if h.Health == printer.HealthUnknown {
		return true, "unknown" // the status is read before the job anyway
	}
	return h.Health.CanPrint(), h.Health.String()
}

// PrintGuide implements ui.Printer.
func (r *Receipts) PrintGuide(ctx context.Context, it wire.CatalogItem) (string, error) {
	dept := it.DepartmentID
	if cat, err := r.catalog(); err == nil {
		for _, d := range cat.Departments {
			if d.ID == it.DepartmentID {
				dept = d.Name.In(wire.LangZhHans)
			}
		}
	}
	rec, err := receipts.Build(r.p.NewReceipt(), receipts.ItemGuide(it, dept, r.station, r.hotline, r.public, r.now()))
	if err != nil {
		return "printer_error", err
	}
	if err := r.p.Print(ctx, rec); err != nil {
		return printer.Code(err), err
	}
	return "", nil
}

// PrintReceipt prints any receipt of the one template.
func (r *Receipts) PrintReceipt(ctx context.Context, rec receipts.Receipt) (string, error) {
	out, err := receipts.Build(r.p.NewReceipt(), rec)
	if err != nil {
		return "printer_error", err
	}
	if err := r.p.Print(ctx, out); err != nil {
		return printer.Code(err), err
	}
	return "", nil
}

// Reprint implements ui.Printer.
func (r *Receipts) Reprint(ctx context.Context) (string, error) {
	if err := r.p.Reprint(ctx); err != nil {
		return printer.Code(err), err
	}
	return "", nil
}

// Recheck implements ui.Printer.
func (r *Receipts) Recheck(ctx context.Context) string {
	r.p.Check(ctx)
	return r.p.Health().Health.String()
}

// ForgetLast drops the last receipt (it may hold personal data) at the end
// of a session.
func (r *Receipts) ForgetLast() { r.p.ForgetLast() }
