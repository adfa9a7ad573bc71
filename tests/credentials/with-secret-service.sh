#!/bin/sh
# Runs a command with a real Secret Service: call it under `dbus-run-session --`, which
# gives it a private session bus. gnome-keyring-daemon is started on that bus with a fresh
# login keyring in a temporary home, unlocked with a throwaway password, and goes away with
# the bus. Used by the credentials.secret_service test.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
command -v gnome-keyring-daemon >/dev/null || {
    echo "with-secret-service.sh: gnome-keyring-daemon not found (install the gnome-keyring package: scripts/install-deps.sh)" >&2
    exit 1
}
printf '%s' "throwaway-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
