// Package hallclient is the terminal's HTTP client for the hall.
//
// It is built on resty: idempotent requests are retried with capped,
// jittered exponential backoff inside one overall deadline per call, 304 Not
// Modified is handled as a result and not a failure, and the hall's clock
// (sent on every response) is kept as an offset, because village terminals
// lose their time in power cuts.
package hallclient

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// ErrUnreachable means the hall could not be reached at all (network down,
// connection refused, timeout). It is transient: try again later.
var ErrUnreachable = errors.New("hall unreachable")

// ErrBadResponse means the hall answered with something the terminal cannot
// read. It is treated as transient, since a proxy or captive portal on a
// village link produces such answers.
var ErrBadResponse = errors.New("bad response from hall")

// StatusError is a non-2xx answer of the hall.
type StatusError struct {
	Status  int
	Code    string
	Message string
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("hall answered %d %s: %s", e.Status, e.Code, e.Message)
}

// Transient reports whether retrying later may succeed.
func (e *StatusError) Transient() bool {
	return e.Status >= 500 || e.Status == http.StatusTooManyRequests
}

// IsTransient reports whether err is worth retrying later.
func IsTransient(err error) bool {
	var se *StatusError
	if errors.As(err, &se) {
		return se.Transient()
	}
	return errors.Is(err, ErrUnreachable) || errors.Is(err, ErrBadResponse) ||
		errors.Is(err, context.DeadlineExceeded)
}

// Options configure a Client.
type Options struct {
	Timeout    time.Duration    // overall budget of one call, retries included (default 15s)
	Retries    int              // extra attempts for idempotent calls (default 2)
	RetryWait  time.Duration    // first backoff (default 200ms)
	MaxWait    time.Duration    // backoff cap (default 3s)
	Now        func() time.Time // terminal clock (default time.Now)
	Logger     *slog.Logger
	HTTPClient *http.Client
	UserAgent  string
}

// Client talks to one hall.
type Client struct {
	r   *resty.Client
	opt Options

	mu     sync.Mutex
	offset time.Duration // hall time − terminal time
	synced bool
}

// New returns a client for the hall at baseURL.
func New(baseURL string, opt Options) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("hallclient: bad hall url %q", baseURL)
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 15 * time.Second
	}
	if opt.Retries < 0 {
		opt.Retries = 0
	} else if opt.Retries == 0 {
		opt.Retries = 2
	}
	if opt.RetryWait <= 0 {
		opt.RetryWait = 200 * time.Millisecond
	}
	if opt.MaxWait <= 0 {
		opt.MaxWait = 3 * time.Second
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.UserAgent == "" {
		opt.UserAgent = "village-kiosk"
	}
	var r *resty.Client
	if opt.HTTPClient != nil {
		r = resty.NewWithClient(opt.HTTPClient)
	} else {
		r = resty.New()
	}
	r.SetBaseURL(u.String()).
		SetHeader("User-Agent", opt.UserAgent).
		SetLogger(restyLogger{opt.Logger}).
		SetRetryCount(opt.Retries).
		SetRetryWaitTime(opt.RetryWait).
		SetRetryMaxWaitTime(opt.MaxWait).
		// Once any condition is set, conditions alone decide: keep
		// network errors in.
		AddRetryCondition(func(resp *resty.Response, err error) bool {
			if err != nil {
				return !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded)
			}
			return resp.StatusCode() == http.StatusTooManyRequests || resp.StatusCode() >= 500
		})
	return &Client{r: r, opt: opt}, nil
}

// ClockOffset returns how far the hall's clock is ahead of the terminal's,
// as measured on the last response; ok is false before any response.
func (c *Client) ClockOffset() (offset time.Duration, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.offset, c.synced
}

func (c *Client) noteHallTime(resp *resty.Response) {
	if resp == nil || resp.RawResponse == nil {
		return
	}
	t, err := time.Parse(time.RFC3339Nano, resp.Header().Get(wire.HeaderHallTime))
	if err != nil {
		return
	}
	c.mu.Lock()
	c.offset, c.synced = t.Sub(c.opt.Now()), true
	c.mu.Unlock()
}

// get performs an idempotent GET with retries inside the overall budget.
func (c *Client) get(ctx context.Context, path string, hdr map[string]string) (*resty.Response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	resp, err := c.r.R().SetContext(ctx).SetHeaders(hdr).SetDoNotParseResponse(false).Get(path)
	c.noteHallTime(resp)
	if err != nil {
		if ctxErr := context.Cause(ctx); ctxErr != nil && errors.Is(err, ctxErr) && errors.Is(ctxErr, context.Canceled) {
			return nil, fmt.Errorf("hallclient: GET %s: %w", path, err)
		}
		return nil, fmt.Errorf("hallclient: GET %s: %w: %w", path, ErrUnreachable, err)
	}
	return resp, nil
}

