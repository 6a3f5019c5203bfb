"""The HTTP side of the fake Gmail server: a threaded loopback server and Google's batch format.

:class:`LocalServer` serves one ``handle`` function on ``127.0.0.1:<free port>``. A POST to
``/batch`` or ``/batch/gmail/v1`` is Google's batch request: a ``multipart/mixed`` body of
``application/http`` parts, each a whole HTTP request; every part goes through ``handle``
and the answer is a ``multipart/mixed`` of ``application/http`` responses whose
``Content-ID`` is ``<response-ID>`` for request ``<ID>``, as googleapiclient expects.

``handle(method, url, headers, body, batched=...)`` returns ``(status, json, headers)``, or
``None`` to drop the connection without an answer (a network fault).
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from email import policy
from email.parser import BytesParser
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

Answer = tuple[int, dict[str, Any], dict[str, str]] | None
Handle = Callable[..., Answer]

BATCH_PATHS = ("/batch", "/batch/gmail/v1")
_BOUNDARY = "batch_fake_gmail_boundary"
_JSON = "application/json; charset=UTF-8"


class LocalServer:
    """``handle`` served over HTTP/1.1 with keep-alive, on a free loopback port."""

    def __init__(self, handle: Handle) -> None:
        self._handle = handle
        self._server: ThreadingHTTPServer | None = None
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()

    @property
    def port(self) -> int:
        assert self._server is not None, "the fake server is not started"
        return int(self._server.server_address[1])

    def start(self) -> None:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        server.block_on_close = False  # keep-alive connections would block the join
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        self._server = server

    def stop(self) -> None:
        """Close the listening socket and every open keep-alive connection."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._server = None
        with self._lock:
            for conn in list(self._connections):
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)

    def _track(self, conn: socket.socket, *, open_: bool) -> None:
        with self._lock:
            (self._connections.add if open_ else self._connections.discard)(conn)


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Quiet: tests read the fake's request log instead."""

        def setup(self) -> None:
            super().setup()
            server._track(self.connection, open_=True)

        def finish(self) -> None:
            server._track(self.connection, open_=False)
            super().finish()

        def _reply(self, answer: Answer, *, body: bytes | None = None,
                   content_type: str = _JSON) -> None:
            if answer is None:
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            status, payload, headers = answer
            data = body if body is not None else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            answer = server._handle(self.command, self.path, dict(self.headers), body)
            is_batch = urlsplit(self.path).path.rstrip("/") in BATCH_PATHS
            if not is_batch or answer is None or answer[0] != 200:
                return self._reply(answer)  # a plain call, or a fault of the whole batch
            parts = [_answer_part(server._handle, part)
                     for part in _request_parts(self.headers["Content-Type"], body)]
            return self._reply(answer, body=b"".join(parts) + f"--{_BOUNDARY}--\r\n".encode(),
                               content_type=f"multipart/mixed; boundary={_BOUNDARY}")

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    return Handler


def _request_parts(content_type: str, body: bytes) -> Iterator[tuple[str, bytes]]:
    envelope = b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    for part in BytesParser(policy=policy.HTTP).parsebytes(envelope).iter_parts():
        payload = part.get_payload(decode=True)
        yield str(part["Content-ID"]).strip("<>"), payload if isinstance(payload, bytes) else b""


def _answer_part(handle: Handle, part: tuple[str, bytes]) -> bytes:
    content_id, inner = part
    blank = re.search(rb"\r?\n\r?\n", inner)
    head, body = (inner[:blank.start()], inner[blank.end():]) if blank else (inner, b"")
    lines = head.decode().splitlines()
    method, url, _ = lines[0].split(" ", 2)
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    answer = handle(method, url, headers, body, batched=True)
    status, payload, extra = answer if answer is not None else (
        503, {"error": {"code": 503, "message": "The service is currently unavailable.",
                        "status": "UNAVAILABLE"}}, {})
    text = json.dumps(payload)
    extra_lines = "".join(f"{k}: {v}\r\n" for k, v in extra.items())
    return (f"--{_BOUNDARY}\r\nContent-Type: application/http\r\n"
            f"Content-ID: <response-{content_id}>\r\n\r\n"
            f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
            f"Content-Type: {_JSON}\r\n{extra_lines}"
            f"Content-Length: {len(text)}\r\n\r\n{text}\r\n").encode()
