// Package cardpad drives a bank card pad (a MIS-POS terminal) over its
// ECR serial link: sale, void, balance inquiry, query of the last
// transaction, sign-in and settlement. The PIN never leaves the pad; the
// kiosk receives results only.
//
// Layers, bottom up:
//
//   - internal/ecr: the bytes. STX, a two-byte BCD length, a TLV message,
//     ETX, an LRC over length+message+ETX; ACK/NAK/EOT control bytes; a
//     stream decoder that resynchronises after noise.
//   - pad.go: [Pad] runs one exchange at a time. It sends the request and
//     waits for ACK, sending again after a NAK or silence, at most three
//     more times. A lone ACK means "received", never "approved": the Pad
//     then waits up to ResultTimeout (90 s) for the result, acknowledging
//     every intact frame, NAKing corrupted ones, and taking as the answer
//     only a frame that echoes the request's nonce and type. Progress
//     (sending, acknowledged, waiting for card, waiting for PIN,
//     processing, elapsed time) goes to a callback.
//   - transactions.go: the six transactions, each returning a [Result], and
//     [Pad.Resolve] for outcomes the link lost.
//   - device.go: [Device], a Pad on a reconnecting serialport.Port with one
//     health for the UI, the staff screen and the heartbeat.
//
// Money is an [Amount] in fen (int64), never a float.
//
// Every error falls in one class ([Classify]):
//
//   - transient (ErrCommunication, ErrBusy): the pad never took the
//     request; nothing was charged; the same request may be sent again;
//   - final (*DeclineError): the bank or the pad said no, or the person
//     cancelled; nothing was charged;
//   - unknown (*OutcomeUnknownError): a sale or void whose result was lost
//     after the pad may have taken it. The card may have been charged.
//     Resolve it with Pad.Resolve (query last transaction, matched by
//     nonce, type, amount and reference); never repeat the sale.
//
// Outcomes have stable [Code] strings with plain messages in simplified
// Chinese, traditional Chinese and English.
//
// Only masked card numbers leave the package (622202******0128): the
// number is masked as the reply is read, the bytes it arrived in are
// zeroed, the expiry is dropped unread, and no error, log line or fmt
// form carries either. Logs carry types, codes, amounts, nonces,
// references and voucher numbers, which identify a payment but not a
// person.
//
// The simulator in the cardpadsim subpackage speaks the same bytes on a
// pseudo-terminal, with PIN-entry time, approval rules and fault
// injection, including a pad that charges and then goes silent.
package cardpad
