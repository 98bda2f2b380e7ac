// Package config loads and validates the kiosk's configuration file.
//
// The file is TOML. Every field has a documented default (see Default and
// the example in the README), unknown fields are refused so a typo is not
// silently ignored, and every bad value is reported with the field's name
// and the reason.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"golang.org/x/crypto/bcrypt"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Config is the whole kiosk configuration.
type Config struct {
	Station Station `toml:"station"`
	Hall    Hall    `toml:"hall"`
	Session Session `toml:"session"`
	UI      UI      `toml:"ui"`
	Staff   Staff   `toml:"staff"`
	Storage Storage `toml:"storage"`
	Log     Log     `toml:"log"`
	Devices Devices `toml:"devices"`
}

// Devices says where the peripherals are. A device left out is not
// installed at this terminal, and the services that need it are hidden.
type Devices struct {
	IDCard  *idcard.Config  `toml:"idcard"`  // [devices.idcard.serial] path = "/dev/serial/by-id/…"
	Printer *Printer        `toml:"printer"` // [devices.printer.serial] path = …; paper = 58
	CardPad *cardpad.Config `toml:"cardpad"` // [devices.cardpad.serial] path = …
}

// Printer says where the receipt printer is and what paper it has.
type Printer struct {
	Serial      serialport.Config `toml:"serial"`
	Paper       int               `toml:"paper"`        // 58 or 80 (mm)
	ChineseMode bool              `toml:"chinese_mode"` // send FS & before Chinese text (printers that need it)
}

// Validate checks the printer section.
func (c Printer) Validate() error {
	if c.Paper != 58 && c.Paper != 80 {
		return fmt.Errorf("paper: 58 or 80 (mm), got %d", c.Paper)
	}
	s := c.Serial
	if s.Baud == 0 {
		s.Baud = 9600
	}
	return s.WithDefaults().Validate()
}

// Station identifies where the terminal stands.
type Station struct {
	ID         string `toml:"id"`          // station ID from the hall, e.g. "ST-DL-001"
	Name       string `toml:"name"`        // shown in the status bar
	TerminalID string `toml:"terminal_id"` // this terminal, e.g. "T-DL-001-1"
	Hotline    string `toml:"hotline"`     // service hotline shown on every screen
}

// Hall says where the central hall is and how to talk to it.
type Hall struct {
	URL          string   `toml:"url"`           // base URL, e.g. "https://hall.example:8700"
	SyncInterval Duration `toml:"sync_interval"` // how often datasets are pulled
	Timeout      Duration `toml:"timeout"`       // overall budget of one request, retries included
	Heartbeat    Duration `toml:"heartbeat"`     // how often the terminal reports its state
	PublicURL    string   `toml:"public_url"`    // the hall as a phone reaches it (QR codes); default: url
	EnrolCode    string   `toml:"enrol_code"`    // one-time code from an admin, needed until enrolled
}

// Session controls idle handling.
type Session struct {
	IdleTimeout Duration `toml:"idle_timeout"` // no touch for this long → warning
	Warning     Duration `toml:"warning"`      // countdown before the wipe
}

// Orientation values.
const (
	OrientationAuto      = "auto"
	OrientationLandscape = "landscape"
	OrientationPortrait  = "portrait"
)

// UI holds display settings.
type UI struct {
	Language    string `toml:"language"`    // zh-Hans, zh-Hant or en: the language each session starts in
	ElderMode   bool   `toml:"elder_mode"`  // start sessions in elder mode (larger text, more contrast)
	Orientation string `toml:"orientation"` // auto, landscape or portrait
	Fullscreen  bool   `toml:"fullscreen"`  // false only for development
}

// Staff holds the staff PIN. There is deliberately no default: without a
// PIN the staff screen refuses to open and the kiosk cannot be left.
type Staff struct {
	PINHash     string   `toml:"pin_hash"`     // bcrypt hash, made with `kiosk -hash-pin`
	MaxAttempts int      `toml:"max_attempts"` // wrong PINs before a lockout
	Lockout     Duration `toml:"lockout"`      // how long a lockout lasts
}

// Storage says where the terminal keeps its data.
type Storage struct {
	DataDir     string   `toml:"data_dir"`     // bbolt file and caches live here
	OpenTimeout Duration `toml:"open_timeout"` // waiting for the store's file lock
}

// Log controls logging.
type Log struct {
	Level string `toml:"level"` // debug, info, warn or error
}

