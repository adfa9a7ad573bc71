#!/usr/bin/env bash
# Builds the Linux packages from a build of this tree and checks them as a user's machine
# would meet them (docs/PACKAGING.md):
#   - lintian on both .deb files (errors fail; the warnings left are explained in
#     packaging/lintian-warnings.md and must be exactly those), appstreamcli validate,
#     desktop-file-validate, systemd-analyze verify on the service;
#   - rpmbuild makes both .rpm files, and their contents and scriptlets are listed;
#   - the .debs are installed with apt (an older version first, then this one, over data
#     made in between: an upgrade keeps it), and the installed programs run: the app
#     takes a screenshot of a fresh store offscreen, controltower-cli --version, and
#     controltower-server serves /v1/health with the packaged config on a temporary state
#     directory, and refuses, with a clear line, a config that is wrong;
#   - the packages are removed and purged: the store and the user stay, nothing else.
# Needs root (apt, adduser). Usage: packaging/check-linux-packages.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

build="${1:-build/ci}"
out="$(realpath "${build}")/packages"
work="$(mktemp -d /tmp/ct-packages.XXXXXX)"
chmod 755 "$work" # the controltower user runs the server on a state directory in here
trap 'rm -rf "$work"' EXIT

fail() { echo "check-linux-packages: $*" >&2; exit 1; }
step() { echo "== $*"; }

[ "$(id -u)" -eq 0 ] || fail "needs root (apt-get install, adduser)"
for tool in cpack lintian appstreamcli desktop-file-validate systemd-analyze rpmbuild dpkg-deb; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done
[ -f "${build}/CPackConfig.cmake" ] || fail "no build in ${build}: run scripts/run-tests.sh first"

version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "${build}/CPackConfig.cmake")"
[ -n "$version" ] || fail "cannot read the package version from ${build}/CPackConfig.cmake"
old="0.0.1"

