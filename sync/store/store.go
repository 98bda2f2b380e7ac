package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/wire"
)

var bucketDatasets = []byte("datasets")

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

// SaveDataset stores c durably under its name.
func (s *Store) SaveDataset(c CachedDataset) error {
	data, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("store: encode dataset %s: %w", c.Dataset.Name, err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDatasets).Put([]byte(c.Dataset.Name), data)
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
		data, err := json.Marshal(c)
		if err != nil {
			return err
		}
		return b.Put([]byte(name), data)
	})
	if err != nil {
		return fmt.Errorf("store: touch dataset %s: %w: %w", name, ErrStore, err)
	}
	return nil
}

// LoadDataset returns the cached dataset name; ok is false when there is none.
func (s *Store) LoadDataset(name string) (c CachedDataset, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketDatasets).Get([]byte(name))
		if raw == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(raw, &c)
	})
	if err != nil {
		return CachedDataset{}, false, fmt.Errorf("store: load dataset %s: %w: %w", name, ErrStore, err)
	}
	return c, ok, nil
}
