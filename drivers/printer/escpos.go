package printer

// ESC/POS control bytes.
const (
	lf  byte = 0x0a
	esc byte = 0x1b
	gs  byte = 0x1d
	fs  byte = 0x1c
	dle byte = 0x10
	eot byte = 0x04
)

// Command encoders, one per ESC/POS command the builder sends (see
// shared/reference/devices.md §2).

func cmdInit() []byte                { return []byte{esc, '@'} }
func cmdAlign(a Align) []byte        { return []byte{esc, 'a', byte(a)} }
func cmdBold(on bool) []byte         { return []byte{esc, 'E', b2u(on)} }
func cmdSize(w, h int) []byte        { return []byte{gs, '!', byte((w-1)<<4 | (h - 1))} }
func cmdFeedLines(n int) []byte      { return []byte{esc, 'd', byte(n)} }
func cmdChineseOn() []byte           { return []byte{fs, '&'} }
func cmdChineseOff() []byte          { return []byte{fs, '.'} }
func cmdStatus(n StatusQuery) []byte { return []byte{dle, eot, byte(n)} }

func cmdCut(full bool) []byte {
	if full {
		return []byte{gs, 'V', 0x00}
	}
	return []byte{gs, 'V', 0x01}
}

// QR code, GS ( k with cn = 49 ('1').
func cmdQRModel2() []byte              { return []byte{gs, '(', 'k', 4, 0, '1', 'A', '2', 0} }
func cmdQRModuleSize(n int) []byte     { return []byte{gs, '(', 'k', 3, 0, '1', 'C', byte(n)} }
func cmdQRErrorLevel(l QRLevel) []byte { return []byte{gs, '(', 'k', 3, 0, '1', 'E', byte(l)} }
func cmdQRPrint() []byte               { return []byte{gs, '(', 'k', 3, 0, '1', 'Q', '0'} }

func cmdQRStore(data []byte) []byte {
	k := len(data) + 3
	out := make([]byte, 0, 8+len(data))
	out = append(out, gs, '(', 'k', byte(k&0xff), byte(k>>8), '1', 'P', '0')
	return append(out, data...)
}

// Barcode settings and CODE128 (GS k function B, m = 73).
func cmdBarcodeHeight(n int) []byte      { return []byte{gs, 'h', byte(n)} }
func cmdBarcodeWidth(n int) []byte       { return []byte{gs, 'w', byte(n)} }
func cmdBarcodeHRI(p HRIPosition) []byte { return []byte{gs, 'H', p.code()} }

func cmdCode128(payload []byte) []byte {
	out := make([]byte, 0, 4+len(payload))
	out = append(out, gs, 'k', 73, byte(len(payload)))
	return append(out, payload...)
}

func b2u(b bool) byte {
	if b {
		return 1
	}
	return 0
}
