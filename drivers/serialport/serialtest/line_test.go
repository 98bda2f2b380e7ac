package serialtest_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.bug.st/serial"

	"github.com/village-kiosk/kiosk/drivers/serialport/serialtest"
)

func openHost(t *testing.T, path string) serial.Port {
	t.Helper()
	p, err := serial.Open(path, &serial.Mode{BaudRate: 115200})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	if err := p.SetReadTimeout(2 * time.Second); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLineUnplugReplugKeepsTheName(t *testing.T) {
	link := filepath.Join(t.TempDir(), "ttyV")
	l, err := serialtest.NewLine(link)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	first := l.TTY()
	if target, err := os.Readlink(link); err != nil || target != first || l.Path() != link {
		t.Fatalf("link %q -> %q (%v), tty %q", link, target, err, first)
	}

	host := openHost(t, link)
	if _, err := host.Write([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	got := make([]byte, 4)
	if _, err := io.ReadFull(l, got); err != nil || string(got) != "ping" {
		t.Fatalf("device read %q, %v", got, err)
	}

	// A reader blocked across the unplug gets the bytes sent after replug.
	read := make(chan []byte, 1)
	go func() {
		b := make([]byte, 4)
		n, _ := io.ReadFull(l, b)
		read <- b[:n]
	}()
	if err := l.Unplug(); err != nil {
		t.Fatal(err)
	}
	if l.Plugged() || l.TTY() != "" {
		t.Error("still plugged after Unplug")
	}
	if _, err := os.Lstat(link); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("link survives unplug: %v", err)
	}
	if _, err := l.Write([]byte("x")); !errors.Is(err, serialtest.ErrUnplugged) {
		t.Errorf("write while unplugged = %v", err)
	}
	if _, err := host.Read(make([]byte, 1)); err == nil {
		t.Error("host read on an unplugged line succeeded")
	}

	if err := l.Replug(); err != nil {
		t.Fatal(err)
	}
	if target, _ := os.Readlink(link); target != l.TTY() {
		t.Errorf("link points at %q, tty is %q", target, l.TTY())
	}
	host2 := openHost(t, link)
	if _, err := host2.Write([]byte("pong")); err != nil {
		t.Fatal(err)
	}
	select {
	case b := <-read:
		if string(b) != "pong" {
			t.Errorf("blocked reader got %q", b)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("blocked reader never woke")
	}
}

func TestLinePacedWriteDeliversEverything(t *testing.T) {
	l, err := serialtest.NewLine("")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	l.SetBaud(921600)
	host := openHost(t, l.Path())
	msg := bytes.Repeat([]byte("0123456789"), 30)
	go func() { _, _ = l.Write(msg) }()
	got := make([]byte, 0, len(msg))
	buf := make([]byte, 64)
	reads := 0
	for len(got) < len(msg) {
		n, err := host.Read(buf)
		if err != nil || n == 0 {
			t.Fatalf("read after %d bytes: %d, %v", len(got), n, err)
		}
		got = append(got, buf[:n]...)
		reads++
	}
	if !bytes.Equal(got, msg) {
		t.Error("paced bytes differ")
	}
	if reads < 2 {
		t.Errorf("paced write arrived in %d read(s); a UART trickles", reads)
	}
}

func TestLineClose(t *testing.T) {
	l, err := serialtest.NewLine("")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := l.Read(make([]byte, 1))
		done <- err
	}()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, serialtest.ErrLineClosed) {
		t.Errorf("read after close = %v", err)
	}
	if err := l.Close(); err != nil {
		t.Errorf("second close = %v", err)
	}
	if err := l.Replug(); !errors.Is(err, serialtest.ErrLineClosed) {
		t.Errorf("replug after close = %v", err)
	}
}

func TestWireTime(t *testing.T) {
	if got := serialtest.WireTime(1295, 115200); got.Round(time.Millisecond) != 112*time.Millisecond {
		t.Errorf("1295 bytes at 115200 = %v, devices.md says about 112 ms", got)
	}
	if got := serialtest.WireTime(1295, 9600); got.Round(10*time.Millisecond) != 1350*time.Millisecond {
		t.Errorf("1295 bytes at 9600 = %v, devices.md says about 1.35 s", got)
	}
	if serialtest.WireTime(10, 0) != 0 {
		t.Error("no baud should mean no delay")
	}
}
