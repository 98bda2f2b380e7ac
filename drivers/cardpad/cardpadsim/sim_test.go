package cardpadsim_test

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

	"go.bug.st/serial"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
)

// host is a bare host end with none of the driver's code paths: it opens
// the simulator's terminal as a file and speaks frames.
type host struct {
	t   *testing.T
	f   *os.File
	dec ecr.Decoder
}

func dial(t *testing.T, sim *cardpadsim.Simulator) *host {
	t.Helper()
	// Raw mode, as any serial client sets it.
	p, err := serial.Open(sim.Path(), &serial.Mode{BaudRate: 9600})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(sim.Path(), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return &host{t: t, f: f}
}

func (h *host) send(b []byte) {
	h.t.Helper()
	if _, err := h.f.Write(b); err != nil {
		h.t.Fatal(err)
	}
}

func (h *host) request(typ byte, nonce string, amount int64) []byte {
	h.t.Helper()
	n, _ := ecr.PackBCD(nonce)
	m := ecr.Message{{Tag: ecr.TagPacket, Value: []byte{0}}, {Tag: ecr.TagNonce, Value: n}, {Tag: ecr.TagType, Value: []byte{typ}}}
	if amount > 0 {
		a, _ := ecr.EncodeAmount(amount)
		m.Add(ecr.TagAmount, a)
	}
	body, err := m.Bytes()
	if err != nil {
		h.t.Fatal(err)
	}
	f, err := ecr.Encode(body)
	if err != nil {
		h.t.Fatal(err)
	}
	return f
}

// next returns the next packet within d, or ok=false.
func (h *host) next(d time.Duration) (ecr.Packet, bool) {
	h.t.Helper()
	deadline := time.Now().Add(d)
	buf := make([]byte, 256)
	for time.Now().Before(deadline) {
		if p, ok, err := h.dec.Next(); err == nil && ok {
			return p, true
		}
		_ = h.f.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
		n, _ := h.f.Read(buf)
		h.dec.Write(buf[:n])
	}
	return ecr.Packet{}, false
}

// final reads packets until a frame with DF24 = 01, acknowledging frames,
// and returns it with the kinds seen on the way.
func (h *host) final(d time.Duration) (ecr.Message, []byte, []string) {
	h.t.Helper()
	var kinds []string
	for {
		p, ok := h.next(d)
		if !ok {
			h.t.Fatalf("no final frame; saw %v", kinds)
		}
		if p.Kind != ecr.KindFrame {
			kinds = append(kinds, p.Kind.String())
			continue
		}
		h.send([]byte{ecr.ACK})
		m, err := ecr.Parse(p.Body)
		if err != nil {
			h.t.Fatal(err)
		}
		if v, _ := m.Get(ecr.TagLastPacket); len(v) == 1 && v[0] == 0 {
			st, _ := m.Get(ecr.TagStage)
			kinds = append(kinds, "notice"+string('0'+st[0]))
			continue
		}
		return m, p.Body, kinds
	}
}

func newSim(t *testing.T, cfg cardpadsim.Config) *cardpadsim.Simulator {
	t.Helper()
	if cfg.Link == "" {
		cfg.Link = filepath.Join(t.TempDir(), "cardpad")
	}
	if cfg.AckTimeout == 0 {
		cfg.AckTimeout = 50 * time.Millisecond
	}
	sim, err := cardpadsim.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	return sim
}

func TestSimulatorSpeaksTheFrames(t *testing.T) {
	sim := newSim(t, cardpadsim.Config{Insert: 1})
	h := dial(t, sim)
	h.send(h.request(ecr.TypeSale, "4321", 1234))
	m, raw, kinds := h.final(time.Second)
	if strings.Join(kinds, " ") != "ACK notice1 notice2 notice3" {
		t.Errorf("before the result: %v", kinds)
	}
	if rc, _ := m.Get(ecr.TagResponse); string(rc) != "00" {
		t.Errorf("response %q", rc)
	}
	if n, _ := m.Get(ecr.TagNonce); !bytes.Equal(n, []byte{0x43, 0x21}) {
		t.Errorf("nonce echo % X", n)
	}
	// The pad sends the number in full: masking is the driver's job, and
	// the driver's tests depend on this.
	if !bytes.Contains(raw, []byte(cardpadsim.DefaultCards()[0].PAN)) {
		t.Error("the reply does not carry the card number")
	}

	// A corrupted request is refused with NAK.
	bad := h.request(ecr.TypeSale, "1111", 100)
	bad[len(bad)-1] ^= 0xFF
	h.send(bad)
	if p, ok := h.next(300 * time.Millisecond); !ok || p.Kind != ecr.KindNAK {
		t.Errorf("answer to a corrupted request: %v %v", p.Kind, ok)
	}
	if sim.Started(cardpad.TxSale) != 1 {
		t.Errorf("%d sales started", sim.Started(cardpad.TxSale))
	}
}

func TestSimulatorWhileBusy(t *testing.T) {
	sim := newSim(t, cardpadsim.Config{Insert: 1, PINDelay: 300 * time.Millisecond, NoProgress: true})
	h := dial(t, sim)
	req := h.request(ecr.TypeSale, "2222", 500)
	h.send(req)
	if p, ok := h.next(300 * time.Millisecond); !ok || p.Kind != ecr.KindACK {
		t.Fatalf("first ACK: %v %v", p.Kind, ok)
	}
	// The same request again (its ACK was lost): acknowledged, not started again.
	h.send(req)
	if p, ok := h.next(300 * time.Millisecond); !ok || p.Kind != ecr.KindACK {
		t.Fatalf("repeat ACK: %v %v", p.Kind, ok)
	}
	// Another request: busy.
	h.send(h.request(ecr.TypeQueryLast, "3333", 0))
	m, _, _ := h.final(300 * time.Millisecond)
	if rc, _ := m.Get(ecr.TagResponse); string(rc) != "00000006" {
		t.Errorf("busy answer %q", rc)
	}
	m, _, _ = h.final(time.Second)
	if n, _ := m.Get(ecr.TagNonce); !bytes.Equal(n, []byte{0x22, 0x22}) {
		t.Errorf("result nonce % X", n)
	}
	if sim.Started(cardpad.TxSale) != 1 || sim.Frames() != 3 {
		t.Errorf("%d sales from %d frames", sim.Started(cardpad.TxSale), sim.Frames())
	}
}

func TestSimulatorRepeatsUnacknowledgedResult(t *testing.T) {
	sim := newSim(t, cardpadsim.Config{Insert: 1, NoProgress: true, AckTimeout: 30 * time.Millisecond})
	h := dial(t, sim)
	h.send(h.request(ecr.TypeQueryLast, "0001", 0))
	frames := 0
	for {
		p, ok := h.next(200 * time.Millisecond)
		if !ok {
			break
		}
		if p.Kind == ecr.KindFrame {
			frames++ // never acknowledged
		}
	}
	if frames != 4 {
		t.Errorf("the pad sent its result %d times, want 1 + 3 repeats", frames)
	}
}

func TestStateSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	cfg := cardpadsim.Config{Link: filepath.Join(dir, "pad"), StatePath: filepath.Join(dir, "state.json"), Insert: 2, NoProgress: true}
	sim := newSim(t, cfg)
	h := dial(t, sim)
	h.send(h.request(ecr.TypeSale, "7777", 150))
	h.final(time.Second)
	if err := sim.SetBalance(0, 4200); err != nil {
		t.Fatal(err)
	}
	sim.SetSignedIn(false)
	if err := sim.Close(); err != nil || sim.SaveError() != nil {
		t.Fatalf("close %v, save %v", err, sim.SaveError())
	}
	b, err := os.ReadFile(cfg.StatePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cardpadsim.DefaultCards() {
		if bytes.Contains(b, []byte(c.PAN)) {
			t.Fatal("state file holds a card number")
		}
	}

	again := newSim(t, cfg)
	last, ok := again.Last()
	if !ok || last.Nonce != "7777" || last.Amount != 150 || !last.Approved() || last.Voucher != "000001" {
		t.Errorf("last after restart: %v %v", last, ok)
	}
	if again.Balance(1) != 2000-150 || again.Balance(0) != 4200 || again.SignedIn() || len(again.Journal()) != 1 {
		t.Errorf("balances %v %v, signed in %v, journal %v", again.Balance(0), again.Balance(1), again.SignedIn(), again.Journal())
	}

	if err := os.WriteFile(cfg.StatePath, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg.Link = filepath.Join(dir, "pad2")
	if _, err := cardpadsim.New(cfg); err == nil {
		t.Error("a broken state file was accepted")
	}
}

func TestControlCommands(t *testing.T) {
	sim := newSim(t, cardpadsim.Config{})
	run := func(line string) string {
		out, err := sim.Exec(line)
		if err != nil {
			return "error: " + err.Error()
		}
		return out
	}
	for _, tc := range []struct{ line, want string }{
		{"help", "insert N"},
		{"cards", "622202******0128"},
		{"insert 2", "card 2 inserted"},
		{"status", "card: 2"},
		{"insert 9", "error: insert:"},
		{"remove", "card removed"},
		{"cancel", "nothing to cancel"},
		{"pin 1500ms", "PIN entry takes 1.5s"},
		{"pin 0", "takes 0s"},
		{"pin soon", "error: pin:"},
		{"balance 1 15.00", "card 1 holds 15.00"},
		{"balance 1 -3", "error: balance:"},
		{"rule code=51 card=2 amount=12.34 times=2", "rule added: card=2 amount=12.34 code=51 times=2"},
		{"rule type=void code=25", "type=void code=25"},
		{"rule card=1", "error: cardpadsim: rule: code="},
		{"rule code=5", "error: cardpadsim: rule: code"},
		{"rule type=refund code=05", "error: cardpadsim: rule: type"},
		{"rules", "2  type=void code=25"},
		{"clear rules", "all rules cleared"},
		{"rules", "no rules"},
		{"fault nak 3", "on for 3"},
		{"fault chargesilent", "until cleared"},
		{"fault melt", "error: cardpadsim: unknown fault"},
		{"status", "chargesilent, nak×3"},
		{"clear nak", "fault nak cleared"},
		{"clear", "all faults cleared"},
		{"signout", "signed out"},
		{"status", "signed in: no"},
		{"signin", "signed in"},
		{"last", "last: none"},
		{"journal", "open batch is empty"},
		{"unplug", "unplugged"},
		{"status", "line: unplugged"},
		{"replug", "plugged in on /dev/"},
		{"dance", "error: unknown command"},
		{"", ""},
	} {
		if got := run(tc.line); !strings.Contains(got, tc.want) {
			t.Errorf("%q: %q, want it to contain %q", tc.line, got, tc.want)
		}
	}
	if _, err := sim.Exec("quit"); !errors.Is(err, cardpadsim.ErrQuit) {
		t.Errorf("quit = %v", err)
	}
	if sim.Balance(0) != 1500 || len(sim.Rules()) != 0 || len(sim.ActiveFaults()) != 0 || !sim.SignedIn() {
		t.Error("commands did not take effect")
	}
}

func TestRunControl(t *testing.T) {
	sim := newSim(t, cardpadsim.Config{})
	var out bytes.Buffer
	if err := sim.RunControl(context.Background(), strings.NewReader("insert 3\nfault nope\nquit\ninsert 4\n"), &out); err != nil {
		t.Fatal(err)
	}
	if i, ok := sim.Inserted(); !ok || i != 2 {
		t.Errorf("inserted %d %v", i, ok)
	}
	if !strings.Contains(out.String(), "error: cardpadsim: unknown fault") {
		t.Errorf("output %q", out.String())
	}
	if err := sim.RunControl(context.Background(), strings.NewReader("cards\n"), io.Discard); !errors.Is(err, io.EOF) {
		t.Errorf("end of input = %v", err)
	}
}

func TestCardsFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "cards.json")
	if err := os.WriteFile(good, []byte(`[{"label":"test","pan":"6222023141650128","balance":100}]`), 0o600); err != nil {
		t.Fatal(err)
	}
	cards, err := cardpadsim.LoadCards(good)
	if err != nil || len(cards) != 1 || cards[0].Balance != 100 {
		t.Fatalf("%v %v", cards, err)
	}
	for name, body := range map[string]string{
		"empty.json":   "[]",
		"broken.json":  "[{",
		"short.json":   `[{"pan":"1234"}]`,
		"letters.json": `[{"pan":"62220231416501AB"}]`,
		"minus.json":   `[{"pan":"6222023141650128","balance":-1}]`,
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := cardpadsim.LoadCards(p); err == nil {
			t.Errorf("%s loaded", name)
		}
	}
	if _, err := cardpadsim.New(cardpadsim.Config{Insert: 99}); err == nil {
		t.Error("inserting a card that does not exist was accepted")
	}
}
