package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
)

func runCardPad(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("devsim cardpad", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cardsFile := fs.String("cards", "", "JSON file of test cards (default: the built-in set)")
	link := fs.String("link", "", "also make a stable symlink at this path, kept across replug")
	baud := fs.Int("baud", cardpad.DefaultBaud, "line rate for the wire delay")
	noDelay := fs.Bool("no-delay", false, "send bytes at once instead of at the line rate")
	pin := fs.Duration("pin", 2*time.Second, "how long the person takes to enter the PIN")
	bank := fs.Duration("bank", time.Second, "how long the bank takes to answer")
	cardTimeout := fs.Duration("card-timeout", 60*time.Second, "how long the pad waits for a card")
	state := fs.String("state", "", "keep the pad's record (last transaction, batch, balances) in this file")
	insert := fs.Int("insert", 0, "insert this card (1-based) at start")
	signedOut := fs.Bool("signed-out", false, "start signed out: card transactions answer 00010014 until a sign-in")
	noProgress := fs.Bool("no-progress", false, "send no progress notices, like pads that have none")
	verbose := fs.Bool("v", false, "log every request")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}

	cfg := cardpadsim.Config{
		Link: *link, Baud: *baud, PINDelay: *pin, HostDelay: *bank, CardTimeout: *cardTimeout,
		StatePath: *state, Insert: *insert, RequireSignIn: *signedOut, NoProgress: *noProgress,
	}
	if *noDelay {
		cfg.Baud = 0
	}
	if *cardsFile != "" {
		cards, err := cardpadsim.LoadCards(*cardsFile)
		if err != nil {
			return err
		}
		cfg.Cards = cards
	}
	if *verbose {
		cfg.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	sim, err := cardpadsim.New(cfg)
	if err != nil {
		return err
	}
	defer sim.Close()

	fmt.Fprintf(stdout, "cardpad simulator on %s\n", sim.TTY())
	if *link != "" {
		fmt.Fprintf(stdout, "stable path: %s\n", sim.Path())
	}
	if *state != "" {
		fmt.Fprintf(stdout, "state file: %s\n", *state)
	}
	fmt.Fprintf(stdout, "%d cards; type help for commands\n", len(sim.Cards()))

	err = sim.RunControl(ctx, stdin, stdout)
	if errors.Is(err, io.EOF) {
		// Input ended (run in the background): keep serving until stopped.
		fmt.Fprintln(stdout, "stdin closed; serving until interrupted")
		<-ctx.Done()
		return nil
	}
	return err
}
