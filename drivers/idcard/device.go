package idcard

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// DefaultBaud is the line rate of current SAM modules; older ones use 9600.
const DefaultBaud = 115200

// Config is the reader's configuration: where it is, and how to talk to it.
type Config struct {
	Serial serialport.Config `json:"serial" toml:"serial"`
	Reader ReaderConfig      `json:"reader" toml:"reader"`
	Poll   PollerConfig      `json:"poll" toml:"poll"`
}

// WithDefaults fills zero fields, including the serial defaults and a baud
// rate of 115200.
func (c Config) WithDefaults() Config {
	if c.Serial.Baud == 0 {
		c.Serial.Baud = DefaultBaud
	}
	c.Serial = c.Serial.WithDefaults()
	c.Reader = c.Reader.WithDefaults()
	c.Poll = c.Poll.WithDefaults()
	return c
}

// Validate checks every part; errors name the field.
func (c Config) Validate() error {
	var errs []error
	if err := c.Serial.Validate(); err != nil {
		errs = append(errs, err)
	}
	if err := c.Reader.Validate(); err != nil {
		errs = append(errs, err)
	}
	if err := c.Poll.Validate(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("idcard: %w", err)
	}
	return nil
}

// Option customises Open.
type Option func(*deviceOptions)

type deviceOptions struct {
	log    *slog.Logger
	clock  serialport.Clock
	serial []serialport.Option
}

// WithLogger sets the logger for the device, its port and its poller.
func WithLogger(l *slog.Logger) Option { return func(o *deviceOptions) { o.log = l } }

// WithClock sets the clock for polling and reconnection backoff.
func WithClock(c serialport.Clock) Option { return func(o *deviceOptions) { o.clock = c } }

// WithSerialOptions passes options to serialport.Open (enumerator, opener).
func WithSerialOptions(opts ...serialport.Option) Option {
	return func(o *deviceOptions) { o.serial = append(o.serial, opts...) }
}

// Device is an ID card reader on a reconnecting serial port. The kiosk
// runs it with Run and watches Health; both work while the reader is
// unplugged, and pick it up again when it comes back.
type Device struct {
	port   *serialport.Port
	reader *Reader
	poller *Poller
}

// Open opens the reader. Only a bad configuration fails: a missing reader
// shows as absent in Health and is connected when it appears.
func Open(cfg Config, opts ...Option) (*Device, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	o := deviceOptions{log: slog.Default(), clock: serialport.SystemClock{}}
	for _, opt := range opts {
		opt(&o)
	}
	log := o.log.With("device", "idcard")
	sopts := append([]serialport.Option{serialport.WithLogger(log), serialport.WithClock(o.clock)}, o.serial...)
	port, err := serialport.Open(cfg.Serial, sopts...)
	if err != nil {
		return nil, fmt.Errorf("idcard: %w", err)
	}
	r := NewReader(port, cfg.Reader, log)
	return &Device{port: port, reader: r, poller: NewPoller(r, cfg.Poll, o.clock, log)}, nil
}

// Run polls for cards until ctx ends; see Poller.Run.
func (d *Device) Run(ctx context.Context, events chan<- Event) error {
	return d.poller.Run(ctx, events)
}

// Reader gives direct access to the commands, for diagnostics and the
// staff screen. Do not issue commands while Run is reading a card.
func (d *Device) Reader() *Reader { return d.reader }

// Health is the reader's health: the serial link (ok, reconnecting,
// absent) and, while the link is up, whether the module answers and
// passes its self-test.
func (d *Device) Health() serialport.Health { return d.port.Health() }

// Subscribe follows the health; see serialport.Port.Subscribe.
func (d *Device) Subscribe() (<-chan serialport.Health, func()) { return d.port.Subscribe() }

// Close closes the serial port. Stop Run (cancel its context) first.
func (d *Device) Close() error { return d.port.Close() }
