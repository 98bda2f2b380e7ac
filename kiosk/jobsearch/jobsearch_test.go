package jobsearch

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// asOf is the day the fixture's postings are counted back from.
var asOf = time.Date(2026, 11, 20, 9, 0, 0, 0, time.FixedZone("CST", 8*60*60))

func tx(hans, hant, en string) wire.Text {
	return wire.Text{wire.LangZhHans: hans, wire.LangZhHant: hant, wire.LangEn: en}
}

// post is a fixture posting: its title, trade, employer and town, its pay
// band, how many days ago it was posted, and its benefits.
func post(id string, title wire.Text, trade string, employer wire.Text, town string, lo, hi, daysAgo int, benefits ...wire.Text) wire.Job {
	return wire.Job{
		ID:          id,
		Title:       title,
		TradeID:     trade,
		Employer:    employer,
		TownID:      town,
		Address:     tx("顺德区"+employer[wire.LangZhHans][:6]+"路1号", "", "No. 1"),
		SalaryMin:   lo,
		SalaryMax:   hi,
		Openings:    2,
		Education:   "junior",
		Benefits:    benefits,
		Description: tx("负责日常工作，服从安排。", "負責日常工作，服從安排。", "Daily work as assigned."),
		Contact:     "0757-22000000",
		PostedAt:    asOf.AddDate(0, 0, -daysAgo),
	}
}

var (
	meals    = tx("包吃住", "包吃住", "Meals and housing")
	insured  = tx("五险一金", "五險一金", "Social insurance and housing fund")
	weekends = tx("周末双休", "週末雙休", "Weekends off")
)

