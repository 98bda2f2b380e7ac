package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// townIDs returns the IDs of Towns() as a set.
func townIDs() map[string]bool {
	ids := map[string]bool{}
	for _, tw := range Towns() {
		ids[tw.ID] = true
	}
	return ids
}

func TestJobsShape(t *testing.T) {
	j := Jobs()
	if n := len(j.Trades); n < 28 || n > 36 {
		t.Errorf("got %d trades, want about 30", n)
	}
	bands := map[string]trade{}
	for _, tr := range trades {
		bands[tr.id] = tr
	}
	tradeUse := map[string]int{}
	for _, tr := range j.Trades {
		if _, dup := tradeUse[tr.ID]; dup {
			t.Errorf("duplicate trade ID %q", tr.ID)
		}
		tradeUse[tr.ID] = 0
		checkText(t, "trade "+tr.ID, tr.Name)
	}
	if n := len(j.Jobs); n != jobCount {
		t.Fatalf("got %d jobs, want %d", n, jobCount)
	}

	towns := townIDs()
	townNames := map[string]string{}
	for _, tw := range Towns() {
		townNames[tw.ID] = tw.Name[wire.LangZhHans]
	}
	perTown := map[string]int{}
	type firm struct{ town, phone, address string }
	firms := map[string]firm{}
	edu := []string{eduNone, eduJunior, eduSenior, eduCollege, eduBachelor}
	phoneRE := regexp.MustCompile(`^0757-2\d{7}$`)
	oldest := datasetsAsOf.AddDate(0, 0, -60)
	var prev time.Time
	for i, job := range j.Jobs {
		if want := fmt.Sprintf("JOB-%06d", i+1); job.ID != want {
			t.Fatalf("job %d has ID %q, want %q", i, job.ID, want)
		}
		n, ok := tradeUse[job.TradeID]
		if !ok {
			t.Errorf("job %s: unknown trade %q", job.ID, job.TradeID)
		}
		tradeUse[job.TradeID] = n + 1
		if !towns[job.TownID] {
			t.Errorf("job %s: unknown town %q", job.ID, job.TownID)
		}
		perTown[job.TownID]++
		for what, tx := range map[string]wire.Text{"title": job.Title, "employer": job.Employer, "address": job.Address, "description": job.Description} {
			checkText(t, job.ID+" "+what, tx)
		}
		if n := len(job.Benefits); n < 1 || n > 6 {
			t.Errorf("job %s: %d benefits", job.ID, n)
		}
		seen := map[string]bool{}
		for _, b := range job.Benefits {
			checkText(t, job.ID+" benefit", b)
			if seen[b[wire.LangZhHans]] {
				t.Errorf("job %s: benefit %q twice", job.ID, b[wire.LangZhHans])
			}
			seen[b[wire.LangZhHans]] = true
		}
		if seen["包吃住"] && seen["包住宿"] {
			t.Errorf("job %s offers both 包吃住 and 包住宿", job.ID)
		}
		if strings.Contains(job.Title[wire.LangZhHans], "包吃住") && !seen["包吃住"] {
			t.Errorf("job %s: title %q but benefits lack 包吃住", job.ID, job.Title[wire.LangZhHans])
		}

		band := bands[job.TradeID]
		if job.SalaryMin > job.SalaryMax || job.SalaryMin < band.lo || job.SalaryMax > band.hi {
			t.Errorf("job %s (%s): salary %d–%d outside the band %d–%d", job.ID, job.TradeID, job.SalaryMin, job.SalaryMax, band.lo, band.hi)
		}
		if job.SalaryMin < 2500 || job.SalaryMax > 20000 || job.SalaryMin%100 != 0 || job.SalaryMax%100 != 0 {
			t.Errorf("job %s: implausible salary %d–%d", job.ID, job.SalaryMin, job.SalaryMax)
		}
		if job.Openings < 1 || job.Openings > 50 {
			t.Errorf("job %s: %d openings", job.ID, job.Openings)
		}
		if !slices.Contains(edu, job.Education) {
			t.Errorf("job %s: education %q", job.ID, job.Education)
		}
		if job.AgeMax != 0 && (job.AgeMax < 25 || job.AgeMax > 65) {
			t.Errorf("job %s: age limit %d", job.ID, job.AgeMax)
		}
		if !phoneRE.MatchString(job.Contact) {
			t.Errorf("job %s: contact %q is not a Shunde fixed line", job.ID, job.Contact)
		}
		if job.PostedAt.Before(oldest) || !job.PostedAt.Before(datasetsAsOf) {
			t.Errorf("job %s: posted at %v, outside the 60 days before %v", job.ID, job.PostedAt, datasetsAsOf)
		}
		if _, off := job.PostedAt.Zone(); off != 8*60*60 {
			t.Errorf("job %s: posted in zone offset %d", job.ID, off)
		}
		if job.PostedAt.Before(prev) {
			t.Errorf("job %s: posted before the job above it", job.ID)
		}
		prev = job.PostedAt

		f := firm{job.TownID, job.Contact, job.Address[wire.LangZhHans]}
		name := job.Employer[wire.LangZhHans]
		if old, ok := firms[name]; ok && old != f {
			t.Errorf("employer %q appears as %v and as %v", name, old, f)
		}
		firms[name] = f
		if !strings.HasPrefix(name, "佛山市顺德区") && !strings.HasPrefix(name, "顺德区") {
			if !strings.HasPrefix(townNames[job.TownID], string([]rune(name)[:2])) {
				t.Errorf("local employer %q is not named after its town %s", name, job.TownID)
			}
		}
	}
	for id, n := range tradeUse {
		if n < 5 {
			t.Errorf("trade %s has %d postings, want at least 5", id, n)
		}
	}
	for id := range towns {
		if perTown[id] < 150 {
			t.Errorf("town %s has %d postings, want at least 150", id, perTown[id])
		}
	}
	if perTown["BJ"] < perTown["JA"] || perTown["RG"] < perTown["XT"] {
		t.Errorf("the appliance towns should have more postings than the water towns: %v", perTown)
	}
	if len(firms) < 300 {
		t.Errorf("only %d employers", len(firms))
	}
	phones := map[string]string{}
	for name, f := range firms {
		if other, ok := phones[f.phone]; ok {
			t.Errorf("employers %q and %q share the phone %s", name, other, f.phone)
		}
		phones[f.phone] = name
	}
}

