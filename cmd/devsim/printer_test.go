package main

import (
	"strings"
	"testing"

	"github.com/village-kiosk/kiosk/assets"
	"github.com/village-kiosk/kiosk/drivers/printer/printersim"
)

func TestPrinterCommands(t *testing.T) {
	sim, err := printersim.New(printersim.Options{Font: assets.Font()})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"paper out", "cover open", "cutter jam", "offline on", "fault garbage", "busy off", "runout 100", "paper ok", "cover closed", "cutter ok", "offline off", "fault none"} {
		if msg, err := printerCommand(sim, c); err != nil || msg != "ok" {
			t.Errorf("%q: %q %v", c, msg, err)
		}
	}
	if msg, _ := printerCommand(sim, "status"); !strings.Contains(msg, "cover_open=false") {
		t.Errorf("status: %q", msg)
	}
	if msg, _ := printerCommand(sim, "help"); !strings.Contains(msg, "runout N") {
		t.Error("help")
	}
	for _, c := range []string{"paper", "cover ajar", "runout x", "teleport"} {
		if _, err := printerCommand(sim, c); err == nil {
			t.Errorf("%q accepted", c)
		}
	}
	sim.SetPaper(printersim.PaperOut)
	if sim.State().Paper != printersim.PaperOut {
		t.Error("paper state")
	}
}
