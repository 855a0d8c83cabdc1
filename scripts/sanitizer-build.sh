#!/usr/bin/env bash
# Builds targets of a sanitizer build with clang-14: `address` (ASan + UBSan, also the fuzz
# targets) in ./build-asan, `thread` (TSan) in ./build-tsan. Prints nothing but the build's
# errors; the build directory is the one scripts/check-sanitizers.sh and scripts/fuzz.sh use.
# Usage: scripts/sanitizer-build.sh address|thread [TARGET...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:?usage: sanitizer-build.sh address|thread [TARGET...]}
shift
case "$mode" in
address) build="$root/build-asan" ;;
thread) build="$root/build-tsan" ;;
*) echo "sanitizer-build.sh: unknown mode '$mode' (address or thread)" >&2 && exit 2 ;;
esac

# libclang-rt-14-dev holds libFuzzer and the sanitizer runtimes; it is only a Recommends of
# clang-14, which install-deps' --no-install-recommends would leave out.
"$root/scripts/install-deps.sh" clang-14 libclang-rt-14-dev
# Lean for CI: the sanitizer's own -O1 (cmake/Sanitizers.cmake), no hardening flags (ASan does
# that checking), no benchmarks.
mkdir -p "$build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Sanitize \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DACTIONDECK_SANITIZER="$mode" -DACTIONDECK_HARDENING=OFF \
    -DACTIONDECK_BUILD_TESTS=ON -DACTIONDECK_BUILD_BENCHMARKS=OFF >"$build/configure.log" ||
    { cat "$build/configure.log" >&2 && exit 1; }
targets=()
for target in "$@"; do targets+=(--target "$target"); done
if ! cmake --build "$build" --parallel "$(nproc)" "${targets[@]}" >"$build/build.log"; then
    grep -E 'error:|FAILED:' "$build/build.log" | head -n 40 >&2 || true
    tail -n 20 "$build/build.log" >&2
    exit 1
fi
