package session

import (
	"testing"
	"time"
)

func TestIdleWarningAndExpiry(t *testing.T) {
	t0 := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	s := New(60*time.Second, 10*time.Second)
	if s.Phase() != Attract || s.Tick(t0.Add(time.Hour)) != None {
		t.Fatal("attract phase must stay quiet")
	}
	s.Touch(t0)
	if s.Phase() != Active {
		t.Fatal("touch did not start a session")
	}
	if ev := s.Tick(t0.Add(59 * time.Second)); ev != None {
		t.Fatalf("early event %v", ev)
	}
	// A touch resets the idle timer.
	s.Touch(t0.Add(30 * time.Second))
	if ev := s.Tick(t0.Add(60 * time.Second)); ev != None {
		t.Fatalf("touch did not reset idle: %v", ev)
	}
	warnAt := t0.Add(90 * time.Second)
	if ev := s.Tick(warnAt); ev != Warn || s.Phase() != Warning || s.Remaining(warnAt) != 10 {
		t.Fatalf("want warning with 10 s, got %v %v %d", ev, s.Phase(), s.Remaining(warnAt))
	}
	if ev := s.Tick(warnAt.Add(500 * time.Millisecond)); ev != None {
		t.Errorf("countdown changed within a second: %v", ev)
	}
	if ev := s.Tick(warnAt.Add(1 * time.Second)); ev != Count || s.Remaining(warnAt.Add(time.Second)) != 9 {
		t.Errorf("countdown: %v", ev)
	}
	if ev := s.Tick(warnAt.Add(10 * time.Second)); ev != Expire || s.Phase() != Attract {
		t.Errorf("expiry: %v %v", ev, s.Phase())
	}
}

func TestTouchDuringWarningKeepsSession(t *testing.T) {
	t0 := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	s := New(time.Minute, 20*time.Second)
	s.Touch(t0)
	s.Tick(t0.Add(time.Minute))
	s.Touch(t0.Add(time.Minute + 5*time.Second))
	if s.Phase() != Active || s.Remaining(t0) != 0 {
		t.Fatal("touch during the warning did not keep the session")
	}
	if ev := s.Tick(t0.Add(time.Minute + 30*time.Second)); ev != None {
		t.Errorf("unexpected %v", ev)
	}
	s.End()
	if s.Phase() != Attract {
		t.Error("End did not return to attract")
	}
}
