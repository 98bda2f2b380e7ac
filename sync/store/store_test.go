package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/wire"
)

func TestDatasetRoundTripSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "kiosk.db")
	s, err := Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := s.LoadDataset("catalog"); ok || err != nil {
		t.Fatalf("empty store: ok=%v err=%v", ok, err)
	}
	at := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	want := CachedDataset{
		Dataset:   wire.Dataset{Name: "catalog", Revision: 7, UpdatedAt: at, Data: json.RawMessage(`{"items":[]}`)},
		ETag:      `"catalog-7"`,
		FetchedAt: at,
	}
	if err := s.SaveDataset(want); err != nil {
		t.Fatal(err)
	}
	if err := s.TouchDataset("catalog", at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.TouchDataset("jobs", at); err == nil {
		t.Error("touching a missing dataset succeeded")
	}
	s.Close()

	s, err = Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, ok, err := s.LoadDataset("catalog")
	if err != nil || !ok {
		t.Fatalf("reopen: ok=%v err=%v", ok, err)
	}
	if got.Dataset.Revision != 7 || got.ETag != want.ETag || !got.CheckedAt.Equal(at.Add(time.Hour)) || string(got.Dataset.Data) != `{"items":[]}` {
		t.Errorf("got %+v", got)
	}
	if err := s.DB().View(func(tx *bolt.Tx) error {
		if v := SchemaVersion(tx); v != uint64(len(migrations)) {
			t.Errorf("schema %d", v)
		}
		for err := range tx.Check() {
			t.Error(err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}

func TestStaleCreationFileIsReplaced(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kiosk.db")
	// A power cut during a first start leaves only the temporary file.
	if err := os.WriteFile(path+".creating", []byte("half a file"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path + ".creating"); !os.IsNotExist(err) {
		t.Errorf("temporary file left behind: %v", err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("store file: %v %v", fi, err)
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kiosk.db")
	more := append(append([]Migration{}, migrations...), func(*bolt.Tx) error { return nil })
	db, err := OpenBolt(path, time.Second, more)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(path, time.Second); err == nil {
		t.Fatal("opened a database from a newer program")
	}
}

func TestSecondOpenTimesOut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kiosk.db")
	s, err := Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := Open(path, 50*time.Millisecond); err == nil {
		t.Fatal("a second open of a locked store succeeded")
	}
}

func TestCountersPerDay(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "kiosk.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	day := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	for range 3 {
		s.Count("service.approvals", day)
	}
	s.Count("session.start", day)
	s.Count("session.start", day.Add(24*time.Hour))
	got, err := s.Counters(day)
	if err != nil || got["service.approvals"] != 3 || got["session.start"] != 1 || len(got) != 2 {
		t.Errorf("counters %v %v", got, err)
	}
}

// TestDatasetsSplitFromTheirData upgrades a store from schema 4, where a
// dataset's data sat inside its record, and checks nothing is lost.
func TestDatasetsSplitFromTheirData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kiosk.db")
	db, err := OpenBolt(path, time.Second, migrations[:4])
	if err != nil {
		t.Fatal(err)
	}
	old, _ := json.Marshal(CachedDataset{Dataset: wire.Dataset{Name: "jobs", Revision: 4, Data: json.RawMessage(`{"jobs":[{"id":"J1"}]}`)}, ETag: `"jobs-4"`})
	db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketDatasets).Put([]byte("jobs"), old) })
	db.Close()

	s, err := Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c, ok, err := s.LoadDataset("jobs")
	if err != nil || !ok || string(c.Dataset.Data) != `{"jobs":[{"id":"J1"}]}` || c.ETag != `"jobs-4"` {
		t.Fatalf("after the upgrade: %+v %v %v", c, ok, err)
	}
	m, ok, _ := s.DatasetMeta("jobs")
	if !ok || m.Dataset.Revision != 4 || m.Dataset.Data != nil {
		t.Errorf("meta: %+v", m)
	}
}
