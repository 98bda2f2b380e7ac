package cardpad

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// DefaultBaud is the line rate of the ECR link. [U] devices.md gives none
// for the MIS-POS link; 9600 8N1 is what Chinese MIS-POS pads ship with.
const DefaultBaud = 9600

// Config is the pad's configuration: where it is, and how to talk to it.
type Config struct {
	Serial serialport.Config `json:"serial" toml:"serial"`
	Pad    PadConfig         `json:"pad" toml:"pad"`
}

// WithDefaults fills zero fields, including the serial defaults and a baud
// rate of 9600.
func (c Config) WithDefaults() Config {
	if c.Serial.Baud == 0 {
		c.Serial.Baud = DefaultBaud
	}
	c.Serial = c.Serial.WithDefaults()
	c.Pad = c.Pad.WithDefaults()
	return c
}

// Validate checks every part; errors name the field.
func (c Config) Validate() error {
	var errs []error
	if err := c.Serial.Validate(); err != nil {
		errs = append(errs, err)
	}
	if err := c.Pad.Validate(); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("cardpad: %w", err)
	}
	return nil
}

// Option customises Open.
type Option func(*deviceOptions)

type deviceOptions struct {
	log    *slog.Logger
	serial []serialport.Option
}

// WithLogger sets the logger for the pad and its port.
func WithLogger(l *slog.Logger) Option { return func(o *deviceOptions) { o.log = l } }

// WithSerialOptions passes options to serialport.Open (clock, enumerator,
// opener).
func WithSerialOptions(opts ...serialport.Option) Option {
	return func(o *deviceOptions) { o.serial = append(o.serial, opts...) }
}

// Device is a card pad on a reconnecting serial port: the transactions of
// *Pad plus one health for the UI, the staff screen and the heartbeat
// (link state, and whether the pad answers and is signed in).
type Device struct {
	*Pad
	port *serialport.Port
}

// Open opens the pad. Only a bad configuration fails: a missing pad shows
// as absent in Health and is connected when it appears; transactions fail
// with a communication error meanwhile.
func Open(cfg Config, opts ...Option) (*Device, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	o := deviceOptions{log: slog.Default()}
	for _, opt := range opts {
		opt(&o)
	}
	log := o.log.With("device", "cardpad")
	port, err := serialport.Open(cfg.Serial, append([]serialport.Option{serialport.WithLogger(log)}, o.serial...)...)
	if err != nil {
		return nil, fmt.Errorf("cardpad: %w", err)
	}
	return &Device{Pad: NewPad(port, cfg.Pad, log), port: port}, nil
}

// Health is the pad's health.
func (d *Device) Health() serialport.Health { return d.port.Health() }

// Subscribe follows the health; see serialport.Port.Subscribe.
func (d *Device) Subscribe() (<-chan serialport.Health, func()) { return d.port.Subscribe() }

// Close closes the serial port. A transaction in flight ends with a
// communication error, or for a sale or void with an unknown outcome.
func (d *Device) Close() error { return d.port.Close() }
