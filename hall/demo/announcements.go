package demo

import (
	"fmt"
	"slices"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// notice is one row of the announcement table. from and until are days
// (inclusive from, exclusive until) in China Standard Time.
type notice struct {
	title, body tri
	towns       []string // empty: every station
	from, until [3]int   // year, month, day
}

// notices are the demo announcements around datasetsAsOf (Friday
// 20 November 2026): most are running, one starts later.
var notices = []notice{
	{
		title: tri{"2027年度城乡居民医保缴费进行中", "2027年度城鄉居民醫保繳費進行中", "2027 residents' medical insurance: payments now open"},
		body: tri{
			"2027年度城乡居民基本医疗保险缴费期为2026年9月1日至12月31日，可在本终端、粤税通或银行缴费。逾期缴费将有待遇等待期，请尽早缴纳。咨询电话22838180。",
			"2027年度城鄉居民基本醫療保險繳費期為2026年9月1日至12月31日，可在本終端、粵稅通或銀行繳費。逾期繳費將有待遇等待期，請儘早繳納。諮詢電話22838180。",
			"Contributions to the 2027 residents' medical insurance are collected from 1 September to 31 December 2026. Pay on this terminal, in the Yue Shui Tong app or at a bank. Late payers wait before their cover starts, so please pay early. Enquiries: 22838180.",
		},
		from: [3]int{2026, 9, 1}, until: [3]int{2027, 1, 1},
	},
	{
		title: tri{"养老金领取资格认证提醒", "養老金領取資格認證提醒", "Reminder: confirm your pension eligibility"},
		body: tri{
			"领取养老金的人员请于12月31日前完成本年度资格认证。本终端支持刷身份证人脸识别认证；行动不便的，可联系村居服务站上门协助。",
			"領取養老金的人員請於12月31日前完成本年度資格認證。本終端支持刷身份證人臉識別認證；行動不便的，可聯繫村居服務站上門協助。",
			"Pensioners, please confirm your eligibility for this year by 31 December. This terminal can do it by face recognition with your ID card; if you cannot get out, your village or community station will visit you.",
		},
		from: [3]int{2026, 11, 1}, until: [3]int{2027, 1, 1},
	},
	{
		title: tri{"秋冬季流感疫苗开始接种", "秋冬季流感疫苗開始接種", "Autumn and winter flu vaccinations have started"},
		body: tri{
			"各镇街社区卫生服务中心已开始接种流感疫苗。60岁以上老人、儿童和慢性病患者建议尽早接种，可通过“粤苗”小程序预约。",
			"各鎮街社區衛生服務中心已開始接種流感疫苗。60歲以上老人、兒童和慢性病患者建議儘早接種，可通過「粵苗」小程序預約。",
			"Community health centres in every town are now giving flu vaccines. People over 60, children and the chronically ill should be vaccinated early; book in the Yue Miao mini-program.",
		},
		from: [3]int{2026, 10, 15}, until: [3]int{2027, 2, 1},
	},
	{
		title: tri{"自助终端新增预约挂号服务", "自助終端新增預約掛號服務", "New on this terminal: hospital appointments"},
		body: tri{
			"即日起，刷身份证即可在本终端预约区内14家医院的门诊号，挂号费在就诊时缴纳。网络中断时暂不能预约，请留意屏幕提示。",
			"即日起，刷身份證即可在本終端預約區內14家醫院的門診號，掛號費在就診時繳納。網絡中斷時暫不能預約，請留意屏幕提示。",
			"From today you can book outpatient appointments at 14 hospitals in the district on this terminal with your ID card; the registration fee is paid at the visit. Booking is not possible while the network is down; the screen will tell you.",
		},
		from: [3]int{2026, 11, 16}, until: [3]int{2027, 1, 1},
	},
	{
		title: tri{"社保查询系统维护通知", "社保查詢系統維護通知", "Social security service maintenance"},
		body: tri{
			"因系统升级，11月22日（星期日）0:00至6:00暂停社保查询和打印服务，其他服务不受影响。给您带来不便，敬请谅解。",
			"因系統升級，11月22日（星期日）0:00至6:00暫停社保查詢和打印服務，其他服務不受影響。給您帶來不便，敬請諒解。",
			"Because of a system upgrade, social security queries and printouts are unavailable on Sunday 22 November from 0:00 to 6:00. Other services are not affected. We apologise for the inconvenience.",
		},
		from: [3]int{2026, 11, 18}, until: [3]int{2026, 11, 23},
	},
	{
		title: tri{"防御台风提示", "防禦颱風提示", "Typhoon warning"},
		body: tri{
			"受今年第26号台风影响，11月20日至22日我区有强风和暴雨。低洼地区居民和鱼塘养殖户请加固设施、做好转移准备，非必要不外出。遇险请拨打110或22838180。",
			"受今年第26號颱風影響，11月20日至22日我區有強風和暴雨。低窪地區居民和魚塘養殖戶請加固設施、做好轉移準備，非必要不外出。遇險請撥打110或22838180。",
			"Typhoon No. 26 of this year brings strong winds and heavy rain to the district from 20 to 22 November. People in low-lying areas and fish farmers, secure your property, be ready to move and stay indoors unless you must go out. In danger call 110 or 22838180.",
		},
		towns: []string{"LL", "JA", "XT"},
		from:  [3]int{2026, 11, 19}, until: [3]int{2026, 11, 23},
	},
	{
		title: tri{"元旦假期服务时间安排", "元旦假期服務時間安排", "New Year holiday opening hours"},
		body: tri{
			"2027年1月1日至3日元旦放假，镇街行政服务中心窗口暂停服务，村居服务站自助终端照常开放，网上服务不受影响。",
			"2027年1月1日至3日元旦放假，鎮街行政服務中心窗口暫停服務，村居服務站自助終端照常開放，網上服務不受影響。",
			"Over the New Year holiday, 1 to 3 January 2027, the desks of the town service centres are closed. The self-service terminals at the stations stay open and online services are not affected.",
		},
		from: [3]int{2026, 12, 20}, until: [3]int{2027, 1, 4},
	},
	{
		title: tri{"大良街道行政服务中心周六延时服务", "大良街道行政服務中心週六延時服務", "Daliang service centre open on Saturdays"},
		body: tri{
			"11月至12月每周六9:00至17:00，大良街道行政服务中心开放社保、医保和户籍窗口，方便上班族办事。",
			"11月至12月每週六9:00至17:00，大良街道行政服務中心開放社保、醫保和戶籍窗口，方便上班族辦事。",
			"In November and December the Daliang service centre opens its social insurance, medical insurance and household registration desks every Saturday from 9:00 to 17:00 for people who work during the week.",
		},
		towns: []string{"DL"},
		from:  [3]int{2026, 11, 1}, until: [3]int{2027, 1, 1},
	},
	{
		title: tri{"容桂街道冬季专场招聘会", "容桂街道冬季專場招聘會", "Ronggui winter job fair"},
		body: tri{
			"11月28日（星期六）9:00起，容桂街道人力资源市场举办冬季专场招聘会，80多家家电及配套企业现场招聘。带身份证即可免费入场。",
			"11月28日（星期六）9:00起，容桂街道人力資源市場舉辦冬季專場招聘會，80多家家電及配套企業現場招聘。帶身份證即可免費入場。",
			"On Saturday 28 November from 9:00, the Ronggui human resources market holds a winter job fair with more than 80 home-appliance makers and suppliers hiring on the spot. Entry is free; bring your ID card.",
		},
		towns: []string{"RG"},
		from:  [3]int{2026, 11, 16}, until: [3]int{2026, 11, 29},
	},
	{
		title: tri{"家电企业职工免费技能培训报名", "家電企業職工免費技能培訓報名", "Free skills training for appliance workers"},
		body: tri{
			"北滘、容桂、勒流的家电企业职工可报名参加免费的电工、焊工和机修工培训，取证后可申领技能提升补贴。报名截至12月15日，详情可到村居服务站或拨打22838180咨询。",
			"北滘、容桂、勒流的家電企業職工可報名參加免費的電工、焊工和機修工培訓，取證後可申領技能提升補貼。報名截至12月15日，詳情可到村居服務站或撥打22838180諮詢。",
			"Workers at home-appliance firms in Beijiao, Ronggui and Leliu can sign up for free electrician, welder and mechanic training and claim the skill-upgrading subsidy once certified. Sign up by 15 December at your station, or call 22838180 for details.",
		},
		towns: []string{"RG", "LL", "BJ"},
		from:  [3]int{2026, 11, 10}, until: [3]int{2026, 12, 16},
	},
	{
		title: tri{"家具企业粉尘防爆专项检查", "家具企業粉塵防爆專項檢查", "Dust explosion checks at furniture factories"},
		body: tri{
			"11月至12月，乐从、龙江开展家具企业木粉尘防爆专项检查。企业请及时清理粉尘、检查除尘设备；员工发现安全隐患可拨打22838180反映。",
			"11月至12月，樂從、龍江開展家具企業木粉塵防爆專項檢查。企業請及時清理粉塵、檢查除塵設備；員工發現安全隱患可撥打22838180反映。",
			"In November and December, Lecong and Longjiang inspect furniture factories for wood-dust explosion risks. Firms, clear dust and check your extraction equipment; workers who see a hazard can report it on 22838180.",
		},
		towns: []string{"LG", "LC"},
		from:  [3]int{2026, 11, 10}, until: [3]int{2027, 1, 1},
	},
	{
		title: tri{"65岁以上老人免费健康体检", "65歲以上老人免費健康體檢", "Free health check-ups for people over 65"},
		body: tri{
			"伦教、陈村、均安的社区卫生服务中心为65岁以上常住老人提供免费健康体检，含血常规、B超和心电图。请带身份证到就近的卫生服务中心预约。",
			"倫教、陳村、均安的社區衛生服務中心為65歲以上常住老人提供免費健康體檢，含血常規、B超和心電圖。請帶身份證到就近的衛生服務中心預約。",
			"Community health centres in Lunjiao, Chencun and Jun'an offer free check-ups, including blood tests, ultrasound and ECG, to residents over 65. Book at your nearest centre with your ID card.",
		},
		towns: []string{"LJ", "CC", "JA"},
		from:  [3]int{2026, 11, 9}, until: [3]int{2026, 12, 19},
	},
}

// Announcements returns the demo notices, in table order: some for every
// station, some for a few towns, running around datasetsAsOf.
func Announcements() wire.Announcements {
	out := wire.Announcements{Items: make([]wire.Announcement, 0, len(notices))}
	day := func(d [3]int) time.Time { return time.Date(d[0], time.Month(d[1]), d[2], 0, 0, 0, 0, shanghai) }
	for i, n := range notices {
		out.Items = append(out.Items, wire.Announcement{
			ID:      fmt.Sprintf("ANN-%03d", i+1),
			Title:   n.title.text(),
			Body:    n.body.text(),
			TownIDs: slices.Clone(n.towns),
			From:    day(n.from),
			Until:   day(n.until),
		})
	}
	return out
}
