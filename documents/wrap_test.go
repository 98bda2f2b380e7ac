package documents

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func testDoc(t testing.TB) *doc {
	t.Helper()
	d, err := newDoc("测试", testHeader(testVerifyCode), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.setSize(sizeBody)
	return d
}

func TestSegment(t *testing.T) {
	tests := map[string][]string{
		"2021年08月12日起":      {"2021年", "08月", "12日", "起"},
		"有数控车床（FANUC系统）操作":  {"有", "数", "控", "车", "床", "（FANUC", "系", "统）", "操", "作"},
		"合计，1,234.50元。":     {"合", "计，", "1,234.50元。"},
		"“欠缴”月份":            {"“欠", "缴”", "月", "份"},
		"see https://a.b/c": {"see", " ", "https://a.b/c"},
		"凤山中路28号3座502房":     {"凤", "山", "中", "路", "28号", "3座", "502房"},
		"，开头":               {"，", "开", "头"},
		"":                  nil,
	}
	for in, want := range tests {
		if got := segment(in); !slices.Equal(got, want) {
			t.Errorf("segment(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWrapKeepsPunctuationAndNumbers(t *testing.T) {
	d := testDoc(t)
	s := "兹证明张伟明（公民身份号码：4406********4217）在本机构参加社会保险，截至2026年05月18日参保及缴费情况如下：本段文字用于检验中文断行规则是否得当，标点不得出现在行首。"
	for w := 30.0; w <= 170; w += 7 {
		lines := d.wrap(s, w)
		for i, l := range lines {
			r := []rune(l)
			if i > 0 && strings.ContainsRune(noStart, r[0]) {
				t.Errorf("width %v: line %d starts with %q: %q", w, i, r[0], l)
			}
			if strings.ContainsRune(noEnd, r[len(r)-1]) {
				t.Errorf("width %v: line %d ends with %q: %q", w, i, r[len(r)-1], l)
			}
		}
		if got := strings.Join(lines, ""); got != s {
			t.Errorf("width %v: lines lose text: %q", w, got)
		}
	}
}

func TestWrapLongWord(t *testing.T) {
	d := testDoc(t)
	url := "https://hall.shunde.example.gov.cn/v1/verify/7K3M-Q9TX-2HVA"
	lines := d.wrap("网址 "+url, 40)
	if len(lines) < 3 {
		t.Fatalf("a URL wider than the line must be cut: %q", lines)
	}
	for _, l := range lines {
		if w := d.width(l); w > 40 {
			t.Errorf("line %q is %.1f mm wide, over 40", l, w)
		}
	}
}

// checkWrap is the property every wrapping keeps: no text is lost except
// the spaces at a break, and no line is wider than the width unless it is
// one character or closing punctuation hangs past the margin.
func checkWrap(t *testing.T, d *doc, s string, w float64) {
	t.Helper()
	lines := d.wrap(s, w)
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
	}
	if got, want := squeeze(strings.Join(lines, "")), squeeze(string([]rune(s))); got != want {
		t.Fatalf("wrap(%q, %v) lost text: %q", s, w, lines)
	}
	for _, l := range lines {
		r := []rune(l)
		for len(r) > 1 && strings.ContainsRune(noStart, r[len(r)-1]) {
			r = r[:len(r)-1]
		}
		if d.width(string(r)) > w+1e-9 && len(r) > 1 {
			t.Fatalf("wrap(%q, %v): line %q is %.2f mm wide", s, w, l, d.width(l))
		}
	}
}

func TestWrapProperty(t *testing.T) {
	d := testDoc(t)
	for _, s := range []string{"", " ", "\n\n", "a b c", "一二三四五六七八九十", "，，，，，", "（（（（（", "1234567890123456789012345678901234567890"} {
		for _, w := range []float64{3, 10, 50} {
			checkWrap(t, d, s, w)
		}
	}
}
