# Sanitizer builds (scripts/check-sanitizers.sh, scripts/fuzz.sh): ACTIONDECK_SANITIZER is
# "address" (ASan + UBSan, an undefined behaviour stops the program) or "thread" (TSan). Needs
# clang: libFuzzer and the sanitizer runtimes come from libclang-rt-14-dev.
set(ACTIONDECK_SANITIZER "" CACHE STRING "address, thread or empty")
set_property(CACHE ACTIONDECK_SANITIZER PROPERTY STRINGS "" address thread)

if(ACTIONDECK_SANITIZER STREQUAL "")
    return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ACTIONDECK_SANITIZER needs clang (CMAKE_CXX_COMPILER=clang++-14)")
endif()

# -O1 keeps the sanitized tests fast enough for CI; line tables are all a report's stack needs
# and build much faster than full debug information.
add_compile_options(-O1 -gline-tables-only -fno-omit-frame-pointer)
# Tests that assert memory or time limits scale them by this (tests/support/sanitizerscale.h).
add_compile_definitions(ACTIONDECK_SANITIZER_BUILD)

if(ACTIONDECK_SANITIZER STREQUAL "address")
    # The fuzz targets (fuzz/) are built from the same objects as the tests, so one build serves
    # both CI steps: everything carries libFuzzer's coverage; only the targets link its main().
    set(flags -fsanitize=address,undefined -fno-sanitize-recover=undefined
              -fsanitize=fuzzer-no-link)
elseif(ACTIONDECK_SANITIZER STREQUAL "thread")
    add_compile_definitions(ACTIONDECK_THREAD_SANITIZER)
    set(flags -fsanitize=thread)
else()
    message(FATAL_ERROR "ACTIONDECK_SANITIZER: unknown \"${ACTIONDECK_SANITIZER}\"")
endif()
add_compile_options(${flags})
add_link_options(${flags})
