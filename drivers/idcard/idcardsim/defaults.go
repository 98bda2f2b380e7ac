package idcardsim

// DefaultCards is the built-in set: one valid card of each kind. Names,
// numbers and addresses are invented; the numbers carry correct check
// characters.
func DefaultCards() []Card {
	return []Card{
		{
			Label: "resident, Shunde", Kind: "resident",
			Name: "区示例", Gender: "1", Nation: "01", Birth: "19580312",
			Address: "广东省佛山市顺德区大良街道示例路1号", Number: "440606195803122016",
			Authority: "佛山市公安局顺德分局", ValidFrom: "20180301", ValidUntil: "长期",
		},
		{
			Label: "HK residence permit", Kind: "J",
			Name: "陈港示", Gender: "1", Birth: "19880620",
			Address: "广东省佛山市顺德区容桂街道样例大道8号", Number: "810000198806200034",
			Authority: "佛山市公安局", ValidFrom: "20230115", ValidUntil: "20280115",
			PassNumber: "H12345678", IssueCount: "01",
		},
		{
			Label: "foreign permanent resident (2017)", Kind: "I",
			NameEN: "SAMPLE, CASEY TEST", Name: "凯示", Gender: "2", Number: "CAN440085061512",
			Nationality: "CAN", Birth: "19850615", ValidFrom: "20170901", ValidUntil: "20270901",
			CardVersion: "01", Authority: "1500",
		},
		{
			Label: "foreign permanent resident (2023)", Kind: "Y",
			Name: "史样本", NameEN: "SMITH, ALEXANDER JONATHAN SAMPLEWORTH", Gender: "1",
			Birth: "19790522", Number: "944840197905220017", Nationality: "USA",
			ValidFrom: "20240110", ValidUntil: "20340110", RenewalCount: "00",
		},
	}
}
