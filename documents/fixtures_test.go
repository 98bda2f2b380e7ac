package documents

import (
	"time"
)

// The fixtures: one of each document as a station would print it. The ID
// numbers are made up but pass the GB 11643 checksum.
const (
	testIDNumber    = "440606198703154217"
	testIDMasked    = "4406********4217"
	testVerifyBase  = "https://hall.shunde.example.gov.cn"
	testStation     = "顺德区大良街道金榜社区行政服务站"
	testVerifyCode  = "7K3M-Q9TX-2HVA"
	testVerifyURL   = testVerifyBase + "/v1/verify/" + testVerifyCode
	testOwnerIDA    = "440606197911020032"
	testOwnerIDB    = "440606198105271229"
	testApplicantID = "440606196204087719"
)

var testIssued = time.Date(2026, 5, 18, 10, 32, 0, 0, cst)

func testHeader(code string) Header {
	return Header{VerifyCode: code, VerifyBase: testVerifyBase, IssuedAt: testIssued, Station: testStation}
}

func testCertificate() *SocialSecurityCertificate {
	c := &SocialSecurityCertificate{
		Header:   testHeader(testVerifyCode),
		Person:   Person{Name: "张伟明", IDNumber: testIDNumber},
		Employer: "佛山市顺德区美旭电器制造有限公司",
		Office:   "佛山市顺德区社会保险基金管理局",
		Periods: []InsuredPeriod{
			{Type: Pension, Status: "参保缴费", Start: YearMonth{2009, time.July}, Months: 198},
			{Type: Medical, Status: "参保缴费", Start: YearMonth{2009, time.July}, Months: 198},
			{Type: Unemployment, Status: "参保缴费", Start: YearMonth{2012, time.March}, Months: 165},
			{Type: Injury, Status: "参保缴费", Start: YearMonth{2009, time.July}, Months: 198},
			{Type: Maternity, Status: "暂停缴费", Start: YearMonth{2009, time.July}, End: YearMonth{2019, time.December}, Months: 126},
		},
	}
	base := Money(458800)
	for i := range 36 {
		m := time.Date(2023, time.June+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
		if m.Year() == 2025 && m.Month() == time.January {
			base = 485000
		}
		status := ContributionPaid
		switch {
		case i == 35:
			status = ContributionArrears
		case i == 7 || i == 8:
			status = ContributionBackPaid
		}
		c.Contributions = append(c.Contributions, Contribution{
			Month:    YearMonth{m.Year(), m.Month()},
			Base:     base,
			Unit:     base * 2485 / 10000,
			Personal: base * 1050 / 10000,
			Status:   status,
		})
	}
	return c
}

func testOwnCertificate() *SocialSecurityCertificate {
	c := testCertificate()
	c.OwnCopy = true
	c.VerifyCode = "4DQ8-WB6N-RZ0E"
	c.Contributions = c.Contributions[24:]
	return c
}

func testReceipt() *ApplicationReceipt {
	return &ApplicationReceipt{
		Header:         testHeader("C1F5-9JPE-3XMT"),
		Item:           "个体工商户设立登记",
		Department:     "佛山市顺德区市场监督管理局",
		TrackingNumber: "4406062605180031",
		Applicant:      Person{Name: "欧阳秀芬", IDNumber: testApplicantID},
		AcceptedAt:     testIssued,
		TimeLimitDays:  3,
		Due:            time.Date(2026, 5, 21, 0, 0, 0, 0, cst),
		Materials: []Material{
			{Name: "个体工商户登记（备案）申请书", Form: "原件", Copies: 1},
			{Name: "经营者居民身份证", Form: "复印件", Copies: 1},
			{Name: "经营场所使用证明（房屋租赁合同及出租方不动产权属证明）", Form: "复印件", Copies: 1},
			{Name: "委托代理人身份证明及授权委托书（委托办理时提交）", Form: "电子件"},
		},
		Delivery: Delivery{
			Method:    DeliveryPost,
			Recipient: "欧阳秀芬",
			Phone:     "13802914467",
			Address:   "佛山市顺德区大良街道金榜社区凤山中路28号3座502房",
		},
		Pending: true,
		Hotline: "0757-22838180",
	}
}

func testProperty() *PropertySummary {
	return &PropertySummary{
		Header:            testHeader("P7QR-2M8K-VW4C"),
		CertificateNumber: "粤（2021）佛顺不动产权第0123456号",
		UnitNumber:        "440606 003012 GB00217 F00030502",
		Address:           "佛山市顺德区大良街道金榜社区凤山中路28号3座502房",
		Owners: []Owner{
			{Name: "李国强", IDNumber: testOwnerIDA, Share: "共同共有"},
			{Name: "陈美玲", IDNumber: testOwnerIDB, Share: "共同共有"},
		},
		Area:         89.56,
		Use:          "住宅",
		Nature:       "商品房",
		RegisteredAt: time.Date(2021, 8, 12, 0, 0, 0, 0, cst),
		Encumbrances: []Encumbrance{{
			Kind:         "抵押",
			Holder:       "中国工商银行股份有限公司佛山顺德支行",
			Detail:       "被担保主债权数额 800000.00 元",
			Period:       "2021年08月12日起至2051年08月11日止",
			RegisteredAt: time.Date(2021, 8, 12, 0, 0, 0, 0, cst),
		}},
	}
}

func testJobSlip() *JobSlip {
	return &JobSlip{
		Header:    testHeader("J2B9-KX5D-8NMF"),
		JobID:     "SDJ-20260512-0417",
		Position:  "数控车床操作工",
		Employer:  "佛山市顺德区美旭电器制造有限公司",
		Salary:    "5500–7500元/月（计件，含加班费）",
		Headcount: 6,
		Address:   "佛山市顺德区容桂街道华口社区工业大道18号",
		Contact:   "黄小姐",
		Phone:     "0757-28301234",
		Requirements: []string{
			"初中及以上学历，年龄18至45周岁，身体健康；",
			"有数控车床（FANUC系统）操作经验一年以上者优先，能看懂简单零件图纸；",
			"服从安排，能适应两班倒；新员工带薪培训一周。",
		},
		Description: "负责空调压缩机零部件的数控车削加工、首件自检和设备日常保养。公司按规定缴纳五险一金，提供员工宿舍和工作餐，每年组织一次体检。",
		PostedAt:    time.Date(2026, 5, 12, 0, 0, 0, 0, cst),
		ValidUntil:  time.Date(2026, 6, 30, 0, 0, 0, 0, cst),
	}
}

// fixtures are the documents of the golden, text and QR tests, by name.
var fixtures = []struct {
	name string
	doc  func() Document
}{
	{"social-security", func() Document { return testCertificate() }},
	{"social-security-own", func() Document { return testOwnCertificate() }},
	{"application-receipt", func() Document { return testReceipt() }},
	{"property-summary", func() Document { return testProperty() }},
	{"job-slip", func() Document { return testJobSlip() }},
}