// fixture is a small dataset of real-looking postings. J02 and J14 were
// posted at the same time; the driver's posting (J15) has no trade and
// names 普工 in its description.
func fixture() wire.Jobs {
	data := wire.Jobs{
		Trades: []wire.Trade{
			{ID: "general", Name: tx("普工", "普工", "General worker")},
			{ID: "electrician", Name: tx("电工", "電工", "Electrician")},
			{ID: "cook", Name: tx("厨师", "廚師", "Cook")},
			{ID: "security", Name: tx("保安", "保安", "Security guard")},
			{ID: "accountant", Name: tx("会计", "會計", "Accountant")},
			{ID: "warehouse", Name: tx("仓管", "倉管", "Warehouse keeper")},
			{ID: "cashier", Name: tx("收银员", "收銀員", "Cashier")},
			{ID: "sales", Name: tx("销售", "銷售", "Salesperson")},
			{ID: "gardener", Name: tx("园林绿化工", "園林綠化工", "Landscaping worker")},
			{ID: "cnc", Name: tx("CNC操作工", "CNC操作工", "CNC operator")},
		},
		Jobs: []wire.Job{
			post("J01", tx("普工（包吃住）", "普工（包吃住）", "General worker (meals and housing)"), "general", tx("佛山市顺德区嘉润电器有限公司", "佛山市順德區嘉潤電器有限公司", "Foshan Shunde Jiarun Electrical Appliance Co., Ltd."), "RG", 4500, 6500, 1, meals, insured),
			post("J02", tx("急招普工", "急招普工", "Urgent: General worker"), "general", tx("顺德区恒辉五金制品有限公司", "順德區恆輝五金製品有限公司", "Shunde Henghui Hardware Products Co., Ltd."), "BJ", 5000, 7000, 3),
			post("J03", tx("装配工", "裝配工", "Assembly worker"), "general", tx("佛山市顺德区嘉润电器有限公司", "佛山市順德區嘉潤電器有限公司", "Foshan Shunde Jiarun Electrical Appliance Co., Ltd."), "RG", 4800, 6000, 2, meals),
			post("J04", tx("电工", "電工", "Electrician"), "electrician", tx("佛山市顺德区锦泰物业管理有限公司", "佛山市順德區錦泰物業管理有限公司", "Foshan Shunde Jintai Property Management Co., Ltd."), "DL", 6000, 9000, 5),
			post("J05", tx("维修电工（熟手）", "維修電工（熟手）", "Maintenance electrician (experienced)"), "electrician", tx("顺德区宏图机械设备有限公司", "順德區宏圖機械設備有限公司", "Shunde Hongtu Machinery Co., Ltd."), "LL", 6500, 8500, 4),
			post("J06", tx("厨师", "廚師", "Cook"), "cook", tx("大良顺兴酒家", "大良順興酒家", "Shunxing Restaurant, Daliang"), "DL", 6000, 10000, 6),
			post("J07", tx("粤菜厨师", "粵菜廚師", "Cantonese cook"), "cook", tx("杏坛德丰农庄", "杏壇德豐農莊", "Defeng Farm Restaurant, Xingtan"), "XT", 5500, 8000, 7, meals),
			post("J08", tx("保安员", "保安員", "Security guard"), "security", tx("佛山市顺德区利源物业服务有限公司", "佛山市順德區利源物業服務有限公司", "Foshan Shunde Liyuan Property Services Co., Ltd."), "DL", 3800, 5200, 8),
			post("J09", tx("会计（周末双休）", "會計（週末雙休）", "Accountant (weekends off)"), "accountant", tx("顺德区富康财务咨询有限公司", "順德區富康財務諮詢有限公司", "Shunde Fukang Financial Consulting Co., Ltd."), "DL", 5000, 8000, 9, weekends, insured),
			post("J10", tx("仓管员", "倉管員", "Warehouse keeper"), "warehouse", tx("佛山市顺德区鸿运物流有限公司", "佛山市順德區鴻運物流有限公司", "Foshan Shunde Hongyun Logistics Co., Ltd."), "LC", 4500, 6000, 10),
			post("J11", tx("超市收银员", "超市收銀員", "Supermarket cashier"), "cashier", tx("龙江骏业超市", "龍江駿業超市", "Junye Supermarket, Longjiang"), "LG", 3800, 5000, 11),
			post("J12", tx("银行大堂保安", "銀行大堂保安", "Bank lobby guard"), "security", tx("佛山市顺德区信达保安服务有限公司", "佛山市順德區信達保安服務有限公司", "Foshan Shunde Xinda Security Services Co., Ltd."), "DL", 4200, 5500, 12),
			post("J13", tx("门店店长", "門店店長", "Shop manager"), "sales", tx("乐从华美家具城", "樂從華美傢俱城", "Huamei Furniture Mall, Lecong"), "LC", 7000, 12000, 13),
			post("J14", tx("普工", "普工", "General worker"), "general", tx("顺德区永盛塑料制品有限公司", "順德區永盛塑料製品有限公司", "Shunde Yongsheng Plastic Products Co., Ltd."), "JA", 4500, 6000, 3),
			post("J15", tx("货车司机", "貨車司機", "Truck driver"), "", tx("顺德区家和物流有限公司", "順德區家和物流有限公司", "Shunde Jiahe Logistics Co., Ltd."), "LC", 6000, 9000, 14),
			post("J16", tx("绿化养护工", "綠化養護工", "Grounds maintenance worker"), "gardener", tx("佛山市顺德区汇通物业管理有限公司", "佛山市順德區匯通物業管理有限公司", "Foshan Shunde Huitong Property Management Co., Ltd."), "LL", 3800, 5200, 15),
			post("J17", tx("CNC操作工（两班倒）", "CNC操作工（兩班倒）", "CNC operator (two shifts)"), "cnc", tx("顺德区精诚精密模具有限公司", "順德區精誠精密模具有限公司", "Shunde Jingcheng Precision Mould Co., Ltd."), "BJ", 5500, 8500, 16),
		},
	}
	data.Jobs[14].Description = tx("跟车送货，兼做普工搬运。", "跟車送貨，兼做普工搬運。", "Drives deliveries and helps with loading.")
	return data
}

var fixtureJobs = fixture()

func ids(jobs []wire.Job) []string {
	out := make([]string, len(jobs))
	for i, j := range jobs {
		out[i] = j.ID
	}
	return out
}

// all returns every matching posting, in order, with a page size of 100.
func all(t *testing.T, ix *Index, q Query) []string {
	t.Helper()
	q.PerPage = MaxPerPage
	var out []string
	for q.Page = 1; ; q.Page++ {
		r := ix.Search(q)
		out = append(out, ids(r.Jobs)...)
		if q.Page >= r.Pages {
			if len(out) != r.Total {
				t.Fatalf("%+v: %d postings over the pages, Total %d", q, len(out), r.Total)
			}
			return out
		}
	}
}

