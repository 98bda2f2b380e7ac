package serialtest

import (
	"context"
	"sort"
	"sync"
	"time"
)

// ManualClock is a serialport.Clock whose time moves only when the test
// says so. Sleepers block until the clock is advanced past their deadline,
// so a test can watch a reconnect loop attempt by attempt and check the
// backoff it asked for without waiting for it.
type ManualClock struct {
	mu       sync.Mutex
	now      time.Time
	sleepers []*sleeper
	asked    []time.Duration
	changed  chan struct{} // closed and replaced when a sleeper arrives
}

type sleeper struct {
	until time.Time
	d     time.Duration
	wake  chan struct{}
}

// NewManualClock returns a clock set to a fixed instant.
func NewManualClock() *ManualClock {
	return &ManualClock{
		now:     time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC),
		changed: make(chan struct{}),
	}
}

// Now returns the clock's time.
func (c *ManualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Sleep blocks until the clock is advanced by d or ctx is done.
func (c *ManualClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.asked = append(c.asked, d)
	if d <= 0 {
		c.mu.Unlock()
		return ctx.Err()
	}
	s := &sleeper{until: c.now.Add(d), d: d, wake: make(chan struct{})}
	c.sleepers = append(c.sleepers, s)
	close(c.changed)
	c.changed = make(chan struct{})
	c.mu.Unlock()

	select {
	case <-s.wake:
		return nil
	case <-ctx.Done():
		c.mu.Lock()
		c.remove(s)
		c.mu.Unlock()
		return ctx.Err()
	}
}

// Advance moves the clock forward by d and wakes every sleeper whose
// deadline has come.
func (c *ManualClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
	kept := c.sleepers[:0]
	for _, s := range c.sleepers {
		if !s.until.After(c.now) {
			close(s.wake)
			continue
		}
		kept = append(kept, s)
	}
	c.sleepers = kept
}

// Step waits until someone sleeps, then advances the clock to the earliest
// sleeper's deadline, waking it. It returns the duration that sleeper asked
// for.
func (c *ManualClock) Step(ctx context.Context) (time.Duration, error) {
	for {
		c.mu.Lock()
		if len(c.sleepers) > 0 {
			sort.Slice(c.sleepers, func(i, j int) bool { return c.sleepers[i].until.Before(c.sleepers[j].until) })
			s := c.sleepers[0]
			gap := s.until.Sub(c.now)
			c.mu.Unlock()
			c.Advance(gap)
			return s.d, nil
		}
		changed := c.changed
		c.mu.Unlock()
		select {
		case <-changed:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
	}
}

// Asked returns every duration passed to Sleep so far, in order.
func (c *ManualClock) Asked() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.asked...)
}

func (c *ManualClock) remove(s *sleeper) {
	for i, x := range c.sleepers {
		if x == s {
			c.sleepers = append(c.sleepers[:i], c.sleepers[i+1:]...)
			return
		}
	}
}
