// Package idcardsim simulates a SAM ID card reader module on a
// pseudo-terminal: it answers the GA 467 frames of package idcard with the
// cards it is given, so the driver, the kiosk demo and cmd/devsim run
// without hardware.
//
// A test or a person places and removes cards ([Simulator.Place],
// [Simulator.Remove], or the line commands of [Simulator.Exec] such as
// "place 1"), and injects faults: no card, select or read failure, SAM
// self-test failure, bad checksums, silence, garbage bytes, split frames,
// unplug and replug. With wire delay on, bytes travel at the configured
// baud rate (10 bit times per byte), so timings match a real 115200 line.
//
// Cards come from a JSON file (see testdata/demo-cards.json) or the
// built-in DefaultCards. All names and numbers are invented; the numbers
// carry correct GB 11643 check characters unless a card is meant to be
// invalid.
package idcardsim
