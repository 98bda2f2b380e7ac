package a4

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// reply is what the fake runner answers to one command line.
type reply struct {
	stdout, stderr string
	err            error
}

// exitError stands for a program that exited non-zero.
var exitError = errors.New("exit status 1")

// fakeRunner answers command lines ("lpstat -p q -a q") from a table and
// records what ran and what went to standard input.
type fakeRunner struct {
	mu      sync.Mutex
	replies map[string]reply
	calls   []string
	stdin   [][]byte
	wait    time.Duration
}

func (f *fakeRunner) Run(ctx context.Context, stdin io.Reader, name string, args ...string) ([]byte, []byte, error) {
	line := strings.Join(append([]string{name}, args...), " ")
	var in []byte
	if stdin != nil {
		in, _ = io.ReadAll(stdin)
	}
	f.mu.Lock()
	f.calls = append(f.calls, line)
	f.stdin = append(f.stdin, in)
	r, ok := f.replies[line]
	f.mu.Unlock()
	if f.wait > 0 {
		select {
		case <-time.After(f.wait):
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		}
	}
	if !ok {
		return nil, []byte("fake: no reply for " + line), fmt.Errorf("fake: unexpected command %q", line)
	}
	return []byte(r.stdout), []byte(r.stderr), r.err
}

func (f *fakeRunner) ran(prefix string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.ContainsFunc(f.calls, func(c string) bool { return strings.HasPrefix(c, prefix) })
}

const (
	queue     = "kiosk-pdf"
	healthCmd = "lpstat -p kiosk-pdf -a kiosk-pdf"
	lpCmd     = "lp -d kiosk-pdf -t 参保证明"
)

var testPDF = []byte("%PDF-1.3\n%fake but good enough\n%%EOF\n")

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func newSink(r *fakeRunner) *CUPSSink {
	return &CUPSSink{Queue: queue, Runner: r, Logger: quietLogger()}
}

func TestCUPSPrint(t *testing.T) {
	r := &fakeRunner{replies: map[string]reply{
		healthCmd: {stdout: lpstatIdle},
		lpCmd:     {stdout: lpReply},
	}}
	id, err := newSink(r).Print(context.Background(), "参保证明", testPDF)
	if err != nil {
		t.Fatal(err)
	}
	if id != "kiosk-pdf-12" {
		t.Errorf("job id %q, want kiosk-pdf-12", id)
	}
	if want := []string{healthCmd, lpCmd}; !slices.Equal(r.calls, want) {
		t.Errorf("ran %q, want %q", r.calls, want)
	}
	if !bytes.Equal(r.stdin[1], testPDF) {
		t.Errorf("lp got %q on stdin, want the PDF", r.stdin[1])
	}
}

func TestCUPSPrintOptionsServerAndTitle(t *testing.T) {
	r := &fakeRunner{replies: map[string]reply{
		"lpstat -h /run/cups/cups.sock -p kiosk-pdf -a kiosk-pdf":                           {stdout: lpstatPrinting},
		"lp -h /run/cups/cups.sock -d kiosk-pdf -t 受理回执 第2份 -o media=A4 -o sides=one-sided": {stdout: "request id is kiosk-pdf-99 (0 file(s))\n"},
	}}
	s := &CUPSSink{Queue: queue, Server: "/run/cups/cups.sock", Options: []string{"media=A4", "sides=one-sided"}, Runner: r, Logger: quietLogger()}
	id, err := s.Print(context.Background(), "受理回执\n第2份\x00", testPDF)
	if err != nil {
		t.Fatalf("%v (ran %q)", err, r.calls)
	}
	if id != "kiosk-pdf-99" {
		t.Errorf("job id %q", id)
	}
}

