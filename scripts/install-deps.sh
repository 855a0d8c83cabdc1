#!/usr/bin/env bash
# Installs the Debian 12 packages ActionDeck needs, only when some are missing. Packages named as
# arguments are needed too (scripts/sanitizer-build.sh: clang-14 libclang-rt-14-dev).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libboost-json1.81-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    zlib1g-dev libdeflate-dev libzstd-dev libxxhash-dev libssl-dev qtkeychain-qt6-dev
    xvfb xauth fonts-dejavu-core clang-format
    # The keychain tests talk to a real Secret Service (scripts/with-keyring.sh).
    gnome-keyring dbus
    # promtool checks the admin API's /metrics and the shipped alerting rules in tests.
    prometheus
    # An independent JSON Schema validator checks the System Activity tracking plan in a test.
    python3 python3-jsonschema
    # The PostgreSQL outbox talks libpq; its tests start a real PostgreSQL 15 (initdb, pg_ctl).
    libpq-dev postgresql
    # Building and checking the .deb (scripts/check-package.sh).
    file lintian desktop-file-utils appstream man-db systemd
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
"${sudo[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
