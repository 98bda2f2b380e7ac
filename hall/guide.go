package hall

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// guidePage is the item guide a resident opens on their phone from the QR
// code the terminal shows when it cannot print (扫码取电子件). It carries
// only the public catalog: no personal data.
var guidePage = template.Must(template.New("guide").Parse(`<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Name}} · 办事指南</title>
<style>
body{font-family:sans-serif;margin:0;padding:1em;line-height:1.6;color:#1f1f1f;background:#f6f4ef}
h1{font-size:1.4em;color:#8e1616;margin:.2em 0}
dl{display:grid;grid-template-columns:auto 1fr;gap:.3em 1em}
dt{color:#8e1616;font-weight:bold}
ol{padding-left:1.4em}
footer{margin-top:2em;font-size:.9em;color:#555}
</style></head><body>
<h1>{{.Name}}</h1>
<dl>
<dt>办理部门</dt><dd>{{.Department}}</dd>
<dt>法定时限</dt><dd>{{.TimeLimit}} 个工作日</dd>
<dt>承诺时限</dt><dd>{{if .Promised}}{{.Promised}} 个工作日{{else}}即来即办{{end}}</dd>
<dt>收费标准</dt><dd>{{.Fee}}</dd>
<dt>办理方式</dt><dd>{{if .Online}}可网上申请，也可到窗口办理{{else}}需到窗口办理{{end}}</dd>
<dt>事项编码</dt><dd>{{.ID}}</dd>
</dl>
<h2>申请材料</h2>
<ol>{{range .Materials}}<li>{{.}}</li>{{end}}</ol>
<p>设定依据：{{.LegalBasis}}</p>
<footer>顺德区政务服务热线 22838180 · 数据版本 {{.Revision}}</footer>
</body></html>`))

type guideView struct {
	ID, Name, Department, Fee, LegalBasis string
	TimeLimit, Promised                   int
	Online                                bool
	Materials                             []string
	Revision                              uint64
}

// guide serves GET /guide/{item}: one approval item's guide as a page.
func (s *Server) guide(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("item")
	ds, ok, err := s.store.Dataset(wire.DatasetCatalog)
	if err != nil || !ok {
		http.Error(w, "办事指南暂不可用 / guide unavailable", http.StatusServiceUnavailable)
		return
	}
	var cat wire.Catalog
	if err := json.Unmarshal(ds.Data, &cat); err != nil {
		http.Error(w, "办事指南暂不可用 / guide unavailable", http.StatusServiceUnavailable)
		return
	}
	for _, it := range cat.Items {
		if it.ID != id {
			continue
		}
		v := guideView{ID: it.ID, Name: it.Name.In(wire.LangZhHans), TimeLimit: it.TimeLimitDays, Promised: it.PromisedDays,
			Online: it.Online, LegalBasis: it.LegalBasis.In(wire.LangZhHans), Revision: ds.Revision, Fee: "不收费"}
		if it.FeeFen > 0 {
			v.Fee = fmt.Sprintf("%d.%02d 元", it.FeeFen/100, it.FeeFen%100)
		}
		for _, d := range cat.Departments {
			if d.ID == it.DepartmentID {
				v.Department = d.Name.In(wire.LangZhHans)
			}
		}
		for _, m := range it.Materials {
			var notes []string
			if m.Original {
				notes = append(notes, "原件")
			}
			if m.Copies > 0 {
				notes = append(notes, fmt.Sprintf("复印件 %d 份", m.Copies))
			}
			line := m.Name.In(wire.LangZhHans)
			if len(notes) > 0 {
				line += "（" + strings.Join(notes, "，") + "）"
			}
			v.Materials = append(v.Materials, line)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age=300")
		if err := guidePage.Execute(w, v); err != nil {
			s.log.Error("guide page", "item", id, "err", err)
		}
		return
	}
	http.Error(w, "没有这个事项 / no such item", http.StatusNotFound)
}
