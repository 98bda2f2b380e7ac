package devices

import (
	"encoding/json"
	"log/slog"
	"sync"

	"github.com/village-kiosk/kiosk/kiosk/jobsearch"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// JobBoard keeps a search index over the cached job postings, rebuilt when
// the dataset changes, and the towns for the results' place names.
type JobBoard struct {
	syncer *datasets.Syncer
	log    *slog.Logger

	mu    sync.Mutex
	rev   uint64
	idx   *jobsearch.Index
	towns []wire.Town
}

// NewJobBoard returns a board over the syncer's jobs and stations.
func NewJobBoard(s *datasets.Syncer, log *slog.Logger) *JobBoard {
	b := &JobBoard{syncer: s, log: log}
	b.Refresh()
	return b
}

// Refresh rebuilds the index if the jobs dataset has a new revision.
func (b *JobBoard) Refresh() {
	// Most changes are another dataset or a 304: look at the revision
	// before loading and decoding megabytes of postings.
	info := b.syncer.Info(wire.DatasetJobs)
	b.mu.Lock()
	same := info.Revision == b.rev && b.idx != nil
	b.mu.Unlock()
	if !info.Present || same {
		return
	}
	data, info, err := b.syncer.Data(wire.DatasetJobs)
	if err != nil || !info.Present {
		return
	}
	var jobs wire.Jobs
	if err := json.Unmarshal(data, &jobs); err != nil {
		b.log.Warn("jobs dataset unreadable", "err", err)
		return
	}
	idx := jobsearch.Build(jobs)
	var towns struct {
		Towns []wire.Town `json:"towns"`
	}
	if st, _, err := b.syncer.Data(wire.DatasetStations); err == nil && st != nil {
		json.Unmarshal(st, &towns)
	}
	b.mu.Lock()
	b.idx, b.rev, b.towns = idx, info.Revision, towns.Towns
	b.mu.Unlock()
}

// Index implements ui.Jobs.
func (b *JobBoard) Index() (*jobsearch.Index, datasets.DatasetInfo) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.idx, b.syncer.Info(wire.DatasetJobs)
}

// Towns implements ui.Jobs.
func (b *JobBoard) Towns() []wire.Town {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.towns
}
