package demo

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// shanghai is China Standard Time. It is a fixed zone rather than a lookup
// in the host's time-zone database, so the data never depends on the host.
var shanghai = time.FixedZone("CST", 8*60*60)

// datasetsAsOf is the fixed day the jobs, knowledge-base, announcement and
// hospital datasets are written as of: postings go back 60 days from it,
// notices run around it. Nothing here reads the clock.
var datasetsAsOf = time.Date(2026, 11, 20, 0, 0, 0, 0, shanghai)

// dice is a deterministic random source for the datasets: PCG with a fixed
// seed per dataset. It uses only the generator's raw 64-bit output, so the
// results do not depend on how math/rand/v2 derives bounded numbers.
type dice struct{ pcg *rand.PCG }

func newDice(seed uint64) dice { return dice{rand.NewPCG(seed, 0x5D0C_2026_1120)} }

// intn returns a number in [0, n).
func (r dice) intn(n int) int { return int(r.pcg.Uint64() % uint64(n)) }

// between returns a number in [lo, hi].
func (r dice) between(lo, hi int) int { return lo + r.intn(hi-lo+1) }

// chance is true with the given percentage.
func (r dice) chance(percent int) bool { return r.intn(100) < percent }

// weighted returns an index into w, picked in proportion to its weights.
func (r dice) weighted(w []int) int {
	total := 0
	for _, x := range w {
		total += x
	}
	n := r.intn(total)
	for i, x := range w {
		if n < x {
			return i
		}
		n -= x
	}
	return len(w) - 1
}

// jobCount is the number of postings in the demo jobs dataset.
const jobCount = 5000

// Education levels a posting asks for (wire.Job.Education).
const (
	eduNone     = "none"
	eduJunior   = "junior"
	eduSenior   = "senior"
	eduCollege  = "college"
	eduBachelor = "bachelor"
)

// perk is a benefit a posting offers, in the order postings list them.
type perk int

const (
	pMealsHousing perk = iota
	pHousing
	pWorkMeals
	pMealAllowance
	pFullInsurance
	pSocialInsurance
	pWeekends
	pPaidLeave
	pOvertime
	pNightShift
	pFullAttendance
	pCommission
	pYearEndBonus
	pTransport
	pPhone
	pHeat
	pFestival
	pCheckup
	pTraining
	pTrip
	numPerks
)

// perks is indexed by perk.
var perks = [numPerks]tri{
	pMealsHousing:    {"包吃住", "包吃住", "Meals and housing"},
	pHousing:         {"包住宿", "包住宿", "Housing provided"},
	pWorkMeals:       {"包工作餐", "包工作餐", "Work meals"},
	pMealAllowance:   {"餐补", "餐補", "Meal allowance"},
	pFullInsurance:   {"五险一金", "五險一金", "Social insurance and housing fund"},
	pSocialInsurance: {"购买社保", "購買社保", "Social insurance"},
	pWeekends:        {"周末双休", "週末雙休", "Weekends off"},
	pPaidLeave:       {"带薪年假", "帶薪年假", "Paid annual leave"},
	pOvertime:        {"加班补贴", "加班補貼", "Overtime pay"},
	pNightShift:      {"夜班补贴", "夜班補貼", "Night-shift allowance"},
	pFullAttendance:  {"全勤奖", "全勤獎", "Full-attendance bonus"},
	pCommission:      {"销售提成", "銷售提成", "Sales commission"},
	pYearEndBonus:    {"年终奖", "年終獎", "Year-end bonus"},
	pTransport:       {"交通补贴", "交通補貼", "Transport allowance"},
	pPhone:           {"话费补贴", "話費補貼", "Phone allowance"},
	pHeat:            {"高温补贴", "高溫補貼", "Summer heat allowance"},
	pFestival:        {"节日福利", "節日福利", "Festival gifts"},
	pCheckup:         {"定期体检", "定期體檢", "Regular health checks"},
	pTraining:        {"岗前培训", "崗前培訓", "Pre-job training"},
	pTrip:            {"员工旅游", "員工旅遊", "Staff outings"},
}

// perkGroup keeps a posting from offering two perks of the same kind:
// housing and meals, and insurance.
func perkGroup(p perk) int {
	switch p {
	case pMealsHousing, pHousing, pWorkMeals, pMealAllowance:
		return 1
	case pFullInsurance, pSocialInsurance:
		return 2
	}
	return 0
}

// tradeKind flags tell which title tags and perks fit a trade.
type tradeKind int

const (
	tkShift    tradeKind = 1 << iota // factory shifts: 长白班, 两班倒
	tkLodging                        // 包吃住 is common
	tkSkilled                        // 熟手
	tkOffice                         // office hours: 周末双休, 五险一金
	tkPartTime                       // 可兼职
)

// tradeIdx indexes the trade table.
type tradeIdx int

const (
	tGeneral tradeIdx = iota
	tElectrician
	tWelder
	tCook
	tSecurity
	tCleaner
	tDriver
	tWarehouse
	tPainter
	tSewing
	tInspector
	tMerchandiser
	tSales
	tCashier
	tCarer
	tNanny
	tBeauty
	tMechanic
	tCNC
	tMoulding
	tDelivery
	tCourier
	tAccountant
	tClerk
	tCustService
	tTeacher
	tNursery
	tKitchen
	tGardener
	tFishFarm
	tWoodworker
	tForklift
	tWaiter
	numTrades
)

// titleVar is a job title; only, when set, limits it to one sector.
type titleVar struct {
	name tri
	only sectorIdx
}

// trade is one row of the trade table.
type trade struct {
	id     string
	name   tri
	lo, hi int      // salary band, yuan a month, as Shunde posts them
	open   [2]int   // openings of one posting
	edu    []string // education asked, picked evenly (repeat to weight)
	age    []int    // age limits, picked evenly; 0 for none
	kind   tradeKind
	titles []titleVar
	descs  []tri
	perks  []perk // benefits typical of the trade, on top of the sector's
}

// tv is shorthand for a title open to every sector; tvs for one sector.
func tv(hans, hant, en string) titleVar { return titleVar{name: tri{hans, hant, en}} }
func tvs(s sectorIdx, hans, hant, en string) titleVar {
	return titleVar{name: tri{hans, hant, en}, only: s}
}