// TestJobsTrades checks that trades go to the sectors that hire them:
// furniture painters work in furniture towns' factories, fish-farm
// workers where there are ponds.
func TestJobsTrades(t *testing.T) {
	byTown := map[string]map[string]int{}
	titles := map[string]bool{}
	for _, job := range Jobs().Jobs {
		if byTown[job.TradeID] == nil {
			byTown[job.TradeID] = map[string]int{}
		}
		byTown[job.TradeID][job.TownID]++
		titles[job.Title[wire.LangZhHans]] = true
		if job.TradeID == "furniture-painter" && !strings.Contains(job.Employer[wire.LangZhHans], "家") && !strings.Contains(job.Employer[wire.LangZhHans], "木业") {
			t.Errorf("job %s: a furniture painter at %q", job.ID, job.Employer[wire.LangZhHans])
		}
	}
	if byTown["furniture-painter"]["LC"]+byTown["furniture-painter"]["LG"] < byTown["furniture-painter"]["DL"]*3 {
		t.Errorf("furniture painters by town: %v; want most in Lecong and Longjiang", byTown["furniture-painter"])
	}
	if byTown["fish-farm"]["DL"] != 0 || byTown["fish-farm"]["XT"] == 0 {
		t.Errorf("fish-farm workers by town: %v", byTown["fish-farm"])
	}
	for _, want := range []string{"普工（包吃住）", "电工", "CNC操作工（两班倒）", "家具油漆工", "急招普工"} {
		if !titles[want] {
			t.Errorf("no job titled %q", want)
		}
	}
}

