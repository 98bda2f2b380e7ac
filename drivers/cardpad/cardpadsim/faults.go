package cardpadsim

import (
	"fmt"
	"sort"
	"strings"
)

// Fault is a misbehaviour the simulator can be told to show. Counts are
// per request frame (nak, silence), per transaction (hang, chargesilent,
// wrongnonce, stale, glue) or per frame the pad sends (badlrc: results
// only; garbage and split: every frame).
type Fault string

// Faults.
const (
	FaultNAK          Fault = "nak"          // answer request frames with NAK (a NAK storm when left on)
	FaultSilence      Fault = "silence"      // ignore request frames: no ACK, no answer
	FaultHang         Fault = "hang"         // ACK, then drop the request: no answer, nothing charged
	FaultChargeSilent Fault = "chargesilent" // ACK, charge, then never answer
	FaultWrongNonce   Fault = "wrongnonce"   // the result carries another nonce
	FaultStale        Fault = "stale"        // an old result with another nonce goes out before the real one
	FaultBadLRC       Fault = "badlrc"       // results carry a wrong LRC (the host NAKs, the pad resends)
	FaultGarbage      Fault = "garbage"      // noise bytes before each frame the pad sends
	FaultSplit        Fault = "split"        // frames leave in small pieces with pauses
	FaultGlue         Fault = "glue"         // no separate ACK: the result frame is prefixed by 06
)

var faultHelp = map[Fault]string{
	FaultNAK:          "answer requests with NAK (left on: a NAK storm)",
	FaultSilence:      "ignore requests: no ACK, no answer",
	FaultHang:         "ACK, then drop the request without charging",
	FaultChargeSilent: "ACK, charge the card, then never answer",
	FaultWrongNonce:   "send the result with another nonce",
	FaultStale:        "send an old result with another nonce first",
	FaultBadLRC:       "corrupt the LRC of results (the host NAKs them)",
	FaultGarbage:      "noise bytes before each frame",
	FaultSplit:        "frames leave in small pieces",
	FaultGlue:         "no separate ACK: 06 glued to the result",
}

// Faults lists every fault, sorted by name.
func Faults() []Fault {
	fs := make([]Fault, 0, len(faultHelp))
	for f := range faultHelp {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i] < fs[j] })
	return fs
}

// ParseFault parses a fault name.
func ParseFault(s string) (Fault, error) {
	f := Fault(strings.ToLower(strings.TrimSpace(s)))
	if _, ok := faultHelp[f]; !ok {
		names := make([]string, 0, len(faultHelp))
		for _, f := range Faults() {
			names = append(names, string(f))
		}
		return "", fmt.Errorf("cardpadsim: unknown fault %q (want one of %s)", s, strings.Join(names, ", "))
	}
	return f, nil
}
