"""Generated hostile mail through the whole cycle, in-process: read, classified, linked, drafted.

Hypothesis writes headers (control characters, encoded words, addresses in odd
places, long values), MIME trees (nested, unclosed, wrongly encoded) and HTML
(deep, unbalanced); each message goes through :func:`run_cycle` with a real
SQLite store and a mailbox in memory. None may fail: a failure here would be
recorded as a quarantine candidate, and every one is a bug to fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterword.daemon.mailbox.base import Batch, FetchedMessage, MessageRef
from afterword.daemon.mailbox.headers import message_id
from afterword.daemon.pipeline import run_cycle
from afterword.daemon.store import Store
from afterword.daemon.store.failures import failures
from afterword.parsers import RuleSet
from tests.support.mailboxes import RecordingMailbox
from tests.support.rejections import a_config

NOW = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
RULES = RuleSet.load()
REFUSAL = "We regret that we will not move forward with your application for the role."

_hostile_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),
                        max_size=80)
_header_value = st.one_of(
    _hostile_text,
    st.sampled_from(["=?utf-8?q?hr=40acme.example?=", "=?x-bad?b?@@?=", "<a@b..c>",
                     "HR <hr@acme.example.>", "\x1b[2J<x@y.example>", "=?utf-8?b?" + "QQ" * 300,
                     "Fri, 31 Dec 9999 23:59:59 +0000", "<" + "m" * 3000 + "@x.example>"]),
)
_header_name = st.sampled_from(["From", "Reply-To", "Subject", "Message-ID", "References",
                                "In-Reply-To", "Date", "To", "Auto-Submitted", "List-Id"])


def _folded(value: str) -> str:
    return " ".join(value.replace("\r", " ").replace("\n", " ").split())


@st.composite
def hostile_headers(draw: st.DrawFn) -> bytes:
    fields = draw(st.lists(st.tuples(_header_name, _header_value), min_size=1, max_size=8))
    head = "".join(f"{name}: {_folded(value)}\r\n" for name, value in fields)
    return (head + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + REFUSAL).encode(
        "utf-8", "surrogateescape")


_leaf = st.sampled_from([
    "Content-Type: text/plain\r\n\r\n" + REFUSAL,
    "Content-Type: text/html\r\n\r\n<p>" + REFUSAL,
    "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64",
    "Content-Type: text/plain; charset=x-none\r\nContent-Transfer-Encoding: quoted-printable"
    "\r\n\r\n=ZZ=\r\n" + REFUSAL,
    "Content-Type: application/pdf\r\n\r\n%PDF",
    "",
])


@st.composite
def mime_tree(draw: st.DrawFn, depth: int = 0) -> str:
    if depth >= 4 or draw(st.booleans()):
        return draw(_leaf)
    boundary = f"b{depth}{draw(st.integers(0, 9))}"
    children = draw(st.lists(mime_tree(depth + 1), max_size=4))
    closed = draw(st.booleans())
    body = "".join(f"--{boundary}\r\n{child}\r\n" for child in children)
    return (f'Content-Type: multipart/{draw(st.sampled_from(["mixed", "alternative"]))}; '
            f'boundary="{boundary}"\r\n\r\n{body}' + (f"--{boundary}--\r\n" if closed else ""))


@st.composite
def hostile_mime(draw: st.DrawFn) -> bytes:
    return ("From: HR <hr@acme.example>\r\nSubject: Your application\r\nMIME-Version: 1.0\r\n"
            + draw(mime_tree())).encode()


_tag = st.sampled_from(["div", "p", "table", "td", "a", "script", "style", "blockquote",
                        "span", "br", "!--", "li"])


@st.composite
def hostile_html(draw: st.DrawFn) -> bytes:
    opened = draw(st.lists(_tag, max_size=200))
    closing = draw(st.lists(_tag, max_size=200))
    html = ("".join(f"<{tag}>" for tag in opened) + REFUSAL
            + "".join(f"</{tag}>" for tag in closing))
    return ("From: HR <hr@acme.example>\r\nSubject: Your application\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()


class ListMailbox(RecordingMailbox):
    """A mailbox whose INBOX holds the given messages."""

    def __init__(self, raws: list[bytes]) -> None:
        super().__init__()
        self.raws = raws

    def fetch_new(self, folder: str, cursor: str | None, *, since: datetime | None = None,
                  batch_size: int = 100) -> Iterator[Batch]:
        if cursor != "done":
            yield Batch(folder, [self._message(folder, n) for n in range(len(self.raws))],
                        "done")

    def fetch_message(self, ref: MessageRef) -> FetchedMessage | None:
        return self._message(ref.folder, int(ref.key))

    def _message(self, folder: str, n: int) -> FetchedMessage:
        raw = self.raws[n]
        return FetchedMessage(MessageRef(self.account, folder, str(n)), raw, message_id(raw))


def cycle_leaves_no_failure(tmp_path: Path, raw: bytes) -> None:
    database = tmp_path / "state.db"
    database.unlink(missing_ok=True)
    with Store.open(database) as store:
        mailbox = ListMailbox([raw])
        report = run_cycle(store, {mailbox.account: mailbox}, RULES, a_config(), NOW)
        assert failures(store.db) == []
        assert report.errors == []


FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@FUZZ
@given(hostile_headers())
def test_hostile_headers_are_read_and_drafted_without_failing(tmp_path: Path,
                                                              raw: bytes) -> None:
    cycle_leaves_no_failure(tmp_path, raw)


@FUZZ
@given(hostile_mime())
def test_broken_mime_trees_are_read_without_failing(tmp_path: Path, raw: bytes) -> None:
    cycle_leaves_no_failure(tmp_path, raw)


@FUZZ
@given(hostile_html())
def test_unbalanced_html_is_read_without_failing(tmp_path: Path, raw: bytes) -> None:
    cycle_leaves_no_failure(tmp_path, raw)
