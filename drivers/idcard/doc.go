// Package idcard drives a second-generation resident ID card reader (二代证
// SAM module, GA 467 framing) over a serial line.
//
// Layers, bottom up:
//
//   - frame.go and decoder.go: the wire format. [EncodeRequest] builds a
//     request; a [Decoder] reassembles frames from an arbitrary byte stream
//     (preamble hunt, big-endian length, XOR checksum over length..data),
//     resynchronising after garbage and across split reads.
//   - status.go: every SW3 status code as a typed [*StatusError].
//   - reader.go: [Reader] sends one command at a time and waits for its
//     answer: SAM status, reset, SAM ID, find, select, read text+photo,
//     read with fingerprint, read newest address.
//   - text.go, codes.go: the 256-byte text block (UCS-2LE) for resident
//     cards and the J, I and Y permit layouts, gender and nation tables.
//   - idnumber.go: GB 11643 number validation; a card whose number fails is
//     reported with an [*InvalidIDError], never accepted.
//   - identity.go: [Identity], which masks the name and number whenever it
//     is printed or logged and can be wiped.
//   - poller.go: [Poller] turns the request/response protocol into events:
//     card placed (read once per placement), card removed, fault.
//   - device.go: [Device] puts it together on a reconnecting serial port,
//     with one health for the UI, the staff screen and the heartbeat.
//
// Personal data never reaches a log: identities log masked, errors carry no
// card contents, and the photo (WLT, 1024 bytes) is kept in memory only,
// never decoded, written or logged.
package idcard
