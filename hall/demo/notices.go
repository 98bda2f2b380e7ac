package demo

import (
	"fmt"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// noticeItems are the non-tax payments residents pay at a station.
var noticeItems = []struct {
	item, itemHant, itemEn string
	dept, deptHant, deptEn string
	fen                    []int64
}{
	{"城乡居民基本医疗保险费", "城鄉居民基本醫療保險費", "Residents' basic medical insurance", "佛山市顺德区医疗保障局", "佛山市順德區醫療保障局", "Shunde Medical Security Bureau", []int64{38000, 38000, 19000}},
	{"城乡居民养老保险费", "城鄉居民養老保險費", "Residents' pension insurance", "佛山市顺德区社会保险基金管理局", "佛山市順德區社會保險基金管理局", "Shunde Social Insurance Fund Office", []int64{18000, 36000, 60000}},
	{"不动产登记费", "不動產登記費", "Real estate registration fee", "佛山市顺德区不动产登记中心", "佛山市順德區不動產登記中心", "Shunde Real Estate Registration Centre", []int64{8000, 55000}},
	{"机动车号牌工本费", "機動車號牌工本費", "Vehicle number plate fee", "佛山市公安局顺德分局", "佛山市公安局順德分局", "Shunde Public Security Branch", []int64{10000}},
	{"居民身份证工本费", "居民身份證工本費", "Resident ID card fee", "佛山市公安局顺德分局", "佛山市公安局順德分局", "Shunde Public Security Branch", []int64{2000, 4000}},
	{"道路交通安全违法行为罚款", "道路交通安全違法行為罰款", "Road traffic fine", "佛山市公安局顺德分局交通警察大队", "佛山市公安局順德分局交通警察大隊", "Shunde Traffic Police", []int64{20000, 10000, 5000}},
	{"河道采砂管理费", "河道採砂管理費", "River sand extraction fee", "佛山市顺德区住房城乡建设和水利局", "佛山市順德區住房城鄉建設和水利局", "Shunde Housing, Construction and Water Bureau", []int64{120000}},
	{"公办幼儿园保教费", "公辦幼兒園保教費", "Public kindergarten fee", "佛山市顺德区教育局", "佛山市順德區教育局", "Shunde Education Bureau", []int64{150000, 180000}},
}

var payerSurnames = []string{"陈", "梁", "何", "李", "黄", "罗", "吴", "冯", "麦", "苏", "潘", "周"}

// Notices returns deterministic non-tax payment notices: numbers
// 4406062026000001 … (the first five are easy to type in a demo).
func Notices() []wire.PaymentNotice {
	r := newDice(20261125)
	base := time.Date(2026, 12, 31, 0, 0, 0, 0, shanghai)
	var out []wire.PaymentNotice
	for i := 1; i <= 60; i++ {
		it := noticeItems[(i-1)%len(noticeItems)]
		fen := it.fen[r.intn(len(it.fen))]
		out = append(out, wire.PaymentNotice{
			Number:      fmt.Sprintf("4406062026%06d", i),
			PayerMasked: payerSurnames[r.intn(len(payerSurnames))] + "**",
			Item:        wire.Text{wire.LangZhHans: it.item, wire.LangZhHant: it.itemHant, wire.LangEn: it.itemEn},
			Department:  wire.Text{wire.LangZhHans: it.dept, wire.LangZhHant: it.deptHant, wire.LangEn: it.deptEn},
			AmountFen:   fen,
			DueDate:     base,
			Status:      wire.NoticeUnpaid,
		})
	}
	return out
}
