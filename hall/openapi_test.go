package hall

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/identity"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// validating checks every request and response that passes through it
// against the OpenAPI document.
type validating struct {
	t      *testing.T
	router routers.Router
	next   http.RoundTripper
	seen   map[string]map[int]bool // "METHOD path-template" → statuses seen
	// badRequest marks a request the test sends on purpose without what
	// the document requires (to see the server refuse it).
	badRequest bool
}

func (v *validating) RoundTrip(req *http.Request) (*http.Response, error) {
	var reqBody []byte
	if req.Body != nil {
		reqBody, _ = io.ReadAll(req.Body)
		req.Body = io.NopCloser(bytes.NewReader(reqBody))
	}
	route, params, err := v.router.FindRoute(req)
	if err != nil {
		v.t.Errorf("%s %s is not in the OpenAPI document: %v", req.Method, req.URL.Path, err)
		return v.next.RoundTrip(req)
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
	if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil && !v.badRequest {
		v.t.Errorf("request %s %s does not match the document: %v", req.Method, req.URL.Path, err)
	}
	req.Body = io.NopCloser(bytes.NewReader(reqBody))
	resp, err := v.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode, Header: resp.Header,
		Options: &openapi3filter.Options{IncludeResponseStatus: true}}
	out.SetBodyBytes(body)
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		v.t.Errorf("response %d to %s %s does not match the document: %v\n%s", resp.StatusCode, req.Method, req.URL.Path, err, body)
	}
	key := req.Method + " " + route.Path
	if v.seen[key] == nil {
		v.seen[key] = map[int]bool{}
	}
	v.seen[key][resp.StatusCode] = true
	resp.Body = io.NopCloser(bytes.NewReader(body))
	return resp, nil
}

// TestServerMatchesOpenAPIDocument drives every endpoint through its
// answers and validates each exchange against hall/openapi.yaml.
func TestServerMatchesOpenAPIDocument(t *testing.T) {
	doc, err := openapi3.NewLoader().LoadFromFile("openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the document itself is invalid: %v", err)
	}
	r := newRig(t)
	doc.Servers = openapi3.Servers{{URL: r.srv.URL}}
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	v := &validating{t: t, router: router, next: http.DefaultTransport, seen: map[string]map[int]bool{}}
	hc := &http.Client{Transport: v}
	get := func(path string, hdr map[string]string) {
		req, _ := http.NewRequest(http.MethodGet, r.srv.URL+path, nil)
		for k, val := range hdr {
			req.Header.Set(k, val)
		}
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	r.st.PublishDataset("catalog", json.RawMessage(`{"items":[]}`), t0)
	get("/v1/health", nil)
	get("/v1/datasets/catalog", nil)
	get("/v1/datasets/catalog", map[string]string{"If-None-Match": `"catalog-1"`})
	get("/v1/datasets/none", nil)
	get("/v1/verify/7K3M-Q9TX-2HVA", nil)
	get("/v1/verify/nope", nil)
	v.badRequest = true
	get("/v1/datasets/catalog?since=abc", nil)
	v.badRequest = false

	client, _ := hallclient.New(r.srv.URL, hallclient.Options{HTTPClient: hc, Retries: -1, Logger: quiet,
		Now: func() time.Time { return r.clock.now() }})
	ctx := context.Background()
	key := identity.New(bytes.Repeat([]byte{5}, 32))
	code, _ := r.st.IssueCode("T-9", "ST-DL-001", time.Hour, t0)
	if _, err := client.Enrol(ctx, wire.EnrolRequest{Code: code, TerminalID: "T-9", PublicKey: key.Public()}); err != nil {
		t.Fatal(err)
	}
	client.Enrol(ctx, wire.EnrolRequest{Code: "BAD", PublicKey: key.Public()})
	client.Enrol(ctx, wire.EnrolRequest{Code: code, PublicKey: []byte("short")})
	code2, _ := r.st.IssueCode("T-9", "ST-DL-001", time.Hour, t0)
	client.Enrol(ctx, wire.EnrolRequest{Code: code2, PublicKey: bytes.Repeat([]byte{6}, 32)})

	v.badRequest = true
	client.Heartbeat(ctx, wire.Heartbeat{Version: "x"}) // unsigned: 401
	v.badRequest = false
	client.SetIdentity("T-9", key)
	tick := func() { r.clock.add(time.Second) }
	if _, err := client.Heartbeat(ctx, wire.Heartbeat{Version: "x", Time: t0, Devices: []wire.DeviceHealth{{Name: "printer", State: "ok"}}}); err != nil {
		t.Fatal(err)
	}
	tick()
	if _, _, err := client.SendOutbox(ctx, wire.OutboxBatch{Records: []wire.OutboxRecord{{Key: "k", Kind: "ticket", CreatedAt: t0, Payload: json.RawMessage(`{}`)}}}); err != nil {
		t.Fatal(err)
	}
	tick()
	// Invalid batches are refused before validation by the server: send
	// them raw (the validator would flag the request itself).
	r.st.PutNotices([]wire.PaymentNotice{{Number: "44060120260009", PayerMasked: "陈**", Item: wire.Text{"zh-Hans": "工本费"}, AmountFen: 1000, Status: wire.NoticeUnpaid}})
	if _, err := client.Notice(ctx, "44060120260009"); err != nil {
		t.Fatal(err)
	}
	tick()
	client.Notice(ctx, "44060199999999")
	tick()
	if _, err := client.Reconciliation(ctx, t0); err != nil {
		t.Fatal(err)
	}
	tick()
	r.st.Revoke("T-9", r.clock.now())
	tick()
	client.Heartbeat(ctx, wire.Heartbeat{Version: "x", Time: t0})

	want := map[string][]int{
		"GET /v1/health":          {200},
		"GET /v1/datasets/{name}": {200, 304, 400, 404},
		"POST /v1/enrol":          {200, 400, 403, 409},
		"POST /v1/heartbeat":      {200, 401, 403},
		"POST /v1/outbox":         {200},
	}
	for op, statuses := range want {
		for _, s := range statuses {
			if !v.seen[op][s] {
				t.Errorf("%s never answered %d in this test", op, s)
			}
		}
	}
	// Every path the document lists is served, and vice versa.
	var docPaths []string
	for p := range doc.Paths.Map() {
		docPaths = append(docPaths, p)
	}
	slices.Sort(docPaths)
	served := []string{"/v1/datasets/{name}", "/v1/enrol", "/v1/health", "/v1/heartbeat", "/v1/notices/{number}", "/v1/outbox", "/v1/reconciliation", "/v1/verify/{code}"}
	if strings.Join(docPaths, " ") != strings.Join(served, " ") {
		t.Errorf("document paths %v, served %v", docPaths, served)
	}
}
