//go:build !unix

package serialtest

import (
	"errors"
	"fmt"
	"os"
)

// openPTY fails: pseudo-terminals exist only on unix systems, so the
// simulators run on the Linux kiosk and developer machines, not Windows.
func openPTY() (master, slave *os.File, err error) {
	return nil, nil, fmt.Errorf("serialtest: pseudo-terminals need a unix system: %w", errors.ErrUnsupported)
}
