#!/usr/bin/env bash
# Runs the whole CTest suite under faketime at instants that have broken date code
# elsewhere, to prove that no test depends on when (or in which time zone) it runs.
#
#   scripts/run-tests-at-times.sh                   every instant below
#   scripts/run-tests-at-times.sh midnight dst-eu   the named ones
#   scripts/run-tests-at-times.sh '2027-01-01 00:05:00 UTC|Asia/Kolkata'   any instant|zone
#
# Expects the suite built (scripts/run-tests.sh, or cmake --build --preset ci). Each run
# starts the clock at its instant, and the clock runs on from there. Each row also sets
# TZ, so local-time code meets a zone other than the machine's. Prints one line per run
# and exits non-zero when any run failed; a failed run's output is kept in the build
# folder (build/ci/faketime-<name>.log).
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${CT_TEST_PRESET:-ci}"
build_dir="build/${preset}"

# name|instant (UTC)|TZ
instants=(
  "midnight|2026-12-02 00:25:00 UTC|UTC"
  "new-year-eve|2026-12-31 23:30:00 UTC|Pacific/Auckland"
  "dst-eu|2027-03-28 01:30:00 UTC|Europe/Berlin"
  "dst-us|2027-03-14 07:30:00 UTC|America/New_York"
  "leap-day|2028-02-29 12:00:00 UTC|Asia/Kolkata"
  "monday|2027-07-05 06:10:00 UTC|America/Los_Angeles"
  "sunday|2027-07-04 15:00:00 UTC|Europe/London"
)

if ! command -v faketime >/dev/null 2>&1; then
  echo "error: faketime is not installed (apt-get install faketime, or scripts/install-deps.sh)" >&2
  exit 2
fi
if [ ! -f "${build_dir}/CTestTestfile.cmake" ]; then
  echo "error: no test build in ${build_dir}: run scripts/run-tests.sh first" >&2
  exit 2
fi

selected=()
if [ $# -eq 0 ]; then
  selected=("${instants[@]}")
else
  for want in "$@"; do
    found=""
    for row in "${instants[@]}"; do
      if [ "${row%%|*}" = "$want" ]; then found="$row"; fi
    done
    if [ -z "$found" ]; then
      if [[ "$want" == *"|"* ]]; then
        found="custom|${want}"
        [[ "$found" == *"|"*"|"* ]] || found="${found}|UTC"
      else
        echo "error: unknown instant \"$want\"; known: $(printf '%s ' "${instants[@]%%|*}")" >&2
        exit 2
      fi
    fi
    selected+=("$found")
  done
fi

# shellcheck source=scripts/test-scratch.sh
source scripts/test-scratch.sh
ct_use_memory_scratch

failed=0
for row in "${selected[@]}"; do
  IFS='|' read -r name instant zone <<<"$row"
  log="${build_dir}/faketime-${name}.log"
  start=$(date +%s)
  # PostgreSQL's own timers (lock_timeout, statement_timeout) stall under libfaketime, so
  # the throwaway clusters the PostgreSQL suites start keep the real clock: the instant
  # under test is the client's and the control tower server's.
  # The benches' smoke runs (label "bench") are left out: they read no calendar (their
  # stores are seeded at a fixed instant) and assert no dates, they run once in the plain
  # suite, and at three instants in CI they cost about 35 s each. CT_TIMES_WITH_BENCHES=1
  # keeps them in (with the load bench's smoke run cut from 60 s to 10).
  label_filter=(-LE bench)
  if [ "${CT_TIMES_WITH_BENCHES:-0}" = "1" ]; then label_filter=(); fi
  if CT_BENCH_SMOKE_SECONDS=10 TZ="$zone" FAKETIME_SKIP_CMDS=postgres,initdb,pg_ctl faketime "$instant" ctest --preset "$preset" --parallel "$(nproc)" "${label_filter[@]}" >"$log" 2>&1; then
    echo "ok      ${name}: ${instant}, TZ=${zone} ($(( $(date +%s) - start )) s)"
  else
    failed=1
    echo "FAILED  ${name}: ${instant}, TZ=${zone} ($(( $(date +%s) - start )) s); output in ${log}:"
    sed -n '/tests passed/,$p' "$log"
  fi
done
exit "$failed"
