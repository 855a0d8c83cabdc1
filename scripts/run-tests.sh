#!/usr/bin/env bash
# Quick start 2: install what is missing, build everything, check formatting, run every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/check-format.sh"
"$root/scripts/build.sh" -DACTIONDECK_BUILD_TESTS=ON -DACTIONDECK_BUILD_BENCHMARKS=ON
cd "$root/build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300
