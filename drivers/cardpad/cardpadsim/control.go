package cardpadsim

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/village-kiosk/kiosk/drivers/cardpad"
)

// ErrQuit is returned by Exec for "quit" and "exit".
var ErrQuit = errors.New("cardpadsim: quit")

const controlHelp = `commands:
  cards                 list the test cards
  insert N              insert (or tap) card N
  remove                take the card out
  cancel                press cancel on the pad
  pin DURATION          PIN entry time, e.g. 2s or 0
  balance N AMOUNT      set the money on card N, e.g. balance 2 15.00
  rule k=v …            add a rule: code=CODE [type=sale|void|balance] [card=N] [amount=12.34] [times=N]
  rules                 list the rules
  clear rules           drop every rule
  fault KIND [COUNT]    inject a fault COUNT times (default: until cleared)
  clear [KIND]          clear one fault, or all
  signin / signout      sign the pad in or out (signed out: 00010014)
  last                  show the last transaction on record
  journal               show the open batch
  unplug / replug       pull the cable / plug it back in
  status                card, faults, rules, last transaction, line
  help                  this text
  quit                  stop the simulator
codes: 00 approved, 51 insufficient funds, 55 wrong PIN, 54 expired, 41 lost,
  05 declined, 91 bank unavailable, 00000001 cancelled on the pad
faults:
`

// Exec runs one control command and returns what to show the person at the
// console. It returns ErrQuit for quit and exit.
func (s *Simulator) Exec(line string) (string, error) {
	args := strings.Fields(line)
	if len(args) == 0 {
		return "", nil
	}
	cardArg := func(a string) (int, error) {
		n, err := strconv.Atoi(a)
		if err != nil || n < 1 || n > len(s.cards) {
			return 0, fmt.Errorf("%q is not a card number (1-%d)", a, len(s.cards))
		}
		return n - 1, nil
	}
	switch cmd := strings.ToLower(args[0]); cmd {
	case "help", "?":
		var b strings.Builder
		b.WriteString(controlHelp)
		for _, f := range Faults() {
			fmt.Fprintf(&b, "  %-13s %s\n", f, faultHelp[f])
		}
		return b.String(), nil
	case "cards", "list":
		var b strings.Builder
		for i, c := range s.cards {
			fmt.Fprintf(&b, "%2d  %-19s %12s  %s\n", i+1, cardpad.MaskPAN(c.PAN), s.Balance(i), c.Label)
		}
		return b.String(), nil
	case "insert":
		if len(args) != 2 {
			return "", fmt.Errorf("usage: insert N (1-%d)", len(s.cards))
		}
		i, err := cardArg(args[1])
		if err != nil {
			return "", fmt.Errorf("insert: %w", err)
		}
		if err := s.Insert(i); err != nil {
			return "", err
		}
		return fmt.Sprintf("card %d inserted (%s)\n", i+1, s.cards[i].Label), nil
	case "remove":
		s.Remove()
		return "card removed\n", nil
	case "cancel":
		if s.Cancel() {
			return "cancel pressed\n", nil
		}
		return "cancel pressed; nothing to cancel\n", nil
	case "pin":
		if len(args) != 2 {
			return "", errors.New("usage: pin DURATION (e.g. 2s)")
		}
		d, err := time.ParseDuration(args[1])
		if args[1] == "0" {
			d, err = 0, nil
		}
		if err != nil || d < 0 {
			return "", fmt.Errorf("pin: %q is not a duration", args[1])
		}
		s.SetPINDelay(d)
		return fmt.Sprintf("PIN entry takes %v\n", d), nil
	case "balance":
		if len(args) != 3 {
			return "", errors.New("usage: balance N AMOUNT")
		}
		i, err := cardArg(args[1])
		if err != nil {
			return "", fmt.Errorf("balance: %w", err)
		}
		a, err := cardpad.ParseAmount(args[2])
		if err != nil {
			return "", fmt.Errorf("balance: %w", err)
		}
		if err := s.SetBalance(i, a); err != nil {
			return "", err
		}
		return fmt.Sprintf("card %d holds %v\n", i+1, a), nil
	case "rule":
		r, err := ParseRule(args[1:])
		if err != nil {
			return "", err
		}
		s.AddRule(r)
		return "rule added: " + r.String() + "\n", nil
	case "rules":
		var b strings.Builder
		for i, r := range s.Rules() {
			fmt.Fprintf(&b, "%2d  %s\n", i+1, r)
		}
		if b.Len() == 0 {
			return "no rules\n", nil
		}
		return b.String(), nil
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
		return fmt.Sprintf("fault %s on for %d\n", f, count), nil
	case "clear":
		switch {
		case len(args) == 1:
			s.ClearFaults()
			return "all faults cleared\n", nil
		case strings.EqualFold(args[1], "rules"):
			s.ClearRules()
			return "all rules cleared\n", nil
		}
		f, err := ParseFault(args[1])
		if err != nil {
			return "", err
		}
		s.Clear(f)
		return fmt.Sprintf("fault %s cleared\n", f), nil
	case "signin":
		s.SetSignedIn(true)
		return "signed in\n", nil
	case "signout":
		s.SetSignedIn(false)
		return "signed out: card transactions answer 00010014\n", nil
	case "last":
		if r, ok := s.Last(); ok {
			return "last: " + r.String() + "\n", nil
		}
		return "last: none\n", nil
	case "journal":
		var b strings.Builder
		for _, r := range s.Journal() {
			b.WriteString(r.String() + "\n")
		}
		if b.Len() == 0 {
			return "open batch is empty\n", nil
		}
		return b.String(), nil
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
	if i, ok := s.Inserted(); ok {
		fmt.Fprintf(&b, "card: %d (%s)\n", i+1, s.cards[i].Label)
	} else {
		b.WriteString("card: none\n")
	}
	fmt.Fprintf(&b, "faults: %s\n", s.faults.String())
	fmt.Fprintf(&b, "rules: %d\n", len(s.Rules()))
	if s.SignedIn() {
		b.WriteString("signed in: yes\n")
	} else {
		b.WriteString("signed in: no\n")
	}
	if s.Busy() {
		b.WriteString("busy: a transaction is in progress\n")
	}
	if r, ok := s.Last(); ok {
		fmt.Fprintf(&b, "last: %s\n", r)
	} else {
		b.WriteString("last: none\n")
	}
	if s.Plugged() {
		fmt.Fprintf(&b, "line: plugged in on %s (path %s)\n", s.TTY(), s.Path())
	} else {
		fmt.Fprintf(&b, "line: unplugged (path %s)\n", s.Path())
	}
	return b.String()
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
			return fmt.Errorf("cardpadsim: control input: %w", err)
		case line := <-lines:
			msg, err := s.Exec(line)
			if errors.Is(err, ErrQuit) {
				return nil
			}
			if err != nil {
				msg = "error: " + err.Error() + "\n"
			}
			if _, werr := io.WriteString(out, msg); werr != nil {
				return fmt.Errorf("cardpadsim: control output: %w", werr)
			}
		}
	}
}
