package hall

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/sync/hallclient"
	"github.com/village-kiosk/kiosk/sync/wire"
)

func TestPaymentsPayANoticeOnceAndFlagSecondCharges(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	if err := r.st.PutNotices([]wire.PaymentNotice{{Number: "44060120260001", PayerMasked: "陈**", Item: wire.Text{"zh-Hans": "城乡居民医疗保险费"}, AmountFen: 38000, Status: wire.NoticeUnpaid}}); err != nil {
		t.Fatal(err)
	}
	n, err := r.client.Notice(ctx, "44060120260001")
	if err != nil || n.AmountFen != 38000 || n.Status != wire.NoticeUnpaid {
		t.Fatalf("notice: %+v %v", n, err)
	}
	if _, err := r.client.Notice(ctx, "99999999"); !isStatus(err, 404) {
		t.Errorf("unknown notice: %v", err)
	}
	payloads := map[string][]byte{} // a retry sends the very same bytes
	report := func(key, ref string, voided bool) wire.OutboxResult {
		t.Helper()
		r.clock.add(time.Second)
		p, ok := payloads[key]
		if !ok {
			p, _ = json.Marshal(wire.PaymentReport{Ref: ref, Notice: "44060120260001", AmountFen: 38000, CardMasked: "622202******0128", PadTxn: "000123", PaidAt: r.clock.now(), Voided: voided})
			payloads[key] = p
		}
		res, _, err := r.client.SendOutbox(ctx, wire.OutboxBatch{Records: []wire.OutboxRecord{{Key: key, Kind: wire.KindPayment, CreatedAt: r.clock.now(), Payload: p}}})
		if err != nil {
			t.Fatal(err)
		}
		return res.Results[0]
	}
	var pr PaymentResult
	first := report("k1", "ref-1", false)
	if json.Unmarshal(first.Result, &pr); first.Outcome != wire.OutcomeApplied || pr.Outcome != PaymentPaid || pr.EBill == "" {
		t.Fatalf("first charge: %+v", first)
	}
	// The same report again (a retry): the first result, not a second payment.
	again := report("k1", "ref-1", false)
	if again.Outcome != wire.OutcomeDuplicate || string(again.Result) != string(first.Result) {
		t.Errorf("retry: %+v", again)
	}
	// Another charge for the paid notice: recorded and flagged for refund.
	second := report("k2", "ref-2", false)
	if json.Unmarshal(second.Result, &pr); pr.Outcome != PaymentDuplicateRefund {
		t.Errorf("second charge: %+v", second)
	}
	if n, _ := r.client.Notice(ctx, "44060120260001"); n.Status != wire.NoticePaid {
		t.Errorf("notice status %s", n.Status)
	}
	recon, err := r.client.Reconciliation(ctx, r.clock.now())
	if err != nil || len(recon) != 2 {
		t.Fatalf("reconciliation: %+v %v", recon, err)
	}
}

func isStatus(err error, code int) bool {
	var se *hallclient.StatusError
	return errors.As(err, &se) && se.Status == code
}

func TestIssuedDocumentsVerify(t *testing.T) {
	r := newRig(t)
	ctx := context.Background()
	doc, _ := json.Marshal(wire.DocumentIssued{Code: "7K3M-Q9TX-2HVA", Kind: "social_security_certificate", Title: "参保证明", IssuedAt: t0, Station: "大良街道金榜社区服务站"})
	res, _, err := r.client.SendOutbox(ctx, wire.OutboxBatch{Records: []wire.OutboxRecord{{Key: "d1", Kind: wire.KindDocument, CreatedAt: t0, Payload: doc}}})
	if err != nil || res.Results[0].Outcome != wire.OutcomeApplied {
		t.Fatalf("register: %+v %v", res, err)
	}
	resp, body := get(t, r.srv.URL+"/v1/verify/7k3mq9tx2hva", nil)
	var v wire.Verification
	if json.Unmarshal(body, &v); resp.StatusCode != 200 || !v.Genuine || v.Title != "参保证明" || !v.IssuedAt.Equal(t0) {
		t.Fatalf("verify: %d %s", resp.StatusCode, body)
	}
	resp, body = get(t, r.srv.URL+"/v1/verify/7K3M-Q9TX-2HVB", map[string]string{"Accept": "text/html"})
	if resp.StatusCode != 404 || !strings.Contains(string(body), "未找到此核验码") {
		t.Errorf("unknown code: %d %s", resp.StatusCode, body)
	}
	if resp, _ := get(t, r.srv.URL+"/v1/verify/<script>", nil); resp.StatusCode != 400 {
		t.Errorf("bad code: %d", resp.StatusCode)
	}
	// A second registration of the same code is refused: codes are unique.
	r.clock.add(time.Second)
	res, _, _ = r.client.SendOutbox(ctx, wire.OutboxBatch{Records: []wire.OutboxRecord{{Key: "d2", Kind: wire.KindDocument, CreatedAt: t0, Payload: doc}}})
	if res.Results[0].Outcome != wire.OutcomeRejected {
		t.Errorf("duplicate code: %+v", res.Results[0])
	}
}
