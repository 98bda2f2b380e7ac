package serialtest

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Faults is the fault-injection bookkeeping every device simulator needs:
// each fault is on for a number of uses, or until cleared. F is the
// simulator's own fault type. The zero value is ready; it is safe for
// concurrent use.
type Faults[F comparable] struct {
	mu sync.Mutex
	m  map[F]int // remaining uses; -1 until cleared
}

// Inject turns f on for the next count uses, or until cleared when count
// is 0.
func (fs *Faults[F]) Inject(f F, count int) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.m == nil {
		fs.m = map[F]int{}
	}
	if count <= 0 {
		count = -1
	}
	fs.m[f] = count
}

// Clear turns f off.
func (fs *Faults[F]) Clear(f F) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	delete(fs.m, f)
}

// ClearAll turns every fault off.
func (fs *Faults[F]) ClearAll() {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	clear(fs.m)
}

// Active returns the faults in force and their remaining uses (-1: until
// cleared).
func (fs *Faults[F]) Active() map[F]int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	out := make(map[F]int, len(fs.m))
	for f, n := range fs.m {
		out[f] = n
	}
	return out
}

// Take reports whether f is on, using up one of its uses.
func (fs *Faults[F]) Take(f F) bool {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n, ok := fs.m[f]
	if !ok {
		return false
	}
	switch {
	case n == 1:
		delete(fs.m, f)
	case n > 1:
		fs.m[f] = n - 1
	}
	return true
}

// String lists the faults in force, sorted, with their remaining uses
// ("garbage, nak×2"), or "none": the line a simulator's status shows.
func (fs *Faults[F]) String() string {
	var names []string
	for f, n := range fs.Active() {
		if n < 0 {
			names = append(names, fmt.Sprint(f))
		} else {
			names = append(names, fmt.Sprintf("%v×%d", f, n))
		}
	}
	if len(names) == 0 {
		return "none"
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
