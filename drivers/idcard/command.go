package idcard

import "fmt"

// Command is a request's CMD and PARA bytes.
type Command struct {
	Cmd, Para byte
}

// The commands of devices.md §1.2 that the kiosk uses.
var (
	CmdResetSAM       = Command{0x10, 0xFF} // reset the SAM module
	CmdSAMStatus      = Command{0x11, 0xFF} // SAM self-test status
	CmdSAMID          = Command{0x12, 0xFF} // read the SAM's management number
	CmdFindCard       = Command{0x20, 0x01} // 寻找证/卡: success is SW3 9F
	CmdSelectCard     = Command{0x20, 0x02} // 选取证/卡
	CmdReadText       = Command{0x30, 0x01} // text (256) + photo (1024)
	CmdReadFinger     = Command{0x30, 0x10} // text + photo + fingerprint
	CmdReadNewAddress = Command{0x30, 0x03} // 追加住址 (newest address)
)

var commandNames = map[Command]string{
	CmdResetSAM:       "reset sam",
	CmdSAMStatus:      "sam status",
	CmdSAMID:          "read sam id",
	CmdFindCard:       "find card",
	CmdSelectCard:     "select card",
	CmdReadText:       "read card",
	CmdReadFinger:     "read card with fingerprint",
	CmdReadNewAddress: "read new address",
}

// String names the command, for logs and error messages.
func (c Command) String() string {
	if n, ok := commandNames[c]; ok {
		return n
	}
	return fmt.Sprintf("command %02X %02X", c.Cmd, c.Para)
}

// okCode is the SW3 that means success for c: 9F for find card, 90 for the
// rest.
func (c Command) okCode() byte {
	if c == CmdFindCard {
		return SW3FindOK
	}
	return SW3OK
}
