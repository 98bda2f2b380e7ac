package printer

import "golang.org/x/text/encoding/simplifiedchinese"

func gbDecode(b []byte) (string, error) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	return string(out), err
}
