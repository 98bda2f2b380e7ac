//go:build unix

package serialtest

import (
	"fmt"
	"os"
	"syscall"

	"github.com/creack/pty"
)

// openPTY opens a pseudo-terminal pair. The master is switched to
// non-blocking mode and wrapped again so it joins Go's poller: only then
// does closing it (Unplug) wake a goroutine blocked in Read.
func openPTY() (master, slave *os.File, err error) {
	m, s, err := pty.Open()
	if err != nil {
		return nil, nil, fmt.Errorf("serialtest: open pty: %w", err)
	}
	defer m.Close()
	raw, err := m.SyscallConn()
	if err != nil {
		_ = s.Close()
		return nil, nil, fmt.Errorf("serialtest: pty fd: %w", err)
	}
	var fd int
	var dupErr error
	if err := raw.Control(func(f uintptr) {
		fd, dupErr = syscall.Dup(int(f))
		if dupErr == nil {
			syscall.CloseOnExec(fd)
			dupErr = syscall.SetNonblock(fd, true)
		}
	}); err != nil {
		dupErr = err
	}
	if dupErr != nil {
		_ = s.Close()
		return nil, nil, fmt.Errorf("serialtest: pty master: %w", dupErr)
	}
	return os.NewFile(uintptr(fd), "/dev/ptmx"), s, nil
}
