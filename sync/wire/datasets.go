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

// PaymentNotice is a non-tax payment notice (非税缴款通知书) as the
// terminal shows it: the payer is masked, the amount in fen.
type PaymentNotice struct {
	Number      string    `json:"number"`               // the notice number printed on the paper notice
	PayerMasked string    `json:"payer_masked"`         // 陈** / 佛山市顺德区某某有限公司
	Item        Text      `json:"item"`                 // what is paid for
	Department  Text      `json:"department,omitempty"` // the collecting department
	AmountFen   int64     `json:"amount_fen"`
	DueDate     time.Time `json:"due_date,omitzero"`
	Status      string    `json:"status"` // "unpaid", "paid", "cancelled"
	PaidAt      time.Time `json:"paid_at,omitzero"`
}

// Notice statuses.
const (
	NoticeUnpaid    = "unpaid"
	NoticePaid      = "paid"
	NoticeCancelled = "cancelled"
)

// PaymentReport is the outbox payload of kind "payment": a charge the card
// pad made for a notice. The hall marks the notice paid once; a second
// charge for a paid notice is flagged for refund.
type PaymentReport struct {
	Ref        string    `json:"ref"` // the terminal's payment reference (journal)
	Notice     string    `json:"notice"`
	AmountFen  int64     `json:"amount_fen"`
	CardMasked string    `json:"card_masked"`
	PadTxn     string    `json:"pad_txn"`
	PaidAt     time.Time `json:"paid_at"`
	Voided     bool      `json:"voided,omitempty"` // the charge was voided on the pad afterwards
}

// ReconEntry is one payment in the hall's ledger for the reconciliation of
// a station's day.
type ReconEntry struct {
	Ref       string `json:"ref"`
	Notice    string `json:"notice"`
	AmountFen int64  `json:"amount_fen"`
	Outcome   string `json:"outcome"` // "paid", "duplicate_refund", "voided"
}

// KindDocument is the outbox kind that registers an issued document so that
// anyone holding the paper can check it at GET /v1/verify/{code}.
const KindDocument = "document"

// DocumentIssued is the payload of a KindDocument record. It holds no
// personal data: only what the verification page may say.
type DocumentIssued struct {
	Code     string    `json:"code"`  // the verification code printed on the document
	Kind     string    `json:"kind"`  // "social_security_certificate", "application_receipt", …
	Title    string    `json:"title"` // 参保证明 …
	IssuedAt time.Time `json:"issued_at"`
	Station  string    `json:"station"` // issuing station's name
}

// Verification is the answer of GET /v1/verify/{code}.
type Verification struct {
	Genuine  bool      `json:"genuine"`
	Kind     string    `json:"kind,omitempty"`
	Title    string    `json:"title,omitempty"`
	IssuedAt time.Time `json:"issued_at,omitzero"`
	Station  string    `json:"station,omitempty"`
}
