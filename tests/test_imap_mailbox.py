"""The IMAP adapter on the real Dovecot: sync at scale, command cost, crash safety, TLS, login.

What every backend shares is in ``tests/mailbox_contract``; these are the
IMAP-only promises of issue 4.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import signal
import ssl
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from imapclient import IMAPClient

from afterword.daemon.errors import CredentialError, MailboxError, MailboxUnavailable
from afterword.daemon.mailbox.accounts import ImapAccount
from afterword.daemon.mailbox.imap import ImapMailbox
from tests.mailbox_contract.test_contract import message, mid, sync
from tests.support.dovecot import DovecotServer, ImapUser
from tests.support.imap_proxy import RecordingProxy

pytestmark = pytest.mark.dovecot


def account_for(user: ImapUser, **changes: object) -> ImapAccount:
    account = ImapAccount(name="work", host=user.host, port=user.tls_port, tls="ssl",
                          ca_file=user.ca_file, username=user.username,
                          folders=("INBOX", "Jobs"))
    return replace(account, **changes)  # type: ignore[arg-type]


def open_mailbox(user: ImapUser, **changes: object) -> ImapMailbox:
    mailbox = ImapMailbox(account_for(user, **changes), secret=lambda: user.password,
                          max_age_days=30)
    mailbox.connect()
    return mailbox


def seeder_for(user: ImapUser) -> IMAPClient:
    """Another mail client on the same mailbox, used to deliver mail and look at flags."""
    client = IMAPClient(user.host, port=user.tls_port, timeout=10,
                        ssl_context=ssl.create_default_context(cafile=str(user.ca_file)))
    client.login(user.username, user.password)
    if not client.folder_exists("Jobs"):
        client.create_folder("Jobs")
    return client


def all_flags(seeder: IMAPClient, folder: str) -> dict[int, set[bytes]]:
    seeder.select_folder(folder, readonly=True)
    return {uid: set(flags) for uid, flags in seeder.get_flags(seeder.search(["ALL"])).items()}


def with_attachment(name: str, attachment_bytes: int) -> bytes:
    head = message(name).split(b"MIME-Version")[0]
    return head + (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe letter itself.\r\n"
        b"--b1\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="cv.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b"QUFB" * (attachment_bytes // 4) +
        b"\r\n--b1--\r\n")


@pytest.fixture
def user(imap_user: ImapUser) -> ImapUser:
    seeder_for(imap_user).logout()
    return imap_user


@pytest.fixture
def seeder(user: ImapUser) -> Iterator[IMAPClient]:
    client = seeder_for(user)
    yield client
    client.logout()


@pytest.fixture
def own_dovecot(dovecot: DovecotServer) -> Iterator[DovecotServer]:
    """A server of this test's own, to kill, or to fail logins on without slowing the
    shared one down (Dovecot delays every login from an address after a failed one).

    It lives outside pytest's temp tree: a concurrent pytest run resets that tree to
    mode 0700, which would lock the unprivileged server out when it restarts.
    """
    root = Path(tempfile.mkdtemp(prefix="afterword-dovecot-"))
    server = DovecotServer(root)
    try:
        server.start()
        yield server
    finally:
        crash(server)
        shutil.rmtree(root, ignore_errors=True)


def crash(server: DovecotServer) -> None:
    """Kill the server like a power cut: the master and every child serving a connection.

    SIGKILL on the master alone leaves the ``imap`` process of an open
    connection running, so the client would never notice.
    """
    master = server.master_pid()
    if master is None:
        return
    children = [int(entry) for entry in os.listdir("/proc") if entry.isdigit()
                and _parent(int(entry)) == master]
    server.stop(hard=True)
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def test_first_sync_of_500_messages_arrives_in_batches_of_the_requested_size(
        user: ImapUser, seeder: IMAPClient) -> None:
    seeder.multiappend("INBOX", [message(f"bulk-{n}") for n in range(500)])
    mailbox = open_mailbox(user)

    messages, cursor, sizes = sync(mailbox, "INBOX", None, batch_size=100)

    assert sizes == [100] * 5
    assert {m.message_id for m in messages} == {mid(f"bulk-{n}") for n in range(500)}
    assert json.loads(cursor or "")["last_uid"] == 500


def test_an_idle_poll_costs_at_most_two_commands(user: ImapUser, seeder: IMAPClient) -> None:
    seeder.multiappend("INBOX", [message(f"idle-{n}") for n in range(3)])
    mailbox = open_mailbox(user)
    _, cursor, _ = sync(mailbox, "INBOX", None)

    before = mailbox.commands_sent
    messages, _, _ = sync(mailbox, "INBOX", cursor)
    after_one = mailbox.commands_sent
    sync(mailbox, "INBOX", cursor)

    assert messages == []
    assert after_one - before <= 2, list(mailbox.session.command_log)
    assert mailbox.commands_sent - after_one == 1, list(mailbox.session.command_log)


def test_fifty_drafts_are_one_append_and_the_index_learns_them_from_the_answer(
        user: ImapUser, seeder: IMAPClient) -> None:
    from afterword.daemon.mailbox.base import OutgoingDraft

    mailbox = open_mailbox(user)
    drafts = [OutgoingDraft(message(f"many-{n}"), mid(f"many-{n}")) for n in range(50)]
    mailbox.drafts_location()
    mailbox.has_draft(mid("none-yet"))

    before = len(mailbox.session.command_log)
    assert mailbox.save_drafts(drafts) == {}
    saving = list(mailbox.session.command_log)[before:]
    assert all(mailbox.has_draft(draft.message_id) for draft in drafts)
    checking = list(mailbox.session.command_log)[before + len(saving):]

    assert saving.count("APPEND") == 1, saving
    assert set(checking) == {"STATUS"}, checking  # nothing read back: APPENDUID said it all
    seeder.select_folder("Drafts", readonly=True)
    assert len(seeder.search("ALL")) == 50


def test_looking_for_replies_to_fifty_rejections_reads_sent_once(
        user: ImapUser, seeder: IMAPClient) -> None:
    seeder.append("Sent", message("by-hand", in_reply_to=mid("rejection-7")))
    mailbox = open_mailbox(user)
    rejections = [mid(f"rejection-{n}") for n in range(50)]

    before = len(mailbox.session.command_log)
    replies = mailbox.find_replies_to_each(rejections, in_sent=True)
    looking = list(mailbox.session.command_log)[before:]

    assert replies[mid("rejection-7")] == [mid("by-hand")]
    assert sum(1 for found in replies.values() if found) == 1
    assert looking.count("STATUS") == 1, looking


def test_syncing_leaves_seen_flags_unchanged_for_small_and_large_messages(
        user: ImapUser, seeder: IMAPClient) -> None:
    seeder.append("INBOX", message("unread"))
    seeder.append("INBOX", message("read"), flags=[b"\\Seen"])
    seeder.append("INBOX", with_attachment("big-unread", 8000))
    before = all_flags(seeder, "INBOX")

    messages, _, _ = sync(open_mailbox(user, max_message_bytes=2048), "INBOX", None)

    assert len(messages) == 3
    assert all_flags(seeder, "INBOX") == before


def test_a_large_message_arrives_as_header_and_text_without_the_attachment(
        user: ImapUser, seeder: IMAPClient) -> None:
    seeder.append("INBOX", with_attachment("big", 8000))

    messages, _, _ = sync(open_mailbox(user, max_message_bytes=2048), "INBOX", None)

    raw = messages[0].raw
    assert messages[0].message_id == mid("big")
    assert b"The letter itself." in raw and b"QUFBQUFB" not in raw
    assert len(raw) < 2048


def test_a_large_message_of_3000_text_parts_is_read_from_its_first_parts(
        user: ImapUser, seeder: IMAPClient) -> None:
    """Naming every part in one FETCH made Dovecot refuse the command (line too large)."""
    parts = "".join(
        f"--b\r\nContent-Type: text/plain\r\n\r\nPart {n} of a hostile message.\r\n"
        for n in range(3000)
    )
    hostile = (f"From: x@hostile.example\r\nMessage-ID: {mid('parts')}\r\n"
               "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + parts + "--b--\r\n")
    seeder.append("INBOX", hostile.encode())
    seeder.append("INBOX", message("after"))

    messages, _, _ = sync(open_mailbox(user, max_message_bytes=2048), "INBOX", None)

    assert [m.message_id for m in messages] == [mid("parts"), mid("after")]
    assert b"Part 0 of a hostile message." in messages[0].raw
    assert b"Part 2999" not in messages[0].raw


def test_a_recreated_folder_is_rescanned_and_dedupe_by_message_id_processes_nothing_twice(
        user: ImapUser, seeder: IMAPClient) -> None:
    seeder.multiappend("Jobs", [message(f"job-{n}") for n in range(4)])
    mailbox = open_mailbox(user)
    processed: list[str] = []
    first, cursor, _ = sync(mailbox, "Jobs", None)
    processed += [m.message_id or "" for m in first]

    seeder.delete_folder("Jobs")
    seeder.create_folder("Jobs")
    seeder.multiappend("Jobs", [message(f"job-{n}") for n in range(4)] + [message("job-new")])
    rescanned, new_cursor, _ = sync(mailbox, "Jobs", cursor)
    processed += [m.message_id or "" for m in rescanned if m.message_id not in processed]

    old, new = json.loads(cursor or ""), json.loads(new_cursor or "")
    assert old["uidvalidity"] != new["uidvalidity"]
    assert len(rescanned) == 5
    assert sorted(processed) == sorted([mid(f"job-{n}") for n in range(4)] + [mid("job-new")])


def test_a_server_killed_mid_sync_loses_and_duplicates_nothing_on_the_next_cycle(
        own_dovecot: DovecotServer) -> None:
    user = own_dovecot.add_user()
    seeder = seeder_for(user)
    seeder.multiappend("INBOX", [message(f"crash-{n}") for n in range(300)])
    seeder.logout()
    mailbox = open_mailbox(user)
    mailbox.session.attempts, mailbox.session.backoff_base = 2, 0.05
    stored: list[str] = []
    cursor = None

    with pytest.raises(MailboxUnavailable):
        for batch in mailbox.fetch_new("INBOX", cursor, batch_size=50):
            stored += [m.message_id or "" for m in batch.messages]
            cursor = batch.cursor
            if len(stored) == 100:
                crash(own_dovecot)
    own_dovecot.restart()
    for batch in mailbox.fetch_new("INBOX", cursor, batch_size=50):
        stored += [m.message_id or "" for m in batch.messages]
    mailbox.close()

    assert len(stored) == 300
    assert set(stored) == {mid(f"crash-{n}") for n in range(300)}


def test_saving_a_draft_twice_leaves_one_copy_with_the_draft_flag(
        user: ImapUser, seeder: IMAPClient) -> None:
    mailbox = open_mailbox(user)
    draft = message("reply-draft", in_reply_to=mid("rejection"))

    mailbox.save_draft(draft, mid("reply-draft"))
    mailbox.save_draft(draft, mid("reply-draft"))

    flags = all_flags(seeder, "Drafts")
    assert len(flags) == 1
    assert b"\\Draft" in next(iter(flags.values()))


def test_a_draft_deleted_by_the_user_is_written_again_and_another_clients_draft_is_seen(
        user: ImapUser, seeder: IMAPClient) -> None:
    mailbox = open_mailbox(user)
    mailbox.save_draft(message("first-draft"), mid("first-draft"))
    seeder.append("Drafts", message("from-elsewhere"), flags=[b"\\Draft"])
    assert mailbox.has_draft(mid("from-elsewhere"))

    seeder.select_folder("Drafts")
    seeder.delete_messages(seeder.search(["HEADER", "Message-ID", mid("first-draft")]))
    seeder.expunge()
    assert not mailbox.has_draft(mid("first-draft"))
    mailbox.save_draft(message("first-draft"), mid("first-draft"))

    assert len(all_flags(seeder, "Drafts")) == 2
    assert mailbox.has_draft(mid("first-draft"))


def test_each_draft_of_a_long_run_reads_only_the_messages_new_since_the_last(
        user: ImapUser, seeder: IMAPClient) -> None:
    seeder.append("Sent", message("sent-reply", in_reply_to=mid("rejection-3")))
    proxy = RecordingProxy((user.host, user.port)).start()
    try:
        mailbox = open_mailbox(user, port=proxy.port, tls="none")
        for n in range(30):
            assert mailbox.find_replies(mid(f"rejection-{n}"), in_sent=True) == (
                [mid("sent-reply")] if n == 3 else [])
            mailbox.save_draft(message(f"draft-{n}"), mid(f"draft-{n}"))
        mailbox.close()
    finally:
        proxy.stop()
    commands = proxy.commands()

    assert len(all_flags(seeder, "Drafts")) == 30
    assert not [c for c in commands if re.match(r"(UID )?SEARCH", c, re.I)]
    # A STATUS of Sent, a STATUS of Drafts and the APPEND: nothing grows with the folders.
    assert len(commands) <= 3 * 30 + 12


def test_idle_wakes_up_within_two_seconds_of_new_mail(user: ImapUser,
                                                      seeder: IMAPClient) -> None:
    mailbox = open_mailbox(user, push=True)
    list(mailbox.fetch_new("INBOX", None))
    delivered_at: list[float] = []

    def deliver_later() -> None:
        time.sleep(0.5)
        delivered_at.append(time.monotonic())
        seeder.append("INBOX", message("wake-up"))

    delivery = threading.Thread(target=deliver_later)
    delivery.start()
    mailbox.wait_for_change(timeout=20)
    woke_at = time.monotonic()
    delivery.join()

    assert delivered_at and woke_at - delivered_at[0] < 2.0


def test_setting_stop_ends_a_wait_early(user: ImapUser) -> None:
    mailbox = open_mailbox(user, push=True)
    list(mailbox.fetch_new("INBOX", None))
    threading.Timer(0.2, mailbox.stop.set).start()
    started = time.monotonic()

    mailbox.wait_for_change(timeout=30)

    assert time.monotonic() - started < 10


def test_plaintext_to_a_remote_host_is_refused_before_connecting(user: ImapUser) -> None:
    asked: list[bool] = []

    def secret() -> str:
        asked.append(True)
        return "pw"

    account = account_for(user, host="mail.example.com", port=143, tls="none")
    mailbox = ImapMailbox(account, secret=secret, max_age_days=30)

    with pytest.raises(MailboxError, match="clear text"):
        mailbox.connect()
    assert asked == []


def test_plaintext_to_loopback_and_starttls_both_log_in(user: ImapUser) -> None:
    for tls in ("none", "starttls"):
        mailbox = open_mailbox(user, port=user.port, tls=tls)
        assert list(mailbox.fetch_new("INBOX", None))[0].messages == []
        mailbox.close()


def test_a_certificate_from_an_unknown_ca_is_a_clear_error(user: ImapUser) -> None:
    with pytest.raises(MailboxError, match="not trusted") as raised:
        open_mailbox(user, ca_file=None)
    assert "ca_file" in raised.value.one_line()


def test_a_wrong_password_is_a_credential_error_that_never_shows_the_password(
        own_dovecot: DovecotServer, caplog: pytest.LogCaptureFixture) -> None:
    user = own_dovecot.add_user()
    caplog.set_level(logging.DEBUG)
    wrong = "Wr0ng-horse-battery"
    mailbox = ImapMailbox(account_for(user), secret=lambda: wrong, max_age_days=30)

    with pytest.raises(CredentialError) as raised:
        mailbox.connect()

    line = raised.value.one_line()
    assert "'work'" in line and "\n" not in line
    assert wrong not in line and wrong not in caplog.text
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_xoauth2_accounts_authenticate_with_the_token_not_login(
        own_dovecot: DovecotServer) -> None:
    user = own_dovecot.add_user()
    mailbox = ImapMailbox(account_for(user, auth="xoauth2"), secret=lambda: "ya29.token",
                          max_age_days=30)

    with pytest.raises(CredentialError, match="OAuth token"):
        mailbox.connect()
    assert "AUTHENTICATE" in mailbox.session.command_log
    assert "LOGIN" not in mailbox.session.command_log


def test_a_server_dying_during_idle_ends_the_wait_with_mailbox_unavailable(
        own_dovecot: DovecotServer) -> None:
    user = own_dovecot.add_user()
    seeder_for(user).logout()
    mailbox = open_mailbox(user, push=True)
    mailbox.session.attempts, mailbox.session.backoff_base = 2, 0.05
    list(mailbox.fetch_new("INBOX", None))
    threading.Timer(0.5, crash, args=(own_dovecot,)).start()
    started = time.monotonic()

    with pytest.raises(MailboxUnavailable):
        mailbox.wait_for_change(timeout=60)
    assert time.monotonic() - started < 30
