package hall

import (
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// Authentication failures; each is answered 401, a revoked terminal 403.
var (
	errNoSignature  = errors.New("request is not signed")
	errStale        = errors.New("timestamp outside the allowed clock skew")
	errBadSignature = errors.New("bad signature")
	errReplay       = errors.New("request replayed")
)

// replayCache remembers the signatures seen within the skew window, so a
// captured request cannot be sent again while its timestamp is still good.
type replayCache struct {
	mu   sync.Mutex
	seen map[string]time.Time // signature → request timestamp
	last time.Time            // last purge
}

func (c *replayCache) add(sig string, ts, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seen == nil {
		c.seen = map[string]time.Time{}
	}
	if now.Sub(c.last) > wire.MaxClockSkew {
		for k, t := range c.seen {
			if now.Sub(t) > 2*wire.MaxClockSkew {
				delete(c.seen, k)
			}
		}
		c.last = now
	}
	if _, dup := c.seen[sig]; dup {
		return false
	}
	c.seen[sig] = ts
	return true
}

// authenticate checks a terminal's signed request with body as its body.
func (s *Server) authenticate(r *http.Request, body []byte) (Terminal, int, error) {
	id, tsText, sigText := r.Header.Get(wire.HeaderTerminal), r.Header.Get(wire.HeaderTimestamp), r.Header.Get(wire.HeaderSignature)
	if id == "" || tsText == "" || sigText == "" {
		return Terminal{}, http.StatusUnauthorized, errNoSignature
	}
	ts, err := time.Parse(time.RFC3339Nano, tsText)
	if err != nil {
		return Terminal{}, http.StatusUnauthorized, fmt.Errorf("bad timestamp: %w", err)
	}
	now := s.now()
	if d := now.Sub(ts); d > wire.MaxClockSkew || d < -wire.MaxClockSkew {
		return Terminal{}, http.StatusUnauthorized, errStale
	}
	sig, err := base64.StdEncoding.DecodeString(sigText)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return Terminal{}, http.StatusUnauthorized, errBadSignature
	}
	t, err := s.store.Terminal(id)
	if err != nil {
		return Terminal{}, http.StatusUnauthorized, err
	}
	if t.Revoked {
		return Terminal{}, http.StatusForbidden, ErrRevoked
	}
	if !ed25519.Verify(t.PublicKey, wire.CanonicalRequest(r.Method, r.URL.RequestURI(), tsText, body), sig) {
		return Terminal{}, http.StatusUnauthorized, errBadSignature
	}
	if !s.replays.add(sigText, ts, now) {
		return Terminal{}, http.StatusUnauthorized, errReplay
	}
	return t, 0, nil
}