// trades is indexed by tradeIdx and kept in display order.
var trades = [numTrades]trade{
	tGeneral: {
		id: "general", name: tri{"普工", "普工", "General worker"}, lo: 4500, hi: 6500, open: [2]int{5, 50},
		edu: []string{eduNone, eduJunior, eduJunior}, age: []int{45, 45, 48, 50}, kind: tkShift | tkLodging,
		titles: []titleVar{tv("普工", "普工", "General worker"), tv("装配工", "裝配工", "Assembly worker"), tv("包装工", "包裝工", "Packer"), tv("生产操作工", "生產操作工", "Production operator")},
		descs: []tri{
			{"负责流水线装配、包装，有师傅带，新手可做。", "負責流水線裝配、包裝，有師傅帶，新手可做。", "Assembly-line and packing work; you are trained, beginners welcome."},
			{"操作简单设备及产品打包，能适应站立工作。", "操作簡單設備及產品打包，能適應站立工作。", "Simple machine work and packing; you must be able to stand at work."},
			{"计件或计时工资，多劳多得，手脚麻利即可。", "計件或計時工資，多勞多得，手腳麻利即可。", "Paid by the piece or by the hour; quick hands are all it takes."},
		},
		perks: []perk{pOvertime, pFullAttendance, pHeat},
	},
	tElectrician: {
		id: "electrician", name: tri{"电工", "電工", "Electrician"}, lo: 6000, hi: 9000, open: [2]int{1, 3},
		edu: []string{eduJunior, eduSenior, eduSenior}, age: []int{50, 50, 55}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("电工", "電工", "Electrician"), tv("维修电工", "維修電工", "Maintenance electrician"), tv("持证电工", "持證電工", "Licensed electrician")},
		descs: []tri{
			{"负责厂区配电及设备电路维护，需持低压电工证。", "負責廠區配電及設備電路維護，需持低壓電工證。", "Maintains the plant's power supply and machine wiring; low-voltage licence required."},
			{"日常电气巡检和故障维修，有两年以上经验优先。", "日常電氣巡檢和故障維修，有兩年以上經驗優先。", "Routine electrical checks and repairs; two years' experience preferred."},
		},
		perks: []perk{pHeat, pYearEndBonus},
	},
	tWelder: {
		id: "welder", name: tri{"焊工", "焊工", "Welder"}, lo: 6000, hi: 9500, open: [2]int{1, 6},
		edu: []string{eduNone, eduJunior}, age: []int{48, 50, 55}, kind: tkSkilled | tkLodging | tkShift,
		titles: []titleVar{tv("焊工", "焊工", "Welder"), tv("氩弧焊工", "氬弧焊工", "Argon-arc welder"), tv("二保焊工", "二保焊工", "CO2 welder")},
		descs: []tri{
			{"焊接不锈钢及铁件，需持焊工证，能看懂图纸。", "焊接不鏽鋼及鐵件，需持焊工證，能看懂圖紙。", "Welds stainless steel and iron parts; welder's licence and drawing reading needed."},
			{"负责产品焊接和补焊，熟手优先，可计件。", "負責產品焊接和補焊，熟手優先，可計件。", "Product welding and touch-up; experienced hands preferred, piece rates possible."},
		},
		perks: []perk{pHeat, pOvertime},
	},
	tCook: {
		id: "cook", name: tri{"厨师", "廚師", "Cook"}, lo: 5500, hi: 10000, open: [2]int{1, 3},
		edu: []string{eduNone, eduJunior}, age: []int{50, 50, 55, 0}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("厨师", "廚師", "Cook"), tv("粤菜厨师", "粵菜廚師", "Cantonese cook"), tv("炒锅师傅", "炒鍋師傅", "Wok chef"), tvs(sCatering, "点心师傅", "點心師傅", "Dim sum chef"), tv("食堂厨师", "食堂廚師", "Canteen cook")},
		descs: []tri{
			{"会做顺德家常菜，负责员工食堂或餐厅出品。", "會做順德家常菜，負責員工食堂或餐廳出品。", "Cooks Shunde home-style dishes for a staff canteen or restaurant."},
			{"负责炒锅出品，持健康证，熟悉粤菜优先。", "負責炒鍋出品，持健康證，熟悉粵菜優先。", "Works the wok station; health certificate needed, Cantonese cuisine a plus."},
		},
		perks: []perk{pFestival},
	},
	tSecurity: {
		id: "security", name: tri{"保安", "保安", "Security guard"}, lo: 3800, hi: 5200, open: [2]int{1, 6},
		edu: []string{eduNone, eduJunior}, age: []int{55, 55, 58, 60}, kind: tkLodging | tkShift,
		titles: []titleVar{tv("保安员", "保安員", "Security guard"), tv("门岗保安", "門崗保安", "Gate guard"), tv("巡逻保安", "巡邏保安", "Patrol guard")},
		descs: []tri{
			{"负责门岗值守、来访登记和巡逻，退伍军人优先。", "負責門崗值守、來訪登記和巡邏，退伍軍人優先。", "Gate duty, visitor registration and patrols; veterans preferred."},
			{"小区或厂区安全巡查，身体健康，责任心强。", "小區或廠區安全巡查，身體健康，責任心強。", "Safety patrols of a residential estate or plant; fit and reliable."},
		},
		perks: []perk{pFestival},
	},
	tCleaner: {
		id: "cleaner", name: tri{"保洁", "保潔", "Cleaner"}, lo: 3000, hi: 4200, open: [2]int{1, 8},
		edu: []string{eduNone}, age: []int{58, 60, 60, 0}, kind: tkPartTime,
		titles: []titleVar{tv("保洁员", "保潔員", "Cleaner"), tv("宿舍保洁", "宿舍保潔", "Dormitory cleaner"), tv("商场保洁员", "商場保潔員", "Shopping-mall cleaner")},
		descs: []tri{
			{"负责公共区域清洁卫生，工作轻松，就近上班。", "負責公共區域清潔衛生，工作輕鬆，就近上班。", "Cleans common areas; light work close to home."},
			{"早班或中班可选，年龄可放宽。", "早班或中班可選，年齡可放寬。", "Morning or afternoon shift; older applicants welcome."},
		},
		perks: []perk{pWorkMeals, pFestival},
	},
	tDriver: {
		id: "driver", name: tri{"司机", "司機", "Driver"}, lo: 5500, hi: 9000, open: [2]int{1, 3},
		edu: []string{eduJunior, eduSenior}, age: []int{50, 50, 55}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("货车司机", "貨車司機", "Truck driver"), tv("送货司机", "送貨司機", "Delivery van driver"), tv("小车司机", "小車司機", "Company car driver")},
		descs: []tri{
			{"顺德及周边送货，需C1以上驾照，三年以上驾龄。", "順德及周邊送貨，需C1以上駕照，三年以上駕齡。", "Deliveries in and around Shunde; C1 licence or higher and three years' driving."},
			{"负责公司车辆驾驶及保养，熟悉珠三角路线。", "負責公司車輛駕駛及保養，熟悉珠三角路線。", "Drives and looks after company vehicles; knows the Pearl River Delta roads."},
		},
		perks: []perk{pPhone, pMealAllowance},
	},
	tWarehouse: {
		id: "warehouse", name: tri{"仓管", "倉管", "Warehouse keeper"}, lo: 4500, hi: 6500, open: [2]int{1, 3},
		edu: []string{eduJunior, eduSenior, eduSenior}, age: []int{40, 45, 45}, kind: tkLodging,
		titles: []titleVar{tv("仓管员", "倉管員", "Warehouse keeper"), tv("仓库管理员", "倉庫管理員", "Warehouse administrator"), tv("物料员", "物料員", "Materials clerk")},
		descs: []tri{
			{"负责物料收发、盘点和出入库登记，会用电脑。", "負責物料收發、盤點和出入庫登記，會用電腦。", "Receives and issues stock, counts inventory and keeps records; basic computer skills."},
			{"仓库整理及账目核对，细心，有叉车证优先。", "倉庫整理及賬目核對，細心，有叉車證優先。", "Keeps the warehouse in order and checks stock records; forklift licence a plus."},
		},
		perks: []perk{pOvertime, pFullAttendance},
	},
	tPainter: {
		id: "furniture-painter", name: tri{"家具油漆工", "家具油漆工", "Furniture painter"}, lo: 6500, hi: 11000, open: [2]int{2, 10},
		edu: []string{eduNone, eduJunior}, age: []int{45, 50, 50}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("家具油漆工", "家具油漆工", "Furniture painter"), tv("喷漆工", "噴漆工", "Spray painter"), tv("打磨工", "打磨工", "Sander")},
		descs: []tri{
			{"实木家具打磨、底漆面漆喷涂，可计件，熟手工资高。", "實木家具打磨、底漆面漆噴塗，可計件，熟手工資高。", "Sanding and spray-painting solid-wood furniture; piece rates, more for experienced hands."},
			{"无尘喷漆房作业，公司提供劳保用品。", "無塵噴漆房作業，公司提供勞保用品。", "Works in a dust-free spray booth; protective gear provided."},
		},
		perks: []perk{pHeat, pCheckup},
	},
	tSewing: {
		id: "sewing", name: tri{"缝纫工", "縫紉工", "Sewing machinist"}, lo: 5000, hi: 9000, open: [2]int{3, 30},
		edu: []string{eduNone, eduJunior}, age: []int{45, 48, 50}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("缝纫工", "縫紉工", "Sewing machinist"), tv("车位工", "車位工", "Sewing operator"), tvs(sFurniture, "沙发车缝工", "沙發車縫工", "Sofa sewing machinist"), tvs(sGarment, "牛仔车缝工", "牛仔車縫工", "Denim sewing machinist")},
		descs: []tri{
			{"会用平车、冚车，计件工资，多劳多得。", "會用平車、冚車，計件工資，多勞多得。", "Lockstitch and coverstitch machines; piece rates, the more you sew the more you earn."},
			{"负责裁片缝合，熟手优先，新手可学。", "負責裁片縫合，熟手優先，新手可學。", "Sews cut pieces together; experienced preferred, beginners can learn."},
		},
		perks: []perk{pFullAttendance, pOvertime},
	},
	tInspector: {
		id: "quality-inspector", name: tri{"质检员", "質檢員", "Quality inspector"}, lo: 4500, hi: 6500, open: [2]int{1, 5},
		edu: []string{eduJunior, eduSenior, eduSenior, eduCollege}, age: []int{40, 40, 45}, kind: tkShift | tkLodging,
		titles: []titleVar{tv("质检员", "質檢員", "Quality inspector"), tv("品检员", "品檢員", "Product inspector"), tv("来料检验员", "來料檢驗員", "Incoming-materials inspector")},
		descs: []tri{
			{"按标准检验产品外观和尺寸，做好检验记录。", "按標準檢驗產品外觀和尺寸，做好檢驗記錄。", "Checks product appearance and dimensions against the standard and keeps records."},
			{"负责来料及成品抽检，会用卡尺等量具。", "負責來料及成品抽檢，會用卡尺等量具。", "Samples incoming parts and finished goods; can use callipers and gauges."},
		},
		perks: []perk{pOvertime, pTraining},
	},
	tMerchandiser: {
		id: "merchandiser", name: tri{"跟单文员", "跟單文員", "Order clerk"}, lo: 4500, hi: 6500, open: [2]int{1, 2},
		edu: []string{eduSenior, eduCollege, eduCollege}, age: []int{35, 35, 40}, kind: tkOffice,
		titles: []titleVar{tv("跟单文员", "跟單文員", "Order clerk"), tv("生产跟单员", "生產跟單員", "Production order clerk"), tv("外贸跟单员", "外貿跟單員", "Export order clerk")},
		descs: []tri{
			{"跟进订单生产进度和出货，熟练使用办公软件。", "跟進訂單生產進度和出貨，熟練使用辦公軟件。", "Follows orders through production and shipping; good with office software."},
			{"对接客户与车间，懂简单英语者优先。", "對接客戶與車間，懂簡單英語者優先。", "Links customers and the workshop; some English preferred."},
		},
		perks: []perk{pYearEndBonus, pMealAllowance},
	},
	tSales: {
		id: "sales", name: tri{"销售", "銷售", "Salesperson"}, lo: 4000, hi: 12000, open: [2]int{1, 5},
		edu: []string{eduSenior, eduCollege, eduCollege}, age: []int{35, 40, 40, 0}, kind: tkOffice,
		titles: []titleVar{tv("销售代表", "銷售代表", "Sales representative"), tvs(sAppliance, "家电销售", "家電銷售", "Home-appliance sales"), tvs(sFurniture, "家具销售顾问", "家具銷售顧問", "Furniture sales consultant"), tvs(sRetail, "门店导购", "門店導購", "Shop sales assistant")},
		descs: []tri{
			{"底薪加提成，负责门店接待和客户跟进。", "底薪加提成，負責門店接待和客戶跟進。", "Base pay plus commission; serves walk-in customers and follows up leads."},
			{"开发和维护客户，能适应短途出差。", "開發和維護客戶，能適應短途出差。", "Finds and keeps customers; short business trips."},
		},
		perks: []perk{pCommission, pPhone},
	},
	tCashier: {
		id: "cashier", name: tri{"收银员", "收銀員", "Cashier"}, lo: 3800, hi: 5000, open: [2]int{1, 4},
		edu: []string{eduJunior, eduSenior}, age: []int{35, 40, 45}, kind: tkPartTime,
		titles: []titleVar{tv("收银员", "收銀員", "Cashier"), tvs(sRetail, "超市收银员", "超市收銀員", "Supermarket cashier"), tv("前台收银", "前臺收銀", "Front-desk cashier")},
		descs: []tri{
			{"负责收银结账和日结对账，会用手机支付设备。", "負責收銀結賬和日結對賬，會用手機支付設備。", "Takes payments and balances the till; familiar with mobile payments."},
			{"早晚班轮换，细心诚实，有经验优先。", "早晚班輪換，細心誠實，有經驗優先。", "Rotating early and late shifts; careful and honest, experience preferred."},
		},
		perks: []perk{pWorkMeals, pFullAttendance},
	},
	tCarer: {
		id: "care-worker", name: tri{"护工", "護工", "Care worker"}, lo: 4500, hi: 7000, open: [2]int{1, 6},
		edu: []string{eduNone, eduJunior}, age: []int{55, 55, 58}, kind: tkLodging | tkShift,
		titles: []titleVar{tv("护工", "護工", "Care worker"), tv("养老护理员", "養老護理員", "Elderly care worker"), tv("医院陪护", "醫院陪護", "Hospital carer")},
		descs: []tri{
			{"照顾长者饮食起居，有护理员证优先，可培训。", "照顧長者飲食起居，有護理員證優先，可培訓。", "Looks after older people's daily needs; care certificate a plus, training given."},
			{"协助护士做生活护理，有耐心和爱心。", "協助護士做生活護理，有耐心和愛心。", "Helps nurses with personal care; patient and kind."},
		},
		perks: []perk{pNightShift, pTraining},
	},
	tNanny: {
		id: "infant-carer", name: tri{"育婴员", "育嬰員", "Infant carer"}, lo: 5500, hi: 9000, open: [2]int{1, 5},
		edu: []string{eduJunior, eduSenior}, age: []int{50, 50, 55}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("育婴员", "育嬰員", "Infant carer"), tv("育儿嫂", "育兒嫂", "Live-in nanny"), tv("月嫂", "月嫂", "Postnatal carer")},
		descs: []tri{
			{"照顾0至3岁婴幼儿，持育婴员证，有健康证。", "照顧0至3歲嬰幼兒，持育嬰員證，有健康證。", "Cares for babies and toddlers up to three; infant-care and health certificates."},
			{"入户照顾产妇和新生儿，公司派单，收入稳定。", "入戶照顧產婦和新生兒，公司派單，收入穩定。", "Home care for new mothers and newborns; steady bookings from the agency."},
		},
		perks: []perk{pTraining},
	},
	tBeauty: {
		id: "beauty-hair", name: tri{"美容美发", "美容美髮", "Beauty and hairdressing"}, lo: 4500, hi: 10000, open: [2]int{1, 4},
		edu: []string{eduJunior, eduSenior}, age: []int{35, 35, 40}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("美发师", "美髮師", "Hairdresser"), tv("美容师", "美容師", "Beautician"), tv("美发助理", "美髮助理", "Hairdressing assistant"), tv("美甲师", "美甲師", "Nail technician")},
		descs: []tri{
			{"底薪加提成，有技术者优先，新人包教。", "底薪加提成，有技術者優先，新人包教。", "Base pay plus commission; skilled staff preferred, newcomers taught."},
			{"为顾客提供洗剪吹或护理服务，形象好，有亲和力。", "為顧客提供洗剪吹或護理服務，形象好，有親和力。", "Washes, cuts and styles or gives treatments; friendly and well presented."},
		},
		perks: []perk{pCommission},
	},
	tMechanic: {
		id: "mechanic", name: tri{"机修工", "機修工", "Maintenance mechanic"}, lo: 6000, hi: 9000, open: [2]int{1, 3},
		edu: []string{eduJunior, eduSenior}, age: []int{45, 50, 50}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("机修工", "機修工", "Maintenance mechanic"), tv("设备维修工", "設備維修工", "Equipment repairer"), tvs(sAuto, "汽车维修工", "汽車維修工", "Car mechanic")},
		descs: []tri{
			{"负责生产设备保养和故障维修，懂气动液压优先。", "負責生產設備保養和故障維修，懂氣動液壓優先。", "Services and repairs production machines; pneumatics and hydraulics a plus."},
			{"设备日常点检、换模调机，有相关经验。", "設備日常點檢、換模調機，有相關經驗。", "Daily machine checks, mould changes and set-up; relevant experience needed."},
		},
		perks: []perk{pYearEndBonus, pOvertime},
	},
	tCNC: {
		id: "cnc", name: tri{"CNC操作工", "CNC操作工", "CNC operator"}, lo: 5500, hi: 8500, open: [2]int{2, 10},
		edu: []string{eduJunior, eduSenior}, age: []int{40, 40, 45}, kind: tkShift | tkSkilled | tkLodging,
		titles: []titleVar{tv("CNC操作工", "CNC操作工", "CNC operator"), tv("数控车床工", "數控車床工", "CNC lathe operator"), tv("加工中心操作工", "加工中心操作工", "Machining centre operator")},
		descs: []tri{
			{"上下料、对刀和首件检测，会看图纸优先。", "上下料、對刀和首件檢測，會看圖紙優先。", "Loads parts, sets tools and checks first pieces; drawing reading a plus."},
			{"操作数控机床加工五金件，按图纸完成加工。", "操作數控機床加工五金件，按圖紙完成加工。", "Runs CNC machines on metal parts to drawings."},
		},
		perks: []perk{pNightShift, pOvertime},
	},
	tMoulding: {
		id: "injection-moulding", name: tri{"注塑工", "注塑工", "Injection moulding operator"}, lo: 5000, hi: 7500, open: [2]int{2, 15},
		edu: []string{eduNone, eduJunior, eduJunior}, age: []int{45, 45, 48}, kind: tkShift | tkLodging,
		titles: []titleVar{tv("注塑工", "注塑工", "Injection moulding operator"), tv("注塑机操作工", "注塑機操作工", "Moulding machine operator"), tv("注塑技术员", "注塑技術員", "Injection moulding technician")},
		descs: []tri{
			{"看机取件、修披锋和包装，新手可教。", "看機取件、修披鋒和包裝，新手可教。", "Minds the machine, trims flash and packs parts; beginners taught."},
			{"负责注塑机调机和换模，有家电配件经验优先。", "負責注塑機調機和換模，有家電配件經驗優先。", "Sets up machines and changes moulds; appliance-parts experience a plus."},
		},
		perks: []perk{pNightShift, pHeat},
	},
	tDelivery: {
		id: "delivery", name: tri{"物流配送员", "物流配送員", "Delivery worker"}, lo: 5500, hi: 8000, open: [2]int{2, 10},
		edu: []string{eduNone, eduJunior}, age: []int{45, 45, 50}, kind: tkLodging,
		titles: []titleVar{tv("物流配送员", "物流配送員", "Delivery worker"), tv("送货安装工", "送貨安裝工", "Delivery and installation worker"), tv("装卸配送员", "裝卸配送員", "Loading and delivery worker")},
		descs: []tri{
			{"跟车送货上门并协助安装，身体好，能吃苦。", "跟車送貨上門並協助安裝，身體好，能吃苦。", "Rides with the van, delivers to the door and helps install; fit and hard-working."},
			{"负责货物装卸和区域配送，按件计费。", "負責貨物裝卸和區域配送，按件計費。", "Loads, unloads and delivers in a district; paid per delivery."},
		},
		perks: []perk{pMealAllowance, pHeat},
	},
	tCourier: {
		id: "courier", name: tri{"快递员", "快遞員", "Courier"}, lo: 6000, hi: 9500, open: [2]int{2, 8},
		edu: []string{eduNone, eduJunior}, age: []int{45, 45, 50}, kind: tkPartTime,
		titles: []titleVar{tv("快递员", "快遞員", "Courier"), tv("快递派件员", "快遞派件員", "Parcel delivery courier"), tv("快递收派员", "快遞收派員", "Pick-up and delivery courier")},
		descs: []tri{
			{"负责片区快件收派，多劳多得，公司提供电动车。", "負責片區快件收派，多勞多得，公司提供電動車。", "Collects and delivers parcels in one area; paid per parcel, e-bike provided."},
			{"熟悉本镇道路，会用智能手机。", "熟悉本鎮道路，會用智能手機。", "Knows the town's roads and can use a smartphone."},
		},
		perks: []perk{pPhone, pHeat},
	},
	tAccountant: {
		id: "accountant", name: tri{"会计", "會計", "Accountant"}, lo: 5000, hi: 8000, open: [2]int{1, 2},
		edu: []string{eduCollege, eduCollege, eduBachelor}, age: []int{40, 45, 0}, kind: tkOffice,
		titles: []titleVar{tv("会计", "會計", "Accountant"), tv("出纳", "出納", "Cash and payments clerk"), tv("成本会计", "成本會計", "Cost accountant"), tv("总账会计", "總賬會計", "General-ledger accountant")},
		descs: []tri{
			{"负责账务处理和纳税申报，有初级会计职称。", "負責賬務處理和納稅申報，有初級會計職稱。", "Keeps the books and files tax returns; junior accountant qualification."},
			{"熟悉财务软件和电子税务局，有工厂经验优先。", "熟悉財務軟件和電子稅務局，有工廠經驗優先。", "Knows accounting software and the e-tax bureau; factory experience a plus."},
		},
		perks: []perk{pYearEndBonus, pPaidLeave},
	},
	tClerk: {
		id: "office-clerk", name: tri{"行政文员", "行政文員", "Office clerk"}, lo: 4000, hi: 5500, open: [2]int{1, 2},
		edu: []string{eduSenior, eduCollege, eduCollege}, age: []int{35, 35, 40}, kind: tkOffice,
		titles: []titleVar{tv("行政文员", "行政文員", "Office clerk"), tv("前台文员", "前臺文員", "Receptionist"), tv("人事行政专员", "人事行政專員", "HR and admin assistant")},
		descs: []tri{
			{"负责文件整理、考勤统计和来访接待。", "負責文件整理、考勤統計和來訪接待。", "Files documents, keeps attendance records and receives visitors."},
			{"熟练使用办公软件，打字快，有责任心。", "熟練使用辦公軟件，打字快，有責任心。", "Good with office software, fast typing, reliable."},
		},
		perks: []perk{pPaidLeave, pFestival},
	},
	tCustService: {
		id: "online-service", name: tri{"电商客服", "電商客服", "E-commerce customer service"}, lo: 4200, hi: 6500, open: [2]int{1, 6},
		edu: []string{eduSenior, eduSenior, eduCollege}, age: []int{30, 35, 35}, kind: tkOffice | tkPartTime,
		titles: []titleVar{tv("电商客服", "電商客服", "E-commerce customer service"), tv("售后客服", "售後客服", "After-sales service agent"), tv("直播助理", "直播助理", "Live-stream assistant")},
		descs: []tri{
			{"在线回复顾客咨询、处理订单和售后，打字每分钟50字以上。", "在線回覆顧客諮詢、處理訂單和售後，打字每分鐘50字以上。", "Answers shoppers online, handles orders and after-sales; types 50 characters a minute."},
			{"负责网店日常运营和客户回访，有电商经验优先。", "負責網店日常運營和客戶回訪，有電商經驗優先。", "Runs the online shop day to day and calls customers back; e-commerce experience a plus."},
		},
		perks: []perk{pFullAttendance, pCommission},
	},
	tTeacher: {
		id: "kindergarten-teacher", name: tri{"幼儿教师", "幼兒教師", "Kindergarten teacher"}, lo: 4500, hi: 7000, open: [2]int{1, 3},
		edu: []string{eduCollege, eduCollege, eduBachelor}, age: []int{35, 35, 40}, kind: tkOffice,
		titles: []titleVar{tv("幼儿教师", "幼兒教師", "Kindergarten teacher"), tv("幼儿园配班老师", "幼兒園配班老師", "Assistant kindergarten teacher"), tv("幼儿园主班老师", "幼兒園主班老師", "Lead kindergarten teacher")},
		descs: []tri{
			{"持幼儿教师资格证，热爱幼教，会粤语优先。", "持幼兒教師資格證，熱愛幼教，會粵語優先。", "Kindergarten teaching certificate; loves young children; Cantonese a plus."},
			{"负责班级保教工作，有寒暑假。", "負責班級保教工作，有寒暑假。", "Teaches and cares for a class; winter and summer holidays."},
		},
		perks: []perk{pPaidLeave, pCheckup},
	},
	tNursery: {
		id: "nursery-assistant", name: tri{"保育员", "保育員", "Nursery assistant"}, lo: 3800, hi: 5000, open: [2]int{1, 3},
		edu: []string{eduJunior, eduSenior}, age: []int{45, 45, 50}, kind: tkOffice,
		titles: []titleVar{tv("保育员", "保育員", "Nursery assistant"), tv("幼儿园保育员", "幼兒園保育員", "Kindergarten nursery assistant")},
		descs: []tri{
			{"照顾幼儿生活起居，做好班级卫生消毒，持保育员证。", "照顧幼兒生活起居，做好班級衛生消毒，持保育員證。", "Looks after children's daily needs and keeps the classroom clean; nursery certificate."},
			{"协助老师管理班级，性格温和，有耐心。", "協助老師管理班級，性格溫和，有耐心。", "Helps the teacher run the class; gentle and patient."},
		},
		perks: []perk{pWorkMeals, pCheckup},
	},
	tKitchen: {
		id: "kitchen-helper", name: tri{"厨房帮工", "廚房幫工", "Kitchen helper"}, lo: 3800, hi: 5000, open: [2]int{1, 4},
		edu: []string{eduNone}, age: []int{50, 55, 55}, kind: tkLodging | tkPartTime,
		titles: []titleVar{tv("厨房帮工", "廚房幫工", "Kitchen helper"), tv("洗碗工", "洗碗工", "Dishwasher"), tv("切配工", "切配工", "Kitchen prep worker"), tv("食堂帮厨", "食堂幫廚", "Canteen kitchen helper")},
		descs: []tri{
			{"洗菜切菜、清洁厨房和餐具，有健康证。", "洗菜切菜、清潔廚房和餐具，有健康證。", "Washes and cuts vegetables, cleans the kitchen and dishes; health certificate."},
			{"协助厨师备料，工作时间固定。", "協助廚師備料，工作時間固定。", "Helps the cooks prepare; fixed working hours."},
		},
		perks: []perk{pFestival},
	},
	tGardener: {
		id: "gardener", name: tri{"园林绿化工", "園林綠化工", "Landscaping worker"}, lo: 3800, hi: 5200, open: [2]int{1, 6},
		edu: []string{eduNone}, age: []int{55, 58, 60}, kind: tkLodging,
		titles: []titleVar{tv("园林绿化工", "園林綠化工", "Landscaping worker"), tv("绿化养护工", "綠化養護工", "Grounds maintenance worker"), tvs(sFarming, "花卉种植工", "花卉種植工", "Flower grower")},
		descs: []tri{
			{"负责苗木浇水、修剪和除草，能适应户外工作。", "負責苗木澆水、修剪和除草，能適應戶外工作。", "Waters, prunes and weeds plants; outdoor work."},
			{"花卉盆栽种植和养护，熟悉花木者优先。", "花卉盆栽種植和養護，熟悉花木者優先。", "Grows and tends potted flowers; plant knowledge a plus."},
		},
		perks: []perk{pHeat},
	},
	tFishFarm: {
		id: "fish-farm", name: tri{"水产养殖工", "水產養殖工", "Fish farm worker"}, lo: 4500, hi: 7000, open: [2]int{1, 4},
		edu: []string{eduNone, eduJunior}, age: []int{55, 55, 60}, kind: tkLodging,
		titles: []titleVar{tv("水产养殖工", "水產養殖工", "Fish farm worker"), tv("鱼塘管理员", "魚塘管理員", "Fish pond keeper"), tv("水产养殖技术员", "水產養殖技術員", "Aquaculture technician")},
		descs: []tri{
			{"负责鱼塘投料、巡塘和水质管理，吃苦耐劳。", "負責魚塘投料、巡塘和水質管理，吃苦耐勞。", "Feeds the fish, walks the ponds and watches the water; hard-working."},
			{"协助捕捞和分拣鱼货，有养殖经验优先。", "協助捕撈和分揀魚貨，有養殖經驗優先。", "Helps net and sort the catch; fish-farming experience a plus."},
		},
		perks: []perk{pHeat},
	},
	tWoodworker: {
		id: "woodworker", name: tri{"木工", "木工", "Woodworker"}, lo: 6000, hi: 10000, open: [2]int{2, 10},
		edu: []string{eduNone, eduJunior}, age: []int{45, 50, 50}, kind: tkSkilled | tkLodging,
		titles: []titleVar{tv("木工", "木工", "Woodworker"), tv("开料工", "開料工", "Panel cutting operator"), tv("家具安装工", "家具安裝工", "Furniture installer")},
		descs: []tri{
			{"实木或板式家具开料、组装，能看图纸，计件。", "實木或板式家具開料、組裝，能看圖紙，計件。", "Cuts and assembles solid-wood or panel furniture from drawings; piece rates."},
			{"操作开料机、封边机，有家具厂经验优先。", "操作開料機、封邊機，有家具廠經驗優先。", "Runs panel saws and edge banders; furniture-factory experience a plus."},
		},
		perks: []perk{pOvertime, pHeat},
	},
	tForklift: {
		id: "forklift", name: tri{"叉车司机", "叉車司機", "Forklift driver"}, lo: 5500, hi: 8000, open: [2]int{1, 4},
		edu: []string{eduJunior, eduSenior}, age: []int{45, 50, 50}, kind: tkShift | tkLodging,
		titles: []titleVar{tv("叉车司机", "叉車司機", "Forklift driver"), tv("持证叉车工", "持證叉車工", "Licensed forklift operator")},
		descs: []tri{
			{"持叉车证，负责仓库货物装卸和搬运。", "持叉車證，負責倉庫貨物裝卸和搬運。", "Forklift licence; loads, unloads and moves stock in the warehouse."},
			{"安全驾驶，服从安排，有两年以上经验。", "安全駕駛，服從安排，有兩年以上經驗。", "Drives safely and follows instructions; two years' experience."},
		},
		perks: []perk{pOvertime, pHeat},
	},
	tWaiter: {
		id: "waiter", name: tri{"服务员", "服務員", "Restaurant server"}, lo: 3800, hi: 5200, open: [2]int{2, 8},
		edu: []string{eduNone, eduJunior}, age: []int{40, 45, 45}, kind: tkLodging | tkPartTime,
		titles: []titleVar{tv("餐厅服务员", "餐廳服務員", "Restaurant server"), tv("传菜员", "傳菜員", "Food runner"), tvs(sCatering, "茶楼服务员", "茶樓服務員", "Tea-house server")},
		descs: []tri{
			{"负责点菜、上菜和餐前准备，会讲粤语优先。", "負責點菜、上菜和餐前準備，會講粵語優先。", "Takes orders, serves dishes and sets tables; Cantonese a plus."},
			{"早茶或晚市，可做长工或短工。", "早茶或晚市，可做長工或短工。", "Morning dim sum or evening service; long or short term."},
		},
		perks: []perk{pWorkMeals, pFestival},
	},
}

