package store

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

var keyEnrolment = []byte("enrolment")

// Enrolment is what the terminal learnt when it enrolled with the hall.
type Enrolment struct {
	TerminalID string    `json:"terminal_id"`
	HallURL    string    `json:"hall_url"`
	SealKey    []byte    `json:"seal_key"`    // personal data is sealed to it
	SigningKey []byte    `json:"signing_key"` // verifies what the hall signs
	At         time.Time `json:"at"`
}

// SaveEnrolment stores the enrolment durably.
func (s *Store) SaveEnrolment(e Enrolment) error {
	enc, err := json.Marshal(e)
	if err != nil {
		return err
	}
	err = s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keyEnrolment, enc) })
	if err != nil {
		return fmt.Errorf("store: save enrolment: %w: %w", ErrStore, err)
	}
	return nil
}

// Enrolment returns the stored enrolment; ok is false before enrolment.
func (s *Store) Enrolment() (e Enrolment, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketMeta).Get(keyEnrolment)
		if raw == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(raw, &e)
	})
	if err != nil {
		return Enrolment{}, false, fmt.Errorf("store: load enrolment: %w: %w", ErrStore, err)
	}
	return e, ok, nil
}
