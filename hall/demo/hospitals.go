package demo

import (
	"fmt"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// Hospital levels (wire.Hospital.Level).
const (
	level3A        = "3A"
	level2A        = "2A"
	levelCommunity = "community"
)

// clinic is a kind of clinical department. Its code, the initials of its
// pinyin name, ends the department ID: HOSP-01-NK.
type clinic struct {
	code string
	name tri
	// allWeek: the department sees patients every day, as general
	// medicine, surgery, paediatrics and obstetrics do.
	allWeek bool
	// evening: a 3A hospital's or a community centre's department also
	// holds an evening clinic (夜诊).
	evening bool
}

var clinics = map[string]clinic{
	"NK":    {"NK", tri{"内科", "內科", "Internal Medicine"}, true, false},
	"WK":    {"WK", tri{"外科", "外科", "General Surgery"}, true, false},
	"EK":    {"EK", tri{"儿科", "兒科", "Paediatrics"}, true, true},
	"FCK":   {"FCK", tri{"妇产科", "婦產科", "Obstetrics and Gynaecology"}, true, false},
	"FK":    {"FK", tri{"妇科", "婦科", "Gynaecology"}, false, false},
	"CK":    {"CK", tri{"产科", "產科", "Obstetrics"}, true, false},
	"ZYK":   {"ZYK", tri{"中医科", "中醫科", "Traditional Chinese Medicine"}, false, false},
	"ZYNK":  {"ZYNK", tri{"中医内科", "中醫內科", "TCM Internal Medicine"}, true, false},
	"ZJK":   {"ZJK", tri{"针灸科", "針灸科", "Acupuncture"}, false, false},
	"TNK":   {"TNK", tri{"推拿科", "推拿科", "Tuina Massage"}, false, false},
	"ZYGSK": {"ZYGSK", tri{"中医骨伤科", "中醫骨傷科", "TCM Orthopaedics and Traumatology"}, false, false},
	"KQK":   {"KQK", tri{"口腔科", "口腔科", "Dentistry"}, false, false},
	"YK":    {"YK", tri{"眼科", "眼科", "Ophthalmology"}, false, false},
	"EBHK":  {"EBHK", tri{"耳鼻咽喉科", "耳鼻咽喉科", "Ear, Nose and Throat"}, false, false},
	"PFK":   {"PFK", tri{"皮肤科", "皮膚科", "Dermatology"}, false, false},
	"GK":    {"GK", tri{"骨科", "骨科", "Orthopaedics"}, false, false},
	"KFK":   {"KFK", tri{"康复科", "康復科", "Rehabilitation"}, false, false},
	"QK":    {"QK", tri{"全科", "全科", "General Practice"}, true, true},
	"XXGNK": {"XXGNK", tri{"心血管内科", "心血管內科", "Cardiology"}, false, false},
	"XHNK":  {"XHNK", tri{"消化内科", "消化內科", "Gastroenterology"}, false, false},
	"HXNK":  {"HXNK", tri{"呼吸内科", "呼吸內科", "Respiratory Medicine"}, false, false},
	"SJNK":  {"SJNK", tri{"神经内科", "神經內科", "Neurology"}, false, false},
	"NFMK":  {"NFMK", tri{"内分泌科", "內分泌科", "Endocrinology"}, false, false},
	"MNWK":  {"MNWK", tri{"泌尿外科", "泌尿外科", "Urology"}, false, false},
	"ZLK":   {"ZLK", tri{"肿瘤科", "腫瘤科", "Oncology"}, false, false},
	"ETBJK": {"ETBJK", tri{"儿童保健科", "兒童保健科", "Child Health"}, false, false},
}

// hospitalRow is one hospital: its departments by clinic code and the
// clinics that also hold an expert clinic (专家门诊).
type hospitalRow struct {
	name    tri
	town    string
	address tri
	level   string
	depts   []string
	experts []string
}

// hospitalRows are the demo hospitals that take bookings: the district's
// big hospitals in Daliang, a people's hospital in each other town and
// two community health centres. The names are plausible, not a
// directory; the addresses are invented.
var hospitalRows = []hospitalRow{
	{tri{"顺德区第一人民医院", "順德區第一人民醫院", "Shunde No. 1 People's Hospital"}, "DL",
		tri{"大良保健路1号", "大良保健路1號", "No. 1 Baojian Road, Daliang"}, level3A,
		[]string{"NK", "XXGNK", "XHNK", "HXNK", "SJNK", "NFMK", "WK", "GK", "MNWK", "EK", "FCK", "EBHK", "YK"},
		[]string{"XXGNK", "GK"}},
	{tri{"顺德区中医院", "順德區中醫院", "Shunde Hospital of Traditional Chinese Medicine"}, "DL",
		tri{"大良环城路38号", "大良環城路38號", "No. 38 Huancheng Road, Daliang"}, level3A,
		[]string{"ZYNK", "ZJK", "TNK", "ZYGSK", "NK", "WK", "EK", "FCK", "PFK", "KFK"},
		[]string{"ZYNK", "ZJK"}},
	{tri{"顺德区妇幼保健院", "順德區婦幼保健院", "Shunde Maternal and Child Health Hospital"}, "DL",
		tri{"大良德和路12号", "大良德和路12號", "No. 12 Dehe Road, Daliang"}, level3A,
		[]string{"FK", "CK", "EK", "ETBJK", "KQK", "YK", "ZYK"},
		[]string{"FK", "EK"}},
	{tri{"顺德区容桂人民医院", "順德區容桂人民醫院", "Ronggui People's Hospital, Shunde"}, "RG",
		tri{"容桂桂洲大道中90号", "容桂桂洲大道中90號", "No. 90 Guizhou Avenue Central, Ronggui"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK", "YK", "EBHK", "PFK", "GK", "KFK"},
		[]string{"NK"}},
	{tri{"顺德区北滘人民医院", "順德區北滘人民醫院", "Beijiao People's Hospital, Shunde"}, "BJ",
		tri{"北滘新城环镇东路8号", "北滘新城環鎮東路8號", "No. 8 Huanzhen East Road, Beijiao New Town"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK", "YK", "GK", "PFK", "KFK"},
		[]string{"GK"}},
	{tri{"顺德区乐从人民医院", "順德區樂從人民醫院", "Lecong People's Hospital, Shunde"}, "LC",
		tri{"乐从新马路23号", "樂從新馬路23號", "No. 23 Xinma Road, Lecong"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK", "GK", "PFK", "EBHK"},
		nil},
	{tri{"顺德区龙江人民医院", "順德區龍江人民醫院", "Longjiang People's Hospital, Shunde"}, "LG",
		tri{"龙江丰华北路16号", "龍江豐華北路16號", "No. 16 Fenghua North Road, Longjiang"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK", "YK", "GK", "KFK"},
		[]string{"NK"}},
	{tri{"顺德区勒流人民医院", "順德區勒流人民醫院", "Leliu People's Hospital, Shunde"}, "LL",
		tri{"勒流政和路5号", "勒流政和路5號", "No. 5 Zhenghe Road, Leliu"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK", "GK"},
		nil},
	{tri{"顺德区伦教人民医院", "順德區倫教人民醫院", "Lunjiao People's Hospital, Shunde"}, "LJ",
		tri{"伦教荔村路19号", "倫教荔村路19號", "No. 19 Licun Road, Lunjiao"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK", "PFK"},
		nil},
	{tri{"顺德区陈村人民医院", "順德區陳村人民醫院", "Chencun People's Hospital, Shunde"}, "CC",
		tri{"陈村锦龙大道33号", "陳村錦龍大道33號", "No. 33 Jinlong Avenue, Chencun"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK", "GK", "KFK"},
		nil},
	{tri{"顺德区均安人民医院", "順德區均安人民醫院", "Jun'an People's Hospital, Shunde"}, "JA",
		tri{"均安百安路11号", "均安百安路11號", "No. 11 Bai'an Road, Jun'an"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK"},
		nil},
	{tri{"顺德区杏坛人民医院", "順德區杏壇人民醫院", "Xingtan People's Hospital, Shunde"}, "XT",
		tri{"杏坛建设路21号", "杏壇建設路21號", "No. 21 Jianshe Road, Xingtan"}, level2A,
		[]string{"NK", "WK", "EK", "FCK", "ZYK", "KQK", "KFK"},
		nil},
	{tri{"顺德区大良社区卫生服务中心", "順德區大良社區衛生服務中心", "Daliang Community Health Centre, Shunde"}, "DL",
		tri{"大良云良路6号", "大良雲良路6號", "No. 6 Yunliang Road, Daliang"}, levelCommunity,
		[]string{"QK", "ZYK", "ETBJK", "KQK", "FK", "KFK"},
		nil},
	{tri{"顺德区容桂社区卫生服务中心", "順德區容桂社區衛生服務中心", "Ronggui Community Health Centre, Shunde"}, "RG",
		tri{"容桂容山路27号", "容桂容山路27號", "No. 27 Rongshan Road, Ronggui"}, levelCommunity,
		[]string{"QK", "ZYK", "ETBJK", "KQK", "FK", "KFK"},
		nil},
}

// Clinic sessions.
const (
	sessionMorning   = "08:00-12:00"
	sessionAfternoon = "14:30-17:30"
	sessionEvening   = "18:30-21:00"
)

// registration fees in fen, by level: an ordinary clinic and an expert
// clinic.
var (
	feeOrdinary = map[string]int64{level3A: 2000, level2A: 1500, levelCommunity: 1000}
	feeExpert   = map[string]int64{level3A: 5000, level2A: 3000}
)

// expertDays are the weekday patterns of expert clinics, taken in turn.
var expertDays = [][]int{{1, 3, 5}, {2, 4}, {1, 4}, {2, 5}, {3, 6}}

// Hospitals returns the demo hospitals that take bookings through the
// kiosk, each with its departments and weekly clinic schedule.
func Hospitals() wire.Hospitals {
	out := wire.Hospitals{Hospitals: make([]wire.Hospital, 0, len(hospitalRows))}
	experts := 0
	for i, h := range hospitalRows {
		id := fmt.Sprintf("HOSP-%02d", i+1)
		w := wire.Hospital{
			ID:          id,
			Name:        h.name.text(),
			TownID:      h.town,
			Address:     h.address.text(),
			Level:       h.level,
			Departments: make([]wire.ClinicalDept, 0, len(h.depts)+len(h.experts)),
		}
		for _, code := range h.depts {
			c := clinics[code]
			w.Departments = append(w.Departments, wire.ClinicalDept{
				ID:       id + "-" + c.code,
				Name:     c.name.text(),
				FeeFen:   feeOrdinary[h.level],
				Weekdays: clinicDays(c, h.level),
				Sessions: clinicSessions(c, h.level),
			})
		}
		for _, code := range h.experts {
			c := clinics[code]
			days := expertDays[experts%len(expertDays)]
			session := sessionMorning
			if experts%3 == 2 {
				session = sessionAfternoon
			}
			experts++
			w.Departments = append(w.Departments, wire.ClinicalDept{
				ID:       id + "-" + c.code + "ZJ",
				Name:     join(c.name, tri{"专家门诊", "專家門診", "— Expert Clinic"}, " ").text(),
				FeeFen:   feeExpert[h.level],
				Weekdays: append([]int(nil), days...),
				Sessions: []string{session},
			})
		}
		out.Hospitals = append(out.Hospitals, w)
	}
	return out
}

// clinicDays: general departments every day; specialties Monday to
// Saturday in a 3A hospital, Monday to Friday elsewhere; a community
// centre's child health clinic on weekdays and its others Monday to
// Saturday.
func clinicDays(c clinic, level string) []int {
	switch {
	case c.allWeek:
		return []int{0, 1, 2, 3, 4, 5, 6}
	case level == level3A, level == levelCommunity && c.code != "ETBJK":
		return []int{1, 2, 3, 4, 5, 6}
	}
	return []int{1, 2, 3, 4, 5}
}

// clinicSessions: morning and afternoon, and an evening clinic for
// paediatrics in 3A hospitals and general practice in community centres.
func clinicSessions(c clinic, level string) []string {
	if c.evening && level != level2A {
		return []string{sessionMorning, sessionAfternoon, sessionEvening}
	}
	return []string{sessionMorning, sessionAfternoon}
}
