#!/usr/bin/env bash
# Builds the .deb from a built tree and checks it without installing it: unpacked into a
# throw-away root, its control file and contents, lintian, the desktop entry, the man page, the
# systemd unit (systemd-analyze verify), and the unpacked binary started the way the desktop
# entry starts it. With --install (CI, on a throw-away machine, as root) it is also installed
# with apt and checked again in place, then removed.
#   scripts/check-package.sh [BUILD_DIR] [--install]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
install=0
for argument in "$@"; do
    case "$argument" in
        --install) install=1 ;;
        *) build=$(cd "$argument" && pwd) ;;
    esac
done

fail() { echo "check-package: $*" >&2; exit 1; }
step() { echo "== $*"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "cpack"
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null 2>&1) || fail "cpack failed"
deb=$(ls "$work"/out/actiondeck_*.deb)
version=$("$build/app/actiondeck" --version | awk '{print $2}')
[[ "$(basename "$deb")" == "actiondeck_${version}_$(dpkg --print-architecture).deb" ]] ||
    fail "unexpected package name $(basename "$deb") for version $version"

step "control file"
control() { dpkg-deb -f "$deb" "$1"; }
[[ "$(control Package)" == actiondeck ]] || fail "Package is $(control Package)"
[[ "$(control Version)" == "$version" ]] || fail "Version $(control Version) is not $version"
depends=$(control Depends)
for dependency in libqt6core6 libqt6widgets6 libqt6network6 libqt6charts6 libqt6keychain1 \
    libboost-json1.81.0 libssl3 zlib1g libzstd1 libqt6sql6-sqlite qt6-qpa-plugins; do
    [[ "$depends" == *"$dependency"* ]] || fail "Depends lacks $dependency: $depends"
done

step "contents (dpkg -x)"
unpacked="$work/root"
dpkg -x "$deb" "$unpacked"
for file in usr/bin/actiondeck \
    usr/share/applications/actiondeck.desktop \
    usr/share/metainfo/actiondeck.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/actiondeck.svg \
    usr/share/icons/hicolor/48x48/apps/actiondeck.png \
    usr/share/icons/hicolor/256x256/apps/actiondeck.png \
    usr/share/actiondeck/translations/actiondeck_es.qm \
    usr/share/actiondeck/prometheus/actiondeck-alerts.yml \
    usr/share/actiondeck/grafana/actiondeck.json \
    usr/share/man/man1/actiondeck.1.gz \
    usr/share/doc/actiondeck/copyright \
    usr/share/doc/actiondeck/changelog.gz \
    usr/share/doc/actiondeck/CONNECT_LOOKER.md \
    usr/share/doc/actiondeck/examples/config.json \
    lib/systemd/system/actiondeck.service; do
    [[ -s "$unpacked/$file" ]] || fail "missing or empty: /$file"
done
[[ "$("$unpacked/usr/bin/actiondeck" --version)" == "actiondeck $version" ]] || fail "--version"
# The guide's pictures travel with it.
for picture in $(grep -o 'screenshots/[a-z-]*\.png' "$unpacked/usr/share/doc/actiondeck/CONNECT_LOOKER.md"); do
    [[ -s "$unpacked/usr/share/doc/actiondeck/$picture" ]] || fail "CONNECT_LOOKER.md shows a missing $picture"
done

step "lintian"
# Findings left, each explained in docs/PACKAGING.md; any other finding fails the check.
lintian --info --pedantic --suppress-tags \
    binary-has-unneeded-section,package-supports-alternative-init-but-no-init.d-script,spelling-error-in-binary \
    "$deb" >"$work/lintian.all" 2>&1 || true
grep -v 'running with root privileges' "$work/lintian.all" | tee "$work/lintian.txt" || true
[[ ! -s "$work/lintian.txt" ]] || fail "lintian findings above"

step "desktop entry, AppStream metadata and man page"
desktop-file-validate --no-hints "$unpacked/usr/share/applications/actiondeck.desktop"
# The one finding left (a reverse-DNS id needs a domain; docs/PACKAGING.md) is the only one allowed.
appstreamcli validate --no-net "$unpacked/usr/share/metainfo/actiondeck.metainfo.xml" \
    >"$work/appstream.txt" 2>&1 || true
