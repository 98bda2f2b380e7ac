package documents

import "testing"

func TestMaskID(t *testing.T) {
	for in, want := range map[string]string{
		"440606198703154217":   "4406********4217",
		"44060619870315421X":   "4406********421X",
		"440606870315421":      "4406********5421",
		" 440606198703154217 ": "4406********4217",
		"12345":                "********",
		"":                     "",
	} {
		if got := MaskID(in); got != want {
			t.Errorf("MaskID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMaskName(t *testing.T) {
	for in, want := range map[string]string{
		"张三": "张*", "张伟明": "张**", "欧阳秀芬": "欧***", "张": "张*", "": "",
		"阿卜杜热合曼·买买提": "阿****",
	} {
		if got := MaskName(in); got != want {
			t.Errorf("MaskName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMaskCertificate(t *testing.T) {
	for in, want := range map[string]string{
		"粤（2021）佛顺不动产权第0123456号":  "粤（2021）佛顺不动产权第****456号",
		"粤(2019)佛顺不动产证明第0004321号": "粤(2019)佛顺不动产证明第****321号",
		"粤房地证字第C1234567号":         "粤房地证字第C****567号",
		"ABCDEFGH":                "AB****GH",
		"AB":                      "**",
	} {
		if got := MaskCertificate(in); got != want {
			t.Errorf("MaskCertificate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMaskPhone(t *testing.T) {
	for in, want := range map[string]string{
		"13802914467":   "138****4467",
		"0757-22838180": "0757-22838180",
		"12333":         "12333",
	} {
		if got := MaskPhone(in); got != want {
			t.Errorf("MaskPhone(%q) = %q, want %q", in, got, want)
		}
	}
}
