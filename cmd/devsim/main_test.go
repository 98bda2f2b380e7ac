package main

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestUsageAndUnknownDevice(t *testing.T) {
	var out syncBuffer
	if code := run(context.Background(), nil, strings.NewReader(""), &out, &out); code != 2 || !strings.Contains(out.String(), "idcard") {
		t.Errorf("no args: code %d, output %q", code, out.String())
	}
	out = syncBuffer{}
	if code := run(context.Background(), []string{"toaster"}, strings.NewReader(""), &out, &out); code != 2 || !strings.Contains(out.String(), `unknown device "toaster"`) {
		t.Errorf("unknown device: code %d, output %q", code, out.String())
	}
	out = syncBuffer{}
	if code := run(context.Background(), []string{"idcard", "-cards", "/nonexistent.json"}, strings.NewReader(""), &out, &out); code != 1 {
		t.Errorf("missing cards file: code %d, output %q", code, out.String())
	}
}

// TestIDCardSubcommandServesAKiosk drives devsim the way a person does:
// it starts, prints where it is, and a card placed on stdin reaches a
// driver pointed at the printed stable path.
func TestIDCardSubcommandServesAKiosk(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	link := filepath.Join(t.TempDir(), "idcard-reader")
	stdinR, stdinW := io.Pipe()
	var out syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"idcard", "-no-delay", "-link", link, "-cards", "../../drivers/idcard/idcardsim/testdata/demo-cards.json"},
			stdinR, &out, &out)
	}()

	for !strings.Contains(out.String(), "stable path: "+link) {
		select {
		case <-ctx.Done():
			t.Fatalf("no start banner: %q", out.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
	if !strings.Contains(out.String(), "idcard simulator on /dev/") || !strings.Contains(out.String(), "14 cards") {
		t.Errorf("banner %q", out.String())
	}

	dev, err := idcard.Open(idcard.Config{Serial: serialport.Config{Path: link}, Poll: idcard.PollerConfig{Interval: 5 * time.Millisecond}},
		idcard.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	events := make(chan idcard.Event, 4)
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	go func() { _ = dev.Run(runCtx, events) }()

	w := bufio.NewWriter(stdinW)
	_, _ = w.WriteString("place 5\n")
	_ = w.Flush()
	select {
	case ev := <-events:
		if ev.Kind != idcard.EventCardPlaced || ev.Identity.Kind() != idcard.KindHKMacaoTaiwan {
			t.Fatalf("event %v %v", ev.Kind, ev.Err)
		}
	case <-ctx.Done():
		t.Fatalf("no card event; devsim said %q", out.String())
	}

	_, _ = w.WriteString("quit\n")
	_ = w.Flush()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit code %d: %q", c, out.String())
		}
	case <-ctx.Done():
		t.Fatal("devsim did not quit")
	}
	_ = stdinW.Close()
}

func TestIDCardKeepsServingAfterStdinEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"idcard", "-no-delay", "-place", "1"}, strings.NewReader("status\n"), &out, &out)
	}()
	deadline := time.After(5 * time.Second)
	for !strings.Contains(out.String(), "serving until interrupted") {
		select {
		case <-deadline:
			t.Fatalf("output %q", out.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
	if !strings.Contains(out.String(), "card: 1 (") {
		t.Errorf("-place 1 not applied: %q", out.String())
	}
	cancel()
	if c := <-code; c != 0 {
		t.Errorf("exit code %d after interrupt", c)
	}
}
