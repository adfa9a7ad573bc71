#!/usr/bin/env bash
# Builds Control Tower with warnings as errors and runs every test suite (no display
# needed: tests use Qt's offscreen platform). Installs missing packages first.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
# shellcheck source=scripts/test-scratch.sh
source scripts/test-scratch.sh
ct_use_memory_scratch
ctest --preset ci --parallel "$(nproc)"
