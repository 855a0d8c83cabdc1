#!/usr/bin/env bash
# Several hubs on one PostgreSQL outbox (docs/PERFORMANCE.md): ROWS rows (default 1 M) in six
# executes sent at once, spread over the hubs, delivered to a counting loopback data plane —
# one hub on its own SQLite file, one hub on PostgreSQL, three hubs sharing PostgreSQL. A real
# PostgreSQL 15 is started for each run in a temporary directory. Prints a Markdown table.
# Usage: scripts/bench-fleet.sh [ROWS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=Release -DACTIONDECK_BUILD_TESTS=ON \
    -DACTIONDECK_BUILD_BENCHMARKS=ON > /dev/null
work=${ACTIONDECK_BENCH_DIR:-$root/build/bench-fleet}
rows=${1:-1000000}
driver=("$root/build/bench/actiondeck_fleetbench" --binary "$root/build/app/actiondeck"
        --work "$work" --rows "$rows" --executes 6)
"${driver[@]}" --header
"${driver[@]}" --hubs 1 --sqlite
"${driver[@]}" --hubs 1
"${driver[@]}" --hubs 3
