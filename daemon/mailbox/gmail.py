"""The Gmail API mailbox: incremental sync by ``historyId``, drafts in the thread, reminders.

Implements :class:`afterword.daemon.mailbox.base.Mailbox` through google-api-python-client.

* Folders are Gmail label names (``INBOX``, or a user label such as ``Jobs``);
  ``MessageRef.key`` is the Gmail message id; ``FetchedMessage.thread_id`` the Gmail threadId.
* The cursor is the mailbox's ``historyId``. The first sync takes the current historyId,
  lists the window (``newer_than:Nd``, or ``after:EPOCH`` for an explicit ``since``) and
  fetches ``format=raw`` in batch requests of at most 100 (``format=full`` without the
  attachments for a message over ``max_message_bytes``). Later syncs read
  ``users.history.list`` from the cursor: messages that arrived with the label and
  messages the label was put on later (the user filing mail, Gmail's "Move to"); an
  idle poll is that one call. History Gmail no
  longer keeps (404) falls back to the window; the caller de-duplicates by Message-ID.
  Batches before the last of a window scan carry the cursor ``"rescan"``, so a crash
  half-way through repeats the scan instead of skipping its rest.
* Drafts go into the rejection's thread (``threadId`` plus the draft's own
  In-Reply-To/References, which Gmail requires) and reminders are inserted with
  INBOX, UNREAD and STARRED; both are looked up by ``rfc822msgid:`` first, so they are
  idempotent. This module never sends: it calls neither ``messages.send`` nor ``drafts.send``.
* Rate limits, 5xx and network errors are retried per :mod:`afterword.daemon.mailbox.gmail_retry`
  within a budget that restarts with every public call.
"""

from __future__ import annotations

import base64
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from email import policy
from email.parser import BytesHeaderParser
from typing import Any, TypeVar

from google.auth.credentials import Credentials
from google.auth.exceptions import RefreshError
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest

from afterword.daemon.auth.gmail import credential_error, relogin_hint
from afterword.daemon.errors import AfterwordError, CredentialError, MailboxError
from afterword.daemon.mailbox.base import (
    Batch,
    FetchedMessage,
    MessageRef,
    OutgoingDraft,
    replies_one_by_one,
    save_one_by_one,
)
from afterword.daemon.mailbox.gmail_retry import RetryBudget, Transient, classify, error_reasons
from afterword.daemon.mailbox.trimmed import MAX_TEXT_PARTS, with_parts
from afterword.parsers import message_ids

log = logging.getLogger(__name__)

T = TypeVar("T")
Json = dict[str, Any]

DEFAULT_ENDPOINT = "https://gmail.googleapis.com/"
HTTP_BATCH_LIMIT = 100  # Gmail's documented maximum per batch request
LIST_PAGE_SIZE = 500
RESCAN = "rescan"
REMINDER_LABELS = ("INBOX", "UNREAD", "STARRED")
REPLY_HEADERS = ("Message-ID", "In-Reply-To", "References")
_MSG_ID = re.compile(r"<[^<>\s]+>")


