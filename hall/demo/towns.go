package demo

import (
	"fmt"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// townKind tells a subdistrict (街道) from a town (镇).
type townKind int

const (
	subdistrict townKind = iota
	town
)

// suffix is the word that follows a town's name: 街道 or 镇.
func (k townKind) suffix() tri {
	if k == subdistrict {
		return tri{"街道", "街道", "Subdistrict"}
	}
	return tri{"镇", "鎮", "Town"}
}

// townRow is one of Shunde's ten towns and subdistricts (镇街).
type townRow struct {
	code     string // two letters, used in station IDs
	name     tri    // the bare place name: 大良, 大良, Daliang
	kind     townKind
	stations []stationRow
}

// stationRow is a village (村) or community (社区) service station. name is
// the bare place name; the kind adds 村 or 社区.
type stationRow struct {
	name tri
	kind string // wire.StationVillage or wire.StationCommunity
}

// v and c build village and community rows from the bare place name in
// Simplified Chinese, Traditional Chinese and pinyin.
func v(hans, hant, pinyin string) stationRow {
	return stationRow{tri{hans, hant, pinyin}, wire.StationVillage}
}

func c(hans, hant, pinyin string) stationRow {
	return stationRow{tri{hans, hant, pinyin}, wire.StationCommunity}
}

// fullName is the station's display name: 金榜社区, 逢简村 ...
func (s stationRow) fullName() tri {
	if s.kind == wire.StationCommunity {
		return join(s.name, tri{"社区", "社區", "Community"}, " ")
	}
	return join(s.name, tri{"村", "村", "Village"}, " ")
}

// towns lists Shunde's towns and subdistricts in the district's customary
// order, each with its stations. The split (203 stations in all, Daliang and
// Ronggui almost all communities, the towns mostly villages) follows the real
// district; the names are real where known and plausible otherwise.
// Longjiang uses LG so that it does not clash with Lunjiao's LJ.
var towns = []townRow{
	{code: "DL", name: tri{"大良", "大良", "Daliang"}, kind: subdistrict, stations: []stationRow{
		c("金榜", "金榜", "Jinbang"), c("府又", "府又", "Fuyou"), c("东康", "東康", "Dongkang"),
		c("大门", "大門", "Damen"), c("北区", "北區", "Beiqu"), c("新松", "新松", "Xinsong"),
		c("升平", "升平", "Shengping"), c("近良", "近良", "Jinliang"), c("顺峰", "順峰", "Shunfeng"),
		c("红岗", "紅崗", "Honggang"), c("云良", "雲良", "Yunliang"), c("苏岗", "蘇崗", "Sugang"),
		c("德和", "德和", "Dehe"), c("南江", "南江", "Nanjiang"), c("连杜", "連杜", "Liandu"),
		c("五沙", "五沙", "Wusha"), c("新滘", "新滘", "Xinjiao"), c("凤山", "鳳山", "Fengshan"),
		c("清晖", "清暉", "Qinghui"), c("嘉信", "嘉信", "Jiaxin"), c("鉴海", "鑑海", "Jianhai"),
		c("中区", "中區", "Zhongqu"), c("明星", "明星", "Mingxing"), c("兴贤", "興賢", "Xingxian"),
		c("凤翔", "鳳翔", "Fengxiang"), c("碧鉴", "碧鑑", "Bijian"),
		v("古鉴", "古鑑", "Gujian"), v("逢沙", "逢沙", "Fengsha"),
	}},
	{code: "RG", name: tri{"容桂", "容桂", "Ronggui"}, kind: subdistrict, stations: []stationRow{
		c("容里", "容里", "Rongli"), c("容边", "容邊", "Rongbian"), c("容西", "容西", "Rongxi"),
		c("眉蕉", "眉蕉", "Meijiao"), c("上佳市", "上佳市", "Shangjiashi"), c("幸福", "幸福", "Xingfu"),
		c("振华", "振華", "Zhenhua"), c("大福基", "大福基", "Dafuji"), c("南区", "南區", "Nanqu"),
		c("东风", "東風", "Dongfeng"), c("桂洲", "桂洲", "Guizhou"), c("红星", "紅星", "Hongxing"),
		c("华口", "華口", "Huakou"), c("细滘", "細滘", "Xijiao"), c("海尾", "海尾", "Haiwei"),
		c("高黎", "高黎", "Gaoli"), c("马冈", "馬岡", "Magang"), c("扁滘", "扁滘", "Bianjiao"),
		c("小黄圃", "小黃圃", "Xiaohuangpu"), c("卫红", "衛紅", "Weihong"), c("容山", "容山", "Rongshan"),
		c("穗香", "穗香", "Suixiang"), c("四基", "四基", "Siji"), c("龙涌", "龍涌", "Longchong"),
		c("红旗", "紅旗", "Hongqi"), c("新华", "新華", "Xinhua"), c("合胜", "合勝", "Hesheng"),
	}},
	{code: "LJ", name: tri{"伦教", "倫教", "Lunjiao"}, kind: subdistrict, stations: []stationRow{
		c("三洲", "三洲", "Sanzhou"), c("常教", "常教", "Changjiao"), c("荔村", "荔村", "Licun"),
		c("霞石", "霞石", "Xiashi"), c("鸡洲", "雞洲", "Jizhou"), c("仕版", "仕版", "Shiban"),
		c("羊额", "羊額", "Yang'e"), c("新塘", "新塘", "Xintang"), c("北海", "北海", "Beihai"),
		c("永丰", "永豐", "Yongfeng"), c("熹涌", "熹涌", "Xichong"),
	}},
	{code: "LL", name: tri{"勒流", "勒流", "Leliu"}, kind: subdistrict, stations: []stationRow{
		c("勒流", "勒流", "Leliu"), c("新城", "新城", "Xincheng"), c("黄连", "黃連", "Huanglian"),
		v("东风", "東風", "Dongfeng"), v("西华", "西華", "Xihua"), v("南水", "南水", "Nanshui"),
		v("江义", "江義", "Jiangyi"), v("勒北", "勒北", "Lebei"), v("稔海", "稔海", "Renhai"),
		v("扶闾", "扶閭", "Fulü"), v("龙眼", "龍眼", "Longyan"), v("光大", "光大", "Guangda"),
		v("上涌", "上涌", "Shangchong"), v("众涌", "眾涌", "Zhongchong"), v("冲鹤", "沖鶴", "Chonghe"),
		v("富裕", "富裕", "Fuyu"), v("大晚", "大晚", "Dawan"), v("新明", "新明", "Xinming"),
		v("百安", "百安", "Bai'an"), v("江村", "江村", "Jiangcun"), v("安利", "安利", "Anli"),
		v("港口", "港口", "Gangkou"), v("新启", "新啟", "Xinqi"), v("三桂", "三桂", "Sangui"),
	}},
	{code: "CC", name: tri{"陈村", "陳村", "Chencun"}, kind: town, stations: []stationRow{
		c("陈村", "陳村", "Chencun"), c("旧圩", "舊圩", "Jiuxu"), c("锦龙", "錦龍", "Jinlong"),
		v("大都", "大都", "Dadu"), v("赤花", "赤花", "Chihua"), v("石洲", "石洲", "Shizhou"),
		v("潭村", "潭村", "Tancun"), v("庄头", "莊頭", "Zhuangtou"), v("青云", "青雲", "Qingyun"),
		v("白石", "白石", "Baishi"), v("弼教", "弼教", "Bijiao"), v("仙涌", "仙涌", "Xianchong"),
		v("登洲", "登洲", "Dengzhou"), v("绀现", "紺現", "Ganxian"),
	}},
	{code: "JA", name: tri{"均安", "均安", "Jun'an"}, kind: town, stations: []stationRow{
		c("均安", "均安", "Jun'an"), c("仓门", "倉門", "Cangmen"),
		v("天连", "天連", "Tianlian"), v("沙头", "沙頭", "Shatou"), v("南浦", "南浦", "Nanpu"),
		v("星槎", "星槎", "Xingcha"), v("豸浦", "豸浦", "Zhipu"), v("三华", "三華", "Sanhua"),
		v("南沙", "南沙", "Nansha"), v("新华", "新華", "Xinhua"), v("上村", "上村", "Shangcun"),
		v("沙浦", "沙浦", "Shapu"), v("鹤峰", "鶴峰", "Hefeng"),
	}},
	{code: "XT", name: tri{"杏坛", "杏壇", "Xingtan"}, kind: town, stations: []stationRow{
		c("杏坛", "杏壇", "Xingtan"),
		v("逢简", "逢簡", "Fengjian"), v("马齐", "馬齊", "Maqi"), v("光华", "光華", "Guanghua"),
		v("右滩", "右灘", "Youtan"), v("古朗", "古朗", "Gulang"), v("龙潭", "龍潭", "Longtan"),
		v("北水", "北水", "Beishui"), v("西登", "西登", "Xideng"), v("罗水", "羅水", "Luoshui"),
		v("麦村", "麥村", "Maicun"), v("高赞", "高贊", "Gaozan"), v("桑麻", "桑麻", "Sangma"),
		v("齐杏", "齊杏", "Qixing"), v("光辉", "光輝", "Guanghui"), v("吕地", "呂地", "Lüdi"),
		v("南华", "南華", "Nanhua"), v("东村", "東村", "Dongcun"), v("上地", "上地", "Shangdi"),
		v("昌教", "昌教", "Changjiao"), v("雁园", "雁園", "Yanyuan"), v("海凌", "海凌", "Hailing"),
		v("七滘", "七滘", "Qijiao"), v("吉佑", "吉佑", "Jiyou"),
	}},
	{code: "LG", name: tri{"龙江", "龍江", "Longjiang"}, kind: town, stations: []stationRow{
		c("龙江", "龍江", "Longjiang"), c("华东", "華東", "Huadong"), c("丰华", "豐華", "Fenghua"),
		v("东头", "東頭", "Dongtou"), v("西溪", "西溪", "Xixi"), v("南坑", "南坑", "Nankeng"),
		v("坦西", "坦西", "Tanxi"), v("官田", "官田", "Guantian"), v("苏溪", "蘇溪", "Suxi"),
		v("仙塘", "仙塘", "Xiantang"), v("世埠", "世埠", "Shibu"), v("左滩", "左灘", "Zuotan"),
		v("龙山", "龍山", "Longshan"), v("旺岗", "旺崗", "Wanggang"), v("陈涌", "陳涌", "Chenchong"),
		v("沙富", "沙富", "Shafu"), v("东涌", "東涌", "Dongchong"), v("麦朗", "麥朗", "Mailang"),
		v("里海", "里海", "Lihai"), v("集北", "集北", "Jibei"), v("涌口", "涌口", "Chongkou"),
	}},
	{code: "LC", name: tri{"乐从", "樂從", "Lecong"}, kind: town, stations: []stationRow{
		c("乐从", "樂從", "Lecong"), c("新马", "新馬", "Xinma"), c("东平", "東平", "Dongping"),
		v("劳村", "勞村", "Laocun"), v("腾冲", "騰沖", "Tengchong"), v("大闸", "大閘", "Dazha"),
		v("沙边", "沙邊", "Shabian"), v("葛岸", "葛岸", "Ge'an"), v("水藤", "水藤", "Shuiteng"),
		v("路州", "路州", "Luzhou"), v("罗沙", "羅沙", "Luosha"), v("良教", "良教", "Liangjiao"),
		v("平步", "平步", "Pingbu"), v("上华", "上華", "Shanghua"), v("小涌", "小涌", "Xiaochong"),
		v("新隆", "新隆", "Xinlong"), v("岳步", "岳步", "Yuebu"), v("道教", "道教", "Daojiao"),
		v("杨滘", "楊滘", "Yangjiao"), v("大墩", "大墩", "Dadun"), v("荷村", "荷村", "Hecun"),
	}},
	{code: "BJ", name: tri{"北滘", "北滘", "Beijiao"}, kind: town, stations: []stationRow{
		c("北滘", "北滘", "Beijiao"), c("君兰", "君蘭", "Junlan"), c("碧江", "碧江", "Bijiang"),
		c("林头", "林頭", "Lintou"), c("广教", "廣教", "Guangjiao"), c("顺江", "順江", "Shunjiang"),
		v("黄龙", "黃龍", "Huanglong"), v("西海", "西海", "Xihai"), v("三洪奇", "三洪奇", "Sanhongqi"),
		v("桃村", "桃村", "Taocun"), v("槎涌", "槎涌", "Chachong"), v("水口", "水口", "Shuikou"),
		v("马龙", "馬龍", "Malong"), v("高村", "高村", "Gaocun"), v("莘村", "莘村", "Shencun"),
		v("上僚", "上僚", "Shangliao"), v("西滘", "西滘", "Xijiao"), v("黄涌", "黃涌", "Huangchong"),
		v("三桂", "三桂", "Sangui"), v("简岸", "簡岸", "Jian'an"),
	}},
}

// Towns returns Shunde's ten towns and subdistricts with their stations:
// first the village and community stations in table order (IDs ST-DL-001,
// ST-DL-002 ...), then the town's administrative service centre (ST-DL-000),
// which is not a village station.
func Towns() []wire.Town {
	out := make([]wire.Town, 0, len(towns))
	for _, t := range towns {
		out = append(out, t.wire())
	}
	return out
}

func (t townRow) wire() wire.Town {
	full := join(t.name, t.kind.suffix(), " ")
	w := wire.Town{ID: t.code, Name: full.text(), Stations: make([]wire.Station, 0, len(t.stations)+1)}
	for i, s := range t.stations {
		w.Stations = append(w.Stations, wire.Station{
			ID:     fmt.Sprintf("ST-%s-%03d", t.code, i+1),
			Name:   s.fullName().text(),
			TownID: t.code,
			Kind:   s.kind,
		})
	}
	centre := join(full, tri{"行政服务中心", "行政服務中心", "Administrative Service Centre"}, " ")
	w.Stations = append(w.Stations, wire.Station{
		ID:     fmt.Sprintf("ST-%s-000", t.code),
		Name:   centre.text(),
		TownID: t.code,
		Kind:   wire.StationCentre,
	})
	return w
}
