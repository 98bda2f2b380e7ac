package jobsearch

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

func TestExploreBig(t *testing.T) {
	ix := index100k()
	type row struct {
		d time.Duration
		s string
	}
	var rows []row
	for _, q := range benchQueries {
		ix.Search(q)
		t0 := time.Now()
		var r Result
		for range 20 {
			r = ix.Search(q)
		}
		d := time.Since(t0) / 20
		rows = append(rows, row{d, fmt.Sprintf("%-14q town=%s trade=%s min=%d: %v total=%d", q.Text, q.TownID, q.TradeID, q.MinSalary, d, r.Total)})
	}
	slices.SortFunc(rows, func(a, b row) int { return int(b.d - a.d) })
	for _, r := range rows[:15] {
		t.Log(r.s)
	}
}
