#!/usr/bin/env bash
# End-to-end benchmark (docs/PERFORMANCE.md): 10 k, 100 k and 1 M generated rows streamed from a
# loopback download_url, and 10 k and 100 k inline, through `actiondeck --headless` to a counting
# loopback data plane; then each size as a schedule sending only new or changed rows (its first
# run, and the same result again); then each size as a shuffled System Activity result (Event
# Attribute Explore) through the Rudder System Activity action. Prints a Markdown table. Usage: scripts/bench-e2e.sh [ROWS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=Release -DACTIONDECK_BUILD_TESTS=ON \
    -DACTIONDECK_BUILD_BENCHMARKS=ON > /dev/null
work=${ACTIONDECK_BENCH_DIR:-$root/build/bench-e2e}
driver=("$root/build/bench/actiondeck_e2e" --binary "$root/build/app/actiondeck" --work "$work")
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
"${driver[@]}" --header
for rows in "${sizes[@]}"; do
    "${driver[@]}" --rows "$rows"
done
for rows in "${sizes[@]}"; do
    if [ "$rows" -le 100000 ]; then
        "${driver[@]}" --rows "$rows" --inline
    fi
done
for rows in "${sizes[@]}"; do
    "${driver[@]}" --rows "$rows" --changed
done
for rows in "${sizes[@]}"; do
    "${driver[@]}" --rows "$rows" --system-activity
done