func TestSearchText(t *testing.T) {
	ix := Build(fixtureJobs)
	general := []string{"J01", "J02", "J14", "J03"} // 普工 titles newest first, then 装配工 by its trade
	tests := []struct {
		text string
		want []string // the whole result, in order
	}{
		{"pg", general},
		{"PG", general},
		{"ＰＧ", general},
		{"pugong", general},
		{"pu gong", general},
		{"Pu'Gong", general},
		{"pgong", general},
		{"pug", general},
		{"普工", append(slices.Clone(general), "J15")}, // and the description that names it
		{"普", append(slices.Clone(general), "J15")},
		{"dg", []string{"J04", "J05"}},       // 电工 before 维修电工
		{"diangong", []string{"J04", "J05"}}, // full pinyin
		{"kj", []string{"J09"}},              // 会计 read kuaiji
		{"huiji", []string{"J09"}},           // and huiji
		{"yh", []string{"J12", "J16"}},       // 银行 read yinhang; 养护 is inside 绿化养护工
		{"yinhang", []string{"J12"}},         // …
		{"dianzhang", []string{"J13"}},       // 店长 read dianzhang
		{"dz", []string{"J13"}},              // …
		{"lvhua", []string{"J16"}},           // 绿 as lv
		{"luhua", []string{"J16"}},           // and as lu
		{"cnc", []string{"J17"}},             // a latin word in a title
		{"cncczg", []string{"J17"}},          // and its initials after it
		{"廚師", []string{"J06", "J07"}},       // traditional characters
		{"cook", []string{"J06", "J07"}},     // English words of the title
		{"pg包吃", []string{"J01", "J03"}},     // initials and hanzi: both must match
		{"普工 包吃住", []string{"J01", "J03"}},
		{"baoan", []string{"J08", "J12"}},            // 保安员 starts with it, 银行大堂保安 has it inside
		{"pugong baochizhu", []string{"J01", "J03"}}, // no phrase: word by word
		{"zzz", nil},
		{"普工 zzz", nil},
		{"司机", []string{"J15"}},
	}
	for _, tc := range tests {
		if got := all(t, ix, Query{Text: tc.text}); !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestSearchRanking(t *testing.T) {
	ix := Build(fixtureJobs)
	// 厨师 first: the whole title. 超市收银员 starts with c-s, 粤菜厨师 has
	// it inside, and both come before the trade-name matches.
	got := all(t, ix, Query{Text: "cs"})
	if len(got) < 3 || got[0] != "J06" || !slices.Contains(got, "J07") {
		t.Errorf("cs: got %v, want J06 first and J07 among them", got)
	}
	if i, j := slices.Index(got, "J11"), slices.Index(got, "J07"); i < 0 || j < i {
		t.Errorf("cs: got %v, want 超市收银员 (prefix) before 粤菜厨师 (inside)", got)
	}
	// Titles before employers: 保安员 and 银行大堂保安 before the 保安服务
	// company's other postings (none here) and before employers only.
	got = all(t, ix, Query{Text: "ba"})
	if len(got) < 2 || got[0] != "J08" {
		t.Errorf("ba: got %v, want 保安员 first", got)
	}
}

func TestSearchEmptyListsNewestFirst(t *testing.T) {
	ix := Build(fixtureJobs)
	for _, text := range []string{"", "   ", "\t\n", "😀", "！？。", "\x00\xff"} {
		got := all(t, ix, Query{Text: text})
		if len(got) != len(fixtureJobs.Jobs) {
			t.Fatalf("%q: %d postings, want all %d", text, len(got), len(fixtureJobs.Jobs))
		}
		byID := map[string]wire.Job{}
		for _, j := range fixtureJobs.Jobs {
			byID[j.ID] = j
		}
		for i := 1; i < len(got); i++ {
			a, b := byID[got[i-1]], byID[got[i]]
			if a.PostedAt.Before(b.PostedAt) || a.PostedAt.Equal(b.PostedAt) && a.ID > b.ID {
				t.Fatalf("%q: %s before %s", text, a.ID, b.ID)
			}
		}
	}
}

func TestSearchFilters(t *testing.T) {
	ix := Build(fixtureJobs)
	tests := []struct {
		q    Query
		want []string
	}{
		{Query{TownID: "DL"}, []string{"J04", "J06", "J08", "J09", "J12"}},
		{Query{TradeID: "cook"}, []string{"J06", "J07"}},
		{Query{MinSalary: 9000}, []string{"J04", "J06", "J13", "J15"}},
		{Query{Text: "pg", TownID: "RG"}, []string{"J01", "J03"}},
		{Query{Text: "pg", MinSalary: 6500}, []string{"J01", "J02"}},
		{Query{Text: "保安", TownID: "DL", TradeID: "security"}, []string{"J08", "J12"}},
		{Query{TownID: "DL", TradeID: "cook", MinSalary: 10000}, []string{"J06"}},
		{Query{TownID: "DL", TradeID: "cook", MinSalary: 10001}, nil},
		{Query{TownID: "nowhere"}, nil},
		{Query{TradeID: "astronaut"}, nil},
		{Query{Text: "pg", TradeID: "electrician"}, nil},
	}
	for _, tc := range tests {
		if got := all(t, ix, tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("%+v: got %v, want %v", tc.q, got, tc.want)
		}
	}
}

func TestSearchPaging(t *testing.T) {
	ix := Build(fixtureJobs)
	whole := all(t, ix, Query{})
	for _, text := range []string{"", "g", "工"} {
		want := all(t, ix, Query{Text: text})
		var got []string
		for page := 1; page <= 10; page++ {
			r := ix.Search(Query{Text: text, Page: page, PerPage: 4})
			if r.Total != len(want) || r.Pages != (len(want)+3)/4 {
				t.Fatalf("%q page %d: Total %d Pages %d, want %d and %d", text, page, r.Total, r.Pages, len(want), (len(want)+3)/4)
			}
			if page > r.Pages && len(r.Jobs) != 0 {
				t.Fatalf("%q page %d past the last: %d postings", text, page, len(r.Jobs))
			}
			if page < r.Pages && len(r.Jobs) != 4 {
				t.Fatalf("%q page %d: %d postings, want 4", text, page, len(r.Jobs))
			}
			got = append(got, ids(r.Jobs)...)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q pages: got %v, want %v", text, got, want)
		}
	}
	if r := ix.Search(Query{Page: -3, PerPage: -1}); len(r.Jobs) != min(DefaultPerPage, len(whole)) || r.Jobs[0].ID != whole[0] {
		t.Errorf("page -3: got %v", ids(r.Jobs))
	}
	if r := ix.Search(Query{PerPage: 1 << 30}); r.Pages != 1 || len(r.Jobs) != len(whole) {
		t.Errorf("huge page: Pages %d, %d postings", r.Pages, len(r.Jobs))
	}
	if r := ix.Search(Query{Page: 1 << 60, PerPage: 3}); len(r.Jobs) != 0 || r.Total != len(whole) {
		t.Errorf("page 2^60: %d postings, Total %d", len(r.Jobs), r.Total)
	}
}

func TestSearchDeterministic(t *testing.T) {
	// The same data in another order gives the same results.
	a := Build(fixtureJobs)
	shuffled := fixture()
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled.Jobs), func(i, j int) {
		shuffled.Jobs[i], shuffled.Jobs[j] = shuffled.Jobs[j], shuffled.Jobs[i]
	})
	b := Build(shuffled)
	for _, text := range []string{"", "pg", "g", "工", "保安", "cs", "pg 包吃"} {
		if x, y := all(t, a, Query{Text: text}), all(t, b, Query{Text: text}); !slices.Equal(x, y) {
			t.Errorf("%q: %v and %v", text, x, y)
		}
	}
}

