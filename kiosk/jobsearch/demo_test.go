package jobsearch

import (
	"strings"
	"sync"
	"testing"

	"github.com/mozillazg/go-pinyin"

	"github.com/village-kiosk/kiosk/hall/demo"
	"github.com/village-kiosk/kiosk/sync/wire"
)

var (
	demoOnce  sync.Once
	demoData  wire.Jobs
	demoIndex *Index
)

// demoJobs returns the demo dataset (5,000 postings) and its index.
func demoJobs() (wire.Jobs, *Index) {
	demoOnce.Do(func() {
		demoData = demo.Jobs()
		demoIndex = Build(demoData)
	})
	return demoData, demoIndex
}

// spell returns the pinyin of a Chinese text as the dictionary first reads
// it, in full and as initials; characters without pinyin are left out.
func spell(s string) (full, initials string) {
	for _, p := range pinyin.LazyPinyin(s, pinyin.NewArgs()) {
		full += p
		initials += p[:1]
	}
	return full, initials
}

func TestDemoEveryTradeFindable(t *testing.T) {
	data, ix := demoJobs()
	count := map[string]int{}
	for _, j := range data.Jobs {
		count[j.TradeID]++
	}
	for _, tr := range data.Trades {
		name := tr.Name[wire.LangZhHans]
		full, initials := spell(name)
		for _, text := range []string{name, tr.Name[wire.LangZhHant], full, initials, strings.ToUpper(initials)} {
			// Every posting of the trade matches through the trade's name.
			if r := ix.Search(Query{Text: text, TradeID: tr.ID}); r.Total != count[tr.ID] {
				t.Errorf("%s %q: %d postings of the trade, want %d", tr.ID, text, r.Total, count[tr.ID])
			}
			// And some are on the first page without the filter.
			r := ix.Search(Query{Text: text, PerPage: MaxPerPage})
			found := false
			for _, j := range r.Jobs {
				found = found || j.TradeID == tr.ID
			}
			if !found {
				t.Errorf("%s %q: none on the first page of %d", tr.ID, text, r.Total)
			}
		}
		if got := ix.Suggest(initials, 20); !contains(got, name) {
			t.Errorf("Suggest(%q) = %v, want %s among them", initials, got, name)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestDemoEveryTitleFindable(t *testing.T) {
	data, ix := demoJobs()
	seen := map[string]bool{}
	for _, j := range data.Jobs {
		core := titleCore(j.Title[wire.LangZhHans])
		if seen[core] {
			continue
		}
		seen[core] = true
		full, initials := spell(core)
		for _, text := range []string{core, full, initials} {
			// The postings with this very title come first, newest first.
			r := ix.Search(Query{Text: text, PerPage: MaxPerPage})
			if len(r.Jobs) == 0 {
				t.Errorf("%s %q: nothing", core, text)
				continue
			}
			found := false
			for _, j := range r.Jobs {
				found = found || titleCore(j.Title[wire.LangZhHans]) == core
			}
			if !found {
				t.Errorf("%s %q: not on the first page of %d", core, text, r.Total)
			}
		}
	}
	if len(seen) < 50 {
		t.Fatalf("only %d titles in the demo data", len(seen))
	}
}

func TestDemoFilters(t *testing.T) {
	data, ix := demoJobs()
	towns := map[string]int{}
	for _, j := range data.Jobs {
		towns[j.TownID]++
	}
	for town, n := range towns {
		if r := ix.Search(Query{TownID: town}); r.Total != n {
			t.Errorf("town %s: %d postings, want %d", town, r.Total, n)
		}
	}
	for _, q := range []Query{
		{Text: "工", TownID: "RG", MinSalary: 6000},
		{Text: "pg", TownID: "BJ", TradeID: "general"},
		{Text: "包吃住", MinSalary: 8000},
		{TradeID: "cook", MinSalary: 9000},
	} {
		for _, id := range all(t, ix, q) {
			j := findJob(data, id)
			if q.TownID != "" && j.TownID != q.TownID || q.TradeID != "" && j.TradeID != q.TradeID || max(j.SalaryMax, j.SalaryMin) < q.MinSalary {
				t.Fatalf("%+v: %s does not pass the filters", q, id)
			}
		}
	}
}

func findJob(data wire.Jobs, id string) wire.Job {
	for _, j := range data.Jobs {
		if j.ID == id {
			return j
		}
	}
	return wire.Job{}
}

// TestDemoAgainstBruteForce checks the index's answers against a plain
// reading of the rules: a hanzi term is a substring of a field; a latin
// term is cut into prefixes of the readings of consecutive syllables of a
// pinyin field (or words of its English, from three letters).
func TestDemoAgainstBruteForce(t *testing.T) {
	data, ix := demoJobs()
	trades := map[string]wire.Text{}
	for _, tr := range data.Trades {
		trades[tr.ID] = tr.Name
	}
	hanzi := []string{"工", "普工", "包吃住", "大良", "电", "厨", "五险一金", "熟手", "有限公司", "龍江", "倉管"}
	latin := []string{"g", "p", "pg", "dg", "cs", "bjy", "pugong", "zhusu", "kuaiji", "kj", "jiaju", "ba", "cnc", "cook", "worker", "fs", "foshan", "sd", "zhang", "xingzheng", "lvhua", "y", "9"}
	for _, term := range hanzi {
		want := 0
		for _, j := range data.Jobs {
			fields := []wire.Text{j.Title, trades[j.TradeID], j.Employer, j.Description, j.Address}
			fields = append(fields, j.Benefits...)
			hit := false
			for _, f := range fields {
				hit = hit || strings.Contains(f[wire.LangZhHans], term) || strings.Contains(f[wire.LangZhHant], term)
			}
			if hit {
				want++
			}
		}
		if got := ix.Search(Query{Text: term}).Total; got != want {
			t.Errorf("%q: Total %d, brute force %d", term, got, want)
		}
	}
	for _, term := range latin {
		want := 0
		for _, j := range data.Jobs {
			hit := false
			for _, f := range append([]wire.Text{j.Title, trades[j.TradeID], j.Employer}, j.Benefits...) {
				hit = hit || naiveMatch(naiveSyllables(f[wire.LangZhHans]), term)
				if len(term) >= 3 && f[wire.LangEn] != "" && !sameText(f, j.Employer) {
					hit = hit || naiveMatch(naiveSyllables(f[wire.LangEn]), term)
				}
			}
			if hit {
				want++
			}
		}
		if got := ix.Search(Query{Text: term}).Total; got != want {
			t.Errorf("%q: Total %d, brute force %d", term, got, want)
		}
	}
}

func sameText(a, b wire.Text) bool {
	return a[wire.LangZhHans] == b[wire.LangZhHans] && a[wire.LangEn] == b[wire.LangEn]
}

var (
	naiveMu    sync.Mutex
	naiveCache = map[string][][]string{}
	naiveRunes = map[rune][]string{}
)

// naiveSyllables cuts a text into syllables, each the list of its
// readings; nil marks a barrier.
func naiveSyllables(s string) [][]string {
	naiveMu.Lock()
	defer naiveMu.Unlock()
	if syl, ok := naiveCache[s]; ok {
		return syl
	}
	var out [][]string
	defer func() { naiveCache[s] = out }()
	word := ""
	flush := func() {
		if word != "" {
			out = append(out, []string{word})
			word = ""
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			word += string(r)
		case isHan(r):
			flush()
			rs, ok := naiveRunes[r]
			if !ok {
				rs = readingsOf(r)
				naiveRunes[r] = rs
			}
			out = append(out, rs)
		case r == ' ' || r == '\'' || r == '-':
			flush()
		default:
			flush()
			out = append(out, nil)
		}
	}
	flush()
	return out
}

func naiveMatch(syl [][]string, q string) bool {
	var from func(j int, q string) bool
	from = func(j int, q string) bool {
		if q == "" {
			return true
		}
		if j == len(syl) {
			return false
		}
		for _, r := range syl[j] {
			for l := 1; l <= len(r) && l <= len(q) && r[:l] == q[:l]; l++ {
				if from(j+1, q[l:]) {
					return true
				}
			}
		}
		return false
	}
	for j := range syl {
		if from(j, q) {
			return true
		}
	}
	return false
}
