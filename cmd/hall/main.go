// Command hall runs the central hall server: the kiosk API over HTTP with
// bbolt storage. By default it listens on loopback only.
//
//	hall -data /var/lib/village-hall -demo
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/village-kiosk/kiosk/hall"
	"github.com/village-kiosk/kiosk/internal/redact"
)

var version = "dev"

func main() {
	addr := flag.String("addr", "127.0.0.1:8700", "listen address (loopback by default)")
	data := flag.String("data", "/var/lib/village-hall", "data directory (hall.db)")
	demo := flag.Bool("demo", false, "publish the demo datasets (Shunde's towns, stations and approval catalog)")
	debug := flag.Bool("debug", false, "log every request")
	issue := flag.String("issue-code", "", "issue a one-time enrolment code for this terminal ID, print it and exit (the hall must not be running)")
	station := flag.String("station", "", "with -issue-code: the terminal's station ID")
	ttl := flag.Duration("code-ttl", 72*time.Hour, "with -issue-code: how long the code stays valid")
	flag.Parse()

	if *issue != "" {
		if err := issueCode(*data, *issue, *station, *ttl); err != nil {
			fmt.Fprintln(os.Stderr, "hall:", err)
			os.Exit(1)
		}
		return
	}

	level := slog.LevelInfo
	if *debug {
		level = slog.LevelDebug
	}
	log := slog.New(redact.NewHandler(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})))
	slog.SetDefault(log)

	h, err := hall.Start(hall.Options{Addr: *addr, DataDir: *data, Demo: *demo, Version: version, Logger: log})
	if err != nil {
		fmt.Fprintln(os.Stderr, "hall:", err)
		os.Exit(1)
	}
	fmt.Println("hall serving at", h.URL)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.Close(shut); err != nil {
		fmt.Fprintln(os.Stderr, "hall: shutdown:", err)
		os.Exit(1)
	}
}

// issueCode makes a one-time enrolment code for a terminal. Only the
// code's hash is stored; the code itself is printed once.
func issueCode(dataDir, terminal, station string, ttl time.Duration) error {
	st, err := hall.OpenStore(filepath.Join(dataDir, "hall.db"), 2*time.Second)
	if err != nil {
		return fmt.Errorf("%w (is the hall running? stop it first)", err)
	}
	defer st.Close()
	code, err := st.IssueCode(terminal, station, ttl, time.Now())
	if err != nil {
		return err
	}
	fmt.Printf("enrolment code for %s: %s (valid %s; put it in the terminal's hall.enrol_code)\n", terminal, code, ttl)
	return nil
}
