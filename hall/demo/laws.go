package demo

// law is a law or regulation cited as an item's legal basis.
type law int

const (
	lNone law = iota // use the department's default
	lLicensing
	lMarketEntity
	lCompany
	lPartnership
	lSoleInvestor
	lCoop
	lForeignInvestment
	lDisclosure
	lAdvertising
	lFoodSafety
	lGDWorkshop
	lDrugAdmin
	lMedDevice
	lSpecialEquip
	lIndustrialProduct
	lMetrology
	lTrademark
	lSocialInsurance
	lUnemployment
	lEmploymentPromotion
	lWorkInjury
	lLabourContract
	lLabourLaw
	lLabourDisputes
	lVocational
	lHRMarket
	lPersonnelFiles
	lProfTitles
	lAnnuity
	lLabourInspection
	lHukou
	lIDCard
	lResidencePermit
	lExitEntry
	lPassport
	lHKMacao
	lTaiwan
	lRoadTraffic
	lVehicleReg
	lDriverLicence
	lSchoolBus
	lHotel
	lSeal
	lMassEvents
	lDogs
	lFireworks
	lHazChem
	lPrecursors
	lExplosives
	lSecurityServices
	lCyberSecurity
	lRentedHousing
	lMarriageReg
	lCivilCode
	lSocialAssistance
	lFuneral
	lElderly
	lMinors
	lSocialOrg
	lPrivateNonEnterprise
	lCharity
	lPlaceNames
	lDisabled
	lDisabilityCert
	lDisabledEmployment
	lPhysicians
	lNurses
	lVillageDoctors
	lMedicalInstitution
	lPublicPlaceHealth
	lRadiologyDiag
	lMaternal
	lPopulation
	lGDPopulation
	lVaccine
	lInfectious
	lOccupational
	lChildcareSubsidy
	lEducation
	lCompulsoryEdu
	lTeacherQual
	lPrivateEdu
	lPreschool
	lLanguage
	lConstruction
	lConstructionQuality
	lFireProtection
	lRealEstateAdmin
	lPropertyMgmt
	lMaintenanceFund
	lPublicHousing
	lGas
	lWaterLaw
	lFloodControl
	lRiverCourse
	lSoilWater
	lBidding
	lLandAdmin
	lUrbanRuralPlanning
	lRealEstateReg
	lSurveying
	lForest
	lMineral
	lLandReclamation
	lGeoHazard
	lHistoricTowns
	lRoadTransport
	lPractitioners
	lHighway
	lPort
	lWaterwayTransport
	lInlandShipping
	lTaxi
	lRideHailing
	lCarRental
	lEnvProtection
	lEIA
	lPollutionPermit
	lRadiation
	lSolidWaste
	lNoise
	lSoilPollution
	lAgriculture
	lSeed
	lPesticide
	lVetDrugs
	lAnimalEpidemic
	lDairy
	lFisheries
	lFishingVessels
	lAgriMachinery
	lAgriMechanisation
	lRuralLand
	lAnimalHusbandry
	lPlantQuarantine
	lWildlife
	lRuralCollective
	lEntertainment
	lInternetCafe
	lPerformance
	lPublishing
	lPrinting
	lTravelAgency
	lTourGuides
	lGDTourism
	lFitness
	lSports
	lQigong
	lRelics
	lFilm
	lIntangibleHeritage
	lTaxCollection
	lIIT
	lInvoice
	lDeedTax
	lVehicleTax
	lPurchaseTax
	lVAT
	lEnterpriseIncomeTax
	lLandVAT
	lEnvTax
	lMedicalSecurity
	lVeterans
	lMilitaryPension
	lMilitaryService
	lMartyrs
	lLegalAid
	lGrassrootsLegal
	lMediation
	lNotary
	lLegalProfession
	lJurors
	lReconsideration
	lWorkSafety
	lDisasterRelief
	lCityAppearance
	lConstructionWaste
	lDomesticWaste
	lUrbanGreening
	lUrbanRoads
	lDrainage
	lInvestment
	lGovInvestment
	lForeignProjects
	lOutboundInvestment
	lEnergySaving
	lPricing
	lGrain
	lPowerFacilities
	lGDCredit
	lStateCouncilDecision
	lSingleUseCard
	lRecycling
	lTechContracts
	lHighTech
	lSME
	lPatent
	lTradeIn
	lProvidentFund
	numLaws
)

