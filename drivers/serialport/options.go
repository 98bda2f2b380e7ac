package serialport

import "log/slog"

// Option customises Open.
type Option func(*options)

type options struct {
	clock  Clock
	log    *slog.Logger
	enum   Enumerator
	opener Opener
}

// WithClock sets the clock used for reconnection backoff and health
// timestamps. The default is SystemClock.
func WithClock(c Clock) Option { return func(o *options) { o.clock = c } }

// WithLogger sets the logger. The default is slog.Default().
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// WithEnumerator replaces the USB port enumerator used for VID/PID lookup.
func WithEnumerator(e Enumerator) Option { return func(o *options) { o.enum = e } }

// WithOpener replaces serial.Open.
func WithOpener(op Opener) Option { return func(o *options) { o.opener = op } }
