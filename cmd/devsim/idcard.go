package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
)

func runIDCard(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("devsim idcard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cardsFile := fs.String("cards", "", "JSON file of test cards (default: the built-in set)")
	link := fs.String("link", "", "also make a stable symlink at this path, kept across replug")
	baud := fs.Int("baud", idcard.DefaultBaud, "line rate for the wire delay")
	noDelay := fs.Bool("no-delay", false, "send bytes at once instead of at the line rate")
	halt := fs.Bool("halt-after-read", false, "ignore a card once read until it is removed, like some modules")
	place := fs.Int("place", 0, "place this card (1-based) at start")
	verbose := fs.Bool("v", false, "log every request")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}

	cfg := idcardsim.Config{Link: *link, Baud: *baud, HaltAfterRead: *halt}
	if *noDelay {
		cfg.Baud = 0
	}
	if *cardsFile != "" {
		cards, err := idcardsim.LoadCards(*cardsFile)
		if err != nil {
			return err
		}
		cfg.Cards = cards
	}
	if *verbose {
		cfg.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	sim, err := idcardsim.New(cfg)
	if err != nil {
		return err
	}
	defer sim.Close()
	if *place > 0 {
		if err := sim.Place(*place - 1); err != nil {
			return err
		}
	}

	fmt.Fprintf(stdout, "idcard simulator on %s\n", sim.TTY())
	if *link != "" {
		fmt.Fprintf(stdout, "stable path: %s\n", sim.Path())
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
