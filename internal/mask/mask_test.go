package mask

import "testing"

func TestMask(t *testing.T) {
	for in, want := range map[string]string{
		"440606195803122016":   "4406********2016",
		" 11010519491231002X ": "1101********002X",
		"12345":                "********",
		"":                     "",
	} {
		if got := ID(in); got != want {
			t.Errorf("ID(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"张三": "张*", "欧阳娜娜": "欧***", "张": "张*", "JOHN SMITH": "J****", "": ""} {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}
