package idcard

// Gender is the GB/T 2261.1 code printed on the card: "0" unknown, "1"
// male, "2" female, "9" not stated. Other values are kept as read and
// shown as unknown.
type Gender string

// Genders of GB/T 2261.1.
const (
	GenderUnknown   Gender = "0"
	GenderMale      Gender = "1"
	GenderFemale    Gender = "2"
	GenderNotStated Gender = "9"
)

var genderNames = map[Gender][2]string{
	GenderUnknown:   {"未知", "unknown"},
	GenderMale:      {"男", "male"},
	GenderFemale:    {"女", "female"},
	GenderNotStated: {"未说明", "not stated"},
}

// Known reports whether g is in the table.
func (g Gender) Known() bool { _, ok := genderNames[g]; return ok }

// Chinese is the Chinese name, 未知 for codes outside the table.
func (g Gender) Chinese() string {
	if n, ok := genderNames[g]; ok {
		return n[0]
	}
	return "未知"
}

// English is the English name, "unknown" for codes outside the table.
func (g Gender) English() string {
	if n, ok := genderNames[g]; ok {
		return n[1]
	}
	return "unknown"
}

// String is the Chinese name.
func (g Gender) String() string { return g.Chinese() }

// Nation is the two-digit GB 3304 ethnic group code of a resident card.
// Codes outside the table are kept as read and shown as unknown.
type Nation string

var nationNames = map[Nation][2]string{
	"01": {"汉", "Han"}, "02": {"蒙古", "Mongol"}, "03": {"回", "Hui"}, "04": {"藏", "Tibetan"},
	"05": {"维吾尔", "Uyghur"}, "06": {"苗", "Miao"}, "07": {"彝", "Yi"}, "08": {"壮", "Zhuang"},
	"09": {"布依", "Bouyei"}, "10": {"朝鲜", "Korean"}, "11": {"满", "Manchu"}, "12": {"侗", "Dong"},
	"13": {"瑶", "Yao"}, "14": {"白", "Bai"}, "15": {"土家", "Tujia"}, "16": {"哈尼", "Hani"},
	"17": {"哈萨克", "Kazakh"}, "18": {"傣", "Dai"}, "19": {"黎", "Li"}, "20": {"傈僳", "Lisu"},
	"21": {"佤", "Va"}, "22": {"畲", "She"}, "23": {"高山", "Gaoshan"}, "24": {"拉祜", "Lahu"},
	"25": {"水", "Shui"}, "26": {"东乡", "Dongxiang"}, "27": {"纳西", "Naxi"}, "28": {"景颇", "Jingpo"},
	"29": {"柯尔克孜", "Kyrgyz"}, "30": {"土", "Tu"}, "31": {"达斡尔", "Daur"}, "32": {"仫佬", "Mulao"},
	"33": {"羌", "Qiang"}, "34": {"布朗", "Blang"}, "35": {"撒拉", "Salar"}, "36": {"毛南", "Maonan"},
	"37": {"仡佬", "Gelao"}, "38": {"锡伯", "Xibe"}, "39": {"阿昌", "Achang"}, "40": {"普米", "Pumi"},
	"41": {"塔吉克", "Tajik"}, "42": {"怒", "Nu"}, "43": {"乌孜别克", "Uzbek"}, "44": {"俄罗斯", "Russian"},
	"45": {"鄂温克", "Evenki"}, "46": {"德昂", "De'ang"}, "47": {"保安", "Bonan"}, "48": {"裕固", "Yugur"},
	"49": {"京", "Gin"}, "50": {"塔塔尔", "Tatar"}, "51": {"独龙", "Derung"}, "52": {"鄂伦春", "Oroqen"},
	"53": {"赫哲", "Hezhen"}, "54": {"门巴", "Monba"}, "55": {"珞巴", "Lhoba"}, "56": {"基诺", "Jino"},
	"97": {"其他", "Other"}, "98": {"外国血统中国籍人士", "Chinese citizen of foreign origin"},
}

// Known reports whether n is in the table.
func (n Nation) Known() bool { _, ok := nationNames[n]; return ok }

// Chinese is the Chinese name, for example 汉; 未知 for codes outside the
// table and "" for an empty code (permits carry none).
func (n Nation) Chinese() string {
	if v, ok := nationNames[n]; ok {
		return v[0]
	}
	if n == "" {
		return ""
	}
	return "未知"
}

// English is the English name, for example Han; "unknown" for codes
// outside the table and "" for an empty code.
func (n Nation) English() string {
	if v, ok := nationNames[n]; ok {
		return v[1]
	}
	if n == "" {
		return ""
	}
	return "unknown"
}

// String is the Chinese name.
func (n Nation) String() string { return n.Chinese() }
