package serialport

import (
	"context"
	"time"
)

// Clock is the time source for reconnection backoff and for drivers that
// poll. Production code uses SystemClock; tests inject a clock they step by
// hand (see serialtest.ManualClock), so they check what happens, never how
// long it takes.
type Clock interface {
	Now() time.Time
	// Sleep waits for d or until ctx is done, whichever is first, and
	// returns ctx.Err() in the second case.
	Sleep(ctx context.Context, d time.Duration) error
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// Sleep waits for d or until ctx is done.
func (SystemClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Backoff is capped exponential backoff without jitter: a kiosk has one
// device per port, so there is no herd to spread out.
type Backoff struct {
	Min, Max time.Duration
}

// Delay returns the wait before attempt n (0-based): Min·2ⁿ, capped at Max.
func (b Backoff) Delay(n int) time.Duration {
	d := b.Min
	for i := 0; i < n && d < b.Max; i++ {
		d *= 2
	}
	return min(d, b.Max)
}
