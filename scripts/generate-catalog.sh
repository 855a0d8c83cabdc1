#!/usr/bin/env bash
# Regenerates resources/catalog/catalog.json from Looker's event page (Spanish, the seed) and
# ActionDeck's English translation, with the same parser the tests check the result with.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" -DACTIONDECK_BUILD_TESTS=OFF > /dev/null
"$root/build/app/actiondeck" catalog --generate \
    "$root/resources/catalog/looker_events_es.txt" \
    "$root/resources/catalog/looker_events_en.json" \
    "$root/resources/catalog/catalog.json"
