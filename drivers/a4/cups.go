package a4

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os/exec"
	"strings"
	"unicode"
)

// CUPSSink prints through a CUPS queue with lp and watches it with lpstat.
// The zero values of the optional fields are sensible.
type CUPSSink struct {
	// Queue is the CUPS destination: letters, digits, '-', '_' and '.'.
	Queue string
	// Server, when set, is passed as -h to lp and lpstat (host[:port] or
	// a socket path); otherwise CUPS's own default applies.
	Server string
	// Options are passed as -o options to lp, for example "media=A4" or
	// "sides=one-sided".
	Options []string
	// Runner runs lp and lpstat; nil means ExecRunner{}.
	Runner Runner
	// Logger receives one line per job; nil means slog.Default().
	Logger *slog.Logger
}

var _ Printer = (*CUPSSink)(nil)

func (s *CUPSSink) runner() Runner {
	if s.Runner == nil {
		return ExecRunner{}
	}
	return s.Runner
}

func (s *CUPSSink) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.Default()
	}
	return s.Logger
}

func validQueue(q string) error {
	if q == "" || len(q) > 127 {
		return fmt.Errorf("%w: queue name %q", ErrInvalid, q)
	}
	for _, r := range q {
		if !(r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.')) {
			return fmt.Errorf("%w: queue name %q", ErrInvalid, q)
		}
	}
	return nil
}

// cleanTitle makes a job title safe for lp and CUPS's job list: control
// characters become spaces, and the title is cut to 100 characters.
func cleanTitle(name string) string {
	t := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, name)
	t = strings.TrimSpace(t)
	if r := []rune(t); len(r) > 100 {
		t = string(r[:100])
	}
	if t == "" {
		t = "document"
	}
	return t
}

func (s *CUPSSink) serverArgs() []string {
	if s.Server == "" {
		return nil
	}
	return []string{"-h", s.Server}
}

// Print checks the queue, then runs lp with the PDF on standard input. A
// queue that is missing, disabled or rejecting refuses the job before lp
// runs. When ctx ends while lp runs, the job may or may not have been
// queued.
func (s *CUPSSink) Print(ctx context.Context, name string, pdf []byte) (string, error) {
	if err := validQueue(s.Queue); err != nil {
		return "", err
	}
	if err := checkPDF(pdf); err != nil {
		return "", err
	}
	h, err := s.Health(ctx)
	if err != nil {
		return "", fmt.Errorf("print on %s: %w", s.Queue, err)
	}
	switch h.State {
	case StateNotFound:
		return "", fmt.Errorf("print on %s: %w", s.Queue, ErrQueueNotFound)
	case StateDisabled, StateRejecting:
		return "", fmt.Errorf("print on %s: %w: queue %s (%s)", s.Queue, ErrJobRefused, h.State, orUnknown(h.Reason))
	}

	title := cleanTitle(name)
	args := append(s.serverArgs(), "-d", s.Queue, "-t", title)
	for _, o := range s.Options {
		args = append(args, "-o", o)
	}
	stdout, stderr, err := s.runner().Run(ctx, bytes.NewReader(pdf), "lp", args...)
	if err != nil {
		return "", fmt.Errorf("print on %s: %w", s.Queue, s.classify(ctx, "lp", stderr, err))
	}
	id, err := parseRequestID(string(stdout))
	if err != nil {
		return "", fmt.Errorf("print on %s: %w", s.Queue, err)
	}
	s.logger().Info("a4: job queued", "queue", s.Queue, "job", id, "title", title, "bytes", len(pdf))
	return id, nil
}

// Health asks lpstat about the queue.
func (s *CUPSSink) Health(ctx context.Context) (Health, error) {
	h := Health{Queue: s.Queue}
	if err := validQueue(s.Queue); err != nil {
		h.State, h.Reason = StateUnavailable, err.Error()
		return h, err
	}
	args := append(s.serverArgs(), "-p", s.Queue, "-a", s.Queue)
	stdout, stderr, err := s.runner().Run(ctx, nil, "lpstat", args...)
	if err != nil {
		err = s.classify(ctx, "lpstat", stderr, err)
		if errors.Is(err, ErrQueueNotFound) {
			h.State = StateNotFound
			return h, nil
		}
		h.State, h.Reason = StateUnavailable, err.Error()
		return h, fmt.Errorf("health of %s: %w", s.Queue, err)
	}
	st, err := parseLpstat(string(stdout), s.Queue)
	if err != nil {
		h.State, h.Reason = StateUnavailable, err.Error()
		return h, fmt.Errorf("health of %s: %w", s.Queue, err)
	}
	h.State, h.Reason = st.state, st.reason
	if !st.accepting && st.state != StateDisabled {
		h.State = StateRejecting
	}
	return h, nil
}

// classify turns a failed lp or lpstat into one of the package's errors.
// CUPS answers "does not exist" both for a missing queue and, since it
// cannot look the queue up, when the scheduler is down: lpstat -r tells
// them apart.
func (s *CUPSSink) classify(ctx context.Context, tool string, stderr []byte, err error) error {
	msg := firstLine(string(stderr))
	switch {
	case errors.Is(err, exec.ErrNotFound):
		return fmt.Errorf("%w: %s: %w", ErrClientMissing, tool, err)
	case ctx.Err() != nil:
		return fmt.Errorf("%s: %w", tool, ctx.Err())
	case containsAny(msg, "Scheduler is not running", "scheduler not responding", "Unable to connect to server", "Connection refused", "Bad file descriptor"):
		return fmt.Errorf("%w: %s", ErrCUPSDown, msg)
	case containsAny(msg, "does not exist", "Invalid destination name", "Unknown destination", "No such destination"):
		if running, rerr := s.schedulerRunning(ctx); rerr == nil && !running {
			return fmt.Errorf("%w: %s", ErrCUPSDown, msg)
		}
		return fmt.Errorf("%w: %s", ErrQueueNotFound, msg)
	case containsAny(msg, "not accepting jobs", "not accepting requests"):
		return fmt.Errorf("%w: %s", ErrJobRefused, msg)
	case tool == "lp":
		return fmt.Errorf("%w: %s: %w", ErrJobRefused, orUnknown(msg), err)
	default:
		return fmt.Errorf("%w: %s: %s: %w", ErrBadReply, tool, orUnknown(msg), err)
	}
}

func (s *CUPSSink) schedulerRunning(ctx context.Context) (bool, error) {
	args := append(s.serverArgs(), "-r")
	stdout, _, err := s.runner().Run(ctx, nil, "lpstat", args...)
	if err != nil && len(stdout) == 0 {
		return false, err
	}
	return schedulerState(string(stdout))
}

func containsAny(s string, subs ...string) bool {
	ls := strings.ToLower(s)
	for _, sub := range subs {
		if strings.Contains(ls, strings.ToLower(sub)) {
			return true
		}
	}
	return false
}

func orUnknown(s string) string {
	if s == "" {
		return "no reason given"
	}
	return s
}
