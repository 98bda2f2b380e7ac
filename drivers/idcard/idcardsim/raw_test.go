package idcardsim_test

import (
	"os"
	"testing"

	"go.bug.st/serial"
)

// makeRaw puts the terminal behind f into raw mode, as any serial client
// does, by opening it once more through go.bug.st/serial.
func makeRaw(t *testing.T, f *os.File) {
	t.Helper()
	p, err := serial.Open(f.Name(), &serial.Mode{BaudRate: 115200})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
}
