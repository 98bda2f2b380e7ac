package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	fynetheme "fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// homeScreen offers a tile for each service that is built.
func (u *UI) homeScreen() fyne.CanvasObject {
	cat, info := u.catalog()
	desc := u.t("service.approvals.empty")
	if info.Present {
		desc = u.t("service.approvals.desc", "Count", len(cat.Items))
	}
	type service struct {
		title, desc string
		open        func()
	}
	services := []service{{u.t("service.approvals"), desc, func() {
		u.count("service.approvals")
		u.push(view{kind: viewApprovals, mode: byDepartment})
	}}}
	p, signedIn := u.Person()
	if !signedIn {
		services = append(services, service{u.t("home.signin"), u.t("home.signin_desc"), u.askForCard})
	}
	if u.deps.Jobs != nil {
		if idx, _ := u.deps.Jobs.Index(); idx != nil {
			services = append(services, service{u.t("service.jobs"), u.t("service.jobs.desc", "Count", idx.Len()), func() {
				u.jobs = jobState{}
				u.count("service.jobs")
				u.push(view{kind: viewJobs})
			}})
		}
	}
	if u.deps.Payments != nil {
		services = append(services,
			service{u.t("service.pay"), u.t("service.pay.desc"), func() { u.pay = payState{}; u.push(view{kind: viewPayNotice}) }},
			service{u.t("service.bank"), u.t("service.bank.desc"), func() { u.pay = payState{}; u.push(view{kind: viewBank}) }})
	}
	n := len(services)
	if signedIn {
		n++ // the greeting takes the sign-in tile's place
	}
	cols := min(n, 4)
	if n == 5 {
		cols = 3 // 3 + 2 rather than 4 + 1
	}
	if !u.landscape {
		cols = 2
	}
	gap := u.size(fynetheme.SizeNamePadding)
	tileSize := fyne.NewSize((u.bodySize.Width-float32(cols-1)*gap)/float32(cols)-gap, 200)
	brief := u.elder && n >= 5 // five big tiles: names only
	var cells []fyne.CanvasObject
	for _, sv := range services {
		d := sv.desc
		if brief {
			d = ""
		}
		cells = append(cells, u.tile(sv.title, d, tileSize, sv.open))
	}
	if signedIn {
		w := u.heading(u.t("home.signed_in", "Name", p.MaskedName, "Number", p.MaskedNumber), theme.SizeNameBarText)
		w.Alignment = fyne.TextAlignCenter
		w.Importance = widget.SuccessImportance
		cells = append(cells[:1], append([]fyne.CanvasObject{w}, cells[1:]...)...)
	}
	greet := u.heading(u.t("home.greeting"), theme.SizeNameTitle)
	greet.Alignment = fyne.TextAlignCenter
	body := container.NewVBox(greet, spacer(u.size(theme.SizeNameTarget)/2), container.NewGridWithColumns(cols, cells...))
	if info.Present {
		// The life-event shortcuts come when there is room for them; the
		// life events stay one tap away under 行政审批 either way.
		short := container.NewVBox(u.lifeEventShortcuts(cat)...)
		if body.MinSize().Height+short.MinSize().Height <= 0.9*u.bodySize.Height {
			body.Add(short)
		}
	}
	return body
}

// lifeEventShortcuts offers the life events with the most items straight
// from the home screen: most visits start from what is happening in a
// person's life, not from which department handles it.
func (u *UI) lifeEventShortcuts(cat wire.Catalog) []fyne.CanvasObject {
	gs := u.groups(cat, byLifeEvent)
	slices.SortStableFunc(gs, func(a, b group) int { return len(b.items) - len(a.items) })
	cols, n := 4, 8
	switch {
	case u.landscape && u.elder:
		cols, n = 3, 3
	case !u.landscape && u.elder:
		cols, n = 2, 2
	case !u.landscape:
		cols, n = 3, 9
	}
	gs = gs[:min(n, len(gs))]
	var cells []fyne.CanvasObject
	for _, g := range gs {
		cells = append(cells, u.row(g.name, "", func() {
			u.stack = append(u.stack, view{kind: viewApprovals, mode: byLifeEvent})
			u.push(view{kind: viewGroup, mode: byLifeEvent, group: g.id})
		}))
	}
	head := u.heading(u.t("home.life_events"), theme.SizeNameBarText)
	head.Alignment = fyne.TextAlignCenter
	return []fyne.CanvasObject{spacer(u.size(theme.SizeNameTarget) / 3), head, container.NewGridWithColumns(cols, cells...)}
}

