package demo

// event is a life event (一件事) that groups items across departments.
type event int

const (
	evBirth event = iota
	evHukou
	evJob
	evEdu
	evMarry
	evSocial
	evHealth
	evHouse
	evTraffic
	evBiz
	evFarm
	evRetire
	evDisab
	evDeath
	evBuild
	numEvents
)

// lifeEvent is one row of the life-event table.
type lifeEvent struct {
	id   string
	name tri
}

// lifeEvents is indexed by event and kept in display order.
var lifeEvents = [numEvents]lifeEvent{
	evBirth:   {"LE-BIRTH", tri{"生育收养", "生育收養", "Birth and adoption"}},
	evHukou:   {"LE-HUKOU", tri{"户籍办理", "戶籍辦理", "Household registration"}},
	evJob:     {"LE-JOB", tri{"就业创业", "就業創業", "Employment and entrepreneurship"}},
	evEdu:     {"LE-EDU", tri{"教育入学", "教育入學", "Education and school admission"}},
	evMarry:   {"LE-MARRY", tri{"婚姻家庭", "婚姻家庭", "Marriage and family"}},
	evSocial:  {"LE-SOCIAL", tri{"社会保障", "社會保障", "Social security"}},
	evHealth:  {"LE-HEALTH", tri{"医疗健康", "醫療健康", "Medical care and health"}},
	evHouse:   {"LE-HOUSE", tri{"住房安居", "住房安居", "Housing"}},
	evTraffic: {"LE-TRAFFIC", tri{"交通出行", "交通出行", "Transport and travel"}},
	evBiz:     {"LE-BIZ", tri{"开办企业", "開辦企業", "Starting and running a business"}},
	evFarm:    {"LE-FARM", tri{"农业生产", "農業生產", "Farming and fisheries"}},
	evRetire:  {"LE-RETIRE", tri{"退休养老", "退休養老", "Retirement and old age"}},
	evDisab:   {"LE-DISAB", tri{"残疾人服务", "殘疾人服務", "Services for persons with disabilities"}},
	evDeath:   {"LE-DEATH", tri{"身后事务", "身後事務", "After a death"}},
	evBuild:   {"LE-BUILD", tri{"投资建设", "投資建設", "Investment and construction"}},
}

// evs is shorthand for a list of life events in a table row.
func evs(e ...event) []event { return e }
