package hall

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/crypto/nacl/box"

	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/identity"
	"github.com/village-kiosk/kiosk/sync/wire"
)

type hallClock struct{ t atomic.Int64 }

func (c *hallClock) now() time.Time      { return time.Unix(0, c.t.Load()) }
func (c *hallClock) set(t time.Time)     { c.t.Store(t.UnixNano()) }
func (c *hallClock) add(d time.Duration) { c.t.Add(int64(d)) }

type rig struct {
	st     *Store
	srv    *httptest.Server
	clock  *hallClock
	client *hallclient.Client
	key    *identity.Key
	enrol  wire.EnrolResponse
}

// newRig starts a hall and enrols one terminal, T-1, with a code.
func newRig(t *testing.T) *rig {
	t.Helper()
	st, err := OpenStore(filepath.Join(t.TempDir(), "hall.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	clk := &hallClock{}
	clk.set(t0)
	srv := httptest.NewServer(NewServer(st, WithClock(clk.now), WithLogger(quiet)).Handler())
	t.Cleanup(srv.Close)
	code, err := st.IssueCode("T-1", "ST-DL-001", time.Hour, t0)
	if err != nil {
		t.Fatal(err)
	}
	// The terminal's own clock is wrong by an hour (a power cut).
	client, err := hallclient.New(srv.URL, hallclient.Options{Timeout: 10 * time.Second, RetryWait: time.Millisecond, Logger: quiet,
		Now: func() time.Time { return clk.now().Add(-time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	key := identity.New(bytes.Repeat([]byte{1}, 32))
	res, err := client.Enrol(context.Background(), wire.EnrolRequest{Code: code, TerminalID: "T-1", PublicKey: key.Public()})
	if err != nil {
		t.Fatal(err)
	}
	// A lost answer: the same terminal asks again with the same code.
	again, err := client.Enrol(context.Background(), wire.EnrolRequest{Code: code, TerminalID: "T-1", PublicKey: key.Public()})
	if err != nil || !bytes.Equal(again.SealKey, res.SealKey) {
		t.Fatalf("repeated enrolment: %v", err)
	}
	client.SetIdentity("T-1", key)
	return &rig{st: st, srv: srv, clock: clk, client: client, key: key, enrol: res}
}

func TestEnrolmentCodesAreOneTime(t *testing.T) {
	r := newRig(t)
	other := identity.New(bytes.Repeat([]byte{2}, 32))
	code, _ := r.st.IssueCode("T-1", "ST-DL-001", time.Hour, t0)
	_, err := r.client.Enrol(context.Background(), wire.EnrolRequest{Code: code, PublicKey: other.Public()})
	var se *hallclient.StatusError
	if !errors.As(err, &se) || se.Code != "already_enrolled" {
		t.Errorf("second terminal under an enrolled ID: %v", err)
	}
	for _, c := range []string{"NOPE-NOPE", ""} {
		if _, err := r.client.Enrol(context.Background(), wire.EnrolRequest{Code: c, PublicKey: other.Public()}); err == nil {
			t.Errorf("code %q accepted", c)
		}
	}
	expiring, _ := r.st.IssueCode("T-2", "ST-DL-001", time.Minute, t0)
	r.clock.add(2 * time.Minute)
	if _, err := r.client.Enrol(context.Background(), wire.EnrolRequest{Code: expiring, PublicKey: other.Public()}); !errors.As(err, &se) || se.Code != "bad_code" {
		t.Errorf("expired code: %v", err)
	}
}

func TestSignedOutboxAndHeartbeat(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if _, err := r.client.Heartbeat(ctx, wire.Heartbeat{Version: "x"}); err != nil {
		t.Fatal(err)
	}
	off, ok := r.client.ClockOffset()
	if !ok || off < 59*time.Minute {
		t.Fatalf("clock offset %v", off)
	}
	sealKey := new([32]byte)
	copy(sealKey[:], r.enrol.SealKey)
	sealed, _ := box.SealAnonymous(nil, []byte(`{"id":"440606199001011234"}`), sealKey, rand.Reader)
	sealedJSON, _ := json.Marshal(sealed)
	batch := wire.OutboxBatch{Records: []wire.OutboxRecord{
		{Key: "k1", Kind: "ticket", CreatedAt: t0, Payload: json.RawMessage(`{"text":"路灯坏了"}`)},
		{Key: "k2", Kind: "application", CreatedAt: t0, Sealed: true, Payload: sealedJSON},
		{Key: "k3", Kind: "application", CreatedAt: t0, Sealed: true, Payload: json.RawMessage(`"bm90IGEgYm94"`)},
	}}
	res, reached, err := r.client.SendOutbox(ctx, batch)
	if err != nil || !reached {
		t.Fatal(err)
	}
	want := []string{wire.OutcomeApplied, wire.OutcomeApplied, wire.OutcomeRejected}
	for i, w := range want {
		if res.Results[i].Outcome != w {
			t.Errorf("record %d: %+v", i, res.Results[i])
		}
	}
	// The same batch again: one effect, first results.
	r.clock.add(time.Second)
	res2, _, err := r.client.SendOutbox(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if res2.Results[0].Outcome != wire.OutcomeDuplicate || string(res2.Results[0].Result) != string(res.Results[0].Result) {
		t.Errorf("repeat: %+v", res2.Results[0])
	}
	// The same key with other content is refused.
	batch.Records = batch.Records[:1]
	batch.Records[0].Payload = json.RawMessage(`{"text":"something else"}`)
	r.clock.add(time.Second)
	res3, _, _ := r.client.SendOutbox(ctx, batch)
	if res3.Results[0].Outcome != wire.OutcomeRejected {
		t.Errorf("reused key: %+v", res3.Results[0])
	}
	recs, _ := r.st.Records()
	if len(recs) != 2 || recs[0].Station != "ST-DL-001" {
		t.Errorf("hall holds %d records: %+v", len(recs), recs)
	}
}

// rawSigned builds a signed request by hand so it can be tampered with.
func (r *rig) rawSigned(t *testing.T, path string, body []byte, at time.Time) *http.Request {
	req, _ := http.NewRequest(http.MethodPost, r.srv.URL+path, bytes.NewReader(body))
	r.key.Sign(req, body, "T-1", at)
	return req
}

func do(t *testing.T, req *http.Request, body []byte) int {
	t.Helper()
	if body != nil {
		req.Body = http.NoBody
		req.Body = nopBody(body)
		req.ContentLength = int64(len(body))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestRefusesBadSignaturesReplaysStaleAndTampered(t *testing.T) {
	r := newRig(t)
	body := []byte(`{"version":"x"}`)
	now := r.clock.now()

	good := r.rawSigned(t, "/v1/heartbeat", body, now)
	if s := do(t, good, nil); s != 200 {
		t.Fatalf("good request: %d", s)
	}
	// Replay of the very same request.
	replay := r.rawSigned(t, "/v1/heartbeat", body, now)
	if s := do(t, replay, nil); s != 401 {
		t.Errorf("replay: %d", s)
	}
	// Tampered body under a good signature.
	tampered := r.rawSigned(t, "/v1/heartbeat", body, now.Add(time.Second))
	if s := do(t, tampered, []byte(`{"version":"y"}`)); s != 401 {
		t.Errorf("tampered: %d", s)
	}
	// Stale and future timestamps.
	for _, at := range []time.Time{now.Add(-10 * time.Minute), now.Add(10 * time.Minute)} {
		if s := do(t, r.rawSigned(t, "/v1/heartbeat", body, at), nil); s != 401 {
			t.Errorf("timestamp %v: %d", at.Sub(now), s)
		}
	}
	// Moved to another endpoint.
	moved := r.rawSigned(t, "/v1/heartbeat", body, now.Add(2*time.Second))
	moved.URL.Path = "/v1/outbox"
	if s := do(t, moved, nil); s != 401 {
		t.Errorf("moved: %d", s)
	}
	// Signed by another key.
	forged, _ := http.NewRequest(http.MethodPost, r.srv.URL+"/v1/heartbeat", bytes.NewReader(body))
	identity.New(bytes.Repeat([]byte{9}, 32)).Sign(forged, body, "T-1", now.Add(3*time.Second))
	if s := do(t, forged, nil); s != 401 {
		t.Errorf("forged: %d", s)
	}
	// Unknown terminal, missing headers, garbage signature.
	unknown, _ := http.NewRequest(http.MethodPost, r.srv.URL+"/v1/heartbeat", bytes.NewReader(body))
	r.key.Sign(unknown, body, "T-404", now.Add(4*time.Second))
	if s := do(t, unknown, nil); s != 401 {
		t.Errorf("unknown terminal: %d", s)
	}
	plain, _ := http.NewRequest(http.MethodPost, r.srv.URL+"/v1/heartbeat", bytes.NewReader(body))
	if s := do(t, plain, nil); s != 401 {
		t.Errorf("unsigned: %d", s)
	}
	garbage := r.rawSigned(t, "/v1/heartbeat", body, now.Add(5*time.Second))
	garbage.Header.Set(wire.HeaderSignature, base64.StdEncoding.EncodeToString([]byte("short")))
	if s := do(t, garbage, nil); s != 401 {
		t.Errorf("garbage signature: %d", s)
	}
	// Revoked: refused with 403 even when signed correctly.
	if err := r.st.Revoke("T-1", now); err != nil {
		t.Fatal(err)
	}
	if s := do(t, r.rawSigned(t, "/v1/heartbeat", body, now.Add(6*time.Second)), nil); s != 403 {
		t.Errorf("revoked: %d", s)
	}
}

func TestBadOutboxBatches(t *testing.T) {
	r := newRig(t)
	now := r.clock.now()
	for i, body := range [][]byte{
		[]byte(`not json`),
		[]byte(`{"records":[]}`),
		[]byte(`{"records":[{"key":"","kind":"x","payload":{}}]}`),
		[]byte(`{"records":[{"key":"a","kind":"","payload":{}}]}`),
	} {
		if s := do(t, r.rawSigned(t, "/v1/outbox", body, now.Add(time.Duration(i)*time.Millisecond)), nil); s != 400 {
			t.Errorf("batch %s: %d", body, s)
		}
	}
}
