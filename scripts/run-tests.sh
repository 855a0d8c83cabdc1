#!/usr/bin/env bash
# Quick start 2: install what is missing, build everything, check formatting, run every test,
# then build the .deb and check it (ACTIONDECK_CHECK_INSTALL=1: also install it; CI does).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/check-format.sh"
"$root/scripts/build.sh" -DACTIONDECK_BUILD_TESTS=ON -DACTIONDECK_BUILD_BENCHMARKS=ON
cd "$root/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300
cd "$root"
if [[ "${ACTIONDECK_CHECK_INSTALL:-0}" == 1 ]]; then
    "$root/scripts/check-package.sh" "$root/build" --install
else
    "$root/scripts/check-package.sh" "$root/build"
fi
