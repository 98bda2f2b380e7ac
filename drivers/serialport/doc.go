// Package serialport opens the kiosk's serial devices and keeps them open.
//
// A [Port] is found by path (for example a stable /dev/serial/by-id/… name)
// or by USB VID/PID, configured from a [Config], and reads with a timeout:
// go.bug.st/serial reports a timeout as (0, nil), which Port turns into
// [ErrTimeout] so callers never mistake silence for end of stream.
//
// When the device goes away (unplug, cable fault, a pseudo-terminal whose
// master closed) the Port notices on the next read or write, closes the dead
// handle and reconnects by itself in the background with exponential
// backoff. Meanwhile reads and writes fail fast with [ErrDisconnected].
// Sleeping goes through an injected [Clock], so tests drive reconnection
// step by step instead of waiting.
//
// Every Port keeps a [Health] (ok, reconnecting, absent, error with reason)
// that the UI, the staff screen and the heartbeat read with [Port.Health] or
// follow with [Port.Subscribe]. A device driver on top of the Port reports
// protocol-level faults (a device that stopped answering) with
// [Port.ReportDeviceError], so each device has one health to watch.
//
// Package serialtest provides the other end of the cable for tests: a device
// simulator on a pseudo-terminal that can be unplugged and plugged back in.
package serialport
