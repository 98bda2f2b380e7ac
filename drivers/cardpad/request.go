package cardpad

import (
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"

	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
)

// TxType is a kind of transaction on the pad.
type TxType int

// Transaction types.
const (
	TxSale      TxType = iota + 1 // 消费
	TxVoid                        // 撤销: same batch, before settlement
	TxBalance                     // 余额查询
	TxQueryLast                   // 末笔交易查询
	TxSignIn                      // 签到: key exchange with the bank
	TxSettle                      // 结算: close the batch
)

var txNames = [...]string{"", "sale", "void", "balance", "query_last", "sign_in", "settle"}

var txWire = [...]byte{0, ecr.TypeSale, ecr.TypeVoid, ecr.TypeBalance, ecr.TypeQueryLast, ecr.TypeSignIn, ecr.TypeSettle}

func (t TxType) String() string {
	if t > 0 && int(t) < len(txNames) {
		return txNames[t]
	}
	return fmt.Sprintf("tx(%d)", int(t))
}

// MarshalText encodes the type as its name, for journals.
func (t TxType) MarshalText() ([]byte, error) {
	if t <= 0 || int(t) >= len(txNames) {
		return nil, fmt.Errorf("cardpad: unknown transaction type %d", int(t))
	}
	return []byte(t.String()), nil
}

// UnmarshalText decodes a type name.
func (t *TxType) UnmarshalText(b []byte) error {
	for i, n := range txNames {
		if i > 0 && n == string(b) {
			*t = TxType(i)
			return nil
		}
	}
	return fmt.Errorf("cardpad: unknown transaction type %q", b)
}

// MovesMoney reports whether the transaction charges or refunds a card.
// Only these can end with an unknown outcome: a lost reply to a sale or a
// void must be resolved, never repeated.
func (t TxType) MovesMoney() bool { return t == TxSale || t == TxVoid }

func (t TxType) wire() byte {
	if t > 0 && int(t) < len(txWire) {
		return txWire[t]
	}
	return 0
}

func txFromWire(b byte) (TxType, bool) {
	for i, w := range txWire {
		if i > 0 && w == b {
			return TxType(i), true
		}
	}
	return 0, false
}

// Nonce is the four-digit random number (DF04) that the pad echoes in its
// reply. A reply with another nonce is never taken as the answer.
type Nonce string

// NewNonce draws a random nonce, 0000–9999.
func NewNonce() Nonce {
	n, err := rand.Int(rand.Reader, big.NewInt(10000))
	if err != nil {
		// crypto/rand does not fail on Linux or Windows; if it ever does,
		// a fixed nonce is still checked, just less unique.
		return "0000"
	}
	return Nonce(fmt.Sprintf("%04d", n.Int64()))
}

// Valid reports whether n is four decimal digits.
func (n Nonce) Valid() bool { return len(n) == 4 && digitsOnly(string(n)) }

// ErrInvalidRequest is matched by every error about a request the driver
// refused to send: a bad amount, nonce, reference or voucher number.
var ErrInvalidRequest = errors.New("cardpad: invalid request")

// MaxReferenceLen bounds Reference. [U] The merchant order number field has
// no documented width; 32 fits a UUID without dashes and the order numbers
// Chinese payment APIs use.
const MaxReferenceLen = 32

// Request is what the kiosk asks of the pad.
type Request struct {
	// Amount in fen: the sale amount, or for a void the original amount.
	Amount Amount
	// Reference is the kiosk's own reference for this payment (the
	// payment layer's idempotency key), sent as the merchant order number
	// and kept by the pad with the transaction, so that query last can be
	// matched to it. Up to 32 characters of 0-9 A-Z a-z - _. Optional,
	// strongly advised for sales and voids.
	Reference string
	// Nonce is echoed by the pad. Leave it empty and the driver draws one;
	// set it (NewNonce) when the intent is journalled before sending, so
	// the journal holds the nonce a crash recovery will look for.
	Nonce Nonce
	// Voucher is the voucher number (6 digits) of the sale a void cancels.
	Voucher string
	// Progress, if set, is called as the exchange advances and about once
	// a ProgressInterval while waiting. It runs on the caller's goroutine
	// inside the driver and must return quickly (UI code posts with
	// fyne.Do).
	Progress func(Progress)
}

// Intent is what the payment layer journals before a sale or void, and
// what Resolve matches the pad's last transaction against.
type Intent struct {
	Type      TxType `json:"type"`
	Amount    Amount `json:"amount"`
	Nonce     Nonce  `json:"nonce"`
	Reference string `json:"reference,omitempty"`
	Voucher   string `json:"voucher,omitempty"`
}

// Intent returns the request as an intent of type t.
func (r Request) Intent(t TxType) Intent {
	return Intent{Type: t, Amount: r.Amount, Nonce: r.Nonce, Reference: r.Reference, Voucher: r.Voucher}
}

func (in Intent) String() string {
	s := in.Type.String() + " " + in.Amount.String() + " nonce " + string(in.Nonce)
	if in.Reference != "" {
		s += " ref " + in.Reference
	}
	if in.Voucher != "" {
		s += " voucher " + in.Voucher
	}
	return s
}

func validReference(s string) bool {
	if len(s) > MaxReferenceLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// check validates the fields type t uses.
func (r Request) check(t TxType) error {
	if r.Nonce != "" && !r.Nonce.Valid() {
		return fmt.Errorf("%w: nonce %q is not 4 digits", ErrInvalidRequest, string(r.Nonce))
	}
	if !validReference(r.Reference) {
		return fmt.Errorf("%w: reference must be up to %d characters of 0-9 A-Z a-z - _", ErrInvalidRequest, MaxReferenceLen)
	}
	if t.MovesMoney() && !r.Amount.Valid() {
		return fmt.Errorf("%w: amount %v (want 0.01 to %v)", ErrInvalidRequest, r.Amount, MaxAmount)
	}
	if t == TxVoid && (len(r.Voucher) != 6 || !digitsOnly(r.Voucher)) {
		return fmt.Errorf("%w: voucher number %q is not 6 digits", ErrInvalidRequest, r.Voucher)
	}
	return nil
}
