package ui

import (
	"crypto/sha256"
	"github.com/village-kiosk/kiosk/kiosk/session"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/village-kiosk/kiosk/kiosk/theme"
)

// Person is the signed-in resident as the UI may hold them: masked text
// only. The card itself (full text, photo) stays with its owner, the
// device layer, and is wiped through Wipe when the session ends.
type Person struct {
	MaskedName   string
	MaskedNumber string
	CardKind     string // "resident", "J", "I" or "Y"
	id           [32]byte
	wipe         func()
}

// NewPerson makes the UI's view of a card holder. number is only hashed,
// to tell a different card from the same one placed again; wipe erases the
// card data when the session ends.
func NewPerson(maskedName, maskedNumber, cardKind, number string, wipe func()) Person {
	return Person{MaskedName: maskedName, MaskedNumber: maskedNumber, CardKind: cardKind, id: sha256.Sum256([]byte(number)), wipe: wipe}
}

func (p *Person) erase() {
	if p.wipe != nil {
		p.wipe()
	}
	*p = Person{}
}

// CardFault is a problem with a card or the reader, as a person is told.
type CardFault int

const (
	FaultReadFailed    CardFault = iota + 1 // try again
	FaultInvalidNumber                      // the number fails its check: not accepted
	FaultUnknownCard                        // a card type the terminal does not take
	FaultExpired                            // past its validity
	FaultReaderDown                         // the reader is silent, unplugged or broken
)

var faultKeys = map[CardFault]string{
	FaultReadFailed: "idcard.read_failed", FaultInvalidNumber: "idcard.invalid", FaultUnknownCard: "idcard.unknown_card",
	FaultExpired: "idcard.expired", FaultReaderDown: "idcard.reader_down",
}

// idStepTimeout is how long the ID step waits for a card.
const idStepTimeout = 30 * time.Second

// idStep is the state of the "place your card" step.
type idStep struct {
	since   time.Time
	fault   CardFault
	timeout bool
}

// askForCard opens the ID step.
func (u *UI) askForCard() {
	u.idStep = idStep{since: u.deps.Now()}
	u.push(view{kind: viewIDCard})
}

// CardPlaced is called when the reader has read a card. A card on the
// attract screen starts a session; another person's card ends the current
// session first, so nothing of the last person remains.
func (u *UI) CardPlaced(p Person) {
	if u.person.id == p.id && u.sess.Phase() != session.Attract {
		p.erase() // the same card again: keep the session, drop the copy
		u.touch()
		return
	}
	if u.person.id != ([32]byte{}) {
		u.Wipe()
	}
	u.touch()
	u.person = p
	u.count("idcard.signin")
	onStep := len(u.stack) > 0 && u.top().kind == viewIDCard
	if onStep {
		u.stack[len(u.stack)-1] = view{kind: viewIdentity}
		u.render()
		return
	}
	u.push(view{kind: viewIdentity})
}

// CardFault is called when a card could not be used or the reader failed.
// It is shown only while the ID step waits for a card.
func (u *UI) CardFault(f CardFault) {
	if len(u.stack) == 0 || u.top().kind != viewIDCard {
		return
	}
	u.idStep.fault, u.idStep.timeout = f, false
	u.render()
}

// Person returns the signed-in person, if any.
func (u *UI) Person() (Person, bool) { return u.person, u.person.id != ([32]byte{}) }

// idCardScreen asks for the card, with progress, a timeout and retry, and
// a plain message for each fault.
func (u *UI) idCardScreen() fyne.CanvasObject {
	title := u.heading(u.t("idcard.prompt"), theme.SizeNameTitle)
	title.Alignment = fyne.TextAlignCenter
	hint := u.label(u.t("idcard.hint"))
	hint.Alignment = fyne.TextAlignCenter
	objs := []fyne.CanvasObject{u.heading(u.t("idcard.title"), fyne.ThemeSizeName("")), spacer(u.size(theme.SizeNameTarget) / 2), title, hint}
	var msg string
	switch {
	case u.idStep.fault != 0:
		msg = u.t(faultKeys[u.idStep.fault])
	case u.idStep.timeout:
		msg = u.t("idcard.timeout")
	}
	if msg != "" {
		m := u.heading(msg, fyne.ThemeSizeName(""))
		m.Importance = widget.DangerImportance
		m.Alignment = fyne.TextAlignCenter
		retry := u.bigButton(u.t("idcard.retry"), widget.HighImportance, func() {
			u.idStep = idStep{since: u.deps.Now()}
			u.render()
		})
		objs = append(objs, spacer(u.size(theme.SizeNameTarget)/2), m, container.NewCenter(retry))
	} else {
		wait := u.label(u.t("idcard.waiting"))
		wait.Alignment = fyne.TextAlignCenter
		bar := widget.NewProgressBarInfinite()
		objs = append(objs, spacer(u.size(theme.SizeNameTarget)/2), wait, container.NewPadded(bar))
	}
	return container.NewVBox(objs...)
}

// checkIDStepTimeout ends the wait for a card after idStepTimeout.
func (u *UI) checkIDStepTimeout(now time.Time) {
	if len(u.stack) == 0 || u.top().kind != viewIDCard || u.idStep.timeout || u.idStep.fault != 0 {
		return
	}
	if now.Sub(u.idStep.since) >= idStepTimeout {
		u.idStep.timeout = true
		u.render()
	}
}

// identityScreen confirms who is signed in, masked.
func (u *UI) identityScreen() fyne.CanvasObject {
	p := u.person
	title := u.heading(u.t("idcard.confirm_title"), theme.SizeNameTitle)
	welcome := u.heading(u.t("idcard.welcome", "Name", p.MaskedName), theme.SizeNameTile)
	cont := u.bigButton(u.t("idcard.continue"), widget.HighImportance, u.home)
	return container.NewVBox(title, welcome,
		u.field("idcard.kind", u.t("card."+p.CardKind)),
		u.field("idcard.number", p.MaskedNumber),
		spacer(u.size(theme.SizeNameTarget)/2), container.NewCenter(cont))
}
