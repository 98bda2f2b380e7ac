package wire

import "time"

// More dataset names served by the hall.
const (
	DatasetJobs          = "jobs"
	DatasetKnowledge     = "knowledge"
	DatasetAnnouncements = "announcements"
	DatasetHospitals     = "hospitals"
)

// Jobs is the job-postings dataset (职位查询).
type Jobs struct {
	Trades []Trade `json:"trades"`
	Jobs   []Job   `json:"jobs"`
}

// Trade is a kind of work (普工, 电工, 厨师 …).
type Trade struct {
	ID   string `json:"id"`
	Name Text   `json:"name"`
}

// Job is one posting.
type Job struct {
	ID          string    `json:"id"`
	Title       Text      `json:"title"`
	TradeID     string    `json:"trade_id"`
	Employer    Text      `json:"employer"`
	TownID      string    `json:"town_id"`
	Address     Text      `json:"address"`
	SalaryMin   int       `json:"salary_min"` // yuan a month
	SalaryMax   int       `json:"salary_max"`
	Openings    int       `json:"openings"`
	Education   string    `json:"education"` // "none", "junior", "senior", "college", "bachelor"
	AgeMax      int       `json:"age_max,omitempty"`
	Benefits    []Text    `json:"benefits,omitempty"` // 包吃住, 五险一金 …
	Description Text      `json:"description"`
	Contact     string    `json:"contact"` // a public company phone, not a person's
	PostedAt    time.Time `json:"posted_at"`
}

// Knowledge is the consultation knowledge base (政务咨询知识库).
type Knowledge struct {
	Articles []Article `json:"articles"`
}

// Article is one question and its answer, kept by a department.
type Article struct {
	ID           string    `json:"id"`
	DepartmentID string    `json:"department_id"`
	Question     Text      `json:"question"`
	Answer       Text      `json:"answer"`
	Keywords     []string  `json:"keywords,omitempty"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// Announcements are notices shown on the terminals.
type Announcements struct {
	Items []Announcement `json:"items"`
}

// Announcement is one notice, for every station or some towns.
type Announcement struct {
	ID      string    `json:"id"`
	Title   Text      `json:"title"`
	Body    Text      `json:"body"`
	TownIDs []string  `json:"town_ids,omitempty"` // empty: everywhere
	From    time.Time `json:"from"`
	Until   time.Time `json:"until"`
}

// Hospitals are the hospitals that take bookings (预约挂号).
type Hospitals struct {
	Hospitals []Hospital `json:"hospitals"`
}

// Hospital is one hospital with its departments.
type Hospital struct {
	ID          string         `json:"id"`
	Name        Text           `json:"name"`
	TownID      string         `json:"town_id"`
	Address     Text           `json:"address"`
	Level       string         `json:"level"` // "3A", "2A", "community"
	Departments []ClinicalDept `json:"departments"`
}

// ClinicalDept is a hospital department with its weekly clinic schedule;
// the free slots of a day are asked of the hall, since they change.
type ClinicalDept struct {
	ID       string   `json:"id"`
	Name     Text     `json:"name"`
	FeeFen   int64    `json:"fee_fen"`  // registration fee
	Weekdays []int    `json:"weekdays"` // 0 = Sunday … 6 = Saturday
	Sessions []string `json:"sessions"` // "08:00-12:00", "14:00-17:30"
}
