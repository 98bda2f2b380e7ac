package hall

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/nacl/box"
)

var (
	bucketTerminals = []byte("terminals")   // terminal ID → Terminal
	bucketCodes     = []byte("enrol_codes") // sha256(code) → EnrolCode
	bucketKeys      = []byte("hall_keys")   // name → key bytes
	bucketLedger    = []byte("ledger")      // idempotency key → LedgerEntry
	bucketRecords   = []byte("records")     // seq → applied business record
	bucketBeats     = []byte("heartbeats")  // terminal ID → last Heartbeat
)

// Terminal is an enrolled terminal.
type Terminal struct {
	ID         string    `json:"id"`
	StationID  string    `json:"station_id"`
	PublicKey  []byte    `json:"public_key"`
	EnrolledAt time.Time `json:"enrolled_at"`
	Revoked    bool      `json:"revoked"`
	RevokedAt  time.Time `json:"revoked_at,omitzero"`
}

// EnrolCode is a one-time code an admin issues for one terminal.
type EnrolCode struct {
	TerminalID string    `json:"terminal_id"`
	StationID  string    `json:"station_id"`
	Expires    time.Time `json:"expires"`
	UsedAt     time.Time `json:"used_at,omitzero"`
}

// Errors of enrolment and authentication.
var (
	ErrBadCode        = errors.New("enrolment code unknown, used or expired")
	ErrUnknownTerm    = errors.New("unknown terminal")
	ErrRevoked        = errors.New("terminal revoked")
	ErrAlreadyEnroled = errors.New("terminal already enrolled")
)

func codeHash(code string) []byte {
	s := sha256.Sum256([]byte(strings.ToUpper(strings.TrimSpace(code))))
	return s[:]
}

// IssueCode makes a one-time enrolment code for a terminal, valid for ttl.
// Only its hash is stored.
func (s *Store) IssueCode(terminalID, stationID string, ttl time.Duration, now time.Time) (string, error) {
	if terminalID == "" {
		return "", errors.New("hall: issue code: terminal ID required")
	}
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("hall: issue code: %w", err)
	}
	code := strings.ToUpper(hex.EncodeToString(b))
	code = code[:4] + "-" + code[4:8] + "-" + code[8:12] + "-" + code[12:]
	ec := EnrolCode{TerminalID: terminalID, StationID: stationID, Expires: now.Add(ttl).UTC()}
	err := s.db.Update(func(tx *bolt.Tx) error {
		enc, err := json.Marshal(ec)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketCodes).Put(codeHash(code), enc)
	})
	if err != nil {
		return "", fmt.Errorf("hall: issue code: %w", err)
	}
	return code, nil
}

// Enrol uses a code to register a terminal's public key.
func (s *Store) Enrol(code string, pub []byte, now time.Time) (Terminal, error) {
	if len(pub) != ed25519.PublicKeySize {
		return Terminal{}, fmt.Errorf("hall: enrol: public key is %d bytes, want %d", len(pub), ed25519.PublicKeySize)
	}
	var t Terminal
	err := s.db.Update(func(tx *bolt.Tx) error {
		codes := tx.Bucket(bucketCodes)
		raw := codes.Get(codeHash(code))
		if raw == nil {
			return ErrBadCode
		}
		var ec EnrolCode
		if err := json.Unmarshal(raw, &ec); err != nil {
			return err
		}
		terms := tx.Bucket(bucketTerminals)
		if !ec.UsedAt.IsZero() {
			// The same terminal asking again (its first answer was lost on
			// the way back) gets the same enrolment; anyone else does not.
			if prev := terms.Get([]byte(ec.TerminalID)); prev != nil {
				var old Terminal
				if err := json.Unmarshal(prev, &old); err == nil && !old.Revoked && bytes.Equal(old.PublicKey, pub) {
					t = old
					return nil
				}
			}
			return ErrBadCode
		}
		if now.After(ec.Expires) {
			return ErrBadCode
		}
		if prev := terms.Get([]byte(ec.TerminalID)); prev != nil {
			var old Terminal
			if err := json.Unmarshal(prev, &old); err == nil && !old.Revoked {
				return ErrAlreadyEnroled
			}
		}
		ec.UsedAt = now.UTC()
		enc, err := json.Marshal(ec)
		if err != nil {
			return err
		}
		if err := codes.Put(codeHash(code), enc); err != nil {
			return err
		}
		t = Terminal{ID: ec.TerminalID, StationID: ec.StationID, PublicKey: pub, EnrolledAt: now.UTC()}
		enc, err = json.Marshal(t)
		if err != nil {
			return err
		}
		return terms.Put([]byte(t.ID), enc)
	})
	if err != nil {
		return Terminal{}, fmt.Errorf("hall: enrol: %w", err)
	}
	s.forgetTerminal(t.ID)
	return t, nil
}