func TestKnowledgeShape(t *testing.T) {
	k := Knowledge()
	if n := len(k.Articles); n < 280 || n > 320 {
		t.Errorf("got %d articles, want about 300", n)
	}
	depts := map[string]int{}
	for _, d := range Catalog().Departments {
		depts[d.ID] = 0
	}
	withHotline := 0
	questions := map[string]bool{}
	for i, a := range k.Articles {
		if want := fmt.Sprintf("KB-%04d", i+1); a.ID != want {
			t.Errorf("article %d has ID %q, want %q", i, a.ID, want)
		}
		n, ok := depts[a.DepartmentID]
		if !ok {
			t.Errorf("article %s: unknown department %q", a.ID, a.DepartmentID)
		}
		depts[a.DepartmentID] = n + 1
		checkText(t, a.ID+" question", a.Question)
		checkText(t, a.ID+" answer", a.Answer)
		q := a.Question[wire.LangZhHans]
		if !strings.HasSuffix(q, "？") || !strings.HasSuffix(a.Question[wire.LangZhHant], "？") || !strings.HasSuffix(a.Question[wire.LangEn], "?") {
			t.Errorf("article %s: %q is not a question", a.ID, a.Question)
		}
		if questions[q] {
			t.Errorf("article %s: question %q asked twice", a.ID, q)
		}
		questions[q] = true
		if s := strings.Count(a.Answer[wire.LangZhHans], "。"); s < 1 || s > 4 {
			t.Errorf("article %s: answer of %d sentences: %q", a.ID, s, a.Answer[wire.LangZhHans])
		}
		if strings.Contains(a.Answer[wire.LangZhHans], hotline) {
			withHotline++
			if !strings.Contains(a.Answer[wire.LangEn], hotline) || !strings.Contains(a.Answer[wire.LangZhHant], hotline) {
				t.Errorf("article %s: the hotline is missing from a translation", a.ID)
			}
		}
		if len(a.Keywords) < 2 {
			t.Errorf("article %s: keywords %v", a.ID, a.Keywords)
		}
		for _, kw := range a.Keywords {
			if kw == "" || !strings.ContainsFunc(kw, func(r rune) bool { return r >= 0x4E00 || (r >= '0' && r <= '9') }) {
				t.Errorf("article %s: keyword %q", a.ID, kw)
			}
		}
		if a.UpdatedAt.After(datasetsAsOf) || a.UpdatedAt.Before(datasetsAsOf.AddDate(-2, 0, 0)) {
			t.Errorf("article %s: updated at %v", a.ID, a.UpdatedAt)
		}
	}
	for id, n := range depts {
		if n < 5 {
			t.Errorf("department %s has %d articles, want at least 5", id, n)
		}
	}
	if withHotline < 40 {
		t.Errorf("only %d articles mention the hotline %s", withHotline, hotline)
	}
	for _, want := range []string{"社保怎么转移？", "灵活就业人员怎么参保？", "新生儿怎么入户？", "居住证怎么办？", "老人高龄津贴怎么申请？"} {
		if !questions[want] {
			t.Errorf("no article asks %q", want)
		}
	}
}

// TestKnowledgeFromCatalog checks that the answers made from catalog items
// agree with the catalog.
func TestKnowledgeFromCatalog(t *testing.T) {
	items := map[string]wire.CatalogItem{}
	for _, it := range Catalog().Items {
		items[it.Name[wire.LangZhHans]] = it
	}
	checked := 0
	for _, a := range Knowledge().Articles {
		q := a.Question[wire.LangZhHans]
		name, ok := strings.CutSuffix(q, "多久能办好？")
		if !ok {
			continue
		}
		it, ok := items[name]
		if !ok {
			continue
		}
		checked++
		if it.PromisedDays > 0 && !strings.Contains(a.Answer[wire.LangZhHans], fmt.Sprintf("承诺%d个工作日", it.PromisedDays)) {
			t.Errorf("article %s: %q does not match item %s (promised %d days)", a.ID, a.Answer[wire.LangZhHans], it.ID, it.PromisedDays)
		}
	}
	if checked < 30 {
		t.Errorf("only %d time-limit questions about catalog items", checked)
	}
}