class GmailMailbox:
    """One Gmail account seen through the Gmail REST API."""

    def __init__(self, account: str, email: str, credentials_factory: Callable[[], Credentials],
                 *, api_endpoint: str | None = None, folders: Sequence[str] = ("INBOX",),
                 max_age_days: int = 30, retry_budget: int = 8,
                 max_message_bytes: int = 2 * 1024 * 1024,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.account = account
        self.email = email
        self._credentials_factory = credentials_factory
        self._endpoint = (api_endpoint or DEFAULT_ENDPOINT).rstrip("/") + "/"
        self._folders = list(folders)
        self._max_age_days = max_age_days
        self._max_message_bytes = max_message_bytes
        self._budget = RetryBudget(retry_budget, sleep, account)
        self._sleep = sleep
        self._service: Any = None
        self._label_ids: dict[str, str] = {}

    # -- Mailbox protocol ------------------------------------------------------------------

    def connect(self) -> None:
        self.close()
        self._budget.reset()
        self._service = build("gmail", "v1", static_discovery=True, cache_discovery=False,
                              credentials=self._credentials_factory(),
                              client_options={"api_endpoint": self._endpoint})
        profile = self._call(self._users().getProfile(userId="me").execute)
        if profile["emailAddress"].lower() != self.email.lower():
            raise MailboxError(
                f"Gmail account {self.account!r} is logged in as {profile['emailAddress']}, "
                f"not {self.email}", hint=relogin_hint(self.account))
        labels = self._call(self._users().labels().list(userId="me").execute)
        self._label_ids = {label["name"]: label["id"] for label in labels.get("labels", [])}
        missing = [f for f in self._folders if f not in self._label_ids]
        if missing:
            raise MailboxError(f"Gmail account {self.account!r} has no label "
                               f"{', '.join(missing)}", hint="fix `folders` for this account")
        log.info("connected to Gmail account %s", self.account)

    def close(self) -> None:
        if self._service is not None:
            self._service.close()
            self._service = None

    def watched_folders(self) -> list[str]:
        return list(self._folders)

    def fetch_new(self, folder: str, cursor: str | None, *, since: datetime | None = None,
                  batch_size: int = 100) -> Iterator[Batch]:
        self._budget.reset()
        label_id = self._label_id(folder)
        if cursor is not None and cursor != RESCAN:
            added = self._history_since(label_id, cursor)
            if added is not None:
                ids, latest = added
                yield from self._batches(folder, ids, batch_size, interim=cursor, final=latest,
                                         previous=cursor)
                return
            log.warning("Gmail history of account %s no longer reaches %s; rescanning %s",
                        self.account, cursor, folder)
        start = str(self._call(self._users().getProfile(userId="me").execute)["historyId"])
        ids = self._window(label_id, since)
        log.info("Gmail account %s: %d messages in the %s window", self.account, len(ids), folder)
        yield from self._batches(folder, ids, batch_size, interim=RESCAN, final=start,
                                 previous=cursor)

    def fetch_message(self, ref: MessageRef) -> FetchedMessage | None:
        self._budget.reset()
        found = self._fetch_raw(ref.folder, [ref.key])
        return found[0] if found else None

    def find_replies(self, message_id: str, *, in_sent: bool) -> list[str]:
        """Replies in the original's thread (Gmail has no search by References); a reply
        whose subject was changed starts a thread of its own in Gmail and is not found."""
        self._budget.reset()
        original = self._find_message(message_id)
        if original is None:
            return []
        thread = self._call(self._users().threads().get(
            userId="me", id=original["threadId"], format="metadata",
            metadataHeaders=list(REPLY_HEADERS)).execute)
        wanted = message_ids.bracketed(message_id)
        replies = []
        for msg in thread.get("messages", []):
            labels = set(msg.get("labelIds", []))
            if "DRAFT" in labels or ("SENT" in labels) != in_sent:
                continue
            headers = _headers(msg)
            referenced = _MSG_ID.findall(f"{headers.get('in-reply-to', '')} "
                                         f"{headers.get('references', '')}")
            own = headers.get("message-id", "").strip()
            if wanted in referenced and own:
                replies.append(own)
        return replies

    def find_replies_to_each(self, message_ids: Sequence[str], *, in_sent: bool
                             ) -> Mapping[str, list[str]]:
        return replies_one_by_one(self, message_ids, in_sent=in_sent)

    def drafts_location(self) -> str:
        """Gmail keeps drafts under its system label ``DRAFT``."""
        return "DRAFT"

    def has_draft(self, message_id: str) -> bool:
        self._budget.reset()
        return self._draft_exists(message_id)

    def save_draft(self, raw: bytes, message_id: str, *, thread_id: str | None = None) -> None:
        self._budget.reset()
        if self._draft_exists(message_id):
            log.info("draft %s already in Gmail account %s", message_id, self.account)
            return
        thread_id = thread_id or self._parent_thread(raw)
        try:
            self._create_draft(raw, message_id, thread_id)
        except HttpError as exc:
            if not thread_id or exc.resp.status != 404:
                raise
            # The rejection was deleted for good: Gmail no longer knows its thread.
            log.info("thread of draft %s is gone from Gmail account %s; saving it on its own",
                     message_id, self.account)
            self._create_draft(raw, message_id, None)
        log.info("saved draft %s in Gmail account %s", message_id, self.account)

    def _create_draft(self, raw: bytes, message_id: str, thread_id: str | None) -> None:
        message: Json = {"raw": _b64url(raw)}
        if thread_id:
            message["threadId"] = thread_id
        self._create(self._users().drafts().create(userId="me", body={"message": message}).execute,
                     exists=lambda: self._draft_exists(message_id))

    def save_drafts(self, drafts: Sequence[OutgoingDraft]) -> Mapping[str, AfterwordError]:
        return save_one_by_one(self, drafts)

    def deliver_reminder(self, raw: bytes, message_id: str) -> None:
        self._budget.reset()
        if self._find_message(message_id, anywhere=True) is not None:
            log.info("reminder %s already in Gmail account %s", message_id, self.account)
            return
        body = {"raw": _b64url(raw), "labelIds": list(REMINDER_LABELS)}
        self._create(self._users().messages().insert(userId="me", body=body).execute,
                     exists=lambda: self._find_message(message_id, anywhere=True) is not None)
        log.info("inserted reminder %s into Gmail account %s", message_id, self.account)

    def wait_for_change(self, timeout: float) -> None:
        """Gmail offers push only through Cloud Pub/Sub, so this simply waits."""
        self._sleep(timeout)

    # -- sync helpers ----------------------------------------------------------------------

    def _history_since(self, label_id: str, cursor: str) -> tuple[list[str], str] | None:
        """Ids that arrived with ``label_id`` or were given it after ``cursor``, and the
        newest historyId; None if Gmail no longer keeps history that old."""
        ids: list[str] = []
        page: str | None = None
        while True:
            request = self._users().history().list(
                userId="me", startHistoryId=cursor, historyTypes=["messageAdded", "labelAdded"],
                labelId=label_id, maxResults=LIST_PAGE_SIZE, pageToken=page)
            try:
                response = self._call(request.execute)
            except HttpError as exc:
                if exc.resp.status == 404:
                    return None
                raise
            for record in response.get("history", []):
                for added in record.get("messagesAdded", []):
                    if label_id in added["message"].get("labelIds", []):
                        ids.append(added["message"]["id"])
                for labelled in record.get("labelsAdded", []):
                    if label_id in labelled.get("labelIds", []):
                        ids.append(labelled["message"]["id"])
            page = response.get("nextPageToken")
            if not page:
                return list(dict.fromkeys(ids)), str(response["historyId"])

    def _window(self, label_id: str, since: datetime | None) -> list[str]:
        """Ids of the messages in the sync window, oldest first."""
        query = (f"after:{int(since.timestamp())}" if since is not None
                 else f"newer_than:{self._max_age_days}d")
        return list(reversed(self._list_ids(q=query, labelIds=[label_id])))

    def _batches(self, folder: str, ids: list[str], batch_size: int, *, interim: str,
                 final: str, previous: str | None) -> Iterator[Batch]:
        if not ids:
            if final != previous:
                yield Batch(folder, [], final)
            return
        for start in range(0, len(ids), batch_size):
            chunk = ids[start:start + batch_size]
            last = start + batch_size >= len(ids)
            yield Batch(folder, self._fetch_raw(folder, chunk), final if last else interim,
                        total=len(ids))

    def _fetch_raw(self, folder: str, ids: list[str]) -> list[FetchedMessage]:
        """The messages ``ids``, in order; messages deleted meanwhile are skipped.

        Sizes come first (``format=minimal``); a message up to ``max_message_bytes`` is
        fetched whole (``format=raw``), a larger one as its header and first text parts
        (``format=full``, whose attachments Gmail leaves out), so a 30 MB attachment is
        never downloaded.
        """
        sizes = self._get_all(ids, "minimal")
        small = [mid for mid in ids if mid in sizes
                 and int(sizes[mid].get("sizeEstimate", 0)) <= self._max_message_bytes]
        large = [mid for mid in ids if mid in sizes and mid not in small]
        found = self._get_all(small, "raw") if small else {}
        trimmed = self._get_all(large, "full") if large else {}
        messages = []
        for mid in ids:
            if mid in found:
                messages.append(self._fetched(folder, found[mid]))
            elif mid in trimmed:
                messages.append(self._fetched(folder, trimmed[mid]))
        return messages

    def _get_all(self, ids: list[str], fmt: str) -> dict[str, Json]:
        """``messages.get`` in ``fmt`` for ``ids``, in batch requests, retrying what may be."""
        found: dict[str, Json] = {}
        pending = list(ids)
        while pending:
            retry: list[tuple[str, Transient]] = []
            for start in range(0, len(pending), HTTP_BATCH_LIMIT):
                retry += self._fetch_chunk(pending[start:start + HTTP_BATCH_LIMIT], found, fmt)
            if retry:
                self._budget.wait(max(retry, key=lambda r: r[1].retry_after or 0.0)[1])
            pending = [mid for mid, _ in retry]
        return found

    def _fetch_chunk(self, ids: list[str], found: dict[str, Json],
                     fmt: str) -> list[tuple[str, Transient]]:
        retry: list[tuple[str, Transient]] = []
        fatal: list[HttpError] = []

        def on_reply(request_id: str, response: Json | None, exc: HttpError | None) -> None:
            if exc is None and response is not None:
                found[request_id] = response
            elif exc is not None and exc.resp.status == 404:
                log.debug("Gmail message %s vanished before it was fetched", request_id)
            elif exc is not None:
                failure = classify(exc)
                if failure is None:
                    fatal.append(exc)
                else:
                    retry.append((request_id, failure))

        batch = BatchHttpRequest(callback=on_reply, batch_uri=self._endpoint + "batch/gmail/v1")
        for mid in ids:
            batch.add(self._users().messages().get(userId="me", id=mid, format=fmt),
                      request_id=mid)
        self._call(batch.execute)
        if fatal:
            raise self._translate(fatal[0])
        return retry

    def _fetched(self, folder: str, message: Json) -> FetchedMessage:
        raw = (_unb64(message["raw"]) if "raw" in message
               else trimmed_from_payload(message.get("payload", {}), self._max_message_bytes))
        message_id = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)["Message-ID"]
        internal = message.get("internalDate")
        return FetchedMessage(
            ref=MessageRef(self.account, folder, message["id"]), raw=raw,
            message_id=str(message_id).strip() if message_id else None,
            thread_id=message.get("threadId"),
            internal_date=(datetime.fromtimestamp(int(internal) / 1000, UTC)
                           if internal else None))

    # -- lookups by Message-ID -------------------------------------------------------------

    def _list_ids(self, **params: Any) -> list[str]:
        ids: list[str] = []
        page: str | None = None
        while True:
            response = self._call(self._users().messages().list(
                userId="me", maxResults=LIST_PAGE_SIZE, pageToken=page, **params).execute)
            ids += [m["id"] for m in response.get("messages", [])]
            page = response.get("nextPageToken")
            if not page:
                return ids

    def _find_message(self, message_id: str, *, anywhere: bool = False) -> Json | None:
        """The first message with this Message-ID (``anywhere``: including Spam and Trash)."""
        response = self._call(self._users().messages().list(
            userId="me", q=f"rfc822msgid:{message_ids.bare(message_id)}", maxResults=1,
            includeSpamTrash=anywhere).execute)
        messages = response.get("messages", [])
        return messages[0] if messages else None

    def _draft_exists(self, message_id: str) -> bool:
        response = self._call(self._users().drafts().list(
            userId="me", q=f"rfc822msgid:{message_ids.bare(message_id)}", maxResults=1).execute)
        return bool(response.get("drafts"))

    def _parent_thread(self, raw: bytes) -> str | None:
        """The threadId of the message ``raw`` answers (its In-Reply-To), when Gmail has it."""
        parent = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)["In-Reply-To"]
        found = _MSG_ID.findall(str(parent or ""))
        original = self._find_message(found[0]) if found else None
        return original["threadId"] if original else None

    # -- plumbing --------------------------------------------------------------------------

    def _users(self) -> Any:
        if self._service is None:
            raise RuntimeError("GmailMailbox used before connect()")
        return self._service.users()

    def _label_id(self, folder: str) -> str:
        try:
            return self._label_ids[folder]
        except KeyError:
            raise MailboxError(f"Gmail account {self.account!r} has no label {folder}",
                               hint="fix `folders` for this account") from None

    def _call(self, execute: Callable[[], T]) -> T:
        """Run one API call, retrying transient failures within the budget."""
        while True:
            try:
                return execute()
            except Exception as exc:  # sorted by _transient_or_raise
                failure = self._transient_or_raise(exc)
            self._budget.wait(failure)

    def _create(self, execute: Callable[[], object], exists: Callable[[], bool]) -> None:
        """Like :meth:`_call` for a call that creates something: before each retry ask
        ``exists`` whether the failed attempt took effect after all (a timeout can hide one)."""
        while True:
            try:
                execute()
                return
            except Exception as exc:  # sorted by _transient_or_raise
                failure = self._transient_or_raise(exc)
            self._budget.wait(failure)
            if exists():
                return

    def _transient_or_raise(self, exc: Exception) -> Transient:
        failure = classify(exc)
        if failure is not None:
            return failure
        translated = self._translate(exc)
        if translated is exc:
            raise exc
        raise translated from exc

    def _translate(self, exc: Exception) -> Exception:
        """Credential and permission failures as typed errors; anything else unchanged."""
        if isinstance(exc, RefreshError):
            return credential_error(self.account, exc)
        if isinstance(exc, HttpError) and exc.resp.status == 401:
            return CredentialError(f"Gmail rejected the access token for account "
                                   f"{self.account!r}", hint=relogin_hint(self.account))
        if isinstance(exc, HttpError) and exc.resp.status == 403:
            reasons = ", ".join(sorted(error_reasons(exc))) or "forbidden"
            return MailboxError(
                f"Gmail refused a request for account {self.account!r} ({reasons})",
                hint="the login may lack the gmail.readonly, gmail.compose and gmail.insert "
                     "scopes; " + relogin_hint(self.account))
        return exc


