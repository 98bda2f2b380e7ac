package printersim

import "fmt"

// code128Patterns are the element widths (bar, space, bar, …) of the 107
// CODE128 symbol values (ISO/IEC 15417); 106 is the stop pattern.
var code128Patterns = [107]string{
	"212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
	"221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
	"221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
	"212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
	"231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
	"231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
	"314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
	"112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
	"111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
	"214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
	"114131", "311141", "411131", "211412", "211214", "211232", "2331112",
}

// CODE128 special values.
const (
	c128CodeC  = 99
	c128CodeB  = 100
	c128CodeA  = 101
	c128FNC1   = 102
	c128StartA = 103
	c128StartB = 104
	c128StartC = 105
	c128Stop   = 106
)

// code128Values parses the data of GS k 73 (Epson form: "{A", "{B" or "{C"
// first; "{A"/"{B"/"{C" switch code set, "{1"–"{4" are FNC1–4, "{{" is a
// "{" in code set B; in code set C every byte is a value 0–99) into the
// symbol values, start to stop with the check value, and the
// human-readable text. ok is false for data the printer would reject.
func code128Values(data []byte) (vals []int, hri string, ok bool) {
	if len(data) < 3 || data[0] != '{' {
		return nil, "", false
	}
	set := data[1]
	switch set {
	case 'A':
		vals = append(vals, c128StartA)
	case 'B':
		vals = append(vals, c128StartB)
	case 'C':
		vals = append(vals, c128StartC)
	default:
		return nil, "", false
	}
	var text []byte
	for i := 2; i < len(data); i++ {
		c := data[i]
		if c == '{' {
			if i+1 >= len(data) {
				return nil, "", false
			}
			i++
			switch e := data[i]; {
			case e == 'A' || e == 'B' || e == 'C':
				if e == set {
					return nil, "", false
				}
				vals = append(vals, map[byte]int{'A': c128CodeA, 'B': c128CodeB, 'C': c128CodeC}[e])
				set = e
			case e == '1':
				vals = append(vals, c128FNC1)
			case (e == '2' || e == '3') && set != 'C':
				vals = append(vals, map[byte]int{'2': 97, '3': 96}[e])
			case e == '4' && set == 'A':
				vals = append(vals, c128CodeA)
			case e == '4' && set == 'B':
				vals = append(vals, c128CodeB)
			case e == '{' && set == 'B':
				vals = append(vals, '{'-32)
				text = append(text, '{')
			default:
				return nil, "", false
			}
			continue
		}
		switch set {
		case 'A':
			switch {
			case c < 0x20:
				vals = append(vals, int(c)+64)
				text = append(text, ' ')
			case c <= 0x5f:
				vals = append(vals, int(c)-32)
				text = append(text, c)
			default:
				return nil, "", false
			}
		case 'B':
			if c < 0x20 || c > 0x7f {
				return nil, "", false
			}
			vals = append(vals, int(c)-32)
			if c == 0x7f {
				c = ' '
			}
			text = append(text, c)
		case 'C':
			if c > 99 {
				return nil, "", false
			}
			vals = append(vals, int(c))
			text = fmt.Appendf(text, "%02d", c)
		}
	}
	if len(vals) < 2 {
		return nil, "", false
	}
	sum := vals[0]
	for i := 1; i < len(vals); i++ {
		sum += vals[i] * i
	}
	vals = append(vals, sum%103, c128Stop)
	return vals, string(text), true
}

// code128Bars turns symbol values into element widths in modules, bar
// first.
func code128Bars(vals []int) []byte {
	out := make([]byte, 0, len(vals)*6+1)
	for _, v := range vals {
		for _, d := range code128Patterns[v] {
			out = append(out, byte(d-'0'))
		}
	}
	return out
}
