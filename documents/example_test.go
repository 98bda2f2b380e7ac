package documents_test

import (
	"fmt"
	"log"
	"time"

	"github.com/village-kiosk/kiosk/documents"
)

func ExampleRender() {
	receipt := &documents.ApplicationReceipt{
		Header: documents.Header{
			VerifyCode: documents.NewVerifyCode(), // the hall records it with the application
			VerifyBase: "https://hall.shunde.example.gov.cn",
			IssuedAt:   time.Now(),
			Station:    "顺德区大良街道金榜社区行政服务站",
		},
		Item:           "个体工商户设立登记",
		Department:     "佛山市顺德区市场监督管理局",
		TrackingNumber: "4406062605180031",
		Applicant:      documents.Person{Name: "欧阳秀芬", IDNumber: "440606196204087719"},
		AcceptedAt:     time.Now(),
		TimeLimitDays:  3,
		Materials:      []documents.Material{{Name: "个体工商户登记（备案）申请书", Form: "原件", Copies: 1}},
		Delivery:       documents.Delivery{Method: documents.DeliveryPickup, PickupAt: "金榜社区行政服务站窗口"},
	}
	pdf, err := documents.Render(receipt, documents.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(receipt.Title(), string(pdf[:5]))
	// Output: 受理回执 %PDF-
}

func ExampleVerifyURL() {
	u, err := documents.VerifyURL("https://hall.shunde.example.gov.cn/", "7k3m q9tx 2hva")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(u)
	// Output: https://hall.shunde.example.gov.cn/v1/verify/7K3M-Q9TX-2HVA
}
