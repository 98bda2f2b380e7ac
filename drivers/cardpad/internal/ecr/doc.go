// Package ecr is the wire format of the bank card pad's ECR link
// (devices.md §3.1, the Chinese MIS-POS integration):
//
//	STX | LEN (2 bytes BCD) | MSG | ETX | LRC
//
// LEN counts the bytes of MSG (1–1024) as four BCD digits, 150 → 01 50.
// LRC is the XOR of LEN, MSG and ETX; STX is excluded. Outside frames the
// line carries single control bytes: ACK (06) "received", NAK (15) "send
// again", EOT (04) "abort".
//
// MSG is a list of TLV fields with two-byte tags DFxx and BER-style lengths
// (one byte below 128, 81 nn, 82 nn nn). Values are ASCII or packed BCD.
//
// The package is internal: frames carry the card number, so only the
// driver (which masks it) and the simulator see them. Nothing here logs,
// and the fmt and slog forms of a [Message] show tags and lengths only.
package ecr