func TestSearchOddInput(t *testing.T) {
	ix := Build(fixtureJobs)
	odd := []string{
		strings.Repeat("普", 10000),
		strings.Repeat("pg", 5000),
		strings.Repeat("a", maxLatin), strings.Repeat("a", maxLatin+1),
		strings.Repeat("普工 ", 40),
		strings.Repeat("x ", 100),
		"😀pg😀", "\u200b普工", "p\x00g", "pg\xff", "ꙮ", "𠀀𠀁", "〇", "ǖ", "Ⅻ", "١٢٣",
	}
	for _, text := range odd {
		r := ix.Search(Query{Text: text, TownID: "DL", MinSalary: -5})
		if len(r.Jobs) > r.Total {
			t.Errorf("%.20q: %d postings of %d", text, len(r.Jobs), r.Total)
		}
		ix.Suggest(text, 5)
	}
	if got := all(t, ix, Query{Text: "😀pg😀"}); len(got) != 4 {
		t.Errorf("emoji around pg: %v", got)
	}
	if r := ix.Search(Query{Text: strings.Repeat("普工 ", 40)}); r.Total != 5 {
		t.Errorf("普工 repeated: Total %d, want 5", r.Total)
	}
	var empty *Index
	if r := empty.Search(Query{Text: "pg"}); r.Total != 0 || empty.Suggest("p", 3) != nil || empty.Len() != 0 {
		t.Errorf("nil index: %+v", r)
	}
	if r := Build(wire.Jobs{}).Search(Query{}); r.Total != 0 || r.Pages != 0 || len(r.Jobs) != 0 {
		t.Errorf("empty index: %+v", r)
	}
}

