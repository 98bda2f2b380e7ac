package devices

import (
	"iter"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/store"
)

// checkTx runs bbolt's consistency check over the whole store.
func checkTx(st *store.Store) iter.Seq[error] {
	return func(yield func(error) bool) {
		st.DB().View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				if !yield(err) {
					break
				}
			}
			return nil
		})
	}
}
