package jobsearch

import (
	"fmt"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/hall/demo"
)

func TestExplore(t *testing.T) {
	d := demo.Jobs()
	t0 := time.Now()
	ix := Build(d)
	t.Logf("build %v groups %d py %d syl %d vocab %d sugg %d readings %d", time.Since(t0), len(ix.groups), len(ix.pyGroups), len(ix.syl), len(ix.vocab), len(ix.suggestions), len(ix.readings))
	for _, q := range []string{"pg", "pugong", "pu gong", "普工", "PG", "dg", "cs", "kj", "yh", "cook", "pg包吃", "", "   ", "😀", "g", "zhang", "lvhua", "luhua", "cnc", "pugong ronggui"} {
		t0 := time.Now()
		r := ix.Search(Query{Text: q, PerPage: 5})
		el := time.Since(t0)
		var s string
		for _, j := range r.Jobs {
			s += fmt.Sprintf(" %s|%s|%s", j.Title["zh-Hans"], j.TradeID, j.Employer["zh-Hans"])
		}
		t.Logf("%q total=%d %v:%s", q, r.Total, el, s)
	}
	for _, p := range []string{"p", "d", "", "c", "普", "bao"} {
		t.Logf("suggest %q: %v", p, ix.Suggest(p, 8))
	}
}