// Duration is a time.Duration written as a string such as "90s" or "5m".
type Duration struct{ time.Duration }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("not a duration like \"90s\" or \"5m\": %q", b)
	}
	d.Duration = v
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Default returns the configuration used for every field the file leaves out.
func Default() Config {
	return Config{
		Station: Station{ID: "", Name: "村居行政服务站", TerminalID: "", Hotline: "22838180"},
		Hall: Hall{
			URL:          "http://127.0.0.1:8700",
			SyncInterval: Duration{5 * time.Minute},
			Timeout:      Duration{15 * time.Second},
			Heartbeat:    Duration{30 * time.Second},
		},
		Session: Session{IdleTimeout: Duration{90 * time.Second}, Warning: Duration{20 * time.Second}},
		UI:      UI{Language: wire.LangZhHans, Orientation: OrientationAuto, Fullscreen: true},
		Staff:   Staff{MaxAttempts: 5, Lockout: Duration{5 * time.Minute}},
		Storage: Storage{DataDir: "/var/lib/village-kiosk", OpenTimeout: Duration{5 * time.Second}},
		Log:     Log{Level: "info"},
	}
}

// FieldError is a bad value in the configuration.
type FieldError struct {
	Field  string // dotted TOML path, e.g. "session.idle_timeout"
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

// Load reads the file at path over the defaults and validates the result.
func Load(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	cfg, err := Parse(string(data))
	if err != nil {
		return Config{}, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, nil
}

// Parse decodes TOML text over the defaults and validates the result.
func Parse(text string) (Config, error) {
	cfg := Default()
	md, err := toml.Decode(text, &cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			reason := fmt.Sprintf("line %d: %s", pe.Position.Line, pe.Message)
			if pe.LastKey != "" {
				return Config{}, &FieldError{Field: pe.LastKey, Reason: reason}
			}
			return Config{}, errors.New(reason)
		}
		return Config{}, decodeError(err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return Config{}, &FieldError{Field: keys[0], Reason: "unknown field (known fields are listed in the README)"}
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, err
	}
	return cfg, nil
}

// decodeError turns the toml library's type errors into field errors.
func decodeError(err error) error {
	msg := err.Error()
	// toml reports e.g. `toml: line 3 (last key "session.idle_timeout"): ...`
	if i := strings.Index(msg, `(last key "`); i >= 0 {
		rest := msg[i+len(`(last key "`):]
		if j := strings.Index(rest, `"`); j >= 0 {
			reason := strings.TrimSpace(strings.TrimPrefix(rest[j+1:], "):"))
			return &FieldError{Field: rest[:j], Reason: reason}
		}
	}
	return errors.New(strings.TrimPrefix(msg, "toml: "))
}

var (
	stationIDRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$`)
	hotlineRE   = regexp.MustCompile(`^[0-9][0-9 -]{2,19}$`)
)

// Validate checks every field and returns the first problem as a *FieldError.
func (c Config) Validate() error {
	checks := []struct {
		field string
		bad   bool
		why   string
	}{
		{"station.id", c.Station.ID != "" && !stationIDRE.MatchString(c.Station.ID), "letters, digits, '-' or '_' only, at most 64"},
		{"station.terminal_id", c.Station.TerminalID != "" && !stationIDRE.MatchString(c.Station.TerminalID), "letters, digits, '-' or '_' only, at most 64"},
		{"station.name", strings.TrimSpace(c.Station.Name) == "", "must not be empty: it is shown on every screen"},
		{"station.name", len([]rune(c.Station.Name)) > 40, "at most 40 characters, or it does not fit the status bar"},
		{"station.hotline", !hotlineRE.MatchString(c.Station.Hotline), "a phone number of digits, spaces or dashes"},
		{"hall.url", !validURL(c.Hall.URL), `an http:// or https:// address such as "https://hall.example:8700"`},
		{"hall.sync_interval", c.Hall.SyncInterval.Duration < 10*time.Second, "at least 10s"},
		{"hall.sync_interval", c.Hall.SyncInterval.Duration > 24*time.Hour, "at most 24h"},
		{"hall.timeout", c.Hall.Timeout.Duration < time.Second || c.Hall.Timeout.Duration > 5*time.Minute, "between 1s and 5m"},
		{"hall.public_url", c.Hall.PublicURL != "" && !validURL(c.Hall.PublicURL), `an http:// or https:// address such as "https://hall.example"`},
		{"hall.heartbeat", c.Hall.Heartbeat.Duration < 5*time.Second || c.Hall.Heartbeat.Duration > 10*time.Minute, "between 5s and 10m"},
		{"hall.enrol_code", len(c.Hall.EnrolCode) > 64, "at most 64 characters"},
		{"station.terminal_id", c.Hall.EnrolCode != "" && c.Station.TerminalID == "", "needed to enrol (hall.enrol_code is set)"},
		{"session.idle_timeout", c.Session.IdleTimeout.Duration < 15*time.Second, "at least 15s: shorter wipes people mid-reading"},
		{"session.idle_timeout", c.Session.IdleTimeout.Duration > 30*time.Minute, "at most 30m: a forgotten session must not stay on screen"},
		{"session.warning", c.Session.Warning.Duration < 5*time.Second || c.Session.Warning.Duration > 2*time.Minute, "between 5s and 2m"},
		{"ui.language", !slices.Contains(wire.Languages, c.UI.Language), "one of zh-Hans, zh-Hant, en"},
		{"ui.orientation", !slices.Contains([]string{OrientationAuto, OrientationLandscape, OrientationPortrait}, c.UI.Orientation), "one of auto, landscape, portrait"},
		{"staff.pin_hash", c.Staff.PINHash != "" && !validBcrypt(c.Staff.PINHash), "a bcrypt hash made with `kiosk -hash-pin`, never the PIN itself"},
		{"staff.max_attempts", c.Staff.MaxAttempts < 1 || c.Staff.MaxAttempts > 20, "between 1 and 20"},
		{"staff.lockout", c.Staff.Lockout.Duration < 0 || c.Staff.Lockout.Duration > 24*time.Hour, "between 0s and 24h"},
		{"storage.data_dir", strings.TrimSpace(c.Storage.DataDir) == "", "must not be empty"},
		{"storage.open_timeout", c.Storage.OpenTimeout.Duration < 100*time.Millisecond || c.Storage.OpenTimeout.Duration > time.Minute, "between 100ms and 1m"},
		{"log.level", !slices.Contains([]string{"debug", "info", "warn", "error"}, c.Log.Level), "one of debug, info, warn, error"},
	}
	for _, ch := range checks {
		if ch.bad {
			return &FieldError{Field: ch.field, Reason: ch.why}
		}
	}
	if c.Devices.Printer != nil {
		if err := c.Devices.Printer.Validate(); err != nil {
			return &FieldError{Field: "devices.printer", Reason: err.Error()}
		}
	}
	if c.Devices.CardPad != nil {
		if err := c.Devices.CardPad.WithDefaults().Validate(); err != nil {
			return &FieldError{Field: "devices.cardpad", Reason: err.Error()}
		}
	}
	if c.Devices.IDCard != nil {
		if err := c.Devices.IDCard.WithDefaults().Validate(); err != nil {
			return &FieldError{Field: "devices.idcard", Reason: err.Error()}
		}
	}
	return nil
}

func validURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.RawQuery == "" && u.Fragment == ""
}

