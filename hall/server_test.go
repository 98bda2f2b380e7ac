package hall

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

var t0 = time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)

func newTestServer(t *testing.T) (*Store, *httptest.Server) {
	t.Helper()
	st, err := OpenStore(filepath.Join(t.TempDir(), "hall.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv := httptest.NewServer(NewServer(st, WithClock(func() time.Time { return t0 }), WithVersion("test")).Handler())
	t.Cleanup(srv.Close)
	return st, srv
}

func get(t *testing.T, url string, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func TestHealth(t *testing.T) {
	_, srv := newTestServer(t)
	resp, body := get(t, srv.URL+"/v1/health", nil)
	var h wire.Health
	if resp.StatusCode != 200 || json.Unmarshal(body, &h) != nil || h.Status != "ok" || h.Version != "test" {
		t.Fatalf("health: %d %s", resp.StatusCode, body)
	}
	if got := resp.Header.Get(wire.HeaderHallTime); got != t0.Format(time.RFC3339Nano) {
		t.Errorf("hall time header %q", got)
	}
}

func TestDatasetRevisionETagAnd304(t *testing.T) {
	st, srv := newTestServer(t)
	rev, changed, err := st.PublishDataset("catalog", json.RawMessage(`{"items":[1]}`), t0)
	if err != nil || rev != 1 || !changed {
		t.Fatalf("publish: %d %v %v", rev, changed, err)
	}
	// Publishing the same content keeps the revision.
	if rev, changed, _ := st.PublishDataset("catalog", json.RawMessage(`{"items":[1]}`), t0.Add(time.Hour)); rev != 1 || changed {
		t.Fatalf("identical republish bumped revision: %d %v", rev, changed)
	}

	resp, body := get(t, srv.URL+"/v1/datasets/catalog", nil)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d %s", resp.StatusCode, body)
	}
	etag := resp.Header.Get("ETag")
	if etag != `"catalog-1"` {
		t.Errorf("etag %q", etag)
	}
	var ds wire.Dataset
	if err := json.Unmarshal(body, &ds); err != nil || ds.Revision != 1 || string(ds.Data) != `{"items":[1]}` || !ds.UpdatedAt.Equal(t0) {
		t.Fatalf("body %s (%v)", body, err)
	}

	for _, inm := range []string{etag, "W/" + etag, `"x", ` + etag, "*"} {
		resp, body = get(t, srv.URL+"/v1/datasets/catalog", map[string]string{"If-None-Match": inm})
		if resp.StatusCode != http.StatusNotModified || len(body) != 0 {
			t.Errorf("If-None-Match %s: %d %q", inm, resp.StatusCode, body)
		}
		if resp.Header.Get("ETag") != etag {
			t.Errorf("304 without ETag")
		}
	}

	if _, _, err := st.PublishDataset("catalog", json.RawMessage(`{"items":[1,2]}`), t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	resp, body = get(t, srv.URL+"/v1/datasets/catalog", map[string]string{"If-None-Match": etag})
	if resp.StatusCode != 200 || resp.Header.Get("ETag") != `"catalog-2"` {
		t.Fatalf("after change: %d %s", resp.StatusCode, resp.Header.Get("ETag"))
	}
	if err := json.Unmarshal(body, &ds); err != nil || ds.Revision != 2 {
		t.Fatalf("after change body %s", body)
	}
}

func TestBadRequests(t *testing.T) {
	st, srv := newTestServer(t)
	if _, _, err := st.PublishDataset("catalog", json.RawMessage(`{}`), t0); err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.PublishDataset("broken", json.RawMessage(`{not json`), t0); err == nil {
		t.Error("published invalid JSON")
	}
	cases := []struct {
		method, path string
		status       int
		code         string
	}{
		{"GET", "/v1/datasets/unknown", 404, "not_found"},
		{"GET", "/v1/datasets/Catalog%21", 400, "bad_request"},
		{"GET", "/v1/datasets/catalog?since=abc", 400, "bad_request"},
		{"GET", "/v1/nothing", 404, "not_found"},
		{"POST", "/v1/datasets/catalog", 405, "method_not_allowed"},
		{"DELETE", "/v1/health", 405, ""},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(c.method, srv.URL+c.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != c.status {
			t.Errorf("%s %s: status %d, want %d", c.method, c.path, resp.StatusCode, c.status)
		}
		if c.code != "" {
			var e wire.Error
			if err := json.Unmarshal(body, &e); err != nil || e.Code != c.code || e.Message == "" {
				t.Errorf("%s %s: error body %s", c.method, c.path, body)
			}
		}
	}
}

func TestDatasetsSurviveRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hall.db")
	st, err := OpenStore(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.PublishDataset("catalog", json.RawMessage(`{"a":[1]}`), t0); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st, err = OpenStore(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ds, ok, err := st.Dataset("catalog")
	if err != nil || !ok || ds.Revision != 1 {
		t.Fatalf("after restart: %+v %v %v", ds, ok, err)
	}
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestDatasetsAreGzippedWhenAsked(t *testing.T) {
	st, srv := newTestServer(t)
	big := []byte(`{"items":[` + strings.Repeat(`{"name":"个体工商户设立登记"},`, 2000) + `{}]}`)
	if _, _, err := st.PublishDataset("catalog", big, t0); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/v1/datasets/catalog", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.Header.Get("Content-Encoding") != "gzip" || len(raw) > len(big)/10 {
		t.Fatalf("encoding %q, %d bytes for %d", resp.Header.Get("Content-Encoding"), len(raw), len(big))
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	var ds wire.Dataset
	if err := json.Unmarshal(plain, &ds); err != nil || !bytes.Equal(ds.Data, big) {
		t.Fatalf("gzipped body does not decode to the dataset: %v", err)
	}
	// Without Accept-Encoding the body is plain.
	resp2, body := get(t, srv.URL+"/v1/datasets/catalog", map[string]string{"Accept-Encoding": "identity"})
	if resp2.Header.Get("Content-Encoding") != "" || !json.Valid(body) {
		t.Errorf("identity request got %q", resp2.Header.Get("Content-Encoding"))
	}
}

func TestDatasetDeltaSinceRevision(t *testing.T) {
	st, srv := newTestServer(t)
	v1 := `{"items":[{"id":"a","n":1},{"id":"b","n":2}],"note":"x"}`
	v2 := `{"items":[{"id":"b","n":2},{"id":"c","n":3}],"note":"y"}`
	st.PublishDataset("jobs", json.RawMessage(v1), t0)
	st.PublishDataset("jobs", json.RawMessage(v2), t0)
	_, body := get(t, srv.URL+"/v1/datasets/jobs?since=1", nil)
	var ds wire.Dataset
	if err := json.Unmarshal(body, &ds); err != nil || ds.Delta == nil || ds.Base != 1 || ds.Revision != 2 || len(ds.Data) != 0 {
		t.Fatalf("delta answer: %s", body)
	}
	c1, _ := wire.Canonical([]byte(v1))
	out, err := wire.Apply(c1, *ds.Delta, ds.Hash)
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := wire.Canonical([]byte(v2))
	if string(out) != string(c2) {
		t.Errorf("delta gives %s, want %s", out, c2)
	}
	// A revision the hall does not keep gets the whole dataset.
	_, body = get(t, srv.URL+"/v1/datasets/jobs?since=99", nil)
	var full wire.Dataset
	if err := json.Unmarshal(body, &full); err != nil || full.Delta != nil || len(full.Data) == 0 {
		t.Fatalf("full answer: %s", body)
	}
}

func TestGuidePageForPhones(t *testing.T) {
	st, srv := newTestServer(t)
	cat := wire.Catalog{
		Departments: []wire.Department{{ID: "MZ", Name: wire.Text{"zh-Hans": "区民政局"}}},
		Items: []wire.CatalogItem{{ID: "SD-MZ-0001", Name: wire.Text{"zh-Hans": "结婚登记"}, DepartmentID: "MZ", TimeLimitDays: 1,
			Materials: []wire.Material{{Name: wire.Text{"zh-Hans": "居民身份证"}, Original: true}}, LegalBasis: wire.Text{"zh-Hans": "《婚姻登记条例》<b>"}}},
	}
	data, _ := json.Marshal(cat)
	st.PublishDataset("catalog", data, t0)
	resp, body := get(t, srv.URL+"/guide/SD-MZ-0001", nil)
	page := string(body)
	if resp.StatusCode != 200 || !strings.Contains(page, "结婚登记") || !strings.Contains(page, "居民身份证（原件）") || !strings.Contains(page, "即来即办") {
		t.Fatalf("guide page %d:\n%s", resp.StatusCode, page)
	}
	if strings.Contains(page, "<b>") {
		t.Error("catalog text not escaped")
	}
	if resp, _ := get(t, srv.URL+"/guide/NOPE", nil); resp.StatusCode != 404 {
		t.Errorf("unknown item: %d", resp.StatusCode)
	}
}
