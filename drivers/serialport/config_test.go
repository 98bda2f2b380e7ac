package serialport_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/serialport"
)

func TestConfigValidateNamesTheField(t *testing.T) {
	ok := serialport.Config{Path: "/dev/ttyUSB0", Baud: 115200}.WithDefaults()
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
	tests := []struct {
		name  string
		edit  func(*serialport.Config)
		field string
	}{
		{"no device", func(c *serialport.Config) { c.Path = "" }, "path"},
		{"path and usb", func(c *serialport.Config) { c.VID, c.PID = "1a86", "7523" }, "path"},
		{"bad vid", func(c *serialport.Config) { c.Path, c.VID, c.PID = "", "1a8", "7523" }, "vid"},
		{"bad pid", func(c *serialport.Config) { c.Path, c.VID, c.PID = "", "1a86", "75g3" }, "pid"},
		{"vid without pid", func(c *serialport.Config) { c.Path, c.VID = "", "1a86" }, "pid"},
		{"serial without usb", func(c *serialport.Config) { c.SerialNumber = "A1" }, "serial_number"},
		{"no baud", func(c *serialport.Config) { c.Baud = 0 }, "baud"},
		{"odd baud", func(c *serialport.Config) { c.Baud = 12345 }, "baud"},
		{"negative read timeout", func(c *serialport.Config) { c.ReadTimeout = -time.Second }, "read_timeout"},
		{"huge read timeout", func(c *serialport.Config) { c.ReadTimeout = time.Hour }, "read_timeout"},
		{"zero backoff", func(c *serialport.Config) { c.ReconnectMin = 0 }, "reconnect_min"},
		{"max below min", func(c *serialport.Config) { c.ReconnectMax = c.ReconnectMin / 2 }, "reconnect_max"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.edit(&c)
			err := c.Validate()
			if !errors.Is(err, serialport.ErrInvalidConfig) {
				t.Fatalf("Validate() = %v, want ErrInvalidConfig", err)
			}
			var fe *serialport.FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field {
				t.Fatalf("Validate() = %v, want a FieldError for %q", err, tt.field)
			}
			if !strings.Contains(err.Error(), tt.field+":") {
				t.Errorf("message %q does not name %q", err, tt.field)
			}
		})
	}
}

func TestConfigValidateReportsEveryProblem(t *testing.T) {
	err := serialport.Config{VID: "zz", PID: "7523", Baud: 7}.WithDefaults().Validate()
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *serialport.FieldError
		if errors.As(e, &fe) {
			fields = append(fields, fe.Field)
		}
	}
	if strings.Join(fields, ",") != "vid,baud" {
		t.Errorf("fields = %v, want [vid baud]", fields)
	}
}

func TestConfigDefaultsAndName(t *testing.T) {
	c := serialport.Config{VID: "1A86", PID: "7523", SerialNumber: "X9", Baud: 9600}.WithDefaults()
	if c.ReadTimeout != serialport.DefaultReadTimeout || c.ReconnectMin != serialport.DefaultReconnectMin || c.ReconnectMax != serialport.DefaultReconnectMax {
		t.Errorf("defaults not applied: %+v", c)
	}
	if got := c.Name(); got != "usb:1a86:7523:X9" {
		t.Errorf("Name() = %q", got)
	}
	big := serialport.Config{Path: "/x", Baud: 9600, ReconnectMin: time.Minute}.WithDefaults()
	if big.ReconnectMax != time.Minute {
		t.Errorf("ReconnectMax = %v, want it raised to ReconnectMin", big.ReconnectMax)
	}
}

func TestBackoffDoublesUpToMax(t *testing.T) {
	b := serialport.Backoff{Min: 100 * time.Millisecond, Max: time.Second}
	want := []time.Duration{100, 200, 400, 800, 1000, 1000}
	for n, w := range want {
		if got := b.Delay(n); got != w*time.Millisecond {
			t.Errorf("Delay(%d) = %v, want %v", n, got, w*time.Millisecond)
		}
	}
}

func TestStateText(t *testing.T) {
	for _, s := range []serialport.State{serialport.StateAbsent, serialport.StateOK, serialport.StateReconnecting, serialport.StateError} {
		b, _ := s.MarshalText()
		var back serialport.State
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("round trip of %v gave %v, %v", s, back, err)
		}
	}
	var s serialport.State
	if err := s.UnmarshalText([]byte("melted")); err == nil {
		t.Error("unknown state name accepted")
	}
}