func TestSearchManyTerms(t *testing.T) {
	ix := Build(fixtureJobs)
	words := []string{"普", "工", "包", "吃", "住", "p", "g", "b", "c", "z", "普工", "包吃", "吃住", "pu", "gong", "bao"}
	// The latin words run together into the phrases "pgbcz" and
	// "pugongbao", which match nothing and so count word by word: 16 terms
	// in all. 装配工 matches them too, by its trade and benefits.
	if r := ix.Search(Query{Text: strings.Join(words, " ")}); r.Total != 2 || r.Jobs[0].ID != "J01" || r.Jobs[1].ID != "J03" {
		t.Errorf("%d terms: got %v", len(words), ids(r.Jobs))
	}
	if r := ix.Search(Query{Text: strings.Join(append(words, "zhu"), " ")}); r.Total != 0 {
		t.Errorf("%d terms: got %v, want nothing", len(words)+1, ids(r.Jobs))
	}
}

func TestSearchConcurrent(t *testing.T) {
	ix := Build(fixtureJobs)
	queries := []Query{{Text: "pg"}, {Text: "普工 包吃住"}, {TownID: "DL"}, {Text: "g", MinSalary: 6000}, {Text: "cs", PerPage: 2, Page: 2}}
	want := make([][]string, len(queries))
	for i, q := range queries {
		want[i] = ids(ix.Search(q).Jobs)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				k := (g + i) % len(queries)
				if got := ids(ix.Search(queries[k]).Jobs); !slices.Equal(got, want[k]) {
					t.Errorf("%+v: got %v, want %v", queries[k], got, want[k])
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestSuggest(t *testing.T) {
	ix := Build(fixtureJobs)
	tests := []struct {
		prefix string
		n      int
		want   []string
	}{
		{"p", 3, []string{"普工", "装配工"}}, // 装配工 has p inside
		{"pg", 3, []string{"普工", "装配工"}},
		{"普", 3, []string{"普工"}},
		{"d", 5, []string{"电工", "维修电工", "银行大堂保安", "门店店长"}}, // those with d inside after
		{"g", 2, []string{"普工", "电工"}},                     // none starts with g
		{"cs", 5, []string{"厨师", "超市收银员", "粤菜厨师", "货车司机"}},
		{"", 2, []string{"普工", "保安"}},
		{"x", 0, nil},
	}
	for _, tc := range tests {
		if got := ix.Suggest(tc.prefix, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("Suggest(%q, %d): got %v, want %v", tc.prefix, tc.n, got, tc.want)
		}
	}
}

func TestNonzero(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 1000 {
		b := make([]uint8, r.IntN(80))
		for i := range b {
			if r.IntN(3) == 0 {
				b[i] = uint8(r.IntN(256))
			}
		}
		var want uint64
		for i := 0; i < len(b) && i < 64; i++ {
			if b[i] != 0 {
				want |= 1 << i
			}
		}
		if got := nonzero(b); got != want {
			t.Fatalf("nonzero(%v) = %b, want %b", b, got, want)
		}
	}
}
