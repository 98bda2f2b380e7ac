package documents

import (
	"strings"
	"testing"
)

// TestTextContent extracts each document's text with pdftotext and looks
// for the fields a reader must find, and for the personal data that must
// not be there.
func TestTextContent(t *testing.T) {
	needTool(t, "pdftotext", "poppler-utils")
	common := []string{testStation, "出具时间：2026年05月18日 10:32", "核验方法", "验证码："}
	tests := []struct {
		name   string
		doc    Document
		want   []string
		absent []string
	}{
		{
			name: "social-security",
			doc:  testCertificate(),
			want: []string{
				"参保证明", "张伟明", testIDMasked, testVerifyCode, testVerifyURL,
				"养老保险", "医疗保险", "失业保险", "工伤保险", "生育保险", "至今", "2019年12月",
				"2023年06月", "2026年05月", "4588.00", "1140.11", "481.74", "4850.00", "欠缴", "补缴",
				"合计（不含欠缴）", "佛山市顺德区美旭电器制造有限公司", "佛山市顺德区社会保险基金管理局",
				"特此证明", "第 1 页 共 2 页", "第 2 页 共 2 页",
			},
			absent: []string{testIDNumber, "完整的公民身份号码"},
		},
		{
			name:   "social-security-own",
			doc:    testOwnCertificate(),
			want:   []string{"参保证明", "张伟明", testIDNumber, "4DQ8-WB6N-RZ0E", "完整的公民身份号码", "2025年06月"},
			absent: []string{testIDMasked, "2025年05月"},
		},
		{
			name: "application-receipt",
			doc:  testReceipt(),
			want: []string{
				"受理回执", "4406062605180031", "个体工商户设立登记", "佛山市顺德区市场监督管理局",
				"欧***", "4406********7719", "3 个工作日", "2026年05月21日", "已受理·待同步",
				"个体工商户登记（备案）申请书", "经营者居民身份证", "原件", "复印件", "电子件",
				"邮政寄递", "138****4467", "凤山中路28号", "0757-22838180", "C1F5-9JPE-3XMT",
			},
			absent: []string{testApplicantID, "欧阳秀芬", "13802914467"},
		},
		{
			name: "property-summary",
			doc:  testProperty(),
			want: []string{
				"不动产登记信息摘要", "粤（2021）佛顺不动产权第****456号", "凤山中路28号3座502房",
				"89.56 平方米", "住宅", "商品房", "李**", "陈**", "4406********0032", "4406********1229",
				"共同共有", "抵押", "中国工商银行股份有限公司", "800000.00", "P7QR-2M8K-VW4C",
			},
			absent: []string{testOwnerIDA, testOwnerIDB, "李国强", "陈美玲", "0123456"},
		},
		{
			name: "job-slip",
			doc:  testJobSlip(),
			want: []string{
				"职位信息单", "数控车床操作工", "SDJ-20260512-0417", "佛山市顺德区美旭电器制造有限公司",
				"5500–7500元/月", "6 人", "工业大道18号", "黄小姐", "0757-28301234", "FANUC",
				"2026年06月30日", "12333", "J2B9-KX5D-8NMF",
			},
		},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := renderFixture(t, dir, tt.name, tt.doc)
			text := string(run(t, "pdftotext", "-enc", "UTF-8", path, "-"))
			// pdftotext breaks lines where the page does; a wrapped URL or
			// sentence is still one string once the breaks are gone.
			// pdftotext also drops or adds spaces between CJK and digits.
			squeeze := strings.NewReplacer("\n", "", "\f", "", " ", "")
			flat := squeeze.Replace(text)
			for _, w := range append(common, tt.want...) {
				if !strings.Contains(text, w) && !strings.Contains(flat, squeeze.Replace(w)) {
					t.Errorf("text lacks %q", w)
				}
			}
			for _, a := range tt.absent {
				if strings.Contains(text, a) || strings.Contains(flat, squeeze.Replace(a)) {
					t.Errorf("text contains %q, which must not be printed", a)
				}
			}
			if t.Failed() {
				t.Logf("extracted text:\n%s", text)
			}
		})
	}
}
