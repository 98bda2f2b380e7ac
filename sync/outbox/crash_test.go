package outbox

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/store"
)

// The crash child: enqueue records forever, printing "ack <n> <key>" only
// after Enqueue returned (that is, after the fsync).
func init() {
	path := os.Getenv("OUTBOX_CRASH_CHILD")
	if path == "" {
		return
	}
	st, err := store.Open(path, 5*time.Second)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	ob := New(st, Options{})
	start, _ := strconv.Atoi(os.Getenv("OUTBOX_CRASH_START"))
	for i := start; ; i++ {
		r, err := ob.Enqueue("application", map[string]int{"n": i}, false, Summary{})
		if err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		fmt.Printf("ack %d %s\n", i, r.Key)
	}
}

// TestCrashKeepsEveryAcknowledgedRecord kills a process that enqueues
// records with SIGKILL at random moments, reopens the store, checks it and
// finds every acknowledged record; then delivers all of them once.
func TestCrashKeepsEveryAcknowledgedRecord(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	path := filepath.Join(t.TempDir(), "kiosk.db")
	acked := map[string]int{}
	next := 0
	rounds := 6
	for round := range rounds {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "OUTBOX_CRASH_CHILD="+path, "OUTBOX_CRASH_START="+strconv.Itoa(next))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		killAfter := 5 + rand.IntN(60)
		sc := bufio.NewScanner(out)
		n := 0
		for sc.Scan() {
			f := strings.Fields(sc.Text())
			if len(f) != 3 || f[0] != "ack" {
				t.Fatalf("round %d: child said %q", round, sc.Text())
			}
			i, _ := strconv.Atoi(f[1])
			acked[f[2]] = i
			next = i + 1
			if n++; n == killAfter {
				cmd.Process.Signal(syscall.SIGKILL)
				break
			}
		}
		cmd.Wait()
	}

	st, err := store.Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.DB().View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			t.Errorf("store check: %v", err)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	ob := New(st, Options{})
	for key, i := range acked {
		r, err := ob.ByKey(key)
		if err != nil {
			t.Fatalf("acknowledged record %d (%s) lost: %v", i, key, err)
		}
		if r.State != StatePending {
			t.Errorf("record %d in state %s", i, r.State)
		}
	}
	hall := newLedgerHall()
	d := NewDeliverer(ob, hall)
	for {
		n, err := d.DeliverOnce(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			break
		}
	}
	seen := map[string]int{}
	for _, r := range hall.applied {
		seen[r.Key]++
	}
	for key := range acked {
		if seen[key] != 1 {
			t.Errorf("record %s delivered %d times", key, seen[key])
		}
	}
	t.Logf("%d rounds, %d acknowledged records, %d in the store (some written but killed before the ack)", rounds, len(acked), len(hall.applied))
}