func TestCUPSPrintErrors(t *testing.T) {
	notFound := reply{stderr: "lpstat: Invalid destination name in list \"kiosk-pdf\".\n", err: exitError}
	tests := []struct {
		name    string
		replies map[string]reply
		pdf     []byte
		want    error
		lpRuns  bool
	}{
		{
			name: "queue missing",
			replies: map[string]reply{
				healthCmd:   notFound,
				"lpstat -r": {stdout: "scheduler is running\n"},
			},
			want: ErrQueueNotFound,
		},
		{
			name: "cups down",
			replies: map[string]reply{
				healthCmd:   notFound,
				"lpstat -r": {stdout: "scheduler is not running\n"},
			},
			want: ErrCUPSDown,
		},
		{
			name: "cups down, told plainly",
			replies: map[string]reply{
				healthCmd: {stderr: "lpstat: Unable to connect to server: Connection refused\n", err: exitError},
			},
			want: ErrCUPSDown,
		},
		{
			name:    "lpstat missing",
			replies: map[string]reply{healthCmd: {err: fmt.Errorf("exec: \"lpstat\": %w", exec.ErrNotFound)}},
			want:    ErrClientMissing,
		},
		{
			name:    "queue disabled",
			replies: map[string]reply{healthCmd: {stdout: lpstatDisabled}},
			want:    ErrJobRefused,
		},
		{
			name:    "queue rejecting",
			replies: map[string]reply{healthCmd: {stdout: lpstatRejecting}},
			want:    ErrJobRefused,
		},
		{
			name: "rejected by lp",
			replies: map[string]reply{
				healthCmd: {stdout: lpstatIdle},
				lpCmd:     {stderr: "lp: Destination \"kiosk-pdf\" is not accepting jobs.\n", err: exitError},
			},
			want:   ErrJobRefused,
			lpRuns: true,
		},
		{
			name: "lp missing",
			replies: map[string]reply{
				healthCmd: {stdout: lpstatIdle},
				lpCmd:     {err: fmt.Errorf("exec: \"lp\": %w", exec.ErrNotFound)},
			},
			want:   ErrClientMissing,
			lpRuns: true,
		},
		{
			name: "queue deleted between check and lp",
			replies: map[string]reply{
				healthCmd:   {stdout: lpstatIdle},
				lpCmd:       {stderr: "lp: Error - The printer or class does not exist.\n", err: exitError},
				"lpstat -r": {stdout: "scheduler is running\n"},
			},
			want:   ErrQueueNotFound,
			lpRuns: true,
		},
		{
			name: "lp fails otherwise",
			replies: map[string]reply{
				healthCmd: {stdout: lpstatIdle},
				lpCmd:     {stderr: "lp: Request Entity Too Large\n", err: exitError},
			},
			want:   ErrJobRefused,
			lpRuns: true,
		},
		{
			name: "lp answers nonsense",
			replies: map[string]reply{
				healthCmd: {stdout: lpstatIdle},
				lpCmd:     {stdout: "OK\n"},
			},
			want:   ErrBadReply,
			lpRuns: true,
		},
		{
			name:    "lpstat answers nonsense",
			replies: map[string]reply{healthCmd: {stdout: "printer kiosk-pdf is thinking.\n"}},
			want:    ErrBadReply,
		},
		{
			name: "not a pdf",
			pdf:  []byte("hello"),
			want: ErrInvalid,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &fakeRunner{replies: tt.replies}
			pdf := tt.pdf
			if pdf == nil {
				pdf = testPDF
			}
			id, err := newSink(r).Print(context.Background(), "参保证明", pdf)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Print = %q, %v; want %v (ran %q)", id, err, tt.want, r.calls)
			}
			if got := r.ran("lp "); got != tt.lpRuns {
				t.Errorf("lp ran: %v, want %v (ran %q)", got, tt.lpRuns, r.calls)
			}
		})
	}
}

func TestCUPSInvalidQueue(t *testing.T) {
	for _, q := range []string{"", "a b", "a/b", "a#b", "队列", strings.Repeat("q", 128)} {
		r := &fakeRunner{}
		s := &CUPSSink{Queue: q, Runner: r, Logger: quietLogger()}
		if _, err := s.Print(context.Background(), "x", testPDF); !errors.Is(err, ErrInvalid) {
			t.Errorf("queue %q: Print err = %v, want ErrInvalid", q, err)
		}
		h, err := s.Health(context.Background())
		if !errors.Is(err, ErrInvalid) || h.State != StateUnavailable {
			t.Errorf("queue %q: Health = %+v, %v", q, h, err)
		}
		if len(r.calls) != 0 {
			t.Errorf("queue %q: ran %q", q, r.calls)
		}
	}
}

