// Package identity holds the terminal's own key: an ed25519 key pair made
// on the terminal at first start and kept in a file only root can read.
// Every request to the hall is signed with it.
package identity

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// Key is the terminal's signing key.
type Key struct {
	priv ed25519.PrivateKey
}

// LoadOrCreate reads the key at path, making and saving a new one (mode
// 0600, written to a temporary file, synced and renamed) when there is
// none.
func LoadOrCreate(path string) (*Key, error) {
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		if len(data) != ed25519.SeedSize {
			return nil, fmt.Errorf("identity: %s holds %d bytes, want a %d-byte seed", path, len(data), ed25519.SeedSize)
		}
		fi, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("identity: %w", err)
		}
		if fi.Mode().Perm()&0o077 != 0 {
			return nil, fmt.Errorf("identity: %s is readable by others (mode %v): refusing to use it", path, fi.Mode().Perm())
		}
		return &Key{priv: ed25519.NewKeyFromSeed(data)}, nil
	case !errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("identity: %w", err)
	}
	seed := make([]byte, ed25519.SeedSize)
	if _, err := rand.Read(seed); err != nil {
		return nil, fmt.Errorf("identity: %w", err)
	}
	if err := writeFileAtomic(path, seed, 0o600); err != nil {
		return nil, err
	}
	return &Key{priv: ed25519.NewKeyFromSeed(seed)}, nil
}

// New returns a key from a seed (for tests and tools).
func New(seed []byte) *Key { return &Key{priv: ed25519.NewKeyFromSeed(seed)} }

// Public returns the public key sent at enrolment.
func (k *Key) Public() ed25519.PublicKey { return k.priv.Public().(ed25519.PublicKey) }

// Sign signs req (whose body is body) as terminal id at time now: it sets
// the terminal, timestamp and signature headers.
func (k *Key) Sign(req *http.Request, body []byte, terminalID string, now time.Time) {
	ts := now.UTC().Format(time.RFC3339Nano)
	sig := ed25519.Sign(k.priv, wire.CanonicalRequest(req.Method, req.URL.RequestURI(), ts, body))
	req.Header.Set(wire.HeaderTerminal, terminalID)
	req.Header.Set(wire.HeaderTimestamp, ts)
	req.Header.Set(wire.HeaderSignature, base64.StdEncoding.EncodeToString(sig))
}

func writeFileAtomic(path string, data []byte, mode os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	f, err := os.CreateTemp(dir, ".key-*")
	if err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return fmt.Errorf("identity: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("identity: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("identity: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	defer d.Close()
	return d.Sync()
}
