package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/kiosk/payments"
	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/journal"
	"github.com/village-kiosk/kiosk/sync/wire"
)

type fakePayments struct {
	offline bool
	outcome payments.Outcome
	payErr  error
	paid    int
	slips   int
}

func (f *fakePayments) Lookup(_ context.Context, number string) (wire.PaymentNotice, error) {
	if f.offline {
		return wire.PaymentNotice{}, hallclient.ErrUnreachable
	}
	switch number {
	case "44060120260001":
		return wire.PaymentNotice{Number: number, PayerMasked: "陈**", Item: wire.Text{"zh-Hans": "城乡居民医疗保险费", "en": "Residents' medical insurance"},
			Department: wire.Text{"zh-Hans": "区医疗保障局"}, AmountFen: 38000, Status: wire.NoticeUnpaid}, nil
	case "44060120260002":
		return wire.PaymentNotice{Number: number, AmountFen: 100, Status: wire.NoticePaid}, nil
	}
	return wire.PaymentNotice{}, &hallclient.StatusError{Status: 404}
}
func (f *fakePayments) Pay(_ context.Context, n wire.PaymentNotice) (payments.Outcome, error) {
	f.paid++
	o := f.outcome
	o.Notice, o.AmountFen = n, n.AmountFen
	return o, f.payErr
}
func (f *fakePayments) Balance(context.Context) (string, int64, string, error) {
	return "622202******0128", 123456, "approved", nil
}
func (f *fakePayments) Message(code, lang string) string { return "MSG:" + code }
func (f *fakePayments) Reconcile(context.Context) (Recon, error) {
	return Recon{LocalCount: 2, HallCount: 1, LocalFen: 76000, HallFen: 38000, Missing: []string{"x"}}, nil
}
func (f *fakePayments) PrintSlip(context.Context, payments.Outcome) (string, error) {
	f.slips++
	return "", nil
}

func typeDigits(t *testing.T, u *UI, s string) {
	for _, d := range s {
		for _, b := range buttonsOf(u) {
			if b.Text == string(d) {
				tapButton(b)
				break
			}
		}
	}
}

func TestPayANoticeByCard(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	p := &fakePayments{outcome: payments.Outcome{State: journal.Reported, CardMasked: "622202******0128", Ref: "ab12cd34"}}
	u.deps.Payments, u.deps.Printer = p, &fakePrinter{ready: true}
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "非税缴费")
	typeDigits(t, u, "99999999")
	tapText(t, w, "查询")
	if !hasText(w, "没有找到这张缴款通知书") {
		t.Fatalf("unknown notice: %q", texts(w))
	}
	tapText(t, w, "清除")
	typeDigits(t, u, "44060120260002")
	tapText(t, w, "查询")
	if !hasText(w, "已经缴清") {
		t.Fatalf("paid notice: %q", texts(w))
	}
	tapText(t, w, "清除")
	typeDigits(t, u, "44060120260001")
	tapText(t, w, "查询")
	for _, want := range []string{"请核对缴款信息", "陈**", "城乡居民医疗保险费", "区医疗保障局", "380.00 元"} {
		if !hasText(w, want) {
			t.Fatalf("confirm lacks %q: %q", want, texts(w))
		}
	}
	tapText(t, w, "确认，用银行卡缴费")
	if p.paid != 1 || !hasText(w, "缴费成功") || !hasText(w, "已从银行卡 622202******0128 扣款 380.00 元") || !hasText(w, "ab12cd34") {
		t.Fatalf("result: %q", texts(w))
	}
	tapText(t, w, "打印缴费凭证")
	if p.slips != 1 || !hasText(w, "已打印") {
		t.Errorf("slip: %q", texts(w))
	}
	// Nothing of the payment survives the session.
	u.Wipe()
	for _, s := range texts(w) {
		if strings.Contains(s, "622202") || strings.Contains(s, "44060120260001") || strings.Contains(s, "陈**") {
			t.Errorf("after the wipe: %q", s)
		}
	}
}

func TestPaymentFailuresInPlainWords(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	p := &fakePayments{offline: true}
	u.deps.Payments = p
	u.startAt(view{kind: viewHome}, view{kind: viewPayNotice})
	typeDigits(t, u, "44060120260001")
	tapText(t, w, "查询")
	if !hasText(w, "网络断开，暂时无法查询缴款通知书") {
		t.Fatalf("offline: %q", texts(w))
	}
	p.offline = false
	p.outcome = payments.Outcome{State: journal.Declined, Code: "insufficient_funds"}
	tapText(t, w, "查询")
	tapText(t, w, "确认，用银行卡缴费")
	if !hasText(w, "缴费未成功") || !hasText(w, "MSG:insufficient_funds") || !hasText(w, "银行卡未扣款") {
		t.Fatalf("declined: %q", texts(w))
	}
	u.startAt(view{kind: viewHome}, view{kind: viewPayNotice})
	u.pay.digits = "44060120260001"
	p.outcome, p.payErr = payments.Outcome{State: journal.Unknown, Ref: "ff00"}, errors.New("pad silent")
	tapText(t, w, "查询")
	tapText(t, w, "确认，用银行卡缴费")
	if !hasText(w, "交易结果待确认") || !hasText(w, "请勿重复缴费") {
		t.Fatalf("unknown: %q", texts(w))
	}
}

func TestBalanceInquiry(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	u.deps.Payments = &fakePayments{}
	tapText(t, w, "请触摸屏幕开始")
	tapText(t, w, "金融服务")
	tapText(t, w, "开始查询")
	if !hasText(w, "银行卡 622202******0128 的可用余额：1234.56 元") {
		t.Fatalf("balance: %q", texts(w))
	}
}

func TestStaffReconciliation(t *testing.T) {
	f := newFake()
	u, w := newTestUI(t, landscape, testConfig(), f)
	u.deps.Payments = &fakePayments{}
	u.startAt(view{kind: viewHome}, view{kind: viewStaff})
	tapText(t, w, "今日对账")
	if !hasText(w, "本机今日缴费 2 笔共 760.00 元；服务大厅记录 1 笔共 380.00") || !hasText(w, "1 笔尚未到达服务大厅") {
		t.Fatalf("reconciliation: %q", texts(w))
	}
}