if grep '^[EWI]:' "$work/appstream.txt" | grep -v 'cid-desktopapp-is-not-rdns'; then
    fail "AppStream findings above"
fi
MANWIDTH=80 man --warnings -l "$unpacked/usr/share/man/man1/actiondeck.1.gz" \
    >"$work/man.rendered" 2>"$work/man.err"
grep -q -- '--tls-cert' "$work/man.rendered" || fail "man page does not render or lacks --tls-cert"
[[ ! -s "$work/man.err" ]] || { cat "$work/man.err"; fail "man page warnings"; }
# Every option --help names is documented in the man page.
zcat "$unpacked/usr/share/man/man1/actiondeck.1.gz" | sed 's/\\-/-/g' >"$work/man.txt"
for option in $("$unpacked/usr/bin/actiondeck" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "$option" "$work/man.txt" || fail "man page lacks $option"
done

step "systemd unit"
# The unpacked binary stands in for /usr/bin/actiondeck; everything else as installed.
sed "s|/usr/bin/actiondeck|$unpacked/usr/bin/actiondeck|" \
    "$unpacked/lib/systemd/system/actiondeck.service" >"$work/actiondeck.service"
MANPATH="$unpacked/usr/share/man" systemd-analyze verify "$work/actiondeck.service"

step "the unit's command line"
# ExecStart as systemd would run it (%d: the credentials directory, %S: /var/lib), on the example
# configuration with its secrets filled in: the hub starts, answers, and exits 0 on SIGTERM.
mkdir -p "$work/credentials" "$work/state/actiondeck"
sed 's/"secret": ""/"secret": "unit-test-secret"/; s/"writeKey": ""/"writeKey": "unit-test-key"/;
     s/"listen": "127.0.0.1:8080"/"listen": "127.0.0.1:0", "admin": {"listen": "127.0.0.1:0"}/' \
    "$unpacked/usr/share/doc/actiondeck/examples/config.json" >"$work/credentials/config.json"
exec_start=$(sed -n 's/^ExecStart=//p' "$work/actiondeck.service")
exec_start=${exec_start//%d/$work/credentials}
exec_start=${exec_start//%S/$work/state}
$exec_start >"$work/unit.out" 2>"$work/unit.err" &
unit_pid=$!
for _ in $(seq 100); do grep -q '^listening on ' "$work/unit.out" && break; sleep 0.1; done
grep -q '^listening on http://127.0.0.1:' "$work/unit.out" ||
    { cat "$work/unit.err"; fail "the unit's ExecStart did not start the hub"; }
# An admin token made on the server, as root, for the running service: its admin API starts
# without a restart and takes the token (the file is given to the state directory's owner).
token=$("$unpacked/usr/bin/actiondeck" admin-token create --scope read --name check \
    --data-dir "$work/state/actiondeck" | tail -n 1)
for _ in $(seq 100); do grep -q '^admin API on ' "$work/unit.out" && break; sleep 0.1; done
admin=$(sed -n 's|^admin API on http://127.0.0.1:||p' "$work/unit.out")
[[ -n "$admin" ]] || { cat "$work/unit.err"; fail "the admin API did not start for a new token"; }
exec 3<>"/dev/tcp/127.0.0.1/$admin"
printf 'GET /api/v1/status HTTP/1.1\r\nHost: check\r\nAuthorization: Bearer %s\r\nConnection: close\r\n\r\n' \
    "$token" >&3
status_line=$(head -n 1 <&3)
exec 3<&-
[[ "$status_line" == "HTTP/1.1 200"* ]] || fail "the admin API refused a new token: $status_line"
# A source added through the admin API is kept in the state directory (owner-only), not in the
# read-only credential, and the unit's command line started again has it.
admin_token=$("$unpacked/usr/bin/actiondeck" admin-token create --scope admin --name check-admin \
    --data-dir "$work/state/actiondeck" | tail -n 1)
admin_request() { # METHOD PATH EXTRA_FIELDS BODY: the whole answer
    exec 3<>"/dev/tcp/127.0.0.1/$admin"
    printf '%s %s HTTP/1.1\r\nHost: check\r\nAuthorization: Bearer %s\r\n%sContent-Length: %s\r\nConnection: close\r\n\r\n%s' \
        "$1" "$2" "$admin_token" "$3" "${#4}" "$4" >&3
    cat <&3
    exec 3<&-
}
etag=$(admin_request GET /api/v1/config "" "" | sed -n 's/^etag: *\([^\r]*\)\r*$/\1/Ip')
[[ -n "$etag" ]] || fail "GET /api/v1/config gave no ETag"
patched=$(admin_request PATCH /api/v1/config "If-Match: $etag"$'\r\n' \
    '{"sources": {"Added": {"dataPlaneUrl": "https://added.example.com", "writeKey": "added-key"}}}')
[[ "$patched" == "HTTP/1.1 200"* ]] || fail "PATCH /api/v1/config: ${patched%%$'\r'*}"
overlay="$work/state/actiondeck/config-overlay.json"
[[ "$(stat -c %a "$overlay")" == 600 ]] || fail "$overlay is not owner-only"
grep -q '"added-key"' "$overlay" || fail "the change is not in $overlay"
grep -q 'Added' "$work/credentials/config.json" && fail "the change was written into the credential"
kill -TERM "$unit_pid"
wait "$unit_pid" || fail "the hub did not exit 0 on SIGTERM"
$exec_start >"$work/unit.out" 2>>"$work/unit.err" &
unit_pid=$!
for _ in $(seq 100); do grep -q '^admin API on ' "$work/unit.out" && break; sleep 0.1; done
admin=$(sed -n 's|^admin API on http://127.0.0.1:||p' "$work/unit.out")
[[ -n "$admin" ]] || { cat "$work/unit.err"; fail "the unit's command line did not start again"; }
admin_request GET /api/v1/config "" "" | grep -q '"name":"Added"' ||
    fail "the source added through the admin API is gone after a restart"
grep -q 'added-key' "$work/unit.err" && fail "a write key reached the log"
kill -TERM "$unit_pid"
wait "$unit_pid" || fail "the hub did not exit 0 on SIGTERM"
[[ -f "$work/state/actiondeck/outbox.sqlite" ]] || fail "no outbox in the state directory"

step "example configuration"
# Ships without secrets, so a service started on it unchanged refuses with a clear reason.
out=$("$unpacked/usr/bin/actiondeck" --headless --config \
    "$unpacked/usr/share/doc/actiondeck/examples/config.json" --data-dir "$work/data" 2>&1) &&
    fail "the example configuration started a hub without secrets"
grep -q 'region "US" has neither a secret nor a token' <<<"$out" || fail "unclear: $out"

launch_from_desktop_entry() { # $1: desktop file, $2: prefix to put before the command
    local exec
    exec=$(sed -n 's/^Exec=//p' "$1")
    QT_QPA_PLATFORM=offscreen ACTIONDECK_NO_KEYCHAIN=1 HOME="$work/home" \
        timeout 60 $2$exec --data-dir "$work/window" --config "$work/window/config.json" \
        --screenshot "$work/window.png"
    [[ -s "$work/window.png" ]] || fail "the window did not come up from the desktop entry"
    rm -f "$work/window.png"
}
step "launch from the desktop entry (unpacked)"
launch_from_desktop_entry "$unpacked/usr/share/applications/actiondeck.desktop" "$unpacked/usr/bin/"

if [[ $install -eq 1 ]]; then
    step "apt install"
    [[ $(id -u) -eq 0 ]] || fail "--install needs root (it is meant for a throw-away CI machine)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >/dev/null
    systemd-analyze verify /lib/systemd/system/actiondeck.service
    launch_from_desktop_entry /usr/share/applications/actiondeck.desktop ""
    man -w actiondeck >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get remove -y actiondeck >/dev/null
fi
echo "check-package: $(basename "$deb") is good"
