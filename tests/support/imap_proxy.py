"""A recording TCP proxy in front of the test Dovecot: every command a client sends is kept.

Clients connect to the proxy's plain port; bytes go both ways unchanged, and the
client's side is parsed into commands (literals such as an APPEND's message are
skipped), so a test can assert exactly which IMAP commands Afterword sent.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from dataclasses import dataclass, field

_LITERAL = re.compile(rb"\{(\d+)\+?\}\r\n$")


@dataclass
class RecordingProxy:
    """Forwards 127.0.0.1:<port> to the server at ``target``; ``commands()`` says what was sent."""

    target: tuple[str, int]
    port: int = 0
    _streams: list[bytearray] = field(default_factory=list)
    _listener: socket.socket | None = None

    def start(self) -> RecordingProxy:
        listener = socket.create_server(("127.0.0.1", 0))
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.close()

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            sent = bytearray()
            self._streams.append(sent)
            threading.Thread(target=self._pipe, args=(client, server, sent), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, None), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket, record: bytearray | None) -> None:
        try:
            while data := source.recv(65536):
                if record is not None:
                    record.extend(data)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def commands(self) -> list[str]:
        """Every command line sent by every client, tag removed, literals left out."""
        found: list[str] = []
        for stream in self._streams:
            data = bytes(stream)
            position = 0
            line = b""
            while position < len(data):
                end = data.find(b"\r\n", position)
                if end < 0:
                    break
                piece = data[position:end + 2]
                position = end + 2
                line += piece
                literal = _LITERAL.search(piece)
                if literal:
                    position += int(literal.group(1))  # skip the literal's bytes
                    continue
                text = line.decode("utf-8", "replace").strip()
                line = b""
                tag, _, command = text.partition(" ")
                if command and tag not in ("", "+") and tag != "DONE":
                    found.append(command)
        return found