func (u *UI) catalog() (wire.Catalog, datasets.CatalogInfo) {
	if u.deps.Catalog == nil {
		return wire.Catalog{}, datasets.CatalogInfo{}
	}
	return u.deps.Catalog()
}

// title is a screen's heading with the data-age note under it when the
// terminal is offline.
func (u *UI) title(s string, info datasets.CatalogInfo) fyne.CanvasObject {
	h := u.heading(s, theme.SizeNameTitle)
	objs := []fyne.CanvasObject{h}
	if info.Present {
		note := u.t("approvals.as_of", "Time", info.CheckedAt.In(u.deps.Now().Location()).Format("2006-01-02 15:04"))
		if u.deps.SyncStatus != nil && u.deps.SyncStatus().Network == datasets.NetworkOffline {
			note = u.t("approvals.offline_note") + " · " + note
		}
		l := widget.NewLabel(note)
		l.Importance = widget.WarningImportance
		objs = append(objs, l)
	}
	return container.NewVBox(objs...)
}

// group is a department or a life event with its items.
type group struct {
	id    string
	name  string
	items []wire.CatalogItem
}

func (u *UI) groups(cat wire.Catalog, mode string) []group {
	var gs []group
	idx := map[string]int{}
	add := func(id string, name wire.Text) {
		idx[id] = len(gs)
		gs = append(gs, group{id: id, name: name.In(u.lang)})
	}
	if mode == byLifeEvent {
		for _, e := range cat.LifeEvents {
			add(e.ID, e.Name)
		}
	} else {
		for _, d := range cat.Departments {
			add(d.ID, d.Name)
		}
	}
	for _, it := range cat.Items {
		ids := []string{it.DepartmentID}
		if mode == byLifeEvent {
			ids = it.LifeEventIDs
		}
		for _, id := range ids {
			if i, ok := idx[id]; ok {
				gs[i].items = append(gs[i].items, it)
			}
		}
	}
	return slices.DeleteFunc(gs, func(g group) bool { return len(g.items) == 0 })
}

// approvalsScreen lists departments or life events, a page at a time.
func (u *UI) approvalsScreen(v *view) fyne.CanvasObject {
	cat, info := u.catalog()
	if !info.Present {
		msg := u.label(u.t("approvals.empty", "Hotline", u.cfg.Station.Hotline))
		return container.NewVBox(u.title(u.t("approvals.title"), info), msg)
	}
	modeButton := func(mode, key string) fyne.CanvasObject {
		imp := widget.MediumImportance
		if v.mode == mode {
			imp = widget.HighImportance
		}
		return u.bigButton(u.t(key), imp, func() {
			v.mode, v.page = mode, 0
			u.render()
		})
	}
	modes := container.NewGridWithColumns(2, modeButton(byDepartment, "approvals.by_department"), modeButton(byLifeEvent, "approvals.by_life_event"))
	gs := u.groups(cat, v.mode)
	head := container.NewVBox(u.title(u.t("approvals.title"), info), modes)
	cols := 3
	switch {
	case u.landscape && u.elder, !u.landscape && !u.elder:
		cols = 2
	case !u.landscape && u.elder:
		cols = 1
	}
	rows := u.rowsThatFit(head)
	list := u.pager(len(gs), cols*rows, cols, v.page, u.setPage, func(i int) fyne.CanvasObject {
		g := gs[i]
		return u.row(g.name, u.t("approvals.count", "Count", len(g.items)), func() {
			u.push(view{kind: viewGroup, mode: v.mode, group: g.id})
		})
	})
	return container.NewBorder(head, nil, nil, nil, list)
}