// titleMod is a tag added to a title: 包吃住, 长白班 … It fits trades
// of the given kind and brings its perk, if any.
type titleMod struct {
	tag   tri
	fits  tradeKind
	perk  perk
	raise bool // the tag asks for experience: the pay starts higher
}

const noPerk perk = -1

var titleMods = []titleMod{
	{tri{"（包吃住）", "（包吃住）", " (meals and housing)"}, tkLodging, pMealsHousing, false},
	{tri{"（长白班）", "（長白班）", " (day shift)"}, tkShift, noPerk, false},
	{tri{"（两班倒）", "（兩班倒）", " (two shifts)"}, tkShift, pNightShift, false},
	{tri{"（熟手）", "（熟手）", " (experienced)"}, tkSkilled, noPerk, true},
	{tri{"（周末双休）", "（週末雙休）", " (weekends off)"}, tkOffice, pWeekends, false},
	{tri{"（可兼职）", "（可兼職）", " (part-time possible)"}, tkPartTime, noPerk, false},
}

// urgent is the prefix of a posting that must be filled fast.
var urgent = tri{"急招", "急招", "Urgent: "}

// sectorIdx indexes the sector table; 0 means any sector.
type sectorIdx int

const (
	sAny sectorIdx = iota
	sAppliance
	sFurniture
	sHardware
	sPlastics
	sGarment
	sFood
	sCatering
	sLogistics
	sRetail
	sProperty
	sCare
	sKindergarten
	sBeauty
	sFarming
	sEcommerce
	sOffice
	sAuto
	numSectors
)

