package documents

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Person is a resident named on a document.
type Person struct {
	Name     string
	IDNumber string // 公民身份号码; masked on paper unless the document says otherwise
}

// InsuranceType is one of the five social insurances.
type InsuranceType string

// The five insurances, as printed.
const (
	Pension      InsuranceType = "养老保险"
	Medical      InsuranceType = "医疗保险"
	Unemployment InsuranceType = "失业保险"
	Injury       InsuranceType = "工伤保险"
	Maternity    InsuranceType = "生育保险"
)

// YearMonth is a calendar month, the unit of contributions.
type YearMonth struct {
	Year  int
	Month time.Month
}

// IsZero reports whether m is the zero month (used for "up to now").
func (m YearMonth) IsZero() bool { return m.Year == 0 && m.Month == 0 }

// String gives 2024年03月.
func (m YearMonth) String() string {
	if m.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d年%02d月", m.Year, int(m.Month))
}

func (m YearMonth) before(o YearMonth) bool {
	return m.Year < o.Year || (m.Year == o.Year && m.Month < o.Month)
}

// Money is an amount in fen (分), printed in yuan with two decimals.
type Money int64

// String gives 4588.00 or -12.50.
func (m Money) String() string {
	sign := ""
	v := int64(m)
	if v < 0 {
		sign, v = "-", -v
	}
	return sign + strconv.FormatInt(v/100, 10) + fmt.Sprintf(".%02d", v%100)
}

// InsuredPeriod is a person's record for one insurance.
type InsuredPeriod struct {
	Type   InsuranceType
	Status string    // 参保缴费, 暂停缴费, 终止参保 ...
	Start  YearMonth // first insured month
	End    YearMonth // last insured month; zero means up to now (至今)
	Months int       // months with contributions paid (累计缴费月数)
}

// Contribution statuses as printed.
const (
	ContributionPaid     = "已实缴"
	ContributionBackPaid = "补缴"
	ContributionArrears  = "欠缴"
)

// Contribution is one month of the contribution table.
type Contribution struct {
	Month    YearMonth
	Base     Money  // 缴费基数
	Unit     Money  // the employer's part (单位缴纳)
	Personal Money  // the person's part (个人缴纳)
	Status   string // ContributionPaid, ContributionBackPaid, ContributionArrears ...
}

// SocialSecurityCertificate is the 参保证明.
type SocialSecurityCertificate struct {
	Header
	Person Person
	// OwnCopy marks the resident's own copy, printed after the resident
	// presented their own ID card: only then does the full ID number
	// appear. Every other copy shows 4401********1234.
	OwnCopy bool
	// Employer is the insuring unit (参保单位), or 灵活就业人员 for the
	// self-employed. May be empty.
	Employer string
	// Office is the issuing office, for example
	// 佛山市顺德区社会保险基金管理局.
	Office        string
	Periods       []InsuredPeriod
	Contributions []Contribution // oldest first
}

// Kind implements Document.
func (*SocialSecurityCertificate) Kind() Kind { return KindSocialSecurity }

// Title implements Document.
func (*SocialSecurityCertificate) Title() string { return "参保证明" }

func (c *SocialSecurityCertificate) header() Header { return c.Header }

func (c *SocialSecurityCertificate) validate() error {
	if err := required("person's name", c.Person.Name); err != nil {
		return err
	}
	if err := required("person's ID number", c.Person.IDNumber); err != nil {
		return err
	}
	if err := required("issuing office", c.Office); err != nil {
		return err
	}
	if len(c.Periods) == 0 {
		return fmt.Errorf("%w: no insured periods", ErrInvalid)
	}
	return nil
}

func (c *SocialSecurityCertificate) idNumber() string {
	if c.OwnCopy {
		return strings.TrimSpace(c.Person.IDNumber)
	}
	return MaskID(c.Person.IDNumber)
}

// closingH is the height of the closing words, the office and the date.
var closingH = 5 + lineHeight(sizeBody) + 6 + 2*(lineHeight(sizeBody)+1)

func (c *SocialSecurityCertificate) layout(d *doc) {
	employer := c.Employer
	if employer == "" {
		employer = "—"
	}
	d.fields(
		[]field{{"姓　　名", c.Person.Name}, {"公民身份号码", c.idNumber()}},
		[]field{{"参保单位", employer}},
	)
	d.gap(4)
	d.para(fmt.Sprintf("兹证明%s（公民身份号码：%s）在本机构参加社会保险，截至%s参保及缴费情况如下：",
		c.Person.Name, c.idNumber(), formatDate(c.IssuedAt)), sizeBody, true)

	d.section("一、参保情况", 2*rowMin)
	t := d.table(
		column{"险种", 22, 'C'},
		column{"参保状态", 22, 'C'},
		column{"起始年月", 22, 'C'},
		column{"截止年月", 22, 'C'},
		column{"累计缴费月数", 22, 'C'},
	)
	for _, p := range c.Periods {
		end := p.End.String()
		if p.End.IsZero() {
			end = "至今"
		}
		t.row(string(p.Type), p.Status, p.Start.String(), end, strconv.Itoa(p.Months))
	}
	t.end()

	title := "二、缴费明细"
	if n := len(c.Contributions); n > 0 {
		first, last := c.Contributions[0].Month, c.Contributions[0].Month
		for _, m := range c.Contributions {
			if m.Month.before(first) {
				first = m.Month
			}
			if last.before(m.Month) {
				last = m.Month
			}
		}
		title += fmt.Sprintf("（%s至%s，共%d个月，金额单位：元）", first, last, n)
	}
	d.section(title, 2*rowMin)
	if len(c.Contributions) == 0 {
		d.para("查询期间内无缴费记录。", sizeBody, true)
	} else {
		t = d.table(
			column{"缴费年月", 20, 'C'},
			column{"缴费基数", 20, 'R'},
			column{"单位缴纳", 20, 'R'},
			column{"个人缴纳", 20, 'R'},
			column{"缴费状态", 20, 'C'},
		)
		var unit, personal Money
		arrears := false
		for i, m := range c.Contributions {
			if i == len(c.Contributions)-2 || len(c.Contributions) == 1 && i == 0 {
				// The last two months, the total and the closing words go
				// on one page: an office and a date alone on a page would
				// vouch for nothing.
				d.ensure(3*rowMin + closingH)
			}
			t.row(m.Month.String(), m.Base.String(), m.Unit.String(), m.Personal.String(), m.Status)
			if m.Status == ContributionArrears {
				arrears = true
				continue
			}
			unit += m.Unit
			personal += m.Personal
		}
		label := "合　　计"
		if arrears {
			label = "合计（不含欠缴）"
		}
		t.span(2, label, unit.String(), personal.String(), "")
		t.end()
	}

	d.gap(5)
	d.ensure(closingH)
	d.para("特此证明。", sizeBody, true)
	d.gap(6)
	d.rightBlock(c.Office, formatDate(c.IssuedAt))
	d.gap(4)
	note := "说明：本证明所列参保及缴费信息以社会保险经办机构业务系统记录为准。"
	if c.OwnCopy {
		note += "本证明由参保人本人持身份证查询打印，载有完整的公民身份号码，请妥善保管。"
	}
	d.para(note, sizeSmall+0.5, false)
}
