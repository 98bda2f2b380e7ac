package outbox

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/store"
)

// BenchmarkEnqueueDurable measures one durable enqueue: an fsynced bbolt
// commit before the person is told "accepted". Budget: p50 ≤ 5 ms
// (DESIGN.md §9). Reports the median as p50-ms.
func BenchmarkEnqueueDurable(b *testing.B) {
	st, err := store.Open(filepath.Join(b.TempDir(), "kiosk.db"), time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ob := New(st, Options{})
	payload := map[string]any{"item": "SD-MZ-0001", "materials": []string{"身份证", "户口簿"}, "delivery": "station"}
	var lat []time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := ob.Enqueue("application", payload, false, Summary{Title: "结婚登记"}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}