// laws is indexed by law: the title in Simplified and Traditional Chinese,
// with the English title as it is usually translated.
var laws = [numLaws]tri{
	lNone:                 {"", "", ""},
	lLicensing:            {"《中华人民共和国行政许可法》", "《中華人民共和國行政許可法》", "Administrative Licensing Law of the PRC"},
	lMarketEntity:         {"《市场主体登记管理条例》", "《市場主體登記管理條例》", "Regulations on the Registration of Market Entities"},
	lCompany:              {"《中华人民共和国公司法》", "《中華人民共和國公司法》", "Company Law of the PRC"},
	lPartnership:          {"《中华人民共和国合伙企业法》", "《中華人民共和國合夥企業法》", "Partnership Enterprise Law of the PRC"},
	lSoleInvestor:         {"《中华人民共和国个人独资企业法》", "《中華人民共和國個人獨資企業法》", "Sole Proprietorship Enterprise Law of the PRC"},
	lCoop:                 {"《中华人民共和国农民专业合作社法》", "《中華人民共和國農民專業合作社法》", "Law of the PRC on Farmers' Specialised Cooperatives"},
	lForeignInvestment:    {"《中华人民共和国外商投资法》", "《中華人民共和國外商投資法》", "Foreign Investment Law of the PRC"},
	lDisclosure:           {"《企业信息公示暂行条例》", "《企業信息公示暫行條例》", "Interim Regulations on Enterprise Information Disclosure"},
	lAdvertising:          {"《中华人民共和国广告法》", "《中華人民共和國廣告法》", "Advertising Law of the PRC"},
	lFoodSafety:           {"《中华人民共和国食品安全法》", "《中華人民共和國食品安全法》", "Food Safety Law of the PRC"},
	lGDWorkshop:           {"《广东省食品生产加工小作坊和食品摊贩管理条例》", "《廣東省食品生產加工小作坊和食品攤販管理條例》", "Guangdong Regulations on Small Food Workshops and Food Vendors"},
	lDrugAdmin:            {"《中华人民共和国药品管理法》", "《中華人民共和國藥品管理法》", "Drug Administration Law of the PRC"},
	lMedDevice:            {"《医疗器械监督管理条例》", "《醫療器械監督管理條例》", "Regulations on the Supervision and Administration of Medical Devices"},
	lSpecialEquip:         {"《中华人民共和国特种设备安全法》", "《中華人民共和國特種設備安全法》", "Special Equipment Safety Law of the PRC"},
	lIndustrialProduct:    {"《中华人民共和国工业产品生产许可证管理条例》", "《中華人民共和國工業產品生產許可證管理條例》", "Regulations on Production Licences for Industrial Products"},
	lMetrology:            {"《中华人民共和国计量法》", "《中華人民共和國計量法》", "Metrology Law of the PRC"},
	lTrademark:            {"《中华人民共和国商标法》", "《中華人民共和國商標法》", "Trademark Law of the PRC"},
	lSocialInsurance:      {"《中华人民共和国社会保险法》", "《中華人民共和國社會保險法》", "Social Insurance Law of the PRC"},
	lUnemployment:         {"《失业保险条例》", "《失業保險條例》", "Regulations on Unemployment Insurance"},
	lEmploymentPromotion:  {"《中华人民共和国就业促进法》", "《中華人民共和國就業促進法》", "Employment Promotion Law of the PRC"},
	lWorkInjury:           {"《工伤保险条例》", "《工傷保險條例》", "Regulations on Work-Related Injury Insurance"},
	lLabourContract:       {"《中华人民共和国劳动合同法》", "《中華人民共和國勞動合同法》", "Labour Contract Law of the PRC"},
	lLabourLaw:            {"《中华人民共和国劳动法》", "《中華人民共和國勞動法》", "Labour Law of the PRC"},
	lLabourDisputes:       {"《中华人民共和国劳动争议调解仲裁法》", "《中華人民共和國勞動爭議調解仲裁法》", "Law of the PRC on Labour Dispute Mediation and Arbitration"},
	lVocational:           {"《中华人民共和国职业教育法》", "《中華人民共和國職業教育法》", "Vocational Education Law of the PRC"},
	lHRMarket:             {"《人力资源市场暂行条例》", "《人力資源市場暫行條例》", "Interim Regulations on the Human Resources Market"},
	lPersonnelFiles:       {"《流动人员人事档案管理服务规定》", "《流動人員人事檔案管理服務規定》", "Provisions on Personnel File Services for Mobile Workers"},
	lProfTitles:           {"《职称评审管理暂行规定》", "《職稱評審管理暫行規定》", "Interim Provisions on Professional Title Evaluation"},
	lAnnuity:              {"《企业年金办法》", "《企業年金辦法》", "Measures on Enterprise Annuities"},
	lLabourInspection:     {"《劳动保障监察条例》", "《勞動保障監察條例》", "Regulations on Labour Security Inspection"},
	lHukou:                {"《中华人民共和国户口登记条例》", "《中華人民共和國戶口登記條例》", "Regulations of the PRC on Household Registration"},
	lIDCard:               {"《中华人民共和国居民身份证法》", "《中華人民共和國居民身份證法》", "Resident Identity Card Law of the PRC"},
	lResidencePermit:      {"《居住证暂行条例》", "《居住證暫行條例》", "Interim Regulations on Residence Permits"},
	lExitEntry:            {"《中华人民共和国出境入境管理法》", "《中華人民共和國出境入境管理法》", "Exit and Entry Administration Law of the PRC"},
	lPassport:             {"《中华人民共和国护照法》", "《中華人民共和國護照法》", "Passport Law of the PRC"},
	lHKMacao:              {"《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》", "《中國公民因私事往來香港地區或者澳門地區的暫行管理辦法》", "Interim Measures on Private Travel of Chinese Citizens to Hong Kong or Macao"},
	lTaiwan:               {"《中国公民往来台湾地区管理办法》", "《中國公民往來臺灣地區管理辦法》", "Measures on Travel of Chinese Citizens to and from Taiwan"},
	lRoadTraffic:          {"《中华人民共和国道路交通安全法》", "《中華人民共和國道路交通安全法》", "Road Traffic Safety Law of the PRC"},
	lVehicleReg:           {"《机动车登记规定》", "《機動車登記規定》", "Provisions on Motor Vehicle Registration"},
	lDriverLicence:        {"《机动车驾驶证申领和使用规定》", "《機動車駕駛證申領和使用規定》", "Provisions on the Application for and Use of Driving Licences"},
	lSchoolBus:            {"《校车安全管理条例》", "《校車安全管理條例》", "Regulations on School Bus Safety"},
	lHotel:                {"《旅馆业治安管理办法》", "《旅館業治安管理辦法》", "Measures on Public Security in the Hotel Trade"},
	lSeal:                 {"《印铸刻字业暂行管理规则》", "《印鑄刻字業暫行管理規則》", "Interim Rules on the Seal Engraving Trade"},
	lMassEvents:           {"《大型群众性活动安全管理条例》", "《大型群眾性活動安全管理條例》", "Regulations on the Safety of Large-scale Public Events"},
	lDogs:                 {"《佛山市养犬管理条例》", "《佛山市養犬管理條例》", "Foshan Regulations on Dog Keeping"},
	lFireworks:            {"《烟花爆竹安全管理条例》", "《煙花爆竹安全管理條例》", "Regulations on Fireworks Safety"},
	lHazChem:              {"《危险化学品安全管理条例》", "《危險化學品安全管理條例》", "Regulations on the Safe Management of Hazardous Chemicals"},
	lPrecursors:           {"《易制毒化学品管理条例》", "《易製毒化學品管理條例》", "Regulations on Precursor Chemicals"},
	lExplosives:           {"《民用爆炸物品安全管理条例》", "《民用爆炸物品安全管理條例》", "Regulations on the Safety of Civil Explosives"},
	lSecurityServices:     {"《保安服务管理条例》", "《保安服務管理條例》", "Regulations on Security Services"},
	lCyberSecurity:        {"《中华人民共和国网络安全法》", "《中華人民共和國網絡安全法》", "Cybersecurity Law of the PRC"},
	lRentedHousing:        {"《租赁房屋治安管理规定》", "《租賃房屋治安管理規定》", "Provisions on Public Security of Rented Housing"},
	lMarriageReg:          {"《婚姻登记条例》", "《婚姻登記條例》", "Regulations on Marriage Registration"},
	lCivilCode:            {"《中华人民共和国民法典》", "《中華人民共和國民法典》", "Civil Code of the PRC"},
	lSocialAssistance:     {"《社会救助暂行办法》", "《社會救助暫行辦法》", "Interim Measures on Social Assistance"},
	lFuneral:              {"《殡葬管理条例》", "《殯葬管理條例》", "Regulations on Funeral and Interment"},
	lElderly:              {"《中华人民共和国老年人权益保障法》", "《中華人民共和國老年人權益保障法》", "Law of the PRC on the Protection of the Rights and Interests of the Elderly"},
	lMinors:               {"《中华人民共和国未成年人保护法》", "《中華人民共和國未成年人保護法》", "Law of the PRC on the Protection of Minors"},
	lSocialOrg:            {"《社会团体登记管理条例》", "《社會團體登記管理條例》", "Regulations on the Registration of Social Organisations"},
	lPrivateNonEnterprise: {"《民办非企业单位登记管理暂行条例》", "《民辦非企業單位登記管理暫行條例》", "Interim Regulations on the Registration of Private Non-enterprise Units"},
	lCharity:              {"《中华人民共和国慈善法》", "《中華人民共和國慈善法》", "Charity Law of the PRC"},
	lPlaceNames:           {"《地名管理条例》", "《地名管理條例》", "Regulations on the Administration of Place Names"},
	lDisabled:             {"《中华人民共和国残疾人保障法》", "《中華人民共和國殘疾人保障法》", "Law of the PRC on the Protection of Persons with Disabilities"},
	lDisabilityCert:       {"《中华人民共和国残疾人证管理办法》", "《中華人民共和國殘疾人證管理辦法》", "Measures on Disability Certificates of the PRC"},
	lDisabledEmployment:   {"《残疾人就业条例》", "《殘疾人就業條例》", "Regulations on the Employment of Persons with Disabilities"},
	lPhysicians:           {"《中华人民共和国医师法》", "《中華人民共和國醫師法》", "Physicians Law of the PRC"},
	lNurses:               {"《护士条例》", "《護士條例》", "Regulations on Nurses"},
	lVillageDoctors:       {"《乡村医生从业管理条例》", "《鄉村醫生從業管理條例》", "Regulations on the Practice of Village Doctors"},
	lMedicalInstitution:   {"《医疗机构管理条例》", "《醫療機構管理條例》", "Regulations on the Administration of Medical Institutions"},
	lPublicPlaceHealth:    {"《公共场所卫生管理条例》", "《公共場所衛生管理條例》", "Regulations on Hygiene in Public Places"},
	lRadiologyDiag:        {"《放射诊疗管理规定》", "《放射診療管理規定》", "Provisions on Radiological Diagnosis and Treatment"},
	lMaternal:             {"《中华人民共和国母婴保健法》", "《中華人民共和國母嬰保健法》", "Law of the PRC on Maternal and Infant Health Care"},
	lPopulation:           {"《中华人民共和国人口与计划生育法》", "《中華人民共和國人口與計劃生育法》", "Population and Family Planning Law of the PRC"},
	lGDPopulation:         {"《广东省人口与计划生育条例》", "《廣東省人口與計劃生育條例》", "Guangdong Regulations on Population and Family Planning"},
	lVaccine:              {"《中华人民共和国疫苗管理法》", "《中華人民共和國疫苗管理法》", "Vaccine Administration Law of the PRC"},
	lInfectious:           {"《中华人民共和国传染病防治法》", "《中華人民共和國傳染病防治法》", "Law of the PRC on the Prevention and Control of Infectious Diseases"},
	lOccupational:         {"《中华人民共和国职业病防治法》", "《中華人民共和國職業病防治法》", "Law of the PRC on the Prevention and Control of Occupational Diseases"},
	lChildcareSubsidy:     {"《育儿补贴制度实施方案》", "《育兒補貼制度實施方案》", "Implementation Plan for the Childcare Subsidy System"},
	lEducation:            {"《中华人民共和国教育法》", "《中華人民共和國教育法》", "Education Law of the PRC"},
	lCompulsoryEdu:        {"《中华人民共和国义务教育法》", "《中華人民共和國義務教育法》", "Compulsory Education Law of the PRC"},
	lTeacherQual:          {"《教师资格条例》", "《教師資格條例》", "Regulations on Teacher Qualifications"},
	lPrivateEdu:           {"《中华人民共和国民办教育促进法》", "《中華人民共和國民辦教育促進法》", "Law of the PRC on the Promotion of Privately-run Schools"},
	lPreschool:            {"《中华人民共和国学前教育法》", "《中華人民共和國學前教育法》", "Preschool Education Law of the PRC"},
	lLanguage:             {"《中华人民共和国国家通用语言文字法》", "《中華人民共和國國家通用語言文字法》", "Law of the PRC on the Standard Spoken and Written Chinese Language"},
	lConstruction:         {"《中华人民共和国建筑法》", "《中華人民共和國建築法》", "Construction Law of the PRC"},
	lConstructionQuality:  {"《建设工程质量管理条例》", "《建設工程質量管理條例》", "Regulations on the Quality Management of Construction Projects"},
	lFireProtection:       {"《中华人民共和国消防法》", "《中華人民共和國消防法》", "Fire Protection Law of the PRC"},
	lRealEstateAdmin:      {"《中华人民共和国城市房地产管理法》", "《中華人民共和國城市房地產管理法》", "Law of the PRC on Urban Real Estate Administration"},
	lPropertyMgmt:         {"《物业管理条例》", "《物業管理條例》", "Regulations on Property Management"},
	lMaintenanceFund:      {"《住宅专项维修资金管理办法》", "《住宅專項維修資金管理辦法》", "Measures on Special Residential Maintenance Funds"},
	lPublicHousing:        {"《公共租赁住房管理办法》", "《公共租賃住房管理辦法》", "Measures on Public Rental Housing"},
	lGas:                  {"《城镇燃气管理条例》", "《城鎮燃氣管理條例》", "Regulations on Urban Gas"},
	lWaterLaw:             {"《中华人民共和国水法》", "《中華人民共和國水法》", "Water Law of the PRC"},
	lFloodControl:         {"《中华人民共和国防洪法》", "《中華人民共和國防洪法》", "Flood Control Law of the PRC"},
	lRiverCourse:          {"《中华人民共和国河道管理条例》", "《中華人民共和國河道管理條例》", "Regulations of the PRC on River Course Management"},
	lSoilWater:            {"《中华人民共和国水土保持法》", "《中華人民共和國水土保持法》", "Soil and Water Conservation Law of the PRC"},
	lBidding:              {"《中华人民共和国招标投标法》", "《中華人民共和國招標投標法》", "Bidding Law of the PRC"},
	lLandAdmin:            {"《中华人民共和国土地管理法》", "《中華人民共和國土地管理法》", "Land Administration Law of the PRC"},
	lUrbanRuralPlanning:   {"《中华人民共和国城乡规划法》", "《中華人民共和國城鄉規劃法》", "Urban and Rural Planning Law of the PRC"},
	lRealEstateReg:        {"《不动产登记暂行条例》", "《不動產登記暫行條例》", "Interim Regulations on Real Estate Registration"},
	lSurveying:            {"《中华人民共和国测绘法》", "《中華人民共和國測繪法》", "Surveying and Mapping Law of the PRC"},
	lForest:               {"《中华人民共和国森林法》", "《中華人民共和國森林法》", "Forest Law of the PRC"},
	lMineral:              {"《中华人民共和国矿产资源法》", "《中華人民共和國礦產資源法》", "Mineral Resources Law of the PRC"},
	lLandReclamation:      {"《土地复垦条例》", "《土地復墾條例》", "Regulations on Land Reclamation"},
	lGeoHazard:            {"《地质灾害防治条例》", "《地質災害防治條例》", "Regulations on the Prevention of Geological Disasters"},
	lHistoricTowns:        {"《历史文化名城名镇名村保护条例》", "《歷史文化名城名鎮名村保護條例》", "Regulations on the Protection of Famous Historical and Cultural Cities, Towns and Villages"},
	lRoadTransport:        {"《中华人民共和国道路运输条例》", "《中華人民共和國道路運輸條例》", "Regulations of the PRC on Road Transport"},
	lPractitioners:        {"《道路运输从业人员管理规定》", "《道路運輸從業人員管理規定》", "Provisions on Road Transport Practitioners"},
	lHighway:              {"《中华人民共和国公路法》", "《中華人民共和國公路法》", "Highway Law of the PRC"},
	lPort:                 {"《中华人民共和国港口法》", "《中華人民共和國港口法》", "Port Law of the PRC"},
	lWaterwayTransport:    {"《国内水路运输管理条例》", "《國內水路運輸管理條例》", "Regulations on Domestic Waterway Transport"},
	lInlandShipping:       {"《中华人民共和国内河交通安全管理条例》", "《中華人民共和國內河交通安全管理條例》", "Regulations of the PRC on Inland River Traffic Safety"},
	lTaxi:                 {"《巡游出租汽车经营服务管理规定》", "《巡遊出租汽車經營服務管理規定》", "Provisions on Cruising Taxi Services"},
	lRideHailing:          {"《网络预约出租汽车经营服务管理暂行办法》", "《網絡預約出租汽車經營服務管理暫行辦法》", "Interim Measures on Online Ride-hailing Services"},
	lCarRental:            {"《小微型客车租赁经营服务管理办法》", "《小微型客車租賃經營服務管理辦法》", "Measures on Small Passenger Car Rental Services"},
	lEnvProtection:        {"《中华人民共和国环境保护法》", "《中華人民共和國環境保護法》", "Environmental Protection Law of the PRC"},
	lEIA:                  {"《中华人民共和国环境影响评价法》", "《中華人民共和國環境影響評價法》", "Environmental Impact Assessment Law of the PRC"},
	lPollutionPermit:      {"《排污许可管理条例》", "《排污許可管理條例》", "Regulations on Pollutant Discharge Permits"},
	lRadiation:            {"《放射性同位素与射线装置安全和防护条例》", "《放射性同位素與射線裝置安全和防護條例》", "Regulations on the Safety of Radioisotopes and Radiation Devices"},
	lSolidWaste:           {"《中华人民共和国固体废物污染环境防治法》", "《中華人民共和國固體廢物污染環境防治法》", "Law of the PRC on the Prevention of Environmental Pollution by Solid Waste"},
	lNoise:                {"《中华人民共和国噪声污染防治法》", "《中華人民共和國噪聲污染防治法》", "Noise Pollution Prevention Law of the PRC"},
	lSoilPollution:        {"《中华人民共和国土壤污染防治法》", "《中華人民共和國土壤污染防治法》", "Soil Pollution Prevention Law of the PRC"},
	lAgriculture:          {"《中华人民共和国农业法》", "《中華人民共和國農業法》", "Agriculture Law of the PRC"},
	lSeed:                 {"《中华人民共和国种子法》", "《中華人民共和國種子法》", "Seed Law of the PRC"},
	lPesticide:            {"《农药管理条例》", "《農藥管理條例》", "Regulations on Pesticides"},
	lVetDrugs:             {"《兽药管理条例》", "《獸藥管理條例》", "Regulations on Veterinary Drugs"},
	lAnimalEpidemic:       {"《中华人民共和国动物防疫法》", "《中華人民共和國動物防疫法》", "Animal Epidemic Prevention Law of the PRC"},
	lDairy:                {"《乳品质量安全监督管理条例》", "《乳品質量安全監督管理條例》", "Regulations on the Quality and Safety of Dairy Products"},
	lFisheries:            {"《中华人民共和国渔业法》", "《中華人民共和國漁業法》", "Fisheries Law of the PRC"},
	lFishingVessels:       {"《中华人民共和国渔业船舶登记办法》", "《中華人民共和國漁業船舶登記辦法》", "Measures of the PRC on Fishing Vessel Registration"},
	lAgriMachinery:        {"《农业机械安全监督管理条例》", "《農業機械安全監督管理條例》", "Regulations on the Safety of Agricultural Machinery"},
	lAgriMechanisation:    {"《中华人民共和国农业机械化促进法》", "《中華人民共和國農業機械化促進法》", "Agricultural Mechanisation Promotion Law of the PRC"},
	lRuralLand:            {"《中华人民共和国农村土地承包法》", "《中華人民共和國農村土地承包法》", "Rural Land Contracting Law of the PRC"},
	lAnimalHusbandry:      {"《中华人民共和国畜牧法》", "《中華人民共和國畜牧法》", "Animal Husbandry Law of the PRC"},
	lPlantQuarantine:      {"《植物检疫条例》", "《植物檢疫條例》", "Regulations on Plant Quarantine"},
	lWildlife:             {"《中华人民共和国野生动物保护法》", "《中華人民共和國野生動物保護法》", "Wildlife Protection Law of the PRC"},
	lRuralCollective:      {"《中华人民共和国农村集体经济组织法》", "《中華人民共和國農村集體經濟組織法》", "Law of the PRC on Rural Collective Economic Organisations"},
	lEntertainment:        {"《娱乐场所管理条例》", "《娛樂場所管理條例》", "Regulations on Entertainment Venues"},
	lInternetCafe:         {"《互联网上网服务营业场所管理条例》", "《互聯網上網服務營業場所管理條例》", "Regulations on Internet Access Service Venues"},
	lPerformance:          {"《营业性演出管理条例》", "《營業性演出管理條例》", "Regulations on Commercial Performances"},
	lPublishing:           {"《出版管理条例》", "《出版管理條例》", "Regulations on Publishing"},
	lPrinting:             {"《印刷业管理条例》", "《印刷業管理條例》", "Regulations on the Printing Industry"},
	lTravelAgency:         {"《旅行社条例》", "《旅行社條例》", "Regulations on Travel Agencies"},
	lTourGuides:           {"《导游人员管理条例》", "《導遊人員管理條例》", "Regulations on Tour Guides"},
	lGDTourism:            {"《广东省旅游条例》", "《廣東省旅遊條例》", "Guangdong Tourism Regulations"},
	lFitness:              {"《全民健身条例》", "《全民健身條例》", "Regulations on National Fitness"},
	lSports:               {"《中华人民共和国体育法》", "《中華人民共和國體育法》", "Sports Law of the PRC"},
	lQigong:               {"《健身气功管理办法》", "《健身氣功管理辦法》", "Measures on Health Qigong"},
	lRelics:               {"《中华人民共和国文物保护法》", "《中華人民共和國文物保護法》", "Cultural Relics Protection Law of the PRC"},
	lFilm:                 {"《中华人民共和国电影产业促进法》", "《中華人民共和國電影產業促進法》", "Film Industry Promotion Law of the PRC"},
	lIntangibleHeritage:   {"《中华人民共和国非物质文化遗产法》", "《中華人民共和國非物質文化遺產法》", "Intangible Cultural Heritage Law of the PRC"},
	lTaxCollection:        {"《中华人民共和国税收征收管理法》", "《中華人民共和國稅收徵收管理法》", "Law of the PRC on the Administration of Tax Collection"},
	lIIT:                  {"《中华人民共和国个人所得税法》", "《中華人民共和國個人所得稅法》", "Individual Income Tax Law of the PRC"},
	lInvoice:              {"《中华人民共和国发票管理办法》", "《中華人民共和國發票管理辦法》", "Measures of the PRC on the Administration of Invoices"},
	lDeedTax:              {"《中华人民共和国契税法》", "《中華人民共和國契稅法》", "Deed Tax Law of the PRC"},
	lVehicleTax:           {"《中华人民共和国车船税法》", "《中華人民共和國車船稅法》", "Vehicle and Vessel Tax Law of the PRC"},
	lPurchaseTax:          {"《中华人民共和国车辆购置税法》", "《中華人民共和國車輛購置稅法》", "Vehicle Purchase Tax Law of the PRC"},
	lVAT:                  {"《中华人民共和国增值税法》", "《中華人民共和國增值稅法》", "Value-Added Tax Law of the PRC"},
	lEnterpriseIncomeTax:  {"《中华人民共和国企业所得税法》", "《中華人民共和國企業所得稅法》", "Enterprise Income Tax Law of the PRC"},
	lLandVAT:              {"《中华人民共和国土地增值税暂行条例》", "《中華人民共和國土地增值稅暫行條例》", "Interim Regulations of the PRC on Land Value-Added Tax"},
	lEnvTax:               {"《中华人民共和国环境保护税法》", "《中華人民共和國環境保護稅法》", "Environmental Protection Tax Law of the PRC"},
	lMedicalSecurity:      {"《医疗保障基金使用监督管理条例》", "《醫療保障基金使用監督管理條例》", "Regulations on the Supervision of the Use of Medical Security Funds"},
	lVeterans:             {"《中华人民共和国退役军人保障法》", "《中華人民共和國退役軍人保障法》", "Veterans Protection Law of the PRC"},
	lMilitaryPension:      {"《军人抚恤优待条例》", "《軍人撫卹優待條例》", "Regulations on Pensions and Preferential Treatment for Servicemen"},
	lMilitaryService:      {"《中华人民共和国兵役法》", "《中華人民共和國兵役法》", "Military Service Law of the PRC"},
	lMartyrs:              {"《烈士褒扬条例》", "《烈士褒揚條例》", "Regulations on Commending Martyrs"},
	lLegalAid:             {"《中华人民共和国法律援助法》", "《中華人民共和國法律援助法》", "Legal Aid Law of the PRC"},
	lGrassrootsLegal:      {"《基层法律服务工作者管理办法》", "《基層法律服務工作者管理辦法》", "Measures on Grassroots Legal Service Workers"},
	lMediation:            {"《中华人民共和国人民调解法》", "《中華人民共和國人民調解法》", "People's Mediation Law of the PRC"},
	lNotary:               {"《中华人民共和国公证法》", "《中華人民共和國公證法》", "Notarisation Law of the PRC"},
	lLegalProfession:      {"《国家统一法律职业资格考试实施办法》", "《國家統一法律職業資格考試實施辦法》", "Measures on the National Unified Legal Professional Qualification Examination"},
	lJurors:               {"《中华人民共和国人民陪审员法》", "《中華人民共和國人民陪審員法》", "People's Assessors Law of the PRC"},
	lReconsideration:      {"《中华人民共和国行政复议法》", "《中華人民共和國行政複議法》", "Administrative Reconsideration Law of the PRC"},
	lWorkSafety:           {"《中华人民共和国安全生产法》", "《中華人民共和國安全生產法》", "Work Safety Law of the PRC"},
	lDisasterRelief:       {"《自然灾害救助条例》", "《自然災害救助條例》", "Regulations on Natural Disaster Relief"},
	lCityAppearance:       {"《城市市容和环境卫生管理条例》", "《城市市容和環境衛生管理條例》", "Regulations on City Appearance and Environmental Sanitation"},
	lConstructionWaste:    {"《城市建筑垃圾管理规定》", "《城市建築垃圾管理規定》", "Provisions on Urban Construction Waste"},
	lDomesticWaste:        {"《城市生活垃圾管理办法》", "《城市生活垃圾管理辦法》", "Measures on Urban Domestic Waste"},
	lUrbanGreening:        {"《城市绿化条例》", "《城市綠化條例》", "Regulations on Urban Greening"},
	lUrbanRoads:           {"《城市道路管理条例》", "《城市道路管理條例》", "Regulations on Urban Roads"},
	lDrainage:             {"《城镇排水与污水处理条例》", "《城鎮排水與污水處理條例》", "Regulations on Urban Drainage and Sewage Treatment"},
	lInvestment:           {"《企业投资项目核准和备案管理条例》", "《企業投資項目核准和備案管理條例》", "Regulations on the Approval and Filing of Enterprise Investment Projects"},
	lGovInvestment:        {"《政府投资条例》", "《政府投資條例》", "Regulations on Government Investment"},
	lForeignProjects:      {"《外商投资项目核准和备案管理办法》", "《外商投資項目核准和備案管理辦法》", "Measures on the Approval and Filing of Foreign-invested Projects"},
	lOutboundInvestment:   {"《企业境外投资管理办法》", "《企業境外投資管理辦法》", "Measures on Outbound Investment by Enterprises"},
	lEnergySaving:         {"《中华人民共和国节约能源法》", "《中華人民共和國節約能源法》", "Energy Conservation Law of the PRC"},
	lPricing:              {"《中华人民共和国价格法》", "《中華人民共和國價格法》", "Pricing Law of the PRC"},
	lGrain:                {"《粮食流通管理条例》", "《糧食流通管理條例》", "Regulations on Grain Circulation"},
	lPowerFacilities:      {"《电力设施保护条例》", "《電力設施保護條例》", "Regulations on the Protection of Power Facilities"},
	lGDCredit:             {"《广东省社会信用条例》", "《廣東省社會信用條例》", "Guangdong Social Credit Regulations"},
	lStateCouncilDecision: {"《国务院对确需保留的行政审批项目设定行政许可的决定》", "《國務院對確需保留的行政審批項目設定行政許可的決定》", "State Council Decision on Licences for Retained Administrative Approval Items"},
	lSingleUseCard:        {"《单用途商业预付卡管理办法（试行）》", "《單用途商業預付卡管理辦法（試行）》", "Measures on Single-purpose Commercial Prepaid Cards (Trial)"},
	lRecycling:            {"《再生资源回收管理办法》", "《再生資源回收管理辦法》", "Measures on the Recycling of Renewable Resources"},
	lTechContracts:        {"《技术合同认定登记管理办法》", "《技術合同認定登記管理辦法》", "Measures on the Recognition and Registration of Technology Contracts"},
	lHighTech:             {"《高新技术企业认定管理办法》", "《高新技術企業認定管理辦法》", "Measures on the Recognition of High and New Technology Enterprises"},
	lSME:                  {"《中华人民共和国中小企业促进法》", "《中華人民共和國中小企業促進法》", "SME Promotion Law of the PRC"},
	lPatent:               {"《中华人民共和国专利法》", "《中華人民共和國專利法》", "Patent Law of the PRC"},
	lTradeIn:              {"《广东省推动大规模设备更新和消费品以旧换新实施方案》", "《廣東省推動大規模設備更新和消費品以舊換新實施方案》", "Guangdong Plan for Large-scale Equipment Renewal and Consumer Goods Trade-ins"},
	lProvidentFund:        {"《住房公积金管理条例》", "《住房公積金管理條例》", "Regulations on the Administration of Housing Provident Funds"},
}
