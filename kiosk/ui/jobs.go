package ui

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/jobsearch"
	"github.com/village-kiosk/kiosk/kiosk/theme"
	"github.com/village-kiosk/kiosk/sync/datasets"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// Jobs is the job search the screens use: the index over the cached
// postings, and how old they are.
type Jobs interface {
	Index() (*jobsearch.Index, datasets.DatasetInfo)
	Towns() []wire.Town
}

// SetJobs installs the job board (after New, like the printer).
func (u *UI) SetJobs(j Jobs) { u.deps.Jobs = j }

// jobState is the search on screen; it is wiped with the session.
type jobState struct {
	text string
	town string
	job  wire.Job
}

// letterKeyboard is the on-screen keyboard: Fyne has no input method, and
// a villager types pinyin initials, not characters. The letters are in
// alphabetical order: many users have never met a QWERTY keyboard.
func (u *UI) letterKeyboard() fyne.CanvasObject {
	// Seven columns: big enough keys in elder mode on a portrait screen.
	const cols = 7
	var keys []fyne.CanvasObject
	for c := 'A'; c <= 'Z'; c++ {
		k := string(c)
		b := u.button(k, widget.MediumImportance, func() {
			if len(u.jobs.text) < 24 {
				u.jobs.text += strings.ToLower(k)
			}
			u.top().page = 0
			u.render()
		})
		r := canvas.NewRectangle(color.Transparent)
		r.SetMinSize(fyne.NewSize(u.size(theme.SizeNameTarget), u.size(theme.SizeNameTarget))) // every key a full touch target
		keys = append(keys, container.NewStack(r, b))
	}
	del := u.button(u.t("jobs.backspace"), widget.MediumImportance, func() {
		if n := len(u.jobs.text); n > 0 {
			u.jobs.text = u.jobs.text[:n-1]
		}
		u.top().page = 0
		u.render()
	})
	clr := u.button(u.t("staff.clear"), widget.MediumImportance, func() {
		u.jobs.text = ""
		u.top().page = 0
		u.render()
	})
	return container.NewVBox(container.NewGridWithColumns(cols, keys...),
		container.NewGridWithColumns(2, u.minHeight(del), u.minHeight(clr)))
}

// jobsScreen searches the postings as the villager types.
func (u *UI) jobsScreen(v *view) fyne.CanvasObject {
	idx, _ := u.deps.Jobs.Index()
	// The status bar says how old the postings are.
	head := []fyne.CanvasObject{u.heading(u.t("jobs.title"), theme.SizeNameTitle)}
	shown := u.jobs.text
	if shown == "" {
		shown = u.t("jobs.hint")
	}
	q := u.heading(shown, fyne.ThemeSizeName(""))
	q.Wrapping = fyne.TextWrapOff
	q.Truncation = fyne.TextTruncateEllipsis
	if idx == nil {
		return container.NewVBox(append(head, u.label(u.t("approvals.empty", "Hotline", u.cfg.Station.Hotline)))...)
	}
	kb := u.letterKeyboard()
	// One line either way; its words are set once the page is searched.
	found := u.label(u.t("jobs.none"))
	top := container.NewVBox(head...)
	towns := u.deps.Jobs.Towns()
	townName := map[string]string{}
	for _, t := range towns {
		townName[t.ID] = t.Name.In(u.lang)
	}
	list := func(head fyne.CanvasObject) fyne.CanvasObject {
		// The index pages the results itself: only the shown page is fetched.
		rows := u.rowsThatFit(head)
		page := idx.Search(jobsearch.Query{Text: u.jobs.text, TownID: u.jobs.town, Page: v.page + 1, PerPage: rows})
		if page.Total > 0 {
			found.SetText(u.t("jobs.found", "Count", page.Total))
		}
		return u.pager(page.Total, rows, 1, v.page, u.setPage, func(i int) fyne.CanvasObject {
			k := i - v.page*rows
			if k < 0 || k >= len(page.Jobs) {
				return spacer(0)
			}
			j := page.Jobs[k]
			// The salary always shows; a long title and town may be cut.
			note := fmt.Sprintf("%d–%d", j.SalaryMin, j.SalaryMax)
			return u.row(j.Title.In(u.lang)+" · "+townName[j.TownID], note, func() {
				u.jobs.job = j
				u.count("jobs.view")
				u.push(view{kind: viewJob})
			})
		})
	}
	if u.landscape {
		// Keyboard on the left, the title and the results on the right.
		rhead := container.NewVBox(top, found)
		right := container.NewBorder(rhead, nil, nil, nil, list(rhead))
		// The keyboard takes what it needs; the results take the rest.
		return container.NewBorder(nil, nil, container.NewVBox(q, kb), nil, right)
	}
	header := container.NewVBox(top, q, kb, found)
	return container.NewBorder(header, nil, nil, nil, list(header))
}

// jobScreen shows one posting.
func (u *UI) jobScreen() fyne.CanvasObject {
	j := u.jobs.job
	_, info := u.deps.Jobs.Index()
	var benefits []string
	for _, b := range j.Benefits {
		benefits = append(benefits, b.In(u.lang))
	}
	blocks := []fyne.CanvasObject{
		u.field("jobs.salary_label", u.t("jobs.salary", "Min", j.SalaryMin, "Max", j.SalaryMax)),
		u.field("jobs.employer", j.Employer.In(u.lang)),
		u.field("jobs.address", j.Address.In(u.lang)),
		u.field("jobs.openings", fmt.Sprint(j.Openings)),
		u.field("jobs.contact", j.Contact),
	}
	if len(benefits) > 0 {
		blocks = append(blocks, u.field("jobs.benefits", strings.Join(benefits, "、")))
	}
	blocks = append(blocks, u.field("jobs.description", j.Description.In(u.lang)))
	return u.pagedBlocks(u.top(), u.title(j.Title.In(u.lang), info), blocks, nil)
}
