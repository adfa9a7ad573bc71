#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A loopback HTTP receiver standing in for an SMS or WhatsApp provider.

Listens on 127.0.0.1 on a free port and prints "PORT <n>". Each POST is answered by the
script of its recipient (the form's or the JSON body's "To", "whatsapp:" removed): --script
'{"+15550000001": [[503, "busy"], [201, null]]}' answers that number 503 first, then 201;
a recipient without a script (or past its end) gets 201 with {"sid": "SM<n>"}; status 0
answers nothing for 5 s (a timeout). Every request is appended to OUT (JSON lines): method,
path, headers, the raw body and the form fields. With --cert and --key it speaks HTTPS.
"""
import argparse
import json
import ssl
import sys
import time
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--script", default="{}")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    script = {k: list(v) for k, v in json.loads(args.script).items()}
    lock = threading.Lock()
    counter = [0]

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length).decode("utf-8")
            form = {}
            to = ""
            if self.headers.get("Content-Type", "").startswith("application/json"):
                try:
                    parsed = json.loads(body)
                    to = str(parsed.get("to", parsed.get("To", "")))
                except ValueError:
                    parsed = None
            else:
                form = {k: v[0] for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items()}
                to = form.get("To", "")
            to = to.replace("whatsapp:", "")
            with lock:
                counter[0] += 1
                n = counter[0]
                steps = script.get(to, [])
                status, text = steps.pop(0) if steps else (201, None)
                with open(args.out, "a", encoding="utf-8") as f:
                    f.write(json.dumps({"method": "POST", "path": self.path, "headers": dict(self.headers),
                                        "body": body, "form": form, "to": to, "answered": status}) + "\n")
            if status == 0:
                time.sleep(5)
                return
            answer = json.dumps({"sid": "SM%04d" % n, "status": "queued"}) if text is None else \
                json.dumps({"code": status, "message": text})
            data = answer.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
