package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

const printerHelp = `commands:
  paper ok|near|out     the paper roll
  cover open|closed     the cover
  cutter jam|ok         the autocutter (jam: the next cut fails)
  offline on|off        the printer's offline switch
  fault none|silent|garbage   status replies: normal, never, or bad bytes
  busy on|off           stop reading the line (a full buffer)
  runout N              the paper runs out after N more bytes of a job
  status                what the printer would report
  help                  this text`

func runPrinter(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("devsim printer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	link := fs.String("link", "", "also make a stable symlink at this path")
	out := fs.String("out", "receipts", "folder for the PNG (and .bin) of every cut receipt")
	paper := fs.Int("paper", 58, "paper width in mm: 58 or 80")
	baud := fs.Int("baud", 9600, "line rate for the wire delay (0: none)")
	verbose := fs.Bool("v", false, "log every command")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	opts := printersim.Options{Paper: printer.Paper58, OutDir: *out, Font: assets.Font()}
	switch *paper {
	case 58:
	case 80:
		opts.Paper = printer.Paper80
	default:
		return fmt.Errorf("-paper: 58 or 80, got %d", *paper)
	}
	if *verbose {
		opts.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	sim, err := printersim.New(opts)
	if err != nil {
		return err
	}
	line, err := serialtest.NewLine(*link)
	if err != nil {
		return err
	}
	defer line.Close()
	line.SetBaud(*baud)
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	go sim.Run(runCtx, line)

	fmt.Fprintf(stdout, "printer simulator on %s, receipts in %s\n", line.TTY(), *out)
	if *link != "" {
		fmt.Fprintf(stdout, "stable path: %s\n", line.Path())
	}
	fmt.Fprintln(stdout, "type help for commands")

	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdin)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case l, ok := <-lines:
			if !ok {
				fmt.Fprintln(stdout, "stdin closed; serving until interrupted")
				<-ctx.Done()
				return nil
			}
			if msg, err := printerCommand(sim, l); err != nil {
				fmt.Fprintln(stdout, "error:", err)
			} else if msg != "" {
				fmt.Fprintln(stdout, msg)
			}
		}
	}
}

// printerCommand applies one control line to the simulator.
func printerCommand(sim *printersim.Sim, line string) (string, error) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return "", nil
	}
	arg := ""
	if len(f) > 1 {
		arg = f[1]
	}
	bad := fmt.Errorf("bad command %q; type help", line)
	switch f[0] {
	case "help":
		return printerHelp, nil
	case "status":
		st := sim.State()
		return fmt.Sprintf("paper=%v cover_open=%v cutter_error=%v offline=%v printed=%d", st.Paper, st.CoverOpen, st.CutterError, st.Offline, len(sim.Pages())), nil
	case "paper":
		m := map[string]printersim.PaperState{"ok": printersim.PaperOK, "near": printersim.PaperNearEnd, "out": printersim.PaperOut}
		p, ok := m[arg]
		if !ok {
			return "", bad
		}
		sim.SetPaper(p)
	case "cover":
		if arg != "open" && arg != "closed" {
			return "", bad
		}
		sim.SetCoverOpen(arg == "open")
	case "cutter":
		switch arg {
		case "jam":
			sim.JamNextCut()
		case "ok":
			sim.SetCutterError(false)
		default:
			return "", bad
		}
	case "offline", "busy":
		if arg != "on" && arg != "off" {
			return "", bad
		}
		if f[0] == "offline" {
			sim.SetOffline(arg == "on")
		} else {
			sim.SetBusy(arg == "on")
		}
	case "fault":
		m := map[string]printersim.Fault{"none": printersim.FaultNone, "silent": printersim.FaultSilent, "garbage": printersim.FaultGarbage}
		fl, ok := m[arg]
		if !ok {
			return "", bad
		}
		sim.SetFault(fl)
	case "runout":
		n, err := strconv.Atoi(arg)
		if err != nil || n < 0 {
			return "", bad
		}
		sim.RunOutAfter(n)
	default:
		return "", bad
	}
	return "ok", nil
}
