# controltower-server (RPM %post): the system user that runs the service.
getent group controltower >/dev/null || groupadd -r controltower
getent passwd controltower >/dev/null || \
    useradd -r -g controltower -d /var/lib/controltower -s /sbin/nologin -c "Control Tower team server" controltower
install -d -o controltower -g controltower -m 0750 /var/lib/controltower
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    [ "$1" -gt 1 ] && systemctl try-restart controltower-server.service >/dev/null 2>&1 || :
fi
exit 0
