package demo

// act is what a resident or business asks a department to do with a
// subject: register it, renew it, replace it, look it up ... An item's name
// is its subject's name followed by the act's name: 个体工商户 + 变更登记,
// "Sole proprietorship — registration of changes".
type act int

// pace says how long an act takes compared with the subject's full
// procedure.
type pace int

const (
	full    pace = iota // the subject's legal and promised days
	light               // the legal days, half the promised days
	instant             // done on the spot
)

const (
	aRegNew act = iota
	aRegChange
	aRegCancel
	aSimpleCancel
	aRecord
	aRegister
	aFile
	aFileChange
	aFileCancel
	aLicNew
	aChange
	aRenew
	aExtend
	aCancel
	aReissue
	aReplace
	aExchange
	aIssue
	aHandle
	aApply
	aApprove
	aApproveCheck
	aVet
	aVerifyDoc
	aCheck
	aConfirm
	aConfirmReg
	aVerify
	aAppraise
	aReappraise
	aRate
	aAssess
	aDetermine
	aExam
	aReexam
	aRecheck
	aReview
	aAccept
	aInspect
	aEnrol
	aStopIns
	aTransferIn
	aTransferOut
	aTransfer
	aStop
	aResume
	aExit
	aQuery
	aQueryPrint
	aProof
	aIssueDoc
	aEndorse
	aDeclare
	aReport
	aNotify
	aPublish
	aCorrect
	aReportLoss
	aActivate
	aSign
	aTerminate
	aBind
	aUnbind
	aCollect
	aSignup
	aPay
	aRefund
	aReturn
	aSurrender
	aOnBehalf
	aRelieve
	aProcess
	aMediate
	aNotarise
	aInterest
	aUse
	aRegisterPlain
	aChangeReg
	aRenewReg
	aCancelReg
	aFirstReg
	aTransferReg
	aMortgageReg
	aCorrectReg
	aObjectionReg
	aAdvanceReg
	aOpenAcc
	aSeal
	aUnseal
	aPrepay
	aAnnualCheck
	aValidate
	aExtractBuy
	aExtractBuild
	aExtractRent
	aExtractLoan
	aExtractRetire
	aExtractDeath
	aExtractIllness
	aExtractLift
	aExtractLeave
	aExtractHardship
	numActs
)

// action is one row of the act table.
type action struct {
	name   tri     // 变更登记, 變更登記, registration of changes
	pace   pace    //
	extra  []mat   // materials the act needs on top of the subject's
	events []event // life events the act adds to the subject's
}

