#!/usr/bin/env bash
# Installs the Debian packages the kiosk needs to build, test and run.
# Safe to run again: packages already present are skipped, and apt is only
# touched when something is missing.
#
#   packaging/install-deps.sh build   # cgo + X headers for Fyne (make test)
#   packaging/install-deps.sh demo    # build + Xvfb + screenshot tools (make demo)
#   packaging/install-deps.sh test    # build + Xvfb (make test)
set -euo pipefail

profile="${1:-build}"

build_pkgs=(gcc pkg-config libgl1-mesa-dev xorg-dev)
# Xvfb + Mesa software GL let the real window run without a display;
# imagemagick's `import` takes the screenshot of it; poppler-utils renders PDFs.
headless_pkgs=(xvfb xauth libgl1-mesa-dri imagemagick x11-utils xdotool)
# A4 document tests: pdftoppm/pdftotext render and read the PDFs, zbarimg
# decodes their QR codes; CUPS with a cups-pdf queue for the drivers/a4
# integration test (drivers/a4/testdata/cups-pdf-queue.sh starts it).
a4_test_pkgs=(poppler-utils zbar-tools cups cups-client cups-bsd printer-driver-cups-pdf)

case "$profile" in
  build) want=("${build_pkgs[@]}") ;;
  test)  want=("${build_pkgs[@]}" "${headless_pkgs[@]}" "${a4_test_pkgs[@]}") ;;
  demo)  want=("${build_pkgs[@]}" "${headless_pkgs[@]}") ;;
  *) echo "install-deps: unknown profile '$profile' (build, test, demo)" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
