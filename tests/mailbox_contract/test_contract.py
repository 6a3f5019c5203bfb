"""The mailbox contract: what every backend must do, checked by its effect on the mail.

Runs once per backend in :data:`tests.mailbox_contract.harness.HARNESSES`.
"""

from __future__ import annotations

from afterword.daemon.mailbox.base import FetchedMessage, Mailbox, OutgoingDraft
from tests.mailbox_contract.harness import Harness


def message(name: str, *, in_reply_to: str | None = None, references: str | None = None,
            subject: str = "Your application") -> bytes:
    """A small RFC 5322 message whose Message-ID is ``<name@test.afterword>``."""
    lines = ["From: Hiring Team <jobs@acme.example>", "To: sam@example.org",
             f"Subject: {subject}", "Date: Mon, 02 Nov 2026 10:00:00 +0000",
             f"Message-ID: <{name}@test.afterword>"]
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
              f"Message {name}.", ""]
    return "\r\n".join(lines).encode()


def mid(name: str) -> str:
    return f"<{name}@test.afterword>"


def sync(mailbox: Mailbox, folder: str, cursor: str | None,
         batch_size: int = 100) -> tuple[list[FetchedMessage], str | None, list[int]]:
    """Run one fetch cycle as the pipeline does: messages, the cursor to store, batch sizes."""
    messages: list[FetchedMessage] = []
    sizes: list[int] = []
    for batch in mailbox.fetch_new(folder, cursor, batch_size=batch_size):
        assert batch.folder == folder
        messages += batch.messages
        sizes.append(len(batch.messages))
        cursor = batch.cursor
    return messages, cursor, sizes


def test_first_sync_yields_every_message_once_in_bounded_batches(backend: Harness) -> None:
    for n in range(5):
        backend.deliver(message(f"first-{n}"))

    messages, cursor, sizes = sync(backend.mailbox, "INBOX", None, batch_size=2)

    assert sorted(m.message_id or "" for m in messages) == [mid(f"first-{n}") for n in range(5)]
    assert max(sizes) <= 2 and sum(sizes) == 5
    assert cursor is not None
    assert len({m.ref for m in messages}) == 5
    assert all(m.ref.account == "contract" and m.ref.folder == "INBOX" for m in messages)
    assert all(m.raw.startswith(b"From: Hiring Team") for m in messages)


def test_next_sync_yields_only_mail_delivered_after_the_cursor(backend: Harness) -> None:
    backend.deliver(message("old"))
    _, cursor, _ = sync(backend.mailbox, "INBOX", None)
    backend.deliver(message("new-1"))
    backend.deliver(message("new-2"))

    messages, _, _ = sync(backend.mailbox, "INBOX", cursor)

    assert [m.message_id for m in messages] == [mid("new-1"), mid("new-2")]


def test_idle_poll_yields_no_messages(backend: Harness) -> None:
    backend.deliver(message("only"))
    _, cursor, _ = sync(backend.mailbox, "INBOX", None)

    messages, _, _ = sync(backend.mailbox, "INBOX", cursor)

    assert messages == []


def test_every_watched_folder_is_synced_on_its_own(backend: Harness) -> None:
    backend.deliver(message("in-inbox"))
    backend.deliver(message("in-jobs"), "Jobs")

    assert backend.mailbox.watched_folders() == ["INBOX", "Jobs"]
    jobs, _, _ = sync(backend.mailbox, "Jobs", None)

    assert [m.message_id for m in jobs] == [mid("in-jobs")]
    assert jobs[0].ref.folder == "Jobs"


def test_mail_filed_into_a_watched_folder_after_the_cursor_is_new_there(
        backend: Harness) -> None:
    backend.deliver(message("filed-later"))
    _, cursor, _ = sync(backend.mailbox, "Jobs", None)

    backend.file_into(mid("filed-later"), "INBOX", "Jobs")
    messages, _, _ = sync(backend.mailbox, "Jobs", cursor)

    assert [m.message_id for m in messages] == [mid("filed-later")]
    assert messages[0].ref.folder == "Jobs"


def test_reading_leaves_the_users_flags_unchanged(backend: Harness) -> None:
    backend.deliver(message("unread"))
    backend.deliver(message("read"), seen=True)

    sync(backend.mailbox, "INBOX", None)

    assert backend.flags("INBOX", mid("unread")) == set()
    assert backend.flags("INBOX", mid("read")) == {"seen"}


def test_saving_a_draft_twice_leaves_one_copy_marked_as_draft(backend: Harness) -> None:
    draft = message("draft-1", in_reply_to=mid("rejection"), subject="Re: Your application")
    drafts = backend.mailbox.drafts_location()
    assert not backend.mailbox.has_draft(mid("draft-1"))

    backend.mailbox.save_draft(draft, mid("draft-1"))
    backend.mailbox.save_draft(draft, mid("draft-1"))

    assert backend.mailbox.has_draft(mid("draft-1"))
    assert backend.folder_messages(drafts) == [draft]
    assert "draft" in backend.flags(drafts, mid("draft-1"))


