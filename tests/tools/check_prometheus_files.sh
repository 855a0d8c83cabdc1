#!/usr/bin/env bash
# The monitoring files the package ships, checked with promtool (Debian's prometheus, which
# scripts/install-deps.sh installs): the alerting rules are valid and their unit tests pass, the
# example exposition is valid, and the Grafana dashboard is JSON whose queries parse.
#   tests/tools/check_prometheus_files.sh [SOURCE_DIR]
set -euo pipefail
root=$(cd "${1:-$(dirname "$0")/../..}" && pwd)

if ! command -v promtool >/dev/null; then
    echo "check_prometheus_files: promtool is missing; scripts/install-deps.sh installs it" \
         "(Debian package prometheus)" >&2
    exit 1
fi

promtool check rules "$root/packaging/prometheus/actiondeck-alerts.yml"
promtool test rules "$root/packaging/prometheus/actiondeck-alerts.test.yml"
promtool check metrics <"$root/tests/data/metrics/runs-metrics.prom"
echo "runs-metrics.prom: valid exposition"

# Each panel's query, with Grafana's variables filled in, as a recording rule promtool parses.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$root/packaging/grafana/actiondeck.json" >"$work/dashboard-queries.yml" <<'PYTHON'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    dashboard = json.load(f)
assert dashboard["uid"] == "actiondeck" and dashboard["panels"], "not the ActionDeck dashboard"
print("groups:\n  - name: dashboard\n    rules:")
for panel in dashboard["panels"]:
    for target in panel["targets"]:
        expr = target["expr"].replace("$__rate_interval", "1m").replace("$instance", ".*")
        print(f"      - record: panel_{panel['id']}_{target['refId']}")
        print(f"        expr: {json.dumps(expr)}")
PYTHON
promtool check rules "$work/dashboard-queries.yml" >/dev/null
echo "actiondeck.json: $(grep -c 'record:' "$work/dashboard-queries.yml") panel queries parse"