// groupScreen lists the items of one department or life event.
func (u *UI) groupScreen(v *view) fyne.CanvasObject {
	cat, info := u.catalog()
	var g group
	for _, x := range u.groups(cat, v.mode) {
		if x.id == v.group {
			g = x
		}
	}
	head := u.title(g.name+" · "+u.t("approvals.count", "Count", len(g.items)), info)
	list := u.pager(len(g.items), u.rowsThatFit(head), 1, v.page, u.setPage, func(i int) fyne.CanvasObject {
		it := g.items[i]
		return u.row(it.Name.In(u.lang), u.itemNote(it), func() {
			u.count("approvals.item_view")
			u.push(view{kind: viewItem, item: it.ID})
		})
	})
	return container.NewBorder(head, nil, nil, nil, list)
}

// itemNote is the short line beside an item in a list.
func (u *UI) itemNote(it wire.CatalogItem) string {
	if it.PromisedDays == 0 {
		return u.t("item.on_the_spot")
	}
	return u.t("item.days", "N", it.PromisedDays)
}

func (u *UI) findItem(id string) (wire.CatalogItem, wire.Catalog, bool) {
	cat, _ := u.catalog()
	for _, it := range cat.Items {
		if it.ID == id {
			return it, cat, true
		}
	}
	return wire.CatalogItem{}, cat, false
}

// itemScreen is the guide to one approval item.
func (u *UI) itemScreen(v *view) fyne.CanvasObject {
	it, cat, ok := u.findItem(v.item)
	_, info := u.catalog()
	if !ok {
		return u.label(u.t("approvals.empty", "Hotline", u.cfg.Station.Hotline))
	}
	dept := ""
	for _, d := range cat.Departments {
		if d.ID == it.DepartmentID {
			dept = d.Name.In(u.lang)
		}
	}
	promised := u.t("item.on_the_spot")
	if it.PromisedDays > 0 {
		promised = u.t("item.days", "N", it.PromisedDays)
	}
	fee := u.t("item.fee_free")
	if it.FeeFen > 0 {
		fee = u.t("item.fee_amount", "Amount", fmt.Sprintf("%d.%02d", it.FeeFen/100, it.FeeFen%100))
	}
	online := u.t("item.online_no")
	if it.Online {
		online = u.t("item.online_yes")
	}
	var delivery []string
	for _, d := range it.Delivery {
		delivery = append(delivery, u.t("delivery."+d))
	}
	blocks := []fyne.CanvasObject{
		u.field("item.department", dept),
		u.field("item.time_limit", u.t("item.days", "N", it.TimeLimitDays)),
		u.field("item.promised", promised),
		u.field("item.fee", fee),
		u.field("item.online", online),
		u.field("item.delivery", strings.Join(delivery, "、")),
		u.field("item.code", it.ID),
	}
	matsHead := u.heading(u.t("item.materials"), fyne.ThemeSizeName(""))
	matsHead.Importance = widget.HighImportance
	mats := []fyne.CanvasObject{matsHead}
	for i, m := range it.Materials {
		var notes []string
		if m.Original {
			notes = append(notes, u.t("item.material.original"))
		}
		if m.Copies > 0 {
			notes = append(notes, u.t("item.material.copies", "N", m.Copies))
		}
		line := fmt.Sprintf("%d. %s", i+1, m.Name.In(u.lang))
		if len(notes) > 0 {
			line += "（" + strings.Join(notes, "，") + "）"
		}
		mats = append(mats, u.label(line))
	}
	mats = append(mats, u.field("item.legal_basis", it.LegalBasis.In(u.lang)))
	head := u.title(it.Name.In(u.lang), info)
	if pa := u.printArea(it); pa != nil {
		mats = append(mats, pa)
	}
	if u.landscape {
		// Facts on the left, materials on the right, when both fit.
		body := container.NewGridWithColumns(2, container.NewVBox(blocks...), container.NewVBox(mats...))
		// Wrapped lines grow once laid out in half the width: keep a margin.
		if head.MinSize().Height+body.MinSize().Height <= 0.9*u.bodySize.Height {
			return container.NewBorder(head, nil, nil, nil, body)
		}
	}
	return u.pagedBlocks(v, head, append(blocks, mats...), nil)
}
