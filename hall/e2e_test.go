package hall

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/identity"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// TestKioskSyncsCatalogOverLoopback runs a real hall on a loopback port and
// a terminal's sync against it: first download, 304 on the next pull, a new
// revision, then the hall going away with the terminal still serving its
// copy, and the hall coming back.
func TestKioskSyncsCatalogOverLoopback(t *testing.T) {
	dir := t.TempDir()
	h, err := Start(Options{Addr: "127.0.0.1:0", DataDir: filepath.Join(dir, "hall"), Demo: true, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(dir, "kiosk", "kiosk.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	client, err := hallclient.New(h.URL, hallclient.Options{Timeout: time.Minute, RetryWait: time.Millisecond, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	fetch := &countingFetcher{next: client}
	syncer, err := datasets.New(fetch, st, time.Now, quiet)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := syncer.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	cat, info := syncer.Catalog()
	if info.Revision != 1 || len(cat.Items) < 1000 || len(cat.Departments) < 20 {
		t.Fatalf("first sync: rev %d, %d items, %d departments", info.Revision, len(cat.Items), len(cat.Departments))
	}
	if _, ok := client.ClockOffset(); !ok {
		t.Error("no clock offset from the hall's time header")
	}

	// Unchanged: 304, same revision.
	if err := syncer.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if _, info2 := syncer.Catalog(); info2.Revision != 1 || !info2.CheckedAt.After(info.CheckedAt) {
		t.Errorf("after 304: %+v", info2)
	}

	// A new revision arrives.
	cat.Items = cat.Items[:10]
	data, _ := json.Marshal(cat)
	if _, _, err := h.Store().PublishDataset(wire.DatasetCatalog, data, time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := syncer.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if c, i := syncer.Catalog(); i.Revision != 2 || len(c.Items) != 10 {
		t.Fatalf("new revision: rev %d, %d items", i.Revision, len(c.Items))
	}
	if fetch.deltas != 1 {
		t.Errorf("the new revision came as %d deltas, want 1", fetch.deltas)
	}
	for _, name := range []string{wire.DatasetStations, wire.DatasetJobs, wire.DatasetKnowledge, wire.DatasetAnnouncements, wire.DatasetHospitals} {
		if info := syncer.Info(name); !info.Present {
			t.Errorf("dataset %s not cached", name)
		}
	}

	// The hall goes away: the terminal keeps its copy and says it is offline.
	if err := h.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if err := syncer.SyncNow(ctx); err == nil {
		t.Fatal("sync succeeded with the hall down")
	}
	if c, _ := syncer.Catalog(); len(c.Items) != 10 || syncer.Status().Network != datasets.NetworkOffline {
		t.Fatalf("offline: %d items, %+v", len(c.Items), syncer.Status())
	}

	// It comes back on the same data: the terminal is current again.
	h2, err := Start(Options{Addr: h.URL[len("http://"):], DataDir: filepath.Join(dir, "hall"), Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer h2.Close(ctx)
	if err := syncer.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	if syncer.Status().Network != datasets.NetworkOnline {
		t.Error("not online after the hall returned")
	}
}

func TestDemoPublishIsStable(t *testing.T) {
	st, err := OpenStore(filepath.Join(t.TempDir(), "hall.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for range 2 {
		if err := PublishDemo(st, t0, quiet); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{wire.DatasetCatalog, wire.DatasetStations, wire.DatasetJobs, wire.DatasetKnowledge, wire.DatasetAnnouncements, wire.DatasetHospitals} {
		ds, ok, err := st.Dataset(name)
		if err != nil || !ok || ds.Revision != 1 {
			t.Errorf("%s: rev %d ok %v err %v", name, ds.Revision, ok, err)
		}
	}
}

// countingFetcher counts the answers that came as deltas.
type countingFetcher struct {
	next   datasets.Fetcher
	deltas int
}

func (c *countingFetcher) Dataset(ctx context.Context, name, etag string, since uint64) (hallclient.DatasetResult, error) {
	res, err := c.next.Dataset(ctx, name, etag, since)
	if err == nil && res.Dataset.Delta != nil {
		c.deltas++
	}
	return res, err
}

// TestPartitionOverLoopback: a real hall goes away while a terminal keeps
// taking business writes; when it comes back every record arrives exactly
// once, in order per kind.
func TestPartitionOverLoopback(t *testing.T) {
	dir := t.TempDir()
	h, err := Start(Options{Addr: "127.0.0.1:0", DataDir: filepath.Join(dir, "hall"), Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	addr := h.URL[len("http://"):]
	code, _ := h.Store().IssueCode("T-1", "ST-DL-001", time.Hour, time.Now())
	st, err := store.Open(filepath.Join(dir, "kiosk.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	key := identity.New(bytes.Repeat([]byte{3}, 32))
	client, _ := hallclient.New(h.URL, hallclient.Options{Timeout: 10 * time.Second, Retries: -1, Logger: quiet})
	ctx := context.Background()
	if _, err := client.Enrol(ctx, wire.EnrolRequest{Code: code, TerminalID: "T-1", PublicKey: key.Public()}); err != nil {
		t.Fatal(err)
	}
	client.SetIdentity("T-1", key)
	ob := outbox.New(st, outbox.Options{Logger: quiet})
	d := outbox.NewDeliverer(ob, client)
	d.Batch = 5
	kinds := []string{"application", "ticket", "rating"}
	enqueue := func(from, to int) {
		for i := from; i < to; i++ {
			if _, err := ob.Enqueue(kinds[i%3], map[string]int{"n": i}, false, outbox.Summary{}); err != nil {
				t.Fatal(err)
			}
		}
	}
	drain := func() {
		for {
			n, err := d.DeliverOnce(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				return
			}
		}
	}
	enqueue(0, 12)
	drain()
	if err := h.Close(ctx); err != nil {
		t.Fatal(err)
	}
	enqueue(12, 40)
	for range 5 {
		if _, err := d.DeliverOnce(ctx); err == nil {
			t.Fatal("delivered with the hall down")
		}
	}
	h, err = Start(Options{Addr: addr, DataDir: filepath.Join(dir, "hall"), Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close(ctx)
	drain()
	recs, err := h.Store().Records()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 40 {
		t.Fatalf("hall holds %d records, want 40", len(recs))
	}
	seen := map[string]bool{}
	last := map[string]int{}
	for _, r := range recs {
		if seen[r.Key] {
			t.Errorf("key %s applied twice", r.Key)
		}
		seen[r.Key] = true
		var p struct{ N int }
		json.Unmarshal(r.Payload, &p)
		if prev, ok := last[r.Kind]; ok && p.N <= prev {
			t.Errorf("%s %d after %d", r.Kind, p.N, prev)
		}
		last[r.Kind] = p.N
	}
	if s, _ := ob.Stats(); s.Pending != 0 || s.Attention != 0 {
		t.Errorf("terminal still holds %+v", s)
	}
}
