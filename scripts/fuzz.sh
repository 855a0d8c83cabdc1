#!/usr/bin/env bash
# Runs every libFuzzer target (fuzz/<target>.cpp) for SECONDS each (60 unless given), from its
# seed corpus (fuzz/corpus/<target>/) and dictionary, then every input under
# fuzz/regressions/<target>/ once. Builds them first in the ASan + UBSan build (./build-asan).
# Prints libFuzzer's "Done N runs in M second(s)" line per target; a crash, leak, timeout or
# memory blow-up is a finding, shown with its report and kept in build-asan/fuzz/findings/.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS]" >&2 && exit 2; }

"$root/scripts/sanitizer-build.sh" address fuzz_targets
build="$root/build-asan"
work="$build/fuzz"
mkdir -p "$work"

# Limits: a parse of one input (64 KB at most) that takes 10 s, an allocation of 256 MB, or
# 2 GB resident (ASan's own share included) is a path without a bound, and reported as such.
limits=(-max_len=65536 -timeout=10 -malloc_limit_mb=256 -rss_limit_mb=2048)
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

dictionary_of() {
    case "$1" in
    httprequesthead | httpchunkedbody) echo "$root/fuzz/dict/http.dict" ;;
    ssereader) echo "$root/fuzz/dict/sse.dict" ;;
    payloadcodec | systemactivitymerger) ;;
    *) echo "$root/fuzz/dict/json.dict" ;;
    esac
}

targets=0
findings=0
for source in "$root"/fuzz/*.cpp; do
    target=$(basename "$source" .cpp)
    binary="$build/fuzz/fuzz_$target"
    targets=$((targets + 1))
    # libFuzzer adds what it finds to the first directory: a scratch copy, not the seeds.
    corpus="$work/corpus/$target"
    findings_dir="$work/findings/$target"
    mkdir -p "$corpus" "$findings_dir"
    options=("${limits[@]}" -max_total_time="$seconds" -print_final_stats=1
        -artifact_prefix="$findings_dir/")
    dictionary=$(dictionary_of "$target")
    [[ -n "$dictionary" ]] && options+=(-dict="$dictionary")
    log="$work/$target.log"
    if "$binary" "${options[@]}" "$corpus" "$root/fuzz/corpus/$target" >"$log" 2>&1; then
        done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 || true)
        coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -n 1 || true)
        echo "$target: $done_line ($coverage)"
    else
        findings=$((findings + 1))
        echo "$target: FINDING (log: ${log#"$root"/}, input in ${findings_dir#"$root"/}/)"
        grep -vE '^(#[0-9]+|INFO:|MS:|Loaded|Dictionary:)' "$log" | tail -n 80 || true
    fi
    # Every input that once crashed a target, run again.
    regressions="$root/fuzz/regressions/$target"
    if [[ -d "$regressions" ]] && [[ -n "$(ls -A "$regressions")" ]]; then
        if "$binary" "${limits[@]}" "$regressions"/* >"$work/$target.regressions.log" 2>&1; then
            echo "$target: $(find "$regressions" -type f | wc -l) regression inputs pass"
        else
            findings=$((findings + 1))
            echo "$target: a regression input FAILS again"
            tail -n 60 "$work/$target.regressions.log"
        fi
    fi
done
echo "fuzz: $targets targets, $findings findings"
((findings == 0))
