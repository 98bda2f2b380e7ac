// Package serialtest puts a simulated device on the other end of a serial
// cable, for tests and demos.
//
// A [Line] is a pseudo-terminal: the driver under test opens [Line.Path]
// like any serial port, the simulator reads and writes the Line. A Line can
// have a stable symlink name (like /dev/serial/by-id/…) and can be
// unplugged (the pseudo-terminal closes, the driver sees the device vanish)
// and plugged back in (a new pseudo-terminal behind the same name, so the
// driver finds it again). With a baud rate set, the Line paces both
// directions like a real UART: a byte takes 10 bit times.
//
// Pseudo-terminals accept no modem-line ioctls (DTR, RTS, CTS) and ignore
// baud, parity and break; drivers must not depend on those in tests.
//
// [ManualClock] is a serialport.Clock that tests step by hand, and
// [WaitHealth] waits for a device to reach a health state.
package serialtest
