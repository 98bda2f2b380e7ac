package ecr

// Tags of the link. devices.md §3.1 names DF01–DF07, DF12, DF13, DF16–DF1F,
// DF24, DF46 and DF47 [S: ing]. The public source it cites (IngPosCom.cpp)
// also reads DF0A trace, DF0C signed-in, DF10 voucher, DF11 batch, DF1A
// reference number, DF25–DF28 settlement totals and DFBE merchant order
// number, and nests the receipt record in DF06; those are [S] from that
// file. Tags marked [U] are this package's choice where no public source
// was found; change them here when the vendor's sheet arrives.
const (
	TagPacket       Tag = 0xDF01 // packet kind, 1 byte BCD: 00 command/result, 01 ISO 8583 pass-through
	TagType         Tag = 0xDF02 // transaction type, 1 byte BCD (values below)
	TagAmount       Tag = 0xDF03 // amount in fen, 6 bytes BCD; in a balance reply, the balance [U]
	TagNonce        Tag = 0xDF04 // 4-digit random number, 2 bytes BCD; the reply echoes it
	TagRecord       Tag = 0xDF06 // nested TLV: the transaction record (receipt data)
	TagResponse     Tag = 0xDF07 // response code, ASCII: 2 chars from the bank, 8 chars from the pad
	TagTrace        Tag = 0xDF0A // POS trace number (流水号), 3 bytes BCD
	TagSignedIn     Tag = 0xDF0C // 01 after a successful sign-in
	TagVoucher      Tag = 0xDF10 // voucher number (凭证号/票据号), 3 bytes BCD
	TagBatch        Tag = 0xDF11 // batch number, 6 ASCII digits
	TagTerminalID   Tag = 0xDF12 // terminal ID (TID), 8 ASCII
	TagMerchantID   Tag = 0xDF13 // merchant ID (MID), 15 ASCII
	TagOrigVoucher  Tag = 0xDF18 // original voucher number (void), 3 bytes BCD
	TagRRN          Tag = 0xDF1A // system reference number (系统参考号), 12 ASCII
	TagAuthCode     Tag = 0xDF1B // authorisation number, 6 ASCII
	TagDate         Tag = 0xDF1C // transaction date MMDD, ASCII
	TagTime         Tag = 0xDF1D // transaction time hhmmss, ASCII
	TagPAN          Tag = 0xDF1E // card number, ASCII (full or masked by the pad)
	TagExpiry       Tag = 0xDF1F // card expiry, ASCII; the driver drops it unread
	TagLastPacket   Tag = 0xDF24 // 01 last packet of a reply; 00 more follow
	TagDebitAmount  Tag = 0xDF25 // settlement: sales total, 6 bytes BCD [U: format]
	TagDebitCount   Tag = 0xDF26 // settlement: number of sales, 3 bytes BCD [U: format]
	TagCreditAmount Tag = 0xDF27 // settlement: voids total, 6 bytes BCD [U: format]
	TagCreditCount  Tag = 0xDF28 // settlement: number of voids, 3 bytes BCD [U: format]
	TagCounter      Tag = 0xDF46 // counter (cash desk) number, ASCII
	TagOperator     Tag = 0xDF47 // operator number, ASCII
	TagReference    Tag = 0xDFBE // merchant order number: the kiosk's reference, ASCII; echoed and kept with the record
	TagStage        Tag = 0xDFC1 // [U] progress notice in a non-last packet, 1 byte (Stage values below)
)

// Packet kinds (DF01).
const (
	PacketCommand byte = 0x00
	Packet8583    byte = 0x01
)

// Transaction types (DF02). [U]: the public integration keeps its values in
// a header that is not public. Sale and void follow the 001/002 sub-types
// of the opentaobao PosBankSaleInfoDto (006 refund is left free); the
// others are numbered in between.
const (
	TypeSale      byte = 0x01 // 消费
	TypeVoid      byte = 0x02 // 撤销
	TypeBalance   byte = 0x03 // 余额查询
	TypeQueryLast byte = 0x04 // 末笔交易查询: the reply's DF06 is the last transaction's record
	TypeSignIn    byte = 0x05 // 签到
	TypeRefund    byte = 0x06 // 退货 (reserved; the kiosk does not refund on the pad)
	TypeSettle    byte = 0x07 // 结算
)

// Progress notices (DFC1) [U]. A pad sends them in packets with DF24 = 00
// while it works; a pad that sends none is fine, the host then only knows
// "acknowledged" and the elapsed time.
const (
	StageWaitingCard byte = 0x01 // insert, swipe or tap a card
	StageWaitingPIN  byte = 0x02 // enter the PIN on the pad
	StageProcessing  byte = 0x03 // online with the bank
)

// Response codes (DF07) of the pad itself: 8 characters. 00000002,
// 00000004 and 00010014 are [S: ing]; the rest are [U], numbered into the
// free slots of the same series.
const (
	RespApproved        = "00"
	RespUserCancelled   = "00000001" // [U] the person pressed cancel on the pad
	RespCardError       = "00000002" // card processing error
	RespTimeout         = "00000003" // [U] no card or no PIN in time
	RespUnknownAID      = "00000004" // the card's application is not supported
	RespHostCancelled   = "00000005" // [U] the host sent EOT while the pad waited for card or PIN
	RespBusy            = "00000006" // [U] another transaction is in progress
	RespNoTransaction   = "00000007" // [U] query last: the journal is empty
	RespSignInRequired  = "00010014" // keys missing: sign in again
	RespOriginalMissing = "25"       // bank code: original transaction not found
)
