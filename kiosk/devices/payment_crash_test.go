package devices

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
	"github.com/village-kiosk/kiosk/drivers/serialport"
	"github.com/village-kiosk/kiosk/kiosk/payments"
	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// The crash child pays one notice and reports every durable step on
// stdout; at the step named in PAY_CRASH_HANG it stops dead (as if the
// power went) and waits for the parent's SIGKILL.
func init() {
	dbPath := os.Getenv("PAY_CRASH_STORE")
	if dbPath == "" {
		return
	}
	hang := journal.State(os.Getenv("PAY_CRASH_HANG"))
	st, err := store.Open(dbPath, 5*time.Second)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	pad, err := cardpad.Open(cardpad.Config{Serial: serialport.Config{Path: os.Getenv("PAY_CRASH_PAD")}}, cardpad.WithLogger(quiet))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	svc := payments.New(journal.New(st, nil), outbox.New(st, outbox.Options{Logger: quiet}), CardPad{Dev: pad}, nil, quiet)
	svc.OnStep = func(s journal.State) {
		fmt.Println("step", s)
		if s == hang {
			select {} // the power goes here
		}
	}
	n := wire.PaymentNotice{Number: os.Getenv("PAY_CRASH_NOTICE"), AmountFen: 38000, Status: wire.NoticeUnpaid}
	out, err := svc.Pay(context.Background(), n)
	fmt.Println("done", out.State, err)
	select {} // wait to be killed
}

// TestCrashAtEveryStepOfAPayment kills the kiosk with SIGKILL at each step
// of a payment — before the pad is asked, while the pad takes the PIN, as
// soon as the charge is known, after it is reported — restarts, and checks
// that each notice was charged at most once and every charge reported
// exactly once.
func TestCrashAtEveryStepOfAPayment(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	sim, err := cardpadsim.New(cardpadsim.Config{Link: filepath.Join(dir, "pad"), Insert: 1, PINDelay: 400 * time.Millisecond, AckTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()

	cases := []struct {
		name    string
		hang    journal.State // stop dead at this step …
		midSale bool          // … or kill while the pad is taking the PIN
		charged bool
	}{
		{name: "after the intent", hang: journal.Intent},
		{name: "sent, before the bytes left", hang: journal.Sent},
		{name: "while the pad charges", midSale: true, charged: true},
		{name: "approved, not yet reported", hang: journal.Approved, charged: true},
		{name: "reported, person not yet told", hang: journal.Reported, charged: true},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			notice := fmt.Sprintf("44060620269%05d", i)
			db := filepath.Join(dir, fmt.Sprintf("kiosk-%d.db", i))
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "PAY_CRASH_STORE="+db, "PAY_CRASH_PAD="+sim.Path(), "PAY_CRASH_NOTICE="+notice, "PAY_CRASH_HANG="+string(c.hang))
			stdout, _ := cmd.StdoutPipe()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			startedBefore := sim.Started(cardpad.TxSale)
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				line := sc.Text()
				if strings.HasPrefix(line, "error") {
					t.Fatalf("child: %s", line)
				}
				if c.midSale && line == "step sent" {
					// Wait until the pad has the sale, then kill mid-PIN.
					deadline := time.Now().Add(5 * time.Second)
					for sim.Started(cardpad.TxSale) == startedBefore && time.Now().Before(deadline) {
						time.Sleep(5 * time.Millisecond)
					}
					break
				}
				if !c.midSale && line == "step "+string(c.hang) {
					break
				}
			}
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			if c.midSale {
				// Let the pad finish the charge the dead kiosk asked for.
				time.Sleep(time.Second)
			}

			// Restart: recover with a fresh driver on the same pad.
			st, err := store.Open(db, 5*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			for err := range checkTx(st) {
				t.Fatalf("store check: %v", err)
			}
			pad, err := cardpad.Open(cardpad.Config{Serial: serialport.Config{Path: sim.Path()}}, cardpad.WithLogger(quiet))
			if err != nil {
				t.Fatal(err)
			}
			defer pad.Close()
			j := journal.New(st, nil)
			ob := outbox.New(st, outbox.Options{Logger: quiet})
			svc := payments.New(j, ob, CardPad{Dev: pad}, nil, quiet)
			if _, err := svc.Recover(context.Background()); err != nil {
				t.Fatalf("recover: %v", err)
			}
			entries, _ := j.Unfinished()
			if len(entries) != 0 {
				t.Errorf("unfinished after recovery: %+v", entries)
			}

			charges := 0
			var ref string
			all, _ := j.Day(time.Now())
			for _, e := range all {
				if e.Notice == notice {
					ref = e.Ref
				}
			}
			for _, r := range sim.Journal() {
				if r.Reference == ref && ref != "" && r.Type == cardpad.TxSale && r.Response == "00" && !r.Voided {
					charges++
				}
			}
			reports := 0
			waiting, _ := ob.Waiting()
			for _, r := range waiting {
				var rep wire.PaymentReport
				if r.Kind == wire.KindPayment && json.Unmarshal(r.Payload, &rep) == nil && rep.Notice == notice {
					reports++
				}
			}
			want := 0
			if c.charged {
				want = 1
			}
			if charges != want || reports != want {
				t.Fatalf("charges %d, reports %d; want %d each", charges, reports, want)
			}
			// And the notice cannot be charged again while a charge stands.
			_, err = svc.Pay(context.Background(), wire.PaymentNotice{Number: notice, AmountFen: 38000, Status: wire.NoticeUnpaid})
			if c.charged && !errors.Is(err, journal.ErrAlreadyPaying) {
				t.Errorf("a charged notice could be paid again: %v", err)
			}
		})
	}
}
