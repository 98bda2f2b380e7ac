package serialtest

import "testing"

func TestFaults(t *testing.T) {
	var fs Faults[string]
	if fs.Take("x") {
		t.Fatal("a fault nobody injected")
	}
	fs.Inject("twice", 2)
	fs.Inject("always", 0)
	for i := range 2 {
		if !fs.Take("twice") {
			t.Fatalf("use %d missing", i)
		}
	}
	if fs.Take("twice") {
		t.Error("a third use")
	}
	for range 5 {
		if !fs.Take("always") {
			t.Fatal("an until-cleared fault ran out")
		}
	}
	if a := fs.Active(); len(a) != 1 || a["always"] != -1 {
		t.Errorf("active %v", a)
	}
	fs.Clear("always")
	fs.Inject("y", 3)
	fs.ClearAll()
	if len(fs.Active()) != 0 {
		t.Error("ClearAll left faults")
	}
}

func TestFaultsString(t *testing.T) {
	var fs Faults[string]
	if fs.String() != "none" {
		t.Error(fs.String())
	}
	fs.Inject("nak", 2)
	fs.Inject("garbage", 0)
	if got := fs.String(); got != "garbage, nak×2" {
		t.Errorf("String = %q", got)
	}
}
