#!/usr/bin/env bash
# The tests under sanitizers (docs/RELIABILITY.md).
#   address: ASan + UBSan, an undefined behaviour stops the program; every test, or with
#            --engine-only the engine's (CTest label "engine": no GUI, no actiondeck binary).
#   thread:  TSan over the tests where threads meet: the HTTP front, the hub's front, the admin
#            API's event stream, the outbox thread, delivery and the connection classes.
# A report anywhere fails the run, also one from a process a test started (the hub under test):
# every sanitizer writes its reports to files, which are counted and shown at the end.
# Usage: scripts/check-sanitizers.sh address|thread [--engine-only]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
usage() { echo "usage: $0 address|thread [--engine-only]" >&2 && exit 2; }
mode=${1:-}
scope=${2:-}
[[ "$mode" == address || "$mode" == thread ]] || usage
[[ -z "$scope" || "$scope" == --engine-only ]] || usage
[[ "$mode" == thread && -n "$scope" ]] && usage

# TSan's set: one test program per place where the network thread, the outbox thread or a
# delivery worker hands over to the Qt thread.
thread_tests=(httpservertest httpexchangetest hubfronttest eventstreamtest outboxstoretest
    outboxcontracttest deliveryworkertest hubconnectiontest remotehubconnectiontest)

start=$(date +%s)
if [[ "$mode" == address ]]; then
    build="$root/build-asan"
    if [[ "$scope" == --engine-only ]]; then
        "$root/scripts/sanitizer-build.sh" address engine_tests
    else
        "$root/scripts/sanitizer-build.sh" address
    fi
else
    build="$root/build-tsan"
    "$root/scripts/sanitizer-build.sh" thread "${thread_tests[@]}"
fi
echo "sanitizers ($mode): built in $(($(date +%s) - start)) s"

reports="$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
supp="$root/tests/sanitizers"
export ASAN_OPTIONS="log_path=$reports/report:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="log_path=$reports/report:print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
# Debian's Qt is not built with TSan: the memory operations its own code makes (malloc, free and
# memcpy of event objects, of its HTTP thread's buffers) are ordered by Qt mutexes TSan can't see,
# so they are not checked (ignore_noninstrumented_modules); our code and Qt's header templates
# compiled into it still are (tests/sanitizers/tsan.supp).
export TSAN_OPTIONS="log_path=$reports/tsan:suppressions=$supp/tsan.supp:second_deadlock_stack=1:halt_on_error=0:ignore_noninstrumented_modules=1"
export QT_QPA_PLATFORM=offscreen

status=0
run_start=$(date +%s)
if [[ "$mode" == address ]]; then
    labels=()
    [[ "$scope" == --engine-only ]] && labels=(-L '^engine$')
    (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" "${labels[@]}") || status=$?
else
    passed=0
    for test in "${thread_tests[@]}"; do
        log="$build/$test.log"
        if "$build/tests/$test" >"$log" 2>&1; then
            count=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) tests\?\..*/\1/p' "$log")
            echo "$test: ${count:-0} tests passed"
            passed=$((passed + ${count:-0}))
        else
            echo "$test: failed"
            cat "$log"
            status=1
        fi
    done
fi
echo "sanitizers ($mode): tests ran in $(($(date +%s) - run_start)) s"

mapfile -t found < <(find "$reports" -type f | sort)
if ((${#found[@]} > 0)); then
    # The first 200 lines of each (a TSan file can hold thousands of warnings); all stay there.
    for report in "${found[@]}"; do
        echo "--- ${report#"$build"/} ($(grep -c '^SUMMARY: ' "$report" || true) reports)"
        head -n 200 "$report"
    done
    echo "sanitizers ($mode): ${#found[@]} reports"
    exit 1
fi
[[ "$mode" == thread ]] && echo "sanitizers (thread): $passed tests passed"
echo "sanitizers ($mode): no report"
exit "$status"
