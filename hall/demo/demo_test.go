package demo

import (
	"bytes"
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// simplifiedOnly holds characters that exist only in Simplified Chinese and
// are common in the demo data. None may appear in a zh-Hant text.
const simplifiedOnly = "证记许营业执务区农乐龙陈坛伦镇动车驾门东华书请办银险医疗养残项" +
	"产权这设经资质备审报关费务员单证买卖读图馆领换补销变续" +
	"岗顺红兴贤凤苏连晖鉴马罗麦齐赞辉吕园丰腾闸边杨兰广简" +
	"钱长级户机构证质检验检测电话网络药类废渔场厂"

func checkText(t *testing.T, what string, tx wire.Text) {
	t.Helper()
	for _, lang := range wire.Languages {
		if strings.TrimSpace(tx[lang]) == "" {
			t.Errorf("%s: empty %s text in %v", what, lang, tx)
		}
	}
	if len(tx) != len(wire.Languages) {
		t.Errorf("%s: want exactly %d languages, got %v", what, len(wire.Languages), tx)
	}
	hans, hant := tx[wire.LangZhHans], tx[wire.LangZhHant]
	if i := strings.IndexAny(hant, simplifiedOnly); i >= 0 {
		t.Errorf("%s: zh-Hant %q contains the simplified character %q", what, hant, []rune(hant[i:])[0])
	}
	if strings.ContainsAny(hans, simplifiedOnly) && hans == hant {
		t.Errorf("%s: zh-Hant equals zh-Hans %q", what, hans)
	}
	if strings.ContainsFunc(tx[wire.LangEn], func(r rune) bool { return r >= 0x3000 }) {
		t.Errorf("%s: English text %q contains CJK characters", what, tx[wire.LangEn])
	}
}

func TestTowns(t *testing.T) {
	towns := Towns()
	wantNames := []string{"大良街道", "容桂街道", "伦教街道", "勒流街道", "陈村镇", "均安镇", "杏坛镇", "龙江镇", "乐从镇", "北滘镇"}
	if len(towns) != len(wantNames) {
		t.Fatalf("got %d towns, want %d", len(towns), len(wantNames))
	}
	idRE := regexp.MustCompile(`^ST-[A-Z]{2}-\d{3}$`)
	stationIDs := map[string]bool{}
	townIDs := map[string]bool{}
	villages := 0
	for i, tw := range towns {
		if got := tw.Name[wire.LangZhHans]; got != wantNames[i] {
			t.Errorf("town %d: got %q, want %q", i, got, wantNames[i])
		}
		if townIDs[tw.ID] {
			t.Errorf("duplicate town ID %q", tw.ID)
		}
		townIDs[tw.ID] = true
		checkText(t, "town "+tw.ID, tw.Name)

		centres, communities, names := 0, 0, map[string]bool{}
		for _, s := range tw.Stations {
			checkText(t, "station "+s.ID, s.Name)
			if !idRE.MatchString(s.ID) {
				t.Errorf("station ID %q has the wrong form", s.ID)
			}
			if stationIDs[s.ID] {
				t.Errorf("duplicate station ID %q", s.ID)
			}
			stationIDs[s.ID] = true
			if names[s.Name[wire.LangZhHans]] {
				t.Errorf("duplicate station name %q in %s", s.Name[wire.LangZhHans], tw.ID)
			}
			names[s.Name[wire.LangZhHans]] = true
			if s.TownID != tw.ID {
				t.Errorf("station %s: town %q, want %q", s.ID, s.TownID, tw.ID)
			}
			switch s.Kind {
			case wire.StationCentre:
				centres++
				if !strings.HasPrefix(s.Name[wire.LangZhHans], wantNames[i]) || !strings.HasSuffix(s.Name[wire.LangZhHans], "行政服务中心") {
					t.Errorf("centre %s is named %q", s.ID, s.Name[wire.LangZhHans])
				}
			case wire.StationCommunity:
				communities++
				villages++
			case wire.StationVillage:
				villages++
			default:
				t.Errorf("station %s: unknown kind %q", s.ID, s.Kind)
			}
		}
		if centres != 1 {
			t.Errorf("town %s has %d service centres, want 1", tw.ID, centres)
		}
		if tw.Stations[0].Kind == wire.StationCentre {
			t.Errorf("town %s: the first station is the centre; demos expect a village station first", tw.ID)
		}
		stations := len(tw.Stations) - centres
		mostlyCommunities := tw.ID == "DL" || tw.ID == "RG"
		if mostlyCommunities && communities*10 < stations*8 {
			t.Errorf("town %s: %d communities of %d stations, want mostly communities", tw.ID, communities, stations)
		}
		if strings.HasSuffix(wantNames[i], "镇") && communities*2 > stations {
			t.Errorf("town %s: %d communities of %d stations, want mostly villages", tw.ID, communities, stations)
		}
	}
	if villages != 203 {
		t.Errorf("got %d village and community stations, want 203", villages)
	}
}

func TestKnownTranslations(t *testing.T) {
	towns := map[string]wire.Text{}
	for _, tw := range Towns() {
		towns[tw.Name[wire.LangZhHans]] = tw.Name
	}
	for hans, want := range map[string][2]string{
		"龙江镇":  {"龍江鎮", "Longjiang Town"},
		"乐从镇":  {"樂從鎮", "Lecong Town"},
		"陈村镇":  {"陳村鎮", "Chencun Town"},
		"杏坛镇":  {"杏壇鎮", "Xingtan Town"},
		"伦教街道": {"倫教街道", "Lunjiao Subdistrict"},
		"大良街道": {"大良街道", "Daliang Subdistrict"},
	} {
		got := towns[hans]
		if got[wire.LangZhHant] != want[0] || got[wire.LangEn] != want[1] {
			t.Errorf("%s: got %q / %q, want %q / %q", hans, got[wire.LangZhHant], got[wire.LangEn], want[0], want[1])
		}
	}

	items := map[string]wire.Text{}
	for _, it := range Catalog().Items {
		items[it.Name[wire.LangZhHans]] = it.Name
	}
	for hans, hant := range map[string]string{
		"居民身份证补领":     "居民身份證補領",
		"个体工商户变更登记":   "個體工商戶變更登記",
		"食品经营许可核发":    "食品經營許可核發",
		"失业保险金申领":     "失業保險金申領",
		"结婚登记":        "結婚登記",
		"不动产登记资料查询打印": "不動產登記資料查詢打印",
	} {
		got, ok := items[hans]
		if !ok {
			t.Errorf("no item named %q", hans)
			continue
		}
		if got[wire.LangZhHant] != hant {
			t.Errorf("%s: zh-Hant %q, want %q", hans, got[wire.LangZhHant], hant)
		}
	}
	if got := items["个体工商户变更登记"][wire.LangEn]; got != "Sole proprietorship — registration of changes" {
		t.Errorf("English name %q", got)
	}
}

func TestCatalogShape(t *testing.T) {
	c := Catalog()
	if n := len(c.Items); n < 1150 || n > 1250 {
		t.Errorf("got %d items, want 1,150–1,250", n)
	}
	if n := len(c.Departments); n < 20 || n > 26 {
		t.Errorf("got %d departments, want 20–26", n)
	}
	if n := len(c.LifeEvents); n < 12 || n > 16 {
		t.Errorf("got %d life events, want about 14", n)
	}

	depts := map[string]int{}
	for _, d := range c.Departments {
		if _, dup := depts[d.ID]; dup {
			t.Errorf("duplicate department ID %q", d.ID)
		}
		depts[d.ID] = 0
		checkText(t, "department "+d.ID, d.Name)
	}
	events := map[string]int{}
	for _, e := range c.LifeEvents {
		if _, dup := events[e.ID]; dup {
			t.Errorf("duplicate life event ID %q", e.ID)
		}
		events[e.ID] = 0
		checkText(t, "life event "+e.ID, e.Name)
	}

	idRE := regexp.MustCompile(`^SD-([A-Z]+)-\d{4}$`)
	ids := map[string]bool{}
	online := 0
	for _, it := range c.Items {
		if ids[it.ID] {
			t.Errorf("duplicate item ID %q", it.ID)
		}
		ids[it.ID] = true
		m := idRE.FindStringSubmatch(it.ID)
		if m == nil || m[1] != it.DepartmentID {
			t.Errorf("item ID %q does not match department %q", it.ID, it.DepartmentID)
		}
		if _, ok := depts[it.DepartmentID]; !ok {
			t.Errorf("item %s: unknown department %q", it.ID, it.DepartmentID)
		}
		depts[it.DepartmentID]++
		if n := len(it.LifeEventIDs); n < 1 || n > 2 {
			t.Errorf("item %s: %d life events, want 1–2", it.ID, n)
		}
		for _, e := range it.LifeEventIDs {
			if _, ok := events[e]; !ok {
				t.Errorf("item %s: unknown life event %q", it.ID, e)
			}
			events[e]++
		}
		checkItem(t, it)
		if it.Online {
			online++
		}
	}
	for id, n := range depts {
		if n < 20 {
			t.Errorf("department %s has %d items, want at least 20", id, n)
		}
	}
	for id, n := range events {
		if n < 10 {
			t.Errorf("life event %s has %d items, want at least 10", id, n)
		}
	}
	if share := float64(online) / float64(len(c.Items)); share < 0.6 || share > 0.8 {
		t.Errorf("%.0f%% of items are online, want about 70%%", share*100)
	}
}

// checkItem checks the invariants of one item.
func checkItem(t *testing.T, it wire.CatalogItem) {
	t.Helper()
	checkText(t, "item "+it.ID, it.Name)
	checkText(t, "legal basis of "+it.ID, it.LegalBasis)
	if n := len(it.Materials); n < 2 || n > 6 {
		t.Errorf("item %s: %d materials, want 2–6", it.ID, n)
	}
	seen := map[string]bool{}
	for _, m := range it.Materials {
		checkText(t, "material of "+it.ID, m.Name)
		if seen[m.Name[wire.LangZhHans]] {
			t.Errorf("item %s: material %q listed twice", it.ID, m.Name[wire.LangZhHans])
		}
		seen[m.Name[wire.LangZhHans]] = true
		if m.Copies < 0 || (m.Copies == 0 && !m.Original) {
			t.Errorf("item %s: material %q asks for nothing", it.ID, m.Name[wire.LangZhHans])
		}
	}
	if it.FeeFen < 0 {
		t.Errorf("item %s: negative fee", it.ID)
	}
	if it.TimeLimitDays < 1 || it.PromisedDays < 0 || it.PromisedDays > it.TimeLimitDays {
		t.Errorf("item %s: time limit %d, promised %d", it.ID, it.TimeLimitDays, it.PromisedDays)
	}
	if !slices.Contains(it.Delivery, wire.DeliveryStation) {
		t.Errorf("item %s: delivery %v lacks the station", it.ID, it.Delivery)
	}
	if slices.Contains(it.Delivery, wire.DeliveryOnline) != it.Online {
		t.Errorf("item %s: online %v but delivery %v", it.ID, it.Online, it.Delivery)
	}
	for _, d := range it.Delivery {
		if d != wire.DeliveryStation && d != wire.DeliveryPost && d != wire.DeliveryOnline {
			t.Errorf("item %s: unknown delivery %q", it.ID, d)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for name, f := range map[string]func() any{
		"catalog": func() any { return Catalog() },
		"towns":   func() any { return Towns() },
	} {
		a, b := f(), f()
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two calls differ", name)
		}
		ja, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			t.Errorf("%s: JSON encodings differ", name)
		}
	}
}

func TestFreshValues(t *testing.T) {
	c := Catalog()
	c.Items[0].Name[wire.LangZhHans] = "changed"
	c.Items[0].Materials[0].Name[wire.LangEn] = "changed"
	tw := Towns()
	tw[0].Stations[0].Name[wire.LangEn] = "changed"

	if Catalog().Items[0].Name[wire.LangZhHans] == "changed" || Catalog().Items[0].Materials[0].Name[wire.LangEn] == "changed" {
		t.Error("a change to one catalog leaks into the next")
	}
	if Towns()[0].Stations[0].Name[wire.LangEn] == "changed" {
		t.Error("a change to one town list leaks into the next")
	}
}

func TestZhNumber(t *testing.T) {
	for n, want := range map[int]string{
		1: "一", 9: "九", 10: "十", 11: "十一", 20: "二十", 24: "二十四", 99: "九十九",
		100: "一百", 105: "一百零五", 110: "一百一十", 112: "一百一十二", 368: "三百六十八", 1077: "1077",
	} {
		if got := zhNumber(n); got != want {
			t.Errorf("zhNumber(%d) = %q, want %q", n, got, want)
		}
	}
}
