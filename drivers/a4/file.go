package a4

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"
)

// FileSink is a printer that writes each PDF into a folder: the A4 printer
// of the demo and of tests. Files are written atomically, so a reader never
// sees half a PDF, and are readable by their owner only (they carry
// personal data).
type FileSink struct {
	dir    string
	logger *slog.Logger
	now    func() time.Time

	mu  sync.Mutex
	seq uint64
}

var _ Printer = (*FileSink)(nil)

// NewFileSink returns a sink writing into dir, which it creates if needed.
// A nil logger means slog.Default().
func NewFileSink(dir string, logger *slog.Logger) (*FileSink, error) {
	if dir == "" {
		return nil, fmt.Errorf("%w: empty folder name", ErrInvalid)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrWrite, err)
	}
	if logger == nil {
		logger = slog.Default()
	}
	return &FileSink{dir: dir, logger: logger, now: time.Now}, nil
}

// Dir is the folder the sink writes into.
func (s *FileSink) Dir() string { return s.dir }

// Print writes the PDF as <dir>/<yyyymmdd-hhmmss>-<seq>-<name>.pdf and
// returns the file's name without .pdf as the job ID.
func (s *FileSink) Print(ctx context.Context, name string, pdf []byte) (string, error) {
	if err := checkPDF(pdf); err != nil {
		return "", err
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	if _, err := os.Stat(s.dir); errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("print to %s: %w", s.dir, ErrQueueNotFound)
	}

	tmp, err := os.CreateTemp(s.dir, ".a4-*.tmp")
	if err != nil {
		return "", fmt.Errorf("print to %s: %w: %w", s.dir, ErrWrite, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(pdf); err != nil {
		return "", fmt.Errorf("print to %s: %w: %w", s.dir, ErrWrite, err)
	}
	if err := tmp.Sync(); err != nil {
		return "", fmt.Errorf("print to %s: %w: %w", s.dir, ErrWrite, err)
	}
	if err := tmp.Close(); err != nil {
		return "", fmt.Errorf("print to %s: %w: %w", s.dir, ErrWrite, err)
	}

	id, err := s.place(tmp.Name(), name)
	if err != nil {
		return "", fmt.Errorf("print to %s: %w: %w", s.dir, ErrWrite, err)
	}
	done = true
	if err := syncDir(s.dir); err != nil {
		return "", fmt.Errorf("print to %s: %w: %w", s.dir, ErrWrite, err)
	}
	s.logger.Info("a4: pdf written", "dir", s.dir, "job", id, "bytes", len(pdf))
	return id, nil
}

// place renames the finished temporary file to a name no other job has.
func (s *FileSink) place(tmp, name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	stamp := s.now().Format("20060102-150405")
	base := fileTitle(name)
	for range 1000 {
		s.seq++
		id := fmt.Sprintf("%s-%04d-%s", stamp, s.seq, base)
		final := filepath.Join(s.dir, id+".pdf")
		if _, err := os.Lstat(final); err == nil {
			continue // left by an earlier run with the same clock second
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		if err := os.Rename(tmp, final); err != nil {
			return "", err
		}
		return id, nil
	}
	return "", fmt.Errorf("no free file name for %q", base)
}

// fileTitle keeps letters (Chinese included), digits, '-' and '_' of a job
// title, at most 40 of them.
func fileTitle(name string) string {
	t := strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r), unicode.IsDigit(r), r == '-', r == '_':
			return r
		case unicode.IsSpace(r), r == '.', r == '/', r == '\\':
			return '_'
		default:
			return -1
		}
	}, name)
	t = strings.Trim(t, "_-")
	if r := []rune(t); len(r) > 40 {
		t = string(r[:40])
	}
	if t == "" {
		t = "document"
	}
	return t
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Health reports idle when the folder exists and takes a file.
func (s *FileSink) Health(ctx context.Context) (Health, error) {
	h := Health{Queue: s.dir}
	if err := ctx.Err(); err != nil {
		h.State, h.Reason = StateUnavailable, err.Error()
		return h, err
	}
	info, err := os.Stat(s.dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		h.State = StateNotFound
		return h, nil
	case err != nil:
		h.State, h.Reason = StateUnavailable, err.Error()
		return h, fmt.Errorf("health of %s: %w: %w", s.dir, ErrWrite, err)
	case !info.IsDir():
		h.State, h.Reason = StateUnavailable, "not a folder"
		return h, fmt.Errorf("health of %s: %w: not a folder", s.dir, ErrWrite)
	}
	probe, err := os.CreateTemp(s.dir, ".a4-health-*")
	if err != nil {
		h.State, h.Reason = StateUnavailable, err.Error()
		return h, fmt.Errorf("health of %s: %w: %w", s.dir, ErrWrite, err)
	}
	probe.Close()
	os.Remove(probe.Name())
	h.State = StateIdle
	return h, nil
}
