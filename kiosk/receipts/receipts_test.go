package receipts

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/village-kiosk/kiosk/drivers/printer"
	"github.com/village-kiosk/kiosk/sync/wire"
)

func sampleItem() wire.CatalogItem {
	return wire.CatalogItem{
		ID: "SD-MZ-0001", Name: wire.Text{"zh-Hans": "结婚登记"}, DepartmentID: "MZ", TimeLimitDays: 1,
		Materials: []wire.Material{
			{Name: wire.Text{"zh-Hans": "居民身份证"}, Original: true},
			{Name: wire.Text{"zh-Hans": "户口簿"}, Original: true, Copies: 1},
		},
	}
}

func gb(t *testing.T, s string) []byte {
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestItemGuideReceipt(t *testing.T) {
	now := time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)
	r := ItemGuide(sampleItem(), "区民政局", "大良街道金榜社区服务站", "22838180", "https://hall.example/", now)
	out, err := Build(printer.NewBuilder(printer.Layout{Paper: printer.Paper58}), r)
	if err != nil {
		t.Fatal(err)
	}
	raw := out.Data
	for _, want := range []string{"结婚登记", "区民政局", "即来即办", "1. 居民身份证（原件）", "2. 户口簿（原件，复印件1份）", "政务服务热线 22838180", "2026-11-25 09:30"} {
		if !bytes.Contains(raw, gb(t, want)) {
			t.Errorf("receipt lacks %q", want)
		}
	}
	if !bytes.Contains(raw, []byte("https://hall.example/guide/SD-MZ-0001")) {
		t.Error("receipt lacks the guide URL in its QR code")
	}
	if !bytes.Contains(raw, []byte{0x1d, 0x28, 0x6b}) {
		t.Error("no native QR command (GS ( k)")
	}
}

func TestFullIDNumbersAreRefused(t *testing.T) {
	r := Receipt{ID: "x", Station: "站", Title: "受理回执", Lines: []Line{{"申请人", "陈* 440606195803122016"}}, Time: time.Now()}
	if _, err := Build(printer.NewBuilder(printer.Layout{Paper: printer.Paper80}), r); !errors.Is(err, ErrPersonalData) {
		t.Fatalf("a full ID number went to paper: %v", err)
	}
	r.Lines[0].Value = "陈* 4406********2016"
	if _, err := Build(printer.NewBuilder(printer.Layout{Paper: printer.Paper80}), r); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(GuideURL("http://h:1/", "X"), "h:1/guide/X") {
		t.Error("guide URL")
	}
}
