// Command devsim runs simulated kiosk devices on pseudo-terminals, so the
// kiosk (or a person with a terminal program) can talk to them without
// hardware.
//
// Usage:
//
//	devsim idcard [flags]     ID card reader (GA 467 SAM module)
//
// Each simulator prints the pseudo-terminal to point the kiosk at (and
// makes a stable symlink with -link), then reads control commands from
// stdin; type help for the list.
package main
