package cardpadsim

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
)

// Record is a transaction as the pad keeps it. Card is an index into the
// simulator's cards (-1: none read); the card number itself is never
// stored.
type Record struct {
	Type        cardpad.TxType `json:"type"`
	Response    string         `json:"response"`
	Amount      cardpad.Amount `json:"amount"`
	Nonce       string         `json:"nonce"`
	Reference   string         `json:"reference,omitempty"`
	Card        int            `json:"card"`
	Voucher     string         `json:"voucher,omitempty"`
	Trace       string         `json:"trace"`
	Batch       int            `json:"batch"`
	RRN         string         `json:"rrn,omitempty"`
	AuthCode    string         `json:"auth_code,omitempty"`
	Date        string         `json:"date"`
	Time        string         `json:"time"`
	OrigVoucher string         `json:"orig_voucher,omitempty"`
	Voided      bool           `json:"voided,omitempty"`
}

// Approved reports whether the record is an approval.
func (r Record) Approved() bool { return cardpad.CodeForResponse(r.Response) == cardpad.CodeApproved }

func (r Record) String() string {
	s := fmt.Sprintf("%s %s response %s (%s) nonce %s", r.Type, r.Amount, r.Response, cardpad.CodeForResponse(r.Response), r.Nonce)
	if r.Reference != "" {
		s += " ref " + r.Reference
	}
	if r.Voucher != "" {
		s += " voucher " + r.Voucher
	}
	if r.Voided {
		s += " (voided)"
	}
	return s
}

// state is what the pad keeps across power cuts.
type state struct {
	SignedIn    bool             `json:"signed_in"`
	Batch       int              `json:"batch"`
	NextVoucher int              `json:"next_voucher"`
	NextTrace   int              `json:"next_trace"`
	Last        *Record          `json:"last,omitempty"`
	Journal     []Record         `json:"journal,omitempty"` // the open batch
	Balances    []cardpad.Amount `json:"balances"`
}

func freshState(cards []Card, signedIn bool) state {
	st := state{SignedIn: signedIn, Batch: 1, NextVoucher: 1, NextTrace: 1}
	for _, c := range cards {
		st.Balances = append(st.Balances, c.Balance)
	}
	return st
}

// loadState reads path; a missing file gives fresh.
func loadState(path string, fresh state) (state, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fresh, nil
	}
	if err != nil {
		return state{}, fmt.Errorf("cardpadsim: load state: %w", err)
	}
	var st state
	if err := json.Unmarshal(b, &st); err != nil {
		return state{}, fmt.Errorf("cardpadsim: load state %s: %w", path, err)
	}
	if len(st.Balances) != len(fresh.Balances) {
		// Another card set: keep the transactions, start the balances over.
		st.Balances = fresh.Balances
	}
	if st.Batch < 1 || st.NextVoucher < 1 || st.NextTrace < 1 {
		return state{}, fmt.Errorf("cardpadsim: load state %s: counters out of range", path)
	}
	return st, nil
}

// saveState writes st atomically: a temporary file, fsync, rename.
func saveState(path string, st state) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("cardpadsim: save state: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".cardpad-state-*")
	if err != nil {
		return fmt.Errorf("cardpadsim: save state: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("cardpadsim: save state: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("cardpadsim: save state: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cardpadsim: save state: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cardpadsim: save state: %w", err)
	}
	return nil
}
