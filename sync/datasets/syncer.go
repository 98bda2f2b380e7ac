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

// CatalogInfo describes a cached dataset.
type CatalogInfo struct {
	Present   bool
	Revision  uint64
	UpdatedAt time.Time // when the hall published this revision
	CheckedAt time.Time // when the hall last confirmed it current (terminal clock)
	Items     int       // for the catalog: its items
}

// DatasetInfo describes a cached dataset.
type DatasetInfo = CatalogInfo

// Fetcher is the part of the hall client the syncer uses.
type Fetcher interface {
	Dataset(ctx context.Context, name, etag string, since uint64) (hallclient.DatasetResult, error)
}

// Spec is a dataset the terminal keeps: its name and the check its content
// must pass before it replaces the cached copy.
type Spec struct {
	Name  string
	Check func(data []byte) error
}

// DefaultSpecs are the datasets every terminal keeps.
func DefaultSpecs() []Spec {
	obj := func(data []byte) error { return checkObject(data) }
	return []Spec{
		{wire.DatasetCatalog, func(data []byte) error { _, err := DecodeCatalog(data); return err }},
		{wire.DatasetStations, obj},
		{wire.DatasetJobs, obj},
		{wire.DatasetKnowledge, obj},
		{wire.DatasetAnnouncements, obj},
		{wire.DatasetHospitals, obj},
	}
}

// Syncer pulls datasets from the hall into the store.
type Syncer struct {
	hall  Fetcher
	store *store.Store
	now   func() time.Time
	log   *slog.Logger
	specs []Spec

	mu       sync.Mutex
	status   Status
	catalog  wire.Catalog
	infos    map[string]DatasetInfo
	onChange []func()
	running  sync.Mutex // one sync at a time
}

// New returns a syncer for DefaultSpecs and loads whatever the store
// already holds, so the screens have data before the first contact with
// the hall.
func New(hall Fetcher, st *store.Store, now func() time.Time, log *slog.Logger) (*Syncer, error) {
	if now == nil {
		now = time.Now
	}
	if log == nil {
		log = slog.Default()
	}
	s := &Syncer{hall: hall, store: st, now: now, log: log, specs: DefaultSpecs(), infos: map[string]DatasetInfo{}}
	for _, sp := range s.specs {
		cached, ok, err := st.LoadDataset(sp.Name)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if err := s.accept(sp, cached); err != nil {
			// A cached copy that no longer passes is treated as absent;
			// the next sync replaces it.
			log.Warn("cached dataset unreadable; waiting for the hall", "dataset", sp.Name, "err", err)
		}
	}
	return s, nil
}

// accept checks a dataset and makes it the current copy in memory.
func (s *Syncer) accept(sp Spec, c store.CachedDataset) error {
	if err := sp.Check(c.Dataset.Data); err != nil {
		return err
	}
	checked := c.CheckedAt
	if checked.IsZero() {
		checked = c.FetchedAt
	}
	info := DatasetInfo{Present: true, Revision: c.Dataset.Revision, UpdatedAt: c.Dataset.UpdatedAt, CheckedAt: checked}
	s.mu.Lock()
	defer s.mu.Unlock()
	if sp.Name == wire.DatasetCatalog {
		cat, err := DecodeCatalog(c.Dataset.Data)
		if err != nil {
			return err
		}
		s.catalog = cat
		info.Items = len(cat.Items)
	}
	s.infos[sp.Name] = info
	return nil
}

// OnChange registers f to be called (on the syncer's goroutine) whenever
// a dataset or the status changes.
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

// Catalog returns the cached approval catalog. The catalog is shared and
// must not be modified.
func (s *Syncer) Catalog() (wire.Catalog, CatalogInfo) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.catalog, s.infos[wire.DatasetCatalog]
}

// Info returns what is known of a cached dataset.
func (s *Syncer) Info(name string) DatasetInfo {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.infos[name]
}

