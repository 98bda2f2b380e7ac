package ui

import (
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/hall/demo"
	"github.com/village-kiosk/kiosk/kiosk/jobsearch"
	"github.com/village-kiosk/kiosk/sync/datasets"
)

func TestJobSearchByInitials(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	u.deps.Jobs = sampleJobs{idx: jobsearch.Build(demo.Jobs()), towns: demo.Towns(), info: datasets.DatasetInfo{Present: true, Revision: 1, CheckedAt: f.now}}
	u.render()
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "职位查询")
	if !hasText(w, "例如 pg 找普工") || !hasText(w, "找到 5000 个职位") {
		t.Fatalf("job search: %q", texts(w))
	}
	tapText(t, w, "P")
	tapText(t, w, "G")
	var title string
	for _, s := range texts(w) {
		if strings.HasPrefix(s, "普工") {
			title = s
			break
		}
	}
	if title == "" || !hasText(w, "pg") || hasText(w, "找到 5000 个职位") {
		t.Fatalf("pg did not find 普工: %q", texts(w))
	}
	// The results page on: the second page shows other postings.
	first := texts(w)
	tapText(t, w, "下一页")
	if !hasText(w, "第 2 / ") || strings.Join(texts(w), "|") == strings.Join(first, "|") {
		t.Fatalf("paging: %q", texts(w))
	}
	tapText(t, w, "上一页")
	tapText(t, w, title)
	for _, want := range []string{"月薪", "招聘单位", "工作地点", "联系电话", "0757-"} {
		if !hasText(w, want) {
			t.Errorf("job detail lacks %q: %q", want, texts(w))
		}
	}
	tapText(t, w, "返回")
	tapText(t, w, "删除")
	if !hasText(w, "P") {
		t.Fatal("lost the keyboard")
	}
	u.Wipe()
	if hasText(w, title) {
		t.Error("the search survived the wipe")
	}
}
