// Package wire holds the types that travel between a kiosk and the hall.
//
// The protocol belongs to the kiosk's sync layer: the hall imports this
// package, never the other way round. Every type here is plain data that
// encodes to JSON; nothing here does IO.
package wire

import (
	"encoding/json"
	"time"
)

// Language tags the kiosk offers. Zh-Hans is the default and the fallback.
const (
	LangZhHans = "zh-Hans"
	LangZhHant = "zh-Hant"
	LangEn     = "en"
)

// Languages lists the supported language tags in display order.
var Languages = []string{LangZhHans, LangZhHant, LangEn}

// Text is a string in several languages, keyed by language tag.
type Text map[string]string

// In returns the text in lang, falling back to Simplified Chinese and then to
// any non-empty value, so a screen never shows a blank where data exists.
func (t Text) In(lang string) string {
	if s := t[lang]; s != "" {
		return s
	}
	if s := t[LangZhHans]; s != "" {
		return s
	}
	for _, l := range Languages {
		if s := t[l]; s != "" {
			return s
		}
	}
	return ""
}

// HeaderHallTime carries the hall's clock on every response (RFC 3339, UTC),
// so a terminal whose clock drifted after a power cut can keep an offset.
const HeaderHallTime = "X-Hall-Time"

// Dataset names served by the hall.
const (
	DatasetCatalog  = "catalog"
	DatasetStations = "stations"
)

// Dataset is the envelope of every dataset the hall serves. Revision grows
// by one with every change; the ETag of the response is derived from it.
//
// A full answer carries Data. An answer to "changes since my revision"
// carries Base (that revision) and Delta instead; Hash (of the canonical
// data at Revision) lets the terminal check either.
type Dataset struct {
	Name      string          `json:"name"`
	Revision  uint64          `json:"revision"`
	UpdatedAt time.Time       `json:"updated_at"`
	Hash      string          `json:"hash,omitempty"`
	Data      json.RawMessage `json:"data,omitempty"`
	Base      uint64          `json:"base,omitempty"`
	Delta     *Delta          `json:"delta,omitempty"`
}

// Health is the answer of GET /v1/health.
type Health struct {
	Status  string    `json:"status"` // "ok"
	Version string    `json:"version"`
	Time    time.Time `json:"time"`
}

// Error is the body of every non-2xx hall response.
type Error struct {
	Code    string `json:"code"`    // machine-readable, e.g. "bad_request"
	Message string `json:"message"` // English, for logs and admins
}

// Catalog is the approval-item catalog (行政审批事项目录).
type Catalog struct {
	Departments []Department  `json:"departments"`
	LifeEvents  []LifeEvent   `json:"life_events"`
	Items       []CatalogItem `json:"items"`
}

// Department is a government department that owns approval items.
type Department struct {
	ID   string `json:"id"`
	Name Text   `json:"name"`
}

// LifeEvent groups items by what is happening in a person's life
// (a birth, a new business, retirement ...).
type LifeEvent struct {
	ID   string `json:"id"`
	Name Text   `json:"name"`
}

// Delivery options for the result of an application.
const (
	DeliveryStation = "station" // pick up at the service station
	DeliveryPost    = "post"    // postal express to an address
	DeliveryOnline  = "online"  // electronic result in the online hall
)

// CatalogItem is one approval item a resident can browse and apply for.
type CatalogItem struct {
	ID            string     `json:"id"`
	Name          Text       `json:"name"`
	DepartmentID  string     `json:"department_id"`
	LifeEventIDs  []string   `json:"life_event_ids"`
	Materials     []Material `json:"materials"`
	FeeFen        int64      `json:"fee_fen"`         // 0 means free of charge
	TimeLimitDays int        `json:"time_limit_days"` // legal limit, working days
	PromisedDays  int        `json:"promised_days"`   // promised limit, working days (0 = on the spot)
	Online        bool       `json:"online"`          // can be applied for online
	Delivery      []string   `json:"delivery"`        // Delivery* values
	LegalBasis    Text       `json:"legal_basis"`
}

// Material is one document an applicant must bring or upload.
type Material struct {
	Name     Text `json:"name"`
	Copies   int  `json:"copies"`
	Original bool `json:"original"` // the original must be shown
}

// Town is one of Shunde's ten towns and streets (镇街).
type Town struct {
	ID       string    `json:"id"`
	Name     Text      `json:"name"`
	Stations []Station `json:"stations"`
}

// Station kinds.
const (
	StationVillage   = "village"   // 村
	StationCommunity = "community" // 社区
	StationCentre    = "centre"    // district or town service centre
)

// Station is a service station that runs one or more terminals.
type Station struct {
	ID     string `json:"id"`
	Name   Text   `json:"name"`
	TownID string `json:"town_id"`
	Kind   string `json:"kind"`
}