// employerKind is the end of an employer's name: 电器有限公司, 酒家 …
// A local business puts its town before its brand (大良嘉润酒家); a
// company is registered in the district (佛山市顺德区嘉润电器有限公司).
type employerKind struct {
	name  tri
	local bool
}

// tradeShare is a trade and its weight among a sector's postings.
type tradeShare struct {
	trade  tradeIdx
	weight int
}

// sector is a line of business: its employers' names, the trades it hires
// and the perks it usually offers.
type sector struct {
	kinds   []employerKind
	factory bool // sits in an industrial zone
	trades  []tradeShare
	perks   []perk
}

func co(hans, hant, en string) employerKind { return employerKind{name: tri{hans, hant, en}} }
func local(hans, hant, en string) employerKind {
	return employerKind{name: tri{hans, hant, en}, local: true}
}

// sectors is indexed by sectorIdx; sAny is empty.
var sectors = [numSectors]sector{
	sAppliance: {
		kinds:   []employerKind{co("电器有限公司", "電器有限公司", "Electrical Appliance Co., Ltd."), co("电器制造有限公司", "電器製造有限公司", "Electrical Appliance Manufacturing Co., Ltd."), co("电子科技有限公司", "電子科技有限公司", "Electronic Technology Co., Ltd."), co("智能家电有限公司", "智能家電有限公司", "Smart Appliance Co., Ltd.")},
		factory: true,
		trades:  []tradeShare{{tGeneral, 30}, {tInspector, 6}, {tMoulding, 5}, {tCNC, 3}, {tElectrician, 3}, {tMechanic, 4}, {tWelder, 2}, {tWarehouse, 3}, {tForklift, 2}, {tMerchandiser, 3}, {tAccountant, 1}, {tClerk, 2}, {tSales, 2}, {tSecurity, 1}, {tKitchen, 1}, {tDriver, 1}},
		perks:   []perk{pMealsHousing, pWorkMeals, pYearEndBonus, pFestival, pCheckup, pTraining, pTrip, pFullAttendance},
	},
	sFurniture: {
		kinds:   []employerKind{co("家具有限公司", "家具有限公司", "Furniture Co., Ltd."), co("家具厂", "家具廠", "Furniture Factory"), co("家居用品有限公司", "家居用品有限公司", "Home Furnishings Co., Ltd."), co("木业有限公司", "木業有限公司", "Wood Products Co., Ltd.")},
		factory: true,
		trades:  []tradeShare{{tGeneral, 14}, {tWoodworker, 10}, {tPainter, 10}, {tSewing, 5}, {tInspector, 3}, {tWarehouse, 3}, {tSales, 8}, {tDriver, 4}, {tDelivery, 5}, {tMerchandiser, 3}, {tAccountant, 1}, {tClerk, 2}, {tCustService, 3}, {tForklift, 2}},
		perks:   []perk{pMealsHousing, pHousing, pWorkMeals, pYearEndBonus, pFestival, pFullAttendance},
	},
	sHardware: {
		kinds:   []employerKind{co("五金制品有限公司", "五金製品有限公司", "Hardware Products Co., Ltd."), co("机械设备有限公司", "機械設備有限公司", "Machinery Co., Ltd."), co("金属制品厂", "金屬製品廠", "Metal Products Factory"), co("精密模具有限公司", "精密模具有限公司", "Precision Mould Co., Ltd.")},
		factory: true,
		trades:  []tradeShare{{tGeneral, 15}, {tWelder, 8}, {tCNC, 8}, {tMechanic, 6}, {tElectrician, 4}, {tInspector, 4}, {tWarehouse, 2}, {tMerchandiser, 2}, {tAccountant, 1}, {tForklift, 2}, {tSales, 2}},
		perks:   []perk{pMealsHousing, pHousing, pWorkMeals, pYearEndBonus, pFestival, pFullAttendance},
	},
	sPlastics: {
		kinds:   []employerKind{co("塑料制品有限公司", "塑料製品有限公司", "Plastic Products Co., Ltd."), co("包装材料有限公司", "包裝材料有限公司", "Packaging Materials Co., Ltd."), co("塑胶五金厂", "塑膠五金廠", "Plastics and Hardware Factory")},
		factory: true,
		trades:  []tradeShare{{tGeneral, 15}, {tMoulding, 12}, {tMechanic, 4}, {tInspector, 4}, {tWarehouse, 2}, {tForklift, 2}, {tClerk, 1}},
		perks:   []perk{pMealsHousing, pWorkMeals, pFullAttendance, pFestival, pCheckup},
	},
	sGarment: {
		kinds:   []employerKind{co("制衣厂", "製衣廠", "Garment Factory"), co("服装有限公司", "服裝有限公司", "Clothing Co., Ltd."), co("纺织有限公司", "紡織有限公司", "Textile Co., Ltd."), co("牛仔洗水厂", "牛仔洗水廠", "Denim Washing Factory")},
		factory: true,
		trades:  []tradeShare{{tSewing, 20}, {tGeneral, 8}, {tInspector, 4}, {tMerchandiser, 4}, {tWarehouse, 2}, {tCustService, 3}, {tAccountant, 1}},
		perks:   []perk{pMealsHousing, pHousing, pFullAttendance, pFestival, pYearEndBonus},
	},
	sFood: {
		kinds:   []employerKind{co("食品有限公司", "食品有限公司", "Food Co., Ltd."), co("食品厂", "食品廠", "Food Factory"), co("调味食品有限公司", "調味食品有限公司", "Seasonings Co., Ltd.")},
		factory: true,
		trades:  []tradeShare{{tGeneral, 15}, {tInspector, 4}, {tWarehouse, 3}, {tDriver, 3}, {tSales, 3}, {tCook, 2}, {tForklift, 1}, {tAccountant, 1}, {tCustService, 2}},
		perks:   []perk{pMealsHousing, pWorkMeals, pFestival, pCheckup, pFullAttendance},
	},
	sCatering: {
		kinds:  []employerKind{local("酒家", "酒家", "Restaurant"), co("餐饮管理有限公司", "餐飲管理有限公司", "Catering Management Co., Ltd."), local("茶楼", "茶樓", "Tea House"), local("农庄", "農莊", "Farm Restaurant")},
		trades: []tradeShare{{tCook, 12}, {tKitchen, 10}, {tWaiter, 12}, {tCashier, 4}, {tCleaner, 2}},
		perks:  []perk{pMealsHousing, pWorkMeals, pFullAttendance, pFestival},
	},
	sLogistics: {
		kinds:   []employerKind{co("物流有限公司", "物流有限公司", "Logistics Co., Ltd."), co("供应链管理有限公司", "供應鏈管理有限公司", "Supply Chain Management Co., Ltd."), co("运输有限公司", "運輸有限公司", "Transport Co., Ltd."), co("速递有限公司", "速遞有限公司", "Express Co., Ltd.")},
		factory: true,
		trades:  []tradeShare{{tDriver, 10}, {tDelivery, 10}, {tWarehouse, 6}, {tForklift, 6}, {tCourier, 6}, {tGeneral, 5}, {tClerk, 2}, {tCustService, 2}},
		perks:   []perk{pHousing, pMealAllowance, pFullAttendance, pYearEndBonus, pFestival},
	},
	sRetail: {
		kinds:  []employerKind{co("商贸有限公司", "商貿有限公司", "Trading Co., Ltd."), local("超市", "超市", "Supermarket"), local("百货商场", "百貨商場", "Department Store")},
		trades: []tradeShare{{tCashier, 10}, {tSales, 10}, {tWarehouse, 3}, {tSecurity, 2}, {tCleaner, 2}, {tCustService, 3}, {tAccountant, 1}},
		perks:  []perk{pWorkMeals, pMealAllowance, pFullAttendance, pFestival, pCommission},
	},
	sProperty: {
		kinds:  []employerKind{co("物业管理有限公司", "物業管理有限公司", "Property Management Co., Ltd."), co("物业服务有限公司", "物業服務有限公司", "Property Services Co., Ltd.")},
		trades: []tradeShare{{tSecurity, 15}, {tCleaner, 15}, {tElectrician, 4}, {tGardener, 5}, {tClerk, 2}},
		perks:  []perk{pHousing, pWorkMeals, pFestival, pFullAttendance},
	},
	sCare: {
		kinds:  []employerKind{co("家政服务有限公司", "家政服務有限公司", "Home Services Co., Ltd."), local("颐养院", "頤養院", "Care Home"), local("护理院", "護理院", "Nursing Home")},
		trades: []tradeShare{{tCarer, 12}, {tNanny, 10}, {tCleaner, 6}, {tKitchen, 2}},
		perks:  []perk{pMealsHousing, pHousing, pFestival, pTraining},
	},
	sKindergarten: {
		kinds:  []employerKind{local("幼儿园", "幼兒園", "Kindergarten")},
		trades: []tradeShare{{tTeacher, 10}, {tNursery, 8}, {tKitchen, 2}, {tSecurity, 1}, {tCleaner, 1}},
		perks:  []perk{pWorkMeals, pPaidLeave, pFestival, pCheckup},
	},
	sBeauty: {
		kinds:  []employerKind{local("美发店", "美髮店", "Hair Salon"), local("美容会所", "美容會所", "Beauty Club"), local("形象设计工作室", "形象設計工作室", "Image Design Studio")},
		trades: []tradeShare{{tBeauty, 12}, {tCashier, 2}, {tSales, 1}},
		perks:  []perk{pMealsHousing, pHousing, pTraining, pFestival},
	},
	sFarming: {
		kinds:  []employerKind{local("水产养殖专业合作社", "水產養殖專業合作社", "Aquaculture Cooperative"), co("生态农业有限公司", "生態農業有限公司", "Eco-Agriculture Co., Ltd."), co("花卉园艺有限公司", "花卉園藝有限公司", "Flowers and Horticulture Co., Ltd.")},
		trades: []tradeShare{{tFishFarm, 12}, {tGardener, 6}, {tGeneral, 4}, {tDriver, 2}},
		perks:  []perk{pMealsHousing, pHousing, pFestival},
	},
	sEcommerce: {
		kinds:  []employerKind{co("电子商务有限公司", "電子商務有限公司", "E-commerce Co., Ltd."), co("网络科技有限公司", "網絡科技有限公司", "Network Technology Co., Ltd.")},
		trades: []tradeShare{{tCustService, 12}, {tSales, 4}, {tWarehouse, 4}, {tGeneral, 4}, {tClerk, 2}, {tAccountant, 1}},
		perks:  []perk{pWorkMeals, pMealAllowance, pFullAttendance, pYearEndBonus, pTrip},
	},
	sOffice: {
		kinds:  []employerKind{co("财务咨询有限公司", "財務諮詢有限公司", "Financial Consulting Co., Ltd."), co("企业管理咨询有限公司", "企業管理諮詢有限公司", "Business Consulting Co., Ltd.")},
		trades: []tradeShare{{tAccountant, 10}, {tClerk, 6}, {tSales, 3}},
		perks:  []perk{pMealAllowance, pTransport, pYearEndBonus, pPaidLeave, pTrip},
	},
	sAuto: {
		kinds:  []employerKind{co("汽车维修服务有限公司", "汽車維修服務有限公司", "Car Repair Services Co., Ltd."), co("汽车销售服务有限公司", "汽車銷售服務有限公司", "Car Sales and Service Co., Ltd.")},
		trades: []tradeShare{{tMechanic, 8}, {tSales, 4}, {tElectrician, 2}, {tCashier, 1}},
		perks:  []perk{pWorkMeals, pMealAllowance, pYearEndBonus, pCommission, pFestival},
	},
}

