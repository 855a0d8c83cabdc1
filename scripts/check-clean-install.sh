#!/usr/bin/env bash
# Installs the .deb into a fresh, minimal Debian 12 made with debootstrap (nothing of this
# machine's packages), then starts the window from the installed desktop entry (offscreen,
# saving a screenshot) and the headless hub. Needs root and Debian's mirror; takes a few minutes,
# so it is not part of the test command. Usage: scripts/check-clean-install.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
[[ $(id -u) -eq 0 ]] || { echo "check-clean-install: needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null ||
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends debootstrap

work=$(mktemp -d)
cleanup() {
    umount "$work/debian/proc" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack"
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null 2>&1)
deb=$(ls "$work"/out/actiondeck_*.deb)

echo "== debootstrap bookworm (minbase)"
debootstrap --variant=minbase bookworm "$work/debian" http://deb.debian.org/debian >"$work/debootstrap.log"
mount -t proc proc "$work/debian/proc"
cp "$deb" "$work/debian/tmp/"
in_root() { chroot "$work/debian" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

echo "== apt install ./$(basename "$deb")"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$work/apt.log"
in_root dpkg -s actiondeck | grep -q '^Status: install ok installed'
in_root actiondeck --version

echo "== launch from the desktop entry"
exec_line=$(sed -n 's/^Exec=//p' "$work/debian/usr/share/applications/actiondeck.desktop")
in_root env QT_QPA_PLATFORM=offscreen ACTIONDECK_NO_KEYCHAIN=1 \
    timeout 60 $exec_line --data-dir /tmp/window --config /tmp/window/config.json \
    --screenshot /tmp/window.png 2>/dev/null
[[ -s "$work/debian/tmp/window.png" ]] || { echo "the window did not come up" >&2; exit 1; }
cp "$work/debian/tmp/window.png" "$build/clean-install-window.png"

echo "== headless"
in_root timeout 5 actiondeck --headless --listen 127.0.0.1:0 --hub-secret US=s \
    --data-dir /tmp/hub >"$work/debian/tmp/hub.out" 2>/dev/null || true
grep '^listening on http://127.0.0.1:' "$work/debian/tmp/hub.out"

echo "check-clean-install: $(basename "$deb") installs and runs on a fresh Debian 12" \
    "(window: $build/clean-install-window.png)"
