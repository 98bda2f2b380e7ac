package serialtest

import (
	"context"
	"fmt"

	"github.com/village-kiosk/kiosk/drivers/serialport"
)

// HealthSource is anything that publishes a device health, such as a
// *serialport.Port or a device driver built on one.
type HealthSource interface {
	Subscribe() (<-chan serialport.Health, func())
}

// WaitHealth waits until src reports a health for which ok returns true and
// returns that health. It fails when ctx ends first or the source closes.
func WaitHealth(ctx context.Context, src HealthSource, ok func(serialport.Health) bool) (serialport.Health, error) {
	updates, cancel := src.Subscribe()
	defer cancel()
	var last serialport.Health
	for {
		select {
		case h, open := <-updates:
			if !open {
				return last, fmt.Errorf("serialtest: health source closed while waiting (last %v)", last)
			}
			last = h
			if ok(h) {
				return h, nil
			}
		case <-ctx.Done():
			return last, fmt.Errorf("serialtest: waiting for health (last %v): %w", last, ctx.Err())
		}
	}
}

// InState returns a predicate for WaitHealth that matches any of states.
func InState(states ...serialport.State) func(serialport.Health) bool {
	return func(h serialport.Health) bool {
		for _, s := range states {
			if h.State == s {
				return true
			}
		}
		return false
	}
}