step "packages ${version} (and ${old}, to upgrade from)"
rm -rf "$out"
mkdir -p "$out/old"
cmake --build "$build" --target controltower controltower-cli controltower-server ct_package_changelog >/dev/null
(cd "$out" && cpack --config "../CPackConfig.cmake" -G "DEB;RPM" >/dev/null)
(cd "$out/old" && cpack --config "../../CPackConfig.cmake" -G DEB -D CPACK_PACKAGE_VERSION="$old" >/dev/null)
desktop_deb="$(ls "$out"/controltower_"${version}"_*.deb)"
server_deb="$(ls "$out"/controltower-server_"${version}"_*.deb)"
ls "$out"/*.rpm >/dev/null || fail "no .rpm was made"

step "package contents"
for deb in "$desktop_deb" "$server_deb"; do
  echo "-- $(basename "$deb")"
  dpkg-deb --field "$deb" Package Version Depends
  dpkg-deb --contents "$deb" | awk '{print $6}'
done
if { dpkg-deb --contents "$desktop_deb"; dpkg-deb --contents "$server_deb"; } | grep -q carrier-sim; then
  fail "the carrier simulator (a test tool) is in a product package"
fi
for rpm in "$out"/*.rpm; do
  echo "-- $(basename "$rpm")"
  rpm -qp --requires "$rpm" 2>/dev/null | grep -v '^rpmlib' | sort -u | tr '\n' ' '; echo
  rpm -qp --scripts "$rpm" 2>/dev/null | head -3
done

step "lintian"
lintian --tag-display-limit 0 --suppress-tags-from-file packaging/lintian-suppressed.txt \
  "$desktop_deb" "$server_deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then fail "lintian reports errors"; fi
if grep -q '^W: ' "$work/lintian.txt"; then fail "lintian warnings not explained in packaging/lintian-suppressed.txt"; fi

step "metadata"
appstreamcli validate --no-net packaging/linux/io.controltower.ControlTower.metainfo.xml
desktop-file-validate packaging/linux/io.controltower.ControlTower.desktop
mkdir -p "$work/unit"
dpkg-deb -x "$server_deb" "$work/unit"
# systemd-analyze checks ExecStart's program: point it at the one the package carries.
sed "s|/usr/bin/controltower-server|$work/unit/usr/bin/controltower-server|" \
  "$work/unit/lib/systemd/system/controltower-server.service" >"$work/controltower-server.service"
systemd-analyze verify "$work/controltower-server.service"

export DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen
step "install ${old}, make data, upgrade to ${version}"
apt-get install -y -qq "$out"/old/controltower_"${old}"_*.deb "$out"/old/controltower-server_"${old}"_*.deb >/dev/null
getent passwd controltower >/dev/null || fail "the server package made no controltower user"
[ "$(stat -c %U /var/lib/controltower)" = controltower ] || fail "/var/lib/controltower is not the controltower user's"
state="$work/state"
install -d -o controltower -g controltower -m 0750 "$state"
cat >"$work/server.json" <<EOF
// a test copy of the packaged config, on a temporary state directory and a free port
{ "database": "$state/team.db", "listen": "127.0.0.1:0" }
EOF
runuser -u controltower -- /usr/bin/controltower-server --config "$work/server.json" \
  --create-user admin --role admin <<<"Tower-check-7d2f9a!" >/dev/null
mkdir -p "$work/home"
HOME="$work/home" controltower-cli demo --shipments 50 --now 2026-06-17T14:00:00Z --db "$work/home/desk.db" >/dev/null
echo "# a change the admin made" >>/etc/controltower/server.json
apt-get install -y -qq "$desktop_deb" "$server_deb" >/dev/null
dpkg-query -W -f='${Version}\n' controltower-server | grep -qx "$version" || fail "the upgrade did not install ${version}"
grep -q "a change the admin made" /etc/controltower/server.json || fail "the upgrade overwrote the admin's config"
[ -f "$state/team.db" ] || fail "the upgrade lost the server's store"

step "the installed programs run"
controltower-cli --version
controltower --version
HOME="$work/home" XDG_RUNTIME_DIR="$work/home" controltower --db "$work/home/fresh.db" --demo-shipments 0 \
  --screenshot "$work/window.png" >/dev/null 2>&1
[ -s "$work/window.png" ] || fail "the installed app made no screenshot"
HOME="$work/home" controltower-cli stats --db "$work/home/desk.db" | grep -q "50" || fail "the desktop store made before the upgrade does not open"
runuser -u controltower -- /usr/bin/controltower-server --config "$work/server.json" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q "listening on" "$work/server.log" && break; sleep 0.2; done
url="$(grep -o 'http://[^ ]*' "$work/server.log" | head -1)"
[ -n "$url" ] || { cat "$work/server.log"; fail "the installed server did not start"; }
curl -fsS "${url}/v1/health" | grep -q '"status"' || fail "the installed server does not answer /v1/health"
curl -fsS -X POST -H 'Content-Type: application/json' -d '{"username":"admin","password":"Tower-check-7d2f9a!"}' \
  "${url}/v1/auth/token" | grep -q token || fail "the user made before the upgrade cannot sign in"
kill "$server"; wait "$server" || true

step "a wrong config is refused with a clear line"
echo '{ "listen": "nowhere" }' >"$work/bad.json"
if runuser -u controltower -- /usr/bin/controltower-server --config "$work/bad.json" --db "$state/team.db" 2>"$work/bad.log"; then
  fail "the server started with a wrong config"
fi
grep -q "listen" "$work/bad.log" || { cat "$work/bad.log"; fail "the refusal does not name the setting"; }
echo "{ \"database\": \"/proc/no-such-dir/team.db\" }" >"$work/unwritable.json"
if runuser -u controltower -- /usr/bin/controltower-server --config "$work/unwritable.json" 2>"$work/unwritable.log"; then
  fail "the server started on a store it cannot write"
fi
grep -q "no-such-dir" "$work/unwritable.log" || { cat "$work/unwritable.log"; fail "the refusal does not name the store"; }

step "remove and purge: the store and the user stay"
apt-get remove -y -qq controltower controltower-server >/dev/null
[ -f /etc/controltower/server.json ] || fail "removing (not purging) the server deleted its config"
dpkg --purge controltower controltower-server >/dev/null
for left in /usr/bin/controltower /usr/bin/controltower-cli /usr/bin/controltower-server \
            /lib/systemd/system/controltower-server.service /etc/controltower/server.json; do
  [ ! -e "$left" ] || fail "$left is left after purge"
done
[ -d /var/lib/controltower ] || fail "purge deleted /var/lib/controltower (the team's data)"
getent passwd controltower >/dev/null || fail "purge deleted the controltower user who owns the data"
[ -f "$state/team.db" ] || fail "the server's store is gone"
echo "packages ${version}: all checks passed"
