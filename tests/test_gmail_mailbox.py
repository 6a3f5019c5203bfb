"""The Gmail adapter driven through the real google-api-python-client against the local fake."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

from afterword.daemon.auth.gmail import credentials_factory, store_login
from afterword.daemon.errors import CredentialError, MailboxError, MailboxUnavailable
from afterword.daemon.mailbox.accounts import GmailAccount
from afterword.daemon.mailbox.base import Batch, Mailbox
from afterword.daemon.mailbox.gmail import GmailMailbox
from tests.fake_gmail import FakeGmail

DAEMON = Path(__file__).resolve().parent.parent / "daemon"


@pytest.fixture
def fake() -> Iterator[FakeGmail]:
    with FakeGmail("jo@example.com") as server:
        yield server


@pytest.fixture
def naps() -> list[float]:
    """Every sleep the adapter asked for, instead of sleeping."""
    return []


def open_mailbox(fake: FakeGmail, naps: list[float], **options: object) -> Mailbox:
    box = GmailMailbox("work", "jo@example.com", lambda: Credentials(token="test-token"),
                       api_endpoint=fake.endpoint, sleep=naps.append, **options)  # type: ignore[arg-type]
    box.connect()
    return box


@pytest.fixture
def mailbox(fake: FakeGmail, naps: list[float]) -> Iterator[Mailbox]:
    box = open_mailbox(fake, naps)
    yield box
    box.close()


def mail(subject: str, message_id: str, *, sender: str = "talent@acme.example",
         to: str = "jo@example.com", replying_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Message-ID"] = sender, to, subject, message_id
    if replying_to:
        msg["In-Reply-To"] = msg["References"] = replying_to
    msg.set_content("A short note.")
    return msg.as_bytes()


def days_ago(days: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


def everything(batches: Iterator[Batch]) -> tuple[list[Batch], list[str | None]]:
    done = list(batches)
    return done, [m.message_id for b in done for m in b.messages]


def synced(mailbox: Mailbox) -> str:
    """Run the first sync and return the cursor it ends with."""
    return list(mailbox.fetch_new("INBOX", None))[-1].cursor


# -- sync -------------------------------------------------------------------------------------

def test_first_sync_returns_inbox_mail_of_the_window_oldest_first(fake, mailbox):
    fake.seed(mail("Too old", "<old@acme.example>"), internal_date=days_ago(40))
    first = fake.seed(mail("Thanks for applying", "<a@acme.example>"),
                      internal_date=days_ago(3))
    fake.seed(mail("Your application", "<b@acme.example>"), internal_date=days_ago(1))
    fake.seed(mail("Sent by me", "<s@example.com>"), labels=("SENT",))

    batches, ids = everything(mailbox.fetch_new("INBOX", None))

    assert ids == ["<a@acme.example>", "<b@acme.example>"]
    got = batches[0].messages[0]
    assert (got.ref.account, got.ref.folder, got.ref.key) == ("work", "INBOX", first)
    assert got.thread_id == first
    assert got.raw == fake.message(first).raw
    assert got.internal_date is not None and got.internal_date < days_ago(2)
    assert batches[-1].cursor == str(fake.history_id)
    gets = [r for r in fake.requests if r.operation == "messages.get"]
    assert gets and all(r.batched for r in gets)
    assert [r.query["format"][0] for r in gets] == ["minimal", "minimal", "raw", "raw"]
    assert "newer_than:30d" in next(r for r in fake.requests
                                    if r.operation == "messages.list").query["q"]


def test_first_sync_batches_carry_rescan_until_the_last(fake, mailbox):
    for n in range(5):
        fake.seed(mail(f"Update {n}", f"<u{n}@acme.example>"))

    batches = list(mailbox.fetch_new("INBOX", None, batch_size=2))

    assert [len(b.messages) for b in batches] == [2, 2, 1]
    assert [b.cursor for b in batches] == ["rescan", "rescan", str(fake.history_id)]


def test_rescan_cursor_repeats_the_window_scan(fake, mailbox):
    fake.seed(mail("Update", "<u@acme.example>"))

    _, ids = everything(mailbox.fetch_new("INBOX", "rescan"))

    assert ids == ["<u@acme.example>"]


def test_message_deleted_before_it_is_fetched_is_skipped(fake, mailbox):
    fake.seed(mail("Deleted meanwhile", "<gone@acme.example>"))
    fake.seed(mail("Still here", "<here@acme.example>"))
    fake.fail("messages.get", 404)

    _, ids = everything(mailbox.fetch_new("INBOX", None))

    assert ids == ["<here@acme.example>"]


def test_http_batches_hold_at_most_100_requests(fake, mailbox):
    for n in range(150):
        fake.seed(mail(f"Update {n}", f"<bulk{n}@acme.example>"))

    batches, ids = everything(mailbox.fetch_new("INBOX", None, batch_size=500))

    assert len(batches) == 1 and len(ids) == 150
    # sizes first (format=minimal), then the messages: 100 + 50 requests each time
    assert fake.operations().count("batch") == 4


def test_since_bounds_the_first_sync(fake, mailbox):
    fake.seed(mail("Last week", "<week@acme.example>"), internal_date=days_ago(7))
    fake.seed(mail("Yesterday", "<yday@acme.example>"), internal_date=days_ago(1))

    _, ids = everything(mailbox.fetch_new("INBOX", None, since=days_ago(2)))

    assert ids == ["<yday@acme.example>"]


def test_empty_window_still_yields_a_cursor(fake, mailbox):
    batches = list(mailbox.fetch_new("INBOX", None))

    assert [(b.messages, b.cursor) for b in batches] == [([], str(fake.history_id))]


def test_incremental_sync_returns_only_new_mail_of_the_label(fake, mailbox):
    fake.seed(mail("Seen before", "<seen@acme.example>"))
    cursor = synced(mailbox)
    fake.seed(mail("New one", "<new1@acme.example>"))
    fake.seed(mail("My own mail", "<mine@example.com>"), labels=("SENT",))
    fake.seed(mail("Another", "<new2@acme.example>"))
    fake.requests.clear()

    batches, ids = everything(mailbox.fetch_new("INBOX", cursor))

    assert ids == ["<new1@acme.example>", "<new2@acme.example>"]
    assert batches[-1].cursor == str(fake.history_id) != cursor
    assert "messages.list" not in fake.operations()


def test_user_label_is_a_folder(fake, naps):
    fake.add_label("Jobs")
    fake.seed(mail("Filtered", "<f@acme.example>"), labels=("Jobs",))
    box = open_mailbox(fake, naps, folders=("Jobs",))

    batches, ids = everything(box.fetch_new("Jobs", None))

    assert box.watched_folders() == ["Jobs"]
    assert ids == ["<f@acme.example>"] and batches[0].messages[0].ref.folder == "Jobs"


def test_mail_given_the_label_later_is_new_once_and_other_labels_are_not(fake, naps):
    fake.add_label("Jobs")
    known = fake.seed(mail("Known", "<known@acme.example>"), labels=("Jobs",))
    filed = fake.seed(mail("Filed later", "<filed@acme.example>"))
    box = open_mailbox(fake, naps, folders=("Jobs",))
    cursor = list(box.fetch_new("Jobs", None))[-1].cursor
    fake.relabel(known, add=["STARRED"])
    fake.relabel(filed, add=["Jobs"], remove=["INBOX"])
    fake.relabel(filed, add=["STARRED"])

    _, ids = everything(box.fetch_new("Jobs", cursor))

    assert ids == ["<filed@acme.example>"]


def test_idle_poll_is_exactly_one_history_call(fake, mailbox):
    cursor = synced(mailbox)
    fake.requests.clear()

    assert list(mailbox.fetch_new("INBOX", cursor)) == []
    assert fake.operations() == ["history.list"]


def test_expired_history_rescans_the_window_and_advances_the_cursor(fake, mailbox):
    fake.seed(mail("Known", "<known@acme.example>"))
    cursor = synced(mailbox)
    fake.seed(mail("Arrived later", "<later@acme.example>"))
    fake.expire_history()
    fake.requests.clear()

    batches, ids = everything(mailbox.fetch_new("INBOX", cursor))

    assert ids == ["<known@acme.example>", "<later@acme.example>"]
    assert batches[-1].cursor == str(fake.history_id) != cursor
    assert fake.operations()[:3] == ["history.list", "getProfile", "messages.list"]


# -- faults -----------------------------------------------------------------------------------

def test_429_waits_as_long_as_retry_after_says(fake, mailbox, naps):
    fake.seed(mail("Update", "<u@acme.example>"))
    fake.fail("messages.list", 429, retry_after="7")

    _, ids = everything(mailbox.fetch_new("INBOX", None))

    assert ids == ["<u@acme.example>"] and naps == [7.0]


def test_rate_limited_part_of_a_batch_is_fetched_again(fake, mailbox, naps):
    fake.seed(mail("One", "<one@acme.example>"))
    fake.seed(mail("Two", "<two@acme.example>"))
    fake.fail("messages.get", 429, retry_after="2")

    _, ids = everything(mailbox.fetch_new("INBOX", None))

    assert ids == ["<one@acme.example>", "<two@acme.example>"]
    # two sizes, one of them again after the 429, then the two messages
    assert naps == [2.0] and fake.operations().count("messages.get") == 5


def test_403_rate_limit_backs_off_exponentially_with_jitter(fake, mailbox, naps):
    cursor = synced(mailbox)
    fake.fail("history.list", 403, times=3, reason="userRateLimitExceeded")

    list(mailbox.fetch_new("INBOX", cursor))

    assert len(naps) == 3
    assert 0.5 <= naps[0] <= 1.0 and 1.0 <= naps[1] <= 2.0 and 2.0 <= naps[2] <= 4.0


def test_403_without_a_rate_limit_reason_is_not_retried(fake, mailbox, naps):
    fake.fail("messages.list", 403, reason="insufficientPermissions")

    with pytest.raises(MailboxError, match="insufficientPermissions"):
        list(mailbox.fetch_new("INBOX", None))
    assert naps == []


def test_server_errors_then_success(fake, mailbox, naps):
    fake.seed(mail("Update", "<u@acme.example>"))
    fake.fail("messages.list", 500)
    fake.fail("batch", 503)

    _, ids = everything(mailbox.fetch_new("INBOX", None))

    assert ids == ["<u@acme.example>"] and len(naps) == 2


def test_dropped_connections_are_retried(fake, mailbox, naps):
    cursor = synced(mailbox)
    fake.fail("history.list", None, times=3)

    assert list(mailbox.fetch_new("INBOX", cursor)) == []
    assert naps


def test_spent_retry_budget_raises_mailbox_unavailable(fake, naps):
    box = open_mailbox(fake, naps, retry_budget=3)
    fake.fail("messages.list", 503, times=10)

    with pytest.raises(MailboxUnavailable, match="after 3 retries"):
        list(box.fetch_new("INBOX", None))
    assert len(naps) == 3


def test_unreachable_server_raises_mailbox_unavailable(fake, naps):
    box = open_mailbox(fake, naps, retry_budget=2)
    fake.stop()

    with pytest.raises(MailboxUnavailable):
        box.has_draft("<d@afterword.example>")
    assert len(naps) == 2


def test_budget_restarts_with_every_call(fake, naps):
    box = open_mailbox(fake, naps, retry_budget=2)
    fake.fail("drafts.list", 503, times=2)
    box.has_draft("<d@afterword.example>")
    fake.fail("drafts.list", 503, times=2)

    assert box.has_draft("<d@afterword.example>") is False
    assert len(naps) == 4


def test_revoked_login_names_the_command_to_log_in_again(fake, naps, caplog):
    store_login("work", refresh_token="1//secret-refresh", client_id="cid.apps.example",
                client_secret="client-secret-value", token_uri=fake.token_uri)
    account = GmailAccount(name="work", email="jo@example.com")
    box = GmailMailbox("work", "jo@example.com", credentials_factory(account),
                       api_endpoint=fake.endpoint, sleep=naps.append)
    box.connect()
    assert fake.refresh_grants[0]["refresh_token"] == "1//secret-refresh"
    fake.revoke_refresh_tokens()

    with pytest.raises(CredentialError) as raised:
        box.has_draft("<d@afterword.example>")

    line = raised.value.one_line()
    assert "run `afterword auth gmail work --client-secrets FILE` to log in again" in line
    for secret in ("1//secret-refresh", "client-secret-value", "ya29."):
        assert secret not in line and secret not in caplog.text


def test_connect_refuses_a_login_for_another_address(fake, naps):
    box = GmailMailbox("work", "someone.else@example.com", lambda: Credentials(token="t"),
                       api_endpoint=fake.endpoint, sleep=naps.append)

    with pytest.raises(MailboxError, match="logged in as jo@example.com"):
        box.connect()


def test_connect_reports_a_missing_label(fake, naps):
    with pytest.raises(MailboxError, match="no label Jobs"):
        open_mailbox(fake, naps, folders=("INBOX", "Jobs"))


# -- replies, drafts, reminders ---------------------------------------------------------------

REJECTION_ID = "<rej-1@acme.example>"


@pytest.fixture
def rejection(fake: FakeGmail) -> str:
    """A rejection in the inbox; returns its Gmail thread id."""
    return fake.seed(mail("Your application to Acme", REJECTION_ID))


def feedback_request(message_id: str = "<fb-1@afterword.example>") -> bytes:
    return mail("Re: Your application to Acme", message_id, sender="jo@example.com",
                to="talent@acme.example", replying_to=REJECTION_ID)


def test_draft_lands_in_the_rejection_thread_with_reply_headers(fake, mailbox, rejection):
    mailbox.save_draft(feedback_request(), "<fb-1@afterword.example>", thread_id=rejection)

    [draft] = fake.drafts()
    headers = BytesHeaderParser().parsebytes(draft.raw)
    assert draft.thread_id == rejection and draft.labels == ["DRAFT"]
    assert headers["In-Reply-To"] == REJECTION_ID and headers["References"] == REJECTION_ID
    assert mailbox.has_draft("<fb-1@afterword.example>")


def test_draft_without_thread_id_finds_the_thread_from_in_reply_to(fake, mailbox, rejection):
    mailbox.save_draft(feedback_request(), "<fb-1@afterword.example>")

    assert [d.thread_id for d in fake.drafts()] == [rejection]


def test_draft_for_a_rejection_deleted_since_is_saved_outside_the_thread(fake, mailbox,
                                                                         rejection):
    fake.delete(rejection)
    mailbox.save_draft(feedback_request(), "<fb-1@afterword.example>", thread_id=rejection)

    [draft] = fake.drafts()
    assert draft.thread_id != rejection
    assert BytesHeaderParser().parsebytes(draft.raw)["In-Reply-To"] == REJECTION_ID


def test_second_save_of_the_same_draft_writes_nothing(fake, mailbox, rejection):
    mailbox.save_draft(feedback_request(), "<fb-1@afterword.example>", thread_id=rejection)
    mailbox.save_draft(feedback_request(), "<fb-1@afterword.example>", thread_id=rejection)

    assert len(fake.drafts()) == 1
    assert fake.operations().count("drafts.create") == 1


def test_has_draft_is_false_for_an_unknown_message_id(mailbox):
    assert mailbox.has_draft("<never@afterword.example>") is False


def test_reminder_is_inserted_unread_and_starred_once(fake, mailbox):
    reminder = mail("Reminder: follow up with Acme", "<rem-1@afterword.example>",
                    sender="jo@example.com")

    mailbox.deliver_reminder(reminder, "<rem-1@afterword.example>")
    mailbox.deliver_reminder(reminder, "<rem-1@afterword.example>")

    [stored] = fake.messages_with_label("STARRED")
    assert stored.raw == reminder
    assert sorted(stored.labels) == ["INBOX", "STARRED", "UNREAD"]
    assert fake.operations().count("messages.insert") == 1


def test_find_replies_tells_sent_replies_from_received_ones(fake, mailbox, rejection):
    fake.seed(feedback_request("<sent-1@example.com>"), labels=("SENT",), thread_id=rejection)
    fake.seed(mail("Re: Your application to Acme", "<answer-1@acme.example>",
                   replying_to="<sent-1@example.com> " + REJECTION_ID),
              thread_id=rejection)
    mailbox.save_draft(feedback_request(), "<fb-1@afterword.example>", thread_id=rejection)

    assert mailbox.find_replies(REJECTION_ID, in_sent=True) == ["<sent-1@example.com>"]
    assert mailbox.find_replies(REJECTION_ID, in_sent=False) == ["<answer-1@acme.example>"]
    assert mailbox.find_replies("<unknown@acme.example>", in_sent=True) == []


def test_wait_for_change_sleeps_for_the_timeout(mailbox, naps):
    mailbox.wait_for_change(30)

    assert naps == [30]


# -- never sends ------------------------------------------------------------------------------

def test_fake_server_records_a_send_when_one_happens(fake):
    """Guards the proof below: a send through the real client does show up in the log."""
    service = build("gmail", "v1", static_discovery=True, cache_discovery=False,
                    credentials=Credentials(token="t"),
                    client_options={"api_endpoint": fake.endpoint})
    service.users().drafts().send(userId="me", body={"id": "r1"}).execute()

    assert [r.operation for r in fake.send_requests()] == ["drafts.send"]


def test_a_full_cycle_of_every_method_sends_nothing(fake, mailbox, rejection):
    cursor = synced(mailbox)
    fake.seed(mail("Re: Your application to Acme", "<more@acme.example>",
                   replying_to=REJECTION_ID), thread_id=rejection)
    list(mailbox.fetch_new("INBOX", cursor))
    mailbox.find_replies(REJECTION_ID, in_sent=True)
    mailbox.find_replies(REJECTION_ID, in_sent=False)
    mailbox.has_draft("<fb-1@afterword.example>")
    mailbox.save_draft(feedback_request(), "<fb-1@afterword.example>", thread_id=rejection)
    mailbox.deliver_reminder(mail("Reminder", "<rem@afterword.example>"),
                             "<rem@afterword.example>")
    mailbox.wait_for_change(0)
    mailbox.close()

    assert len(set(fake.operations())) >= 9
    assert fake.send_requests() == []
    assert not any(r.path.endswith("/send") for r in fake.requests)


def _send_calls(tree: ast.AST) -> list[int]:
    """Line numbers of ``X.messages().send`` / ``X.drafts().send`` calls, or of any ``.send``
    attribute in a module that talks to the Gmail API."""
    imports_gmail = any(
        isinstance(node, ast.ImportFrom | ast.Import)
        and any("googleapiclient" in (getattr(node, "module", "") or "") or
                "googleapiclient" in alias.name for alias in node.names)
        for node in ast.walk(tree))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "send":
            receiver = node.value
            on_resource = (isinstance(receiver, ast.Call)
                           and isinstance(receiver.func, ast.Attribute)
                           and receiver.func.attr in ("messages", "drafts"))
            if on_resource or imports_gmail:
                lines.append(node.lineno)
    return lines


def _smtp_uses(tree: ast.AST) -> list[int]:
    """Line numbers that import smtplib or name an SMTP client."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [getattr(node, "module", "") or ""] + [alias.name for alias in node.names]
            if any(name.split(".")[0] == "smtplib" for name in names):
                lines.append(node.lineno)
        elif isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            # email.policy.SMTP is a line-ending policy for building messages, not a client.
            policy = (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                      and node.value.id == "policy")
            if name in ("smtplib", "SMTP", "SMTP_SSL", "sendmail", "send_message") and not policy:
                lines.append(node.lineno)
    return lines


