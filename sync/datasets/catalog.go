package datasets

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/village-kiosk/kiosk/sync/wire"
)

// ErrInvalid marks dataset content the terminal refuses to use.
var ErrInvalid = errors.New("invalid dataset")

// DecodeCatalog parses and checks approval-catalog data. A catalog whose
// items point at departments or life events it does not define, or whose
// entries lack an ID or a name, is refused whole: the terminal keeps showing
// its previous copy rather than a broken one.
func DecodeCatalog(data []byte) (wire.Catalog, error) {
	var c wire.Catalog
	if err := json.Unmarshal(data, &c); err != nil {
		return wire.Catalog{}, fmt.Errorf("%w: catalog: %v", ErrInvalid, err)
	}
	depts := make(map[string]bool, len(c.Departments))
	for i, d := range c.Departments {
		if d.ID == "" || d.Name.In(wire.LangZhHans) == "" {
			return wire.Catalog{}, fmt.Errorf("%w: catalog: department %d has no id or name", ErrInvalid, i)
		}
		if depts[d.ID] {
			return wire.Catalog{}, fmt.Errorf("%w: catalog: department %q twice", ErrInvalid, d.ID)
		}
		depts[d.ID] = true
	}
	events := make(map[string]bool, len(c.LifeEvents))
	for i, e := range c.LifeEvents {
		if e.ID == "" || e.Name.In(wire.LangZhHans) == "" {
			return wire.Catalog{}, fmt.Errorf("%w: catalog: life event %d has no id or name", ErrInvalid, i)
		}
		events[e.ID] = true
	}
	seen := make(map[string]bool, len(c.Items))
	for i, it := range c.Items {
		switch {
		case it.ID == "" || it.Name.In(wire.LangZhHans) == "":
			return wire.Catalog{}, fmt.Errorf("%w: catalog: item %d has no id or name", ErrInvalid, i)
		case seen[it.ID]:
			return wire.Catalog{}, fmt.Errorf("%w: catalog: item %q twice", ErrInvalid, it.ID)
		case !depts[it.DepartmentID]:
			return wire.Catalog{}, fmt.Errorf("%w: catalog: item %q names unknown department %q", ErrInvalid, it.ID, it.DepartmentID)
		case it.FeeFen < 0 || it.TimeLimitDays < 0 || it.PromisedDays < 0:
			return wire.Catalog{}, fmt.Errorf("%w: catalog: item %q has a negative fee or time limit", ErrInvalid, it.ID)
		}
		for _, e := range it.LifeEventIDs {
			if !events[e] {
				return wire.Catalog{}, fmt.Errorf("%w: catalog: item %q names unknown life event %q", ErrInvalid, it.ID, e)
			}
		}
		seen[it.ID] = true
	}
	return c, nil
}

// checkObject accepts any JSON object: the datasets whose screens are not
// built yet are kept as the hall sends them.
func checkObject(data []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil || m == nil {
		return fmt.Errorf("%w: not a JSON object", ErrInvalid)
	}
	return nil
}
