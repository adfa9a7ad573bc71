#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Control Tower needs to build, test and run, when
# they are missing. Safe to run again: it installs nothing when everything is there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang lld
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  linguist-qt6 qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  libsimdjson-dev libsqlite3-dev libzstd-dev qtkeychain-qt6-dev libxlsxwriter-dev
  dbus-daemon gnome-keyring openssl
  xvfb xauth fonts-dejavu-core fonts-lohit-deva python3 python3-yaml
  poppler-utils
  postgresql libqt6sql6-psql
  faketime
  lintian appstream desktop-file-utils rpm systemd curl
  unzip
  libcurl4-openssl-dev python3-aiosmtpd
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "error: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
