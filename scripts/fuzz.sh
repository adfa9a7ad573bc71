#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang with AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each for a bounded time, seeded with the fixtures of
# the formats it reads (docs/TESTING.md, "Fuzzing"). Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# (default 60 s each; targets feed, orders, allocation, mapping). The corpus grows in build/fuzz/corpus;
# a finding is written to build/fuzz/findings/ and the script exits non-zero: make it a
# fixture and fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(feed orders allocation mapping); fi
bash scripts/install-deps.sh
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz
declare -A seeds=(
  [feed]="tests/fixtures/adapters"
  [orders]="tests/fixtures/orders"
  [allocation]="tests/fixtures/allocation"
  [mapping]="tests/fixtures/mappings"
)
mkdir -p build/fuzz/findings
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}"
export QT_QPA_PLATFORM=offscreen
status=0
for target in "${targets[@]}"; do
  corpus="build/fuzz/corpus/$target"
  mkdir -p "$corpus"
  echo "fuzz_$target: ${seconds} s, seeds ${seeds[$target]}"
  if ! "build/fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -max_len=1048576 -artifact_prefix="build/fuzz/findings/$target-" -print_final_stats=1 \
      "$corpus" "${seeds[$target]}"; then
    echo "fuzz_$target: a finding; see build/fuzz/findings/" >&2
    status=1
  fi
done
exit "$status"
