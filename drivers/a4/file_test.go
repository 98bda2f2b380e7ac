package a4

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func newFileSink(t *testing.T) *FileSink {
	t.Helper()
	s, err := NewFileSink(filepath.Join(t.TempDir(), "a4"), quietLogger())
	if err != nil {
		t.Fatal(err)
	}
	s.now = func() time.Time { return time.Date(2026, 5, 18, 10, 32, 0, 0, time.UTC) }
	return s
}

func TestFileSinkPrint(t *testing.T) {
	s := newFileSink(t)
	id, err := s.Print(context.Background(), "参保证明", testPDF)
	if err != nil {
		t.Fatal(err)
	}
	if id != "20260518-103200-0001-参保证明" {
		t.Errorf("job id %q", id)
	}
	path := filepath.Join(s.Dir(), id+".pdf")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, testPDF) {
		t.Errorf("file holds %q", got)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("mode %v, want 0600: the PDF carries personal data", perm)
	}
}

func TestFileSinkNamesAreUniqueAndClean(t *testing.T) {
	s := newFileSink(t)
	// A file left by an earlier run with the same clock second.
	if err := os.WriteFile(filepath.Join(s.Dir(), "20260518-103200-0001-job.pdf"), testPDF, 0o600); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	ids := make([]string, 20)
	errs := make([]error, 20)
	for i := range ids {
		wg.Go(func() { ids[i], errs[i] = s.Print(context.Background(), "job", testPDF) })
	}
	wg.Wait()
	seen := map[string]bool{}
	for i, id := range ids {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if seen[id] {
			t.Errorf("job id %q twice", id)
		}
		seen[id] = true
	}
	entries, err := os.ReadDir(s.Dir())
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 21 {
		t.Errorf("%d files, want 21", len(entries))
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	for title, want := range map[string]string{
		"../../etc/passwd": "etc_passwd",
		"受理回执 第2份":         "受理回执_第2份",
		"":                 "document",
		"***":              "document",
	} {
		if got := fileTitle(title); got != want {
			t.Errorf("fileTitle(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestFileSinkRejects(t *testing.T) {
	s := newFileSink(t)
	if _, err := s.Print(context.Background(), "x", []byte("not a pdf")); !errors.Is(err, ErrInvalid) {
		t.Errorf("non-PDF: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Print(ctx, "x", testPDF); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if err := os.RemoveAll(s.Dir()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Print(context.Background(), "x", testPDF); !errors.Is(err, ErrQueueNotFound) {
		t.Errorf("folder gone: %v", err)
	}
}

func TestFileSinkHealth(t *testing.T) {
	s := newFileSink(t)
	h, err := s.Health(context.Background())
	if err != nil || h.State != StateIdle || !h.Ready() || h.Queue != s.Dir() {
		t.Fatalf("Health = %+v, %v", h, err)
	}
	entries, _ := os.ReadDir(s.Dir())
	if len(entries) != 0 {
		t.Errorf("health probe left %d files", len(entries))
	}
	if err := os.RemoveAll(s.Dir()); err != nil {
		t.Fatal(err)
	}
	if h, err := s.Health(context.Background()); err != nil || h.State != StateNotFound {
		t.Errorf("missing folder: %+v, %v", h, err)
	}
	if err := os.WriteFile(s.Dir(), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if h, err := s.Health(context.Background()); !errors.Is(err, ErrWrite) || h.State != StateUnavailable {
		t.Errorf("file instead of folder: %+v, %v", h, err)
	}
}
