#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A real SMTP server for the notification tests (aiosmtpd, Debian's python3-aiosmtpd).

Listens on 127.0.0.1 on a free port and prints "PORT <n>" once it accepts. With --cert and
--key it offers STARTTLS and requires it; with --user and --password it requires AUTH
(after STARTTLS). Recipients whose local part is "reject" are refused with 550, "busy"
with 451. Every accepted message is parsed with Python's own e-mail package (an
independent MIME reader) and written to OUT/<n>.json: the envelope, the headers as sent and
decoded, each MIME part's type, charset, transfer encoding and decoded text, and the
longest raw line. --delay-ms waits before answering each message's data (a test kills the
sender meanwhile).
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, out, delay_ms):
        self.out = out
        self.delay = delay_ms / 1000.0
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local == "reject":
            return "550 5.1.1 no such mailbox here"
        if local == "busy":
            return "451 4.3.0 mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        if self.delay:
            await asyncio.sleep(self.delay)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.append({
                "content_type": part.get_content_type(),
                "charset": part.get_content_charset(),
                "transfer_encoding": part.get("Content-Transfer-Encoding"),
                "text": part.get_content().replace("\r\n", "\n"),
            })
        lines = raw.split(b"\r\n")
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
            "raw_headers": {k: v for k, v in email.message_from_bytes(raw, policy=email.policy.compat32).items()},
            "message_id": str(message["Message-ID"]),
            "date": str(message["Date"]),
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "mime_version": str(message["MIME-Version"]),
            "content_type": message.get_content_type(),
            "parts": parts,
            "longest_line": max(len(line) for line in lines),
            "longest_text": max(lines, key=len).decode("utf-8", "replace"),
            "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        }
        self.count += 1
        path = os.path.join(self.out, "%06d.json" % self.count)
        with open(path + ".part", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(path + ".part", path)
        return "250 2.0.0 queued as %06d" % self.count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--delay-ms", type=int, default=0)
    parser.add_argument("--quiet", action="store_true", help="write no files (the benchmark)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    tls = None
    if args.cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.cert, args.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
                and auth_data.password.decode() == args.password:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    handler = Handler(args.out, args.delay_ms)
    if args.quiet:
        async def count_only(server, session, envelope):
            handler.count += 1
            return "250 2.0.0 queued as %06d" % handler.count
        handler.handle_DATA = count_only

    def factory():
        kwargs = {"hostname": "receiver.test", "data_size_limit": 10 * 1024 * 1024}
        if tls:
            kwargs.update(tls_context=tls, require_starttls=True)
        if args.user:
            kwargs.update(authenticator=authenticate, auth_required=True, auth_require_tls=bool(tls))
        return SMTP(handler, **kwargs)

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(factory, sock=sock))
    print("PORT %d" % sock.getsockname()[1], flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
