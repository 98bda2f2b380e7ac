package serialport

import "errors"

// Errors returned by a Port. Test with errors.Is: they are usually wrapped
// with the device name and the operation.
var (
	// ErrTimeout means nothing arrived within the configured read timeout.
	// It is transient: the device may answer on the next read.
	ErrTimeout = errors.New("serialport: read timeout")

	// ErrDisconnected means the device is not connected right now: it was
	// unplugged or failed, and the Port is reconnecting in the background.
	// It is transient: retry after the health returns to ok.
	ErrDisconnected = errors.New("serialport: device disconnected")

	// ErrNotFound means the configured path or VID/PID matches no device.
	ErrNotFound = errors.New("serialport: device not found")

	// ErrClosed means the Port was closed by its owner. It is final.
	ErrClosed = errors.New("serialport: port closed")

	// ErrInvalidConfig is matched by every configuration error.
	ErrInvalidConfig = errors.New("serialport: invalid config")
)

// Temporary reports whether err is worth retrying on the same Port: a read
// timeout or a disconnection that reconnection may repair. Closed ports and
// configuration errors are not temporary.
func Temporary(err error) bool {
	return errors.Is(err, ErrTimeout) || errors.Is(err, ErrDisconnected)
}
