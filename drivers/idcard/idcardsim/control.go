package idcardsim

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrQuit is returned by Exec for "quit" and "exit".
var ErrQuit = errors.New("idcardsim: quit")

const controlHelp = `commands:
  list                 show the cards
  place N              put card N on the reader (replaces any card there)
  remove               take the card off
  fault KIND [COUNT]   inject a fault for COUNT answers (default: until cleared)
  clear [KIND]         clear one fault, or all
  unplug               pull the reader's cable (the pty closes)
  replug               plug it back in (new pty behind the same link)
  status               show the card, the faults and the line
  help                 this text
  quit                 stop the simulator
faults:
`

// Exec runs one control command and returns what to show the person at the
// console. It returns ErrQuit for quit and exit.
func (s *Simulator) Exec(line string) (string, error) {
	args := strings.Fields(line)
	if len(args) == 0 {
		return "", nil
	}
	switch cmd := strings.ToLower(args[0]); cmd {
	case "help", "?":
		var b strings.Builder
		b.WriteString(controlHelp)
		for _, f := range Faults() {
			fmt.Fprintf(&b, "  %-11s %s\n", f, faultHelp[f])
		}
		return b.String(), nil
	case "list":
		var b strings.Builder
		for i, c := range s.cards {
			fmt.Fprintf(&b, "%2d  %-9s %-36s %s %s\n", i+1, c.Kind, c.Label, displayName(c), c.Number)
		}
		return b.String(), nil
	case "place":
		if len(args) != 2 {
			return "", fmt.Errorf("usage: place N (1-%d)", len(s.cards))
		}
		n, err := strconv.Atoi(args[1])
		if err != nil {
			return "", fmt.Errorf("place: %q is not a card number", args[1])
		}
		if err := s.Place(n - 1); err != nil {
			return "", err
		}
		return fmt.Sprintf("placed card %d (%s)\n", n, s.cards[n-1].Label), nil
	case "remove":
		s.Remove()
		return "card removed\n", nil
	case "fault":
		if len(args) < 2 || len(args) > 3 {
			return "", errors.New("usage: fault KIND [COUNT]")
		}
		f, err := ParseFault(args[1])
		if err != nil {
			return "", err
		}
		count := 0
		if len(args) == 3 {
			if count, err = strconv.Atoi(args[2]); err != nil || count < 1 {
				return "", fmt.Errorf("fault: count %q is not a positive number", args[2])
			}
		}
		s.Inject(f, count)
		if count == 0 {
			return fmt.Sprintf("fault %s on until cleared\n", f), nil
		}
		return fmt.Sprintf("fault %s on for %d answers\n", f, count), nil
	case "clear":
		if len(args) == 1 {
			s.ClearFaults()
			return "all faults cleared\n", nil
		}
		f, err := ParseFault(args[1])
		if err != nil {
			return "", err
		}
		s.Clear(f)
		return fmt.Sprintf("fault %s cleared\n", f), nil
	case "unplug":
		if err := s.Unplug(); err != nil {
			return "", err
		}
		return "unplugged\n", nil
	case "replug":
		if err := s.Replug(); err != nil {
			return "", err
		}
		return fmt.Sprintf("plugged in on %s\n", s.TTY()), nil
	case "status":
		return s.status(), nil
	case "quit", "exit":
		return "", ErrQuit
	default:
		return "", fmt.Errorf("unknown command %q (try help)", cmd)
	}
}

func (s *Simulator) status() string {
	var b strings.Builder
	if i, ok := s.Placed(); ok {
		fmt.Fprintf(&b, "card: %d (%s)\n", i+1, s.cards[i].Label)
	} else {
		b.WriteString("card: none\n")
	}
	fmt.Fprintf(&b, "faults: %s\n", s.faults.String())
	if s.Plugged() {
		fmt.Fprintf(&b, "line: plugged in on %s (path %s)\n", s.TTY(), s.Path())
	} else {
		fmt.Fprintf(&b, "line: unplugged (path %s)\n", s.Path())
	}
	return b.String()
}

func displayName(c Card) string {
	if c.Name != "" {
		return c.Name
	}
	return c.NameEN
}

// RunControl reads commands line by line from in and writes the results
// to out. It returns nil after quit, io.EOF at the end of input and ctx's
// error when ctx ends. Errors of single commands are shown, not returned.
func (s *Simulator) RunControl(ctx context.Context, in io.Reader, out io.Writer) error {
	lines := make(chan string)
	readErr := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(in)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		readErr <- sc.Err()
	}()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-readErr:
			if err == nil {
				return io.EOF
			}
			return fmt.Errorf("idcardsim: control input: %w", err)
		case line := <-lines:
			msg, err := s.Exec(line)
			if errors.Is(err, ErrQuit) {
				return nil
			}
			if err != nil {
				msg = "error: " + err.Error() + "\n"
			}
			if _, werr := io.WriteString(out, msg); werr != nil {
				return fmt.Errorf("idcardsim: control output: %w", werr)
			}
		}
	}
}
