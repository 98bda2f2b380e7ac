// Package printersim simulates the kiosk's ESC/POS receipt printer on the
// device end of a serial line (a pseudo-terminal in tests and demos).
//
// [Interpreter] understands what the printer driver sends and more: GB18030
// text (Chinese mode on by default, FS & / FS . switch it), character
// sizes, alignment, bold, underline, invert, line spacing, feeds, native QR
// codes (GS ( k), barcodes (GS k; CODE128 drawn as real bars, others as a
// labelled box) and cuts. It skips bit images and other commands it does
// not draw, and never panics or grows without bound on arbitrary input.
//
// [Sim] runs an Interpreter on a line with [Sim.Run]. At each cut it renders
// the paper to a PNG (white paper, black dots: 12×24 dots per half-width
// character, 384 dots wide for 58 mm paper, 576 for 80 mm) and writes it,
// with the raw bytes beside it as a .bin, to an output folder. It answers
// DLE EOT 1–4 from a [State] that can be changed while it runs (paper near
// end or out, cover open, cutter error, offline), and injects faults:
// silence, garbage replies, paper running out after N bytes of a job, a
// cutter that jams at the next cut, and slow or stopped reading (busy).
//
// cmd/devsim wires it to a pseudo-terminal:
//
//	sim, _ := printersim.New(printersim.Options{OutDir: dir, Font: fontBytes})
//	go sim.Run(ctx, ptyMaster)
//	sim.SetPaper(printersim.PaperNearEnd)
package printersim
