// Package a4 prints A4 PDFs: the certificates, receipts and summaries of
// package documents.
//
// [Printer] is the narrow interface the kiosk uses: Print hands over one
// PDF and returns a job ID, Health tells whether printing can work now.
// Two implementations:
//
//   - [CUPSSink] prints through CUPS with `lp -d <queue> -t <title>`, the
//     PDF on standard input, and reads `request id is <queue>-<n> (…)` for
//     the job ID. Health runs `lpstat -p <queue> -a <queue>` and reduces
//     the answer to a plain [State]: idle, printing, disabled, rejecting,
//     not found, unavailable. Failures are classified with sentinel errors
//     (ErrQueueNotFound, ErrClientMissing, ErrCUPSDown, ErrJobRefused,
//     ErrBadReply) so the UI can tell a resident and the staff screen can
//     tell staff what is wrong. Commands run through a [Runner] in the C
//     locale, so tests use a fake and need no CUPS.
//   - [FileSink] writes each PDF into a folder, atomically (temporary file,
//     fsync, rename, fsync of the folder). It is the printer of the demo
//     and of tests.
//
// CUPSSink refuses to queue a job on a disabled queue: CUPS would hold it
// and print it whenever staff re-enable the printer, perhaps hours later
// for whoever stands there, and the paper carries personal data.
//
// The title given to Print is visible in CUPS's job list and logs: pass
// the document's title (documents.Document.Title), never a name or an ID
// number. The package logs queue, job ID, size and title, never the PDF.
package a4