// townEconomy weighs a town's postings among the district's (share, in
// percent) and its sectors among its own: home appliances in Beijiao and
// Ronggui, furniture in Lecong and Longjiang, hardware in Leliu and
// Lunjiao, denim in Jun'an, fish ponds in Xingtan, services in Daliang.
// Keyed by town code; it is only ever looked up, never ranged over.
var townEconomy = map[string]struct {
	share   int
	sectors [numSectors]int
}{
	// sectors: any, appliance, furniture, hardware, plastics, garment, food, catering, logistics,
	// retail, property, care, kindergarten, beauty, farming, e-commerce, office, auto
	"DL": {14, [numSectors]int{0, 3, 1, 2, 1, 1, 5, 10, 3, 8, 6, 5, 4, 5, 0, 3, 4, 3}},
	"RG": {16, [numSectors]int{0, 12, 1, 4, 4, 2, 2, 5, 4, 4, 4, 3, 3, 3, 0, 3, 2, 2}},
	"LJ": {7, [numSectors]int{0, 3, 2, 8, 2, 4, 2, 4, 3, 3, 3, 2, 2, 2, 1, 2, 1, 1}},
	"LL": {9, [numSectors]int{0, 6, 1, 8, 4, 1, 2, 3, 3, 3, 2, 2, 2, 2, 3, 2, 1, 1}},
	"CC": {7, [numSectors]int{0, 2, 1, 6, 2, 1, 2, 3, 5, 3, 2, 2, 2, 2, 6, 2, 1, 2}},
	"JA": {6, [numSectors]int{0, 1, 1, 2, 2, 10, 4, 3, 2, 2, 2, 2, 2, 2, 5, 3, 1, 1}},
	"XT": {6, [numSectors]int{0, 2, 3, 4, 2, 2, 3, 3, 2, 2, 2, 2, 2, 2, 8, 2, 1, 1}},
	"LG": {10, [numSectors]int{0, 2, 12, 3, 4, 2, 1, 3, 4, 3, 2, 2, 2, 2, 1, 3, 1, 1}},
	"LC": {11, [numSectors]int{0, 1, 12, 3, 1, 1, 1, 4, 7, 5, 3, 2, 2, 2, 1, 4, 2, 2}},
	"BJ": {14, [numSectors]int{0, 14, 1, 5, 3, 1, 2, 4, 4, 4, 4, 2, 3, 2, 1, 3, 2, 2}},
}

