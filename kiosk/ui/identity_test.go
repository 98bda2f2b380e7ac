package ui

import (
	"strings"
	"testing"
	"time"
)

// TestIdleWipeErasesThePerson signs a resident in, leaves the terminal
// idle, and checks that the wipe erased their card data and that nothing
// of them is left on screen.
func TestIdleWipeErasesThePerson(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	wiped := 0
	u.CardPlaced(NewPerson("区*", "4406********2016", "resident", "440606195803122016", func() { wiped++ }))
	if !hasText(w, "您好，区*") || !hasText(w, "4406********2016") {
		t.Fatalf("confirmation: %q", texts(w))
	}
	tapText(t, w, "继续")
	// The same card again keeps the session and drops the copy.
	u.CardPlaced(NewPerson("区*", "4406********2016", "resident", "440606195803122016", func() { wiped++ }))
	if wiped != 1 || !hasText(w, "您好，区*（4406********2016）") {
		t.Fatalf("same card: wiped %d, %q", wiped, texts(w))
	}
	f.now = f.now.Add(61 * time.Second)
	u.Tick()
	f.now = f.now.Add(21 * time.Second)
	u.Tick()
	if _, ok := u.Person(); ok || wiped != 2 {
		t.Fatalf("person after the wipe: %v, wiped %d", ok, wiped)
	}
	for _, s := range texts(w) {
		if strings.Contains(s, "区*") || strings.Contains(s, "2016") {
			t.Errorf("the last person is still on screen: %q", s)
		}
	}
}