def test_no_code_in_daemon_parsers_or_bench_sends_mail():
    repo = DAEMON.parent
    sources = sorted(path for folder in ("daemon", "parsers", "bench")
                     for path in (repo / folder).rglob("*.py"))
    assert DAEMON / "mailbox" / "gmail.py" in sources and repo / "bench" / "poison.py" in sources

    offenders = {str(path.relative_to(repo)): found for path in sources
                 if (found := _send_calls(tree := ast.parse(path.read_text(), str(path)))
                     + _smtp_uses(tree))}

    assert offenders == {}
    assert _send_calls(ast.parse("svc.users().drafts().send(userId='me').execute()")) == [1]
    assert _smtp_uses(ast.parse("import smtplib\nsmtplib.SMTP('h').send_message(m)")) != []


def test_a_message_over_the_size_cap_is_read_without_its_attachment(fake, naps):
    big = EmailMessage()
    big["From"], big["To"], big["Subject"] = "talent@acme.example", "jo@example.com", "Results"
    big["Message-ID"] = "<big@acme.example>"
    big.set_content("We will not move forward with your application.")
    big.add_attachment(b"\0" * 300_000, maintype="application", subtype="octet-stream",
                       filename="portfolio.bin")
    key = fake.seed(big.as_bytes(), internal_date=days_ago(1))
    box = open_mailbox(fake, naps, max_message_bytes=100_000)
    try:
        [batch] = list(box.fetch_new("INBOX", None))
    finally:
        box.close()
    [got] = batch.messages
    assert got.message_id == "<big@acme.example>" and len(got.raw) < 5_000
    assert b"We will not move forward" in got.raw and b"portfolio.bin" not in got.raw
    formats = [(r.path.rsplit("/", 1)[-1], r.query["format"][0]) for r in fake.requests
               if r.operation == "messages.get"]
    assert formats == [(key, "minimal"), (key, "full")]
