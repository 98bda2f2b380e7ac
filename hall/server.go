package hall

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// Server serves the kiosk API.
type Server struct {
	store   *Store
	now     func() time.Time
	log     *slog.Logger
	version string
	replays replayCache
	encoded encodedCache
}

// Option configures a Server.
type Option func(*Server)

// WithClock sets the clock the server stamps responses with.
func WithClock(now func() time.Time) Option { return func(s *Server) { s.now = now } }

// WithLogger sets the logger. It should be a redacting one (internal/redact).
func WithLogger(l *slog.Logger) Option { return func(s *Server) { s.log = l } }

// WithVersion sets the version reported by the health endpoint.
func WithVersion(v string) Option { return func(s *Server) { s.version = v } }

// NewServer returns a server over st.
func NewServer(st *Store, opts ...Option) *Server {
	s := &Server{store: st, now: time.Now, log: slog.Default(), version: "dev"}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Handler returns the HTTP handler of the kiosk API.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/health", s.health)
	mux.HandleFunc("GET /v1/datasets/{name}", s.dataset)
	mux.HandleFunc("GET /guide/{item}", s.guide)
	mux.HandleFunc("GET /v1/verify/{code}", s.verify)
	mux.HandleFunc("POST /v1/enrol", s.enrol)
	mux.HandleFunc("POST /v1/outbox", s.signed(s.outbox))
	mux.HandleFunc("POST /v1/heartbeat", s.signed(s.heartbeat))
	mux.HandleFunc("GET /v1/notices/{number}", s.signed(s.notice))
	mux.HandleFunc("GET /v1/reconciliation", s.signed(s.reconciliation))
	for _, p := range []string{"/v1/health", "/v1/datasets/{name}"} {
		mux.HandleFunc(p, s.methodNotAllowed("GET, HEAD"))
	}
	for _, p := range []string{"/v1/enrol", "/v1/outbox", "/v1/heartbeat"} {
		mux.HandleFunc(p, s.methodNotAllowed("POST"))
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, http.StatusNotFound, "not_found", "no such endpoint")
	})
	return s.middleware(mux)
}

// middleware stamps every response with the hall's time, recovers from
// panics and logs each request (paths carry no personal data).
func (s *Server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.now()
		w.Header().Set(wire.HeaderHallTime, start.UTC().Format(time.RFC3339Nano))
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if p := recover(); p != nil {
				s.log.Error("handler panic", "path", r.URL.Path, "panic", fmt.Sprint(p))
				s.fail(rec, http.StatusInternalServerError, "internal", "internal error")
			}
			s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", rec.status)
		}()
		next.ServeHTTP(rec, r)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (s *Server) methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		s.fail(w, http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed here")
	}
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	s.writeJSON(w, http.StatusOK, wire.Health{Status: "ok", Version: s.version, Time: s.now().UTC()})
}

var datasetNameRE = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)

// ETag returns the entity tag of a dataset revision.
func ETag(name string, rev uint64) string {
	return `"` + name + "-" + strconv.FormatUint(rev, 10) + `"`
}

func (s *Server) dataset(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if !datasetNameRE.MatchString(name) {
		s.fail(w, http.StatusBadRequest, "bad_request", "dataset names are lowercase letters, digits, '-' or '_'")
		return
	}
	var since uint64
	for k, v := range r.URL.Query() {
		if k != "since" || len(v) != 1 {
			s.fail(w, http.StatusBadRequest, "bad_request", fmt.Sprintf("unknown or repeated query parameter %q", k))
			return
		}
		n, err := strconv.ParseUint(v[0], 10, 64)
		if err != nil {
			s.fail(w, http.StatusBadRequest, "bad_request", "since is a revision number")
			return
		}
		since = n
	}
	ds, ok, err := s.store.Dataset(name)
	if err != nil {
		s.log.Error("load dataset", "dataset", name, "err", err)
		s.fail(w, http.StatusInternalServerError, "internal", "cannot load the dataset")
		return
	}
	if !ok {
		s.fail(w, http.StatusNotFound, "not_found", fmt.Sprintf("no dataset %q", name))
		return
	}
	etag := ETag(name, ds.Revision)
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Vary", "Accept-Encoding")
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if delta, ok, err := s.store.DatasetSince(ds, since); err != nil {
		s.log.Error("dataset delta", "dataset", name, "err", err)
	} else if ok {
		s.writeJSON(w, http.StatusOK, delta)
		return
	}
	plain, gz, err := s.encoded.get(ds)
	if err != nil {
		s.log.Error("encode dataset", "dataset", name, "err", err)
		s.fail(w, http.StatusInternalServerError, "internal", "cannot encode the dataset")
		return
	}
	body := plain
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		// The catalog is 1.5 MB of JSON and village links are slow: gzip
		// makes it a fraction of that.
		body = gz
		w.Header().Set("Content-Encoding", "gzip")
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

func acceptsGzip(h string) bool {
	for _, part := range strings.Split(h, ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.TrimSpace(q) != "q=0" {
			return true
		}
	}
	return false
}

// encodedCache keeps each dataset's current revision encoded, plain and
// gzipped, so a fleet pulling it does not cost a compression each.
type encodedCache struct {
	mu sync.Mutex
	m  map[string]encodedDataset
}

type encodedDataset struct {
	rev       uint64
	plain, gz []byte
}

func (c *encodedCache) get(ds wire.Dataset) (plain, gz []byte, err error) {
	c.mu.Lock()
	e, ok := c.m[ds.Name]
	c.mu.Unlock()
	if ok && e.rev == ds.Revision {
		return e.plain, e.gz, nil
	}
	plain, err = json.Marshal(ds)
	if err != nil {
		return nil, nil, err
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(plain); err != nil {
		return nil, nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, nil, err
	}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]encodedDataset{}
	}
	c.m[ds.Name] = encodedDataset{rev: ds.Revision, plain: plain, gz: buf.Bytes()}
	c.mu.Unlock()
	return plain, buf.Bytes(), nil
}

// etagMatches implements If-None-Match: a list of tags or "*", weak tags
// compared weakly (RFC 9110 §13.1.2).
func etagMatches(header, etag string) bool {
	if header == "" {
		return false
	}
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		s.log.Error("encode response", "err", err)
		status, body = http.StatusInternalServerError, []byte(`{"code":"internal","message":"cannot encode the response"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

func (s *Server) fail(w http.ResponseWriter, status int, code, msg string) {
	s.writeJSON(w, status, wire.Error{Code: code, Message: msg})
}
