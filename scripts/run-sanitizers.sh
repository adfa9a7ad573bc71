#!/usr/bin/env bash
# Builds and runs the test suite under the sanitizers (docs/TESTING.md "Sanitizers").
#
#   scripts/run-sanitizers.sh asan          AddressSanitizer + UBSan: the whole suite,
#                                           group by group (core, sync, cli, ui, the rest)
#   scripts/run-sanitizers.sh tsan          ThreadSanitizer: the tsan test preset's tests
#                                           (sync, server, and the tests that start threads)
#   scripts/run-sanitizers.sh asan core ui  only the named groups (asan: core sync cli ui
#                                           rest; tsan: core sync ui)
#
# Each group builds only the executables its tests run (tests/sanitizers/targets_for_tests.py)
# and then runs them, so a finding in the core tests shows before the UI library is
# compiled. Builds with ccache when it is installed, at low priority (nice), with
# CT_SANITIZER_JOBS parallel jobs (2). Prints each step's wall time; exits non-zero when
# a build or a test group failed (the other groups still run).
set -uo pipefail
cd "$(dirname "$0")/.."

preset="${1:-}"
shift || true
case "${preset}" in
  asan) all_groups=(core sync cli ui rest) ;;
  tsan) all_groups=(core sync ui) ;;
  *) echo "usage: $0 asan|tsan [group...]" >&2; exit 2 ;;
esac
groups=("$@")
[ ${#groups[@]} -eq 0 ] && groups=("${all_groups[@]}")

jobs="${CT_SANITIZER_JOBS:-2}"
build_dir="build/${preset}"

# A group's CTest selection. Under tsan the preset's name filter applies as well.
selection() {
  case "$1" in
    core) echo "-L ^core$" ;;
    sync) echo "-L ^sync$" ;;
    cli) echo "-L ^cli$" ;;
    ui) echo "-L ^ui$" ;;
    rest) echo "-LE ^(core|sync|cli|ui)$" ;;
    *) echo "unknown group $1" >&2; return 1 ;;
  esac
}

step() { # step NAME COMMAND...: runs it, prints its wall time
  local name="$1"; shift
  local start=${SECONDS}
  "$@"
  local status=$?
  printf '%-28s %5d s  %s\n' "${name}" $((SECONDS - start)) "$([ ${status} -eq 0 ] && echo ok || echo FAILED)" >&2
  return ${status}
}

if [ ! -f "${build_dir}/CMakeCache.txt" ]; then
  if command -v ccache >/dev/null 2>&1; then
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
  fi
  step "configure ${preset}" cmake --preset "${preset}" >/dev/null || exit 1
fi

failed=0
for group in "${groups[@]}"; do
  read -r -a select <<<"$(selection "${group}")" || exit 2
  mapfile -t targets < <(python3 tests/sanitizers/targets_for_tests.py "${build_dir}" --preset "${preset}" "${select[@]}")
  if [ ${#targets[@]} -gt 0 ]; then
    if ! step "build ${group}" nice -n 15 cmake --build --preset "${preset}" -j "${jobs}" --target "${targets[@]}"; then
      failed=1
      continue
    fi
  fi
  step "test ${group}" ctest --preset "${preset}" -j "${jobs}" "${select[@]}" || failed=1
done
exit ${failed}
