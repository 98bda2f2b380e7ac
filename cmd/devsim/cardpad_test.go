package main

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// TestCardPadSubcommandServesAKiosk starts devsim cardpad, inserts a card
// from stdin, pays through the real driver at the printed stable path, and
// reads the record back from the console.
func TestCardPadSubcommandServesAKiosk(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	dir := t.TempDir()
	link := filepath.Join(dir, "cardpad")
	stdinR, stdinW := io.Pipe()
	defer stdinW.Close()
	var out syncBuffer
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"cardpad", "-no-delay", "-pin", "0", "-bank", "0", "-link", link, "-state", filepath.Join(dir, "pad.json")},
			stdinR, &out, &out)
	}()
	for !strings.Contains(out.String(), "6 cards") {
		select {
		case <-ctx.Done():
			t.Fatalf("no start banner: %q", out.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
	if !strings.Contains(out.String(), "cardpad simulator on /dev/") || !strings.Contains(out.String(), "stable path: "+link) {
		t.Errorf("banner %q", out.String())
	}

	dev, err := cardpad.Open(cardpad.Config{Serial: serialport.Config{Path: link, ReadTimeout: 5 * time.Millisecond}},
		cardpad.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()

	w := bufio.NewWriter(stdinW)
	say := func(line, want string) {
		t.Helper()
		_, _ = w.WriteString(line + "\n")
		_ = w.Flush()
		for !strings.Contains(out.String(), want) {
			select {
			case <-ctx.Done():
				t.Fatalf("%q: no %q in %q", line, want, out.String())
			case <-time.After(5 * time.Millisecond):
			}
		}
	}
	say("insert 1", "card 1 inserted")
	res, err := dev.Sale(ctx, cardpad.Request{Amount: 2500, Reference: "DEVSIM-1"})
	if err != nil || !res.Approved() || res.MaskedPAN != "622202******0128" {
		t.Fatalf("sale = %v, %v", res, err)
	}
	say("last", "last: sale 25.00 response 00 (approved) nonce "+string(res.Nonce)+" ref DEVSIM-1")
	say("rule code=51 times=1", "rule added")
	if _, err := dev.Sale(ctx, cardpad.Request{Amount: 100}); cardpad.CodeOf(err) != cardpad.CodeInsufficientFunds {
		t.Errorf("sale under a rule = %v", err)
	}

	_, _ = w.WriteString("quit\n")
	_ = w.Flush()
	select {
	case c := <-code:
		if c != 0 {
			t.Errorf("exit code %d: %q", c, out.String())
		}
	case <-ctx.Done():
		t.Fatal("devsim did not quit")
	}
}

func TestCardPadBadFlags(t *testing.T) {
	var out syncBuffer
	if code := run(context.Background(), []string{"cardpad", "-cards", "/nonexistent.json"}, strings.NewReader(""), &out, &out); code != 1 {
		t.Errorf("missing cards file: code %d, output %q", code, out.String())
	}
	out = syncBuffer{}
	if code := run(context.Background(), []string{"cardpad", "-insert", "42", "-no-delay"}, strings.NewReader(""), &out, &out); code != 1 || !strings.Contains(out.String(), "no card 42") {
		t.Errorf("bad -insert: code %d, output %q", code, out.String())
	}
	out = syncBuffer{}
	if code := run(context.Background(), nil, strings.NewReader(""), &out, &out); code != 2 || !strings.Contains(out.String(), "cardpad") {
		t.Errorf("usage does not list cardpad: %q", out.String())
	}
}
