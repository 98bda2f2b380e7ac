package ui

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/village-kiosk/kiosk/kiosk/config"
	"github.com/village-kiosk/kiosk/kiosk/session"
	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/hallclient"
)

func TestBrowseApprovalsAndBack(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	if u.Phase() != session.Attract || !hasText(w, "请触摸屏幕开始") {
		t.Fatalf("not on the attract screen: %q", texts(w))
	}
	tapText(t, w, "请触摸屏幕开始")
	if u.Phase() != session.Active || !hasText(w, "请选择您要办理的服务") {
		t.Fatalf("touch did not open home: %q", texts(w))
	}
	if !hasText(w, "18 项事项的办事指南") {
		t.Errorf("home tile lacks the item count: %q", texts(w))
	}
	tapText(t, w, "行政审批")
	if !hasText(w, "按部门查找") || !hasText(w, "区民政局") {
		t.Fatalf("approvals screen: %q", texts(w))
	}
	tapText(t, w, "区民政局")
	if !hasText(w, "区民政局 · 1 项") || !hasText(w, "结婚登记") {
		t.Fatalf("department screen: %q", texts(w))
	}
	tapText(t, w, "结婚登记")
	for _, want := range []string{"结婚登记", "办理部门", "区民政局", "即来即办", "不收费", "需到窗口办理", "服务站自取", "1. 居民身份证（原件）", "3. 近期半身免冠合影照片（复印件 2 份）", "《婚姻登记条例》第五条", "SD-MZ-0001"} {
		if !hasText(w, want) {
			t.Errorf("item screen lacks %q", want)
		}
	}
	tapText(t, w, "返回")
	if !hasText(w, "区民政局 · 1 项") {
		t.Fatalf("back did not return to the department: %q", texts(w))
	}
	tapText(t, w, "返回")
	if !hasText(w, "按部门查找") {
		t.Fatalf("back did not return to approvals")
	}
	tapText(t, w, "首页")
	if !hasText(w, "请选择您要办理的服务") {
		t.Fatalf("home did not return home")
	}
	if button(t, w, "返回").Disabled() == false {
		t.Error("back is enabled on the home screen")
	}
}

func TestBrowseByLifeEventAndPaging(t *testing.T) {
	f := newFake()
	_, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "行政审批")
	tapText(t, w, "按人生事件查找")
	if !hasText(w, "开办企业") || !hasText(w, "婚姻家庭") || hasText(w, "区民政局") {
		t.Fatalf("life events: %q", texts(w))
	}
	tapText(t, w, "开办企业")
	if !button(t, w, "上一页").Disabled() {
		t.Error("▲ enabled on the first page")
	}
	// Page through all 17 items with ▼: each page shows new ones, in order.
	seen := walkPages(t, w, "个体工商户登记")
	if len(seen) != 17 || seen[0] != 1 || seen[16] != 17 {
		t.Fatalf("paging showed items %v", seen)
	}
	if !button(t, w, "下一页").Disabled() {
		t.Error("▼ enabled on the last page")
	}
	for !button(t, w, "上一页").Disabled() {
		tapText(t, w, "上一页")
	}
	if first := visibleNumbers(w, "个体工商户登记"); first[0] != 1 {
		t.Fatalf("▲ did not go back to the first page: %v", first)
	}
	tapText(t, w, "下一页")
	page2 := visibleNumbers(w, "个体工商户登记")
	// The page survives a visit to an item and back.
	tapText(t, w, fmt.Sprintf("个体工商户登记%d号", page2[0]))
	if !hasText(w, "10.00 元") || !hasText(w, "邮寄送达") {
		t.Errorf("item with fee: %q", texts(w))
	}
	tapText(t, w, "返回")
	if !hasText(w, "第 2 / ") {
		t.Errorf("page lost after back: %q", texts(w))
	}
}

// visibleNumbers returns the numbers of the rows "<prefix>N号" on screen.
func visibleNumbers(w fyne.Window, prefix string) []int {
	var out []int
	for _, s := range texts(w) {
		var n int
		if _, err := fmt.Sscanf(strings.TrimPrefix(s, prefix), "%d号", &n); err == nil && strings.HasPrefix(s, prefix) {
			out = append(out, n)
		}
	}
	return out
}

