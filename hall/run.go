package hall

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/village-kiosk/kiosk/hall/demo"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Options configure a running hall.
type Options struct {
	Addr    string // listen address; default 127.0.0.1:8700 (loopback only)
	DataDir string // where hall.db lives
	Demo    bool   // publish the demo datasets at start
	Version string
	Logger  *slog.Logger
	Now     func() time.Time
}

// Hall is a running hall server.
type Hall struct {
	URL   string // base URL, e.g. http://127.0.0.1:8700
	store *Store
	srv   *http.Server
	done  chan error
}

// Start opens the store, publishes the demo data if asked and serves the
// kiosk API until Close.
func Start(opt Options) (*Hall, error) {
	if opt.Addr == "" {
		opt.Addr = "127.0.0.1:8700"
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	st, err := OpenStore(filepath.Join(opt.DataDir, "hall.db"), 5*time.Second)
	if err != nil {
		return nil, err
	}
	if opt.Demo {
		if err := PublishDemo(st, opt.Now(), opt.Logger); err != nil {
			st.Close()
			return nil, err
		}
	}
	ln, err := net.Listen("tcp", opt.Addr)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("hall: listen: %w", err)
	}
	server := NewServer(st, WithClock(opt.Now), WithLogger(opt.Logger), WithVersion(opt.Version))
	h := &Hall{
		URL:   "http://" + ln.Addr().String(),
		store: st,
		srv: &http.Server{
			Handler:           server.Handler(),
			ReadHeaderTimeout: 10 * time.Second,
			ReadTimeout:       30 * time.Second,
			WriteTimeout:      60 * time.Second,
			IdleTimeout:       2 * time.Minute,
			MaxHeaderBytes:    64 << 10,
		},
		done: make(chan error, 1),
	}
	go func() {
		err := h.srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		h.done <- err
	}()
	opt.Logger.Info("hall listening", "url", h.URL, "demo", opt.Demo)
	return h, nil
}

// Store returns the hall's store.
func (h *Hall) Store() *Store { return h.store }

// Close stops serving, waiting up to ctx for requests in flight, and closes
// the store.
func (h *Hall) Close(ctx context.Context) error {
	err := h.srv.Shutdown(ctx)
	if serveErr := <-h.done; err == nil {
		err = serveErr
	}
	if cerr := h.store.Close(); err == nil {
		err = cerr
	}
	return err
}

// PublishDemo publishes the deterministic demo datasets: the approval
// catalog, Shunde's towns and stations, job postings, the knowledge base,
// announcements and hospitals. Publishing the same data again
// keeps the revisions.
func PublishDemo(st *Store, now time.Time, log *slog.Logger) error {
	sets := []struct {
		name string
		v    any
	}{
		{wire.DatasetCatalog, demo.Catalog()},
		{wire.DatasetStations, map[string]any{"towns": demo.Towns()}},
		{wire.DatasetJobs, demo.Jobs()},
		{wire.DatasetKnowledge, demo.Knowledge()},
		{wire.DatasetAnnouncements, demo.Announcements()},
		{wire.DatasetHospitals, demo.Hospitals()},
	}
	for _, s := range sets {
		data, err := json.Marshal(s.v)
		if err != nil {
			return fmt.Errorf("hall: encode demo %s: %w", s.name, err)
		}
		rev, changed, err := st.PublishDataset(s.name, data, now)
		if err != nil {
			return err
		}
		log.Info("demo dataset", "dataset", s.name, "revision", rev, "changed", changed)
	}
	if err := st.PutNotices(demo.Notices()); err != nil {
		return fmt.Errorf("hall: demo notices: %w", err)
	}
	return nil
}
