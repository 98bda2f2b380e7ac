package hall

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

var (
	bucketDatasets = []byte("datasets")
	bucketHistory  = []byte("dataset_history") // name \x00 revision → canonical data
)

// historyDepth is how many past revisions of a dataset the hall keeps to
// answer "changes since" with a delta; older terminals get the whole thing.
const historyDepth = 10

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
	// 2 → 3: dataset history for deltas.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketHistory)
		return err
	},
	// 3 → 4: payment notices and payments.
	func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketNotices, bucketPayments} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	// 4 → 5: the register of issued documents.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketDocuments)
		return err
	},
}

func historyKey(name string, rev uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(name), 0), rev)
}

// Store is the hall's bbolt database.
type Store struct {
	db   *bolt.DB
	revs revisionCache

	termMu sync.RWMutex
	terms  map[string]Terminal
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
	ContentHash []byte `json:"content_hash"`
}

// PublishDataset stores data as the new content of dataset name. The
// revision grows by one only when the content changed; changed reports
// whether it did.
//
// Data must be a JSON object; it is stored in canonical form (wire.Canonical)
// so that terminals can check what they hold against its hash.
func (s *Store) PublishDataset(name string, data json.RawMessage, now time.Time) (rev uint64, changed bool, err error) {
	data, err = wire.Canonical(data)
	if err != nil {
		return 0, false, fmt.Errorf("hall: publish %s: %w", name, err)
	}
	sum := sha256.Sum256(data)
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDatasets)
		var cur storedDataset
		if raw := b.Get([]byte(name)); raw != nil {
			if err := json.Unmarshal(raw, &cur); err != nil {
				return fmt.Errorf("decode stored %s: %w", name, err)
			}
			if bytes.Equal(cur.ContentHash, sum[:]) {
				rev = cur.Revision
				return nil
			}
		}
		next := storedDataset{
			Dataset:     wire.Dataset{Name: name, Revision: cur.Revision + 1, UpdatedAt: now.UTC(), Hash: wire.Hash(data), Data: data},
			ContentHash: sum[:],
		}
		hist := tx.Bucket(bucketHistory)
		if err := hist.Put(historyKey(name, next.Revision), data); err != nil {
			return err
		}
		if next.Revision > historyDepth {
			if err := hist.Delete(historyKey(name, next.Revision-historyDepth)); err != nil {
				return err
			}
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

// DatasetSince returns the changes of dataset name since revision base, as
// a delta; ok is false when the hall no longer keeps that revision (or never
// had it) and the whole dataset must be sent.
func (s *Store) DatasetSince(cur wire.Dataset, base uint64) (d wire.Dataset, ok bool, err error) {
	if base == 0 || base >= cur.Revision {
		return wire.Dataset{}, false, nil
	}
	var old []byte
	err = s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketHistory).Get(historyKey(cur.Name, base)); v != nil {
			old = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil || old == nil {
		return wire.Dataset{}, false, err
	}
	delta, err := wire.Diff(old, cur.Data)
	if err != nil {
		return wire.Dataset{}, false, fmt.Errorf("hall: delta of %s: %w", cur.Name, err)
	}
	return wire.Dataset{Name: cur.Name, Revision: cur.Revision, UpdatedAt: cur.UpdatedAt, Hash: cur.Hash, Base: base, Delta: &delta}, true, nil
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
