package demo

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// hotline is the district's consultation and complaint hotline.
const hotline = "22838180"

// kbEntry is a question residents ask and the department's answer.
type kbEntry struct {
	dept string
	q, a tri
	kw   []string
}

func kws(k ...string) []string { return k }

// kbEntries are the hand-written articles: the questions the hotline and
// the stations hear most. Each department's are listed in the order they
// are shown.
var kbEntries = []kbEntry{
	// Human resources and social security.
	{"RSJ", tri{"社保怎么转移？", "社保怎麼轉移？", "How do I transfer my social insurance?"},
		tri{"在新参保地参保后，通过国家社会保险公共服务平台、粤省事或本终端申请养老保险关系转入，原参保地审核后自动转移，一般45个工作日内办结。转移期间不用退保，缴费年限累计计算。", "在新參保地參保後，通過國家社會保險公共服務平臺、粵省事或本終端申請養老保險關係轉入，原參保地審核後自動轉移，一般45個工作日內辦結。轉移期間不用退保，繳費年限累計計算。", "Once you are insured in the new place, apply to transfer your pension account in through the national social insurance service platform, the Yue Sheng Shi app or this terminal. The old place checks and transfers it, usually within 45 working days. Do not cash out: your years of contributions add up."},
		kws("社保转移", "养老保险", "转入", "异地")},
	{"RSJ", tri{"灵活就业人员怎么参保？", "靈活就業人員怎麼參保？", "How can self-employed and gig workers join social insurance?"},
		tri{"持身份证到镇街行政服务中心社保窗口或在本终端办理灵活就业人员参保登记，可自主选择缴费基数，按月通过银行代扣缴费。外省户籍在顺德灵活就业的也可以参保。", "持身份證到鎮街行政服務中心社保窗口或在本終端辦理靈活就業人員參保登記，可自主選擇繳費基數，按月通過銀行代扣繳費。外省戶籍在順德靈活就業的也可以參保。", "Register as a flexibly employed person at the social insurance desk of the town service centre or on this terminal with your ID card. You choose your contribution base and pay monthly by bank debit. People from other provinces who work flexibly in Shunde can join too."},
		kws("灵活就业", "参保", "个体", "自由职业")},
	{"RSJ", tri{"失业了怎么领失业保险金？", "失業了怎麼領失業保險金？", "I lost my job. How do I claim unemployment benefit?"},
		tri{"可在本终端或粤省事申领失业保险金。需已办理失业登记、非本人意愿中断就业且累计缴费满一年，审核通过后按月发放到社保卡银行账户。", "可在本終端或粵省事申領失業保險金。需已辦理失業登記、非本人意願中斷就業且累計繳費滿一年，審核通過後按月發放到社保卡銀行賬戶。", "Apply on this terminal or in Yue Sheng Shi. You must be registered as unemployed, have lost the job against your will and have paid in for at least a year. Once approved it is paid monthly to your social security card's bank account."},
		kws("失业金", "失业保险金", "失业登记")},
	{"RSJ", tri{"社保缴费记录怎么打印？", "社保繳費記錄怎麼打印？", "How do I print my social insurance record?"},
		tri{"在本终端选择“社保查询/打印”，刷身份证即可打印参保证明或个人权益记录。证明上有验证二维码，单位和学校可扫码核验。", "在本終端選擇「社保查詢/打印」，刷身份證即可打印參保證明或個人權益記錄。證明上有驗證二維碼，單位和學校可掃碼核驗。", "On this terminal choose “Social security”, place your ID card on the reader and print a contribution certificate or your personal record. It carries a QR code that employers and schools can scan to check it."},
		kws("参保证明", "社保打印", "缴费记录", "社保查询")},
	{"RSJ", tri{"养老金领取资格认证怎么做？", "養老金領取資格認證怎麼做？", "How do I confirm that I still qualify for my pension?"},
		tri{"领取养老金的人员每年需完成一次待遇资格认证。可在本终端刷身份证做人脸识别认证，也可用粤省事自助认证；行动不便的可联系村居服务站上门协助。", "領取養老金的人員每年需完成一次待遇資格認證。可在本終端刷身份證做人臉識別認證，也可用粵省事自助認證；行動不便的可聯繫村居服務站上門協助。", "People drawing a pension confirm their eligibility once a year. Use face recognition on this terminal with your ID card, or do it yourself in Yue Sheng Shi; if you cannot get out, the village or community station will visit you."},
		kws("资格认证", "养老金", "年审", "人脸识别")},
	{"RSJ", tri{"到了退休年龄怎么办理退休？", "到了退休年齡怎麼辦理退休？", "I have reached retirement age. How do I retire?"},
		tri{"单位职工由单位在到龄前一个月申报退休；灵活就业人员本人持身份证到镇街社保窗口申请。累计缴费满最低年限才能按月领取基本养老金，不足的可以延长缴费。", "單位職工由單位在到齡前一個月申報退休；靈活就業人員本人持身份證到鎮街社保窗口申請。累計繳費滿最低年限才能按月領取基本養老金，不足的可以延長繳費。", "Employers apply for their staff a month before retirement age; flexibly employed people apply in person with their ID card at the town social insurance desk. You need the minimum years of contributions for a monthly pension; if you are short, you can keep paying."},
		kws("退休", "办理退休", "养老金", "缴费年限")},
	{"RSJ", tri{"社保卡丢了怎么办？", "社保卡丟了怎麼辦？", "I have lost my social security card. What should I do?"},
		tri{"先拨打12333或在本终端办理挂失，再带身份证到社保卡服务网点补卡，一般可即时制卡。挂失后原卡的金融功能同时冻结。", "先撥打12333或在本終端辦理掛失，再帶身份證到社保卡服務網點補卡，一般可即時製卡。掛失後原卡的金融功能同時凍結。", "First report the loss on 12333 or on this terminal, then get a new card at a social security card service point with your ID card; it is usually made on the spot. Reporting the loss also freezes the old card's bank functions."},
		kws("社保卡", "挂失", "补卡")},
	{"RSJ", tri{"城乡居民养老保险怎么交？", "城鄉居民養老保險怎麼交？", "How do I pay into the residents' pension scheme?"},
		tri{"没有参加职工养老保险的本地户籍居民可参加城乡居民养老保险。每年自选一个缴费档次，通过银行代扣或粤税通缴费；档次越高、缴得越久，领取的养老金越多。", "沒有參加職工養老保險的本地戶籍居民可參加城鄉居民養老保險。每年自選一個繳費檔次，通過銀行代扣或粵稅通繳費；檔次越高、繳得越久，領取的養老金越多。", "Local residents who are not in the employees' pension scheme can join the residents' pension. Each year you choose a contribution level and pay by bank debit or in the Yue Shui Tong app; the higher the level and the longer you pay, the bigger the pension."},
		kws("城乡居民养老保险", "居民养老", "缴费档次")},
	{"RSJ", tri{"怎么找工作？终端上的招聘信息可靠吗？", "怎麼找工作？終端上的招聘信息可靠嗎？", "How do I find a job? Can I trust the postings on this terminal?"},
		tri{"本终端“职位查询”中的岗位由人社部门审核后发布，可按镇街、工种和工资筛选，断网时也能查。看中的岗位可直接拨打企业电话，或请村居服务站工作人员帮忙推荐。", "本終端「職位查詢」中的崗位由人社部門審核後發佈，可按鎮街、工種和工資篩選，斷網時也能查。看中的崗位可直接撥打企業電話，或請村居服務站工作人員幫忙推薦。", "Postings under “Job search” are checked by the human resources bureau before they go up. Filter by town, trade and pay, even when the network is down. Call the employer directly or ask the station staff to recommend you."},
		kws("找工作", "招聘", "职位", "就业")},
	{"RSJ", tri{"公司拖欠工资怎么办？", "公司拖欠工資怎麼辦？", "My employer owes me wages. What can I do?"},
		tri{"可以向区劳动保障监察部门投诉，或申请劳动人事争议仲裁，请准备劳动合同、工资条或考勤记录等证据。咨询可拨打22838180或12333，投诉不收费。", "可以向區勞動保障監察部門投訴，或申請勞動人事爭議仲裁，請準備勞動合同、工資條或考勤記錄等證據。諮詢可撥打22838180或12333，投訴不收費。", "Complain to the district labour inspectorate or apply for labour dispute arbitration, with your contract, payslips or attendance records as evidence. Call 22838180 or 12333 for advice; complaints are free."},
		kws("欠薪", "拖欠工资", "劳动仲裁", "投诉")},
	{"RSJ", tri{"工伤怎么认定？", "工傷怎麼認定？", "How is a work injury recognised?"},
		tri{"发生工伤后，单位应在30日内提出工伤认定申请；单位不申请的，职工本人或近亲属可在1年内直接申请。需要劳动关系证明和医疗诊断证明。", "發生工傷後，單位應在30日內提出工傷認定申請；單位不申請的，職工本人或近親屬可在1年內直接申請。需要勞動關係證明和醫療診斷證明。", "After a work injury the employer must apply for recognition within 30 days; if it does not, you or a close relative can apply within a year. You need proof of employment and a medical diagnosis."},
		kws("工伤", "工伤认定", "工伤申请")},
	{"RSJ", tri{"考了技能证书有补贴吗？", "考了技能證書有補貼嗎？", "Is there a subsidy for getting a skills certificate?"},
		tri{"参保职工取得职业资格或职业技能等级证书的，可在发证之日起12个月内申请技能提升补贴，按初级、中级、高级分档发放。参加职业培训的也可按规定申领培训补贴。", "參保職工取得職業資格或職業技能等級證書的，可在發證之日起12個月內申請技能提升補貼，按初級、中級、高級分檔發放。參加職業培訓的也可按規定申領培訓補貼。", "Insured workers who gain a vocational qualification or skill-level certificate can claim a skill-upgrading subsidy within 12 months of the certificate date, at junior, intermediate or senior rates. Trainees can also claim a training subsidy under the rules."},
		kws("技能提升补贴", "职业技能", "证书", "培训补贴")},
	{"RSJ", tri{"自己创业有什么扶持政策？", "自己創業有什麼扶持政策？", "What help is there for starting my own business?"},
		tri{"在顺德登记营业执照并正常经营的，可申请一次性创业资助、创业租金补贴和创业担保贷款贴息；高校毕业生、退役军人和就业困难人员还有额外扶持。具体条件可拨打22838180咨询。", "在順德登記營業執照並正常經營的，可申請一次性創業資助、創業租金補貼和創業擔保貸款貼息；高校畢業生、退役軍人和就業困難人員還有額外扶持。具體條件可撥打22838180諮詢。", "If you register a business in Shunde and run it, you can apply for a one-off start-up grant, a rent subsidy and interest subsidies on a guaranteed start-up loan; graduates, veterans and hard-to-employ people get extra help. Call 22838180 for the conditions."},
		kws("创业", "创业补贴", "创业贷款", "扶持")},
	{"RSJ", tri{"单位没给我买社保怎么办？", "單位沒給我買社保怎麼辦？", "My employer has not enrolled me in social insurance. What can I do?"},
		tri{"用人单位应自用工之日起30日内为职工办理参保登记。单位没有参保的，可向劳动保障监察部门投诉并要求补缴，也可拨打12333咨询。", "用人單位應自用工之日起30日內為職工辦理參保登記。單位沒有參保的，可向勞動保障監察部門投訴並要求補繳，也可撥打12333諮詢。", "Employers must enrol their staff within 30 days of hiring. If yours has not, complain to the labour inspectorate and ask for back payments, or call 12333 for advice."},
		kws("社保", "不买社保", "补缴", "投诉")},

	// Healthcare security.
	{"YBJ", tri{"城乡居民医保怎么缴费？", "城鄉居民醫保怎麼繳費？", "How do I pay for residents' medical insurance?"},
		tri{"每年9月至12月是下一年度城乡居民医保集中缴费期，可通过粤税通、微信、银行或本终端缴费，也可请村居服务站工作人员协助。逾期缴费的有待遇等待期。", "每年9月至12月是下一年度城鄉居民醫保集中繳費期，可通過粵稅通、微信、銀行或本終端繳費，也可請村居服務站工作人員協助。逾期繳費的有待遇等待期。", "Next year's residents' medical insurance is paid from September to December. Pay in the Yue Shui Tong app, WeChat, at a bank or on this terminal, or ask the station staff for help. Late payers wait before their cover starts."},
		kws("医保缴费", "城乡居民医保", "居民医保")},
	{"YBJ", tri{"新生儿怎么参加医保？", "新生兒怎麼參加醫保？", "How do I get medical insurance for my newborn?"},
		tri{"新生儿可凭出生医学证明办理参保。在出生当年或出生后3个月内参保缴费的，自出生之日起享受医保待遇。入户后可在本终端或粤医保查询参保状态。", "新生兒可憑出生醫學證明辦理參保。在出生當年或出生後3個月內參保繳費的，自出生之日起享受醫保待遇。入戶後可在本終端或粵醫保查詢參保狀態。", "Enrol the baby with the birth medical certificate. If you enrol and pay in the year of birth or within 3 months of it, cover runs from the day of birth. After the hukou is registered, check the status on this terminal or in the Yue Yi Bao app."},
		kws("新生儿医保", "新生儿参保", "宝宝医保")},
	{"YBJ", tri{"在外地看病能用顺德医保吗？", "在外地看病能用順德醫保嗎？", "Can I use my Shunde medical insurance elsewhere?"},
		tri{"长期在外地居住或临时外出就医的，先通过国家医保服务平台、粤医保或本终端办理异地就医备案，之后在当地联网定点医院可直接结算。急诊没来得及备案的，可回来申请报销。", "長期在外地居住或臨時外出就醫的，先通過國家醫保服務平臺、粵醫保或本終端辦理異地就醫備案，之後在當地聯網定點醫院可直接結算。急診沒來得及備案的，可回來申請報銷。", "If you live elsewhere or need treatment away from home, first register for out-of-area treatment in the national medical insurance app, Yue Yi Bao or on this terminal; then bills are settled directly at networked hospitals there. Emergency bills without registration can be claimed afterwards."},
		kws("异地就医", "备案", "外地看病")},
	{"YBJ", tri{"医保电子凭证怎么激活？", "醫保電子憑證怎麼激活？", "How do I activate my medical insurance e-voucher?"},
		tri{"在微信或支付宝搜索“医保电子凭证”，按提示实名认证即可激活，还可以为家人添加亲情账户。看病买药时出示二维码即可结算。", "在微信或支付寶搜索「醫保電子憑證」，按提示實名認證即可激活，還可以為家人添加親情賬戶。看病買藥時出示二維碼即可結算。", "Search “medical insurance e-voucher” in WeChat or Alipay and verify your identity to activate it; you can add family members too. Show the QR code to pay when you see a doctor or buy medicine."},
		kws("医保电子凭证", "医保码", "激活")},
	{"YBJ", tri{"高血压、糖尿病门诊能多报销吗？", "高血壓、糖尿病門診能多報銷嗎？", "Can I get more back for outpatient care of high blood pressure or diabetes?"},
		tri{"患有高血压、糖尿病等慢性病的参保人，可凭二级以上医院的诊断证明申请门诊特定病种待遇，批准后门诊费用按更高比例报销。可在定点医院或镇街医保窗口申请。", "患有高血壓、糖尿病等慢性病的參保人，可憑二級以上醫院的診斷證明申請門診特定病種待遇，批准後門診費用按更高比例報銷。可在定點醫院或鎮街醫保窗口申請。", "Insured people with chronic illnesses such as high blood pressure or diabetes can apply for special outpatient disease cover with a diagnosis from a level-2 or higher hospital; once approved, outpatient costs are reimbursed at a higher rate. Apply at a designated hospital or the town medical insurance desk."},
		kws("门特", "慢性病", "门诊特定病种", "高血压", "糖尿病")},
	{"YBJ", tri{"家人可以用我的医保个人账户吗？", "家人可以用我的醫保個人賬戶嗎？", "Can my family use my medical insurance account?"},
		tri{"可以。职工医保参保人可通过粤医保或本终端绑定配偶、父母和子女，家人在定点医院和药店的个人负担费用可以用您的个人账户支付。", "可以。職工醫保參保人可通過粵醫保或本終端綁定配偶、父母和子女，家人在定點醫院和藥店的個人負擔費用可以用您的個人賬戶支付。", "Yes. Insured employees can link a spouse, parents and children in Yue Yi Bao or on this terminal; their own share of costs at designated hospitals and pharmacies can then be paid from your individual account."},
		kws("家庭共济", "个人账户", "医保共济")},
	{"YBJ", tri{"生育津贴怎么领？", "生育津貼怎麼領？", "How do I claim maternity allowance?"},
		tri{"参加职工医保的职工在产假结束后，由单位或本人申请生育津贴，需提供出生医学证明等材料，审核后发放。", "參加職工醫保的職工在產假結束後，由單位或本人申請生育津貼，需提供出生醫學證明等材料，審核後發放。", "Insured employees claim the allowance after maternity leave, through the employer or themselves, with the birth medical certificate and other papers; it is paid once approved."},
		kws("生育津贴", "产假", "生育保险")},
	{"YBJ", tri{"自己垫付的医药费怎么报销？", "自己墊付的醫藥費怎麼報銷？", "How do I claim back medical bills I paid myself?"},
		tri{"因急诊或未能联网结算而自己垫付的，在规定期限内带发票、费用清单、病历和社保卡到镇街医保窗口申请零星报销，也可在粤医保上在线申请。", "因急診或未能聯網結算而自己墊付的，在規定期限內帶發票、費用清單、病歷和社保卡到鎮街醫保窗口申請零星報銷，也可在粵醫保上在線申請。", "If you paid yourself because of an emergency or a failed direct settlement, claim within the time limit at the town medical insurance desk with the invoices, the cost list, your medical records and your card, or apply online in Yue Yi Bao."},
		kws("医保报销", "零星报销", "垫付")},
	{"YBJ", tri{"低保户参加医保要自己交钱吗？", "低保戶參加醫保要自己交錢嗎？", "Do families on subsistence allowance pay for medical insurance?"},
		tri{"低保对象、特困人员等困难群众参加城乡居民医保的个人缴费由政府资助，一般不用自己交，由镇街民政和医保部门统一办理。", "低保對象、特困人員等困難群眾參加城鄉居民醫保的個人繳費由政府資助，一般不用自己交，由鎮街民政和醫保部門統一辦理。", "For people on subsistence allowance, destitute people and others in hardship, the government pays the personal contribution to residents' medical insurance; the town offices arrange it, usually at no cost to you."},
		kws("医保资助", "低保", "困难群众")},

	// Public security.
	{"GAJ", tri{"新生儿怎么入户？", "新生兒怎麼入戶？", "How do I register my newborn's hukou?"},
		tri{"父母一方是顺德户籍的，可凭出生医学证明、父母户口簿、身份证和结婚证，到户籍所在地派出所或镇街服务中心公安窗口申报出生登记，也可通过“广东公安服务”网上办理。", "父母一方是順德戶籍的，可憑出生醫學證明、父母戶口簿、身份證和結婚證，到戶籍所在地派出所或鎮街服務中心公安窗口申報出生登記，也可通過「廣東公安服務」網上辦理。", "If one parent has a Shunde hukou, register the birth at the local police station or the police desk of the town service centre with the birth medical certificate, the parents' hukou booklets, ID cards and marriage certificate, or online through the Guangdong police service."},
		kws("新生儿入户", "出生登记", "报户口", "上户口")},
	{"GAJ", tri{"居住证怎么办？", "居住證怎麼辦？", "How do I get a residence permit?"},
		tri{"在顺德居住满半年、有合法稳定就业或住所的，可持身份证、照片和住所证明到所住村居服务站或派出所申领居住证，也可在粤省事申请。居住证每年签注一次。", "在順德居住滿半年、有合法穩定就業或住所的，可持身份證、照片和住所證明到所住村居服務站或派出所申領居住證，也可在粵省事申請。居住證每年簽註一次。", "If you have lived in Shunde for six months with a job or a stable home, apply at your village or community station or the police station with your ID card, a photo and proof of address, or in Yue Sheng Shi. The permit is endorsed once a year."},
		kws("居住证", "办居住证", "签注", "流动人口")},
	{"GAJ", tri{"身份证丢了怎么补办？", "身份證丟了怎麼補辦？", "I have lost my ID card. How do I get a new one?"},
		tri{"到任一派出所户籍窗口或镇街服务中心办理补领，现场采集照片和指纹，一般20个工作日内可领取，也可选择邮寄。急用的可同时申请临时身份证。", "到任一派出所戶籍窗口或鎮街服務中心辦理補領，現場採集照片和指紋，一般20個工作日內可領取，也可選擇郵寄。急用的可同時申請臨時身份證。", "Go to the household desk of any police station or to the town service centre, where your photo and fingerprints are taken. The card is usually ready within 20 working days and can be posted to you. If you need one urgently, ask for a temporary ID card too."},
		kws("身份证补办", "身份证丢失", "补领身份证")},
	{"GAJ", tri{"身份证快到期了，在哪里换？", "身份證快到期了，在哪裡換？", "My ID card is about to expire. Where do I renew it?"},
		tri{"有效期满前3个月可以申请换领。广东户籍可在省内任一受理点办理，外省户籍也可在顺德异地换领，带旧证即可，现场拍照。", "有效期滿前3個月可以申請換領。廣東戶籍可在省內任一受理點辦理，外省戶籍也可在順德異地換領，帶舊證即可，現場拍照。", "You can renew from 3 months before it expires. People with a Guangdong hukou can go to any office in the province, and people from other provinces can renew in Shunde too. Bring the old card; the photo is taken there."},
		kws("身份证换领", "身份证到期", "换证")},
	{"GAJ", tri{"港澳通行证怎么办理和续签注？", "港澳通行證怎麼辦理和續簽注？", "How do I get a Hong Kong and Macao permit and renew its endorsement?"},
		tri{"首次办理需本人到出入境窗口拍照申请。已有电子通行证的，签注可在自助签注机或“广东公安服务”上办理，即时生效。", "首次辦理需本人到出入境窗口拍照申請。已有電子通行證的，簽註可在自助簽註機或「廣東公安服務」上辦理，即時生效。", "The first permit is applied for in person at an exit-entry desk, where your photo is taken. With an electronic permit, endorsements can be renewed at self-service machines or through the Guangdong police service and take effect at once."},
		kws("港澳通行证", "签注", "出入境")},
	{"GAJ", tri{"办护照要多久？", "辦護照要多久？", "How long does a passport take?"},
		tri{"凭身份证到出入境窗口申请，现场拍照和采集指纹，一般7个工作日内可领取，也可选择邮寄到家。", "憑身份證到出入境窗口申請，現場拍照和採集指紋，一般7個工作日內可領取，也可選擇郵寄到家。", "Apply at an exit-entry desk with your ID card; your photo and fingerprints are taken there. The passport is usually ready within 7 working days and can be posted to you."},
		kws("护照", "办护照", "出国")},
	{"GAJ", tri{"怎么开无犯罪记录证明？", "怎麼開無犯罪記錄證明？", "How do I get a certificate of no criminal record?"},
		tri{"本人凭身份证到户籍地或居住地派出所申请，也可在“广东公安服务”网上申请，一般3个工作日内出具。用于出国的还需要办理公证。", "本人憑身份證到戶籍地或居住地派出所申請，也可在「廣東公安服務」網上申請，一般3個工作日內出具。用於出國的還需要辦理公證。", "Apply with your ID card at the police station where your hukou is or where you live, or online through the Guangdong police service; it is usually issued within 3 working days. For use abroad it must also be notarised."},
		kws("无犯罪记录证明", "无犯罪证明")},
	{"GAJ", tri{"驾驶证到期怎么换证？", "駕駛證到期怎麼換證？", "How do I renew my driving licence?"},
		tri{"有效期满前90日内可申请换证，带身份证和体检证明到车管所办理，也可在“交管12123”网上办理，新证可以邮寄到家。", "有效期滿前90日內可申請換證，帶身份證和體檢證明到車管所辦理，也可在「交管12123」網上辦理，新證可以郵寄到家。", "Renew within 90 days before it expires: bring your ID card and a medical report to the vehicle administration office, or apply in the Traffic Management 12123 app. The new licence can be posted to you."},
		kws("驾驶证换证", "驾照到期", "12123")},
	{"GAJ", tri{"电动自行车怎么上牌？", "電動自行車怎麼上牌？", "How do I register an electric bicycle?"},
		tri{"购买符合国家标准的电动自行车后，带身份证、购车发票和合格证到指定登记点上牌，部分销售店也可以一站式上牌。没有上牌的不能上路行驶。", "購買符合國家標準的電動自行車後，帶身份證、購車發票和合格證到指定登記點上牌，部分銷售店也可以一站式上牌。沒有上牌的不能上路行駛。", "After buying an e-bike that meets the national standard, register it with your ID card, the invoice and the certificate of conformity at a registration point; some shops register it for you. Unregistered e-bikes may not be ridden on the road."},
		kws("电动车上牌", "电动自行车", "登记")},
	{"GAJ", tri{"房子租出去要登记吗？", "房子租出去要登記嗎？", "Do I have to register when I let out a flat?"},
		tri{"要。房东出租房屋，应在租客入住后及时到村居出租屋管理服务站或在粤省事登记，租客也要申报居住登记。", "要。房東出租房屋，應在租客入住後及時到村居出租屋管理服務站或在粵省事登記，租客也要申報居住登記。", "Yes. Landlords register the tenancy with the village or community rental housing office or in Yue Sheng Shi once the tenant moves in, and tenants register their residence."},
		kws("出租屋登记", "租房登记", "房东")},
	{"GAJ", tri{"父母可以把户口迁来顺德跟子女一起吗？", "父母可以把戶口遷來順德跟子女一起嗎？", "Can my parents move their hukou to Shunde to join me?"},
		tri{"顺德户籍居民的父母符合年龄等条件的，可以申请投靠子女入户，需要亲属关系证明和住房证明。具体条件可咨询派出所户籍窗口或拨打22838180。", "順德戶籍居民的父母符合年齡等條件的，可以申請投靠子女入戶，需要親屬關係證明和住房證明。具體條件可諮詢派出所戶籍窗口或撥打22838180。", "Parents of Shunde residents who meet the age and other conditions can apply to join their children, with proof of kinship and of housing. Ask the household desk at the police station or call 22838180 for the conditions."},
		kws("投靠入户", "父母随迁", "户口迁入")},

	// Civil affairs.
	{"MZJ", tri{"老人高龄津贴怎么申请？", "老人高齡津貼怎麼申請？", "How do I apply for the old-age allowance for people over 80?"},
		tri{"顺德户籍年满80周岁的老人，本人或家属带身份证、户口簿和银行卡到村居服务站申请，审核后按月发放，年龄越大标准越高。", "順德戶籍年滿80週歲的老人，本人或家屬帶身份證、戶口簿和銀行卡到村居服務站申請，審核後按月發放，年齡越大標準越高。", "Shunde residents aged 80 or over, or their families, apply at the village or community station with the ID card, hukou booklet and a bank card. It is paid monthly once approved and rises with age."},
		kws("高龄津贴", "长寿金", "老人补贴", "高龄补贴")},
	{"MZJ", tri{"怎么申请低保？", "怎麼申請低保？", "How do I apply for subsistence allowance?"},
		tri{"家庭人均收入低于当地低保标准、财产符合规定的，由户主向户籍所在村居或镇街申请，经入户调查和公示后发放。当年标准可拨打22838180咨询。", "家庭人均收入低於當地低保標準、財產符合規定的，由戶主向戶籍所在村居或鎮街申請，經入戶調查和公示後發放。當年標準可撥打22838180諮詢。", "Households whose income per person is below the local line and whose assets qualify apply through the head of household at their village, community or town. After a home visit and a public notice the allowance is paid. Call 22838180 for this year's line."},
		kws("低保", "最低生活保障", "困难家庭")},
	{"MZJ", tri{"结婚登记要预约吗？要带什么？", "結婚登記要預約嗎？要帶什麼？", "Do we need to book to register our marriage? What do we bring?"},
		tri{"建议提前在粤省事预约。双方本人带身份证、户口簿和3张双人合照到婚姻登记处办理，当场领证，不收费。", "建議提前在粵省事預約。雙方本人帶身份證、戶口簿和3張雙人合照到婚姻登記處辦理，當場領證，不收費。", "Booking ahead in Yue Sheng Shi is advised. Both of you come in person with your ID cards, hukou booklets and three photos of you together; the certificate is issued on the spot, free of charge."},
		kws("结婚登记", "领证", "结婚证")},
	{"MZJ", tri{"结婚证丢了怎么补？", "結婚證丟了怎麼補？", "We have lost our marriage certificate. How do we get a new one?"},
		tri{"夫妻一方或双方带身份证、户口簿和近期照片，到原登记机关或顺德区婚姻登记处申请补领，当场办理。", "夫妻一方或雙方帶身份證、戶口簿和近期照片，到原登記機關或順德區婚姻登記處申請補領，當場辦理。", "Either spouse applies at the registry that issued it or at the Shunde marriage registry with an ID card, hukou booklet and recent photos; it is done on the spot."},
		kws("补领结婚证", "结婚证丢失")},
	{"MZJ", tri{"长者饭堂怎么吃？有补贴吗？", "長者飯堂怎麼吃？有補貼嗎？", "How do the elderly canteens work? Is there a subsidy?"},
		tri{"60岁以上老人可到村居长者饭堂就餐，凭身份证或社保卡刷卡。顺德户籍老人和困难老人按规定享受就餐补贴，各镇街标准略有不同。", "60歲以上老人可到村居長者飯堂就餐，憑身份證或社保卡刷卡。順德戶籍老人和困難老人按規定享受就餐補貼，各鎮街標準略有不同。", "People aged 60 or over can eat at the village and community elderly canteens, paying by ID card or social security card. Shunde residents and older people in hardship get a meal subsidy; rates differ a little between towns."},
		kws("长者饭堂", "老人食堂", "就餐补贴")},
	{"MZJ", tri{"家里老人需要照顾，能申请家庭养老床位吗？", "家裡老人需要照顧，能申請家庭養老床位嗎？", "Can an older relative who needs care get a home care bed?"},
		tri{"失能、半失能老人经能力评估后可以申请家庭养老床位，由养老机构上门提供护理服务，符合条件的有补贴。到村居服务站登记申请即可。", "失能、半失能老人經能力評估後可以申請家庭養老床位，由養老機構上門提供護理服務，符合條件的有補貼。到村居服務站登記申請即可。", "Older people who need care can apply after a care-needs assessment: a care home then provides nursing at home, with a subsidy for those who qualify. Sign up at the village or community station."},
		kws("家庭养老床位", "居家养老", "失能老人")},
	{"MZJ", tri{"家人去世了，丧葬费有补贴吗？", "家人去世了，喪葬費有補貼嗎？", "A family member has died. Is there help with funeral costs?"},
		tri{"顺德户籍居民在区内殡仪馆火化的，基本殡葬服务费用可以减免；困难群众另有丧葬补助。家属带死亡证明和户口簿到村居服务站或镇街民政窗口申请。", "順德戶籍居民在區內殯儀館火化的，基本殯葬服務費用可以減免；困難群眾另有喪葬補助。家屬帶死亡證明和戶口簿到村居服務站或鎮街民政窗口申請。", "For Shunde residents cremated at the district funeral home, basic funeral charges are waived, and people in hardship get a funeral grant too. The family applies at the station or the town civil affairs desk with the death certificate and hukou booklet."},
		kws("殡葬", "丧葬补助", "火化", "身后事")},
	{"MZJ", tri{"困境儿童能得到什么帮助？", "困境兒童能得到什麼幫助？", "What help is there for children in hardship?"},
		tri{"父母重残、重病或服刑等导致生活困难的儿童，可以申请基本生活保障，村居儿童主任会协助办理。孤儿和事实无人抚养儿童按月发放基本生活费。", "父母重殘、重病或服刑等導致生活困難的兒童，可以申請基本生活保障，村居兒童主任會協助辦理。孤兒和事實無人撫養兒童按月發放基本生活費。", "Children in hardship because their parents are severely disabled, seriously ill or in prison can get basic living support; the village children's officer helps you apply. Orphans and children with no one to support them get a monthly allowance."},
		kws("困境儿童", "孤儿", "儿童补贴")},

	// Health.
	{"WJJ", tri{"孩子打疫苗在哪里打？要预约吗？", "孩子打疫苗在哪裡打？要預約嗎？", "Where does my child get vaccinated? Do I need to book?"},
		tri{"儿童常规疫苗在居住地社区卫生服务中心的预防接种门诊接种，可通过“粤苗”小程序预约，记得带上预防接种证。", "兒童常規疫苗在居住地社區衛生服務中心的預防接種門診接種，可通過「粵苗」小程序預約，記得帶上預防接種證。", "Children's routine vaccines are given at the vaccination clinic of your community health centre. Book in the Yue Miao mini-program and bring the vaccination certificate."},
		kws("疫苗", "打疫苗", "预防接种", "接种证")},
	{"WJJ", tri{"出生医学证明丢了能补吗？", "出生醫學證明丟了能補嗎？", "Can a lost birth medical certificate be replaced?"},
		tri{"可以。父母带身份证和孩子的户口簿到签发医院申请补发，核实后补发，一般需要20个工作日左右。", "可以。父母帶身份證和孩子的戶口簿到簽發醫院申請補發，核實後補發，一般需要20個工作日左右。", "Yes. The parents apply at the hospital that issued it with their ID cards and the child's hukou booklet; after checking, a replacement is issued, usually in about 20 working days."},
		kws("出生医学证明", "出生证补办")},
	{"WJJ", tri{"怎么签约家庭医生？", "怎麼簽約家庭醫生？", "How do I sign up with a family doctor?"},
		tri{"到就近的社区卫生服务中心签约，签约后可享受健康咨询、慢病随访和预约转诊等服务，老人、孕产妇和慢病患者优先。", "到就近的社區衛生服務中心簽約，簽約後可享受健康諮詢、慢病隨訪和預約轉診等服務，老人、孕產婦和慢病患者優先。", "Sign up at your nearest community health centre. You get health advice, chronic-disease follow-up and referrals; older people, expectant mothers and chronic patients come first."},
		kws("家庭医生", "签约", "社区医生")},
	{"WJJ", tri{"健康证怎么办？", "健康證怎麼辦？", "How do I get a health certificate for work?"},
		tri{"食品、公共场所等行业从业人员需要办理健康证。到区内指定体检机构体检，合格后可在线领取电子健康证，有效期一年。", "食品、公共場所等行業從業人員需要辦理健康證。到區內指定體檢機構體檢，合格後可在線領取電子健康證，有效期一年。", "Food and public-place workers need one. Have a check-up at a designated clinic in the district; if you pass, collect the electronic certificate online. It is valid for a year."},
		kws("健康证", "从业人员体检")},
	{"WJJ", tri{"育儿补贴怎么领？", "育兒補貼怎麼領？", "How do I claim the childcare subsidy?"},
		tri{"符合条件的3周岁以下婴幼儿家庭可以申请育儿补贴，通过育儿补贴信息管理系统或粤省事在线申请，审核后按年发放。", "符合條件的3週歲以下嬰幼兒家庭可以申請育兒補貼，通過育兒補貼信息管理系統或粵省事在線申請，審核後按年發放。", "Families with children under three who qualify apply online through the national childcare subsidy system or Yue Sheng Shi; it is paid yearly once approved."},
		kws("育儿补贴", "生育补贴", "婴幼儿")},
	{"WJJ", tri{"婚前检查免费吗？", "婚前檢查免費嗎？", "Is the premarital check-up free?"},
		tri{"免费。在顺德登记结婚或有顺德户籍的双方，可以到指定医疗机构免费做婚前医学检查，带身份证即可，建议提前预约。", "免費。在順德登記結婚或有順德戶籍的雙方，可以到指定醫療機構免費做婚前醫學檢查，帶身份證即可，建議提前預約。", "Yes. Couples marrying in Shunde or with a Shunde hukou can have a free premarital check-up at designated clinics. Bring your ID cards and book ahead."},
		kws("婚检", "婚前检查", "免费")},
	{"WJJ", tri{"独生子女父母退休奖励怎么申请？", "獨生子女父母退休獎勵怎麼申請？", "How do parents of an only child claim the retirement reward?"},
		tri{"符合条件的企业退休职工中的独生子女父母，办理退休后带独生子女证或相关证明，到村居服务站或镇街卫生健康窗口申请一次性退休奖励。", "符合條件的企業退休職工中的獨生子女父母，辦理退休後帶獨生子女證或相關證明，到村居服務站或鎮街衛生健康窗口申請一次性退休獎勵。", "Retired employees who are parents of an only child and qualify apply for the one-off reward after retiring, at the station or the town health desk, with the only-child certificate or other proof."},
		kws("独生子女", "退休奖励", "计划生育")},

	// Education.
	{"JYJ", tri{"孩子上小学一年级怎么报名？", "孩子上小學一年級怎麼報名？", "How do I enrol my child in the first year of primary school?"},
		tri{"每年5月左右发布招生公告，户籍生和积分入学的随迁子女分别按公告时间在网上报名，需准备户口簿、住房证明或居住证等材料。以当年招生公告为准。", "每年5月左右發佈招生公告，戶籍生和積分入學的隨遷子女分別按公告時間在網上報名，需準備戶口簿、住房證明或居住證等材料。以當年招生公告為準。", "The admission notice comes out around May. Children with a local hukou and children of migrant families admitted by points register online at the announced times, with the hukou booklet, proof of housing or the residence permit. This year's notice is what counts."},
		kws("小学报名", "一年级", "入学", "招生")},
	{"JYJ", tri{"外地户籍的孩子怎么积分入学？", "外地戶籍的孩子怎麼積分入學？", "How do children from other places get a school place by points?"},
		tri{"父母持顺德居住证并按规定参保的，可以为孩子申请积分入学，积分由居住年限、社保年限和住房等构成，按分数从高到低安排学位。可拨打22838180咨询。", "父母持順德居住證並按規定參保的，可以為孩子申請積分入學，積分由居住年限、社保年限和住房等構成，按分數從高到低安排學位。可撥打22838180諮詢。", "Parents with a Shunde residence permit and social insurance can apply for a place by points: years of residence, years of insurance and housing count, and places go from the highest score down. Call 22838180 for advice."},
		kws("积分入学", "随迁子女", "外地孩子上学")},
	{"JYJ", tri{"孩子转学怎么办？", "孩子轉學怎麼辦？", "How does my child change schools?"},
		tri{"先联系转入学校确认有学位，再由家长带户口簿等材料向转入学校申请，通过学籍系统办理转学手续。", "先聯繫轉入學校確認有學位，再由家長帶戶口簿等材料向轉入學校申請，通過學籍系統辦理轉學手續。", "First check with the new school that it has a place, then apply there with the hukou booklet and other papers; the transfer goes through the student-record system."},
		kws("转学", "学籍")},
	{"JYJ", tri{"家庭困难的学生有什么资助？", "家庭困難的學生有什麼資助？", "What support is there for students from poor families?"},
		tri{"低保、特困、残疾等家庭的学生，开学后向学校申请国家助学金、免学费和生活补助即可。", "低保、特困、殘疾等家庭的學生，開學後向學校申請國家助學金、免學費和生活補助即可。", "Students from families on subsistence allowance, in extreme hardship or with disabilities apply to their school after term starts for state grants, fee waivers and living allowances."},
		kws("助学金", "学生资助", "贫困生")},
	{"JYJ", tri{"普通话水平测试怎么报名？", "普通話水平測試怎麼報名？", "How do I sign up for the Putonghua proficiency test?"},
		tri{"在国家普通话水平测试在线报名系统报名，按时间到顺德的测试站参加机考，合格后可下载电子证书。", "在國家普通話水平測試在線報名系統報名，按時間到順德的測試站參加機考，合格後可下載電子證書。", "Sign up in the national online system, take the computer test at the Shunde test centre on your date, and download the e-certificate once you pass."},
		kws("普通话考试", "普通话测试")},
	{"JYJ", tri{"怎么知道一家民办幼儿园是否有办学许可？", "怎麼知道一家民辦幼兒園是否有辦學許可？", "How can I check that a private kindergarten is licensed?"},
		tri{"区教育局网站公布了已取得办学许可证的幼儿园名单，也可拨打22838180核实。普惠性民办幼儿园收费较低，并接受政府监管。", "區教育局網站公佈了已取得辦學許可證的幼兒園名單，也可撥打22838180核實。普惠性民辦幼兒園收費較低，並接受政府監管。", "The district education bureau's website lists licensed kindergartens, or call 22838180 to check. Publicly subsidised private kindergartens charge less and are supervised by the government."},
		kws("幼儿园", "民办幼儿园", "办学许可")},

	// Housing provident fund.
	{"GJJ", tri{"公积金怎么提取？", "公積金怎麼提取？", "How do I withdraw my housing provident fund?"},
		tri{"购房、租房、退休、离职回原籍等情形可以提取住房公积金。租房提取可在公积金中心APP或本终端在线申请，一般1至3个工作日到账。", "購房、租房、退休、離職回原籍等情形可以提取住房公積金。租房提取可在公積金中心APP或本終端在線申請，一般1至3個工作日到賬。", "You can withdraw to buy or rent a home, on retirement or when you leave to go home. Rent withdrawals can be made online in the fund centre's app or on this terminal and are usually paid in 1 to 3 working days."},
		kws("公积金提取", "租房提取", "公积金")},
	{"GJJ", tri{"离职后公积金怎么办？", "離職後公積金怎麼辦？", "What happens to my provident fund when I leave my job?"},
		tri{"离职后个人账户会封存，到新单位后由新单位办理转移，余额和缴存年限连续计算；也可以按规定申请提取。", "離職後個人賬戶會封存，到新單位後由新單位辦理轉移，餘額和繳存年限連續計算；也可以按規定申請提取。", "Your account is frozen when you leave; the new employer transfers it in and the balance and years carry on. You may also withdraw under the rules."},
		kws("公积金封存", "离职", "公积金转移")},
	{"GJJ", tri{"个体户能交公积金吗？", "個體戶能交公積金嗎？", "Can self-employed people pay into the provident fund?"},
		tri{"可以。灵活就业人员可以个人名义开户缴存住房公积金，连续缴存满规定期限后还可以申请公积金贷款。", "可以。靈活就業人員可以個人名義開戶繳存住房公積金，連續繳存滿規定期限後還可以申請公積金貸款。", "Yes. Flexibly employed people can open an account and pay in themselves, and after paying for the required time can apply for a provident fund loan."},
		kws("灵活就业公积金", "个人缴存")},
	{"GJJ", tri{"公积金贷款能贷多少？", "公積金貸款能貸多少？", "How much can I borrow with a provident fund loan?"},
		tri{"贷款额度与账户余额、缴存年限、还款能力和房价有关，单人和夫妻有不同上限。可在公积金中心APP试算，或拨打12329咨询。", "貸款額度與賬戶餘額、繳存年限、還款能力和房價有關，單人和夫妻有不同上限。可在公積金中心APP試算，或撥打12329諮詢。", "It depends on your balance, years of payment, ability to repay and the home's price, with different caps for single people and couples. Use the calculator in the fund centre's app or call 12329."},
		kws("公积金贷款", "贷款额度")},
	{"GJJ", tri{"在顺德交的公积金，回老家买房能用吗？", "在順德交的公積金，回老家買房能用嗎？", "Can I use my Shunde provident fund to buy a home in my hometown?"},
		tri{"能。可以申请异地贷款：由顺德出具缴存使用证明，到购房地公积金中心申请贷款；也可以提取公积金支付购房款。", "能。可以申請異地貸款：由順德出具繳存使用證明，到購房地公積金中心申請貸款；也可以提取公積金支付購房款。", "Yes. Get a contribution certificate from Shunde and apply for a loan at the fund centre where you buy, or withdraw your fund to pay for the home."},
		kws("异地贷款", "公积金买房", "老家买房")},

	// Real estate registration.
	{"BDC", tri{"不动产权证书丢了怎么补办？", "不動產權證書丟了怎麼補辦？", "How do I replace a lost property certificate?"},
		tri{"权利人带身份证到区不动产登记中心申请补证，公告15个工作日无异议后补发新证。", "權利人帶身份證到區不動產登記中心申請補證，公告15個工作日無異議後補發新證。", "The owner applies at the district real estate registration centre with an ID card; a new certificate is issued if no one objects within 15 working days of a public notice."},
		kws("房产证补办", "不动产权证丢失")},
	{"BDC", tri{"房贷还清了，怎么注销抵押？", "房貸還清了，怎麼註銷抵押？", "I have paid off my mortgage. How do I remove it from the register?"},
		tri{"贷款结清后由银行出具结清证明，和权利人一起申请抵押权注销登记。不少银行可以线上协同办理，当天办结。", "貸款結清後由銀行出具結清證明，和權利人一起申請抵押權註銷登記。不少銀行可以線上協同辦理，當天辦結。", "The bank issues a settlement certificate and applies with you to deregister the mortgage. Many banks can do this online with the registry the same day."},
		kws("抵押注销", "解押", "房贷还清")},
	{"BDC", tri{"父母的房子怎么过户给子女？", "父母的房子怎麼過戶給子女？", "How do parents transfer a home to their children?"},
		tri{"可以通过继承、赠与或买卖办理。继承需提供死亡证明和继承相关材料，赠与需缴纳契税等税费。具体可咨询不动产登记中心或拨打22838180。", "可以通過繼承、贈與或買賣辦理。繼承需提供死亡證明和繼承相關材料，贈與需繳納契稅等稅費。具體可諮詢不動產登記中心或撥打22838180。", "By inheritance, gift or sale. Inheritance needs the death certificate and inheritance papers; a gift incurs deed tax and other taxes. Ask the registration centre or call 22838180."},
		kws("房产过户", "继承", "赠与")},
	{"BDC", tri{"怎么查自己名下有几套房？", "怎麼查自己名下有幾套房？", "How do I find out which properties are registered in my name?"},
		tri{"可在本终端“房产查询”刷身份证查询，也可到不动产登记中心打印查询结果。", "可在本終端「房產查詢」刷身份證查詢，也可到不動產登記中心打印查詢結果。", "Use “Property query” on this terminal with your ID card, or print a search result at the registration centre."},
		kws("房产查询", "名下房产", "查房")},
	{"BDC", tri{"农村自建房能办不动产权证吗？", "農村自建房能辦不動產權證嗎？", "Can a self-built village house get a property certificate?"},
		tri{"依法批准建设的宅基地房屋可以办理宅基地使用权及房屋所有权登记，需要村集体证明和建房审批材料。", "依法批准建設的宅基地房屋可以辦理宅基地使用權及房屋所有權登記，需要村集體證明和建房審批材料。", "Houses built with approval on a homestead plot can be registered, with a letter from the village collective and the building approval papers."},
		kws("宅基地", "农村房屋", "确权")},

	// Tax.
	{"SWJ", tri{"个人所得税年度汇算怎么办？", "個人所得稅年度彙算怎麼辦？", "How do I do my annual income tax reconciliation?"},
		tri{"每年3月1日至6月30日，在“个人所得税”APP上办理上一年度综合所得汇算，多退少补。只有工资收入且收入不高的，多数是退税或无需补税。", "每年3月1日至6月30日，在「個人所得稅」APP上辦理上一年度綜合所得彙算，多退少補。只有工資收入且收入不高的，多數是退稅或無需補稅。", "Between 1 March and 30 June, file last year's reconciliation in the Individual Income Tax app; overpaid tax is refunded and underpaid tax made up. Most people with modest wages get money back or owe nothing."},
		kws("个税汇算", "个人所得税", "退税")},
	{"SWJ", tri{"专项附加扣除怎么填？", "專項附加扣除怎麼填？", "How do I claim special tax deductions?"},
		tri{"在个人所得税APP中填报子女教育、赡养老人、住房贷款利息或住房租金、继续教育、3岁以下婴幼儿照护等项目，可以少交个税。", "在個人所得稅APP中填報子女教育、贍養老人、住房貸款利息或住房租金、繼續教育、3歲以下嬰幼兒照護等項目，可以少交個稅。", "In the Individual Income Tax app, declare children's education, support of parents, mortgage interest or rent, further education and care of children under three to pay less tax."},
		kws("专项附加扣除", "个税扣除", "赡养老人")},
	{"SWJ", tri{"个体户怎么报税？", "個體戶怎麼報稅？", "How does a sole proprietor file taxes?"},
		tri{"定期定额的个体户按核定税额缴纳，月销售额不超过免征额的免征增值税；其他个体户按月或按季在电子税务局申报。可拨打12366咨询。", "定期定額的個體戶按核定稅額繳納，月銷售額不超過免徵額的免徵增值稅；其他個體戶按月或按季在電子稅務局申報。可撥打12366諮詢。", "Sole proprietors on a fixed quota pay the assessed amount, and those under the monthly threshold pay no VAT; others file monthly or quarterly in the e-tax bureau. Call 12366 for advice."},
		kws("个体户报税", "定期定额", "增值税")},
	{"SWJ", tri{"怎么开完税证明？", "怎麼開完稅證明？", "How do I get a tax payment certificate?"},
		tri{"可在个人所得税APP或电子税务局自助开具纳税记录，也可带身份证到办税服务厅打印。", "可在個人所得稅APP或電子稅務局自助開具納稅記錄，也可帶身份證到辦稅服務廳打印。", "Download your tax record in the Individual Income Tax app or the e-tax bureau, or print it at a tax office with your ID card."},
		kws("完税证明", "纳税记录")},

	// Market regulation.
	{"SCJG", tri{"开个小店怎么办营业执照？", "開個小店怎麼辦營業執照？", "How do I get a business licence for a small shop?"},
		tri{"个体工商户可在“粤商通”或本终端在线申请营业执照，材料齐全的一般1个工作日内办结，可邮寄或到服务中心领取，不收费。", "個體工商戶可在「粵商通」或本終端在線申請營業執照，材料齊全的一般1個工作日內辦結，可郵寄或到服務中心領取，不收費。", "Apply online in the Yue Shang Tong app or on this terminal. With complete papers it is usually done in one working day and can be posted or collected at the centre, free of charge."},
		kws("营业执照", "个体户", "开店")},
	{"SCJG", tri{"开小餐馆要办什么证？", "開小餐館要辦什麼證？", "What licences does a small restaurant need?"},
		tri{"需要营业执照和小餐饮经营许可或食品经营许可，从业人员要有健康证。符合条件的可以同时申请。", "需要營業執照和小餐飲經營許可或食品經營許可，從業人員要有健康證。符合條件的可以同時申請。", "A business licence and a small-catering or food business licence, and staff need health certificates. If you qualify, apply for both at once."},
		kws("餐饮许可", "小餐饮", "开饭店")},
	{"SCJG", tri{"买到假货或遇到消费纠纷怎么投诉？", "買到假貨或遇到消費糾紛怎麼投訴？", "How do I complain about fake goods or a consumer dispute?"},
		tri{"可拨打12315或22838180投诉，也可在全国12315平台在线投诉，请保留好购物凭证和聊天记录。", "可撥打12315或22838180投訴，也可在全國12315平臺在線投訴，請保留好購物憑證和聊天記錄。", "Call 12315 or 22838180, or complain online on the national 12315 platform. Keep your receipts and chat records."},
		kws("消费投诉", "12315", "假货", "维权")},
	{"SCJG", tri{"企业年报什么时候报？", "企業年報什麼時候報？", "When is the annual business report due?"},
		tri{"每年1月1日至6月30日，通过国家企业信用信息公示系统报送上一年度报告，个体工商户也要年报，逾期未报会被列入经营异常名录。", "每年1月1日至6月30日，通過國家企業信用信息公示系統報送上一年度報告，個體工商戶也要年報，逾期未報會被列入經營異常名錄。", "Between 1 January and 30 June, file last year's report through the national enterprise credit information system; sole proprietors file too. Missing it puts you on the list of abnormal operations."},
		kws("年报", "企业年报", "经营异常")},
	{"SCJG", tri{"个体户不做了怎么注销？", "個體戶不做了怎麼註銷？", "How do I close my sole proprietorship?"},
		tri{"没有开业或没有债权债务的可以办理简易注销，在粤商通提交申请，税务清税后即可注销营业执照。", "沒有開業或沒有債權債務的可以辦理簡易註銷，在粵商通提交申請，稅務清稅後即可註銷營業執照。", "If you never opened or have no debts, use simplified deregistration: apply in Yue Shang Tong, and once taxes are cleared the licence is cancelled."},
		kws("注销", "个体户注销", "简易注销")},

	// Veterans.
	{"TYJR", tri{"退役军人优待证怎么申领？", "退役軍人優待證怎麼申領？", "How do veterans apply for the preferential treatment card?"},
		tri{"持退役证件和身份证到户籍地村居退役军人服务站申请，或在“广东退役军人”小程序在线申请，制证后可以邮寄或领取。", "持退役證件和身份證到戶籍地村居退役軍人服務站申請，或在「廣東退役軍人」小程序在線申請，製證後可以郵寄或領取。", "Apply at the veterans' service station of your village or community with your discharge papers and ID card, or online in the Guangdong veterans mini-program; the card is posted or collected."},
		kws("优待证", "退役军人")},
	{"TYJR", tri{"退役后回顺德要报到吗？", "退役後回順德要報到嗎？", "Do I have to report when I return to Shunde after discharge?"},
		tri{"需要。退役士兵应在退役后30日内持退役证件到区退役军人事务局报到，办理户口和档案接收。", "需要。退役士兵應在退役後30日內持退役證件到區退役軍人事務局報到，辦理戶口和檔案接收。", "Yes. Discharged soldiers report to the district veterans affairs bureau within 30 days with their papers, to settle their hukou and files."},
		kws("退役报到", "退伍", "报到")},
	{"TYJR", tri{"光荣牌怎么申请？", "光榮牌怎麼申請？", "How does a family get an honour plaque?"},
		tri{"由户籍地村居退役军人服务站统一登记，核实后上门悬挂，不收任何费用。", "由戶籍地村居退役軍人服務站統一登記，核實後上門懸掛，不收任何費用。", "The village or community veterans' station registers families and, after checking, comes to hang the plaque, free of charge."},
		kws("光荣牌", "悬挂")},

	// Disabled persons' federation.
	{"CL", tri{"残疾人证怎么办？", "殘疾人證怎麼辦？", "How do I get a disability card?"},
		tri{"带身份证、户口簿和照片到户籍所在村居或镇街残联申请，经指定医院评定残疾等级后发证。", "帶身份證、戶口簿和照片到戶籍所在村居或鎮街殘聯申請，經指定醫院評定殘疾等級後發證。", "Apply at the disabled persons' federation desk of your village or town with your ID card, hukou booklet and photos; the card is issued after a designated hospital assesses the level of disability."},
		kws("残疾人证", "办残疾证", "残疾评定")},
	{"CL", tri{"残疾人可以申请哪些补贴？", "殘疾人可以申請哪些補貼？", "Which allowances can disabled people claim?"},
		tri{"有困难残疾人生活补贴、重度残疾人护理补贴、辅助器具适配补贴等，持残疾人证到村居服务站申请。可拨打22838180咨询。", "有困難殘疾人生活補貼、重度殘疾人護理補貼、輔助器具適配補貼等，持殘疾人證到村居服務站申請。可撥打22838180諮詢。", "A living allowance for disabled people in hardship, a nursing allowance for the severely disabled, subsidies for assistive devices and more; apply at the station with your disability card. Call 22838180 for advice."},
		kws("残疾人补贴", "护理补贴", "两项补贴")},
	{"CL", tri{"残疾儿童康复有补助吗？", "殘疾兒童康復有補助嗎？", "Is there help with rehabilitation for disabled children?"},
		tri{"0至17岁残疾儿童可以申请康复救助，在定点康复机构训练，费用按标准补助。家长带残疾人证或诊断证明到残联申请。", "0至17歲殘疾兒童可以申請康復救助，在定點康復機構訓練，費用按標準補助。家長帶殘疾人證或診斷證明到殘聯申請。", "Disabled children aged 0 to 17 can get rehabilitation aid for training at designated centres, paid up to a set amount. Parents apply at the federation with the disability card or a diagnosis."},
		kws("残疾儿童康复", "康复救助", "孤独症")},
	{"CL", tri{"家里有残疾人，可以申请无障碍改造吗？", "家裡有殘疾人，可以申請無障礙改造嗎？", "Can a family with a disabled member get the home adapted?"},
		tri{"可以。符合条件的残疾人家庭可申请安装扶手、坡道、坐便器等无障碍改造，由残联上门评估后实施。", "可以。符合條件的殘疾人家庭可申請安裝扶手、坡道、坐便器等無障礙改造，由殘聯上門評估後實施。", "Yes. Qualifying families can apply for grab bars, ramps, raised toilets and similar adaptations; the federation visits to assess and then does the work."},
		kws("无障碍改造", "残疾人家庭")},

	// Justice.
	{"SFJ", tri{"请不起律师怎么办？", "請不起律師怎麼辦？", "I cannot afford a lawyer. What can I do?"},
		tri{"经济困难的可以申请法律援助，带身份证和经济困难证明或承诺书到区公共法律服务中心或镇街法律援助工作站申请；农民工讨薪不审查经济状况。也可拨打12348咨询。", "經濟困難的可以申請法律援助，帶身份證和經濟困難證明或承諾書到區公共法律服務中心或鎮街法律援助工作站申請；農民工討薪不審查經濟狀況。也可撥打12348諮詢。", "Apply for legal aid at the district public legal services centre or a town legal-aid post with your ID card and proof or a signed statement of hardship; migrant workers claiming wages are not means-tested. Call 12348 for advice."},
		kws("法律援助", "免费律师", "讨薪")},
	{"SFJ", tri{"邻里纠纷可以找谁调解？", "鄰里糾紛可以找誰調解？", "Who can help settle a dispute with the neighbours?"},
		tri{"可以找所在村居的人民调解委员会免费调解，调解达成的协议具有法律约束力。", "可以找所在村居的人民調解委員會免費調解，調解達成的協議具有法律約束力。", "The people's mediation committee of your village or community mediates free of charge; an agreement reached there is legally binding."},
		kws("人民调解", "邻里纠纷", "调解")},
	{"SFJ", tri{"办公证要多久？", "辦公證要多久？", "How long does a notarisation take?"},
		tri{"收费按广东省标准执行。出生、学历、无犯罪记录等常见公证一般5至15个工作日出证，可到公证处咨询加急办理。", "收費按廣東省標準執行。出生、學歷、無犯罪記錄等常見公證一般5至15個工作日出證，可到公證處諮詢加急辦理。", "Fees follow the Guangdong scale. Common notarisations such as birth, education or no criminal record usually take 5 to 15 working days; ask the notary office about faster service."},
		kws("公证", "公证费", "公证处")},
	{"SFJ", tri{"立遗嘱一定要公证吗？", "立遺囑一定要公證嗎？", "Does a will have to be notarised?"},
		tri{"不一定。自书、代书、录音录像等形式的遗嘱依法有效，但办理公证或在遗嘱库登记更能避免纠纷。", "不一定。自書、代書、錄音錄像等形式的遺囑依法有效，但辦理公證或在遺囑庫登記更能避免糾紛。", "No. Handwritten, witnessed and recorded wills are valid in law, but notarising or registering a will does more to avoid disputes."},
		kws("遗嘱", "立遗嘱", "遗嘱公证")},

	// Transport.
	{"JTYS", tri{"长者乘车优惠卡怎么办？", "長者乘車優惠卡怎麼辦？", "How do I get the elderly bus pass?"},
		tri{"60周岁以上老人带身份证到公交卡服务网点或村居服务站申请，按规定免费或优惠乘坐区内公交。", "60週歲以上老人帶身份證到公交卡服務網點或村居服務站申請，按規定免費或優惠乘坐區內公交。", "People aged 60 or over apply at a bus card service point or the village station with their ID card, and ride district buses free or at a discount under the rules."},
		kws("长者卡", "老人乘车", "公交优惠")},
	{"JTYS", tri{"网约车司机证怎么考？", "網約車司機證怎麼考？", "How do I qualify as a ride-hailing driver?"},
		tri{"在顺德从事网约车驾驶的，需要通过网约车驾驶员从业资格考试，合格后申领网络预约出租汽车驾驶员证。", "在順德從事網約車駕駛的，需要通過網約車駕駛員從業資格考試，合格後申領網絡預約出租汽車駕駛員證。", "Pass the ride-hailing driver qualification exam and then apply for the ride-hailing driver's certificate."},
		kws("网约车", "驾驶员证", "从业资格")},
	{"JTYS", tri{"小货车要办道路运输证吗？", "小貨車要辦道路運輸證嗎？", "Does a small van need a road transport certificate?"},
		tri{"总质量4.5吨及以下的普通货运车辆不用办理道路运输证；超过的需带行驶证、车辆照片和经营许可到交通部门办理。", "總質量4.5噸及以下的普通貨運車輛不用辦理道路運輸證；超過的需帶行駛證、車輛照片和經營許可到交通部門辦理。", "Ordinary goods vehicles of 4.5 tonnes or less do not need one; heavier ones need the vehicle licence, photos and an operating licence at the transport bureau."},
		kws("道路运输证", "货车", "营运证")},
	{"JTYS", tri{"残疾人免费乘车卡怎么办？", "殘疾人免費乘車卡怎麼辦？", "How do disabled people get a free bus pass?"},
		tri{"持残疾人证到公交卡服务网点或残联窗口申请，可免费乘坐区内公交。", "持殘疾人證到公交卡服務網點或殘聯窗口申請，可免費乘坐區內公交。", "Apply at a bus card service point or the disabled persons' federation desk with your disability card to ride district buses free."},
		kws("残疾人乘车卡", "免费乘车")},

	// Agriculture and rural affairs.
	{"NYNC", tri{"农村建房怎么申请宅基地？", "農村建房怎麼申請宅基地？", "How do villagers apply for a plot to build a house?"},
		tri{"符合“一户一宅”条件的村民向村集体经济组织申请，经村民代表会议讨论、镇街审核批准后才能建房，不得未批先建。", "符合「一戶一宅」條件的村民向村集體經濟組織申請，經村民代表會議討論、鎮街審核批准後才能建房，不得未批先建。", "Villagers who meet the one-household-one-plot rule apply to the village collective; after the villagers' representatives discuss it and the town approves, you may build. Never build before approval."},
		kws("宅基地", "农村建房", "建房审批")},
	{"NYNC", tri{"鱼塘改造有补贴吗？", "魚塘改造有補貼嗎？", "Is there a subsidy for upgrading fish ponds?"},
		tri{"有。按标准实施鱼塘升级改造的养殖户可以申请补贴，先向镇街农业部门报名，验收合格后发放。", "有。按標準實施魚塘升級改造的養殖戶可以申請補貼，先向鎮街農業部門報名，驗收合格後發放。", "Yes. Fish farmers who upgrade ponds to the standard can claim it: sign up with the town agriculture office first; it is paid after inspection."},
		kws("鱼塘改造", "渔业补贴", "养殖")},
	{"NYNC", tri{"种地有什么补贴？", "種地有什麼補貼？", "What subsidies are there for farming land?"},
		tri{"承包耕地的农户可以领取耕地地力保护补贴，由村集体统一申报，直接发放到农户的社保卡或银行卡。", "承包耕地的農戶可以領取耕地地力保護補貼，由村集體統一申報，直接發放到農戶的社保卡或銀行卡。", "Households farming contracted land receive the farmland fertility protection subsidy; the village collective applies for everyone and it is paid straight to your card."},
		kws("耕地补贴", "种粮补贴", "农业补贴")},
	{"NYNC", tri{"买农机有补贴吗？", "買農機有補貼嗎？", "Is there a subsidy for buying farm machinery?"},
		tri{"购买列入补贴目录的农机具可以申请购置补贴，购机后带发票、身份证和农机照片到镇街农业服务中心申请。", "購買列入補貼目錄的農機具可以申請購置補貼，購機後帶發票、身份證和農機照片到鎮街農業服務中心申請。", "Machines on the subsidy list qualify: after buying, apply at the town agriculture service centre with the invoice, your ID card and photos of the machine."},
		kws("农机补贴", "农机购置")},

	// Housing, construction and water.
	{"ZJSW", tri{"怎么申请公租房？", "怎麼申請公租房？", "How do I apply for public rental housing?"},
		tri{"符合收入和住房条件的顺德户籍家庭，以及符合条件的新就业职工和外来务工人员，可按通知在网上报名，审核后轮候配租。", "符合收入和住房條件的順德戶籍家庭，以及符合條件的新就業職工和外來務工人員，可按通知在網上報名，審核後輪候配租。", "Shunde households that meet the income and housing conditions, and eligible new graduates and migrant workers, apply online when the call opens; after checking they wait for a flat."},
		kws("公租房", "保障房", "住房困难")},
	{"ZJSW", tri{"租房合同要备案吗？", "租房合同要備案嗎？", "Should a tenancy contract be filed?"},
		tri{"建议备案。租房合同可在住房租赁平台网签备案，备案后可用于办理居住证、积分入学和提取公积金。", "建議備案。租房合同可在住房租賃平臺網簽備案，備案後可用於辦理居住證、積分入學和提取公積金。", "It helps. Sign and file the contract on the housing rental platform; a filed contract can be used for the residence permit, school points and provident fund withdrawals."},
		kws("租房备案", "租赁合同")},
	{"ZJSW", tri{"房子出现裂缝，担心不安全怎么办？", "房子出現裂縫，擔心不安全怎麼辦？", "My house has cracks. What if it is unsafe?"},
		tri{"向所在村居或镇街住建部门报告，申请房屋安全鉴定；被鉴定为危险房屋的要及时撤离。紧急情况请拨打110或22838180。", "向所在村居或鎮街住建部門報告，申請房屋安全鑑定；被鑑定為危險房屋的要及時撤離。緊急情況請撥打110或22838180。", "Report it to your village or the town housing office and ask for a safety appraisal; leave promptly if the building is found dangerous. In an emergency call 110 or 22838180."},
		kws("房屋安全", "危房", "房屋鉴定")},
	{"ZJSW", tri{"小区的维修资金怎么用？", "小區的維修資金怎麼用？", "How is the estate's maintenance fund used?"},
		tri{"共用部位和设施需要维修的，由业主委员会或物业提出方案，经业主表决同意后申请使用住宅专项维修资金。", "共用部位和設施需要維修的，由業主委員會或物業提出方案，經業主表決同意後申請使用住宅專項維修資金。", "For repairs to shared parts and facilities, the owners' committee or the property manager proposes a plan; once the owners vote for it, apply to use the special maintenance fund."},
		kws("维修资金", "小区维修", "业委会")},

	// Natural resources.
	{"ZRZY", tri{"在自家宅基地上建房要办规划许可吗？", "在自家宅基地上建房要辦規劃許可嗎？", "Do I need planning permission to build on my homestead plot?"},
		tri{"要。在村庄规划区内建房需申请乡村建设规划许可证，由村委会协助向镇街提出申请。", "要。在村莊規劃區內建房需申請鄉村建設規劃許可證，由村委會協助向鎮街提出申請。", "Yes. Building within the village planning area needs a rural construction planning permit; the village committee helps you apply to the town."},
		kws("乡村建设规划许可证", "农村建房", "规划许可")},
	{"ZRZY", tri{"怎么查一块地的规划用途？", "怎麼查一塊地的規劃用途？", "How do I find out what a plot of land is zoned for?"},
		tri{"可在区自然资源部门网站查询公开的规划信息，或带身份证到窗口申请查询城乡规划信息。", "可在區自然資源部門網站查詢公開的規劃信息，或帶身份證到窗口申請查詢城鄉規劃信息。", "Look up the published plans on the district natural resources website, or ask at the desk with your ID card."},
		kws("规划查询", "土地用途", "城乡规划")},
	{"ZRZY", tri{"砍自家的树需要审批吗？", "砍自家的樹需要審批嗎？", "Do I need permission to cut down my own trees?"},
		tri{"采伐林地上的林木需要办理林木采伐许可证；房前屋后和自留地上个人所有的零星林木不需要。", "採伐林地上的林木需要辦理林木採伐許可證；房前屋後和自留地上個人所有的零星林木不需要。", "Felling trees on forest land needs a felling permit; scattered trees you own around your house or on your private plot do not."},
		kws("采伐许可", "砍树", "林木")},

	// Ecology and environment.
	{"STHJ", tri{"附近工厂排放异味怎么投诉？", "附近工廠排放異味怎麼投訴？", "How do I complain about smells from a nearby factory?"},
		tri{"可拨打12369或22838180反映，请尽量说明时间、地点和异味情况，执法人员会到现场核查。", "可撥打12369或22838180反映，請儘量說明時間、地點和異味情況，執法人員會到現場核查。", "Call 12369 or 22838180 and say when and where, and what the smell is like; inspectors will check on site."},
		kws("异味", "污染投诉", "环保投诉")},
	{"STHJ", tri{"晚上工地施工太吵怎么办？", "晚上工地施工太吵怎麼辦？", "A building site is noisy at night. What can I do?"},
		tri{"夜间施工必须取得许可，未经许可的可拨打12369或22838180投诉。", "夜間施工必須取得許可，未經許可的可撥打12369或22838180投訴。", "Night work needs a permit; if the site has none, complain on 12369 or 22838180."},
		kws("噪音", "夜间施工", "投诉")},

	// Culture, tourism and sports.
	{"WGLT", tri{"顺德图书馆读者证怎么办？", "順德圖書館讀者證怎麼辦？", "How do I get a Shunde Library card?"},
		tri{"带身份证到顺德图书馆或各镇街分馆免费办理，办好后凭身份证即可借书。", "帶身份證到順德圖書館或各鎮街分館免費辦理，辦好後憑身份證即可借書。", "Get one free at Shunde Library or any town branch with your ID card; after that your ID card is all you need to borrow."},
		kws("读者证", "图书馆", "借书")},
	{"WGLT", tri{"村里组织龙舟活动要报备吗？", "村裡組織龍舟活動要報備嗎？", "Must a village report a dragon boat event?"},
		tri{"要。组织龙舟竞渡活动须提前向区文体部门备案，并做好安全预案和水上救援安排。", "要。組織龍舟競渡活動須提前向區文體部門備案，並做好安全預案和水上救援安排。", "Yes. Dragon boat races must be filed with the district culture and sports bureau in advance, with a safety plan and water rescue cover."},
		kws("龙舟", "扒龙舟", "备案")},
	{"WGLT", tri{"开民宿要办什么手续？", "開民宿要辦什麼手續？", "What do I need to open a guesthouse?"},
		tri{"旅游民宿需要取得营业执照并向文旅部门备案，还要符合消防、治安和卫生要求。", "旅遊民宿需要取得營業執照並向文旅部門備案，還要符合消防、治安和衛生要求。", "A guesthouse needs a business licence and a filing with the culture and tourism bureau, and must meet fire, public-order and hygiene rules."},
		kws("民宿", "民宿备案", "开民宿")},

	// Urban management.
	{"CGJ", tri{"店铺招牌要审批吗？", "店鋪招牌要審批嗎？", "Does a shop sign need approval?"},
		tri{"设置店铺招牌需要按规定向城管部门申请或备案，保证牢固安全、不影响市容。", "設置店鋪招牌需要按規定向城管部門申請或備案，保證牢固安全、不影響市容。", "Apply to or notify the urban management bureau under the rules; the sign must be secure and fit the streetscape."},
		kws("招牌", "店招", "广告牌")},
	{"CGJ", tri{"摆摊需要申请吗？", "擺攤需要申請嗎？", "Do I need permission to run a street stall?"},
		tri{"在城市道路或公共场所临时占道经营的，需要向城管部门申请，在指定区域和时间内经营。", "在城市道路或公共場所臨時佔道經營的，需要向城管部門申請，在指定區域和時間內經營。", "Yes, for a stall on a street or in a public place apply to the urban management bureau, and trade only in the set area and hours."},
		kws("摆摊", "占道经营", "夜市")},
	{"CGJ", tri{"装修垃圾怎么处理？", "裝修垃圾怎麼處理？", "How do I get rid of renovation rubbish?"},
		tri{"装修垃圾应装袋后投放到小区指定的堆放点，或预约有资质的单位清运，不能混入生活垃圾。", "裝修垃圾應裝袋後投放到小區指定的堆放點，或預約有資質的單位清運，不能混入生活垃圾。", "Bag it and take it to your estate's collection point, or book a licensed hauler; never mix it with household rubbish."},
		kws("装修垃圾", "建筑垃圾", "清运")},

	// Emergency management.
	{"YJGL", tri{"台风来了要怎么防范？", "颱風來了要怎麼防範？", "How should I prepare for a typhoon?"},
		tri{"留意气象预警，收好阳台和楼顶的物品，远离危房、大树和广告牌；低洼地区居民按村居通知及时转移。遇到险情请拨打110或22838180。", "留意氣象預警，收好陽臺和樓頂的物品，遠離危房、大樹和廣告牌；低窪地區居民按村居通知及時轉移。遇到險情請撥打110或22838180。", "Watch the weather warnings, bring in things from balconies and roofs, keep away from unsafe buildings, big trees and billboards; people in low-lying areas move when the village tells them. In danger call 110 or 22838180."},
		kws("台风", "防风", "防汛", "转移")},
	{"YJGL", tri{"房子被台风刮坏了，有补助吗？", "房子被颱風刮壞了，有補助嗎？", "My house was damaged by a typhoon. Is there help?"},
		tri{"因自然灾害倒塌或严重损坏的住房，可以向村居申请倒损住房恢复重建补助，核实后发放。", "因自然災害倒塌或嚴重損壞的住房，可以向村居申請倒損住房恢復重建補助，核實後發放。", "For homes that collapsed or were badly damaged in a natural disaster, apply to the village for a rebuilding grant; it is paid after checking."},
		kws("受灾", "倒损住房", "救灾补助")},
	{"YJGL", tri{"春节卖烟花爆竹需要许可吗？", "春節賣煙花爆竹需要許可嗎？", "Do I need a licence to sell fireworks at Spring Festival?"},
		tri{"需要。零售烟花爆竹必须取得烟花爆竹经营（零售）许可证，并在批准的地点销售。", "需要。零售煙花爆竹必須取得煙花爆竹經營（零售）許可證，並在批准的地點銷售。", "Yes. Retailing fireworks needs a fireworks retail licence, and sales only at the approved place."},
		kws("烟花爆竹", "零售许可")},

	// Development and reform.
	{"FGJ", tri{"家里人多，电费能按多人口阶梯算吗？", "家裡人多，電費能按多人口階梯算嗎？", "We are a big household. Can our tiered electricity tariff be adjusted?"},
		tri{"户籍人口5人及以上的家庭，可以向供电部门申请增加阶梯电量基数，带户口簿和电费户名资料即可。", "戶籍人口5人及以上的家庭，可以向供電部門申請增加階梯電量基數，帶戶口簿和電費戶名資料即可。", "Households of five or more registered members can ask the power company to raise their tier allowance; bring the hukou booklet and the account details."},
		kws("阶梯电价", "多人口", "电费")},
	{"FGJ", tri{"企业要开无违法违规证明，怎么办？", "企業要開無違法違規證明，怎麼辦？", "How does a business prove it has no violations on record?"},
		tri{"企业可在“信用广东”网站免费下载公共信用信息报告，代替各部门分别出具的无违法违规证明。", "企業可在「信用廣東」網站免費下載公共信用信息報告，代替各部門分別出具的無違法違規證明。", "Download the free public credit report from the Credit Guangdong website; it replaces separate no-violation certificates from each department."},
		kws("信用报告", "无违法证明", "信用广东")},

	// Economy and technology.
	{"JKJ", tri{"买家电以旧换新有补贴吗？", "買家電以舊換新有補貼嗎？", "Is there a subsidy for trading in an old appliance?"},
		tri{"活动期间购买一级能效等符合条件的家电，可以按规定享受以旧换新补贴，付款时直接抵扣。品类和标准以当年公告为准。", "活動期間購買一級能效等符合條件的家電，可以按規定享受以舊換新補貼，付款時直接抵扣。品類和標準以當年公告為準。", "During the campaign, qualifying appliances such as top energy-class models get a trade-in subsidy deducted at the till. This year's notice sets the products and amounts."},
		kws("以旧换新", "家电补贴", "国补")},
	{"JKJ", tri{"高新技术企业怎么申报？", "高新技術企業怎麼申報？", "How does a company apply for high-tech status?"},
		tri{"按年度通知在高新技术企业认定管理工作网提交申报材料，通过认定后可享受企业所得税优惠。", "按年度通知在高新技術企業認定管理工作網提交申報材料，通過認定後可享受企業所得稅優惠。", "Submit the application on the high-tech enterprise website when the yearly call opens; recognised firms get a lower enterprise income tax rate."},
		kws("高新技术企业", "高企认定")},
	{"JKJ", tri{"科技创新券怎么用？", "科技創新券怎麼用？", "How are innovation vouchers used?"},
		tri{"中小企业申领科技创新券后，可用于购买检测、研发设计等科技服务，按规定比例抵扣费用。", "中小企業申領科技創新券後，可用於購買檢測、研發設計等科技服務，按規定比例抵扣費用。", "Small firms use the vouchers to buy testing, R&D and design services, which pay a set share of the cost."},
		kws("创新券", "科技服务", "中小企业")},
}

