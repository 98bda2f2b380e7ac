package jobsearch

import (
	"slices"
	"strings"
	"testing"
)

func FuzzQuery(f *testing.F) {
	seeds := []struct {
		text, town, trade        string
		minSalary, page, perPage int
	}{
		{"pg", "", "", 0, 1, 20},
		{"pugong", "RG", "", 0, 1, 10},
		{"pu gong", "", "general", 0, 2, 5},
		{"普工", "BJ", "general", 6000, 1, 20},
		{"PG", "", "", 5000, 3, 7},
		{"pg包吃", "", "", 0, 1, 0},
		{"", "", "", 0, 0, 0},
		{"   ", "DL", "", 0, -1, -1},
		{"😀", "", "", 0, 1, 100},
		{"\xff\xfe", "", "", 0, 1, 1000},
		{strings.Repeat("普", 300), "", "", 0, 1, 20},
		{strings.Repeat("pg", 100), "", "", 0, 1, 20},
		{"Pu'Gong ＣＮＣ", "", "cnc", 0, 1, 20},
		{"cook 大良", "DL", "cook", 9000, 1, 3},
		{"zhang", "", "", -100, 1 << 40, 20},
		{"g", "", "", 1 << 40, 1, 20},
		{"1 2 3 a b c 普 工", "XX", "", 0, 1, 20},
	}
	for _, s := range seeds {
		f.Add(s.text, s.town, s.trade, s.minSalary, s.page, s.perPage)
	}
	data, ix := demoJobs()
	byID := map[string]int{}
	for i, j := range data.Jobs {
		byID[j.ID] = i
	}
	f.Fuzz(func(t *testing.T, text, town, trade string, minSalary, page, perPage int) {
		q := Query{Text: text, TownID: town, TradeID: trade, MinSalary: minSalary, Page: page, PerPage: perPage}
		r := ix.Search(q)
		per := perPage
		if per <= 0 {
			per = DefaultPerPage
		}
		per = min(per, MaxPerPage)
		if r.Total < 0 || r.Pages != (r.Total+per-1)/per || len(r.Jobs) > per || len(r.Jobs) > r.Total {
			t.Fatalf("%+v: Total %d Pages %d, %d postings", q, r.Total, r.Pages, len(r.Jobs))
		}
		if p := max(page, 1); p <= r.Pages && len(r.Jobs) != min(per, r.Total-(p-1)*per) {
			t.Fatalf("%+v: %d postings on page %d of %d", q, len(r.Jobs), p, r.Pages)
		}
		seen := map[string]bool{}
		for _, j := range r.Jobs {
			if _, ok := byID[j.ID]; !ok || seen[j.ID] {
				t.Fatalf("%+v: posting %q unknown or twice", q, j.ID)
			}
			seen[j.ID] = true
			if town != "" && j.TownID != town || trade != "" && j.TradeID != trade || max(j.SalaryMax, j.SalaryMin) < minSalary {
				t.Fatalf("%+v: %s does not pass the filters", q, j.ID)
			}
		}
		if again := ix.Search(q); !slices.Equal(ids(again.Jobs), ids(r.Jobs)) || again.Total != r.Total {
			t.Fatalf("%+v: another answer the second time", q)
		}
		if wide := ix.Search(Query{Text: text}); wide.Total < r.Total {
			t.Fatalf("%+v: %d postings with filters, %d without", q, r.Total, wide.Total)
		}
		if s := ix.Suggest(text, 5); len(s) > 5 {
			t.Fatalf("Suggest(%q, 5): %d names", text, len(s))
		}
	})
}