// Revoke refuses a terminal from now on (a stolen or replaced machine).
func (s *Store) Revoke(terminalID string, now time.Time) error {
	return s.updateTerminal(terminalID, func(t *Terminal) { t.Revoked, t.RevokedAt = true, now.UTC() })
}

func (s *Store) updateTerminal(id string, f func(*Terminal)) error {
	defer s.forgetTerminal(id)
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketTerminals)
		raw := b.Get([]byte(id))
		if raw == nil {
			return ErrUnknownTerm
		}
		var t Terminal
		if err := json.Unmarshal(raw, &t); err != nil {
			return err
		}
		f(&t)
		enc, err := json.Marshal(t)
		if err != nil {
			return err
		}
		return b.Put([]byte(id), enc)
	})
}

// Terminal returns an enrolled terminal. Every signed request asks, so
// terminals are cached in memory; enrolment and revocation clear the cache.
func (s *Store) Terminal(id string) (Terminal, error) {
	s.termMu.RLock()
	t, ok := s.terms[id]
	s.termMu.RUnlock()
	if ok {
		return t, nil
	}
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketTerminals).Get([]byte(id))
		if raw == nil {
			return ErrUnknownTerm
		}
		return json.Unmarshal(raw, &t)
	})
	if err != nil {
		return Terminal{}, err
	}
	s.termMu.Lock()
	if s.terms == nil {
		s.terms = map[string]Terminal{}
	}
	s.terms[id] = t
	s.termMu.Unlock()
	return t, nil
}

func (s *Store) forgetTerminal(id string) {
	s.termMu.Lock()
	delete(s.terms, id)
	s.termMu.Unlock()
}

// Keys are the hall's own keys, made at the first start.
type Keys struct {
	SealPublic  *[32]byte // terminals seal personal data to it
	SealPrivate *[32]byte
	Signing     ed25519.PrivateKey // signs configuration and releases
}

// Keys returns the hall's keys, making them on first use.
func (s *Store) Keys() (Keys, error) {
	var k Keys
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketKeys)
		sealPub, sealPriv, seed := b.Get([]byte("seal_pub")), b.Get([]byte("seal_priv")), b.Get([]byte("signing_seed"))
		if sealPub == nil || sealPriv == nil || seed == nil {
			pub, priv, err := box.GenerateKey(rand.Reader)
			if err != nil {
				return err
			}
			newSeed := make([]byte, ed25519.SeedSize)
			if _, err := rand.Read(newSeed); err != nil {
				return err
			}
			for name, v := range map[string][]byte{"seal_pub": pub[:], "seal_priv": priv[:], "signing_seed": newSeed} {
				if err := b.Put([]byte(name), v); err != nil {
					return err
				}
			}
			sealPub, sealPriv, seed = pub[:], priv[:], newSeed
		}
		k.SealPublic, k.SealPrivate = new([32]byte), new([32]byte)
		copy(k.SealPublic[:], sealPub)
		copy(k.SealPrivate[:], sealPriv)
		k.Signing = ed25519.NewKeyFromSeed(seed)
		return nil
	})
	if err != nil {
		return Keys{}, fmt.Errorf("hall: keys: %w", err)
	}
	return k, nil
}
