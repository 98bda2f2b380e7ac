package hall

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/identity"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// benchHall starts a real hall over loopback and enrols n terminals.
func benchHall(b *testing.B, n int) (*httptest.Server, *Store, []*hallclient.Client) {
	st, err := OpenStore(filepath.Join(b.TempDir(), "hall.db"), time.Second)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	srv := httptest.NewServer(NewServer(st, WithLogger(quiet)).Handler())
	b.Cleanup(srv.Close)
	var clients []*hallclient.Client
	for i := range n {
		id := fmt.Sprintf("T-%03d", i)
		code, err := st.IssueCode(id, "ST-DL-001", time.Hour, time.Now())
		if err != nil {
			b.Fatal(err)
		}
		c, err := hallclient.New(srv.URL, hallclient.Options{Timeout: 30 * time.Second, Logger: quiet,
			HTTPClient: &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}})
		if err != nil {
			b.Fatal(err)
		}
		key := identity.New(bytes.Repeat([]byte{byte(i + 1)}, 32))
		if _, err := c.Enrol(context.Background(), wire.EnrolRequest{Code: code, TerminalID: id, PublicKey: key.Public()}); err != nil {
			b.Fatal(err)
		}
		c.SetIdentity(id, key)
		clients = append(clients, c)
	}
	return srv, st, clients
}

// BenchmarkSignedHeartbeats measures signed, durable heartbeats a second
// that one hall takes on this machine, from 64 terminals at once over
// loopback (client signing runs on the same two cores). Budget: ≥ 3,000/s.
func BenchmarkSignedHeartbeats(b *testing.B) {
	_, _, clients := benchHall(b, 64)
	var next atomic.Int64
	hb := wire.Heartbeat{Version: "bench", OutboxDepth: 3, Devices: []wire.DeviceHealth{{Name: "printer", State: "ok"}},
		DatasetRevisions: map[string]uint64{"catalog": 1}}
	b.SetParallelism(32)
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		c := clients[int(next.Add(1))%len(clients)]
		for pb.Next() {
			if _, err := c.Heartbeat(context.Background(), hb); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "heartbeats/s")
}

// BenchmarkDeliver10k queues 10,000 records durably on a terminal and
// measures delivering them all to a local hall. Budget: ≤ 10 s.
func BenchmarkDeliver10k(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		_, hst, clients := benchHall(b, 1)
		st, err := store.Open(filepath.Join(b.TempDir(), "kiosk.db"), time.Second)
		if err != nil {
			b.Fatal(err)
		}
		ob := outbox.New(st, outbox.Options{})
		for i := range 10000 {
			if _, err := ob.Enqueue("rating", map[string]int{"score": i % 5}, false, outbox.Summary{}); err != nil {
				b.Fatal(err)
			}
		}
		d := outbox.NewDeliverer(ob, clients[0])
		b.StartTimer()
		start := time.Now()
		for {
			n, err := d.DeliverOnce(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			if n == 0 {
				break
			}
		}
		b.ReportMetric(time.Since(start).Seconds(), "s/10k")
		b.StopTimer()
		if recs, _ := hst.Records(); len(recs) != 10000 {
			b.Fatalf("hall has %d records", len(recs))
		}
		st.Close()
		b.StartTimer()
	}
}
