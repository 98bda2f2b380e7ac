package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestDefaultsAreValid(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatal(err)
	}
	cfg, err := Parse("")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Session.IdleTimeout.Duration != 90*time.Second || cfg.Staff.Enabled() {
		t.Errorf("unexpected defaults: %+v", cfg)
	}
}

func TestParseFile(t *testing.T) {
	hash, err := HashPIN("246810")
	if err != nil {
		t.Fatal(err)
	}
	text := `
[station]
id = "ST-DL-001"
name = "大良街道金榜社区服务站"
terminal_id = "T-DL-001-1"

[hall]
url = "https://hall.example:8700"
sync_interval = "2m"

[session]
idle_timeout = "45s"
warning = "15s"

[ui]
language = "zh-Hant"
elder_mode = true

[staff]
pin_hash = "` + hash + `"

[devices.idcard.serial]
path = "/dev/serial/by-id/usb-1a86_USB_Serial-if00-port0"
read_timeout = "200ms"
`
	path := filepath.Join(t.TempDir(), "kiosk.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Station.Name != "大良街道金榜社区服务站" || cfg.Hall.SyncInterval.Duration != 2*time.Minute ||
		cfg.Session.IdleTimeout.Duration != 45*time.Second || cfg.UI.Language != "zh-Hant" || !cfg.UI.ElderMode {
		t.Errorf("parsed wrongly: %+v", cfg)
	}
	if cfg.Hall.Timeout.Duration != 15*time.Second {
		t.Errorf("unset field lost its default: %v", cfg.Hall.Timeout)
	}
	if cfg.Devices.IDCard == nil || cfg.Devices.IDCard.Serial.ReadTimeout != 200*time.Millisecond {
		t.Errorf("devices: %+v", cfg.Devices.IDCard)
	}
	if !cfg.Staff.CheckPIN("246810") || cfg.Staff.CheckPIN("246811") || cfg.Staff.CheckPIN("") {
		t.Error("PIN check wrong")
	}
}

func TestBadValuesNameTheField(t *testing.T) {
	cases := []struct{ text, field, reason string }{
		{"[session]\nidle_timeout = \"2s\"", "session.idle_timeout", "at least 15s"},
		{"[session]\nidle_timeout = \"soon\"", "session.idle_timeout", "not a duration"},
		{"[session]\nidle_timeout = 5", "session.idle_timeout", ""},
		{"[ui]\nlanguage = \"fr\"", "ui.language", "one of"},
		{"[ui]\norientation = \"diagonal\"", "ui.orientation", "one of"},
		{"[ui]\ncolour = \"red\"", "ui.colour", "unknown field"},
		{"[hall]\nurl = \"ftp://x\"", "hall.url", "http"},
		{"[hall]\nurl = \"not a url\"", "hall.url", "http"},
		{"[staff]\npin_hash = \"123456\"", "staff.pin_hash", "never the PIN itself"},
		{"[staff]\nmax_attempts = 0", "staff.max_attempts", "between"},
		{"[station]\nname = \"\"", "station.name", "empty"},
		{"[station]\nid = \"a b\"", "station.id", "letters"},
		{"[station]\nhotline = \"call us\"", "station.hotline", "phone"},
		{"[storage]\ndata_dir = \" \"", "storage.data_dir", "empty"},
		{"[log]\nlevel = \"loud\"", "log.level", "one of"},
		{"[devices.idcard.serial]\nbaud = 7", "devices.idcard", "baud"},
		{"[devices.printer]\npaper = 57", "devices.printer", "58 or 80"},
		{"[hall]\npublic_url = \"hall\"", "hall.public_url", "http"},
		{"[devices.idcard.serial]\npath = \"/dev/x\"\nvid = \"1a86\"\npid = \"7523\"", "devices.idcard", ""},
		{"[devices.idcard.serial]\nspeed = 9600", "devices.idcard.serial.speed", "unknown field"},
	}
	for _, c := range cases {
		_, err := Parse(c.text)
		var fe *FieldError
		if !errors.As(err, &fe) {
			t.Errorf("%q: want a field error, got %v", c.text, err)
			continue
		}
		if fe.Field != c.field || !strings.Contains(fe.Reason, c.reason) {
			t.Errorf("%q: got %q / %q, want %q / %q", c.text, fe.Field, fe.Reason, c.field, c.reason)
		}
	}
}

func TestSyntaxErrorHasLine(t *testing.T) {
	_, err := Parse("[station]\nname = \"x\"\nid = = 3\n")
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("got %v", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.toml")); err == nil {
		t.Error("missing file accepted")
	}
}

func TestHashPINRejectsNonDigits(t *testing.T) {
	for _, pin := range []string{"", "123", "12ab", "1234567890123"} {
		if _, err := HashPIN(pin); err == nil {
			t.Errorf("HashPIN(%q) accepted", pin)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("")
	f.Add("[session]\nidle_timeout = \"45s\"")
	f.Add("[ui]\nlanguage = 3")
	f.Add("[[station]]\n")
	f.Add("[hall]\nurl = \"http://[::1\"")
	f.Fuzz(func(t *testing.T, text string) {
		cfg, err := Parse(text)
		if err == nil {
			if verr := cfg.Validate(); verr != nil {
				t.Errorf("Parse accepted an invalid config: %v", verr)
			}
		}
	})
}
