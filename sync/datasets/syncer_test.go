package datasets

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// fakeHall serves one catalog revision or fails.
type fakeHall struct {
	rev   uint64
	data  []byte
	err   error
	calls int
}

func (f *fakeHall) Dataset(_ context.Context, name, etag string, _ uint64) (hallclient.DatasetResult, error) {
	if f.err != nil {
		return hallclient.DatasetResult{}, f.err
	}
	if name != wire.DatasetCatalog {
		return hallclient.DatasetResult{}, &hallclient.StatusError{Status: 404, Code: "not_found"}
	}
	f.calls++
	tag := `"catalog-` + string(rune('0'+f.rev)) + `"`
	if etag == tag {
		return hallclient.DatasetResult{NotModified: true, ETag: etag}, nil
	}
	return hallclient.DatasetResult{ETag: tag, Dataset: wire.Dataset{Name: name, Revision: f.rev, Data: f.data}}, nil
}

func sampleCatalog(items int) []byte {
	c := wire.Catalog{
		Departments: []wire.Department{{ID: "d1", Name: wire.Text{"zh-Hans": "区民政局"}}},
		LifeEvents:  []wire.LifeEvent{{ID: "e1", Name: wire.Text{"zh-Hans": "婚姻家庭"}}},
	}
	for i := range items {
		c.Items = append(c.Items, wire.CatalogItem{ID: "i" + string(rune('a'+i)), Name: wire.Text{"zh-Hans": "结婚登记"}, DepartmentID: "d1", LifeEventIDs: []string{"e1"}})
	}
	b, _ := json.Marshal(c)
	return b
}

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestSyncCachesAndWorksOffline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kiosk.db")
	st, err := store.Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	clk := &clock{time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	hall := &fakeHall{rev: 1, data: sampleCatalog(3)}
	s, err := New(hall, st, clk.now, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, info := s.Catalog(); info.Present {
		t.Fatal("catalog before first sync")
	}
	changes := 0
	s.OnChange(func() { changes++ })
	if err := s.SyncNow(context.Background()); err != nil {
		t.Fatal(err)
	}
	cat, info := s.Catalog()
	if len(cat.Items) != 3 || info.Revision != 1 || !info.CheckedAt.Equal(clk.t) || s.Status().Network != NetworkOnline {
		t.Fatalf("after sync: %d items, %+v, %+v", len(cat.Items), info, s.Status())
	}

	// Unchanged: a 304 refreshes the check time only.
	clk.t = clk.t.Add(time.Hour)
	if err := s.SyncNow(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, info := s.Catalog(); !info.CheckedAt.Equal(clk.t) || info.Revision != 1 {
		t.Errorf("after 304: %+v", info)
	}

	// The hall goes away: data stays, the status says offline, age grows.
	hall.err = hallclient.ErrUnreachable
	clk.t = clk.t.Add(3 * time.Hour)
	if err := s.SyncNow(context.Background()); err == nil {
		t.Fatal("sync succeeded without a hall")
	}
	cat, info = s.Catalog()
	if len(cat.Items) != 3 || s.Status().Network != NetworkOffline || clk.t.Sub(info.CheckedAt) != 3*time.Hour {
		t.Errorf("offline: %d items, %+v, %+v", len(cat.Items), info, s.Status())
	}
	if changes != 3 {
		t.Errorf("%d change notifications", changes)
	}
	st.Close()

	// After a restart with the hall still down, the cached copy is there.
	st, err = store.Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err = New(hall, st, clk.now, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cat, info := s.Catalog(); len(cat.Items) != 3 || !info.Present {
		t.Errorf("after restart: %d items %+v", len(cat.Items), info)
	}
}

func TestBrokenCatalogKeepsPreviousCopy(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "kiosk.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	hall := &fakeHall{rev: 1, data: sampleCatalog(2)}
	s, _ := New(hall, st, nil, nil)
	if err := s.SyncNow(context.Background()); err != nil {
		t.Fatal(err)
	}
	hall.rev, hall.data = 2, []byte(`{"departments":[],"items":[{"id":"x","name":{"zh-Hans":"x"},"department_id":"nope"}]}`)
	err = s.SyncNow(context.Background())
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("want ErrInvalid, got %v", err)
	}
	if cat, info := s.Catalog(); len(cat.Items) != 2 || info.Revision != 1 {
		t.Errorf("broken revision replaced the good one: %+v", info)
	}
	if st := s.Status(); st.Network != NetworkOnline || st.LastError == nil {
		t.Errorf("status %+v", st)
	}
}

func TestDecodeCatalogRejects(t *testing.T) {
	bad := []string{
		`[`,
		`{"departments":[{"id":"","name":{"zh-Hans":"x"}}]}`,
		`{"departments":[{"id":"d","name":{"zh-Hans":"x"}},{"id":"d","name":{"zh-Hans":"y"}}]}`,
		`{"departments":[{"id":"d","name":{"zh-Hans":"x"}}],"items":[{"id":"i","name":{"zh-Hans":"n"},"department_id":"d","life_event_ids":["zz"]}]}`,
		`{"departments":[{"id":"d","name":{"zh-Hans":"x"}}],"items":[{"id":"i","name":{"zh-Hans":"n"},"department_id":"d","fee_fen":-1}]}`,
		`{"departments":[{"id":"d","name":{"zh-Hans":"x"}}],"items":[{"id":"i","name":{"zh-Hans":"n"},"department_id":"d"},{"id":"i","name":{"zh-Hans":"n"},"department_id":"d"}]}`,
	}
	for _, b := range bad {
		if _, err := DecodeCatalog([]byte(b)); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v", b, err)
		}
	}
}

func FuzzDecodeCatalog(f *testing.F) {
	f.Add(sampleCatalog(2))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"items":[{"id":"i"}]}`))
	f.Add([]byte(`{"departments":[{"id":"d","name":{"en":"x"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := DecodeCatalog(data)
		if err != nil {
			return
		}
		depts := map[string]bool{}
		for _, d := range c.Departments {
			depts[d.ID] = true
		}
		for _, it := range c.Items {
			if !depts[it.DepartmentID] || it.ID == "" {
				t.Errorf("accepted a dangling item %+v", it)
			}
		}
	})
}
