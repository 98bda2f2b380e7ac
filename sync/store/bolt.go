// Package store is the terminal's local storage: one bbolt file with the
// datasets pulled from the hall (and, as the sync layer grows, the outbox,
// the payment journal and counters).
//
// bbolt's durability defaults are kept: every Update is fsynced before it
// returns, so anything acknowledged to a person survives a power cut.
package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

var bucketMeta = []byte("meta")

var keySchema = []byte("schema")

// Migration upgrades the database by one schema version inside one
// transaction. Migrations[i] takes the schema from version i to i+1.
type Migration func(tx *bolt.Tx) error

// OpenBolt opens (creating if needed) the bbolt file at path, waiting at
// most timeout for the file lock, and brings its schema up to date with
// migrations.
//
// A new file is made in a temporary file beside path, migrated, synced and
// then renamed into place, so a power cut during the very first start leaves
// either no database or a complete one, never a half-made file (bbolt's
// first initialisation is not crash-safe on its own).
func OpenBolt(path string, timeout time.Duration, migrations []Migration) (*bolt.DB, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := create(path, timeout, migrations); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, fmt.Errorf("store: stat %s: %w", path, err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: timeout})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return migrate(tx, migrations) }); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: migrate %s: %w", path, err)
	}
	return db, nil
}

func create(path string, timeout time.Duration, migrations []Migration) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("store: make data dir: %w", err)
	}
	tmp := path + ".creating"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("store: remove stale %s: %w", tmp, err)
	}
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: timeout})
	if err != nil {
		return fmt.Errorf("store: create %s: %w", tmp, err)
	}
	if err := db.Update(func(tx *bolt.Tx) error { return migrate(tx, migrations) }); err != nil {
		db.Close()
		return fmt.Errorf("store: initialise %s: %w", tmp, err)
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", tmp, err)
	}
	if err := syncFile(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("store: rename into place: %w", err)
	}
	return syncFile(dir)
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("store: sync %s: %w", path, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("store: sync %s: %w", path, err)
	}
	return nil
}

// SchemaVersion reads the schema version recorded in the meta bucket.
func SchemaVersion(tx *bolt.Tx) uint64 {
	b := tx.Bucket(bucketMeta)
	if b == nil {
		return 0
	}
	v := b.Get(keySchema)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func migrate(tx *bolt.Tx, migrations []Migration) error {
	meta, err := tx.CreateBucketIfNotExists(bucketMeta)
	if err != nil {
		return err
	}
	have := SchemaVersion(tx)
	if have > uint64(len(migrations)) {
		return fmt.Errorf("database schema %d is newer than this program (%d): refusing to touch it", have, len(migrations))
	}
	for v := have; v < uint64(len(migrations)); v++ {
		if err := migrations[v](tx); err != nil {
			return fmt.Errorf("schema %d→%d: %w", v, v+1, err)
		}
	}
	return meta.Put(keySchema, binary.BigEndian.AppendUint64(nil, uint64(len(migrations))))
}
