package idcardsim_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/idcard"
	"github.com/village-kiosk/kiosk/drivers/idcard/idcardsim"
)

// host is a bare-bones host end: it opens the simulator's terminal as a
// file and speaks frames, with none of the driver's code paths.
type host struct {
	t   *testing.T
	f   *os.File
	dec idcard.Decoder
}

func dial(t *testing.T, sim *idcardsim.Simulator) *host {
	t.Helper()
	f, err := os.OpenFile(sim.Path(), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	makeRaw(t, f)
	return &host{t: t, f: f}
}

// ask sends c and returns the answer, or nil when none came in time.
func (h *host) ask(c idcard.Command) *idcard.Response {
	h.t.Helper()
	h.dec.Reset()
	if _, err := h.f.Write(idcard.EncodeRequest(c, nil)); err != nil {
		h.t.Fatal(err)
	}
	deadline := time.Now().Add(300 * time.Millisecond)
	buf := make([]byte, 512)
	for time.Now().Before(deadline) {
		if fr, ok, err := h.dec.Next(); err == nil && ok {
			resp, err := idcard.ParseResponse(fr)
			if err != nil {
				h.t.Fatal(err)
			}
			return &resp
		}
		_ = h.f.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
		n, _ := h.f.Read(buf)
		h.dec.Write(buf[:n])
	}
	return nil
}

func newSim(t *testing.T, cfg idcardsim.Config) *idcardsim.Simulator {
	t.Helper()
	cfg.Link = filepath.Join(t.TempDir(), "idcard")
	sim, err := idcardsim.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	return sim
}

func sw3(r *idcard.Response) string {
	if r == nil {
		return "silence"
	}
	return string("0123456789ABCDEF"[r.SW3>>4]) + string("0123456789ABCDEF"[r.SW3&15])
}

func TestSimulatorProtocol(t *testing.T) {
	sim := newSim(t, idcardsim.Config{})
	h := dial(t, sim)
	steps := []struct {
		do   func()
		cmd  idcard.Command
		want string
	}{
		{nil, idcard.CmdSAMStatus, "90"},
		{nil, idcard.CmdFindCard, "80"},
		{nil, idcard.CmdSelectCard, "81"},
		{func() { _ = sim.Place(0) }, idcard.CmdReadText, "41"}, // not selected yet
		{nil, idcard.CmdFindCard, "9F"},
		{nil, idcard.CmdSelectCard, "90"},
		{nil, idcard.CmdReadText, "90"},
		{nil, idcard.CmdReadNewAddress, "91"},
		{nil, idcard.CmdFindCard, "9F"}, // modules that do not halt keep finding the card
		{nil, idcard.Command{Cmd: 0x77, Para: 0x01}, "21"},
		{func() { sim.Inject(idcardsim.FaultSAMFail, 1) }, idcard.CmdSAMStatus, "60"},
		{nil, idcard.CmdSAMStatus, "90"},
		{func() { sim.Inject(idcardsim.FaultSilence, 1) }, idcard.CmdSAMStatus, "silence"},
		{nil, idcard.CmdSAMStatus, "90"},
		{func() { sim.Remove() }, idcard.CmdFindCard, "80"},
	}
	for i, s := range steps {
		if s.do != nil {
			s.do()
		}
		if got := sw3(h.ask(s.cmd)); got != s.want {
			t.Errorf("step %d %v: %s, want %s", i, s.cmd, got, s.want)
		}
	}
	if n := sim.Count(idcard.CmdSAMStatus); n != 5 {
		t.Errorf("counted %d status requests", n)
	}
}

func TestSimulatorHaltsAfterRead(t *testing.T) {
	sim := newSim(t, idcardsim.Config{HaltAfterRead: true})
	h := dial(t, sim)
	_ = sim.Place(2)
	for _, c := range []idcard.Command{idcard.CmdFindCard, idcard.CmdSelectCard, idcard.CmdReadFinger} {
		if got := sw3(h.ask(c)); got != "90" && got != "9F" {
			t.Fatalf("%v: %s", c, got)
		}
	}
	if got := sw3(h.ask(idcard.CmdFindCard)); got != "80" {
		t.Errorf("find after read = %s, want 80 (halted)", got)
	}
	_ = sim.Place(2)
	if got := sw3(h.ask(idcard.CmdFindCard)); got != "9F" {
		t.Errorf("find after placing again = %s", got)
	}
}

func TestSimulatorAnswersCorruptRequests(t *testing.T) {
	sim := newSim(t, idcardsim.Config{})
	h := dial(t, sim)
	req := idcard.EncodeRequest(idcard.CmdFindCard, nil)
	req[len(req)-1] ^= 0xFF
	if _, err := h.f.Write(req); err != nil {
		t.Fatal(err)
	}
	// The first answer on the line is the one to the corrupted request.
	if got := sw3(h.ask(idcard.CmdSAMStatus)); got != "10" {
		t.Errorf("answer to a corrupted request = %s, want 10", got)
	}
}

func TestControlCommands(t *testing.T) {
	sim := newSim(t, idcardsim.Config{})
	run := func(line string) string {
		out, err := sim.Exec(line)
		if err != nil {
			return "error: " + err.Error()
		}
		return out
	}
	for _, tc := range []struct{ line, want string }{
		{"help", "place N"},
		{"list", "440606195803122016"},
		{"place 2", "placed card 2"},
		{"status", "card: 2"},
		{"place 9", "error: idcardsim: no card 9"},
		{"place x", "error: place:"},
		{"fault split 3", "on for 3 answers"},
		{"fault bogus", "error: idcardsim: unknown fault"},
		{"fault readfail", "until cleared"},
		{"status", "readfail, split×3"},
		{"clear split", "cleared"},
		{"clear", "all faults cleared"},
		{"remove", "card removed"},
		{"unplug", "unplugged"},
		{"status", "line: unplugged"},
		{"replug", "plugged in on /dev/"},
		{"jump", "error: unknown command"},
		{"", ""},
	} {
		if got := run(tc.line); !strings.Contains(got, tc.want) {
			t.Errorf("%q: %q, want it to contain %q", tc.line, got, tc.want)
		}
	}
	if _, err := sim.Exec("quit"); !errors.Is(err, idcardsim.ErrQuit) {
		t.Errorf("quit = %v", err)
	}
}

func TestRunControl(t *testing.T) {
	sim := newSim(t, idcardsim.Config{})
	var out bytes.Buffer
	err := sim.RunControl(context.Background(), strings.NewReader("place 1\nfault nope\nquit\nplace 2\n"), &out)
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := sim.Placed(); !ok || i != 0 {
		t.Errorf("placed %d %v: commands after quit ran, or place did not", i, ok)
	}
	if !strings.Contains(out.String(), "error: idcardsim: unknown fault") {
		t.Errorf("output %q", out.String())
	}
	if err := sim.RunControl(context.Background(), strings.NewReader("list\n"), io.Discard); !errors.Is(err, io.EOF) {
		t.Errorf("end of input = %v, want io.EOF", err)
	}
}

func TestCardsFile(t *testing.T) {
	cards, err := idcardsim.LoadCards("testdata/demo-cards.json")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	valid, invalid := 0, 0
	for _, c := range cards {
		kinds[c.Kind]++
		text, err := c.Text()
		if err != nil {
			t.Fatal(err)
		}
		id, err := idcard.DecodeText(text)
		if err != nil {
			t.Fatalf("%s: %v", c.Label, err)
		}
		if err := idcard.ValidateIdentity(id); err != nil {
			invalid++
			if !strings.HasPrefix(c.Label, "INVALID") {
				t.Errorf("%s: %v", c.Label, err)
			}
		} else {
			valid++
			if strings.HasPrefix(c.Label, "INVALID") {
				t.Errorf("%s passes validation", c.Label)
			}
		}
	}
	if len(kinds) != 4 || valid == 0 || invalid == 0 {
		t.Errorf("kinds %v, %d valid, %d invalid", kinds, valid, invalid)
	}
	for _, c := range idcardsim.DefaultCards() {
		text, _ := c.Text()
		id, err := idcard.DecodeText(text)
		if err != nil || idcard.ValidateIdentity(id) != nil {
			t.Errorf("default card %s: %v", c.Label, err)
		}
	}

	dir := t.TempDir()
	for name, body := range map[string]string{
		"empty.json":   "[]",
		"broken.json":  "[{",
		"kind.json":    `[{"kind":"Q"}]`,
		"toolong.json": `[{"kind":"resident","name":"一二三四五六七八九十一二三四五六"}]`,
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := idcardsim.LoadCards(p); err == nil {
			t.Errorf("%s loaded", name)
		}
	}
}

func TestCardIdentityWithoutAReader(t *testing.T) {
	cards, err := idcardsim.LoadCards("testdata/demo-cards.json")
	if err != nil {
		t.Fatal(err)
	}
	id, err := cards[1].Identity()
	if err != nil {
		t.Fatal(err)
	}
	if id.MaskedName() != "梁**" || !bytes.Equal(id.Photo(), cards[1].Photo()) || len(id.Fingerprint()) != idcard.FingerprintLen {
		t.Errorf("identity %v, photo %d, fingerprint %d", id, len(id.Photo()), len(id.Fingerprint()))
	}
	if _, err := cards[10].Identity(); !errors.Is(err, idcard.ErrInvalidIDNumber) {
		t.Errorf("invalid card: %v", err)
	}
}
