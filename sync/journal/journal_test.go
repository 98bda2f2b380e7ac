package journal

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/store"
)

func open(t *testing.T) (*Journal, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kiosk.db")
	st, err := store.Open(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return New(st, nil), path
}

func TestHappyPathAndOneChargePerNotice(t *testing.T) {
	j, _ := open(t)
	e, err := j.Begin("4406012026000123", 12800)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j.Begin("4406012026000123", 12800); !errors.Is(err, ErrAlreadyPaying) {
		t.Fatalf("second payment for a notice in progress: %v", err)
	}
	steps := []State{Sent, Approved, Reported}
	for _, s := range steps {
		if e, err = j.Move(e.Ref, s, "", func(e *Entry) {
			if s == Approved {
				e.CardMasked, e.PadTxn = "622202******0128", "000457"
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	if e.State != Reported || e.CardMasked != "622202******0128" || len(e.History) != 4 {
		t.Fatalf("entry %+v", e)
	}
	if _, err := j.Begin("4406012026000123", 12800); !errors.Is(err, ErrAlreadyPaying) {
		t.Fatalf("a paid notice was paid again: %v", err)
	}
}

func TestDeclinedNoticeCanBePaidAgain(t *testing.T) {
	j, _ := open(t)
	e, _ := j.Begin("N1", 500)
	j.Move(e.Ref, Sent, "", nil)
	j.Move(e.Ref, Declined, "insufficient funds", nil)
	if _, err := j.Begin("N1", 500); err != nil {
		t.Fatalf("a declined notice could not be paid with another card: %v", err)
	}
}

func TestTransitionsAreChecked(t *testing.T) {
	j, _ := open(t)
	e, _ := j.Begin("N2", 500)
	for _, bad := range []State{Approved, Reported, Voided, Declined} {
		if _, err := j.Move(e.Ref, bad, "", nil); !errors.Is(err, ErrTransition) {
			t.Errorf("intent → %s allowed: %v", bad, err)
		}
	}
	if _, err := j.Move("nope", Sent, "", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown ref: %v", err)
	}
	if !Reported.Final() || !Declined.Final() || Unknown.Final() || Sent.Final() {
		t.Error("final states")
	}
}

func TestUnfinishedSurviveRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kiosk.db")
	st, _ := store.Open(path, time.Second)
	j := New(st, nil)
	a, _ := j.Begin("A", 100)
	b, _ := j.Begin("B", 200)
	j.Move(a.Ref, Sent, "", nil)
	j.Move(b.Ref, Abandoned, "person left", nil)
	c, _ := j.Begin("C", 300)
	j.Move(c.Ref, Sent, "", nil)
	j.Move(c.Ref, Unknown, "no reply after ACK", nil)
	st.Close()

	st, _ = store.Open(path, time.Second)
	defer st.Close()
	j = New(st, nil)
	open, err := j.Unfinished()
	if err != nil {
		t.Fatal(err)
	}
	if len(open) != 2 || open[0].Ref != a.Ref || open[1].State != Unknown {
		t.Fatalf("unfinished after restart: %+v", open)
	}
	today, _ := j.Day(time.Now())
	if len(today) != 3 {
		t.Errorf("today's payments: %d", len(today))
	}
}