func TestCUPSHealth(t *testing.T) {
	tests := []struct {
		name    string
		replies map[string]reply
		state   State
		reason  string
		err     error
	}{
		{"idle", map[string]reply{healthCmd: {stdout: lpstatIdle}}, StateIdle, "", nil},
		{"printing", map[string]reply{healthCmd: {stdout: lpstatPrinting}}, StatePrinting, "", nil},
		{"disabled", map[string]reply{healthCmd: {stdout: lpstatDisabled}}, StateDisabled, "paper jam", nil},
		{"rejecting", map[string]reply{healthCmd: {stdout: lpstatRejecting}}, StateRejecting, "maintenance", nil},
		{"disabled and rejecting", map[string]reply{healthCmd: {stdout: lpstatBoth}}, StateDisabled, "maintenance", nil},
		{"not found", map[string]reply{
			healthCmd:   {stderr: "lpstat: Invalid destination name in list \"kiosk-pdf\".\n", err: exitError},
			"lpstat -r": {stdout: "scheduler is running\n"},
		}, StateNotFound, "", nil},
		{"cups down", map[string]reply{
			healthCmd:   {stderr: "lpstat: Invalid destination name in list \"kiosk-pdf\".\n", err: exitError},
			"lpstat -r": {stdout: "scheduler is not running\n"},
		}, StateUnavailable, "", ErrCUPSDown},
		{"lpstat missing", map[string]reply{healthCmd: {err: exec.ErrNotFound}}, StateUnavailable, "", ErrClientMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := newSink(&fakeRunner{replies: tt.replies}).Health(context.Background())
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("Health err = %v, want %v", err, tt.err)
			}
			if h.State != tt.state || h.Queue != queue {
				t.Errorf("Health = %+v, want state %s", h, tt.state)
			}
			if tt.err == nil && h.Reason != tt.reason {
				t.Errorf("reason %q, want %q", h.Reason, tt.reason)
			}
			if tt.err != nil && h.Reason == "" {
				t.Errorf("unavailable without a reason")
			}
			if h.Ready() != (tt.state == StateIdle || tt.state == StatePrinting) {
				t.Errorf("Ready() = %v for %s", h.Ready(), h.State)
			}
		})
	}
}

func TestCUPSContextDeadline(t *testing.T) {
	r := &fakeRunner{replies: map[string]reply{healthCmd: {stdout: lpstatIdle}}, wait: time.Second}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := newSink(r).Print(ctx, "参保证明", testPDF)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want DeadlineExceeded", err)
	}
	if time.Since(start) > 500*time.Millisecond {
		t.Errorf("Print took %v after the deadline", time.Since(start))
	}
}

// TestExecRunner runs real programs: the C locale is set, stdin arrives,
// and a missing program is exec.ErrNotFound.
func TestExecRunner(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	r := ExecRunner{Env: []string{"KIOSK_A4_TEST=1"}}
	out, _, err := r.Run(context.Background(), strings.NewReader("pdf bytes"), sh, "-c", `echo "$LC_ALL $KIOSK_A4_TEST"; cat`)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != "C 1\npdf bytes" {
		t.Errorf("out %q", out)
	}
	_, stderr, err := r.Run(context.Background(), nil, sh, "-c", "echo no >&2; exit 3")
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 || string(stderr) != "no\n" {
		t.Errorf("exit: %v, stderr %q", err, stderr)
	}
	if _, _, err := r.Run(context.Background(), nil, "kiosk-no-such-program"); !errors.Is(err, exec.ErrNotFound) {
		t.Errorf("missing program: %v", err)
	}
}
