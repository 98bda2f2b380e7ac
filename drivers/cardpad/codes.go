package cardpad

import "strings"

// Code is the stable name of an outcome. The UI looks up its words with
// Message; the journal, the outbox and the fleet store the code itself.
type Code string

// Outcomes. The first group comes from the pad's response code (DF07);
// the last four are the driver's own.
const (
	CodeApproved          Code = "approved"
	CodeDeclined          Code = "declined" // any other refusal by the bank
	CodeInsufficientFunds Code = "insufficient_funds"
	CodeWrongPIN          Code = "wrong_pin"
	CodePINTriesExceeded  Code = "pin_tries_exceeded"
	CodeCardExpired       Code = "card_expired"
	CodeInvalidCard       Code = "invalid_card"
	CodeCardRestricted    Code = "card_restricted" // lost, stolen, restricted or to be retained
	CodeExceedsLimit      Code = "exceeds_limit"
	CodeInvalidAmount     Code = "invalid_amount"
	CodeOriginalNotFound  Code = "original_not_found" // void: no such voucher in the batch
	CodeIssuerUnavailable Code = "issuer_unavailable" // the bank could not be reached or failed
	CodeCardError         Code = "card_error"         // the pad could not read or use the card
	CodeCancelled         Code = "cancelled"          // on the pad, or by the kiosk (EOT)
	CodeTimeout           Code = "timeout"            // the pad waited for a card or PIN in vain
	CodeSignInRequired    Code = "sign_in_required"   // the pad has no keys: SignIn first
	CodeBusy              Code = "busy"               // the pad is in another transaction
	CodeNoTransaction     Code = "no_transaction"     // query last: nothing on record
	CodeTerminalError     Code = "terminal_error"     // any other code of the pad itself

	CodeCommunication  Code = "communication_error" // the pad never took the request: nothing was charged
	CodeOutcomeUnknown Code = "outcome_unknown"     // the pad may have charged: resolve, never repeat
	CodeInvalidRequest Code = "invalid_request"     // the kiosk asked for something impossible
	CodeNotProcessed   Code = "not_processed"       // Resolve: the pad never made a transaction of it
)

// bankCodes maps the bank's two-character response codes, which Chinese
// MIS-POS terminals pass through from ISO 8583 field 39 (the CUP table),
// to outcomes. Codes not listed are CodeDeclined.
var bankCodes = map[string]Code{
	"00": CodeApproved, "Y1": CodeApproved, "Y2": CodeApproved, "Y3": CodeApproved, // Y*: offline approvals [S: ing]
	"51": CodeInsufficientFunds,
	"55": CodeWrongPIN,
	"38": CodePINTriesExceeded, "75": CodePINTriesExceeded,
	"33": CodeCardExpired, "54": CodeCardExpired,
	"14": CodeInvalidCard, "15": CodeInvalidCard, "56": CodeInvalidCard,
	"04": CodeCardRestricted, "07": CodeCardRestricted, "34": CodeCardRestricted, "35": CodeCardRestricted,
	"36": CodeCardRestricted, "37": CodeCardRestricted, "41": CodeCardRestricted, "43": CodeCardRestricted,
	"62": CodeCardRestricted, "67": CodeCardRestricted,
	"61": CodeExceedsLimit, "65": CodeExceedsLimit,
	"13": CodeInvalidAmount,
	"25": CodeOriginalNotFound,
	"90": CodeIssuerUnavailable, "91": CodeIssuerUnavailable, "92": CodeIssuerUnavailable,
	"96": CodeIssuerUnavailable, "98": CodeIssuerUnavailable,
}

// padCodes maps the pad's own eight-character codes. 00000002, 00000004
// and 00010014 are [S: ing]; the others are this driver's choice [U] and
// live with the tag table in internal/ecr.
var padCodes = map[string]Code{
	"00000001": CodeCancelled,
	"00000002": CodeCardError,
	"00000003": CodeTimeout,
	"00000004": CodeCardError,
	"00000005": CodeCancelled,
	"00000006": CodeBusy,
	"00000007": CodeNoTransaction,
	"00010014": CodeSignInRequired,
}

// CodeForResponse maps a response code as the pad sent it in DF07 to an
// outcome: two characters come from the bank, eight from the pad itself
// (an eight-character code means the pad ended the transaction).
func CodeForResponse(rc string) Code {
	rc = strings.ToUpper(strings.TrimSpace(rc))
	if c, ok := padCodes[rc]; ok {
		return c
	}
	if len(rc) > 2 {
		return CodeTerminalError
	}
	if c, ok := bankCodes[rc]; ok {
		return c
	}
	return CodeDeclined
}

// Languages of the messages. They are the kiosk's language tags.
const (
	LangZhHans = "zh-Hans"
	LangZhHant = "zh-Hant"
	LangEn     = "en"
)

