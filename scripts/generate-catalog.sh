#!/usr/bin/env bash
# Regenerates resources/catalog/catalog.json from Looker's event page (Spanish, the seed),
# ActionDeck's English translation and the hand-reviewed attribute types, with the same parser
# the tests check the result with.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" -DACTIONDECK_BUILD_TESTS=OFF > /dev/null
"$root/build/app/actiondeck" catalog --generate \
    "$root/resources/catalog/looker_events_es.txt" \
    "$root/resources/catalog/looker_events_en.json" \
    "$root/resources/catalog/attribute_types.json" \
    "$root/resources/catalog/catalog.json"