// walkPages taps ▼ until the last page and returns every row seen, in order.
func walkPages(t *testing.T, w fyne.Window, prefix string) []int {
	t.Helper()
	var seen []int
	for range 50 {
		page := visibleNumbers(w, prefix)
		if len(page) == 0 {
			t.Fatalf("empty page: %q", texts(w))
		}
		if len(seen) > 0 && page[0] != seen[len(seen)-1]+1 {
			t.Fatalf("page starts at %d after %v", page[0], seen)
		}
		seen = append(seen, page...)
		if button(t, w, "下一页").Disabled() {
			return seen
		}
		tapText(t, w, "下一页")
	}
	t.Fatal("more than 50 pages")
	return nil
}

var han = regexp.MustCompile(`\p{Han}`)

// TestLanguageSwitchChangesEveryString walks every screen in English and
// checks that nothing Chinese is left but the station's own name and the
// names of the other languages on the switch.
func TestLanguageSwitchChangesEveryString(t *testing.T) {
	f := newFake()
	cfg := testConfig()
	cfg.Staff.PINHash = mustHash(t, "2468")
	u, w := newTestUI(t, landscape, cfg, f)
	allowed := map[string]bool{cfg.Station.Name: true, "简体中文": true, "繁體中文": true}
	check := func(screen string) {
		t.Helper()
		for _, s := range texts(w) {
			if han.MatchString(strings.ReplaceAll(s, cfg.Station.Name, "")) && !allowed[s] {
				t.Errorf("%s: Chinese text left in English: %q", screen, s)
			}
		}
	}
	tapText(t, w, "English")
	if u.Lang() != "en" {
		t.Fatal("attract language switch")
	}
	check("attract")
	tapText(t, w, "Touch the screen")
	check("home")
	tapText(t, w, "Approval services")
	check("approvals")
	tapText(t, w, "By life event")
	check("life events")
	tapText(t, w, "Marriage and family")
	check("group")
	tapText(t, w, "Marriage registration")
	check("item")
	tapText(t, w, "Staff")
	check("staff PIN")
	for _, d := range "2468" {
		tapText(t, w, string(d))
	}
	tapText(t, w, "OK")
	check("staff")
	u.Tick() // keep the bars live in English too
	f.now = f.now.Add(61 * time.Second)
	u.Tick()
	check("idle warning")

	// Switching back gives Chinese again, and Traditional is Traditional.
	tapText(t, w, "Continue")
	tapText(t, w, "繁體中文")
	if !hasText(w, "首頁") || !hasText(w, "工作人員管理") {
		t.Errorf("traditional: %q", texts(w))
	}
	tapText(t, w, "简体中文")
	if !hasText(w, "首页") || !hasText(w, "工作人员管理") {
		t.Errorf("simplified: %q", texts(w))
	}
}

func mustHash(t *testing.T, pin string) string {
	h, err := config.HashPIN(pin)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func textSize(w fyne.Window, s string) float32 {
	for _, o := range test.LaidOutObjects(w.Canvas().Content()) {
		if t, ok := o.(*canvas.Text); ok && strings.Contains(t.Text, s) {
			return t.TextSize
		}
	}
	return 0
}

func TestElderModeAndTouchTargets(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "行政审批")
	normal := textSize(w, "区民政局")
	if normal < 28 {
		t.Errorf("body text %v px, want ≥ 28", normal)
	}
	for _, b := range buttons(w) {
		if h := b.Size().Height; h < 88 {
			t.Errorf("button %q is %v px high, want ≥ 88", b.Text, h)
		}
	}
	tapText(t, w, "长辈模式")
	if !u.Elder() || !hasText(w, "标准模式") || !hasText(w, "按部门查找") {
		t.Fatalf("elder mode did not switch or lost the screen: %q", texts(w))
	}
	if big := textSize(w, "区民政局"); big < normal*1.25 {
		t.Errorf("elder text %v px vs normal %v", big, normal)
	}
	if fyne.CurrentApp().Settings().Theme().Size(theme.SizeNameTarget) < 110 {
		t.Error("elder touch targets not larger")
	}
	// Elder mode is a per-person choice: it ends with the session.
	u.Wipe()
	if u.Elder() {
		t.Error("elder mode survived the wipe")
	}
}

