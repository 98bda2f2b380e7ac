// Command kiosk runs the self-service terminal of a village service
// station.
//
//	kiosk -config /etc/village-kiosk/kiosk.toml   # a terminal in a station
//	kiosk -demo [-windowed]                       # everything on one machine
//	kiosk -screenshots out/screenshots            # every screen to PNG
//	kiosk -hash-pin < pin.txt                     # hash a staff PIN for the config
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/hall/demo"
	"github.com/village-kiosk/kiosk/internal/redact"
	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/i18n"
	"github.com/village-kiosk/kiosk/kiosk/shell"
	"github.com/village-kiosk/kiosk/kiosk/ui"
)

var version = "dev"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "kiosk:", err)
		os.Exit(1)
	}
}

func run() error {
	cfgPath := flag.String("config", "/etc/village-kiosk/kiosk.toml", "configuration file (TOML)")
	demoMode := flag.Bool("demo", false, "run an embedded hall with demo data in a temporary folder")
	windowed := flag.Bool("windowed", false, "a normal window instead of fullscreen (development)")
	shots := flag.String("screenshots", "", "render every screen to PNG files in this folder and exit")
	hashPIN := flag.Bool("hash-pin", false, "read a staff PIN from standard input and print its hash for staff.pin_hash")
	showVersion := flag.Bool("version", false, "print the version and exit")
	flag.Parse()

	switch {
	case *showVersion:
		fmt.Println(version)
		return nil
	case *hashPIN:
		return printPINHash()
	case *shots != "":
		return screenshots(*shots)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var (
		cfg     config.Config
		cleanup = func() {}
		sims    *demoDevices
		err     error
	)
	if *demoMode {
		cfg, sims, cleanup, err = startDemo()
	} else {
		cfg, err = config.Load(*cfgPath)
	}
	if err != nil {
		return err
	}
	defer cleanup()
	if *windowed {
		cfg.UI.Fullscreen = false
	}
	log := newLogger(cfg.Log.Level)
	opt := shell.Options{Config: cfg, Windowed: !cfg.UI.Fullscreen, Version: version, Logger: log}
	if sims != nil {
		opt.OnKey = sims.key
	}
	return shell.Run(ctx, opt)
}

func newLogger(level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	log := slog.New(redact.NewHandler(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})))
	slog.SetDefault(log)
	return log
}

func printPINHash() error {
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	if err != nil && line == "" {
		return fmt.Errorf("read PIN from standard input: %w", err)
	}
	h, err := config.HashPIN(strings.TrimSpace(line))
	if err != nil {
		return err
	}
	fmt.Println(h)
	return nil
}

func screenshots(dir string) error {
	tr, err := i18n.Load(assets.Translations())
	if err != nil {
		return err
	}
	cfg := config.Default()
	town := demo.Towns()[0]
	st := town.Stations[0]
	cfg.Station.ID, cfg.Station.Name = st.ID, town.Name.In("zh-Hans")+st.Name.In("zh-Hans")+"服务站"
	cfg.Station.TerminalID = st.ID + "-1"
	files, err := ui.RenderScreens(dir, cfg, tr, ui.ScreenData{Catalog: demo.Catalog(), Jobs: demo.Jobs(), Towns: demo.Towns()}, nil)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d screenshots to %s\n", len(files), dir)
	return nil
}
