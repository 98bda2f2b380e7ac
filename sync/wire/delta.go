package wire

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
)

// Delta is the change between two revisions of a dataset. A dataset is a
// JSON object; each top-level array whose elements are objects with a
// string "id" is a collection and travels as changed elements plus the new
// order of IDs (elements not in Order are gone); any other top-level field
// that changed travels whole. A terminal applies a Delta to its copy of
// the Base revision and checks the result against the dataset's Hash.
type Delta struct {
	Fields      map[string]json.RawMessage `json:"fields,omitempty"`
	Removed     []string                   `json:"removed,omitempty"`
	Collections map[string]CollectionDelta `json:"collections,omitempty"`
}

// CollectionDelta is the change of one collection.
type CollectionDelta struct {
	Order   []string          `json:"order"`
	Upserts []json.RawMessage `json:"upserts,omitempty"`
}

// ErrDelta means a delta does not fit the copy it was applied to: the
// terminal must ask for the whole dataset.
var ErrDelta = errors.New("dataset delta does not apply")

// Canonical returns data in the one form both sides hash: a compact JSON
// object with its keys sorted, arrays and their elements compact and in
// their own order. Data that is not a JSON object is refused.
func Canonical(data []byte) ([]byte, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("dataset is not a JSON object: %w", err)
	}
	if top == nil {
		return nil, errors.New("dataset is not a JSON object")
	}
	return encodeTop(top)
}

func encodeTop(top map[string]json.RawMessage) ([]byte, error) {
	keys := make([]string, 0, len(top))
	for k := range top {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			buf.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		buf.Write(kb)
		buf.WriteByte(':')
		if err := json.Compact(&buf, top[k]); err != nil {
			return nil, fmt.Errorf("field %q: %w", k, err)
		}
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// Hash is the hex SHA-256 of canonical data.
func Hash(canonical []byte) string {
	s := sha256.Sum256(canonical)
	return hex.EncodeToString(s[:])
}

// collection splits a field into its elements by ID; ok is false when the
// field is not a collection.
func collection(raw json.RawMessage) (ids []string, items map[string]json.RawMessage, ok bool) {
	var elems []json.RawMessage
	if err := json.Unmarshal(raw, &elems); err != nil {
		return nil, nil, false
	}
	items = make(map[string]json.RawMessage, len(elems))
	for _, e := range elems {
		var head struct {
			ID *string `json:"id"`
		}
		if err := json.Unmarshal(e, &head); err != nil || head.ID == nil {
			return nil, nil, false
		}
		if _, dup := items[*head.ID]; dup {
			return nil, nil, false
		}
		var buf bytes.Buffer
		if err := json.Compact(&buf, e); err != nil {
			return nil, nil, false
		}
		items[*head.ID] = buf.Bytes()
		ids = append(ids, *head.ID)
	}
	return ids, items, true
}

// Diff computes the delta that turns canonical data from into to.
func Diff(from, to []byte) (Delta, error) {
	var a, b map[string]json.RawMessage
	if err := json.Unmarshal(from, &a); err != nil {
		return Delta{}, err
	}
	if err := json.Unmarshal(to, &b); err != nil {
		return Delta{}, err
	}
	d := Delta{}
	for k := range a {
		if _, ok := b[k]; !ok {
			d.Removed = append(d.Removed, k)
		}
	}
	slices.Sort(d.Removed)
	for k, nv := range b {
		ov, had := a[k]
		if had && bytes.Equal(ov, nv) {
			continue
		}
		newIDs, newItems, isColl := collection(nv)
		_, oldItems, wasColl := collection(ov)
		if !isColl || !had || !wasColl {
			if d.Fields == nil {
				d.Fields = map[string]json.RawMessage{}
			}
			d.Fields[k] = nv
			continue
		}
		cd := CollectionDelta{Order: newIDs}
		for _, id := range newIDs {
			if old, ok := oldItems[id]; !ok || !bytes.Equal(old, newItems[id]) {
				cd.Upserts = append(cd.Upserts, newItems[id])
			}
		}
		if d.Collections == nil {
			d.Collections = map[string]CollectionDelta{}
		}
		d.Collections[k] = cd
	}
	return d, nil
}

// Apply applies d to canonical data and returns the new canonical data.
// It fails with ErrDelta when d names elements the data does not have or
// the result does not hash to want.
func Apply(data []byte, d Delta, want string) ([]byte, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("%w: cached copy unreadable: %v", ErrDelta, err)
	}
	for _, k := range d.Removed {
		delete(top, k)
	}
	for k, v := range d.Fields {
		top[k] = v
	}
	for k, cd := range d.Collections {
		_, old, ok := collection(top[k])
		if !ok {
			return nil, fmt.Errorf("%w: %q is not a collection here", ErrDelta, k)
		}
		up := make(map[string]json.RawMessage, len(cd.Upserts))
		for _, u := range cd.Upserts {
			_, one, ok := collection(json.RawMessage("[" + string(u) + "]"))
			if !ok {
				return nil, fmt.Errorf("%w: bad element in %q", ErrDelta, k)
			}
			for id, v := range one {
				up[id] = v
			}
		}
		var buf bytes.Buffer
		buf.WriteByte('[')
		for i, id := range cd.Order {
			v, ok := up[id]
			if !ok {
				v, ok = old[id]
			}
			if !ok {
				return nil, fmt.Errorf("%w: %q has no element %q", ErrDelta, k, id)
			}
			if i > 0 {
				buf.WriteByte(',')
			}
			buf.Write(v)
		}
		buf.WriteByte(']')
		top[k] = buf.Bytes()
	}
	out, err := encodeTop(top)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDelta, err)
	}
	if Hash(out) != want {
		return nil, fmt.Errorf("%w: result does not match the hall's hash", ErrDelta)
	}
	return out, nil
}
