package cardpad_test

import (
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
	"github.com/village-kiosk/kiosk/drivers/cardpad/cardpadsim"
)

// TestFullCardNumberNeverLeaves runs every kind of exchange with every
// test card and looks for the card numbers in every error string, every
// fmt form, every exported field (recursively) of results and errors, and
// the whole debug log of the driver and its port.
func TestFullCardNumberNeverLeaves(t *testing.T) {
	ctx := testCtx(t)
	pc := fastPad
	pc.ResultTimeout = 300 * time.Millisecond
	r := newRig(t, cardpadsim.Config{Seed: 3}, pc)
	var outputs []any
	keep := func(res *cardpad.Result, err error) {
		if res != nil {
			outputs = append(outputs, res)
		}
		if err != nil {
			outputs = append(outputs, err)
		}
	}
	for i := range r.sim.Cards() {
		if err := r.sim.Insert(i); err != nil {
			t.Fatal(err)
		}
		req := sale(1000, fmt.Sprintf("P-%d", i))
		res, err := r.pad.Sale(ctx, req)
		keep(res, err)
		keep(r.pad.Balance(ctx, cardpad.Request{}))
		if res != nil {
			keep(r.pad.Void(ctx, cardpad.Request{Amount: 1000, Voucher: res.Voucher}))
		}
		faults := []cardpadsim.Fault{cardpadsim.FaultStale, cardpadsim.FaultBadLRC, cardpadsim.FaultGarbage}
		if i == 0 {
			faults = append(faults, cardpadsim.FaultChargeSilent, cardpadsim.FaultWrongNonce)
		}
		for _, f := range faults {
			r.sim.Inject(f, 1)
			req := sale(200, "")
			keep(r.pad.Sale(ctx, req))
			keep(r.pad.Resolve(ctx, req.Intent(cardpad.TxSale)))
		}
		keep(r.pad.LastTransaction(ctx))
	}
	if len(outputs) < 40 {
		t.Fatalf("only %d outputs collected", len(outputs))
	}
	masked := 0
	for _, o := range outputs {
		res, _ := o.(*cardpad.Result)
		var de *cardpad.DeclineError
		if err, ok := o.(error); ok && errors.As(err, &de) {
			res = de.Result
		}
		if res != nil && res.MaskedPAN != "" {
			masked++
			if !strings.Contains(res.MaskedPAN, "******") {
				t.Errorf("masked number %q", res.MaskedPAN)
			}
		}
		texts := []string{fmt.Sprint(o), fmt.Sprintf("%+v", o), fmt.Sprintf("%#v", o)}
		if err, ok := o.(error); ok {
			texts = append(texts, err.Error())
		}
		walkExported(reflect.ValueOf(o), "", func(path, s string) { texts = append(texts, path+"="+s) })
		var log strings.Builder
		slog.New(slog.NewJSONHandler(&log, nil)).Info("x", "v", o)
		texts = append(texts, log.String())
		for _, s := range texts {
			assertNoPAN(t, s)
		}
	}
	if masked < 10 {
		t.Errorf("only %d results carried a masked number; the check proves little", masked)
	}
	logs := r.logs.String()
	if !strings.Contains(logs, "card pad transaction") || !strings.Contains(logs, "outcome unknown") {
		t.Fatalf("the log capture missed the driver: %.300s", logs)
	}
	assertNoPAN(t, logs)
}

func assertNoPAN(t *testing.T, s string) {
	t.Helper()
	for _, c := range cardpadsim.DefaultCards() {
		if strings.Contains(s, c.PAN) || strings.Contains(strings.ToLower(s), hex.EncodeToString([]byte(c.PAN))) {
			t.Fatalf("card number of %q found in: %.400s", c.Label, s)
		}
	}
}

// walkExported calls visit for every string and byte slice reachable
// through exported fields, pointers, interfaces, slices and maps.
func walkExported(v reflect.Value, path string, visit func(path, s string)) {
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem(), path)
		case reflect.Interface:
			if !v.IsNil() {
				if err, ok := v.Interface().(error); ok {
					visit(path+".Error()", err.Error())
				}
				walk(v.Elem(), path)
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() {
					walk(v.Field(i), path+"."+f.Name)
				}
			}
		case reflect.Slice, reflect.Array:
			if v.Type().Elem().Kind() == reflect.Uint8 {
				b := make([]byte, v.Len())
				reflect.Copy(reflect.ValueOf(b), v)
				visit(path, string(b))
				return
			}
			for i := range v.Len() {
				walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				walk(v.MapIndex(k), fmt.Sprintf("%s[%v]", path, k))
			}
		case reflect.String:
			visit(path, v.String())
		}
	}
	walk(v, path)
}
