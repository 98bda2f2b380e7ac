#!/usr/bin/env bash
# Runs the kiosk demo (embedded hall, demo data, kiosk window).
# With a display: the kiosk window, fullscreen unless -windowed is given.
# Without one: the real window under Xvfb; the script taps through the
# attract screen, the home screen and the approval catalog, saves a
# screenshot of each, prints where, and stops.
set -euo pipefail

kiosk="${1:?usage: demo.sh path/to/kiosk [flags]}"
shift

# Fyne reads the locale from LANG and complains about "C"; the kiosk picks
# its language itself, so any well-formed tag will do.
case "${LANG:-C}" in C|C.*|POSIX) export LANG=zh_CN.UTF-8 ;; esac

if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
  exec "$kiosk" -demo "$@"
fi

out="$(pwd)/out/demo"
mkdir -p "$out"
echo "demo: no display found; running the kiosk under Xvfb (1920x1080)"
export KIOSK_BIN="$kiosk" OUT="$out"
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
  set -euo pipefail
  "$KIOSK_BIN" -demo "$@" > "$OUT/kiosk.log" 2>&1 &
  pid=$!
  trap "kill $pid 2>/dev/null || true" EXIT
  # Wait for the window to appear (at most 20 s).
  for _ in $(seq 1 40); do
    if xwininfo -root -tree 2>/dev/null | grep -q "顺德区村居行政服务站\|kiosk"; then break; fi
    kill -0 $pid 2>/dev/null || { cat "$OUT/kiosk.log"; exit 1; }
    sleep 0.5
  done
  sleep 3  # first sync with the embedded hall
  import -window root "$OUT/1-attract.png"
  xdotool mousemove 960 540 click 1; sleep 1
  import -window root "$OUT/2-home.png"
  xdotool mousemove 270 340 click 1; sleep 1
  import -window root "$OUT/3-approvals.png"
  xdotool mousemove 300 400 click 1; sleep 1
  import -window root "$OUT/4-department.png"
  xdotool mousemove 600 400 click 1; sleep 1
  import -window root "$OUT/5-item.png"
  # Print the guide: the simulated printer draws the receipt in out/demo/receipts.
  xdotool mousemove 1420 820 click 1; sleep 3
  import -window root "$OUT/6-printed.png"
  kill $pid
' bash "$@"
echo "demo: screenshots of the real window saved in $out:"
ls -1 "$out"/*.png