// kbPerDept is how many articles a department has at least: its
// hand-written ones, then questions about its catalog items.
const (
	kbPerDept    = 13
	kbMinFromCat = 3
)

// Knowledge returns the demo consultation knowledge base: some 300
// articles, the hand-written questions residents ask most and, for each
// department, questions about some of its catalog items answered from the
// catalog itself (materials, time limits, online application, fees).
func Knowledge() wire.Knowledge {
	r := newDice(0x4B42)
	var out wire.Knowledge
	add := func(dept string, q, a tri, kw []string) {
		out.Articles = append(out.Articles, wire.Article{
			ID:           fmt.Sprintf("KB-%04d", len(out.Articles)+1),
			DepartmentID: dept,
			Question:     q.text(),
			Answer:       a.text(),
			Keywords:     kw,
			UpdatedAt:    datasetsAsOf.AddDate(0, 0, -r.between(3, 400)).Add(time.Duration(r.between(9*60, 17*60+30)) * time.Minute),
		})
	}
	for i := range departments {
		dep := &departments[i]
		written := 0
		for _, e := range kbEntries {
			if e.dept == dep.code {
				add(e.dept, e.q, e.a, slices.Clone(e.kw))
				written++
			}
		}
		refs := dep.itemRefs()
		k := min(len(refs), max(kbMinFromCat, kbPerDept-written))
		for j := range k {
			ref := refs[(2*j+1)*len(refs)/(2*k)]
			q, a, topic := itemQA(ref, j%4)
			add(dep.code, q, a, []string{ref.subject[0], ref.act[0], topic})
		}
	}
	return out
}

