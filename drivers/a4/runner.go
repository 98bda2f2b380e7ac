package a4

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"time"
)

// Runner runs one program and returns what it wrote. A missing program is
// an error that matches exec.ErrNotFound; a non-zero exit is an error too,
// with stdout and stderr still returned.
type Runner interface {
	Run(ctx context.Context, stdin io.Reader, name string, args ...string) (stdout, stderr []byte, err error)
}

// ExecRunner runs programs with os/exec in the C locale, so that CUPS's
// messages are the English ones the parsers read. Env adds variables (for
// example CUPS_SERVER) to the process's environment.
type ExecRunner struct {
	Env []string
}

// Run implements Runner.
func (r ExecRunner) Run(ctx context.Context, stdin io.Reader, name string, args ...string) ([]byte, []byte, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "LC_ALL=C", "LANG=C", "LANGUAGE=")
	cmd.Env = append(cmd.Env, r.Env...)
	cmd.Stdin = stdin
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// A killed lp leaves nothing to wait for long.
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	return stdout.Bytes(), stderr.Bytes(), err
}