// actions is indexed by act.
var actions = [numActs]action{
	aRegNew:        {tri{"设立登记", "設立登記", "registration of establishment"}, full, mats(mPremises), nil},
	aRegChange:     {tri{"变更登记", "變更登記", "registration of changes"}, light, mats(mChangeProof), nil},
	aRegCancel:     {tri{"注销登记", "註銷登記", "deregistration"}, light, mats(mOrigDoc), nil},
	aSimpleCancel:  {tri{"简易注销登记", "簡易註銷登記", "simplified deregistration"}, light, mats(mCommitment), nil},
	aRecord:        {tri{"登记", "登記", "registration"}, full, nil, nil},
	aRegister:      {tri{"注册登记", "註冊登記", "registration"}, full, nil, nil},
	aFile:          {tri{"备案", "備案", "filing"}, full, nil, nil},
	aFileChange:    {tri{"备案变更", "備案變更", "change of filing"}, light, mats(mChangeProof), nil},
	aFileCancel:    {tri{"备案注销", "備案註銷", "cancellation of filing"}, light, mats(mFilingReceipt), nil},
	aLicNew:        {tri{"核发", "核發", "issuance"}, full, nil, nil},
	aChange:        {tri{"变更", "變更", "amendment"}, light, mats(mChangeProof), nil},
	aRenew:         {tri{"延续", "延續", "renewal"}, full, mats(mOrigDoc), nil},
	aExtend:        {tri{"延期", "延期", "extension"}, light, mats(mStatement), nil},
	aCancel:        {tri{"注销", "註銷", "cancellation"}, light, mats(mOrigDoc), nil},
	aReissue:       {tri{"补领", "補領", "replacement"}, light, mats(mLossStatement), nil},
	aReplace:       {tri{"换领", "換領", "renewal"}, light, mats(mOrigDoc), nil},
	aExchange:      {tri{"换发", "換發", "exchange"}, light, mats(mOrigDoc), nil},
	aIssue:         {tri{"申领", "申領", "application"}, full, nil, nil},
	aHandle:        {tri{"办理", "辦理", "application"}, full, nil, nil},
	aApply:         {tri{"申请", "申請", "application"}, full, nil, nil},
	aApprove:       {tri{"审批", "審批", "approval"}, full, nil, nil},
	aApproveCheck:  {tri{"核准", "核准", "approval"}, full, nil, nil},
	aVet:           {tri{"审查", "審查", "review"}, full, nil, nil},
	aVerifyDoc:     {tri{"审核", "審核", "verification"}, full, nil, nil},
	aCheck:         {tri{"核实", "核實", "verification"}, full, nil, nil},
	aConfirm:       {tri{"认定", "認定", "recognition"}, full, nil, nil},
	aConfirmReg:    {tri{"认定登记", "認定登記", "recognition and registration"}, full, nil, nil},
	aVerify:        {tri{"认证", "認證", "verification"}, instant, nil, nil},
	aAppraise:      {tri{"鉴定", "鑑定", "appraisal"}, full, mats(mMedicalRecord), nil},
	aReappraise:    {tri{"再次鉴定", "再次鑑定", "re-appraisal"}, full, mats(mAppraisalResult), nil},
	aRate:          {tri{"评定", "評定", "assessment"}, full, nil, nil},
	aAssess:        {tri{"评估", "評估", "assessment"}, full, nil, nil},
	aDetermine:     {tri{"核定", "核定", "determination"}, full, nil, nil},
	aExam:          {tri{"考核", "考核", "assessment"}, full, nil, nil},
	aReexam:        {tri{"复查", "複查", "re-examination"}, full, mats(mOrigDoc), nil},
	aRecheck:       {tri{"复审", "複審", "re-examination"}, light, mats(mOrigDoc), nil},
	aReview:        {tri{"复核", "複核", "review"}, light, mats(mStatement), nil},
	aAccept:        {tri{"验收", "驗收", "acceptance inspection"}, full, mats(mCompletionReport), nil},
	aInspect:       {tri{"检验", "檢驗", "inspection"}, light, mats(mOrigDoc), nil},
	aEnrol:         {tri{"参保登记", "參保登記", "enrolment"}, full, nil, nil},
	aStopIns:       {tri{"停保", "停保", "stopping contributions"}, light, nil, nil},
	aTransferIn:    {tri{"转入", "轉入", "transfer in"}, light, mats(mContribRecord), nil},
	aTransferOut:   {tri{"转出", "轉出", "transfer out"}, light, nil, nil},
	aTransfer:      {tri{"转移", "轉移", "transfer"}, light, nil, nil},
	aStop:          {tri{"暂停发放", "暫停發放", "suspension of payments"}, light, mats(mStatement), nil},
	aResume:        {tri{"恢复发放", "恢復發放", "resumption of payments"}, light, mats(mStatement), nil},
	aExit:          {tri{"退出", "退出", "withdrawal"}, light, mats(mStatement), nil},
	aQuery:         {tri{"查询", "查詢", "enquiry"}, instant, nil, nil},
	aQueryPrint:    {tri{"查询打印", "查詢打印", "enquiry and printout"}, instant, nil, nil},
	aProof:         {tri{"证明开具", "證明開具", "issue of certificate"}, instant, nil, nil},
	aIssueDoc:      {tri{"开具", "開具", "issue"}, instant, nil, nil},
	aEndorse:       {tri{"签注", "簽注", "endorsement"}, light, mats(mValidPermit), nil},
	aDeclare:       {tri{"申报", "申報", "declaration"}, instant, nil, nil},
	aReport:        {tri{"报告", "報告", "report"}, instant, nil, nil},
	aNotify:        {tri{"告知", "告知", "notification"}, instant, nil, nil},
	aPublish:       {tri{"公示", "公示", "publication"}, instant, nil, nil},
	aCorrect:       {tri{"更正", "更正", "correction"}, light, mats(mChangeProof), nil},
	aReportLoss:    {tri{"挂失", "掛失", "report of loss"}, instant, nil, nil},
	aActivate:      {tri{"激活", "激活", "activation"}, instant, nil, nil},
	aSign:          {tri{"签约", "簽約", "sign-up"}, instant, nil, nil},
	aTerminate:     {tri{"解约", "解約", "termination"}, instant, nil, nil},
	aBind:          {tri{"绑定", "綁定", "linking"}, instant, nil, nil},
	aUnbind:        {tri{"解绑", "解綁", "unlinking"}, instant, nil, nil},
	aCollect:       {tri{"采集", "採集", "data submission"}, instant, nil, nil},
	aSignup:        {tri{"报名", "報名", "registration"}, instant, mats(mPhoto), nil},
	aPay:           {tri{"缴纳", "繳納", "payment"}, instant, nil, nil},
	aRefund:        {tri{"退税", "退稅", "refund"}, light, mats(mBankCard), nil},
	aReturn:        {tri{"退还", "退還", "refund"}, light, mats(mBankCard), nil},
	aSurrender:     {tri{"缴销", "繳銷", "surrender"}, instant, nil, nil},
	aOnBehalf:      {tri{"代开", "代開", "issue by the tax office"}, instant, mats(mContract), nil},
	aRelieve:       {tri{"解除", "解除", "lifting"}, light, mats(mStatement), nil},
	aProcess:       {tri{"处理", "處理", "handling"}, light, nil, nil},
	aMediate:       {tri{"调解", "調解", "mediation"}, full, mats(mStatement), nil},
	aNotarise:      {tri{"公证", "公證", "notarisation"}, full, nil, nil},
	aInterest:      {tri{"贴息申领", "貼息申領", "interest subsidy claim"}, full, mats(mLoanContract), nil},
	aUse:           {tri{"使用", "使用", "use"}, full, mats(mOwnersResolution), nil},
	aRegisterPlain: {tri{"注册", "註冊", "registration"}, full, nil, nil},
	aChangeReg:     {tri{"变更注册", "變更註冊", "change of registration"}, light, mats(mChangeProof), nil},
	aRenewReg:      {tri{"延续注册", "延續註冊", "renewal of registration"}, full, mats(mOrigDoc), nil},
	aCancelReg:     {tri{"注销注册", "註銷註冊", "cancellation of registration"}, light, mats(mOrigDoc), nil},
	aFirstReg:      {tri{"首次登记", "首次登記", "first registration"}, full, nil, nil},
	aTransferReg:   {tri{"转移登记", "轉移登記", "transfer registration"}, full, mats(mContract), nil},
	aMortgageReg:   {tri{"抵押登记", "抵押登記", "mortgage registration"}, full, mats(mLoanContract), nil},
	aCorrectReg:    {tri{"更正登记", "更正登記", "correction registration"}, light, mats(mChangeProof), nil},
	aObjectionReg:  {tri{"异议登记", "異議登記", "objection registration"}, light, mats(mStatement), nil},
	aAdvanceReg:    {tri{"预告登记", "預告登記", "advance notice registration"}, full, mats(mContract), nil},
	aOpenAcc:       {tri{"设立", "設立", "opening"}, light, nil, nil},
	aSeal:          {tri{"封存", "封存", "suspension"}, light, nil, nil},
	aUnseal:        {tri{"启封", "啟封", "reactivation"}, light, nil, nil},
	aPrepay:        {tri{"提前还款", "提前還款", "early repayment"}, light, mats(mLoanContract), nil},
	aAnnualCheck:   {tri{"年度检查", "年度檢查", "annual inspection"}, full, mats(mFinancialReport), nil},
	aValidate:      {tri{"校验", "校驗", "periodic validation"}, full, mats(mOrigDoc), nil},

	aExtractBuy:      {tri{"购房提取", "購房提取", "withdrawal for a home purchase"}, light, mats(mBankCard, mContract, mPurchaseInvoice), nil},
	aExtractBuild:    {tri{"自建住房提取", "自建住房提取", "withdrawal for building a home"}, light, mats(mBankCard, mBuildPermit), nil},
	aExtractRent:     {tri{"租房提取", "租房提取", "withdrawal for rent"}, light, mats(mBankCard, mLeaseContract), nil},
	aExtractLoan:     {tri{"偿还贷款提取", "償還貸款提取", "withdrawal to repay a home loan"}, light, mats(mBankCard, mLoanContract), nil},
	aExtractRetire:   {tri{"离退休提取", "離退休提取", "withdrawal on retirement"}, light, mats(mBankCard, mRetireProof), evs(evRetire)},
	aExtractDeath:    {tri{"职工死亡提取", "職工死亡提取", "withdrawal after the holder's death"}, light, mats(mBankCard, mDeathCert, mInheritProof), evs(evDeath)},
	aExtractIllness:  {tri{"重大疾病提取", "重大疾病提取", "withdrawal for serious illness"}, light, mats(mBankCard, mMedicalRecord, mMedicalInvoice), evs(evHealth)},
	aExtractLift:     {tri{"加装电梯提取", "加裝電梯提取", "withdrawal for lift installation"}, light, mats(mBankCard, mContract), nil},
	aExtractLeave:    {tri{"户口迁出本市提取", "戶口遷出本市提取", "withdrawal on moving away from the city"}, light, mats(mBankCard, mHukouOut), evs(evHukou)},
	aExtractHardship: {tri{"最低生活保障家庭提取", "最低生活保障家庭提取", "withdrawal for a minimum-living-allowance household"}, light, mats(mBankCard, mAllowanceCert), evs(evSocial)},
}

// inPersonActs need the applicant, the object or both parties on site:
// appraisals and ratings, inspections, notarisation, mediation, vehicle
// registration, transfers of title. Items with these acts are never online.
var inPersonActs = []act{
	aAppraise, aReappraise, aRate, aAssess, aExam, aReexam, aAccept,
	aInspect, aNotarise, aMediate, aRegister, aTransferReg,
}

// as is shorthand for a list of acts in a table row.
func as(a ...act) []act { return a }

// Act lists shared by many subjects.
var (
	entityActs  = as(aRegNew, aRegChange, aFile, aRegCancel)
	licenceActs = as(aLicNew, aChange, aRenew, aReissue, aCancel)
	licence4    = as(aLicNew, aChange, aRenew, aCancel)
	filingActs  = as(aFile, aFileChange, aFileCancel)
	cardActs    = as(aIssue, aReplace, aReissue)
	realEstate4 = as(aFirstReg, aTransferReg, aRegChange, aRegCancel)
)