// brands are invented trade names for the demo employers. They are made
// of common auspicious characters and avoid the names of well-known
// Shunde companies; any likeness to a real business is chance.
var brands = []tri{
	{"嘉润", "嘉潤", "Jiarun"}, {"恒辉", "恆輝", "Henghui"}, {"锦泰", "錦泰", "Jintai"}, {"宏图", "宏圖", "Hongtu"},
	{"永盛", "永盛", "Yongsheng"}, {"信达", "信達", "Xinda"}, {"华盛", "華盛", "Huasheng"}, {"顺兴", "順興", "Shunxing"},
	{"德丰", "德豐", "Defeng"}, {"利源", "利源", "Liyuan"}, {"富康", "富康", "Fukang"}, {"鸿运", "鴻運", "Hongyun"},
	{"骏业", "駿業", "Junye"}, {"裕丰", "裕豐", "Yufeng"}, {"明辉", "明輝", "Minghui"}, {"金利", "金利", "Jinli"},
	{"兆丰", "兆豐", "Zhaofeng"}, {"广和", "廣和", "Guanghe"}, {"泰和", "泰和", "Taihe"}, {"卓越", "卓越", "Zhuoyue"},
	{"雅居", "雅居", "Yaju"}, {"凯盛", "凱盛", "Kaisheng"}, {"瑞丰", "瑞豐", "Ruifeng"}, {"佳宝", "佳寶", "Jiabao"},
	{"恒泰", "恆泰", "Hengtai"}, {"新锐", "新銳", "Xinrui"}, {"宝华", "寶華", "Baohua"}, {"海鸿", "海鴻", "Haihong"},
	{"宏昌", "宏昌", "Hongchang"}, {"兴旺", "興旺", "Xingwang"}, {"众联", "眾聯", "Zhonglian"}, {"柏雅", "柏雅", "Baiya"},
	{"名轩", "名軒", "Mingxuan"}, {"森源", "森源", "Senyuan"}, {"荣达", "榮達", "Rongda"}, {"粤丰", "粵豐", "Yuefeng"},
	{"南粤", "南粵", "Nanyue"}, {"鑫源", "鑫源", "Xinyuan"}, {"盈丰", "盈豐", "Yingfeng"}, {"立诚", "立誠", "Licheng"},
	{"天润", "天潤", "Tianrun"}, {"万福", "萬福", "Wanfu"}, {"金穗", "金穗", "Jinsui"}, {"华美", "華美", "Huamei"},
	{"家和", "家和", "Jiahe"}, {"联兴", "聯興", "Lianxing"}, {"伟业", "偉業", "Weiye"}, {"顺景", "順景", "Shunjing"},
	{"朗晴", "朗晴", "Langqing"}, {"星河", "星河", "Xinghe"}, {"思源", "思源", "Siyuan"}, {"博雅", "博雅", "Boya"},
	{"协力", "協力", "Xieli"}, {"汇通", "匯通", "Huitong"}, {"正和", "正和", "Zhenghe"}, {"金桥", "金橋", "Jinqiao"},
	{"彩云", "彩雲", "Caiyun"}, {"东信", "東信", "Dongxin"}, {"旭日", "旭日", "Xuri"}, {"丰源", "豐源", "Fengyuan"},
	{"和顺", "和順", "Heshun"}, {"长兴", "長興", "Changxing"}, {"安达", "安達", "Anda"}, {"永安", "永安", "Yong'an"},
	{"俊宏", "俊宏", "Junhong"}, {"海富", "海富", "Haifu"}, {"福临", "福臨", "Fulin"}, {"宏远", "宏遠", "Hongyuan"},
	{"荣兴", "榮興", "Rongxing"}, {"雅丽", "雅麗", "Yali"}, {"康乐", "康樂", "Kangle"}, {"德润", "德潤", "Derun"},
	{"富兴", "富興", "Fuxing"}, {"金源", "金源", "Jinyuan"}, {"合盛", "合盛", "Hesheng"}, {"顺福", "順福", "Shunfu"},
	{"晶华", "晶華", "Jinghua"}, {"雄峰", "雄峰", "Xiongfeng"}, {"宏业", "宏業", "Hongye"}, {"创景", "創景", "Chuangjing"},
	{"盛世", "盛世", "Shengshi"}, {"万嘉", "萬嘉", "Wanjia"}, {"添福", "添福", "Tianfu"}, {"永泰", "永泰", "Yongtai"},
	{"冠华", "冠華", "Guanhua"}, {"聚福", "聚福", "Jufu"}, {"启航", "啟航", "Qihang"}, {"凯旋", "凱旋", "Kaixuan"},
	{"宏艺", "宏藝", "Hongyi"}, {"精诚", "精誠", "Jingcheng"}, {"悦华", "悅華", "Yuehua"}, {"乐怡", "樂怡", "Leyi"},
}

