package demo

import "github.com/village-kiosk/kiosk/sync/wire"

// mat is a kind of document an applicant brings or uploads.
type mat int

const (
	mAppForm mat = iota
	mIDCard
	mHukou
	mPhoto
	mPOA
	mBizLicence
	mLegalRepID
	mInvestorID
	mPremises
	mArticles
	mPartnership
	mResolution
	mMemberList
	mChangeProof
	mOrigDoc
	mCommitment
	mFilingReceipt
	mStatement
	mLossStatement
	mMedicalRecord
	mAppraisalResult
	mCompletionReport
	mContribRecord
	mValidPermit
	mBankCard
	mContract
	mLoanContract
	mMortgageContract
	mOwnersResolution
	mFinancialReport
	mPurchaseInvoice
	mBuildPermit
	mLeaseContract
	mRetireProof
	mDeathCert
	mInheritProof
	mMedicalInvoice
	mHukouOut
	mAllowanceCert
	mMarriageCert
	mBirthCert
	mPropertyCert
	mJointPhoto
	mDivorceAgreement
	mFloorPlan
	mEquipList
	mSafetyRules
	mFoodSafetyRules
	mHealthCert
	mStaffQual
	mPharmacist
	mQualityRules
	mTermination
	mLabourContract
	mCertificate
	mTrainingCert
	mInjuryReport
	mHukouCancel
	mCremation
	mKinshipProof
	mIncomeDecl
	mDisabilityCert
	mVeteranCert
	mResidence
	mSchoolProof
	mLandCert
	mSitePlan
	mDrawings
	mEIA
	mProjectReport
	mVehicleReg
	mDrivingLicence
	mInsurance
	mVehicleOrigin
	mFitness
	mVehicleList
	mInvoice
	mVillageProof
	mLandContract
	mVaccination
	mSurvey
	mHomestead
	mEmergencyPlan
	mNotarialDocs
	mShipCert
	mAnimalFacility
	mMilitaryCert
	mPlanPermit
	mLandUsePermit
	mWorksContract
	mQualCert
	mEmployerProof
	mTestReport
	mWaterReport
	mRadiationReport
	mTeacherExam
	mGraduation
	mCharter
	mFunds
	mStaffList
	mFireSafety
	mProgramme
	mConservationPlan
	mTaxReturn
	mExportDocs
	mMedicalInsCard
	mDischarge
	mReferral
	mMartyrCert
	mEntitledCert
	mDeviceAssessment
	mDisabilityForm
	mCaseFacts
	mSafetyAssessment
	mStorageProof
	mTrafficPlan
	mWorksPlan
	mDesignRender
	mTreeList
	mDrainagePlan
	mFeasibility
	mEnergyReport
	mAuditReport
	mEmployeeList
	mSitePhotos
	mLandReclamationPlan
	numMats
)

// material is one row of the material table: its name and what the
// applicant hands in.
type material struct {
	name     tri
	copies   int  // photocopies (or forms) to hand in
	original bool // the original must be shown
}

func (m material) wire() wire.Material {
	return wire.Material{Name: m.name.text(), Copies: m.copies, Original: m.original}
}

// mats is shorthand for a list of materials in a table row.
func mats(m ...mat) []mat { return m }

