package wire

import (
	"encoding/json"
	"time"
)

// Request-signing headers. Every request of an enrolled terminal carries
// them; the hall checks the signature over CanonicalRequest.
const (
	HeaderTerminal  = "X-Terminal-ID"
	HeaderTimestamp = "X-Timestamp" // RFC 3339 with nanoseconds, terminal time corrected by the hall offset
	HeaderSignature = "X-Signature" // base64 (std) ed25519 signature
	HeaderIdemKey   = "Idempotency-Key"
)

// MaxClockSkew is how far a request's timestamp may be from the hall's
// clock before the hall refuses it as stale or replayed.
const MaxClockSkew = 5 * time.Minute

// EnrolRequest enrols a terminal with a one-time code issued by an admin.
// The terminal makes its key pair itself; only the public key travels.
type EnrolRequest struct {
	Code       string `json:"code"`
	TerminalID string `json:"terminal_id"`
	StationID  string `json:"station_id"`
	PublicKey  []byte `json:"public_key"` // ed25519, 32 bytes
}

// EnrolResponse tells a new terminal the hall's keys: SealKey is the
// X25519 public key that personal data is sealed to; SigningKey verifies
// what the hall signs (configuration, announcements, releases).
type EnrolResponse struct {
	TerminalID string    `json:"terminal_id"`
	SealKey    []byte    `json:"seal_key"`    // 32 bytes
	SigningKey []byte    `json:"signing_key"` // ed25519 public key, 32 bytes
	Time       time.Time `json:"time"`
}

// OutboxRecord is one business write travelling from a terminal to the
// hall. Key is made by the terminal when the record is created and never
// changes: the hall applies a key once and answers repeats with the first
// result.
type OutboxRecord struct {
	Key       string          `json:"key"`
	Kind      string          `json:"kind"`
	CreatedAt time.Time       `json:"created_at"`
	Sealed    bool            `json:"sealed"`  // Payload is an anonymous sealed box to the hall's SealKey
	Payload   json.RawMessage `json:"payload"` // JSON, or when Sealed a JSON string of base64
}

// Outbox record kinds the hall acts on beyond keeping them.
const (
	KindPayment = "payment" // payload: PaymentReport
)

// OutboxBatch carries records in the order they were made.
type OutboxBatch struct {
	Records []OutboxRecord `json:"records"`
}

// Outcome of one record at the hall.
const (
	OutcomeApplied   = "applied"   // applied now
	OutcomeDuplicate = "duplicate" // applied before; Result is the first result
	OutcomeRejected  = "rejected"  // will never be applied (bad payload, key reused with other content)
)

// OutboxResult is the hall's answer for one record.
type OutboxResult struct {
	Key     string          `json:"key"`
	Outcome string          `json:"outcome"`
	Result  json.RawMessage `json:"result,omitempty"` // e.g. a tracking number
	Reason  string          `json:"reason,omitempty"` // why it was rejected
}

// OutboxBatchResult answers an OutboxBatch record by record, in order.
type OutboxBatchResult struct {
	Results []OutboxResult `json:"results"`
}

// DeviceHealth is one device's state in a heartbeat.
type DeviceHealth struct {
	Name   string `json:"name"`             // "idcard", "printer", "cardpad"
	State  string `json:"state"`            // "ok", "warn", "down", "absent"
	Detail string `json:"detail,omitempty"` // machine-readable reason
}

// Heartbeat is what a terminal reports every 30 s.
type Heartbeat struct {
	Version          string            `json:"version"`
	Time             time.Time         `json:"time"` // terminal clock, uncorrected
	ClockOffsetMS    int64             `json:"clock_offset_ms"`
	OutboxDepth      int               `json:"outbox_depth"`
	OutboxAttention  int               `json:"outbox_attention"`
	Devices          []DeviceHealth    `json:"devices"`
	DatasetRevisions map[string]uint64 `json:"dataset_revisions"`
	Counters         map[string]int64  `json:"counters,omitempty"`
}

// HeartbeatReply tells the terminal what changed at the hall.
type HeartbeatReply struct {
	Time             time.Time         `json:"time"`
	DatasetRevisions map[string]uint64 `json:"dataset_revisions"` // newer than the terminal's → pull
}