// TestIdleCountdownAndWipe leaves a person's trail on screen, lets the
// terminal go idle and checks that nothing of it remains.
func TestIdleCountdownAndWipe(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "English")
	tapText(t, w, "Approval services")
	tapText(t, w, "Civil Affairs Bureau")
	tapText(t, w, "Marriage registration")
	trail := []string{"Marriage registration", "Civil Affairs Bureau", "Resident ID card", "SD-MZ-0001"}

	f.now = f.now.Add(59 * time.Second)
	u.Tick()
	if hasText(w, "Are you still there?") {
		t.Fatal("warned before the idle time")
	}
	f.now = f.now.Add(time.Second)
	u.Tick()
	if !hasText(w, "Are you still there?") || !hasText(w, "In 20 seconds") {
		t.Fatalf("no idle warning: %q", texts(w))
	}
	f.now = f.now.Add(5 * time.Second)
	u.Tick()
	if !hasText(w, "In 15 seconds") {
		t.Errorf("countdown did not move: %q", texts(w))
	}
	// "Continue" keeps everything.
	tapText(t, w, "Continue")
	if hasText(w, "Are you still there?") || !hasText(w, "Marriage registration") || u.Phase() != session.Active {
		t.Fatalf("continue lost the session: %q", texts(w))
	}

	f.now = f.now.Add(60 * time.Second)
	u.Tick()
	f.now = f.now.Add(20 * time.Second)
	u.Tick()
	if u.Phase() != session.Attract {
		t.Fatalf("session not ended: %v", u.Phase())
	}
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Error("the warning is still on screen")
	}
	for _, s := range texts(w) {
		for _, tr := range trail {
			if strings.Contains(s, tr) {
				t.Errorf("after the wipe the screen still shows %q", s)
			}
		}
	}
	if u.Lang() != "zh-Hans" || !hasText(w, "请触摸屏幕开始") {
		t.Errorf("not back to the attract screen in the default language: %q", texts(w))
	}
	// The next person starts at home, not where the last one left.
	tapText(t, w, "请触摸屏幕开始")
	if !hasText(w, "请选择您要办理的服务") || !button(t, w, "返回").Disabled() {
		t.Errorf("next session did not start fresh: %q", texts(w))
	}
}

func TestFinishNowFromWarning(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	f.now = f.now.Add(time.Minute)
	u.Tick()
	tapText(t, w, "结束办理")
	if u.Phase() != session.Attract || !hasText(w, "请触摸屏幕开始") {
		t.Fatalf("finish did not end the session: %q", texts(w))
	}
}

func TestStatusBarOfflineAndDataAge(t *testing.T) {
	f := newFake()
	f.devices = []Device{{NameKey: "staff.devices", State: DeviceDown}, {NameKey: "printer.name", State: DeviceDown, DetailKey: "printer.paper_out"}}
	f.status = datasets.Status{Network: datasets.NetworkOffline, LastError: hallclient.ErrUnreachable}
	f.info.CheckedAt = f.now.Add(-3 * time.Hour)
	_, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	for _, want := range []string{"大良金榜社区服务站", "网络断开", "数据 3 小时前更新", "热线 22838180", "11月25日 星期三 09:30", "× 外设 故障", "× 打印机缺纸"} {
		if !hasText(w, want) {
			t.Errorf("status bar lacks %q: %q", want, texts(w))
		}
	}
	tapText(t, w, "行政审批")
	if !hasText(w, "网络暂时断开，显示的是本机保存的数据") || !hasText(w, "数据截至 2026-11-25 06:30") {
		t.Errorf("offline note missing: %q", texts(w))
	}
	// The clock in the bar moves with Tick.
	f.now = f.now.Add(2 * time.Minute)
	f.status.Network = datasets.NetworkOnline
	tapText(t, w, "区民政局") // a touch keeps the session alive
	if !hasText(w, "09:32") || !hasText(w, "网络正常") {
		t.Errorf("bar not refreshed: %q", texts(w))
	}
}

func TestNoCatalogYet(t *testing.T) {
	f := newFake()
	f.info = datasets.CatalogInfo{}
	f.catalog.Items = nil
	_, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	if !hasText(w, "暂无数据") {
		t.Errorf("home: %q", texts(w))
	}
	tapText(t, w, "行政审批")
	if !hasText(w, "暂无事项数据") || !hasText(w, "22838180") {
		t.Errorf("approvals without data: %q", texts(w))
	}
}