// materials is indexed by mat.
var materials = [numMats]material{
	mAppForm:             {tri{"申请表", "申請表", "Application form"}, 1, false},
	mIDCard:              {tri{"居民身份证", "居民身份證", "Resident ID card"}, 1, true},
	mHukou:               {tri{"户口簿", "戶口簿", "Household register (hukou booklet)"}, 1, true},
	mPhoto:               {tri{"近期一寸免冠彩色照片", "近期一寸免冠彩色照片", "Recent 1-inch colour photo, bare-headed"}, 2, false},
	mPOA:                 {tri{"委托书及受托人身份证（委托办理时提供）", "委託書及受託人身份證（委託辦理時提供）", "Power of attorney and the agent's ID card (when an agent applies)"}, 1, true},
	mBizLicence:          {tri{"营业执照副本", "營業執照副本", "Business licence (duplicate)"}, 1, true},
	mLegalRepID:          {tri{"法定代表人身份证明", "法定代表人身份證明", "Identity document of the legal representative"}, 1, true},
	mInvestorID:          {tri{"投资人或经营者身份证明", "投資人或經營者身份證明", "Identity documents of the investors or operator"}, 1, true},
	mPremises:            {tri{"住所或经营场所使用证明", "住所或經營場所使用證明", "Proof of the right to use the address or premises"}, 1, false},
	mArticles:            {tri{"公司章程", "公司章程", "Articles of association"}, 1, false},
	mPartnership:         {tri{"合伙协议", "合夥協議", "Partnership agreement"}, 1, false},
	mResolution:          {tri{"股东会决议或股东决定", "股東會決議或股東決定", "Shareholders' resolution or decision"}, 1, false},
	mMemberList:          {tri{"成员名册及出资清单", "成員名冊及出資清單", "List of members and their contributions"}, 1, false},
	mChangeProof:         {tri{"变更事项证明材料", "變更事項證明材料", "Supporting documents for the change"}, 1, false},
	mOrigDoc:             {tri{"原证件或证照", "原證件或證照", "The previous certificate or licence"}, 1, true},
	mCommitment:          {tri{"全体投资人承诺书", "全體投資人承諾書", "Undertaking signed by all investors"}, 1, false},
	mFilingReceipt:       {tri{"原备案凭证", "原備案憑證", "Original filing receipt"}, 1, true},
	mStatement:           {tri{"书面情况说明", "書面情況說明", "Written explanation"}, 1, false},
	mLossStatement:       {tri{"遗失声明或损毁证件", "遺失聲明或損毀證件", "Statement of loss, or the damaged document"}, 1, false},
	mMedicalRecord:       {tri{"病历资料及诊断证明", "病歷資料及診斷證明", "Medical records and diagnosis"}, 1, true},
	mAppraisalResult:     {tri{"原鉴定结论书", "原鑑定結論書", "Previous appraisal conclusion"}, 1, true},
	mCompletionReport:    {tri{"竣工验收报告", "竣工驗收報告", "Completion acceptance report"}, 1, false},
	mContribRecord:       {tri{"原参保地缴费凭证", "原參保地繳費憑證", "Contribution record from the previous place of insurance"}, 1, false},
	mValidPermit:         {tri{"有效通行证件", "有效通行證件", "Valid travel permit"}, 0, true},
	mBankCard:            {tri{"本人社会保障卡或银行卡", "本人社會保障卡或銀行卡", "Own social security card or bank card"}, 1, true},
	mContract:            {tri{"合同或协议", "合同或協議", "Contract or agreement"}, 1, true},
	mLoanContract:        {tri{"借款合同", "借款合同", "Loan contract"}, 1, true},
	mMortgageContract:    {tri{"抵押合同", "抵押合同", "Mortgage contract"}, 1, true},
	mOwnersResolution:    {tri{"业主表决结果", "業主表決結果", "Result of the owners' vote"}, 1, false},
	mFinancialReport:     {tri{"年度财务报告", "年度財務報告", "Annual financial report"}, 1, false},
	mPurchaseInvoice:     {tri{"购房发票或契税完税证明", "購房發票或契稅完稅證明", "Home purchase invoice or deed tax receipt"}, 1, true},
	mBuildPermit:         {tri{"乡村建设规划许可证", "鄉村建設規劃許可證", "Rural construction planning permit"}, 1, true},
	mLeaseContract:       {tri{"租赁合同", "租賃合同", "Lease contract"}, 1, true},
	mRetireProof:         {tri{"退休证明", "退休證明", "Proof of retirement"}, 1, true},
	mDeathCert:           {tri{"死亡医学证明", "死亡醫學證明", "Medical certificate of death"}, 1, true},
	mInheritProof:        {tri{"继承权公证书或亲属关系证明", "繼承權公證書或親屬關係證明", "Notarised inheritance certificate or proof of kinship"}, 1, true},
	mMedicalInvoice:      {tri{"医疗费用票据", "醫療費用票據", "Medical expense receipts"}, 1, true},
	mHukouOut:            {tri{"户口迁出证明", "戶口遷出證明", "Proof of moving household registration away"}, 1, true},
	mAllowanceCert:       {tri{"最低生活保障证", "最低生活保障證", "Minimum living allowance certificate"}, 1, true},
	mMarriageCert:        {tri{"结婚证", "結婚證", "Marriage certificate"}, 1, true},
	mBirthCert:           {tri{"出生医学证明", "出生醫學證明", "Medical birth certificate"}, 1, true},
	mPropertyCert:        {tri{"不动产权证书或房产证明", "不動產權證書或房產證明", "Real estate title certificate or proof of home ownership"}, 1, true},
	mJointPhoto:          {tri{"双方近期半身免冠合影照片", "雙方近期半身免冠合影照片", "Recent joint half-length photos of both parties"}, 3, false},
	mDivorceAgreement:    {tri{"离婚协议书", "離婚協議書", "Divorce agreement"}, 3, false},
	mFloorPlan:           {tri{"经营场所平面布局图", "經營場所平面佈局圖", "Floor plan of the premises"}, 1, false},
	mEquipList:           {tri{"主要设备设施清单", "主要設備設施清單", "List of main equipment and facilities"}, 1, false},
	mSafetyRules:         {tri{"安全管理制度", "安全管理制度", "Safety management rules"}, 1, false},
	mFoodSafetyRules:     {tri{"食品安全管理制度", "食品安全管理制度", "Food safety management rules"}, 1, false},
	mHealthCert:          {tri{"从业人员健康证明", "從業人員健康證明", "Health certificates of the staff"}, 1, true},
	mStaffQual:           {tri{"专业技术人员资格证明", "專業技術人員資格證明", "Qualification certificates of the technical staff"}, 1, true},
	mPharmacist:          {tri{"执业药师注册证", "執業藥師註冊證", "Licensed pharmacist registration certificate"}, 1, true},
	mQualityRules:        {tri{"质量管理文件", "質量管理文件", "Quality management documents"}, 1, false},
	mTermination:         {tri{"解除或终止劳动关系证明", "解除或終止勞動關係證明", "Proof of termination of employment"}, 1, true},
	mLabourContract:      {tri{"劳动合同", "勞動合同", "Labour contract"}, 1, true},
	mCertificate:         {tri{"学历或职业资格证书", "學歷或職業資格證書", "Academic or vocational qualification certificate"}, 1, true},
	mTrainingCert:        {tri{"培训合格证明", "培訓合格證明", "Training completion certificate"}, 1, true},
	mInjuryReport:        {tri{"工伤事故报告及证人证言", "工傷事故報告及證人證言", "Work accident report and witness statements"}, 1, false},
	mHukouCancel:         {tri{"户口注销证明", "戶口註銷證明", "Proof of cancellation of household registration"}, 1, true},
	mCremation:           {tri{"火化证明", "火化證明", "Cremation certificate"}, 1, true},
	mKinshipProof:        {tri{"亲属关系证明", "親屬關係證明", "Proof of kinship"}, 1, true},
	mIncomeDecl:          {tri{"家庭收入及财产申报表", "家庭收入及財產申報表", "Household income and assets declaration"}, 1, false},
	mDisabilityCert:      {tri{"残疾人证", "殘疾人證", "Disability certificate"}, 1, true},
	mVeteranCert:         {tri{"退役证件", "退役證件", "Discharge certificate"}, 1, true},
	mResidence:           {tri{"居住证", "居住證", "Residence permit"}, 1, true},
	mSchoolProof:         {tri{"学籍证明", "學籍證明", "Proof of school enrolment"}, 1, false},
	mLandCert:            {tri{"土地权属证明", "土地權屬證明", "Proof of land rights"}, 1, true},
	mSitePlan:            {tri{"总平面图及设计方案", "總平面圖及設計方案", "Site plan and design scheme"}, 1, false},
	mDrawings:            {tri{"施工图设计文件", "施工圖設計文件", "Construction drawings"}, 1, false},
	mEIA:                 {tri{"环境影响评价文件", "環境影響評價文件", "Environmental impact assessment documents"}, 1, false},
	mProjectReport:       {tri{"项目申请报告", "項目申請報告", "Project application report"}, 1, false},
	mVehicleReg:          {tri{"机动车登记证书", "機動車登記證書", "Motor vehicle registration certificate"}, 1, true},
	mDrivingLicence:      {tri{"机动车驾驶证", "機動車駕駛證", "Driving licence"}, 1, true},
	mInsurance:           {tri{"交强险保险凭证", "交強險保險憑證", "Compulsory motor insurance certificate"}, 1, true},
	mVehicleOrigin:       {tri{"机动车来历证明", "機動車來歷證明", "Proof of the vehicle's origin"}, 1, true},
	mFitness:             {tri{"身体条件证明", "身體條件證明", "Certificate of physical fitness"}, 1, true},
	mVehicleList:         {tri{"车辆及驾驶人员情况表", "車輛及駕駛人員情況表", "Details of vehicles and drivers"}, 1, false},
	mInvoice:             {tri{"发票", "發票", "Invoice"}, 1, true},
	mVillageProof:        {tri{"村（居）委会证明", "村（居）委會證明", "Certificate from the village or community committee"}, 1, true},
	mLandContract:        {tri{"土地承包合同", "土地承包合同", "Land contract"}, 1, true},
	mVaccination:         {tri{"预防接种证", "預防接種證", "Vaccination record"}, 1, true},
	mSurvey:              {tri{"不动产测绘报告", "不動產測繪報告", "Real estate survey report"}, 1, false},
	mHomestead:           {tri{"宅基地批准书", "宅基地批准書", "Homestead approval"}, 1, true},
	mEmergencyPlan:       {tri{"应急预案文本", "應急預案文本", "Emergency plan"}, 1, false},
	mNotarialDocs:        {tri{"需公证的证明材料", "需公證的證明材料", "Documents to be notarised"}, 1, true},
	mShipCert:            {tri{"船舶证书", "船舶證書", "Vessel certificates"}, 1, true},
	mAnimalFacility:      {tri{"动物防疫设施设备清单", "動物防疫設施設備清單", "List of animal epidemic prevention facilities"}, 1, false},
	mMilitaryCert:        {tri{"军人证件或入伍通知书", "軍人證件或入伍通知書", "Military ID or enlistment notice"}, 1, true},
	mPlanPermit:          {tri{"建设工程规划许可证", "建設工程規劃許可證", "Construction project planning permit"}, 1, true},
	mLandUsePermit:       {tri{"建设用地规划许可证", "建設用地規劃許可證", "Land use planning permit"}, 1, true},
	mWorksContract:       {tri{"施工合同及中标通知书", "施工合同及中標通知書", "Construction contract and notice of award"}, 1, true},
	mQualCert:            {tri{"资格证书", "資格證書", "Qualification certificate"}, 1, true},
	mEmployerProof:       {tri{"拟执业机构聘用证明", "擬執業機構聘用證明", "Employment letter from the institution"}, 1, true},
	mTestReport:          {tri{"检验检测报告", "檢驗檢測報告", "Inspection and test report"}, 1, true},
	mWaterReport:         {tri{"水质检测报告", "水質檢測報告", "Water quality test report"}, 1, true},
	mRadiationReport:     {tri{"辐射防护评价报告", "輻射防護評價報告", "Radiation protection assessment report"}, 1, false},
	mTeacherExam:         {tri{"教师资格考试合格证明", "教師資格考試合格證明", "Teacher qualification examination certificate"}, 1, true},
	mGraduation:          {tri{"毕业证书", "畢業證書", "Graduation certificate"}, 1, true},
	mCharter:             {tri{"章程草案", "章程草案", "Draft charter"}, 1, false},
	mFunds:               {tri{"验资报告或资金证明", "驗資報告或資金證明", "Capital verification report or proof of funds"}, 1, true},
	mStaffList:           {tri{"人员名册及资格证明", "人員名冊及資格證明", "Staff list and qualifications"}, 1, false},
	mFireSafety:          {tri{"消防安全检查意见书", "消防安全檢查意見書", "Fire safety inspection opinion"}, 1, true},
	mProgramme:           {tri{"演出节目及演员名单", "演出節目及演員名單", "Programme and list of performers"}, 1, false},
	mConservationPlan:    {tri{"文物保护工程方案", "文物保護工程方案", "Conservation works plan"}, 1, false},
	mTaxReturn:           {tri{"纳税申报表", "納稅申報表", "Tax return"}, 1, false},
	mExportDocs:          {tri{"出口货物报关单", "出口貨物報關單", "Export customs declaration"}, 1, true},
	mMedicalInsCard:      {tri{"医保电子凭证或社会保障卡", "醫保電子憑證或社會保障卡", "Medical insurance e-voucher or social security card"}, 1, true},
	mDischarge:           {tri{"出院小结", "出院小結", "Hospital discharge summary"}, 1, true},
	mReferral:            {tri{"转诊证明", "轉診證明", "Referral letter"}, 1, true},
	mMartyrCert:          {tri{"烈士证明书", "烈士證明書", "Martyr certificate"}, 1, true},
	mEntitledCert:        {tri{"优抚对象证件", "優撫對象證件", "Certificate of an entitled person"}, 1, true},
	mDeviceAssessment:    {tri{"辅助器具适配评估意见", "輔助器具適配評估意見", "Assessment for assistive devices"}, 1, true},
	mDisabilityForm:      {tri{"残疾评定表", "殘疾評定表", "Disability assessment form"}, 1, true},
	mCaseFacts:           {tri{"事实理由及证据材料", "事實理由及證據材料", "Facts, reasons and evidence"}, 1, false},
	mSafetyAssessment:    {tri{"安全评价报告", "安全評價報告", "Safety assessment report"}, 1, false},
	mStorageProof:        {tri{"储存场所证明", "儲存場所證明", "Proof of storage premises"}, 1, true},
	mTrafficPlan:         {tri{"交通组织方案", "交通組織方案", "Traffic management plan"}, 1, false},
	mWorksPlan:           {tri{"施工方案", "施工方案", "Works plan"}, 1, false},
	mDesignRender:        {tri{"设计效果图", "設計效果圖", "Design rendering"}, 1, false},
	mTreeList:            {tri{"树木清单及现场照片", "樹木清單及現場照片", "List of trees with site photos"}, 1, false},
	mDrainagePlan:        {tri{"排水设施平面图", "排水設施平面圖", "Drainage layout plan"}, 1, false},
	mFeasibility:         {tri{"可行性研究报告", "可行性研究報告", "Feasibility study report"}, 1, false},
	mEnergyReport:        {tri{"节能报告", "節能報告", "Energy conservation report"}, 1, false},
	mAuditReport:         {tri{"专项审计报告", "專項審計報告", "Special audit report"}, 1, false},
	mEmployeeList:        {tri{"单位职工名册", "單位職工名冊", "List of employees"}, 1, false},
	mSitePhotos:          {tri{"现场照片", "現場照片", "Site photos"}, 1, false},
	mLandReclamationPlan: {tri{"土地复垦方案", "土地復墾方案", "Land reclamation plan"}, 1, false},
}
