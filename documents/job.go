package documents

import (
	"fmt"
	"strconv"
	"time"
)

// JobSlip is the 职位信息单 a job seeker takes away from the terminal.
type JobSlip struct {
	Header
	JobID        string // 职位编号; may be empty
	Position     string // the job title (职位名称)
	Employer     string
	Salary       string // as posted: 4500–6000元/月, 面议 ...
	Headcount    int    // 0 prints as 若干
	Address      string // where the work is
	Contact      string // the employer's contact person
	Phone        string // the employer's contact number, printed as posted
	Requirements []string
	Description  string    // may be empty
	PostedAt     time.Time // zero prints as —
	ValidUntil   time.Time // zero prints as —
}

// Kind implements Document.
func (*JobSlip) Kind() Kind { return KindJob }

// Title implements Document. It is the document's title (职位信息单), not
// the job's.
func (*JobSlip) Title() string { return "职位信息单" }

func (j *JobSlip) header() Header { return j.Header }

func (j *JobSlip) validate() error {
	for _, f := range []struct{ what, v string }{
		{"position", j.Position},
		{"employer", j.Employer},
		{"salary", j.Salary},
		{"address", j.Address},
		{"contact phone", j.Phone},
	} {
		if err := required(f.what, f.v); err != nil {
			return err
		}
	}
	return nil
}

func (j *JobSlip) layout(d *doc) {
	headcount := "若干"
	if j.Headcount > 0 {
		headcount = strconv.Itoa(j.Headcount) + " 人"
	}
	d.fields(
		[]field{{"职位名称", j.Position}, {"职位编号", orDash(j.JobID)}},
		[]field{{"招聘单位", j.Employer}},
		[]field{{"薪酬待遇", j.Salary}, {"招聘人数", headcount}},
		[]field{{"工作地点", j.Address}},
		[]field{{"联 系 人", orDash(j.Contact)}, {"联系电话", j.Phone}},
		[]field{{"发布日期", dateOrDash(j.PostedAt)}, {"有效期至", dateOrDash(j.ValidUntil)}},
	)
	if len(j.Requirements) > 0 {
		d.section("岗位要求", 2*lineHeight(sizeBody))
		for i, r := range j.Requirements {
			d.para(fmt.Sprintf("%d. %s", i+1, r), sizeBody, false)
		}
	}
	if j.Description != "" {
		d.section("职位描述", 2*lineHeight(sizeBody))
		d.para(j.Description, sizeBody, true)
	}
	d.section("求职提示", 2*lineHeight(sizeBody))
	d.para("1. 应聘前请核实用人单位信息，用人单位不得以任何名义向求职者收取押金、报名费等费用。", sizeBody, false)
	d.para("2. 如发现虚假招聘或违法收费，请拨打人力资源和社会保障服务热线 12333 反映。", sizeBody, false)
	d.para("3. 职位信息以招聘单位发布为准，本单打印后信息可能已变化，请以电话确认为准。", sizeBody, false)
}
