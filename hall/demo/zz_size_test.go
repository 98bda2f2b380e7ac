package demo

import (
	"encoding/json"
	"testing"
)

func TestZZSize(t *testing.T) {
	b, _ := json.Marshal(Jobs())
	t.Logf("jobs %d bytes", len(b))
	j := Jobs()
	for _, x := range j.Jobs[:5] {
		b, _ := json.MarshalIndent(x, "", " ")
		t.Log(string(b))
	}
}
