package hall

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

var bucketDatasets = []byte("datasets")

var migrations = []store.Migration{
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketDatasets)
		return err
	},
	// 1 → 2: terminals, enrolment, keys, the outbox ledger and heartbeats.
	func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketTerminals, bucketCodes, bucketKeys, bucketLedger, bucketRecords, bucketBeats} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
}

// Store is the hall's bbolt database.
type Store struct {
	db   *bolt.DB
	revs revisionCache
}

// OpenStore opens or creates the hall database at path.
func OpenStore(path string, timeout time.Duration) (*Store, error) {
	db, err := store.OpenBolt(path, timeout, migrations)
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// storedDataset is a dataset with the hash of its data, so that publishing
// identical content does not bump the revision.
type storedDataset struct {
	wire.Dataset
	Hash []byte `json:"hash"`
}

// PublishDataset stores data as the new content of dataset name. The
// revision grows by one only when the content changed; changed reports
// whether it did.
func (s *Store) PublishDataset(name string, data json.RawMessage, now time.Time) (rev uint64, changed bool, err error) {
	if !json.Valid(data) {
		return 0, false, fmt.Errorf("hall: publish %s: data is not valid JSON", name)
	}
	sum := sha256.Sum256(data)
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDatasets)
		var cur storedDataset
		if raw := b.Get([]byte(name)); raw != nil {
			if err := json.Unmarshal(raw, &cur); err != nil {
				return fmt.Errorf("decode stored %s: %w", name, err)
			}
			if bytes.Equal(cur.Hash, sum[:]) {
				rev = cur.Revision
				return nil
			}
		}
		next := storedDataset{
			Dataset: wire.Dataset{Name: name, Revision: cur.Revision + 1, UpdatedAt: now.UTC(), Data: data},
			Hash:    sum[:],
		}
		enc, err := json.Marshal(next)
		if err != nil {
			return err
		}
		rev, changed = next.Revision, true
		if err := b.Put([]byte(name), enc); err != nil {
			return err
		}
		s.revs.mu.Lock()
		s.revs.revs = nil // reload on next read
		s.revs.mu.Unlock()
		return nil
	})
	if err != nil {
		return 0, false, fmt.Errorf("hall: publish %s: %w", name, err)
	}
	return rev, changed, nil
}

// Dataset returns the current content of dataset name; ok is false when the
// hall has no such dataset.
func (s *Store) Dataset(name string) (ds wire.Dataset, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketDatasets).Get([]byte(name))
		if raw == nil {
			return nil
		}
		var sd storedDataset
		if err := json.Unmarshal(raw, &sd); err != nil {
			return fmt.Errorf("decode stored %s: %w", name, err)
		}
		ds, ok = sd.Dataset, true
		return nil
	})
	if err != nil {
		return wire.Dataset{}, false, fmt.Errorf("hall: dataset %s: %w", name, err)
	}
	return ds, ok, nil
}
