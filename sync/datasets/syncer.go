// Package datasets keeps the terminal's copies of the hall's datasets
// current and serves them to the screens from the local store, so every
// screen that can work offline does.
package datasets

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Network states of the link to the hall.
type Network int

const (
	NetworkUnknown Network = iota // no attempt finished yet
	NetworkOnline                 // the last attempt reached the hall
	NetworkOffline                // the last attempt did not
)

// Status is what the status bar and the staff screen show about sync.
type Status struct {
	Network     Network
	LastContact time.Time // last answer from the hall (terminal clock)
	LastError   error     // of the last attempt; nil after a success
}

// CatalogInfo describes the cached catalog.
type CatalogInfo struct {
	Present   bool
	Revision  uint64
	UpdatedAt time.Time // when the hall published this revision
	CheckedAt time.Time // when the hall last confirmed it current (terminal clock)
	Items     int
}

// Fetcher is the part of the hall client the syncer uses.
type Fetcher interface {
	Dataset(ctx context.Context, name, etag string) (hallclient.DatasetResult, error)
}

// Syncer pulls datasets from the hall into the store.
type Syncer struct {
	hall  Fetcher
	store *store.Store
	now   func() time.Time
	log   *slog.Logger

	mu       sync.Mutex
	status   Status
	catalog  wire.Catalog
	info     CatalogInfo
	onChange []func()
	running  sync.Mutex // one sync at a time
}

// New returns a syncer and loads whatever the store already holds, so the
// screens have data before the first contact with the hall.
func New(hall Fetcher, st *store.Store, now func() time.Time, log *slog.Logger) (*Syncer, error) {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Syncer{hall: hall, store: st, now: now, log: log}
	cached, ok, err := st.LoadDataset(wire.DatasetCatalog)
	if err != nil {
		return nil, err
	}
	if ok {
		cat, err := DecodeCatalog(cached.Dataset.Data)
		if err != nil {
			// A cached copy that no longer decodes is treated as absent;
			// the next sync replaces it.
			log.Warn("cached catalog unreadable; waiting for the hall", "err", err)
		} else {
			s.setCatalog(cat, cached)
		}
	}
	return s, nil
}

// OnChange registers f to be called (on the syncer's goroutine) whenever
// the catalog or the status changes.
func (s *Syncer) OnChange(f func()) {
	s.mu.Lock()
	s.onChange = append(s.onChange, f)
	s.mu.Unlock()
}

func (s *Syncer) notify() {
	s.mu.Lock()
	fs := append([]func(){}, s.onChange...)
	s.mu.Unlock()
	for _, f := range fs {
		f()
	}
}

func (s *Syncer) setCatalog(cat wire.Catalog, c store.CachedDataset) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.catalog = cat
	checked := c.CheckedAt
	if checked.IsZero() {
		checked = c.FetchedAt
	}
	s.info = CatalogInfo{Present: true, Revision: c.Dataset.Revision, UpdatedAt: c.Dataset.UpdatedAt, CheckedAt: checked, Items: len(cat.Items)}
}

// Catalog returns the cached approval catalog. The catalog is shared and
// must not be modified.
func (s *Syncer) Catalog() (wire.Catalog, CatalogInfo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.catalog, s.info
}

// Status returns the state of the link to the hall.
func (s *Syncer) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// SyncNow pulls every dataset once. A failure leaves the cached data in
// place and is reported in Status as well as returned.
func (s *Syncer) SyncNow(ctx context.Context) error {
	s.running.Lock()
	defer s.running.Unlock()
	err := s.syncCatalog(ctx)
	s.mu.Lock()
	switch {
	case err == nil:
		s.status = Status{Network: NetworkOnline, LastContact: s.now()}
	case errors.Is(err, hallclient.ErrUnreachable) || errors.Is(err, context.DeadlineExceeded):
		s.status.Network, s.status.LastError = NetworkOffline, err
	default:
		// The hall answered, so the link is up, but the answer was unusable.
		s.status = Status{Network: NetworkOnline, LastContact: s.now(), LastError: err}
	}
	s.mu.Unlock()
	if err != nil {
		s.log.Warn("sync failed", "err", err)
	}
	s.notify()
	return err
}

func (s *Syncer) syncCatalog(ctx context.Context) error {
	cached, ok, err := s.store.LoadDataset(wire.DatasetCatalog)
	if err != nil {
		return err
	}
	etag := ""
	if ok {
		etag = cached.ETag
	}
	res, err := s.hall.Dataset(ctx, wire.DatasetCatalog, etag)
	if err != nil {
		return err
	}
	now := s.now()
	if res.NotModified {
		if err := s.store.TouchDataset(wire.DatasetCatalog, now); err != nil {
			return err
		}
		cached.CheckedAt = now
		s.mu.Lock()
		s.info.CheckedAt = now
		s.mu.Unlock()
		return nil
	}
	cat, err := DecodeCatalog(res.Dataset.Data)
	if err != nil {
		return fmt.Errorf("catalog revision %d: %w", res.Dataset.Revision, err)
	}
	c := store.CachedDataset{Dataset: res.Dataset, ETag: res.ETag, FetchedAt: now, CheckedAt: now}
	if err := s.store.SaveDataset(c); err != nil {
		return err
	}
	s.setCatalog(cat, c)
	s.log.Info("catalog updated", "revision", res.Dataset.Revision, "items", len(cat.Items))
	return nil
}

// Run syncs now and then every interval until ctx ends. When a sync
// fails it retries sooner, backing off up to the interval.
func (s *Syncer) Run(ctx context.Context, interval time.Duration) {
	retry := 10 * time.Second
	for {
		wait := interval
		if err := s.SyncNow(ctx); err != nil {
			wait = min(retry, interval)
			retry = min(retry*2, interval)
		} else {
			retry = 10 * time.Second
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}
