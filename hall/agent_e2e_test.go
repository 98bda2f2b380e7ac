package hall

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/agent"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/identity"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// TestAgentEnrolsReportsAndDelivers runs a terminal's agent against a real
// hall: first-start enrolment with a one-time code, a sealed personal
// record delivered, and a heartbeat whose reply makes the terminal pull a
// new catalog revision.
func TestAgentEnrolsReportsAndDelivers(t *testing.T) {
	dir := t.TempDir()
	hst, err := OpenStore(filepath.Join(dir, "hall.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer hst.Close()
	srv := httptest.NewServer(NewServer(hst, WithLogger(quiet)).Handler())
	defer srv.Close()
	catalog := func(n int) []byte {
		c := wire.Catalog{Departments: []wire.Department{{ID: "d", Name: wire.Text{"zh-Hans": "区民政局"}}}}
		for i := range n {
			c.Items = append(c.Items, wire.CatalogItem{ID: string(rune('a' + i)), Name: wire.Text{"zh-Hans": "事项"}, DepartmentID: "d"})
		}
		b, _ := json.Marshal(c)
		return b
	}
	hst.PublishDataset(wire.DatasetCatalog, catalog(1), time.Now())
	code, err := hst.IssueCode("T-DL-001-1", "ST-DL-001", time.Hour, time.Now())
	if err != nil {
		t.Fatal(err)
	}

	kst, err := store.Open(filepath.Join(dir, "kiosk", "kiosk.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer kst.Close()
	key, err := identity.LoadOrCreate(filepath.Join(dir, "kiosk", "terminal.key"))
	if err != nil {
		t.Fatal(err)
	}
	client, _ := hallclient.New(srv.URL, hallclient.Options{Timeout: time.Minute, RetryWait: time.Millisecond, Logger: quiet})
	syncer, _ := datasets.New(client, kst, time.Now, quiet)
	ob := outbox.New(kst, outbox.Options{Logger: quiet})
	ag := agent.New(agent.Options{TerminalID: "T-DL-001-1", StationID: "ST-DL-001", HallURL: srv.URL, EnrolCode: code, Version: "test", Logger: quiet,
		Devices: func() []wire.DeviceHealth { return []wire.DeviceHealth{{Name: "printer", State: "ok"}} }}, kst, client, key, ob, syncer)
	ctx := context.Background()

	if _, err := ob.Enqueue("application", map[string]string{"id": "440606199001011234"}, true, outbox.Summary{}); err == nil {
		t.Fatal("sealed a record before enrolment")
	}
	if err := ag.Enrol(ctx); err != nil {
		t.Fatal(err)
	}
	if !ag.State().Enrolled {
		t.Fatal("not enrolled")
	}
	if err := syncer.SyncNow(ctx); err != nil {
		t.Fatal(err)
	}
	rec, err := ob.Enqueue("application", map[string]string{"id": "440606199001011234", "item": "a"}, true, outbox.Summary{MaskedID: "4406**********1234"})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := outbox.NewDeliverer(ob, client).DeliverOnce(ctx); err != nil || n != 1 {
		t.Fatalf("deliver: %d %v", n, err)
	}
	got, _ := ob.ByKey(rec.Key)
	var result map[string]string
	if json.Unmarshal(got.Result, &result); got.State != outbox.StateDelivered || result["tracking"] == "" {
		t.Fatalf("delivered record: %+v", got)
	}
	recs, _ := hst.Records()
	if len(recs) != 1 || !recs[0].Sealed || recs[0].Terminal != "T-DL-001-1" {
		t.Fatalf("hall records: %+v", recs)
	}

	// A new catalog at the hall reaches the terminal through the heartbeat.
	hst.PublishDataset(wire.DatasetCatalog, catalog(3), time.Now())
	if err := ag.Heartbeat(ctx); err != nil {
		t.Fatal(err)
	}
	if c, info := syncer.Catalog(); info.Revision != 2 || len(c.Items) != 3 {
		t.Errorf("after heartbeat: rev %d, %d items", info.Revision, len(c.Items))
	}

	// A restart finds the enrolment in the store; the code is not needed.
	ag2 := agent.New(agent.Options{TerminalID: "T-DL-001-1", HallURL: srv.URL, Logger: quiet}, kst, client, key, ob, syncer)
	if err := ag2.Enrol(ctx); err != nil {
		t.Fatalf("re-start: %v", err)
	}
}
