package serialtest

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// Errors returned by a Line.
var (
	ErrUnplugged  = errors.New("serialtest: line unplugged")
	ErrLineClosed = errors.New("serialtest: line closed")
)

// Line is the device end of a virtual serial cable on a pseudo-terminal.
// Read and Write are safe to call from one reader and one writer goroutine
// alongside Unplug, Replug and Close from any goroutine.
type Line struct {
	link string

	baud atomic.Int64 // 0: no wire delay

	mu        sync.Mutex
	master    *os.File
	slave     *os.File // held open so the master never reads a hang-up while the driver reconnects
	tty       string
	gen       uint64
	closed    bool
	plugged   chan struct{} // closed when the line is plugged in (or closed)
	rxBusy    time.Time     // when the last received byte finished arriving
	txBusy    time.Time     // when the last sent byte finishes leaving
	writeLock sync.Mutex
}

// NewLine opens a pseudo-terminal. If link is not empty, a symlink at that
// path points to the terminal (replacing any file there) and follows it
// across Replug; Path returns the link. The Line starts plugged in.
func NewLine(link string) (*Line, error) {
	l := &Line{link: link, plugged: make(chan struct{})}
	if err := l.plug(); err != nil {
		return nil, err
	}
	return l, nil
}

// Path is the name a driver should open: the stable link if one was given,
// otherwise the current terminal.
func (l *Line) Path() string {
	if l.link != "" {
		return l.link
	}
	return l.TTY()
}

// TTY is the current pseudo-terminal device, for example /dev/pts/3, or ""
// while unplugged.
func (l *Line) TTY() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.tty
}

// Plugged reports whether the line is plugged in.
func (l *Line) Plugged() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.master != nil
}

// SetBaud turns on wire delay at the given rate: every byte takes 10 bit
// times in each direction, as on an 8N1 line. 0 turns it off.
func (l *Line) SetBaud(baud int) { l.baud.Store(int64(baud)) }

// WireTime is the time n bytes take on an 8N1 line at baud.
func WireTime(n, baud int) time.Duration {
	if baud <= 0 {
		return 0
	}
	return time.Duration(n) * 10 * time.Second / time.Duration(baud)
}

// Read reads bytes the driver sent. While unplugged it waits for Replug.
// With wire delay on it returns no earlier than the moment the last byte
// read would have finished arriving.
func (l *Line) Read(p []byte) (int, error) {
	for {
		l.mu.Lock()
		if l.closed {
			l.mu.Unlock()
			return 0, ErrLineClosed
		}
		m, gen, wait := l.master, l.gen, l.plugged
		l.mu.Unlock()
		if m == nil {
			<-wait
			continue
		}
		n, err := m.Read(p)
		if err != nil {
			l.mu.Lock()
			replaced := l.gen != gen || l.closed
			l.mu.Unlock()
			if replaced && n == 0 {
				continue // unplugged under us: wait for the next plug
			}
			if !replaced {
				return n, fmt.Errorf("serialtest: read %s: %w", m.Name(), err)
			}
		}
		l.paceRead(n)
		return n, nil
	}
}

func (l *Line) paceRead(n int) {
	baud := int(l.baud.Load())
	if baud <= 0 || n == 0 {
		return
	}
	now := time.Now()
	l.mu.Lock()
	start := l.rxBusy
	if start.Before(now) {
		// The first byte of this burst started arriving when the driver
		// wrote it, which we observe now.
		start = now
	}
	done := start.Add(WireTime(n, baud))
	l.rxBusy = done
	l.mu.Unlock()
	time.Sleep(time.Until(done))
}

// writeChunk is how many bytes a paced Write hands to the terminal at once,
// about a UART FIFO's worth.
const writeChunk = 16

// Write sends bytes to the driver. With wire delay on, bytes leave in small
// chunks at the line rate, each chunk no earlier than its last byte would
// have arrived. While unplugged the bytes are lost and ErrUnplugged is
// returned.
func (l *Line) Write(p []byte) (int, error) {
	l.writeLock.Lock()
	defer l.writeLock.Unlock()
	l.mu.Lock()
	m, closed := l.master, l.closed
	l.mu.Unlock()
	if closed {
		return 0, ErrLineClosed
	}
	if m == nil {
		return 0, ErrUnplugged
	}
	baud := int(l.baud.Load())
	if baud <= 0 {
		return l.writeTo(m, p)
	}
	start := time.Now()
	if l.txBusy.After(start) {
		start = l.txBusy
	}
	sent := 0
	for sent < len(p) {
		k := min(writeChunk, len(p)-sent)
		time.Sleep(time.Until(start.Add(WireTime(sent+k, baud))))
		n, err := l.writeTo(m, p[sent:sent+k])
		sent += n
		if err != nil {
			return sent, err
		}
	}
	l.txBusy = start.Add(WireTime(len(p), baud))
	return sent, nil
}

func (l *Line) writeTo(m *os.File, p []byte) (int, error) {
	n, err := m.Write(p)
	if err != nil {
		l.mu.Lock()
		unplugged := l.master != m
		l.mu.Unlock()
		if unplugged {
			return n, ErrUnplugged
		}
		return n, fmt.Errorf("serialtest: write %s: %w", m.Name(), err)
	}
	return n, nil
}

// Unplug closes the pseudo-terminal and removes the stable link, as udev
// does when a USB adapter is pulled: the driver's next read or write fails
// and reopening the name finds nothing.
func (l *Line) Unplug() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return ErrLineClosed
	}
	if l.master == nil {
		return nil
	}
	var errs []error
	if l.link != "" {
		if err := os.Remove(l.link); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, fmt.Errorf("serialtest: remove link: %w", err))
		}
	}
	errs = append(errs, l.master.Close(), l.slave.Close())
	l.master, l.slave, l.tty = nil, nil, ""
	l.gen++
	l.plugged = make(chan struct{})
	return errors.Join(errs...)
}

// Replug opens a new pseudo-terminal and points the stable link at it.
// Without a link the driver has to be told the new TTY.
func (l *Line) Replug() error {
	l.mu.Lock()
	closed, plugged := l.closed, l.master != nil
	l.mu.Unlock()
	if closed {
		return ErrLineClosed
	}
	if plugged {
		return nil
	}
	return l.plug()
}

func (l *Line) plug() error {
	m, s, err := openPTY()
	if err != nil {
		return err
	}
	if l.link != "" {
		if err := relink(s.Name(), l.link); err != nil {
			_ = m.Close()
			_ = s.Close()
			return err
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.master, l.slave, l.tty = m, s, s.Name()
	l.gen++
	l.rxBusy = time.Time{}
	close(l.plugged)
	return nil
}

// Close unplugs the line for good and wakes any blocked Read.
func (l *Line) Close() error {
	err := l.Unplug()
	if errors.Is(err, ErrLineClosed) {
		return nil
	}
	l.mu.Lock()
	l.closed = true
	close(l.plugged)
	l.mu.Unlock()
	return err
}

// relink points link at target atomically (symlink then rename), so a
// driver never sees a half-made name.
func relink(target, link string) error {
	tmp := link + ".new"
	_ = os.Remove(tmp)
	if err := os.Symlink(target, tmp); err != nil {
		return fmt.Errorf("serialtest: link %s: %w", link, err)
	}
	if err := os.Rename(tmp, link); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("serialtest: link %s: %w", link, err)
	}
	return nil
}
