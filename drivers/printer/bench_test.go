package printer_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/internal/fixture"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
)

// BenchmarkReceiptBytes builds the standard receipt (station, time,
// transaction number, Chinese text, QR) and reports the bytes sent
// against its text: x-text against a plain-text printout of the same
// receipt (characters, alignment spaces, line feeds, QR payload; budget
// ≤ 1.3), x-content against the bare words and QR payload alone.
func BenchmarkReceiptBytes(b *testing.B) {
	content, err := fixture.ContentBytes()
	if err != nil {
		b.Fatal(err)
	}
	for _, paper := range []printer.Paper{printer.Paper58, printer.Paper80} {
		b.Run(fmt.Sprintf("%dmm", paper), func(b *testing.B) {
			var r *printer.Receipt
			for b.Loop() {
				r = standard(b, paper)
			}
			ratio := float64(len(r.Data)) / float64(r.TextBytes)
			b.ReportMetric(float64(len(r.Data)), "bytes")
			b.ReportMetric(ratio, "x-text")
			b.ReportMetric(float64(len(r.Data))/float64(content), "x-content")
			if ratio > 1.3 {
				b.Errorf("receipt is %.2f× its text, budget 1.3×", ratio)
			}
		})
	}
}

// BenchmarkPrintTime prints the standard receipt through the driver to
// the simulator over a pseudo-terminal, with real pacing, and reports the
// time per receipt against the wire time of its bytes at the baud rate
// (x-wire). The pseudo-terminal itself has no baud rate: the pacing waits
// stand in for the line, so x-wire shows the driver's overhead (status
// checks before and after, chunking, polls).
func BenchmarkPrintTime(b *testing.B) {
	for _, baud := range []int{9600, 115200} {
		b.Run(fmt.Sprintf("%dbaud", baud), func(b *testing.B) {
			r := newRig(b, printer.Config{Baud: baud, StatusTimeout: time.Second}, printersim.Options{})
			rec := standard(b, printer.Paper58)
			ctx := context.Background()
			start := time.Now()
			n := 0
			for b.Loop() {
				if err := r.prn.Print(ctx, rec); err != nil {
					b.Fatal(err)
				}
				n++
			}
			per := time.Since(start) / time.Duration(n)
			wire := printer.WireTime(len(rec.Data), baud)
			b.ReportMetric(float64(per)/float64(time.Millisecond), "ms/receipt")
			b.ReportMetric(float64(wire)/float64(time.Millisecond), "wire-ms")
			b.ReportMetric(float64(per)/float64(wire), "x-wire")
		})
	}
}
