package idcardsim

import (
	"fmt"
	"sort"
	"strings"
)

// Fault is a misbehaviour the simulator can be told to show.
type Fault string

// Faults. Card-level faults change one command's answer; line-level faults
// change how every answer travels.
const (
	FaultNoCard     Fault = "nocard"     // find card answers 80 even with a card placed
	FaultSelectFail Fault = "selectfail" // select card answers 81
	FaultReadFail   Fault = "readfail"   // read card answers 41
	FaultSAMFail    Fault = "samfail"    // SAM status answers 60 (self-test failed)
	FaultChecksum   Fault = "checksum"   // answers carry a wrong CHK byte
	FaultSilence    Fault = "silence"    // requests get no answer at all
	FaultGarbage    Fault = "garbage"    // noise bytes precede each answer
	FaultSplit      Fault = "split"      // answers leave in small pieces with pauses
)

var faultHelp = map[Fault]string{
	FaultNoCard:     "find card answers 80 (no card) even with a card placed",
	FaultSelectFail: "select card answers 81",
	FaultReadFail:   "read card answers 41",
	FaultSAMFail:    "SAM status answers 60 (self-test failed)",
	FaultChecksum:   "answers carry a wrong checksum",
	FaultSilence:    "requests get no answer",
	FaultGarbage:    "noise bytes precede each answer",
	FaultSplit:      "answers are sent in small pieces with pauses",
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
		return "", fmt.Errorf("idcardsim: unknown fault %q (want one of %s)", s, strings.Join(names, ", "))
	}
	return f, nil
}