func TestAnnouncementsShape(t *testing.T) {
	an := Announcements()
	if n := len(an.Items); n < 10 || n > 16 {
		t.Errorf("got %d announcements, want about 12", n)
	}
	towns := townIDs()
	ids := map[string]bool{}
	everywhere, local, running := 0, 0, 0
	for _, it := range an.Items {
		if ids[it.ID] {
			t.Errorf("duplicate announcement ID %q", it.ID)
		}
		ids[it.ID] = true
		checkText(t, it.ID+" title", it.Title)
		checkText(t, it.ID+" body", it.Body)
		if !it.From.Before(it.Until) {
			t.Errorf("%s: from %v is not before until %v", it.ID, it.From, it.Until)
		}
		if it.Until.Before(datasetsAsOf.AddDate(0, 0, -30)) || it.From.After(datasetsAsOf.AddDate(0, 2, 0)) {
			t.Errorf("%s: %v–%v is far from %v", it.ID, it.From, it.Until, datasetsAsOf)
		}
		if !it.From.After(datasetsAsOf) && it.Until.After(datasetsAsOf) {
			running++
		}
		if len(it.TownIDs) == 0 {
			everywhere++
		} else {
			local++
		}
		seen := map[string]bool{}
		for _, id := range it.TownIDs {
			if !towns[id] || seen[id] {
				t.Errorf("%s: bad or repeated town %q", it.ID, id)
			}
			seen[id] = true
		}
	}
	if everywhere < 3 || local < 3 || running < 8 {
		t.Errorf("%d for every station, %d for some towns, %d running on %v", everywhere, local, running, datasetsAsOf)
	}
}

func TestHospitalsShape(t *testing.T) {
	hs := Hospitals().Hospitals
	if n := len(hs); n < 12 || n > 16 {
		t.Errorf("got %d hospitals, want about 14", n)
	}
	towns := townIDs()
	covered := map[string]bool{}
	idRE := regexp.MustCompile(`^HOSP-\d{2}$`)
	sessionRE := regexp.MustCompile(`^(\d{2}):(\d{2})-(\d{2}):(\d{2})$`)
	ids := map[string]bool{}
	for _, h := range hs {
		if !idRE.MatchString(h.ID) || ids[h.ID] {
			t.Errorf("bad or repeated hospital ID %q", h.ID)
		}
		ids[h.ID] = true
		checkText(t, h.ID, h.Name)
		checkText(t, h.ID+" address", h.Address)
		if !towns[h.TownID] {
			t.Errorf("%s: unknown town %q", h.ID, h.TownID)
		}
		covered[h.TownID] = true
		if h.Level != level3A && h.Level != level2A && h.Level != levelCommunity {
			t.Errorf("%s: level %q", h.ID, h.Level)
		}
		if n := len(h.Departments); n < 6 || n > 15 {
			t.Errorf("%s: %d departments, want 6–15", h.ID, n)
		}
		var ordinary int64
		for _, d := range h.Departments {
			if !strings.HasPrefix(d.ID, h.ID+"-") || ids[d.ID] {
				t.Errorf("%s: bad or repeated department ID %q", h.ID, d.ID)
			}
			ids[d.ID] = true
			checkText(t, d.ID, d.Name)
			expert := strings.HasSuffix(d.Name[wire.LangZhHans], "专家门诊")
			if d.FeeFen < 500 || d.FeeFen > 10000 {
				t.Errorf("%s: fee %d fen", d.ID, d.FeeFen)
			}
			if !expert {
				ordinary = d.FeeFen
			} else if d.FeeFen <= ordinary {
				t.Errorf("%s: an expert clinic at %d fen, not above the ordinary %d", d.ID, d.FeeFen, ordinary)
			}
			if len(d.Weekdays) == 0 || !slices.IsSorted(d.Weekdays) || len(slices.Compact(slices.Clone(d.Weekdays))) != len(d.Weekdays) || d.Weekdays[0] < 0 || d.Weekdays[len(d.Weekdays)-1] > 6 {
				t.Errorf("%s: weekdays %v", d.ID, d.Weekdays)
			}
			if len(d.Sessions) == 0 {
				t.Errorf("%s: no sessions", d.ID)
			}
			for _, s := range d.Sessions {
				m := sessionRE.FindStringSubmatch(s)
				if m == nil || m[1]+m[2] >= m[3]+m[4] {
					t.Errorf("%s: session %q", d.ID, s)
				}
			}
		}
	}
	for id := range towns {
		if !covered[id] {
			t.Errorf("no hospital in town %s", id)
		}
	}
}