// itemRef is a catalog item with the subject and act it was made from.
type itemRef struct {
	item    wire.CatalogItem
	subject tri
	act     tri
}

// itemRefs lists the department's catalog items in catalog order with
// their subjects and acts, crossing them the way items does.
func (dep *department) itemRefs() []itemRef {
	items := dep.items()
	out := make([]itemRef, 0, len(items))
	for _, s := range dep.subs {
		for _, a := range s.acts {
			out = append(out, itemRef{item: items[len(out)], subject: s.name, act: actions[a].name})
		}
	}
	return out
}

// itemQA writes a question about a catalog item and its answer from the
// item's data. kind picks the question: 0 materials, 1 time, 2 online,
// 3 fee. topic is a keyword for the question.
func itemQA(ref itemRef, kind int) (q, a tri, topic string) {
	it := ref.item
	name := tri{it.Name[wire.LangZhHans], it.Name[wire.LangZhHant], it.Name[wire.LangEn]}
	switch kind {
	case 0:
		q = tri{name[0] + "需要带什么材料？", name[1] + "需要帶什麼材料？", name[2] + ": what documents do I need?"}
		// The originals to show, leaving out the agent's papers, which
		// are needed only when an agent applies.
		var all, orig [3][]string
		poa := materials[mPOA].name[0]
		for _, m := range it.Materials {
			for l, lang := range wire.Languages {
				all[l] = append(all[l], m.Name[lang])
				if m.Original && m.Name[wire.LangZhHans] != poa {
					orig[l] = append(orig[l], m.Name[lang])
				}
			}
		}
		a = tri{
			"需要准备：" + strings.Join(all[0], "、") + "。",
			"需要準備：" + strings.Join(all[1], "、") + "。",
			"You need: " + strings.Join(all[2], "; ") + ".",
		}
		if len(orig[0]) > 0 {
			a = tri{
				a[0] + strings.Join(orig[0], "、") + "需出示原件。",
				a[1] + strings.Join(orig[1], "、") + "需出示原件。",
				a[2] + " Bring the original of: " + strings.Join(orig[2], "; ") + ".",
			}
		}
		a = tri{
			a[0] + "以窗口最新办事指南为准，有疑问可拨打" + hotline + "。",
			a[1] + "以窗口最新辦事指南為準，有疑問可撥打" + hotline + "。",
			a[2] + " The latest guide at the desk applies; call " + hotline + " with questions.",
		}
		return q, a, "材料"
	case 1:
		q = tri{name[0] + "多久能办好？", name[1] + "多久能辦好？", name[2] + ": how long does it take?"}
		if it.PromisedDays == 0 {
			a = tri{"即来即办，材料齐全的当场办结。", "即來即辦，材料齊全的當場辦結。", "It is done on the spot if your papers are complete."}
		} else {
			a = tri{
				fmt.Sprintf("法定办理时限为%d个工作日，承诺%d个工作日内办结。", it.TimeLimitDays, it.PromisedDays),
				fmt.Sprintf("法定辦理時限為%d個工作日，承諾%d個工作日內辦結。", it.TimeLimitDays, it.PromisedDays),
				fmt.Sprintf("The legal limit is %d working days; we promise to finish within %d.", it.TimeLimitDays, it.PromisedDays),
			}
		}
		if it.PromisedDays > 0 && slices.Contains(it.Delivery, wire.DeliveryPost) {
			a = tri{a[0] + "结果可到服务站领取，也可以邮寄到家。", a[1] + "結果可到服務站領取，也可以郵寄到家。", a[2] + " Collect the result at the station or have it posted to you."}
		}
		return q, a, "办理时限"
	case 2:
		q = tri{name[0] + "可以在网上办吗？", name[1] + "可以在網上辦嗎？", name[2] + ": can I apply online?"}
		if it.Online {
			a = tri{
				"可以。登录顺德区网上办事大厅实名认证后在线申请，也可以在村居服务站的自助终端提交，办理进度可在线查询。",
				"可以。登錄順德區網上辦事大廳實名認證後在線申請，也可以在村居服務站的自助終端提交，辦理進度可在線查詢。",
				"Yes. Log in to the Shunde online service hall under your real name and apply, or submit it on a station terminal; you can follow its progress online.",
			}
		} else {
			a = tri{
				"不可以，需要到镇街行政服务中心窗口办理。可先在网上预约，减少排队时间。",
				"不可以，需要到鎮街行政服務中心窗口辦理。可先在網上預約，減少排隊時間。",
				"No, it must be done at the desk of the town administrative service centre. Book online first to save queuing.",
			}
		}
		return q, a, "网上办理"
	default:
		q = tri{name[0] + "要收费吗？", name[1] + "要收費嗎？", name[2] + ": is there a fee?"}
		if it.FeeFen == 0 {
			a = tri{"不收费。", "不收費。", "No, it is free of charge."}
		} else {
			y := yuan(it.FeeFen)
			a = tri{
				"按规定收费" + y + "元，可在窗口或自助终端刷卡缴纳。",
				"按規定收費" + y + "元，可在窗口或自助終端刷卡繳納。",
				"Yes, the fee is " + y + " yuan; pay by card at the desk or on a terminal.",
			}
		}
		return q, a, "收费"
	}
}

// yuan writes an amount in fen as yuan: 80, 12.50.
func yuan(fen int64) string {
	if fen%100 == 0 {
		return fmt.Sprint(fen / 100)
	}
	return fmt.Sprintf("%d.%02d", fen/100, fen%100)
}
