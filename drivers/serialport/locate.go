package serialport

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"

	"go.bug.st/serial"
	"go.bug.st/serial/enumerator"
)

// Enumerator lists the serial ports with their USB details. The default is
// enumerator.GetDetailedPortsList (sysfs on Linux, no cgo).
type Enumerator func() ([]*enumerator.PortDetails, error)

// Opener opens a serial port. The default is serial.Open; tests replace it
// to produce errors a pseudo-terminal cannot (permission denied, busy).
type Opener func(path string, mode *serial.Mode) (serial.Port, error)

func defaultEnumerator() ([]*enumerator.PortDetails, error) {
	return enumerator.GetDetailedPortsList()
}

// locate returns the device node to open for cfg. A configured path is
// resolved through symlinks so logs show which node a by-id name pointed to;
// a VID/PID is looked up with enum. A missing device yields ErrNotFound.
func locate(cfg Config, enum Enumerator) (string, error) {
	if cfg.Path != "" {
		target, err := filepath.EvalSymlinks(cfg.Path)
		if errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("%s: %w", cfg.Path, ErrNotFound)
		}
		if err != nil {
			return "", fmt.Errorf("resolve %s: %w", cfg.Path, err)
		}
		return target, nil
	}

	ports, err := enum()
	if err != nil {
		return "", fmt.Errorf("list usb serial ports: %w", err)
	}
	var matches []string
	for _, p := range ports {
		if p == nil || !p.IsUSB {
			continue
		}
		if !strings.EqualFold(p.VID, cfg.VID) || !strings.EqualFold(p.PID, cfg.PID) {
			continue
		}
		if cfg.SerialNumber != "" && p.SerialNumber != cfg.SerialNumber {
			continue
		}
		matches = append(matches, p.Name)
	}
	if len(matches) == 0 {
		return "", fmt.Errorf("%s: %w", cfg.Name(), ErrNotFound)
	}
	// Several identical adapters without a serial number: pick the lowest
	// name so the choice is stable across reconnects.
	sort.Strings(matches)
	return matches[0], nil
}

// classifyOpenError maps an open failure to the health state it implies.
func classifyOpenError(err error) State {
	if errors.Is(err, ErrNotFound) || errors.Is(err, fs.ErrNotExist) {
		return StateAbsent
	}
	var pe *serial.PortError
	if errors.As(err, &pe) && pe.Code() == serial.PortNotFound {
		return StateAbsent
	}
	return StateError
}
