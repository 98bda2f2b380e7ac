package jobsearch

import (
	"os"
	"testing"
)

func BenchmarkOne(b *testing.B) {
	ix := index100k()
	q := Query{Text: os.Getenv("Q")}
	for b.Loop() {
		ix.Search(q)
	}
}
