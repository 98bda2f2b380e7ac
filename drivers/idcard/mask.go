package idcard

import "github.com/village-kiosk/kiosk/internal/mask"

// MaskNumber shows the first four and the last four characters of a card
// number: 4401********1234 (internal/mask, the terminal's one way).
func MaskNumber(n string) string { return mask.ID(n) }

// MaskName keeps the first character of a name: 张三 → 张*, JOHN SMITH → J****.
func MaskName(n string) string { return mask.Name(n) }
