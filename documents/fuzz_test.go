package documents

import (
	"testing"
)

func FuzzParseVerifyCode(f *testing.F) {
	for _, s := range []string{"7K3M-Q9TX-2HVA", "7k3m q9tx 2hva", "oIl0-0000-0000", "", "7K3M-Q9TX-2HVU", "----", "ＡＢＣＤ-0000-0000", "7K3MQ9TX2HVAA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseVerifyCode(s)
		if err != nil {
			return
		}
		if !codeRE.MatchString(c) {
			t.Fatalf("ParseVerifyCode(%q) = %q, not canonical", s, c)
		}
		if again, err := ParseVerifyCode(c); err != nil || again != c {
			t.Fatalf("ParseVerifyCode(%q) = %q, %v; not idempotent", c, again, err)
		}
	})
}

func FuzzWrap(f *testing.F) {
	d := testDoc(f)
	for _, s := range []string{
		"兹证明张伟明（公民身份号码：4406********4217）在本机构参加社会保险。",
		"https://hall.shunde.example.gov.cn/v1/verify/7K3M-Q9TX-2HVA",
		"2021年08月12日起至2051年08月11日止", "a  b\n\nc", "（（））", "\xff\xfe", "𠀀𠀁 emoji 🙂",
	} {
		f.Add(s, uint8(40))
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, w uint8) {
		if len(s) > 2000 {
			return
		}
		checkWrap(t, d, s, 2+float64(w%170))
	})
}
