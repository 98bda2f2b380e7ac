package identity

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

func TestKeyIsMadeOnceAndKeptPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys", "terminal.key")
	k1, err := LoadOrCreate(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v (%v)", fi.Mode().Perm(), err)
	}
	k2, err := LoadOrCreate(path)
	if err != nil || !bytes.Equal(k1.Public(), k2.Public()) {
		t.Fatalf("reload gave another key (%v)", err)
	}
	os.Chmod(path, 0o644)
	if _, err := LoadOrCreate(path); err == nil {
		t.Error("a world-readable key was used")
	}
	os.WriteFile(path, []byte("short"), 0o600)
	if _, err := LoadOrCreate(path); err == nil {
		t.Error("a truncated key was used")
	}
}

func TestSignatureCoversMethodPathTimeAndBody(t *testing.T) {
	k := New(bytes.Repeat([]byte{7}, 32))
	body := []byte(`{"a":1}`)
	req, _ := http.NewRequest("POST", "http://hall/v1/outbox?x=1", bytes.NewReader(body))
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	k.Sign(req, body, "T-1", now)
	sig, err := base64.StdEncoding.DecodeString(req.Header.Get(wire.HeaderSignature))
	if err != nil {
		t.Fatal(err)
	}
	ts := req.Header.Get(wire.HeaderTimestamp)
	if req.Header.Get(wire.HeaderTerminal) != "T-1" || ts != "2026-11-25T09:00:00Z" {
		t.Fatalf("headers %v", req.Header)
	}
	if !ed25519.Verify(k.Public(), wire.CanonicalRequest("POST", "/v1/outbox?x=1", ts, body), sig) {
		t.Fatal("signature does not verify")
	}
	for _, c := range [][]byte{
		wire.CanonicalRequest("PUT", "/v1/outbox?x=1", ts, body),
		wire.CanonicalRequest("POST", "/v1/outbox?x=2", ts, body),
		wire.CanonicalRequest("POST", "/v1/outbox?x=1", "2026-11-25T09:00:01Z", body),
		wire.CanonicalRequest("POST", "/v1/outbox?x=1", ts, []byte(`{"a":2}`)),
	} {
		if ed25519.Verify(k.Public(), c, sig) {
			t.Errorf("signature verifies for altered request %q", c)
		}
	}
}
