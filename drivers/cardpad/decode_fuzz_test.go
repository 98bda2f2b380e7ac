package cardpad

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
)

func seedReply(t testing.TB, typ byte, code string, rec ecr.Message) []byte {
	t.Helper()
	var m ecr.Message
	m.Add(ecr.TagPacket, []byte{0})
	m.Add(ecr.TagType, []byte{typ})
	m.Add(ecr.TagNonce, []byte{0x12, 0x34})
	if rec != nil {
		b, err := rec.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		m.Add(ecr.TagRecord, b)
	}
	m.AddString(ecr.TagResponse, code)
	m.Add(ecr.TagLastPacket, []byte{1})
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// maskedOK reports whether s could be a masked number: no run of more than
// six digits.
func maskedOK(s string) bool {
	run := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			if run++; run > 6 {
				return false
			}
		} else {
			run = 0
		}
	}
	return true
}

// FuzzDecodeReply feeds arbitrary TLV replies to the result decoder: it
// must not panic, must not return a card number unmasked anywhere, and
// must zero the bytes the number came in.
func FuzzDecodeReply(f *testing.F) {
	card := ecr.Message{
		{Tag: ecr.TagType, Value: []byte{ecr.TypeSale}},
		{Tag: ecr.TagAmount, Value: []byte{0, 0, 0, 0, 0x12, 0x34}},
		{Tag: ecr.TagVoucher, Value: []byte{0, 0, 1}},
		{Tag: ecr.TagTrace, Value: []byte{0, 0, 7}},
		{Tag: ecr.TagRRN, Value: []byte("093000000007")},
		{Tag: ecr.TagPAN, Value: []byte("6222023141650128")},
		{Tag: ecr.TagExpiry, Value: []byte("2812")},
		{Tag: ecr.TagReference, Value: []byte("NT-1")},
	}
	last := append(ecr.Message{{Tag: ecr.TagNonce, Value: []byte{0x43, 0x13}}, {Tag: ecr.TagResponse, Value: []byte("00")}}, card...)
	settle := ecr.Message{
		{Tag: ecr.TagBatch, Value: []byte("000001")},
		{Tag: ecr.TagDebitAmount, Value: []byte{0, 0, 0, 0, 0x99, 0x00}},
		{Tag: ecr.TagDebitCount, Value: []byte{0, 0, 0x03}},
		{Tag: ecr.TagCreditAmount, Value: []byte("000000000100")},
		{Tag: ecr.TagCreditCount, Value: []byte("1")},
	}
	f.Add(seedReply(f, ecr.TypeSale, "00", card), uint8(0))
	f.Add(seedReply(f, ecr.TypeSale, "51", card), uint8(0))
	f.Add(seedReply(f, ecr.TypeQueryLast, "00", last), uint8(3))
	f.Add(seedReply(f, ecr.TypeQueryLast, "00000007", nil), uint8(3))
	f.Add(seedReply(f, ecr.TypeSettle, "00", settle), uint8(5))
	f.Add(seedReply(f, ecr.TypeBalance, "00", card), uint8(2))
	f.Add(seedReply(f, ecr.TypeSale, "00", ecr.Message{{Tag: ecr.TagPAN, Value: []byte("6222 0231 4165 0128")}}), uint8(0))
	f.Add(seedReply(f, ecr.TypeSale, "Y1", ecr.Message{{Tag: ecr.TagPAN, Value: []byte("622202X31416501289")}}), uint8(0))
	f.Add([]byte{0xDF, 0x07, 0x02, '0', '0', 0xDF, 0x1E, 0x10, '6', '2', '2', '2', '0', '2', '3', '1', '4', '1', '6', '5', '0', '1', '2', '8'}, uint8(0))

	f.Fuzz(func(t *testing.T, body []byte, typ uint8) {
		tt := TxType(int(typ)%6 + 1)
		msg, err := ecr.Parse(body)
		if err != nil {
			return
		}
		var pans []string
		collect := func(m ecr.Message) {
			for _, fl := range m {
				if fl.Tag != ecr.TagPAN {
					continue
				}
				digits := strings.Map(func(r rune) rune {
					if r >= '0' && r <= '9' {
						return r
					}
					return -1
				}, string(fl.Value))
				if len(digits) >= 13 {
					pans = append(pans, digits)
				}
			}
		}
		collect(msg)
		if v, ok := msg.Get(ecr.TagRecord); ok {
			if rec, err := ecr.Parse(v); err == nil {
				collect(rec)
			}
		}

		res, err := decodeReply(tt, msg)
		var outs []string
		if err != nil {
			if res != nil {
				t.Fatal("result and error")
			}
			outs = append(outs, err.Error())
		} else {
			if !maskedOK(res.MaskedPAN) {
				t.Fatalf("masked number %q", res.MaskedPAN)
			}
			js, _ := json.Marshal(res)
			var log bytes.Buffer
			slog.New(slog.NewJSONHandler(&log, nil)).Info("r", "result", res)
			outs = append(outs, res.String(), fmt.Sprintf("%+v %#v", res, res), string(js), log.String())
			if res.Totals != nil && res.Totals.NetAmount != res.Totals.SaleAmount-res.Totals.VoidAmount {
				t.Fatalf("totals %+v", res.Totals)
			}
		}
		for _, out := range outs {
			for _, p := range pans {
				if strings.Contains(out, p) {
					t.Fatalf("card number in %q", out)
				}
			}
		}
		for _, p := range pans {
			if bytes.Contains(body, []byte(p)) {
				t.Fatal("the reply's bytes still hold the card number after decoding")
			}
		}
	})
}