// roads are street names for the employers' addresses.
var roads = []tri{
	{"兴业路", "興業路", "Xingye Road"}, {"工业大道", "工業大道", "Gongye Avenue"}, {"创业路", "創業路", "Chuangye Road"},
	{"科技路", "科技路", "Keji Road"}, {"新城路", "新城路", "Xincheng Road"}, {"顺和路", "順和路", "Shunhe Road"},
	{"富华路", "富華路", "Fuhua Road"}, {"建设路", "建設路", "Jianshe Road"}, {"人民路", "人民路", "Renmin Road"},
	{"振兴路", "振興路", "Zhenxing Road"}, {"宝龙路", "寶龍路", "Baolong Road"}, {"南华路", "南華路", "Nanhua Road"},
	{"置业路", "置業路", "Zhiye Road"}, {"发展大道", "發展大道", "Fazhan Avenue"}, {"裕和路", "裕和路", "Yuhe Road"},
	{"环镇路", "環鎮路", "Huanzhen Road"}, {"商业街", "商業街", "Shangye Street"}, {"东成路", "東成路", "Dongcheng Road"},
}

// employer is one demo employer with its public details.
type employer struct {
	name    tri
	address tri
	phone   string
	sector  sectorIdx
}

// jobsPerEmployer sets how many employers a town has for its postings.
const jobsPerEmployer = 9

