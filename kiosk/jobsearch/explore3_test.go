package jobsearch

import "testing"

func BenchmarkOne(b *testing.B) {
	ix := index100k()
	q := Query{Text: "会计"}
	for b.Loop() {
		ix.Search(q)
	}
}
