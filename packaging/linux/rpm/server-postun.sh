# controltower-server (RPM %postun): the store in /var/lib/controltower and the user stay.
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
fi
exit 0
