package documents

import (
	"fmt"
	"strings"
	"time"
)

// Owner is a right holder of a property.
type Owner struct {
	Name     string // printed masked
	IDNumber string // printed masked
	Share    string // 单独所有, 共同共有, 按份共有 50% ...
}

// Encumbrance is a restriction registered on a property: a mortgage, a
// seizure, an objection.
type Encumbrance struct {
	Kind         string    // 抵押, 查封, 异议登记, 预告登记 ...
	Holder       string    // the mortgagee or the sealing authority
	Detail       string    // amount secured or scope, as registered
	Period       string    // term, as registered
	RegisteredAt time.Time // zero prints as —
}

// PropertySummary is the 不动产登记信息摘要 of one property unit.
type PropertySummary struct {
	Header
	CertificateNumber string // 不动产权证书号, printed masked
	UnitNumber        string // 不动产单元号; may be empty
	Address           string // 坐落
	Owners            []Owner
	Area              float64 // building area in square metres (建筑面积)
	Use               string  // 规划用途: 住宅, 商业 ...
	Nature            string  // 权利性质: 商品房, 自建房 ...; may be empty
	RegisteredAt      time.Time
	Encumbrances      []Encumbrance
}

// Kind implements Document.
func (*PropertySummary) Kind() Kind { return KindProperty }

// Title implements Document.
func (*PropertySummary) Title() string { return "不动产登记信息摘要" }

func (p *PropertySummary) header() Header { return p.Header }

func (p *PropertySummary) validate() error {
	if err := required("certificate number", p.CertificateNumber); err != nil {
		return err
	}
	if err := required("address", p.Address); err != nil {
		return err
	}
	if err := required("use", p.Use); err != nil {
		return err
	}
	if len(p.Owners) == 0 {
		return fmt.Errorf("%w: no owners", ErrInvalid)
	}
	for i, o := range p.Owners {
		if err := required(fmt.Sprintf("owner %d's name", i+1), o.Name); err != nil {
			return err
		}
	}
	if p.Area <= 0 {
		return fmt.Errorf("%w: area %v", ErrInvalid, p.Area)
	}
	return nil
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func dateOrDash(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return formatDate(t)
}

func (p *PropertySummary) layout(d *doc) {
	d.para("经查询不动产登记信息系统，截至"+formatDateTime(p.IssuedAt)+"，该不动产登记信息摘要如下：", sizeBody, true)
	d.gap(2)
	d.fields(
		[]field{{"不动产权证号", MaskCertificate(p.CertificateNumber)}},
		[]field{{"不动产单元号", orDash(p.UnitNumber)}},
		[]field{{"坐　　落", p.Address}},
		[]field{{"建筑面积", fmt.Sprintf("%.2f 平方米", p.Area)}, {"规划用途", p.Use}},
		[]field{{"权利性质", orDash(p.Nature)}, {"登记时间", dateOrDash(p.RegisteredAt)}},
	)

	d.section("一、权利人", 2*rowMin)
	t := d.table(
		column{"序号", 10, 'C'},
		column{"权利人", 30, 'C'},
		column{"证件号码", 40, 'C'},
		column{"共有情况", 30, 'C'},
	)
	for i, o := range p.Owners {
		t.row(fmt.Sprint(i+1), MaskName(o.Name), orDash(MaskID(o.IDNumber)), orDash(o.Share))
	}
	t.end()

	d.section("二、抵押、查封等限制情况", 2*rowMin)
	if len(p.Encumbrances) == 0 {
		d.fields([]field{{"限制情况", "无抵押、查封、异议登记等限制信息。"}})
	} else {
		t = d.table(
			column{"类型", 10, 'C'},
			column{"抵押权人/查封机关", 32, 'L'},
			column{"担保金额/范围", 24, 'L'},
			column{"期限", 32, 'L'},
			column{"登记时间", 22, 'C'},
		)
		for _, e := range p.Encumbrances {
			t.row(e.Kind, e.Holder, orDash(e.Detail), orDash(e.Period), dateOrDash(e.RegisteredAt))
		}
		t.end()
	}

	d.gap(5)
	d.para("说明：本摘要仅供权利人了解不动产登记情况，不作为不动产权属证明；不动产权属以不动产登记簿记载为准。权利人姓名、证件号码和不动产权证号已作部分隐藏。", sizeSmall+0.5, false)
}
