package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/wire"
)

var (
	bucketDatasets    = []byte("datasets")     // name → CachedDataset without its data
	bucketDatasetData = []byte("dataset_data") // name → the dataset's data
)

// Buckets of the other parts of the sync layer, made here so that one list
// of migrations owns the whole schema.
var (
	BucketOutbox      = []byte("outbox")
	BucketOutboxDone  = []byte("outbox_done")
	BucketOutboxKeys  = []byte("outbox_keys")
	BucketOutboxAudit = []byte("outbox_audit")

	BucketJournal       = []byte("journal")         // payment reference → entry
	BucketJournalNotice = []byte("journal_notices") // payment notice → its payment reference
)

// ErrStore marks every failure of the local database, so callers can tell
// a storage fault from a network one.
var ErrStore = errors.New("local storage error")

// migrations of the terminal's store, oldest first. Never edit one that has
// shipped: add a new one.
var migrations = []Migration{
	// 0 → 1: datasets cache.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketDatasets)
		return err
	},
	// 1 → 2: the outbox.
	func(tx *bolt.Tx) error {
		for _, b := range [][]byte{BucketOutbox, BucketOutboxDone, BucketOutboxKeys, BucketOutboxAudit} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	// 2 → 3: usage counters.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(BucketCounters)
		return err
	},
	// 3 → 4: the payment journal.
	func(tx *bolt.Tx) error {
		for _, b := range [][]byte{BucketJournal, BucketJournalNotice} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	},
	// 4 → 5: datasets' data apart from what is known about them.
	func(tx *bolt.Tx) error {
		data, err := tx.CreateBucketIfNotExists(bucketDatasetData)
		if err != nil {
			return err
		}
		meta := tx.Bucket(bucketDatasets)
		type entry struct{ name, meta, data []byte }
		var moves []entry
		err = meta.ForEach(func(k, v []byte) error {
			var c CachedDataset
			if err := json.Unmarshal(v, &c); err != nil {
				return err
			}
			d := c.Dataset.Data
			c.Dataset.Data = nil
			m, err := json.Marshal(c)
			if err != nil {
				return err
			}
			moves = append(moves, entry{append([]byte(nil), k...), m, append([]byte(nil), d...)})
			return nil
		})
		if err != nil {
			return err
		}
		for _, e := range moves { // writing while iterating can skip keys
			if err := meta.Put(e.name, e.meta); err != nil {
				return err
			}
			if err := data.Put(e.name, e.data); err != nil {
				return err
			}
		}
		return nil
	},
}

// Store is the terminal's bbolt database.
type Store struct {
	db *bolt.DB
}

// Open opens or creates the store at path.
func Open(path string, timeout time.Duration) (*Store, error) {
	db, err := OpenBolt(path, timeout, migrations)
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB exposes the database to the other parts of the sync layer.
func (s *Store) DB() *bolt.DB { return s.db }

// CachedDataset is a dataset as the terminal last received it.
type CachedDataset struct {
	Dataset   wire.Dataset `json:"dataset"`
	ETag      string       `json:"etag"`
	FetchedAt time.Time    `json:"fetched_at"` // terminal time of the download
	CheckedAt time.Time    `json:"checked_at"` // last time the hall confirmed it current
}

// SaveDataset stores c durably under its name. The data and what is known
// about it are kept apart, so that the hall confirming a copy (every few
// minutes) rewrites a few hundred bytes, not megabytes of postings.
func (s *Store) SaveDataset(c CachedDataset) error {
	data := c.Dataset.Data
	c.Dataset.Data = nil
	meta, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("store: encode dataset %s: %w", c.Dataset.Name, err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketDatasets).Put([]byte(c.Dataset.Name), meta); err != nil {
			return err
		}
		return tx.Bucket(bucketDatasetData).Put([]byte(c.Dataset.Name), data)
	})
	if err != nil {
		return fmt.Errorf("store: save dataset %s: %w: %w", c.Dataset.Name, ErrStore, err)
	}
	return nil
}

// TouchDataset records that the hall confirmed dataset name is current.
func (s *Store) TouchDataset(name string, at time.Time) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketDatasets)
		raw := b.Get([]byte(name))
		if raw == nil {
			return fmt.Errorf("no cached dataset %q", name)
		}
		var c CachedDataset
		if err := json.Unmarshal(raw, &c); err != nil {
			return err
		}
		c.CheckedAt = at
		meta, err := json.Marshal(c)
		if err != nil {
			return err
		}
		return b.Put([]byte(name), meta)
	})
	if err != nil {
		return fmt.Errorf("store: touch dataset %s: %w: %w", name, ErrStore, err)
	}
	return nil
}

// DatasetMeta returns what is known of the cached dataset name — revision,
// ETag, times — without its data; ok is false when there is none.
func (s *Store) DatasetMeta(name string) (c CachedDataset, ok bool, err error) {
	return s.loadDataset(name, false)
}

// LoadDataset returns the cached dataset name; ok is false when there is none.
func (s *Store) LoadDataset(name string) (c CachedDataset, ok bool, err error) {
	return s.loadDataset(name, true)
}

func (s *Store) loadDataset(name string, withData bool) (c CachedDataset, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketDatasets).Get([]byte(name))
		if raw == nil {
			return nil
		}
		ok = true
		if err := json.Unmarshal(raw, &c); err != nil {
			return err
		}
		if withData {
			c.Dataset.Data = append([]byte(nil), tx.Bucket(bucketDatasetData).Get([]byte(name))...)
		}
		return nil
	})
	if err != nil {
		return CachedDataset{}, false, fmt.Errorf("store: load dataset %s: %w: %w", name, ErrStore, err)
	}
	return c, ok, nil
}
