package hallclient

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

func fastClient(t *testing.T, url string, now func() time.Time) *Client {
	t.Helper()
	c, err := New(url, Options{Timeout: 2 * time.Second, RetryWait: time.Millisecond, MaxWait: 5 * time.Millisecond, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRetriesTransientFailuresThen304(t *testing.T) {
	var calls atomic.Int32
	hallNow := time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set(wire.HeaderHallTime, hallNow.Format(time.RFC3339Nano))
		if calls.Add(1) < 3 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		if r.Header.Get("If-None-Match") != `"catalog-3"` {
			t.Errorf("If-None-Match = %q", r.Header.Get("If-None-Match"))
		}
		w.WriteHeader(http.StatusNotModified)
	}))
	defer srv.Close()
	// The terminal's clock is two hours behind after a power cut.
	c := fastClient(t, srv.URL, func() time.Time { return hallNow.Add(-2 * time.Hour) })
	res, err := c.Dataset(context.Background(), "catalog", `"catalog-3"`, 0)
	if err != nil || !res.NotModified || res.ETag != `"catalog-3"` {
		t.Fatalf("res=%+v err=%v", res, err)
	}
	if calls.Load() != 3 {
		t.Errorf("calls = %d", calls.Load())
	}
	off, ok := c.ClockOffset()
	if !ok || off != 2*time.Hour {
		t.Errorf("offset %v %v", off, ok)
	}
}

func TestErrorsAreClassified(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/datasets/missing":
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte(`{"code":"not_found","message":"no dataset"}`))
		case "/v1/datasets/garbage":
			w.Write([]byte(`<html>captive portal</html>`))
		case "/v1/datasets/wrongname":
			w.Write([]byte(`{"name":"jobs","revision":1,"data":[]}`))
		case "/v1/datasets/down":
			w.WriteHeader(http.StatusBadGateway)
		case "/v1/health":
			w.Write([]byte(`{"status":"ok","version":"x"}`))
		}
	}))
	defer srv.Close()
	c := fastClient(t, srv.URL, nil)
	ctx := context.Background()

	_, err := c.Dataset(ctx, "missing", "", 0)
	var se *StatusError
	if !errors.As(err, &se) || se.Status != 404 || se.Code != "not_found" || IsTransient(err) {
		t.Errorf("404: %v", err)
	}
	if _, err := c.Dataset(ctx, "garbage", "", 0); !errors.Is(err, ErrBadResponse) || !IsTransient(err) {
		t.Errorf("garbage: %v", err)
	}
	if _, err := c.Dataset(ctx, "wrongname", "", 0); !errors.Is(err, ErrBadResponse) {
		t.Errorf("wrong name: %v", err)
	}
	if _, err := c.Dataset(ctx, "down", "", 0); !errors.As(err, &se) || se.Status != 502 || !IsTransient(err) {
		t.Errorf("502: %v", err)
	}
	if h, err := c.Health(ctx); err != nil || h.Version != "x" {
		t.Errorf("health: %+v %v", h, err)
	}

	srv.Close()
	if _, err := c.Dataset(ctx, "catalog", "", 0); !errors.Is(err, ErrUnreachable) || !IsTransient(err) {
		t.Errorf("closed server: %v", err)
	}
}

func TestOverallDeadline(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(block)
	c, err := New(srv.URL, Options{Timeout: 100 * time.Millisecond, RetryWait: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Dataset(context.Background(), "catalog", "", 0); !IsTransient(err) {
		t.Errorf("deadline: %v", err)
	}
}

func TestBadURL(t *testing.T) {
	for _, u := range []string{"", "hall:8700", "ftp://x", "http://"} {
		if _, err := New(u, Options{}); err == nil {
			t.Errorf("New(%q) accepted", u)
		}
	}
}

func FuzzDecodeDataset(f *testing.F) {
	f.Add([]byte(`{"name":"catalog","revision":1,"updated_at":"2026-11-25T00:00:00Z","data":{}}`))
	f.Add([]byte(`{"name":"","revision":0}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"name":"x","revision":1,"data":null}`))
	f.Add([]byte(`[`))
	f.Add([]byte(`{"name":"x","revision":3,"hash":"ab","base":2,"delta":{"fields":{"a":1}}}`))
	f.Add([]byte(`{"name":"x","revision":3,"hash":"ab","data":{"a":1}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ds, err := DecodeDataset(body)
		if err == nil && (ds.Name == "" || ds.Revision == 0 || (len(ds.Data) == 0 && ds.Delta == nil)) {
			t.Errorf("accepted an incomplete dataset: %+v", ds)
		}
		if err != nil && !errors.Is(err, ErrBadResponse) {
			t.Errorf("unclassified error: %v", err)
		}
	})
}