// messages holds the plain words for each code: simplified Chinese,
// traditional Chinese, English.
var messages = map[Code][3]string{
	CodeApproved:          {"交易成功", "交易成功", "Approved."},
	CodeDeclined:          {"银行卡交易被拒绝，请联系发卡银行", "銀行卡交易被拒絕，請聯繫發卡銀行", "The card was declined. Please contact your bank."},
	CodeInsufficientFunds: {"卡内余额不足", "卡內餘額不足", "There is not enough money on the card."},
	CodeWrongPIN:          {"密码错误，请重新输入", "密碼錯誤，請重新輸入", "Wrong PIN. Please try again."},
	CodePINTriesExceeded:  {"密码错误次数过多，请联系发卡银行", "密碼錯誤次數過多，請聯繫發卡銀行", "Too many wrong PINs. Please contact your bank."},
	CodeCardExpired:       {"银行卡已过期", "銀行卡已過期", "The card has expired."},
	CodeInvalidCard:       {"无效的卡号，请换一张卡", "無效的卡號，請換一張卡", "This card number is not valid. Please use another card."},
	CodeCardRestricted:    {"此卡不能使用，请联系发卡银行", "此卡不能使用，請聯繫發卡銀行", "This card cannot be used. Please contact your bank."},
	CodeExceedsLimit:      {"超出银行卡交易限额", "超出銀行卡交易限額", "The amount is over the card's limit."},
	CodeInvalidAmount:     {"交易金额无效", "交易金額無效", "The amount is not valid."},
	CodeOriginalNotFound:  {"找不到原交易", "找不到原交易", "The original payment was not found."},
	CodeIssuerUnavailable: {"银行系统暂时无法处理，请稍后再试", "銀行系統暫時無法處理，請稍後再試", "The bank cannot process this right now. Please try again later."},
	CodeCardError:         {"读卡失败，请重新插卡或换一张卡", "讀卡失敗，請重新插卡或換一張卡", "The card could not be read. Please insert it again or use another card."},
	CodeCancelled:         {"交易已取消", "交易已取消", "The payment was cancelled."},
	CodeTimeout:           {"等待刷卡或输入密码超时", "等待刷卡或輸入密碼逾時", "Timed out waiting for the card or the PIN."},
	CodeSignInRequired:    {"刷卡器需要签到，请联系工作人员", "刷卡器需要簽到，請聯繫工作人員", "The card pad needs to sign in. Please ask the staff."},
	CodeBusy:              {"刷卡器正忙，请稍候", "刷卡器正忙，請稍候", "The card pad is busy. Please wait."},
	CodeNoTransaction:     {"没有交易记录", "沒有交易記錄", "There is no payment on record."},
	CodeTerminalError:     {"刷卡器故障，请联系工作人员", "刷卡器故障，請聯繫工作人員", "The card pad reported a fault. Please ask the staff."},
	CodeCommunication:     {"无法连接刷卡器，未扣款，请稍后再试", "無法連接刷卡器，未扣款，請稍後再試", "Cannot reach the card pad. Nothing was charged. Please try again later."},
	CodeOutcomeUnknown:    {"交易结果待确认，请勿重复付款，请联系工作人员", "交易結果待確認，請勿重複付款，請聯繫工作人員", "The result is not confirmed yet. Do not pay again; please ask the staff."},
	CodeInvalidRequest:    {"交易请求无效，请联系工作人员", "交易請求無效，請聯繫工作人員", "The payment request is not valid. Please ask the staff."},
	CodeNotProcessed:      {"交易未完成，未扣款", "交易未完成，未扣款", "The payment did not go through. Nothing was charged."},
}

// Codes lists every code, for translation checks and the staff screen.
func Codes() []Code {
	return []Code{
		CodeApproved, CodeDeclined, CodeInsufficientFunds, CodeWrongPIN, CodePINTriesExceeded,
		CodeCardExpired, CodeInvalidCard, CodeCardRestricted, CodeExceedsLimit, CodeInvalidAmount,
		CodeOriginalNotFound, CodeIssuerUnavailable, CodeCardError, CodeCancelled, CodeTimeout,
		CodeSignInRequired, CodeBusy, CodeNoTransaction, CodeTerminalError,
		CodeCommunication, CodeOutcomeUnknown, CodeInvalidRequest, CodeNotProcessed,
	}
}

// Message returns the plain words for c in lang (zh-Hans, zh-Hant or en;
// anything else gets simplified Chinese). An unknown code gets the words
// of CodeTerminalError.
func (c Code) Message(lang string) string {
	m, ok := messages[c]
	if !ok {
		m = messages[CodeTerminalError]
	}
	switch lang {
	case LangZhHant:
		return m[1]
	case LangEn:
		return m[2]
	}
	return m[0]
}
