// Package redact keeps personal data out of logs.
//
// Handler wraps any slog.Handler and rewrites every record before it is
// written: ID numbers, bank-card numbers and mobile numbers found anywhere
// in the message or in string values are replaced, values under keys that
// name personal fields are replaced whole, and values wrapped in Personal
// never reach the output. Both the kiosk and the hall log through it.
package redact

import (
	"context"
	"log/slog"
	"regexp"
	"strings"
)

// Replacement tokens. They say what was removed, so a log stays useful.
const (
	TokenID       = "[id-number]"
	TokenCard     = "[card-number]"
	TokenPhone    = "[phone]"
	TokenPersonal = "[personal]"
)

// Personal marks a value as personal data (a name, an address ...). It
// logs as TokenPersonal whatever handler is used, and its String method
// hides it from fmt as well.
type Personal string

// LogValue implements slog.LogValuer.
func (Personal) LogValue() slog.Value { return slog.StringValue(TokenPersonal) }

// String implements fmt.Stringer.
func (Personal) String() string { return TokenPersonal }

// sensitiveKeys are attribute keys whose values are personal by definition.
var sensitiveKeys = map[string]bool{
	"name": true, "full_name": true, "fullname": true, "person": true,
	"id_number": true, "idnumber": true, "id_no": true, "idno": true, "citizen_id": true,
	"card": true, "card_number": true, "cardno": true, "card_no": true, "pan": true,
	"phone": true, "mobile": true, "address": true, "pin": true, "photo": true,
}

var (
	// 18-character resident ID numbers (17 digits and a check character)
	// and the old 15-digit ones, not inside a longer run of digits.
	idRE = regexp.MustCompile(`(?:^|[^0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?:[^0-9Xx]|$)`)
	// Card-like digit runs: 13 to 19 digits, optionally grouped by spaces or dashes.
	cardRE = regexp.MustCompile(`[0-9](?:[ -]?[0-9]){12,18}`)
	// Mainland mobile numbers.
	phoneRE = regexp.MustCompile(`(?:^|[^0-9])(1[3-9][0-9]{9})(?:[^0-9]|$)`)
)

// String removes ID numbers, card numbers and mobile numbers from s.
func String(s string) string {
	if !hasDigitRun(s, 11) {
		return s
	}
	s = replaceGroup(idRE, s, TokenID)
	s = cardRE.ReplaceAllStringFunc(s, func(m string) string {
		digits := strings.NewReplacer(" ", "", "-", "").Replace(m)
		if len(digits) >= 13 && luhn(digits) {
			return TokenCard
		}
		return m
	})
	return replaceGroup(phoneRE, s, TokenPhone)
}

// replaceGroup replaces the first submatch of every match of re with token,
// keeping the delimiters the pattern consumed around it.
func replaceGroup(re *regexp.Regexp, s, token string) string {
	for {
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil {
			return s
		}
		s = s[:loc[2]] + token + s[loc[3]:]
	}
}

func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			run++
			if run >= n {
				return true
			}
		case c == ' ' || c == '-':
			// grouped card numbers keep the run going
		default:
			run = 0
		}
	}
	return false
}

func luhn(digits string) bool {
	sum, double := 0, false
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// Handler is a slog.Handler that redacts personal data before passing
// records on.
type Handler struct {
	next slog.Handler
}

// NewHandler returns a redacting handler in front of next.
func NewHandler(next slog.Handler) *Handler { return &Handler{next: next} }

// Enabled implements slog.Handler.
func (h *Handler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

// Handle implements slog.Handler.
func (h *Handler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, String(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(Attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs implements slog.Handler.
func (h *Handler) WithAttrs(as []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(as))
	for i, a := range as {
		clean[i] = Attr(a)
	}
	return &Handler{next: h.next.WithAttrs(clean)}
}

// WithGroup implements slog.Handler.
func (h *Handler) WithGroup(name string) slog.Handler {
	return &Handler{next: h.next.WithGroup(name)}
}

// Attr returns a with personal data removed, descending into groups.
func Attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	if sensitiveKeys[strings.ToLower(a.Key)] && v.Kind() != slog.KindGroup {
		return slog.String(a.Key, TokenPersonal)
	}
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, String(v.String()))
	case slog.KindGroup:
		as := v.Group()
		clean := make([]slog.Attr, len(as))
		for i, g := range as {
			clean[i] = Attr(g)
		}
		return slog.Attr{Key: a.Key, Value: slog.GroupValue(clean...)}
	case slog.KindAny:
		// errors, Stringers and structs are flattened to text and scanned.
		return slog.String(a.Key, String(anyString(v.Any())))
	case slog.KindInt64, slog.KindUint64:
		s := v.String()
		if red := String(s); red != s {
			return slog.String(a.Key, red)
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
