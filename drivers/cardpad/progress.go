package cardpad

import (
	"fmt"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad/internal/ecr"
)

// Stage is how far a transaction has got, as far as the link tells.
type Stage int

// Stages. Sending and Acknowledged come from the link itself; the three
// after them only from pads that send progress notices (DFC1 in a packet
// with DF24 = 00, [U]). Without notices the UI shows "acknowledged" and
// the elapsed time until the result.
const (
	StageSending      Stage = iota + 1 // the request is on its way; Attempt counts transmissions
	StageAcknowledged                  // the pad said "received" (06) — not "approved"
	StageWaitingCard                   // insert, swipe or tap the card
	StageWaitingPIN                    // enter the PIN on the pad
	StageProcessing                    // the pad is online with the bank
)

var stageNames = [...]string{"", "sending", "acknowledged", "waiting_card", "waiting_pin", "processing"}

func (s Stage) String() string {
	if s > 0 && int(s) < len(stageNames) {
		return stageNames[s]
	}
	return fmt.Sprintf("stage(%d)", int(s))
}

var stageMessages = map[Stage][3]string{
	StageSending:      {"正在连接刷卡器", "正在連接刷卡器", "Contacting the card pad"},
	StageAcknowledged: {"请按刷卡器提示操作", "請按刷卡器提示操作", "Please follow the card pad"},
	StageWaitingCard:  {"请插入、刷或挥银行卡", "請插入、刷或揮銀行卡", "Insert, swipe or tap your card"},
	StageWaitingPIN:   {"请在刷卡器上输入密码", "請在刷卡器上輸入密碼", "Enter your PIN on the card pad"},
	StageProcessing:   {"正在处理，请稍候", "正在處理，請稍候", "Processing, please wait"},
}

// Message returns what to tell the person at this stage, in lang
// (zh-Hans, zh-Hant or en).
func (s Stage) Message(lang string) string {
	m, ok := stageMessages[s]
	if !ok {
		m = stageMessages[StageAcknowledged]
	}
	switch lang {
	case LangZhHant:
		return m[1]
	case LangEn:
		return m[2]
	}
	return m[0]
}

func stageFromWire(b byte) (Stage, bool) {
	switch b {
	case ecr.StageWaitingCard:
		return StageWaitingCard, true
	case ecr.StageWaitingPIN:
		return StageWaitingPIN, true
	case ecr.StageProcessing:
		return StageProcessing, true
	}
	return 0, false
}

// Progress is one report of a running transaction.
type Progress struct {
	Type  TxType
	Stage Stage
	// Attempt is the transmission of the request, 1 to 1+Retransmits.
	Attempt int
	// Elapsed is the time since the request was first sent.
	Elapsed time.Duration
	// Remaining is how long the driver will still wait for the result
	// (0 before the pad acknowledged).
	Remaining time.Duration
}

func (p Progress) String() string {
	return fmt.Sprintf("%s %s attempt %d after %v", p.Type, p.Stage, p.Attempt, p.Elapsed.Round(time.Millisecond))
}
