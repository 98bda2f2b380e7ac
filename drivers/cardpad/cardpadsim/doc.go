// Package cardpadsim simulates a bank card pad (MIS-POS terminal) on a
// pseudo-terminal. It speaks the ECR bytes of package cardpad — STX, BCD
// length, TLV, ETX, LRC, ACK/NAK/EOT — so the driver, the kiosk demo and
// cmd/devsim run without hardware.
//
// A test or a person inserts test cards ([Simulator.Insert] or "insert 2"
// on the console), presses cancel on the pad, sets approval rules by
// amount, card and type, and injects faults: NAK storms, silence before
// the ACK, garbage, split frames, corrupted LRCs, ACK glued to the reply,
// a reply with another nonce — and the dangerous ones: a pad that
// charges and then goes silent, and a pad that acknowledges and then
// drops the request.
//
// Like a real pad, the simulator keeps its last transaction, its batch and
// its counters. With Config.StatePath they survive a restart (a small JSON
// file, written before the reply leaves), so "query last transaction"
// answers after the kiosk died mid-payment. The state file holds card
// indexes, never card numbers.
//
// Behaviour where a real pad varies: every request needs signing in first
// when RequireSignIn is set; a sale and a balance inquiry wait for a card
// and then take PINDelay for the PIN; a void needs no card; the pad sends
// progress notices (waiting for card, PIN, processing) unless NoProgress;
// it repeats its result up to three times until the host acknowledges it;
// a repeated request with the nonce of the transaction in progress is
// acknowledged and otherwise ignored; any other request while busy is
// answered "busy". The test cards' numbers are invented and pass the Luhn
// check.
package cardpadsim
