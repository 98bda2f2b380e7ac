package idcard_test

import (
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

// BenchmarkFindSelectReadAt115200 reads a card over a pseudo-terminal with
// the simulator's wire delay on, and reports the driver's time over the
// wire time of the six frames (DESIGN.md §9: ≤ 20 ms overhead).
func BenchmarkFindSelectReadAt115200(b *testing.B) {
	const baud = 115200
	r := newRig(b, rigOptions{
		sim:    idcardsim.Config{Baud: baud},
		reader: idcard.ReaderConfig{CommandTimeout: time.Second},
	})
	if err := r.sim.Place(0); err != nil {
		b.Fatal(err)
	}
	ctx := testCtx(b)

	bytesOnWire := len(idcard.EncodeRequest(idcard.CmdFindCard, nil)) + len(idcard.EncodeResponse(0x9F, make([]byte, 4))) +
		len(idcard.EncodeRequest(idcard.CmdSelectCard, nil)) + len(idcard.EncodeResponse(0x90, make([]byte, 8))) +
		len(idcard.EncodeRequest(idcard.CmdReadText, nil)) + len(idcard.EncodeResponse(0x90, make([]byte, 4+idcard.TextLen+idcard.PhotoLen)))
	wire := serialtest.WireTime(bytesOnWire, baud)

	for b.Loop() {
		id, err := r.read(ctx, false)
		if err != nil {
			b.Fatal(err)
		}
		id.Wipe()
	}
	perOp := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(perOp)/float64(wire), "x-wire")
	b.ReportMetric(float64(perOp-wire)/float64(time.Millisecond), "overhead-ms/op")
	b.ReportMetric(float64(wire)/float64(time.Millisecond), "wire-ms/op")
}
