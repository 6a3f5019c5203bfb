"""Parse and classify the next messages in a second process while this one stores the last.

A first sync reads thousands of messages. Parsing and classifying them is most of the
work, storing and linking them most of the rest, and both are CPU-bound, so one
process does one after the other. :class:`ClassifyAhead` forks one worker holding
the same rules, model and personal layer (copy-on-write: it shares their memory) and
hands it a batch in small chunks; the caller stores each chunk while the worker
classifies the next.

It is an accelerator only, never the place where a message fails. A message the worker
could not read, a worker that dies or hangs, or a platform without ``fork`` all leave
the message to be read in-process as before, where its failure is recorded as that
message's problem. The worker exits by itself when this process is gone.

The worker is forked, so it starts at once with everything loaded. Forking beside other
threads (the daemon's clock) is safe for what the worker does: it parses and classifies,
pure code that neither logs nor does I/O, and Python re-creates its own locks (imports,
logging) in a forked child.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.pool import IMapIterator, Pool
from multiprocessing.process import BaseProcess
from types import MappingProxyType

from afterword.parsers import Classification, ParsedEmail, RuleSet, classify, parse_message
from afterword.parsers.classify import shipped_model
from afterword.parsers.personal import PersonalLayer

#: Messages per chunk: small enough that the first result comes quickly, large enough
#: that passing chunks between the processes costs little.
CHUNK = 10
#: A batch smaller than this is read in-process (a fork costs more than it saves).
AHEAD_MIN = 2 * CHUNK
#: How long one chunk may take in the worker before its messages are read in-process.
CHUNK_TIMEOUT_SECONDS = 30.0
_PARENT_CHECK_SECONDS = 1.0
_POLL_SECONDS = 0.2


#: One chunk's results as they travel back: a message parsed and classified, or None.
_Chunk = list[tuple[ParsedEmail, Classification] | None]


@dataclass(frozen=True)
class Prepared:
    """One message as the worker read it: what ``ingest_message`` would have computed."""

    parsed: ParsedEmail
    found: Classification


_rules: RuleSet | None = None
_personal: PersonalLayer | None = None


class ClassifyAhead:
    """One worker process that classifies chunks of a batch ahead of the caller."""

    def __init__(self, pool: Pool, workers: set[BaseProcess], timeout: float) -> None:
        self._pool: Pool | None = pool
        self._workers = workers
        self._timeout = timeout

    @classmethod
    def start(cls, rules: RuleSet, personal: PersonalLayer | None, *,
              timeout: float = CHUNK_TIMEOUT_SECONDS) -> ClassifyAhead | None:
        """A started worker, or None where this platform cannot fork.

        ``timeout``: how long one chunk may take before the worker counts as hung."""
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        shipped_model()  # loaded before the fork, so the worker shares it
        before = set(multiprocessing.active_children())
        with warnings.catch_warnings():
            # Python 3.12+ warns of any fork beside threads; see the module docstring.
            warnings.simplefilter("ignore", DeprecationWarning)
            pool = multiprocessing.get_context("fork").Pool(1, _install,
                                                            (rules, personal, os.getpid()))
        return cls(pool, set(multiprocessing.active_children()) - before, timeout)

    @property
    def running(self) -> bool:
        return self._pool is not None

    def prepare(self, raws: Sequence[bytes]) -> Iterator[Prepared | None]:
        """One result per message of ``raws``, in order; None where the caller must read the
        message itself (the worker could not, or is gone). The whole batch is handed to
        the worker at once; the results come as the caller asks for them."""
        if self._pool is None:
            return iter([None] * len(raws))
        chunks = [list(raws[i:i + CHUNK]) for i in range(0, len(raws), CHUNK)]
        return self._collect(chunks, self._pool.imap(_prepare_chunk, chunks))

    def _collect(self, chunks: list[list[bytes]],
                 results: IMapIterator) -> Iterator[Prepared | None]:
        for chunk in chunks:
            done = self._next(results) if self._pool is not None else None
            if done is None:
                yield from (None for _ in chunk)
                continue
            for item in done:
                yield None if item is None else _received(*item)

    def _next(self, results: IMapIterator) -> _Chunk | None:
        """The next chunk's results; None, with the worker stopped, when it died, hangs or
        failed (a worker that dies is noticed at once, not at the timeout)."""
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                return results.next(_POLL_SECONDS)
            except multiprocessing.TimeoutError:
                if time.monotonic() < deadline and all(w.is_alive() for w in self._workers):
                    continue
            except Exception:  # whatever the worker raised: read in-process
                pass
            self.close()
            return None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


def _install(rules: RuleSet, personal: PersonalLayer | None, parent: int) -> None:
    """In the worker: keep what classifying needs, and leave when the parent is gone."""
    global _rules, _personal
    _rules, _personal = rules, personal
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(0)


def _prepare_chunk(raws: list[bytes]) -> _Chunk:
    """In the worker: each message parsed and classified, or None where that failed."""
    assert _rules is not None
    out: _Chunk = []
    for raw in raws:
        try:
            parsed = parse_message(raw)
            found = classify(parsed, _rules, personal=_personal)
        except Exception:  # read again in-process, where the failure is recorded
            out.append(None)
            continue
        # A read-only mapping does not pickle; it travels as a dict.
        out.append((replace(parsed, headers=dict(parsed.headers)), found))
    return out


def _received(parsed: ParsedEmail, found: Classification) -> Prepared:
    return Prepared(replace(parsed, headers=MappingProxyType(parsed.headers)), found)
