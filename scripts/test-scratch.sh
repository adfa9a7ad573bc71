# shellcheck shell=bash
# Sourced by run-tests.sh and run-tests-at-times.sh: the suite's scratch files (temporary
# stores, PostgreSQL clusters, exports) go to a folder in memory when the machine has one
# with room, as QDir::tempPath() and mktemp follow TMPDIR. Removing a test's files is most
# of what some suites wait on on a disk (a PostgreSQL suite's databases: 20 s of 100 on
# ext4 with discard), and SQLite's syncs cost nothing there. Tests never depend on it:
# without /dev/shm, or with less than CT_TEST_SCRATCH_MIN_MB free (2048 by default; the
# whole suite at two jobs peaked at 341 MB), or with CT_TEST_SCRATCH=disk, TMPDIR stays.
ct_use_memory_scratch() {
  local min_mb="${CT_TEST_SCRATCH_MIN_MB:-2048}"
  if [ "${CT_TEST_SCRATCH:-memory}" = "disk" ] || [ ! -d /dev/shm ] || [ ! -w /dev/shm ]; then
    return 0
  fi
  local free_mb
  free_mb=$(df -Pm /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }')
  if [ -z "$free_mb" ] || [ "$free_mb" -lt "$min_mb" ]; then
    echo "test scratch: /dev/shm has ${free_mb:-no} MB free (under ${min_mb}), scratch stays in ${TMPDIR:-/tmp}"
    return 0
  fi
  CT_TEST_SCRATCH_DIR=$(mktemp -d /dev/shm/ct-tests.XXXXXX)
  # PostgreSQL runs as the postgres user when the tests run as root: it must reach the folder.
  chmod 0755 "$CT_TEST_SCRATCH_DIR"
  export TMPDIR="$CT_TEST_SCRATCH_DIR"
  trap 'rm -rf "$CT_TEST_SCRATCH_DIR"' EXIT
  echo "test scratch: ${TMPDIR} (in memory, ${free_mb} MB free)"
}
