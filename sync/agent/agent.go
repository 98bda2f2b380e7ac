// Package agent is the terminal's side of the fleet: it enrols the
// terminal once with a one-time code, then reports a heartbeat every 30 s
// (device health, versions, outbox depth, counters, clock) and acts on the
// reply (new dataset revisions are pulled at once). It also runs outbox
// delivery once the terminal is enrolled.
package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/identity"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Options configure an Agent.
type Options struct {
	TerminalID string
	StationID  string
	HallURL    string
	EnrolCode  string // one-time code from an admin; needed until enrolled
	Version    string
	Interval   time.Duration // heartbeat interval (default 30s)
	Devices    func() []wire.DeviceHealth
	Logger     *slog.Logger
}

// State is what the staff screen shows about the agent.
type State struct {
	Enrolled      bool
	EnrolError    error
	LastHeartbeat time.Time
	HeartbeatErr  error
}

// Agent runs enrolment, heartbeats and outbox delivery.
type Agent struct {
	opt    Options
	st     *store.Store
	client *hallclient.Client
	key    *identity.Key
	ob     *outbox.Outbox
	sync   *datasets.Syncer

	mu    sync.Mutex
	state State
}

// New returns an agent. The key signs every request once enrolled.
func New(opt Options, st *store.Store, client *hallclient.Client, key *identity.Key, ob *outbox.Outbox, syncer *datasets.Syncer) *Agent {
	if opt.Interval <= 0 {
		opt.Interval = 30 * time.Second
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Devices == nil {
		opt.Devices = func() []wire.DeviceHealth { return nil }
	}
	return &Agent{opt: opt, st: st, client: client, key: key, ob: ob, sync: syncer}
}

// State returns the agent's state.
func (a *Agent) State() State {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.state
}

// ErrNoCode means the terminal is not enrolled and has no code to enrol with.
var ErrNoCode = errors.New("terminal not enrolled and no enrolment code configured (hall.enrol_code)")

// Enrol makes sure the terminal is enrolled: from the store when it was
// before, with the one-time code otherwise.
func (a *Agent) Enrol(ctx context.Context) error {
	e, ok, err := a.st.Enrolment()
	if err != nil {
		return err
	}
	if !ok {
		if a.opt.EnrolCode == "" {
			return ErrNoCode
		}
		res, err := a.client.Enrol(ctx, wire.EnrolRequest{Code: a.opt.EnrolCode, TerminalID: a.opt.TerminalID, StationID: a.opt.StationID, PublicKey: a.key.Public()})
		if err != nil {
			return fmt.Errorf("agent: enrol: %w", err)
		}
		e = store.Enrolment{TerminalID: res.TerminalID, HallURL: a.opt.HallURL, SealKey: res.SealKey, SigningKey: res.SigningKey, At: res.Time}
		if err := a.st.SaveEnrolment(e); err != nil {
			return err
		}
		a.opt.Logger.Info("terminal enrolled", "terminal", e.TerminalID)
	}
	if err := a.ob.SetSealKey(e.SealKey); err != nil {
		return err
	}
	a.client.SetIdentity(e.TerminalID, a.key)
	a.mu.Lock()
	a.state.Enrolled, a.state.EnrolError = true, nil
	a.mu.Unlock()
	return nil
}

// Heartbeat reports once and pulls datasets the hall has newer.
func (a *Agent) Heartbeat(ctx context.Context) error {
	stats, err := a.ob.Stats()
	if err != nil {
		return err
	}
	off, _ := a.client.ClockOffset()
	revs := map[string]uint64{}
	if a.sync != nil {
		revs = a.sync.Revisions()
	}
	counters, _ := a.st.Counters(time.Now())
	hb := wire.Heartbeat{
		Counters: counters,
		Version:  a.opt.Version, Time: time.Now(), ClockOffsetMS: off.Milliseconds(),
		OutboxDepth: stats.Pending + stats.Attention, OutboxAttention: stats.Attention,
		Devices: a.opt.Devices(), DatasetRevisions: revs,
	}
	reply, err := a.client.Heartbeat(ctx, hb)
	a.mu.Lock()
	a.state.HeartbeatErr = err
	if err == nil {
		a.state.LastHeartbeat = time.Now()
	}
	a.mu.Unlock()
	if err != nil {
		return fmt.Errorf("agent: heartbeat: %w", err)
	}
	if a.sync != nil && newer(reply.DatasetRevisions, revs) {
		if err := a.sync.SyncNow(ctx); err != nil {
			a.opt.Logger.Warn("pull after heartbeat failed", "err", err)
		}
	}
	return nil
}

// newer reports whether the hall has any dataset newer than the terminal's.
func newer(hall, mine map[string]uint64) bool {
	for name, rev := range hall {
		if rev > mine[name] {
			return true
		}
	}
	return false
}

// Run enrols (retrying while the hall is away), then delivers the outbox
// and sends heartbeats until ctx ends.
func (a *Agent) Run(ctx context.Context) {
	wait := 5 * time.Second
	for {
		err := a.Enrol(ctx)
		if err == nil {
			break
		}
		a.mu.Lock()
		a.state.EnrolError = err
		a.mu.Unlock()
		a.opt.Logger.Warn("not enrolled yet", "err", err)
		if errors.Is(err, ErrNoCode) || !hallclient.IsTransient(err) {
			// Only an admin can fix this: look again rarely.
			wait = 10 * time.Minute
		}
		if !sleep(ctx, jitter(wait)) {
			return
		}
		wait = min(2*wait, 5*time.Minute)
	}
	go outbox.NewDeliverer(a.ob, a.client).Run(ctx)
	for {
		if err := a.Heartbeat(ctx); err != nil {
			a.opt.Logger.Debug("heartbeat failed", "err", err)
		}
		if !sleep(ctx, jitter(a.opt.Interval)) {
			return
		}
	}
}

// jitter spreads d by ±10% so a fleet does not beat in step.
func jitter(d time.Duration) time.Duration {
	return d - d/10 + rand.N(d/5+1)
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