func validBcrypt(h string) bool {
	_, err := bcrypt.Cost([]byte(h))
	return err == nil
}

// HashPIN returns the bcrypt hash of a staff PIN for the configuration file.
// A PIN is 4 to 12 digits: it is typed on the kiosk's digit keypad.
func HashPIN(pin string) (string, error) {
	if err := checkPIN(pin); err != nil {
		return "", err
	}
	h, err := bcrypt.GenerateFromPassword([]byte(pin), bcrypt.DefaultCost)
	if err != nil {
		return "", fmt.Errorf("hash pin: %w", err)
	}
	return string(h), nil
}

func checkPIN(pin string) error {
	if len(pin) < 4 || len(pin) > 12 {
		return errors.New("a staff PIN has 4 to 12 digits")
	}
	for _, r := range pin {
		if r < '0' || r > '9' {
			return errors.New("a staff PIN has digits only")
		}
	}
	return nil
}

// CheckPIN reports whether pin matches the configured hash. It is always
// false when no PIN is configured.
func (s Staff) CheckPIN(pin string) bool {
	if s.PINHash == "" || checkPIN(pin) != nil {
		return false
	}
	return bcrypt.CompareHashAndPassword([]byte(s.PINHash), []byte(pin)) == nil
}

// Public is the hall's address for phones: PublicURL, or URL when unset.
func (h Hall) Public() string {
	if h.PublicURL != "" {
		return h.PublicURL
	}
	return h.URL
}

// Enabled reports whether staff functions (including leaving the kiosk)
// are available at all.
func (s Staff) Enabled() bool { return s.PINHash != "" }
