#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and open ActionDeck. Arguments go to the app.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DACTIONDECK_BUILD_TESTS=OFF
exec "$root/build/app/actiondeck" "$@"
