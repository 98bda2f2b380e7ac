package a4

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/village-kiosk/kiosk/documents"
)

// TestCUPSIntegration prints a real document through a real CUPS queue
// backed by cups-pdf and checks what came out. It needs a running
// scheduler and the queue (KIOSK_A4_QUEUE, default kiosk-pdf); as root,
// testdata/cups-pdf-queue.sh sets both up, and KIOSK_A4_START_CUPS=1 makes
// the test run that script itself. Without them the test skips.
func TestCUPSIntegration(t *testing.T) {
	queueName := os.Getenv("KIOSK_A4_QUEUE")
	if queueName == "" {
		queueName = "kiosk-pdf"
	}
	if _, err := exec.LookPath("lpstat"); err != nil {
		t.Skip("lpstat not found: install cups-client (packaging/install-deps.sh test does)")
	}
	if os.Getenv("KIOSK_A4_START_CUPS") == "1" {
		out, err := exec.Command("testdata/cups-pdf-queue.sh", queueName).CombinedOutput()
		if err != nil {
			t.Fatalf("testdata/cups-pdf-queue.sh: %v\n%s", err, out)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	runner := ExecRunner{}
	out, _, _ := runner.Run(ctx, nil, "lpstat", "-r")
	if running, err := schedulerState(string(out)); err != nil || !running {
		t.Skipf("CUPS scheduler not running (lpstat -r: %q); as root run drivers/a4/testdata/cups-pdf-queue.sh or set KIOSK_A4_START_CUPS=1", strings.TrimSpace(string(out)))
	}
	sink := &CUPSSink{Queue: queueName, Logger: quietLogger()}
	h, err := sink.Health(ctx)
	if err != nil {
		t.Fatalf("Health: %v", err)
	}
	if h.State == StateNotFound {
		t.Skipf("CUPS runs but has no queue %q; as root run drivers/a4/testdata/cups-pdf-queue.sh %s", queueName, queueName)
	}
	if !h.Ready() {
		t.Fatalf("queue %s not ready: %+v", queueName, h)
	}

	t.Run("missing queue", func(t *testing.T) {
		s := &CUPSSink{Queue: "kiosk-no-such-queue", Logger: quietLogger()}
		if h, err := s.Health(ctx); err != nil || h.State != StateNotFound {
			t.Errorf("Health = %+v, %v; want not_found", h, err)
		}
		if _, err := s.Print(ctx, "职位信息单", []byte("%PDF-1.3\n")); !errors.Is(err, ErrQueueNotFound) {
			t.Errorf("Print err = %v, want ErrQueueNotFound", err)
		}
	})

	t.Run("print", func(t *testing.T) {
		slip := &documents.JobSlip{
			Header: documents.Header{
				VerifyCode: documents.NewVerifyCode(),
				VerifyBase: "https://hall.shunde.example.gov.cn",
				IssuedAt:   time.Now(),
				Station:    "顺德区大良街道金榜社区行政服务站",
			},
			Position: "数控车床操作工",
			Employer: "佛山市顺德区美旭电器制造有限公司",
			Salary:   "5500–7500元/月",
			Address:  "佛山市顺德区容桂街道华口社区工业大道18号",
			Phone:    "0757-28301234",
		}
		pdf, err := documents.Render(slip, documents.Options{})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		id, err := sink.Print(ctx, slip.Title(), pdf)
		if err != nil {
			t.Fatalf("Print: %v", err)
		}
		if !strings.HasPrefix(id, queueName+"-") {
			t.Fatalf("job id %q does not name the queue", id)
		}
		// Wait until CUPS lists the job as completed.
		for {
			out, _, err := runner.Run(ctx, nil, "lpstat", "-W", "completed", "-o", queueName)
			if err == nil && containsJob(string(out), id) {
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("job %s not completed: %v", id, ctx.Err())
			case <-time.After(200 * time.Millisecond):
			}
		}
		t.Logf("job %s completed in %v", id, time.Since(start).Round(time.Millisecond))

		// cups-pdf writes into the submitting user's ~/PDF (Out ${HOME}/PDF,
		// home from the password database); look for the new file there.
		u, err := user.Current()
		if err != nil {
			t.Skipf("no user entry to find cups-pdf's output: %v", err)
		}
		outDir := filepath.Join(u.HomeDir, "PDF")
		if d := os.Getenv("KIOSK_A4_PDF_DIR"); d != "" {
			outDir = d
		}
		got := newestPDF(t, outDir, start)
		if got == "" {
			t.Skipf("job completed, but no new PDF in %s (cups-pdf configured elsewhere? set KIOSK_A4_PDF_DIR)", outDir)
		}
		t.Cleanup(func() { os.Remove(got) })
		// cups-pdf runs the job through Ghostscript, which drops the text
		// layer's Unicode map: read the page as a person would, through its
		// QR code.
		for _, tool := range []string{"pdftoppm", "zbarimg"} {
			if _, err := exec.LookPath(tool); err != nil {
				t.Skipf("%s not found to read %s: install poppler-utils and zbar-tools", tool, got)
			}
		}
		prefix := filepath.Join(t.TempDir(), "page")
		if _, stderr, err := runner.Run(ctx, nil, "pdftoppm", "-r", "150", "-gray", "-f", "1", "-l", "1", got, prefix); err != nil {
			t.Fatalf("pdftoppm %s: %v: %s", got, err, stderr)
		}
		pages, _ := filepath.Glob(prefix + "-*.pgm")
		if len(pages) != 1 {
			t.Fatalf("pdftoppm wrote %q", pages)
		}
		code, _, err := runner.Run(ctx, nil, "zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", pages[0])
		if err != nil {
			t.Fatalf("zbarimg found no QR code on the printed page: %v", err)
		}
		want, err := documents.VerifyURL(slip.VerifyBase, slip.VerifyCode)
		if err != nil {
			t.Fatal(err)
		}
		if strings.TrimSpace(string(code)) != want {
			t.Errorf("printed QR code says %q, want %q", code, want)
		}
	})
}

// containsJob reports whether lpstat -o output lists the job, whose ID is
// the first field of its line.
func containsJob(out, id string) bool {
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 0 && f[0] == id {
			return true
		}
	}
	return false
}

// newestPDF is the newest PDF in dir written since start, or "".
func newestPDF(t *testing.T, dir string, start time.Time) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		entries, _ := os.ReadDir(dir)
		var best string
		var bestTime time.Time
		for _, e := range entries {
			info, err := e.Info()
			if err != nil || !strings.HasSuffix(e.Name(), ".pdf") || info.ModTime().Before(start.Add(-time.Second)) {
				continue
			}
			if info.ModTime().After(bestTime) {
				best, bestTime = filepath.Join(dir, e.Name()), info.ModTime()
			}
		}
		if best != "" || time.Now().After(deadline) {
			return best
		}
		time.Sleep(100 * time.Millisecond)
	}
}