// Revisions returns the revision of every cached dataset.
func (s *Syncer) Revisions() map[string]uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]uint64, len(s.infos))
	for n, i := range s.infos {
		out[n] = i.Revision
	}
	return out
}

// Data returns the cached content of a dataset (canonical JSON).
func (s *Syncer) Data(name string) ([]byte, DatasetInfo, error) {
	c, ok, err := s.store.LoadDataset(name)
	if err != nil || !ok {
		return nil, DatasetInfo{}, err
	}
	return c.Dataset.Data, s.Info(name), nil
}

// Status returns the state of the link to the hall.
func (s *Syncer) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// SyncNow pulls every dataset once. A failure leaves the cached data in
// place and is reported in Status as well as returned (the first one).
func (s *Syncer) SyncNow(ctx context.Context) error {
	s.running.Lock()
	defer s.running.Unlock()
	var first error
	for _, sp := range s.specs {
		err := s.syncOne(ctx, sp)
		var se *hallclient.StatusError
		if errors.As(err, &se) && se.Status == 404 {
			continue // this hall does not offer the dataset
		}
		if err != nil && first == nil {
			first = err
		}
		if errors.Is(err, hallclient.ErrUnreachable) || errors.Is(err, context.DeadlineExceeded) {
			break // no point asking for the rest now
		}
	}
	err := first
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

func (s *Syncer) syncOne(ctx context.Context, sp Spec) error {
	// Only what is known about the copy: its data is read when a delta
	// needs it, not on every check.
	cached, ok, err := s.store.DatasetMeta(sp.Name)
	if err != nil {
		return err
	}
	etag, since := "", uint64(0)
	if ok {
		etag, since = cached.ETag, cached.Dataset.Revision
	}
	res, err := s.hall.Dataset(ctx, sp.Name, etag, since)
	if err != nil {
		return err
	}
	now := s.now()
	if res.NotModified {
		if err := s.store.TouchDataset(sp.Name, now); err != nil {
			return err
		}
		s.mu.Lock()
		info := s.infos[sp.Name]
		info.CheckedAt = now
		s.infos[sp.Name] = info
		s.mu.Unlock()
		return nil
	}
	ds := res.Dataset
	if ds.Delta != nil {
		if !ok || ds.Base != cached.Dataset.Revision {
			return s.full(ctx, sp, now)
		}
		old, _, err := s.store.LoadDataset(sp.Name)
		if err != nil {
			return err
		}
		data, err := wire.Apply(old.Dataset.Data, *ds.Delta, ds.Hash)
		if err != nil {
			s.log.Warn("delta did not apply; fetching the whole dataset", "dataset", sp.Name, "err", err)
			return s.full(ctx, sp, now)
		}
		ds.Data, ds.Delta, ds.Base = data, nil, 0
	}
	return s.save(sp, ds, res.ETag, now)
}

// full fetches the whole dataset, ignoring the cached copy.
func (s *Syncer) full(ctx context.Context, sp Spec, now time.Time) error {
	res, err := s.hall.Dataset(ctx, sp.Name, "", 0)
	if err != nil {
		return err
	}
	if res.NotModified || res.Dataset.Delta != nil {
		return fmt.Errorf("%s: %w: no full answer", sp.Name, hallclient.ErrBadResponse)
	}
	return s.save(sp, res.Dataset, res.ETag, now)
}

func (s *Syncer) save(sp Spec, ds wire.Dataset, etag string, now time.Time) error {
	if err := sp.Check(ds.Data); err != nil {
		return fmt.Errorf("%s revision %d: %w", sp.Name, ds.Revision, err)
	}
	c := store.CachedDataset{Dataset: ds, ETag: etag, FetchedAt: now, CheckedAt: now}
	if err := s.store.SaveDataset(c); err != nil {
		return err
	}
	if err := s.accept(sp, c); err != nil {
		return err
	}
	s.log.Info("dataset updated", "dataset", sp.Name, "revision", ds.Revision)
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
