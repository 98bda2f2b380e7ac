package hall

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/hallclient"
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
	client, err := hallclient.New(h.URL, hallclient.Options{Timeout: 2 * time.Second, RetryWait: time.Millisecond, Logger: quiet})
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
	for _, name := range []string{wire.DatasetStations} {
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
	for _, name := range []string{wire.DatasetCatalog, wire.DatasetStations} {
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
