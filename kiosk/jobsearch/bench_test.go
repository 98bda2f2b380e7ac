package jobsearch

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/hall/demo"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// branches are village names that tell the copies of the demo employers
// apart in jobs100k, so the big dataset has some ten thousand employers
// rather than the demo's few hundred.
var branches = []string{
	"", "龙潭", "逢简", "马岗", "水藤", "碧江", "桑麻", "黄龙", "沙滘", "葛岸",
	"仕版", "南水", "麦村", "羊额", "鹭洲", "光华", "登洲", "右滩", "西海", "冲鹤",
}

// jobs100k is the demo dataset copied 20 times: new IDs, posting times an
// hour apart per copy, and each copy's employers a branch of their own.
func jobs100k() wire.Jobs {
	base := demo.Jobs()
	out := wire.Jobs{Trades: base.Trades, Jobs: make([]wire.Job, 0, len(base.Jobs)*len(branches))}
	for k, br := range branches {
		for _, j := range base.Jobs {
			j.ID = fmt.Sprintf("JOB-%02d-%s", k, j.ID)
			j.PostedAt = j.PostedAt.Add(-time.Duration(k) * time.Hour)
			if br != "" {
				j.Employer = wire.Text{
					wire.LangZhHans: j.Employer[wire.LangZhHans] + br + "分公司",
					wire.LangZhHant: j.Employer[wire.LangZhHant] + br + "分公司",
					wire.LangEn:     j.Employer[wire.LangEn] + " (" + br + " branch)",
				}
			}
			out.Jobs = append(out.Jobs, j)
		}
	}
	return out
}

var (
	bigOnce  sync.Once
	bigIndex *Index
)

func index100k() *Index {
	bigOnce.Do(func() { bigIndex = Build(jobs100k()) })
	return bigIndex
}

// benchQueries is a mix of what villagers type: hanzi of one to three
// characters, initials of one to four letters, full pinyin and mixes, with
// and without the town, trade and salary filters.
var benchQueries = func() []Query {
	texts := []string{
		"工", "普工", "厨师", "保安员", "电", "包吃住", "司机", "会计", "仓管", "大良",
		"p", "g", "pg", "dg", "cs", "ba", "syy", "kj", "bjy", "hcsj", "zpg",
		"pugong", "chushi", "baoan", "dianshang", "kuaiji", "siji", "zhusu", "pu gong",
		"pg包吃", "普工 长白班", "jiaju", "",
	}
	var qs []Query
	for i, t := range texts {
		qs = append(qs, Query{Text: t})
		switch i % 4 {
		case 0:
			qs = append(qs, Query{Text: t, TownID: "RG"})
		case 1:
			qs = append(qs, Query{Text: t, MinSalary: 6000, Page: 2})
		case 2:
			qs = append(qs, Query{Text: t, TradeID: "general", TownID: "BJ"})
		case 3:
			qs = append(qs, Query{Text: t, TownID: "LC", MinSalary: 5000, Page: 3})
		}
	}
	return qs
}()

func BenchmarkSearch100k(b *testing.B) {
	ix := index100k()
	for _, q := range benchQueries { // warm up
		ix.Search(q)
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		q := benchQueries[i%len(benchQueries)]
		t0 := time.Now()
		ix.Search(q)
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	slices.Sort(lat)
	ms := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))]) / float64(time.Millisecond)
	}
	b.ReportMetric(ms(0.50), "p50-ms")
	b.ReportMetric(ms(0.99), "p99-ms")
}

// BenchmarkBuild100k reports the time to build the index of 100,000
// postings and the heap the index keeps (heap-MB, beside the postings).
func BenchmarkBuild100k(b *testing.B) {
	data := jobs100k()
	var ix *Index
	var before, after runtime.MemStats
	for range b.N {
		b.StopTimer()
		ix = nil
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		ix = Build(data)
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "heap-MB")
	b.ReportMetric(float64(len(ix.groups)), "groups")
}