func statusError(resp *resty.Response) error {
	se := &StatusError{Status: resp.StatusCode()}
	var body wire.Error
	if json.Unmarshal(resp.Body(), &body) == nil {
		se.Code, se.Message = body.Code, body.Message
	}
	if se.Code == "" {
		se.Code = http.StatusText(se.Status)
	}
	return se
}

// Health asks the hall whether it is up.
func (c *Client) Health(ctx context.Context) (wire.Health, error) {
	resp, err := c.get(ctx, "/v1/health", nil)
	if err != nil {
		return wire.Health{}, err
	}
	if resp.StatusCode() != http.StatusOK {
		return wire.Health{}, fmt.Errorf("hallclient: health: %w", statusError(resp))
	}
	var h wire.Health
	if err := json.Unmarshal(resp.Body(), &h); err != nil || h.Status == "" {
		return wire.Health{}, fmt.Errorf("hallclient: health: %w", ErrBadResponse)
	}
	return h, nil
}

// DatasetResult is the outcome of a dataset request.
type DatasetResult struct {
	NotModified bool         // the cached copy (etag) is current
	Dataset     wire.Dataset // set unless NotModified
	ETag        string
}

// Dataset fetches dataset name. With the ETag of a cached copy, a hall whose
// copy is the same answers 304 and NotModified is set. With since (the
// revision of the cached copy) the hall may answer with a delta.
func (c *Client) Dataset(ctx context.Context, name, etag string, since uint64) (DatasetResult, error) {
	hdr := map[string]string{}
	if etag != "" {
		hdr["If-None-Match"] = etag
	}
	path := "/v1/datasets/" + url.PathEscape(name)
	if since > 0 {
		path += "?since=" + strconv.FormatUint(since, 10)
	}
	resp, err := c.get(ctx, path, hdr)
	if err != nil {
		return DatasetResult{}, err
	}
	switch resp.StatusCode() {
	case http.StatusNotModified:
		return DatasetResult{NotModified: true, ETag: etag}, nil
	case http.StatusOK:
	default:
		return DatasetResult{}, fmt.Errorf("hallclient: dataset %s: %w", name, statusError(resp))
	}
	ds, err := DecodeDataset(resp.Body())
	if err != nil {
		return DatasetResult{}, fmt.Errorf("hallclient: dataset %s: %w", name, err)
	}
	if ds.Name != name {
		return DatasetResult{}, fmt.Errorf("hallclient: dataset %s: hall sent %q: %w", name, ds.Name, ErrBadResponse)
	}
	return DatasetResult{Dataset: ds, ETag: resp.Header().Get("ETag")}, nil
}

// DecodeDataset parses a dataset envelope and checks its shape.
func DecodeDataset(body []byte) (wire.Dataset, error) {
	var ds wire.Dataset
	if err := json.Unmarshal(body, &ds); err != nil {
		return wire.Dataset{}, fmt.Errorf("%w: %v", ErrBadResponse, err)
	}
	switch {
	case ds.Name == "":
		return wire.Dataset{}, fmt.Errorf("%w: dataset without a name", ErrBadResponse)
	case ds.Revision == 0:
		return wire.Dataset{}, fmt.Errorf("%w: dataset without a revision", ErrBadResponse)
	case ds.Delta != nil:
		if ds.Base == 0 || ds.Base >= ds.Revision || ds.Hash == "" {
			return wire.Dataset{}, fmt.Errorf("%w: delta without a sound base or hash", ErrBadResponse)
		}
		return ds, nil
	case len(ds.Data) == 0 || string(ds.Data) == "null":
		return wire.Dataset{}, fmt.Errorf("%w: dataset without data", ErrBadResponse)
	}
	if ds.Hash != "" {
		canon, err := wire.Canonical(ds.Data)
		if err != nil || wire.Hash(canon) != ds.Hash {
			return wire.Dataset{}, fmt.Errorf("%w: dataset does not match its hash", ErrBadResponse)
		}
		ds.Data = canon
	}
	return ds, nil
}

// restyLogger sends resty's own messages to slog at debug level: a failed
// attempt on a village link is routine, and the caller reports the outcome.
type restyLogger struct{ l *slog.Logger }

func (r restyLogger) Errorf(format string, v ...any) {
	r.l.Debug("resty: " + fmt.Sprintf(format, v...))
}
func (r restyLogger) Warnf(format string, v ...any) { r.l.Debug("resty: " + fmt.Sprintf(format, v...)) }
func (r restyLogger) Debugf(format string, v ...any) {
	r.l.Debug("resty: " + fmt.Sprintf(format, v...))
}