// Jobs returns the demo job-postings dataset: about 30 trades and 5,000
// postings over the ten towns, by invented employers, posted over the 60
// days before datasetsAsOf. Job IDs run in posting order.
func Jobs() wire.Jobs {
	r := newDice(0x4A0B5)
	out := wire.Jobs{Trades: make([]wire.Trade, 0, numTrades), Jobs: make([]wire.Job, 0, jobCount)}
	for _, t := range trades {
		out.Trades = append(out.Trades, wire.Trade{ID: t.id, Name: t.name.text()})
	}

	employers := makeEmployers(r)
	shares := make([]int, len(towns))
	for i, tw := range towns {
		shares[i] = townEconomy[tw.code].share
	}
	type posting struct {
		job wire.Job
		seq int
	}
	posts := make([]posting, 0, jobCount)
	for seq := range jobCount {
		ti := r.weighted(shares)
		tw := towns[ti]
		econ := townEconomy[tw.code]
		sec := sectorIdx(r.weighted(econ.sectors[:]))
		pool := employers[ti][sec]
		em := pool[r.intn(len(pool))]
		posts = append(posts, posting{makeJob(r, tw, em), seq})
	}
	slices.SortStableFunc(posts, func(a, b posting) int {
		return cmp.Or(a.job.PostedAt.Compare(b.job.PostedAt), cmp.Compare(a.seq, b.seq))
	})
	for i := range posts {
		posts[i].job.ID = fmt.Sprintf("JOB-%06d", i+1)
		out.Jobs = append(out.Jobs, posts[i].job)
	}
	return out
}

// makeEmployers invents each town's employers, at least one for every
// sector the town has, more for its bigger sectors. Names are unique in
// the district, and so are phone numbers.
func makeEmployers(r dice) [][numSectors][]employer {
	out := make([][numSectors][]employer, len(towns))
	usedName := map[[2]int]bool{} // brand, kind position
	usedPhone := map[string]bool{}
	for ti, tw := range towns {
		econ := townEconomy[tw.code]
		total := 0
		for _, w := range econ.sectors {
			total += w
		}
		count := econ.share * jobCount / 100 / jobsPerEmployer
		for s := sAny + 1; s < numSectors; s++ {
			w := econ.sectors[s]
			if w == 0 {
				continue
			}
			n := max(1, (w*count+total/2)/total)
			for range n {
				out[ti][s] = append(out[ti][s], newEmployer(r, tw, s, usedName, usedPhone))
			}
		}
	}
	return out
}

func newEmployer(r dice, tw townRow, s sectorIdx, usedName map[[2]int]bool, usedPhone map[string]bool) employer {
	sec := sectors[s]
	var b, k int
	for {
		b, k = r.intn(len(brands)), r.intn(len(sec.kinds))
		key := [2]int{b, int(s)*16 + k}
		if !usedName[key] {
			usedName[key] = true
			break
		}
	}
	brand, kind := brands[b], sec.kinds[k]
	var name tri
	switch {
	case kind.local:
		name = tri{tw.name[0] + brand[0] + kind.name[0], tw.name[1] + brand[1] + kind.name[1], brand[2] + " " + kind.name[2] + ", " + tw.name[2]}
	case r.chance(60):
		name = tri{"佛山市顺德区" + brand[0] + kind.name[0], "佛山市順德區" + brand[1] + kind.name[1], "Foshan Shunde " + brand[2] + " " + kind.name[2]}
	default:
		name = tri{"顺德区" + brand[0] + kind.name[0], "順德區" + brand[1] + kind.name[1], "Shunde " + brand[2] + " " + kind.name[2]}
	}

	road := roads[r.intn(len(roads))]
	num := r.between(1, 188)
	var addr tri
	if sec.factory {
		st := tw.stations[r.intn(len(tw.stations))].name
		addr = tri{
			fmt.Sprintf("%s%s工业区%s%d号", tw.name[0], st[0], road[0], num),
			fmt.Sprintf("%s%s工業區%s%d號", tw.name[1], st[1], road[1], num),
			fmt.Sprintf("No. %d %s, %s Industrial Zone, %s", num, road[2], st[2], tw.name[2]),
		}
	} else {
		addr = tri{
			fmt.Sprintf("%s%s%d号", tw.name[0], road[0], num),
			fmt.Sprintf("%s%s%d號", tw.name[1], road[1], num),
			fmt.Sprintf("No. %d %s, %s", num, road[2], tw.name[2]),
		}
	}

	// Shunde's fixed lines are 0757-2xxxxxxx; these are invented.
	var phone string
	for {
		phone = fmt.Sprintf("0757-2%d%06d", []int{2, 3, 5, 6, 7, 8, 9}[r.intn(7)], r.intn(1000000))
		if !usedPhone[phone] {
			usedPhone[phone] = true
			break
		}
	}
	return employer{name: name, address: addr, phone: phone, sector: s}
}

// makeJob writes one posting of the employer; the caller numbers it.
func makeJob(r dice, tw townRow, em employer) wire.Job {
	sec := sectors[em.sector]
	shares := make([]int, len(sec.trades))
	for i, ts := range sec.trades {
		shares[i] = ts.weight
	}
	ti := sec.trades[r.weighted(shares)].trade
	t := trades[ti]

	var titles []tri
	for _, v := range t.titles {
		if v.only == sAny || v.only == em.sector {
			titles = append(titles, v.name)
		}
	}
	title := titles[r.intn(len(titles))]
	var mod *titleMod
	if r.chance(55) {
		var fit []*titleMod
		for i := range titleMods {
			if titleMods[i].fits&t.kind != 0 {
				fit = append(fit, &titleMods[i])
			}
		}
		if len(fit) > 0 {
			mod = fit[r.intn(len(fit))]
			title = tri{title[0] + mod.tag[0], title[1] + mod.tag[1], title[2] + mod.tag[2]}
		}
	}
	if r.chance(8) {
		title = tri{urgent[0] + title[0], urgent[1] + title[1], urgent[2] + title[2]}
	}

	// Salary: the minimum in the lower half of the trade's band (the upper
	// part of it for experienced hands), the maximum 30–50% of the band
	// above it, both in hundreds of yuan.
	span := t.hi - t.lo
	lo := t.lo
	if mod != nil && mod.raise {
		lo += span / 4 / 100 * 100
	}
	minPay := lo + r.intn((t.lo+span/2-lo)/100+1)*100
	maxPay := min(t.hi, minPay+span*3/10/100*100+r.intn(span/5/100+1)*100)

	return wire.Job{
		Title:       title.text(),
		TradeID:     t.id,
		Employer:    em.name.text(),
		TownID:      tw.code,
		Address:     em.address.text(),
		SalaryMin:   minPay,
		SalaryMax:   maxPay,
		Openings:    r.between(t.open[0], t.open[1]),
		Education:   t.edu[r.intn(len(t.edu))],
		AgeMax:      t.age[r.intn(len(t.age))],
		Benefits:    jobPerks(r, t, sec, mod),
		Description: t.descs[r.intn(len(t.descs))].text(),
		Contact:     em.phone,
		PostedAt: datasetsAsOf.AddDate(0, 0, -r.between(1, 60)).
			Add(time.Duration(r.between(8*60, 17*60+59)) * time.Minute),
	}
}

// jobPerks picks a posting's benefits: social insurance (the full five
// insurances and housing fund for office work and some others), the perk
// of the title tag, and one to three from what the trade and the sector
// usually offer, at most one of each group, in table order.
func jobPerks(r dice, t trade, sec sector, mod *titleMod) []wire.Text {
	var got []perk
	has := func(p perk) bool {
		for _, g := range got {
			if g == p || (perkGroup(p) != 0 && perkGroup(p) == perkGroup(g)) {
				return true
			}
		}
		return false
	}
	if t.kind&tkOffice != 0 || r.chance(30) {
		got = append(got, pFullInsurance)
	} else if r.chance(85) {
		got = append(got, pSocialInsurance)
	}
	if mod != nil && mod.perk != noPerk {
		got = append(got, mod.perk)
	}
	pool := slices.Concat(t.perks, sec.perks)
	for range r.between(1, 3) {
		if p := pool[r.intn(len(pool))]; !has(p) {
			got = append(got, p)
		}
	}
	slices.Sort(got)
	out := make([]wire.Text, len(got))
	for i, p := range got {
		out[i] = perks[p].text()
	}
	return out
}
