package a4

import (
	"fmt"
	"strings"
)

// parseRequestID reads the job ID from lp's answer:
//
//	request id is kiosk-pdf-12 (1 file(s))
//
// (0 file(s) when the PDF came on standard input). The ID is the queue
// name, a hyphen and the job number.
func parseRequestID(out string) (string, error) {
	const marker = "request id is "
	i := strings.Index(out, marker)
	if i < 0 {
		return "", fmt.Errorf("%w: lp said %q", ErrBadReply, firstLine(out))
	}
	rest := out[i+len(marker):]
	id, _, _ := strings.Cut(rest, " ")
	id, _, _ = strings.Cut(id, "\n")
	id = strings.TrimSpace(id)
	dash := strings.LastIndexByte(id, '-')
	if dash <= 0 || dash == len(id)-1 || !allDigits(id[dash+1:]) {
		return "", fmt.Errorf("%w: lp request id %q", ErrBadReply, id)
	}
	return id, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// queueStatus is what lpstat -p <queue> -a <queue> says about one queue.
type queueStatus struct {
	state     State // idle, printing or disabled, from the printer line
	accepting bool
	reason    string
}

// parseLpstat reads the answer of `lpstat -p <queue> -a <queue>` in the C
// locale:
//
//	printer kiosk-pdf is idle.  enabled since Wed 25 Nov 2026 22:07:57
//	printer kiosk-pdf now printing kiosk-pdf-3.  enabled since …
//	printer kiosk-pdf is holding new jobs.  enabled since …
//	printer kiosk-pdf disabled since … -
//		paper jam
//	kiosk-pdf accepting requests since …
//	kiosk-pdf not accepting requests since … -
//		maintenance
//
// Indented lines are the reason of the line above. Lines about other
// queues are ignored; the answer must have the printer line of queue.
func parseLpstat(out, queue string) (queueStatus, error) {
	st := queueStatus{accepting: true}
	found := false
	var reasons []string
	var last string // which record indented lines belong to: "printer", "accept" or ""
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			continue
		}
		if line[0] == '\t' || line[0] == ' ' {
			if r := strings.TrimSpace(line); r != "" && last != "" && r != "reason unknown" {
				reasons = append(reasons, r)
			}
			continue
		}
		last = ""
		if rest, ok := strings.CutPrefix(line, "printer "+queue+" "); ok {
			found = true
			last = "printer"
			switch {
			case strings.HasPrefix(rest, "is idle."):
				st.state = StateIdle
			case strings.HasPrefix(rest, "now printing "):
				st.state = StatePrinting
			case strings.HasPrefix(rest, "disabled since "):
				st.state = StateDisabled
			case strings.HasPrefix(rest, "is holding new jobs."):
				st.state = StateDisabled
				reasons = append(reasons, "holding new jobs")
			default:
				return queueStatus{}, fmt.Errorf("%w: lpstat printer line %q", ErrBadReply, line)
			}
			continue
		}
		if rest, ok := strings.CutPrefix(line, queue+" "); ok {
			switch {
			case strings.HasPrefix(rest, "accepting requests since "):
				st.accepting = true
			case strings.HasPrefix(rest, "not accepting requests since "):
				st.accepting = false
				last = "accept"
			default:
				return queueStatus{}, fmt.Errorf("%w: lpstat line %q", ErrBadReply, line)
			}
		}
	}
	if !found {
		return queueStatus{}, fmt.Errorf("%w: lpstat said nothing about queue %q: %q", ErrBadReply, queue, firstLine(out))
	}
	st.reason = strings.Join(dedupe(reasons), "; ")
	return st, nil
}

func dedupe(s []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// schedulerState reads `lpstat -r`: "scheduler is running" or "scheduler
// is not running".
func schedulerState(out string) (running bool, err error) {
	switch strings.TrimSpace(out) {
	case "scheduler is running":
		return true, nil
	case "scheduler is not running":
		return false, nil
	}
	return false, fmt.Errorf("%w: lpstat -r said %q", ErrBadReply, firstLine(out))
}

// firstLine is the first non-empty line of a program's output, cut to a
// length fit for an error message.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if r := []rune(l); len(r) > 200 {
				l = string(r[:200]) + "…"
			}
			return l
		}
	}
	return ""
}
