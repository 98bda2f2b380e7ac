package documents

import (
	"fmt"
	"strconv"
	"time"
)

// Material is one material the station received with an application.
type Material struct {
	Name   string
	Form   string // 原件, 复印件, 电子件 ...
	Copies int    // 0 prints as —
}

// DeliveryMethod is how the result reaches the applicant.
type DeliveryMethod string

// Delivery methods.
const (
	DeliveryPickup DeliveryMethod = "pickup" // 窗口领取 at a station
	DeliveryPost   DeliveryMethod = "post"   // 邮政寄递 to an address
)

// Delivery is the applicant's choice of how to receive the result.
type Delivery struct {
	Method DeliveryMethod
	// PickupAt is the station or window for DeliveryPickup.
	PickupAt string
	// Recipient, Phone and Address are for DeliveryPost. The recipient is
	// printed masked, a mobile number as 138****5678.
	Recipient string
	Phone     string
	Address   string
}

// ApplicationReceipt is the 受理回执 of an approval application.
type ApplicationReceipt struct {
	Header
	Item           string // the approval item (事项名称)
	Department     string // the department that handles it
	TrackingNumber string // 办件编号
	Applicant      Person // printed masked
	AcceptedAt     time.Time
	// TimeLimitDays is the promised time limit in working days (承诺办结
	// 时限); Due, when set, is the date the office promises.
	TimeLimitDays int
	Due           time.Time
	Materials     []Material
	Delivery      Delivery
	// Pending marks an application accepted at the terminal while offline:
	// the receipt says 已受理·待同步.
	Pending bool
	// Hotline is the consultation and complaint number, for example
	// 0757-22838180. May be empty.
	Hotline string
}

// Kind implements Document.
func (*ApplicationReceipt) Kind() Kind { return KindApplication }

// Title implements Document.
func (*ApplicationReceipt) Title() string { return "受理回执" }

func (a *ApplicationReceipt) header() Header { return a.Header }

func (a *ApplicationReceipt) validate() error {
	for _, f := range []struct{ what, v string }{
		{"item", a.Item},
		{"department", a.Department},
		{"tracking number", a.TrackingNumber},
		{"applicant's name", a.Applicant.Name},
		{"applicant's ID number", a.Applicant.IDNumber},
	} {
		if err := required(f.what, f.v); err != nil {
			return err
		}
	}
	if a.AcceptedAt.IsZero() {
		return fmt.Errorf("%w: acceptance time missing", ErrInvalid)
	}
	if a.TimeLimitDays <= 0 {
		return fmt.Errorf("%w: promised time limit missing", ErrInvalid)
	}
	switch a.Delivery.Method {
	case DeliveryPickup:
		return required("pickup place", a.Delivery.PickupAt)
	case DeliveryPost:
		if err := required("recipient", a.Delivery.Recipient); err != nil {
			return err
		}
		return required("postal address", a.Delivery.Address)
	default:
		return fmt.Errorf("%w: delivery method %q", ErrInvalid, a.Delivery.Method)
	}
}

func (a *ApplicationReceipt) layout(d *doc) {
	status := "已受理"
	if a.Pending {
		status = "已受理·待同步（终端离线时受理，网络恢复后自动提交，办件编号不变）"
	}
	limit := fmt.Sprintf("%d 个工作日", a.TimeLimitDays)
	if !a.Due.IsZero() {
		limit += "（预计 " + formatDate(a.Due) + " 前办结）"
	}
	var delivery string
	switch a.Delivery.Method {
	case DeliveryPickup:
		delivery = "窗口领取：" + a.Delivery.PickupAt
	case DeliveryPost:
		delivery = "邮政寄递：" + MaskName(a.Delivery.Recipient)
		if a.Delivery.Phone != "" {
			delivery += "，" + MaskPhone(a.Delivery.Phone)
		}
		delivery += "，" + a.Delivery.Address
	}
	d.fields(
		[]field{{"办件编号", a.TrackingNumber}},
		[]field{{"事项名称", a.Item}},
		[]field{{"受理部门", a.Department}},
		[]field{{"申 请 人", MaskName(a.Applicant.Name)}, {"证件号码", MaskID(a.Applicant.IDNumber)}},
		[]field{{"受理时间", formatDateTime(a.AcceptedAt)}},
		[]field{{"承诺时限", limit}},
		[]field{{"受理状态", status}},
		[]field{{"送达方式", delivery}},
	)

	d.section("已收取材料", 2*rowMin)
	if len(a.Materials) == 0 {
		d.para("本次申请未收取纸质材料。", sizeBody, true)
	} else {
		t := d.table(
			column{"序号", 10, 'C'},
			column{"材料名称", 60, 'L'},
			column{"材料形式", 16, 'C'},
			column{"份数", 10, 'C'},
		)
		for i, m := range a.Materials {
			copies := "—"
			if m.Copies > 0 {
				copies = strconv.Itoa(m.Copies)
			}
			t.row(strconv.Itoa(i+1), m.Name, m.Form, copies)
		}
		t.end()
	}

	d.section("温馨提示", 3*lineHeight(sizeBody))
	notes := []string{
		"1. 请妥善保管本回执，凭办件编号查询办理进度、领取办理结果。",
		"2. 办理时限自受理之日起按工作日计算，需补正材料的，自材料补齐之日起重新计算。",
	}
	if a.Hotline != "" {
		notes = append(notes, "3. 如有疑问，请拨打政务服务咨询投诉热线 "+a.Hotline+"。")
	}
	for _, n := range notes {
		d.para(n, sizeBody, false)
	}
	d.gap(8)
	d.rightBlock("受理站点："+d.h.Station, formatDate(a.AcceptedAt))
}