def test_saving_drafts_together_stores_each_once_even_when_some_are_there_already(
        backend: Harness) -> None:
    drafts = backend.mailbox.drafts_location()
    first = [OutgoingDraft(message(f"batch-{n}"), mid(f"batch-{n}")) for n in range(3)]
    assert backend.mailbox.save_drafts(first) == {}
    more = [OutgoingDraft(message(f"batch-{n}"), mid(f"batch-{n}")) for n in range(2, 5)]
    assert backend.mailbox.save_drafts(more) == {}
    assert sorted(backend.folder_messages(drafts)) == sorted(message(f"batch-{n}")
                                                             for n in range(5))
    assert all(backend.mailbox.has_draft(mid(f"batch-{n}")) for n in range(5))
    assert all("draft" in backend.flags(drafts, mid(f"batch-{n}")) for n in range(5))


def test_drafts_go_to_the_drafts_folder(backend: Harness) -> None:
    assert backend.mailbox.drafts_location() == backend.drafts_folder
    backend.mailbox.save_draft(message("draft-2"), mid("draft-2"))
    assert backend.folder_messages("INBOX") == []
    assert len(backend.folder_messages(backend.drafts_folder)) == 1


def test_a_reminder_delivered_twice_is_one_unseen_flagged_copy_in_the_inbox(
        backend: Harness) -> None:
    reminder = message("reminder-1", subject="Reminder: ask Acme for feedback")

    backend.mailbox.deliver_reminder(reminder, mid("reminder-1"))
    backend.mailbox.deliver_reminder(reminder, mid("reminder-1"))

    assert backend.folder_messages("INBOX") == [reminder]
    assert backend.flags("INBOX", mid("reminder-1")) == {"flagged"}


def test_find_replies_in_sent_names_the_reply_the_user_sent(backend: Harness) -> None:
    backend.deliver(message("rejection"))
    backend.deliver(message("sent-reply", in_reply_to=mid("rejection"),
                            references=mid("rejection")), "Sent")
    backend.deliver(message("unrelated"), "Sent")

    assert backend.mailbox.find_replies(mid("rejection"), in_sent=True) == [mid("sent-reply")]
    assert backend.mailbox.find_replies(mid("rejection"), in_sent=False) == []


def test_find_replies_to_each_answers_every_message_id_in_one_call(backend: Harness) -> None:
    backend.deliver(message("answered-rejection"))
    backend.deliver(message("open-rejection"))
    backend.deliver(message("sent-reply", in_reply_to=mid("answered-rejection"),
                            references=mid("answered-rejection")), "Sent")

    replies = backend.mailbox.find_replies_to_each(
        [mid("answered-rejection"), mid("open-rejection")], in_sent=True)

    assert replies == {mid("answered-rejection"): [mid("sent-reply")],
                       mid("open-rejection"): []}


def test_find_replies_in_watched_folders_names_the_employers_answer(backend: Harness) -> None:
    backend.deliver(message("our-request"), "Sent")
    backend.deliver(message("answer", references=f"{mid('rejection')} {mid('our-request')}"),
                    "Jobs")

    assert backend.mailbox.find_replies(mid("our-request"), in_sent=False) == [mid("answer")]
    assert backend.mailbox.find_replies(mid("nobody-answered"), in_sent=False) == []


def test_a_recreated_folder_gives_nothing_twice_after_dedupe_by_message_id(
        backend: Harness) -> None:
    for n in range(3):
        backend.deliver(message(f"kept-{n}"), "Jobs")
    processed: list[str] = []
    first, cursor, _ = sync(backend.mailbox, "Jobs", None)
    processed += [m.message_id or "" for m in first]

    backend.recreate_folder("Jobs")
    backend.deliver(message("after"), "Jobs")
    again, _, _ = sync(backend.mailbox, "Jobs", cursor)
    processed += [m.message_id or "" for m in again if m.message_id not in processed]

    assert sorted(processed) == sorted([mid("after")] + [mid(f"kept-{n}") for n in range(3)])
    assert backend.flags("Jobs", mid("kept-0")) == set()


def test_a_message_is_read_again_by_its_ref_for_a_retry(backend: Harness) -> None:
    backend.deliver(message("retry-me"), "Jobs")
    backend.deliver(message("neighbour"), "Jobs")
    first, _, _ = sync(backend.mailbox, "Jobs", None)
    wanted = next(m for m in first if m.message_id == mid("retry-me"))

    again = backend.mailbox.fetch_message(wanted.ref)

    assert again is not None
    assert (again.ref, again.message_id, again.raw) == (wanted.ref, wanted.message_id, wanted.raw)
    assert backend.flags("Jobs", mid("retry-me")) == set()
