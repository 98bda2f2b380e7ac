package documents

import (
	"errors"
	"regexp"
	"testing"
)

var codeRE = regexp.MustCompile(`^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$`)

func TestNewVerifyCode(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		c := NewVerifyCode()
		if !codeRE.MatchString(c) {
			t.Fatalf("code %q is not XXXX-XXXX-XXXX in Crockford base32", c)
		}
		if got, err := ParseVerifyCode(c); err != nil || got != c {
			t.Fatalf("ParseVerifyCode(%q) = %q, %v", c, got, err)
		}
		if seen[c] {
			t.Fatalf("code %q repeated", c)
		}
		seen[c] = true
	}
}

func TestParseVerifyCode(t *testing.T) {
	good := map[string]string{
		"7K3M-Q9TX-2HVA":   "7K3M-Q9TX-2HVA",
		"7k3m q9tx 2hva":   "7K3M-Q9TX-2HVA",
		"7K3MQ9TX2HVA":     "7K3M-Q9TX-2HVA",
		"oIl0-0000-0000":   "0110-0000-0000",
		" 7K3M-Q9TX-2HVA ": "7K3M-Q9TX-2HVA",
	}
	for in, want := range good {
		got, err := ParseVerifyCode(in)
		if err != nil || got != want {
			t.Errorf("ParseVerifyCode(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "7K3M-Q9TX-2HV", "7K3M-Q9TX-2HVAA", "7K3M-Q9TX-2HVU", "7K3M_Q9TX_2HVA", "验证码7K3MQ9TX2HVA", "7K3M-Q9TX-2HV\x00"} {
		if got, err := ParseVerifyCode(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseVerifyCode(%q) = %q, %v; want ErrInvalid", in, got, err)
		}
	}
}

func TestVerifyURL(t *testing.T) {
	good := map[[2]string]string{
		{"https://hall.example.gov.cn", "7k3m-q9tx-2hva"}:     "https://hall.example.gov.cn/v1/verify/7K3M-Q9TX-2HVA",
		{"https://hall.example.gov.cn/", "7K3M-Q9TX-2HVA"}:    "https://hall.example.gov.cn/v1/verify/7K3M-Q9TX-2HVA",
		{"http://127.0.0.1:8700/hall", "7K3MQ9TX2HVA"}:        "http://127.0.0.1:8700/hall/v1/verify/7K3M-Q9TX-2HVA",
		{"https://hall.example.gov.cn/sd/", "7K3M-Q9TX-2HVA"}: "https://hall.example.gov.cn/sd/v1/verify/7K3M-Q9TX-2HVA",
	}
	for in, want := range good {
		got, err := VerifyURL(in[0], in[1])
		if err != nil || got != want {
			t.Errorf("VerifyURL(%q, %q) = %q, %v; want %q", in[0], in[1], got, err, want)
		}
	}
	bad := [][2]string{
		{"", "7K3M-Q9TX-2HVA"},
		{"hall.example.gov.cn", "7K3M-Q9TX-2HVA"},
		{"ftp://hall.example.gov.cn", "7K3M-Q9TX-2HVA"},
		{"https://hall.example.gov.cn/?x=1", "7K3M-Q9TX-2HVA"},
		{"https://hall.example.gov.cn/#v", "7K3M-Q9TX-2HVA"},
		{"https://user:pw@hall.example.gov.cn", "7K3M-Q9TX-2HVA"},
		{"https://hall.example.gov.cn", "nope"},
	}
	for _, in := range bad {
		if got, err := VerifyURL(in[0], in[1]); !errors.Is(err, ErrInvalid) {
			t.Errorf("VerifyURL(%q, %q) = %q, %v; want ErrInvalid", in[0], in[1], got, err)
		}
	}
}