func TestDatasetTranslations(t *testing.T) {
	j := Jobs()
	trade := map[string]wire.Text{}
	for _, tr := range j.Trades {
		trade[tr.Name[wire.LangZhHans]] = tr.Name
	}
	for hans, want := range map[string][2]string{
		"电工":    {"電工", "Electrician"},
		"美容美发":  {"美容美髮", "Beauty and hairdressing"},
		"水产养殖工": {"水產養殖工", "Fish farm worker"},
		"叉车司机":  {"叉車司機", "Forklift driver"},
	} {
		if got := trade[hans]; got[wire.LangZhHant] != want[0] || got[wire.LangEn] != want[1] {
			t.Errorf("trade %s: got %q / %q, want %q / %q", hans, got[wire.LangZhHant], got[wire.LangEn], want[0], want[1])
		}
	}
	for _, job := range j.Jobs {
		if strings.HasSuffix(job.Employer[wire.LangZhHans], "家具厂") && !strings.HasSuffix(job.Employer[wire.LangZhHant], "家具廠") {
			t.Errorf("employer %q in Traditional: %q", job.Employer[wire.LangZhHans], job.Employer[wire.LangZhHant])
		}
		for _, b := range job.Benefits {
			if b[wire.LangZhHans] == "五险一金" && b[wire.LangZhHant] != "五險一金" {
				t.Errorf("五险一金 in Traditional: %q", b[wire.LangZhHant])
			}
		}
		if job.Title[wire.LangZhHans] == "普工（包吃住）" && job.Title[wire.LangEn] != "General worker (meals and housing)" {
			t.Errorf("普工（包吃住） in English: %q", job.Title[wire.LangEn])
		}
	}
	hospitals := map[string]wire.Text{}
	for _, h := range Hospitals().Hospitals {
		hospitals[h.Name[wire.LangZhHans]] = h.Name
	}
	if got := hospitals["顺德区中医院"][wire.LangZhHant]; got != "順德區中醫院" {
		t.Errorf("顺德区中医院 in Traditional: %q", got)
	}
	questions := map[string]string{}
	for _, a := range Knowledge().Articles {
		questions[a.Question[wire.LangZhHans]] = a.Question[wire.LangZhHant]
	}
	for hans, hant := range map[string]string{
		"社保怎么转移？":       "社保怎麼轉移？",
		"新生儿怎么入户？":      "新生兒怎麼入戶？",
		"老人高龄津贴怎么申请？":   "老人高齡津貼怎麼申請？",
		"个人所得税年度汇算怎么办？": "個人所得稅年度彙算怎麼辦？",
	} {
		if got := questions[hans]; got != hant {
			t.Errorf("question %s in Traditional: %q, want %q", hans, got, hant)
		}
	}
	if got := Announcements().Items[1].Title[wire.LangZhHant]; got != "養老金領取資格認證提醒" {
		t.Errorf("announcement in Traditional: %q", got)
	}
}

func TestDatasetsDeterministic(t *testing.T) {
	for name, f := range map[string]func() any{
		"jobs":          func() any { return Jobs() },
		"knowledge":     func() any { return Knowledge() },
		"announcements": func() any { return Announcements() },
		"hospitals":     func() any { return Hospitals() },
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
		if name == "jobs" && len(ja) > 6<<20 {
			t.Errorf("jobs: %d bytes of JSON, want at most 6 MiB", len(ja))
		}
	}
}

func TestDatasetsFresh(t *testing.T) {
	j := Jobs()
	j.Jobs[0].Benefits[0][wire.LangEn] = "changed"
	j.Trades[0].Name[wire.LangEn] = "changed"
	k := Knowledge()
	k.Articles[0].Keywords[0] = "changed"
	a := Announcements()
	a.Items[len(a.Items)-1].TownIDs[0] = "changed"
	h := Hospitals()
	h.Hospitals[0].Departments[0].Weekdays[0] = 9

	if Jobs().Jobs[0].Benefits[0][wire.LangEn] == "changed" || Jobs().Trades[0].Name[wire.LangEn] == "changed" {
		t.Error("a change to one jobs dataset leaks into the next")
	}
	if Knowledge().Articles[0].Keywords[0] == "changed" {
		t.Error("a change to one knowledge base leaks into the next")
	}
	if it := Announcements().Items; it[len(it)-1].TownIDs[0] == "changed" {
		t.Error("a change to one announcement list leaks into the next")
	}
	if Hospitals().Hospitals[0].Departments[0].Weekdays[0] == 9 {
		t.Error("a change to one hospital list leaks into the next")
	}
}
