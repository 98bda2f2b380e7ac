# The two commands a newcomer needs:
#   make demo   run the kiosk with an embedded hall, demo data and a window
#   make test   vet and test everything
# Both install what is missing first (Debian packages via packaging/, Go
# modules via the module proxy) and skip what is already there.

GO      ?= go
BIN     := bin
SHOTS   := out/screenshots
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

export CGO_ENABLED := 1

.PHONY: all demo test bench screenshots build deps-build deps-test deps-demo modules hall kiosk clean cups

all: build

deps-build:
	@packaging/install-deps.sh build
deps-test:
	@packaging/install-deps.sh test
deps-demo:
	@packaging/install-deps.sh demo

modules:
	@$(GO) mod download

build: deps-build modules kiosk hall

kiosk:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/kiosk ./cmd/kiosk

hall:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN)/hall ./cmd/hall

# Runs the product: an embedded hall with demo data in a temporary folder and
# the kiosk window (fullscreen; `make demo ARGS=-windowed` for a window).
# Without a display it runs under Xvfb and saves screenshots instead.
demo: deps-demo modules kiosk
	@packaging/demo.sh $(BIN)/kiosk $(ARGS)

# vet, then every test; fuzz seed corpora run as ordinary tests. The sync,
# hall and driver packages run again under the race detector.
test: deps-test modules cups
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(GO) test -count=1 -race ./internal/... ./sync/... ./hall/... ./drivers/...

# CUPS with a cups-pdf queue for the A4 printing integration test (root
# only; without it that one test skips and says why).
cups:
	@if [ "$$(id -u)" = 0 ]; then drivers/a4/testdata/cups-pdf-queue.sh >/dev/null || echo "make: CUPS could not be started; the A4 integration test will skip" >&2; fi

bench: deps-build modules
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Every kiosk screen, both orientations, normal and elder mode, each language.
screenshots: deps-build modules
	$(GO) run ./cmd/kiosk -screenshots $(SHOTS)

clean:
	rm -rf $(BIN) out
