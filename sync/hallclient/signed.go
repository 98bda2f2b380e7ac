package hallclient

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/go-resty/resty/v2"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// Signer signs a request as a terminal (sync/identity.Key).
type Signer interface {
	Sign(req *http.Request, body []byte, terminalID string, now time.Time)
}

// SetIdentity makes every later request carry terminalID's signature. The
// signature is made afresh on every attempt (resty's pre-request hook runs
// per attempt) with the terminal's clock corrected by the hall's offset, so
// a retry is never refused as stale or as a replay.
func (c *Client) SetIdentity(terminalID string, s Signer) {
	c.r.SetPreRequestHook(func(_ *resty.Client, req *http.Request) error {
		var body []byte
		if req.GetBody != nil {
			rc, err := req.GetBody()
			if err != nil {
				return fmt.Errorf("hallclient: sign: %w", err)
			}
			body, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return fmt.Errorf("hallclient: sign: %w", err)
			}
		}
		s.Sign(req, body, terminalID, c.HallNow())
		return nil
	})
}

// HallNow is the terminal's clock corrected by the last measured offset.
func (c *Client) HallNow() time.Time {
	off, _ := c.ClockOffset()
	return c.opt.Now().Add(off)
}

// post sends body (always []byte: resty re-sends a []byte on a retry but
// sends an io.Reader empty). retry says whether the call may be repeated.
func (c *Client) post(ctx context.Context, path string, body []byte, retry bool, out any) error {
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	req := c.r.R().SetContext(ctx).SetHeader("Content-Type", "application/json").SetBody(body)
	if !retry {
		req.AddRetryCondition(func(*resty.Response, error) bool { return false })
	}
	resp, err := req.Post(path)
	c.noteHallTime(resp)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("hallclient: POST %s: %w", path, err)
		}
		return fmt.Errorf("hallclient: POST %s: %w: %w", path, ErrUnreachable, err)
	}
	if resp.StatusCode() != http.StatusOK {
		return fmt.Errorf("hallclient: POST %s: %w", path, statusError(resp))
	}
	if err := json.Unmarshal(resp.Body(), out); err != nil {
		return fmt.Errorf("hallclient: POST %s: %w: %v", path, ErrBadResponse, err)
	}
	return nil
}

// Enrol registers this terminal's public key with a one-time code. The
// hall answers a repeat of the same enrolment with the same result, so a
// lost answer can be asked for again.
func (c *Client) Enrol(ctx context.Context, req wire.EnrolRequest) (wire.EnrolResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return wire.EnrolResponse{}, err
	}
	var res wire.EnrolResponse
	if err := c.post(ctx, "/v1/enrol", body, true, &res); err != nil {
		return wire.EnrolResponse{}, err
	}
	if len(res.SealKey) != 32 || len(res.SigningKey) != 32 {
		return wire.EnrolResponse{}, fmt.Errorf("hallclient: enrol: %w: keys of the wrong size", ErrBadResponse)
	}
	return res, nil
}

// SendOutbox delivers a batch. Retrying is safe: every record carries its
// idempotency key. reached tells whether the hall answered.
func (c *Client) SendOutbox(ctx context.Context, b wire.OutboxBatch) (wire.OutboxBatchResult, bool, error) {
	body, err := json.Marshal(b)
	if err != nil {
		return wire.OutboxBatchResult{}, false, err
	}
	var res wire.OutboxBatchResult
	err = c.post(ctx, "/v1/outbox", body, true, &res)
	var se *StatusError
	reached := err == nil || errors.As(err, &se) || errors.Is(err, ErrBadResponse)
	return res, reached, err
}

// Heartbeat reports the terminal's state and returns the hall's news.
func (c *Client) Heartbeat(ctx context.Context, hb wire.Heartbeat) (wire.HeartbeatReply, error) {
	body, err := json.Marshal(hb)
	if err != nil {
		return wire.HeartbeatReply{}, err
	}
	var res wire.HeartbeatReply
	if err := c.post(ctx, "/v1/heartbeat", body, true, &res); err != nil {
		return wire.HeartbeatReply{}, err
	}
	return res, nil
}

// Notice looks up a payment notice by its number.
func (c *Client) Notice(ctx context.Context, number string) (wire.PaymentNotice, error) {
	var n wire.PaymentNotice
	if err := c.getJSON(ctx, "/v1/notices/"+url.PathEscape(number), &n); err != nil {
		return wire.PaymentNotice{}, err
	}
	if n.Number == "" || n.AmountFen <= 0 {
		return wire.PaymentNotice{}, fmt.Errorf("hallclient: notice: %w: incomplete notice", ErrBadResponse)
	}
	return n, nil
}

// Reconciliation returns the hall's ledger of this terminal's payments on
// the day of day.
func (c *Client) Reconciliation(ctx context.Context, day time.Time) ([]wire.ReconEntry, error) {
	var out []wire.ReconEntry
	if err := c.getJSON(ctx, "/v1/reconciliation?date="+day.Format("2006-01-02"), &out); err != nil {
		return nil, err
	}
	return out, nil
}

// getJSON performs a signed, retried GET and decodes a 200 answer.
func (c *Client) getJSON(ctx context.Context, path string, out any) error {
	resp, err := c.get(ctx, path, nil)
	if err != nil {
		return err
	}
	if resp.StatusCode() != http.StatusOK {
		return fmt.Errorf("hallclient: GET %s: %w", path, statusError(resp))
	}
	if err := json.Unmarshal(resp.Body(), out); err != nil {
		return fmt.Errorf("hallclient: GET %s: %w: %v", path, ErrBadResponse, err)
	}
	return nil
}
