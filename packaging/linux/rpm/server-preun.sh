# controltower-server (RPM %preun): stop the service when the package goes, not on upgrade.
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl --no-reload disable --now controltower-server.service >/dev/null 2>&1 || :
fi
exit 0
