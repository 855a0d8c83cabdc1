#!/usr/bin/env bash
# Memory of previewing a Look of a million rows with "all rows": `actiondeck looker preview-look
# --limit all` against Looker's API stand-in (the tests' looker_standin, serving a Look of N
# generated rows), and `actiondeck preview` of the same json_detail file as the plain reference.
# Both should stream: peak RSS flat, whatever N. Needs GNU time (`time`) and curl.
# Usage: bench/preview-look-memory.sh [BUILD] [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
rows=${2:-1000000}
app=$build/app/actiondeck
standin=$build/tests/looker_standin
work=$(mktemp -d)
trap 'kill "${standin_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'bench-secret\n' > "$work/secret"
"$standin" "$port" bench-client --look-rows "$rows" < "$work/secret" > "$work/url" &
standin_pid=$!
for _ in $(seq 600); do [[ -s $work/url ]] && break; sleep 0.1; done
url=$(cat "$work/url")
# The same result as a file, for the plain preview.
token=$(curl -s --data 'client_id=bench-client&client_secret=bench-secret' "$url/api/4.0/login" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
curl -s -H "Authorization: token $token" -o "$work/look.json" \
    "$url/api/4.0/looks/1000/run/json_detail?apply_formatting=false&apply_vis=false&limit=-1"
measure() { # label command...
    /usr/bin/time -f "%M %e" -o "$work/time" "${@:2}" > /dev/null 2> "$work/stderr" || true
    # GNU time puts "Command exited with non-zero status N" first when it did.
    read -r kb seconds < <(tail -n 1 "$work/time")
    awk -v label="$1" -v rows="$rows" -v kb="$kb" -v s="$seconds" \
        'BEGIN { printf "%-34s %8d rows %8.1f MB peak RSS %7.2f s\n", label, rows, kb / 1024, s }'
}
printf 'result: %s bytes\n' "$(stat -c %s "$work/look.json")"
measure "actiondeck preview (file)" "$app" preview --action identify "$work/look.json"
measure "actiondeck looker preview-look" "$app" looker preview-look 1000 --action identify \
    --limit all --looker-url "$url" --client-id bench-client --client-secret-file "$work/secret"
