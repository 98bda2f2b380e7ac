package receipts

import (
	"fmt"
	"strings"
	"time"

	"github.com/village-kiosk/kiosk/documents"
	"github.com/village-kiosk/kiosk/sync/wire"
)

// GuideURL is the page a phone opens for an item's guide.
func GuideURL(hallPublic, itemID string) string {
	return strings.TrimRight(hallPublic, "/") + "/guide/" + itemID
}

// VerifyURL is where a phone checks a slip's verification code.
func VerifyURL(hallPublic, code string) string {
	return strings.TrimRight(hallPublic, "/") + "/v1/verify/" + code
}

// NewVerifyCode makes a verification code for a slip: 12 characters of
// Crockford base32, grouped XXXX-XXXX-XXXX, as the A4 documents use.
func NewVerifyCode() string { return documents.NewVerifyCode() }

// ItemGuide is the materials checklist of an approval item, to take home
// and bring back with the documents (办事指南).
func ItemGuide(it wire.CatalogItem, dept, station, hotline, hallPublic string, now time.Time) Receipt {
	r := Receipt{
		ID:      "guide-" + it.ID + "-" + now.Format("150405"),
		Station: station,
		Title:   "办事指南",
		Lines: []Line{
			{"事项", it.Name.In(wire.LangZhHans)},
			{"部门", dept},
			{"法定时限", fmt.Sprintf("%d 个工作日", it.TimeLimitDays)},
		},
		QRURL:   GuideURL(hallPublic, it.ID),
		QRLabel: "扫码在手机上查看本指南",
		Time:    now,
		Hotline: hotline,
	}
	if it.PromisedDays > 0 {
		r.Lines = append(r.Lines, Line{"承诺时限", fmt.Sprintf("%d 个工作日", it.PromisedDays)})
	} else {
		r.Lines = append(r.Lines, Line{"承诺时限", "即来即办"})
	}
	fee := "不收费"
	if it.FeeFen > 0 {
		fee = fmt.Sprintf("%d.%02d 元", it.FeeFen/100, it.FeeFen%100)
	}
	r.Lines = append(r.Lines, Line{"收费", fee}, Line{"事项编码", it.ID})
	r.Text = append(r.Text, "申请材料：")
	for i, m := range it.Materials {
		var notes []string
		if m.Original {
			notes = append(notes, "原件")
		}
		if m.Copies > 0 {
			notes = append(notes, fmt.Sprintf("复印件%d份", m.Copies))
		}
		line := fmt.Sprintf("%d. %s", i+1, m.Name.In(wire.LangZhHans))
		if len(notes) > 0 {
			line += "（" + strings.Join(notes, "，") + "）"
		}
		r.Text = append(r.Text, line)
	}
	return r
}
