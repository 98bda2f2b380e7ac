package documents

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Errors. Every error of the package wraps one of them.
var (
	// ErrInvalid is a document the package refuses to print: a required
	// field is empty, a verification code or URL is malformed.
	ErrInvalid = errors.New("documents: invalid document")
	// ErrFont is a font fpdf cannot use (not a plain TrueType file).
	ErrFont = errors.New("documents: unusable font")
	// ErrRender is a failure inside the PDF library.
	ErrRender = errors.New("documents: rendering failed")
)

// Kind names a kind of document in logs, metrics and job names.
type Kind string

// Kinds.
const (
	KindSocialSecurity Kind = "social_security_certificate"
	KindApplication    Kind = "application_receipt"
	KindProperty       Kind = "property_summary"
	KindJob            Kind = "job_slip"
)

// Header is what every document carries besides its content.
type Header struct {
	// VerifyCode is the code the hall knows the document by, as made by
	// NewVerifyCode (any spelling ParseVerifyCode accepts).
	VerifyCode string
	// VerifyBase is the public address of the verification service, for
	// example https://hall.shunde.gov.cn; the QR code points at
	// VerifyBase/v1/verify/<code>.
	VerifyBase string
	// IssuedAt is when the document was issued (printed in UTC+8).
	IssuedAt time.Time
	// Station is the issuing station, for example
	// 顺德区大良街道金榜社区行政服务站.
	Station string
}

func (h Header) validate() error {
	if _, err := VerifyURL(h.VerifyBase, h.VerifyCode); err != nil {
		return err
	}
	if h.IssuedAt.IsZero() {
		return fmt.Errorf("%w: issue time missing", ErrInvalid)
	}
	if strings.TrimSpace(h.Station) == "" {
		return fmt.Errorf("%w: issuing station missing", ErrInvalid)
	}
	return nil
}

// Options change how a document is rendered, not what it says.
type Options struct {
	// CreationDate is written as the PDF's creation and modification date.
	// Zero means the document's issue time, so the output depends on the
	// input alone.
	CreationDate time.Time
	// Font is a TrueType font covering Latin and CJK to use instead of the
	// bundled one. Nil means assets.Font().
	Font []byte
}

// Document is one of the document types of this package.
type Document interface {
	// Kind names the kind of document.
	Kind() Kind
	// Title is the document's Chinese title, which carries no personal
	// data and so may serve as a print job's name.
	Title() string

	header() Header
	validate() error
	layout(d *doc)
}

// Render lays d out and returns the PDF.
func Render(d Document, opts Options) ([]byte, error) {
	h := d.header()
	if err := h.validate(); err != nil {
		return nil, fmt.Errorf("render %s: %w", d.Kind(), err)
	}
	if err := d.validate(); err != nil {
		return nil, fmt.Errorf("render %s: %w", d.Kind(), err)
	}
	w, err := newDoc(d.Title(), h, opts)
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", d.Kind(), err)
	}
	d.layout(w)
	out, err := w.finish()
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", d.Kind(), err)
	}
	return out, nil
}

// cst is China Standard Time; China keeps no daylight saving, so a fixed
// zone needs no time-zone database on the terminal.
var cst = time.FixedZone("CST", 8*60*60)

func formatDate(t time.Time) string {
	return t.In(cst).Format("2006年01月02日")
}

func formatDateTime(t time.Time) string {
	return t.In(cst).Format("2006年01月02日 15:04")
}

func required(what, v string) error {
	if strings.TrimSpace(v) == "" {
		return fmt.Errorf("%w: %s missing", ErrInvalid, what)
	}
	return nil
}
