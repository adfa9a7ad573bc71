#!/usr/bin/env bash
# Builds the Control Tower desktop app and starts it on its default store (a local SQLite
# file in the platform's app-data folder, filled with demo data on first run). Installs
# missing packages first. Extra arguments go to the app (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset default
# Only what the app needs: not the tests, the benchmarks, the server or the tools.
cmake --build --preset default --target controltower
app=build/default/app/desktop/controltower
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the app on a virtual X display (xvfb-run)." >&2
  exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
