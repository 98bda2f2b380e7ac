// Package printer drives the kiosk's receipt printer: an ESC/POS thermal
// printer (Epson TM or a Chinese 58/80 mm clone) on a serial line.
//
// It has three parts:
//
//   - [Builder] lays out one receipt as ESC/POS bytes: initialise,
//     alignment, character size, bold, GB18030 Chinese text wrapped by
//     display width (a CJK or full-width character takes two columns; 32
//     columns on 58 mm paper, 48 on 80 mm, fewer at double width),
//     label/value lines, native QR codes (GS ( k, model 2), CODE128
//     barcodes (GS k 73), feed and cut. [Receipt] is the result.
//   - [Status] decodes the printer's real-time status replies (DLE EOT 1–4)
//     bit by bit and derives a [Health] that the UI, the staff screen and
//     the fleet heartbeat read. Each fault has a typed error ([FaultError])
//     with a stable code string ([Code]) for the UI to translate.
//   - [Printer] owns the serial [Port]: it checks the status before and
//     after every receipt (flushing stale input and validating each reply's
//     fixed bit pattern), paces writes so a 45-byte receive buffer never
//     overflows, polls between commands during long jobs, reports a receipt
//     that fails half-way as a [JobError] (which receipt, at which stage, why)
//     and can reprint the last receipt.
//
// The simulator in the printersim subpackage speaks the same bytes on a
// pseudo-terminal and renders the paper it receives to PNG.
//
// Receipts may carry personal data (masked ID numbers, names). The package
// logs receipt IDs, sizes, timings and fault codes only, never receipt
// content; [Printer.ForgetLast] drops the copy kept for reprinting when a
// session ends.
package printer
