package serialport

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Defaults applied by [Config.WithDefaults] to fields left zero.
const (
	DefaultReadTimeout  = 100 * time.Millisecond
	DefaultReconnectMin = 250 * time.Millisecond
	DefaultReconnectMax = 5 * time.Second
)

// StandardBauds lists the line rates a Config accepts.
var StandardBauds = []int{1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600}

// Config says where a serial device is and how to talk to it. The line is
// always 8 data bits, no parity, one stop bit and no flow control, which is
// what every kiosk device uses.
//
// Set either Path or VID and PID (optionally with SerialNumber), not both.
type Config struct {
	// Path is a device node or a stable name such as
	// /dev/serial/by-id/usb-1a86_USB_Serial-if00-port0. Symlinks are
	// followed on every (re)connect, so a device that comes back under a
	// different ttyUSBn is found again.
	Path string `json:"path,omitempty" toml:"path"`
	// VID and PID select a USB serial adapter by its vendor and product IDs,
	// four hex digits each, for example "1a86" and "7523".
	VID string `json:"vid,omitempty" toml:"vid"`
	PID string `json:"pid,omitempty" toml:"pid"`
	// SerialNumber narrows a VID/PID match to one adapter when several of
	// the same model are plugged in.
	SerialNumber string `json:"serial_number,omitempty" toml:"serial_number"`
	// Baud is the line rate, one of StandardBauds.
	Baud int `json:"baud" toml:"baud"`
	// ReadTimeout bounds one Read: if no byte arrives within it, Read
	// returns ErrTimeout. It is also how quickly a blocked reader notices a
	// cancelled context.
	ReadTimeout time.Duration `json:"read_timeout,omitempty" toml:"read_timeout"`
	// ReconnectMin and ReconnectMax bound the exponential backoff between
	// reconnection attempts after the device goes away.
	ReconnectMin time.Duration `json:"reconnect_min,omitempty" toml:"reconnect_min"`
	ReconnectMax time.Duration `json:"reconnect_max,omitempty" toml:"reconnect_max"`
}

// FieldError is a configuration error that names the field at fault. It
// matches ErrInvalidConfig with errors.Is.
type FieldError struct {
	Field  string // the field's config key, for example "baud"
	Reason string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("serialport: config: %s: %s", e.Field, e.Reason)
}

// Is makes every FieldError match ErrInvalidConfig.
func (e *FieldError) Is(target error) bool { return target == ErrInvalidConfig }

// WithDefaults returns a copy of c with zero durations replaced by the
// package defaults. Baud has no default: it depends on the device.
func (c Config) WithDefaults() Config {
	if c.ReadTimeout == 0 {
		c.ReadTimeout = DefaultReadTimeout
	}
	if c.ReconnectMin == 0 {
		c.ReconnectMin = DefaultReconnectMin
	}
	if c.ReconnectMax == 0 {
		c.ReconnectMax = max(DefaultReconnectMax, c.ReconnectMin)
	}
	return c
}

// Validate checks c and returns every problem found, each a *FieldError,
// joined with errors.Join. Call it on the result of WithDefaults when zero
// durations should mean "default".
func (c Config) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Reason: fmt.Sprintf(format, args...)})
	}

	byUSB := c.VID != "" || c.PID != ""
	switch {
	case c.Path != "" && byUSB:
		bad("path", "set either path or vid/pid, not both")
	case c.Path == "" && !byUSB:
		bad("path", "required (or vid and pid)")
	}
	if byUSB {
		if !isHex4(c.VID) {
			bad("vid", "want 4 hex digits, got %q", c.VID)
		}
		if !isHex4(c.PID) {
			bad("pid", "want 4 hex digits, got %q", c.PID)
		}
	}
	if c.SerialNumber != "" && !byUSB {
		bad("serial_number", "only used with vid and pid")
	}

	if c.Baud == 0 {
		bad("baud", "required")
	} else if !standardBaud(c.Baud) {
		bad("baud", "%d is not a standard rate", c.Baud)
	}

	if c.ReadTimeout < time.Millisecond || c.ReadTimeout > time.Minute {
		bad("read_timeout", "want 1ms to 1m, got %v", c.ReadTimeout)
	}
	if c.ReconnectMin <= 0 {
		bad("reconnect_min", "want a positive duration, got %v", c.ReconnectMin)
	}
	if c.ReconnectMax < c.ReconnectMin {
		bad("reconnect_max", "want at least reconnect_min (%v), got %v", c.ReconnectMin, c.ReconnectMax)
	}
	return errors.Join(errs...)
}

// Name describes the device for logs and health: the path, or the USB IDs.
func (c Config) Name() string {
	if c.Path != "" {
		return c.Path
	}
	name := "usb:" + strings.ToLower(c.VID) + ":" + strings.ToLower(c.PID)
	if c.SerialNumber != "" {
		name += ":" + c.SerialNumber
	}
	return name
}

func isHex4(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

func standardBaud(b int) bool {
	for _, s := range StandardBauds {
		if s == b {
			return true
		}
	}
	return false
}
