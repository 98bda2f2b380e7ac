package hall

import (
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// maxBody bounds every request body.
const maxBody = 8 << 20

func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		s.fail(w, http.StatusRequestEntityTooLarge, "too_large", "request body too large or unreadable")
		return nil, false
	}
	return body, true
}

// signed wraps a handler for enrolled terminals: the body is read once,
// the signature checked, and the terminal passed on.
func (s *Server) signed(h func(http.ResponseWriter, *http.Request, Terminal, []byte)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, ok := s.readBody(w, r)
		if !ok {
			return
		}
		t, status, err := s.authenticate(r, body)
		if err != nil {
			code := "unauthorized"
			if status == http.StatusForbidden {
				code = "revoked"
			}
			s.log.Warn("refused request", "path", r.URL.Path, "terminal", r.Header.Get(wire.HeaderTerminal), "reason", err.Error())
			s.fail(w, status, code, err.Error())
			return
		}
		h(w, r, t, body)
	}
}

func (s *Server) enrol(w http.ResponseWriter, r *http.Request) {
	body, ok := s.readBody(w, r)
	if !ok {
		return
	}
	var req wire.EnrolRequest
	if err := json.Unmarshal(body, &req); err != nil || req.Code == "" {
		s.fail(w, http.StatusBadRequest, "bad_request", "an enrolment request needs a code and a public key")
		return
	}
	t, err := s.store.Enrol(req.Code, req.PublicKey, s.now())
	switch {
	case errors.Is(err, ErrBadCode):
		s.fail(w, http.StatusForbidden, "bad_code", "the enrolment code is unknown, used or expired")
		return
	case errors.Is(err, ErrAlreadyEnroled):
		s.fail(w, http.StatusConflict, "already_enrolled", "this terminal is enrolled; an admin must revoke it first")
		return
	case err != nil:
		s.fail(w, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	keys, err := s.store.Keys()
	if err != nil {
		s.log.Error("hall keys", "err", err)
		s.fail(w, http.StatusInternalServerError, "internal", "hall keys unavailable")
		return
	}
	s.log.Info("terminal enrolled", "terminal", t.ID, "station", t.StationID)
	s.writeJSON(w, http.StatusOK, wire.EnrolResponse{
		TerminalID: t.ID, SealKey: keys.SealPublic[:], SigningKey: keys.Signing.Public().(ed25519.PublicKey), Time: s.now().UTC(),
	})
}

// maxBatch bounds the records of one outbox request.
const maxBatch = 1000

func (s *Server) outbox(w http.ResponseWriter, r *http.Request, t Terminal, body []byte) {
	var b wire.OutboxBatch
	if err := json.Unmarshal(body, &b); err != nil {
		s.fail(w, http.StatusBadRequest, "bad_request", "outbox batch is not valid JSON")
		return
	}
	if len(b.Records) == 0 || len(b.Records) > maxBatch {
		s.fail(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("a batch has 1 to %d records", maxBatch))
		return
	}
	for i, rec := range b.Records {
		if rec.Key == "" || len(rec.Key) > 128 || rec.Kind == "" || len(rec.Payload) == 0 {
			s.fail(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("record %d needs a key (≤128), a kind and a payload", i))
			return
		}
	}
	keys, err := s.store.Keys()
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "internal", "hall keys unavailable")
		return
	}
	res, err := s.store.ApplyBatch(t, b, keys, s.now())
	if err != nil {
		s.log.Error("apply outbox batch", "terminal", t.ID, "err", err)
		s.fail(w, http.StatusInternalServerError, "internal", "cannot store the batch")
		return
	}
	s.writeJSON(w, http.StatusOK, res)
}

func (s *Server) heartbeat(w http.ResponseWriter, r *http.Request, t Terminal, body []byte) {
	var hb wire.Heartbeat
	if err := json.Unmarshal(body, &hb); err != nil {
		s.fail(w, http.StatusBadRequest, "bad_request", "heartbeat is not valid JSON")
		return
	}
	now := s.now()
	if err := s.store.SaveHeartbeat(t.ID, hb, now); err != nil {
		s.log.Error("save heartbeat", "terminal", t.ID, "err", err)
		s.fail(w, http.StatusInternalServerError, "internal", "cannot store the heartbeat")
		return
	}
	revs, err := s.store.Revisions()
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "internal", "cannot read dataset revisions")
		return
	}
	s.writeJSON(w, http.StatusOK, wire.HeartbeatReply{Time: now.UTC().Truncate(time.Millisecond), DatasetRevisions: revs})
}