func TestStaffWithoutPINCannotLeave(t *testing.T) {
	f := newFake()
	_, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "工作人员")
	if !hasText(w, "未设置工作人员密码") {
		t.Fatalf("no-PIN message missing: %q", texts(w))
	}
	for _, b := range buttons(w) {
		if strings.Contains(b.Text, "退出") {
			t.Error("an exit button is offered without a PIN")
		}
	}
}

func TestStaffPINLockoutSyncAndExit(t *testing.T) {
	f := newFake()
	f.hasClock = true
	cfg := testConfig()
	cfg.Staff.PINHash = mustHash(t, "135790")
	cfg.Staff.MaxAttempts = 2
	u, w := newTestUI(t, landscape, cfg, f)
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "工作人员")
	enter := func(pin string) {
		for _, d := range pin {
			tapText(t, w, string(d))
		}
		tapText(t, w, "确定")
	}
	enter("1111")
	if !hasText(w, "密码错误，还可尝试 1 次") {
		t.Fatalf("wrong PIN: %q", texts(w))
	}
	enter("2222")
	if !hasText(w, "尝试次数过多") {
		t.Fatalf("no lockout: %q", texts(w))
	}
	// During the lockout even the right PIN cannot be typed.
	f.now = f.now.Add(4 * time.Minute)
	tapText(t, w, "首页")
	tapText(t, w, "工作人员")
	if !hasText(w, "尝试次数过多") {
		t.Fatalf("lockout lifted early: %q", texts(w))
	}
	f.now = f.now.Add(2 * time.Minute)
	tapText(t, w, "首页")
	tapText(t, w, "工作人员")
	enter("135790")
	for _, want := range []string{"工作人员管理", "ST-DL-001", "T-1", "版本 3，18 项", "与服务大厅相差 3s", "未接外设"} {
		if !hasText(w, want) {
			t.Errorf("staff screen lacks %q: %q", want, texts(w))
		}
	}
	tapText(t, w, "立即同步")
	if f.syncs != 1 || !hasText(w, "同步完成") {
		t.Errorf("sync now: %d %q", f.syncs, texts(w))
	}
	f.syncErr = hallclient.ErrUnreachable
	tapText(t, w, "立即同步")
	if !hasText(w, "同步失败：无法连接服务大厅") {
		t.Errorf("sync failure not explained: %q", texts(w))
	}
	f.syncErr = errors.New("x")
	tapText(t, w, "退出终端程序")
	if f.quits != 1 {
		t.Error("exit did not quit")
	}
	// Back leaves the staff area without going through the PIN screen.
	tapText(t, w, "返回")
	if hasText(w, "请输入工作人员密码") {
		t.Error("back returned to the PIN screen")
	}
	// A wipe signs staff out.
	u.Wipe()
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "工作人员")
	if !hasText(w, "请输入工作人员密码") {
		t.Error("staff still signed in after the wipe")
	}
}

func TestPortraitLayout(t *testing.T) {
	f := newFake()
	_, w := newTestUI(t, portrait, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "行政审批")
	tapText(t, w, "按人生事件查找")
	tapText(t, w, "开办企业")
	// Portrait has room for more rows than landscape.
	if n := len(visibleNumbers(w, "个体工商户登记")); n < 10 {
		t.Errorf("portrait shows only %d rows: %q", n, texts(w))
	}
	tapText(t, w, "个体工商户登记3号")
	if !hasText(w, "申请材料") {
		t.Errorf("portrait item: %q", texts(w))
	}
}

func TestTurningTheScreenRebuilds(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "行政审批")
	w.Resize(portrait)
	if u.landscape {
		t.Fatal("still laid out for landscape")
	}
	if !hasText(w, "按部门查找") {
		t.Errorf("screen lost on rotation: %q", texts(w))
	}
}

func TestLifeEventShortcutFromHome(t *testing.T) {
	f := newFake()
	_, w := newTestUI(t, landscape, testConfig(), f)
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "开办企业")
	if !hasText(w, "开办企业 · 17 项") {
		t.Fatalf("shortcut: %q", texts(w))
	}
	tapText(t, w, "返回")
	if !hasText(w, "按人生事件查找") || !hasText(w, "开办企业") {
		t.Fatalf("back from a shortcut goes to the life events: %q", texts(w))
	}
}
