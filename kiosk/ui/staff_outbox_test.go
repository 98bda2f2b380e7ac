package ui

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/outbox"
	"github.com/village-kiosk/kiosk/sync/store"
	"github.com/village-kiosk/kiosk/sync/wire"
)

func TestStaffRetriesAndDiscardsRecords(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "kiosk.db"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ob := outbox.New(st, outbox.Options{Logger: quiet})
	a, _ := ob.Enqueue("application", map[string]int{"n": 1}, false, outbox.Summary{Title: "结婚登记", MaskedID: "4406**********1234"})
	b, _ := ob.Enqueue("ticket", map[string]int{"n": 2}, false, outbox.Summary{Title: "路灯"})
	ob.Enqueue("rating", map[string]int{"n": 3}, false, outbox.Summary{})
	ob.Settle([]wire.OutboxResult{
		{Key: a.Key, Outcome: wire.OutcomeRejected, Reason: "unknown item"},
		{Key: b.Key, Outcome: wire.OutcomeRejected, Reason: "text too long"},
	})

	f := newFake()
	cfg := testConfig()
	cfg.Staff.PINHash = mustHash(t, "2468")
	u, w := newTestUI(t, landscape, cfg, f)
	u.deps.Outbox = ob
	u.deps.Enrolment = func() (bool, error) { return true, nil }
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "工作人员")
	for _, d := range "2468" {
		tapText(t, w, string(d))
	}
	tapText(t, w, "确定")
	if !hasText(w, "1 条等待上传，2 条需要处理") || !hasText(w, "已注册") {
		t.Fatalf("staff panel: %q", texts(w))
	}
	tapText(t, w, "处理待办记录")
	if !hasText(w, "审批申请") || !hasText(w, "结婚登记 4406**********1234") || !hasText(w, "unknown item") || !hasText(w, "咨询投诉") {
		t.Fatalf("outbox screen: %q", texts(w))
	}
	// Retry the first; discard the second with a reason.
	retry := buttons(w)
	for _, btn := range retry {
		if btn.Text == "重新上传" {
			tapButton(btn)
			break
		}
	}
	if !hasText(w, "已重新排队上传") || hasText(w, "unknown item") {
		t.Fatalf("after retry: %q", texts(w))
	}
	tapText(t, w, "放弃")
	tapText(t, w, "居民撤回")
	if !hasText(w, "已放弃，原因已记录") || !hasText(w, "没有需要处理的记录") {
		t.Fatalf("after discard: %q", texts(w))
	}
	audit, _ := ob.Audit()
	if len(audit) != 2 || audit[1].Action != "discard" || audit[1].Reason != "居民撤回" || audit[1].Staff != "staff@T-1" {
		t.Errorf("audit: %+v", audit)
	}
	if s, _ := ob.Stats(); s.Pending != 2 || s.Attention != 0 {
		t.Errorf("stats: %+v", s)
	}
}
