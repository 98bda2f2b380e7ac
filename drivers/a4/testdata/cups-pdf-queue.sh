#!/usr/bin/env bash
# Brings up CUPS with a cups-pdf queue for TestCUPSIntegration (drivers/a4).
# Run as root on Debian 12 after `packaging/install-deps.sh test`, which
# installs cups, cups-client, cups-bsd and printer-driver-cups-pdf:
#
#   drivers/a4/testdata/cups-pdf-queue.sh [queue]     # default queue: kiosk-pdf
#
# Safe to run again: a running scheduler and an existing queue are kept.
# cupsd is started in the background as a daemon (no systemd needed); stop
# it with: kill "$(cat /run/cups/cupsd.pid)". Jobs come out as PDFs in the
# submitting user's ~/PDF (cups-pdf's default Out ${HOME}/PDF), /root/PDF
# for root.
set -euo pipefail

queue="${1:-kiosk-pdf}"
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd

if [ "$(id -u)" -ne 0 ]; then
  echo "cups-pdf-queue: must run as root (cupsd, lpadmin)" >&2
  exit 1
fi
for tool in cupsd lpadmin lpstat; do
  if ! command -v "$tool" >/dev/null; then
    echo "cups-pdf-queue: $tool missing: run packaging/install-deps.sh test" >&2
    exit 1
  fi
done
if [ ! -f "$ppd" ]; then
  echo "cups-pdf-queue: $ppd missing: install printer-driver-cups-pdf" >&2
  exit 1
fi

running() { LC_ALL=C lpstat -r 2>/dev/null | grep -qx "scheduler is running"; }

if ! running; then
  mkdir -p /run/cups
  cupsd   # forks into the background once it listens
  for _ in $(seq 100); do
    running && break
    sleep 0.1
  done
  running || { echo "cups-pdf-queue: cupsd did not come up; see /var/log/cups/error_log" >&2; exit 1; }
fi

if ! LC_ALL=C lpstat -p "$queue" >/dev/null 2>&1; then
  # -E after -p enables the queue and makes it accept jobs.
  lpadmin -p "$queue" -v cups-pdf:/ -P "$ppd" -E 2>&1 | grep -v "drivers are deprecated" >&2 || true
fi
cupsenable "$queue"
cupsaccept "$queue"
LC_ALL=C lpstat -p "$queue" -a "$queue"
