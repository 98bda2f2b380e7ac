package wire

import (
	"encoding/json"
	"errors"
	"testing"
)

func canon(t testing.TB, s string) []byte {
	c, err := Canonical([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDiffApplyRoundTrip(t *testing.T) {
	from := canon(t, `{"version":1,"departments":[{"id":"a","name":"A"},{"id":"b","name":"B"}],
		"items":[{"id":"1","n":1},{"id":"2","n":2},{"id":"3","n":3}],"old":true}`)
	to := canon(t, `{"version":2,"departments":[{"id":"a","name":"A"},{"id":"b","name":"B"}],
		"items":[{"id":"3","n":3},{"id":"1","n":10},{"id":"4","n":4}],"new":[1,2]}`)
	d, err := Diff(from, to)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.Collections["departments"]; ok {
		t.Error("unchanged collection in the delta")
	}
	if got := len(d.Collections["items"].Upserts); got != 2 {
		t.Errorf("%d upserts, want 2 (changed 1, new 4)", got)
	}
	out, err := Apply(from, d, Hash(to))
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(to) {
		t.Fatalf("applied:\n%s\nwant:\n%s", out, to)
	}
	// Applied to the wrong base, it refuses.
	other := canon(t, `{"items":[{"id":"9"}]}`)
	if _, err := Apply(other, d, Hash(to)); !errors.Is(err, ErrDelta) {
		t.Errorf("wrong base: %v", err)
	}
	if _, err := Apply(from, d, "bad"); !errors.Is(err, ErrDelta) {
		t.Errorf("wrong hash: %v", err)
	}
}

func TestCanonicalIsStable(t *testing.T) {
	a := canon(t, `{ "b" : [ {"id":"x", "v": 1} ], "a": {"z":1} }`)
	b := canon(t, `{"a":{"z":1},"b":[{"id":"x","v":1}]}`)
	if string(a) != string(b) {
		t.Errorf("%s != %s", a, b)
	}
	for _, bad := range []string{`[]`, `null`, `"x"`, `{`} {
		if _, err := Canonical([]byte(bad)); err == nil {
			t.Errorf("Canonical(%s) accepted", bad)
		}
	}
}

func FuzzApply(f *testing.F) {
	f.Add([]byte(`{"items":[{"id":"1"}]}`), []byte(`{"collections":{"items":{"order":["1","2"],"upserts":[{"id":"2"}]}}}`))
	f.Add([]byte(`{}`), []byte(`{"fields":{"a":1},"removed":["b"]}`))
	f.Add([]byte(`{"items":[]}`), []byte(`{"collections":{"items":{"order":["x"]}}}`))
	f.Fuzz(func(t *testing.T, data, delta []byte) {
		var d Delta
		if json.Unmarshal(delta, &d) != nil {
			return
		}
		base, err := Canonical(data)
		if err != nil {
			return
		}
		out, err := Apply(base, d, "")
		if err == nil {
			t.Fatalf("applied with a wrong hash: %s", out)
		}
		// Whatever happened, applying with the right hash of a good result
		// gives that result.
		if out2, err := Apply(base, Delta{}, Hash(base)); err != nil || string(out2) != string(base) {
			t.Fatalf("empty delta: %v", err)
		}
	})
}
