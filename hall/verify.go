package hall

import (
	"encoding/json"
	"html/template"
	"net/http"
	"regexp"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/village-kiosk/kiosk/sync/wire"
)

var bucketDocuments = []byte("documents") // verification code → DocumentIssued

// codeRE accepts a verification code as printed (XXXX-XXXX-XXXX, Crockford
// base32) or typed without dashes.
var codeRE = regexp.MustCompile(`^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$`)

func normalCode(s string) string {
	return strings.ReplaceAll(strings.ToUpper(strings.TrimSpace(s)), "-", "")
}

// applyDocument registers an issued document inside the outbox transaction.
func applyDocument(tx *bolt.Tx, payload []byte) (json.RawMessage, string, error) {
	var d wire.DocumentIssued
	if err := json.Unmarshal(payload, &d); err != nil || !codeRE.MatchString(strings.ToUpper(d.Code)) || d.Kind == "" || d.IssuedAt.IsZero() {
		return nil, "document registration needs a code, a kind and an issue time", nil
	}
	b := tx.Bucket(bucketDocuments)
	key := []byte(normalCode(d.Code))
	if b.Get(key) != nil {
		return nil, "verification code already registered", nil
	}
	enc, err := json.Marshal(d)
	if err != nil {
		return nil, "", err
	}
	if err := b.Put(key, enc); err != nil {
		return nil, "", err
	}
	return json.RawMessage(`{"registered":true}`), "", nil
}

// Verify looks a verification code up.
func (s *Store) Verify(code string) (wire.Verification, error) {
	var v wire.Verification
	err := s.db.View(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bucketDocuments).Get([]byte(normalCode(code)))
		if raw == nil {
			return nil
		}
		var d wire.DocumentIssued
		if err := json.Unmarshal(raw, &d); err != nil {
			return err
		}
		v = wire.Verification{Genuine: true, Kind: d.Kind, Title: d.Title, IssuedAt: d.IssuedAt, Station: d.Station}
		return nil
	})
	return v, err
}

var verifyPage = template.Must(template.New("verify").Parse(`<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>文件核验</title>
<style>body{font-family:sans-serif;margin:0;padding:1.2em;line-height:1.7;background:#f6f4ef;color:#1f1f1f}
.ok{color:#1e7b34}.no{color:#b31b1b}h1{font-size:1.4em}</style></head><body>
{{if .Genuine}}<h1 class="ok">✔ 核验通过：此文件由顺德区村居行政服务站自助终端出具</h1>
<p>文件：{{.Title}}<br>出具时间：{{.Issued}}<br>出具站点：{{.Station}}</p>
<p>请核对纸质文件上的内容。本页面不显示个人信息。</p>
{{else}}<h1 class="no">✘ 未找到此核验码</h1>
<p>核验码 {{.Code}} 不存在，或文件刚刚出具、终端尚未上传（离线时最长可能延迟数小时）。如有疑问请拨打 22838180。</p>{{end}}
</body></html>`))

// verify serves GET /v1/verify/{code}: whether a document is genuine, what
// it is and when it was issued — never the personal data on it.
func (s *Server) verify(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	if !codeRE.MatchString(strings.ToUpper(strings.TrimSpace(code))) {
		s.fail(w, http.StatusBadRequest, "bad_request", "a verification code looks like 7K3M-Q9TX-2HVA")
		return
	}
	v, err := s.store.Verify(code)
	if err != nil {
		s.fail(w, http.StatusInternalServerError, "internal", "cannot read the register")
		return
	}
	status := http.StatusOK
	if !v.Genuine {
		status = http.StatusNotFound
	}
	if strings.Contains(r.Header.Get("Accept"), "text/html") {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		verifyPage.Execute(w, map[string]any{"Genuine": v.Genuine, "Title": v.Title, "Station": v.Station, "Code": code,
			"Issued": v.IssuedAt.In(chinaTime).Format("2006-01-02 15:04")})
		return
	}
	s.writeJSON(w, status, v)
}
