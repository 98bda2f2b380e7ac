package store

import (
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// BucketCounters holds usage counters: "YYYY-MM-DD/name" → count.
var BucketCounters = []byte("counters")

func counterKey(day time.Time, name string) []byte {
	return []byte(day.Format("2006-01-02") + "/" + name)
}

// Count adds one to the counter name for the day of at. Counters are per
// day so the staff screen can show today's figures and the heartbeat can
// report them; they hold no personal data.
func (s *Store) Count(name string, at time.Time) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(BucketCounters)
		k := counterKey(at, name)
		var n uint64
		if v := b.Get(k); len(v) == 8 {
			n = binary.BigEndian.Uint64(v)
		}
		return b.Put(k, binary.BigEndian.AppendUint64(nil, n+1))
	})
	if err != nil {
		return fmt.Errorf("store: count %s: %w: %w", name, ErrStore, err)
	}
	return nil
}

// Counters returns the counters of the day of at.
func (s *Store) Counters(at time.Time) (map[string]int64, error) {
	out := map[string]int64{}
	prefix := []byte(at.Format("2006-01-02") + "/")
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(BucketCounters).Cursor()
		for k, v := c.Seek(prefix); k != nil && len(k) > len(prefix) && string(k[:len(prefix)]) == string(prefix); k, v = c.Next() {
			if len(v) == 8 {
				out[string(k[len(prefix):])] = int64(binary.BigEndian.Uint64(v))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: counters: %w: %w", ErrStore, err)
	}
	return out, nil
}
