package demo

import (
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// who says whose identity documents an item needs first.
type who int

const (
	whoDefault  who = iota // the department's default
	whoPerson              // a resident: ID card
	whoBusiness            // a business: licence and legal representative
)

// fee is the charge of one act on a subject, in fen.
type fee struct {
	act act
	fen int64
}

// subject is the thing an item is about: a licence, a benefit, a card, a
// right in real estate. Crossed with its acts it gives the items. Zero
// fields take the department's defaults.
type subject struct {
	name     tri
	acts     []act
	ev       []event // 1–2 life events
	mats     []mat   // materials of a full procedure on top of the applicant's documents
	who      who
	law      law
	art      int    // article of law, 0 for the law as a whole
	days     [2]int // legal and promised working days of a full procedure
	fees     []fee
	inPerson bool  // the applicant must come in person: never online
	offline  []act // acts that must be done in person
}

// d is shorthand for the legal and promised days of a subject.
func d(legal, promised int) [2]int { return [2]int{legal, promised} }

// department owns a list of subjects. def holds the defaults of its
// subjects: who, law, days and life events.
type department struct {
	code string // used in department and item IDs: SCJG, SD-SCJG-0001
	name tri
	// online is the share, in percent, of the department's procedures
	// that can be applied for in the online hall. Departments differ: the
	// tax bureau is almost fully online, household registration is not.
	// On-the-spot acts (enquiries, printouts, returns) are always online.
	online int
	def    subject
	subs   []subject
}

// fill returns s with its zero fields taken from the department defaults.
func (dep *department) fill(s subject) subject {
	if s.who == whoDefault {
		s.who = dep.def.who
	}
	if s.law == lNone {
		s.law = dep.def.law
		if s.art == 0 {
			s.art = dep.def.art
		}
	}
	if s.days == [2]int{} {
		s.days = dep.def.days
	}
	if len(s.ev) == 0 {
		s.ev = dep.def.ev
	}
	return s
}

// Catalog returns the demo approval-item catalog: about 23 departments, 15
// life events and some 1,200 items, every name in three languages.
func Catalog() wire.Catalog {
	c := wire.Catalog{
		Departments: make([]wire.Department, 0, len(departments)),
		LifeEvents:  make([]wire.LifeEvent, 0, len(lifeEvents)),
	}
	for _, e := range lifeEvents {
		c.LifeEvents = append(c.LifeEvents, wire.LifeEvent{ID: e.id, Name: e.name.text()})
	}
	for i := range departments {
		dep := &departments[i]
		c.Departments = append(c.Departments, wire.Department{ID: dep.code, Name: dep.name.text()})
		c.Items = append(c.Items, dep.items()...)
	}
	return c
}

// items crosses every subject of the department with its acts. Item IDs are
// numbered in table order, so they stay stable as long as rows are only
// appended.
func (dep *department) items() []wire.CatalogItem {
	var out []wire.CatalogItem
	for _, s := range dep.subs {
		s = dep.fill(s)
		for _, a := range s.acts {
			id := fmt.Sprintf("SD-%s-%04d", dep.code, len(out)+1)
			out = append(out, dep.item(id, s, a))
		}
	}
	return out
}

// item builds one catalog item from a filled subject and one of its acts.
func (dep *department) item(id string, s subject, a act) wire.CatalogItem {
	ac := actions[a]
	legal, promised := days(s, ac.pace)
	online := dep.isOnline(id, s, a)
	it := wire.CatalogItem{
		ID:            id,
		Name:          join(s.name, ac.name, " — ").text(),
		DepartmentID:  dep.code,
		LifeEventIDs:  eventIDs(s.ev, ac.events),
		Materials:     materialsFor(s, a),
		FeeFen:        feeFor(s, a),
		TimeLimitDays: legal,
		PromisedDays:  promised,
		Online:        online,
		Delivery:      delivery(promised, online),
		LegalBasis:    basis(s.law, s.art).text(),
	}
	return it
}

// isOnline tells whether the item can be applied for in the online hall:
// never when the subject, the act on that subject or the act in general
// needs the applicant in person; always for an on-the-spot act; otherwise
// for the department's share of items, picked by a hash of the item ID so
// that the choice is stable and independent of table order.
func (dep *department) isOnline(id string, s subject, a act) bool {
	switch {
	case s.inPerson || slices.Contains(s.offline, a) || slices.Contains(inPersonActs, a):
		return false
	case actions[a].pace == instant:
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%100) < dep.online
}

// days gives the legal and promised working days of an act of the given
// pace. An on-the-spot act keeps a legal limit of one day.
func days(s subject, p pace) (legal, promised int) {
	switch p {
	case light:
		return s.days[0], s.days[1] / 2
	case instant:
		return 1, 0
	}
	return s.days[0], s.days[1]
}

// eventIDs lists the subject's life events, then the act's, at most two.
func eventIDs(subj, act []event) []string {
	ids := make([]string, 0, 2)
	for _, e := range slices.Concat(subj, act) {
		id := lifeEvents[e].id
		if len(ids) < 2 && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// maxMaterials and minMaterials bound the materials of one item.
const (
	minMaterials = 2
	maxMaterials = 6
)

// materialsFor lists what the applicant brings, most important first: the
// application form (not for on-the-spot acts), the applicant's identity
// documents, what the act needs, what the subject needs for a full
// procedure, and a power of attorney for an agent. It keeps at most
// maxMaterials, dropping from the end.
func materialsFor(s subject, a act) []wire.Material {
	ac := actions[a]
	var keys []mat
	if ac.pace != instant {
		keys = append(keys, mAppForm)
	}
	keys = append(keys, identity(s.who, a)...)
	keys = append(keys, ac.extra...)
	if ac.pace == full {
		keys = append(keys, s.mats...)
	}
	keys = append(keys, mPOA)

	out := make([]wire.Material, 0, maxMaterials)
	var seen []mat
	for _, k := range keys {
		if len(out) == maxMaterials {
			break
		}
		if slices.Contains(seen, k) {
			continue
		}
		seen = append(seen, k)
		out = append(out, materials[k].wire())
	}
	return out
}

// identity lists the applicant's identity documents. A business that is
// being set up has no licence yet: its investors identify themselves.
func identity(w who, a act) []mat {
	if w != whoBusiness {
		return mats(mIDCard)
	}
	if a == aRegNew {
		return mats(mInvestorID)
	}
	return mats(mBizLicence, mLegalRepID)
}

// feeFor is the subject's charge for the act, 0 when free.
func feeFor(s subject, a act) int64 {
	for _, f := range s.fees {
		if f.act == a {
			return f.fen
		}
	}
	return 0
}

// delivery lists how the result reaches the applicant: always at the
// station; by post unless the result is handed over on the spot; in the
// online hall when the item can be applied for online.
func delivery(promised int, online bool) []string {
	out := []string{wire.DeliveryStation}
	if promised > 0 {
		out = append(out, wire.DeliveryPost)
	}
	if online {
		out = append(out, wire.DeliveryOnline)
	}
	return out
}

// basis is the legal basis: the law's title and, when known, the article.
func basis(l law, art int) tri {
	t := laws[l]
	if art == 0 {
		return t
	}
	return tri{
		t[0] + "第" + zhNumber(art) + "条",
		t[1] + "第" + zhNumber(art) + "條",
		fmt.Sprintf("%s, Article %d", t[2], art),
	}
}
