package printersim

import (
	qrcode "github.com/skip2/go-qrcode"
)

// encodeQR returns the module matrix (true = dark, no quiet zone) of data
// at the GS ( k error correction level ('0' L … '3' H), or nil if it cannot
// be encoded.
func encodeQR(data string, level byte) (m [][]bool) {
	lv := map[byte]qrcode.RecoveryLevel{'0': qrcode.Low, '1': qrcode.Medium, '2': qrcode.High, '3': qrcode.Highest}[level]
	defer func() {
		// the encoder is third-party code fed with arbitrary printer input:
		// a panic there must not take the simulator down
		if recover() != nil {
			m = nil
		}
	}()
	q, err := qrcode.New(data, lv)
	if err != nil {
		return nil
	}
	q.DisableBorder = true
	return q.Bitmap()
}