def _unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _text_leaves(payload: Json) -> list[Json]:
    """The inline text/plain and text/html parts of a ``format=full`` payload, in order."""
    found: list[Json] = []
    stack = [payload]
    while stack:
        part = stack.pop()
        children = part.get("parts") or []
        if children:
            stack.extend(reversed(children))
        elif (part.get("mimeType") in ("text/plain", "text/html") and not part.get("filename")
              and "data" in part.get("body", {})):
            found.append(part)
    return found


def trimmed_from_payload(payload: Json, cap: int) -> bytes:
    """A large message rebuilt from a ``format=full`` payload: header and first text parts."""
    header = "".join(f"{h.get('name', '')}: {h.get('value', '')}\r\n"
                     for h in payload.get("headers", [])).encode("utf-8", "replace")
    parts = []
    for leaf in _text_leaves(payload)[:MAX_TEXT_PARTS]:
        content_type = next((h.get("value", "") for h in leaf.get("headers", [])
                             if h.get("name", "").lower() == "content-type"), leaf["mimeType"])
        mime = (f"Content-Type: {content_type}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                .encode("utf-8", "replace"))
        parts.append((mime, _unb64(leaf["body"]["data"])[:cap]))
    return with_parts(header, parts)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _headers(message: Json) -> dict[str, str]:
    """A metadata-format message's headers by lower-case name (Gmail keeps the sender's case)."""
    return {h["name"].lower(): h["value"] for h in message.get("payload", {}).get("headers", [])}
