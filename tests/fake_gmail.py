"""A local fake of the Gmail REST API, for driving the real google-api-python-client in tests.

It serves, on ``127.0.0.1:<free port>``, the subset of ``gmail/v1`` Afterword uses, with the
JSON shapes of Gmail's discovery document and Gmail's error bodies:

* ``users.getProfile``, ``users.labels.list``;
* ``users.messages.list`` (``q`` with ``newer_than:Nd``, ``after:EPOCH``, ``rfc822msgid:ID``,
  ``labelIds``, ``includeSpamTrash``, paging), ``messages.get`` (``raw``/``metadata``/``full``/
  ``minimal``), ``messages.insert``;
* ``users.history.list`` (``startHistoryId``, ``historyTypes`` ``messageAdded``/``labelAdded``/
  ``labelRemoved``, ``labelId``, paging; 404 once the start is older than the history the fake
  keeps);
* ``users.drafts.list``/``get``/``create`` and ``users.threads.get``;
* the batch endpoint (``multipart/mixed`` of ``application/http`` parts);
* an OAuth token endpoint (``refresh_token`` and ``authorization_code`` grants).

Every request, batched parts included, is recorded as a :class:`Recorded` so a test can assert
what was called. Sending (``messages/send``, ``drafts/send``) is answered 200 and recorded, so a
test can prove it never happened. Faults are injected per operation with :meth:`FakeGmail.fail`,
history is expired with :meth:`FakeGmail.expire_history`, refresh tokens are revoked with
:meth:`FakeGmail.revoke_refresh_tokens`. The HTTP server and the batch framing live in
:mod:`tests.fake_gmail_http`.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.fake_gmail_http import LocalServer

SYSTEM_LABELS = ("INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT",
                 "CATEGORY_PERSONAL", "CATEGORY_UPDATES")
SEND_OPERATIONS = frozenset({"messages.send", "drafts.send"})

Json = dict[str, Any]
Query = dict[str, list[str]]

# (HTTP method, path below /gmail/v1/users/{userId}, operation name)
_ROUTES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (method, re.compile(pattern), name) for method, pattern, name in (
        ("GET", r"/profile", "getProfile"),
        ("GET", r"/labels", "labels.list"),
        ("GET", r"/messages", "messages.list"),
        ("POST", r"/messages", "messages.insert"),
        ("POST", r"/messages/send", "messages.send"),
        ("GET", r"/messages/(?P<id>[^/]+)", "messages.get"),
        ("GET", r"/history", "history.list"),
        ("GET", r"/drafts", "drafts.list"),
        ("POST", r"/drafts", "drafts.create"),
        ("POST", r"/drafts/send", "drafts.send"),
        ("GET", r"/drafts/(?P<id>[^/]+)", "drafts.get"),
        ("GET", r"/threads/(?P<id>[^/]+)", "threads.get"),
    )
)
# history.list historyTypes -> the record field holding that kind of change
_HISTORY_KEYS = {"messageAdded": "messagesAdded", "labelAdded": "labelsAdded",
                 "labelRemoved": "labelsRemoved"}
_REPLY_PREFIX = re.compile(r"^\s*((re|fwd?|aw|sv)\s*:\s*)+", re.IGNORECASE)


def b64url(data: bytes) -> str:
    """Gmail's ``raw`` encoding: URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _error(status: int, message: str, reason: str, domain: str = "global") -> Json:
    return {"error": {"code": status, "message": message, "status": HTTPStatus(status).name,
                      "errors": [{"message": message, "domain": domain, "reason": reason}]}}


def _not_found() -> tuple[int, Json]:
    return 404, _error(404, "Requested entity was not found.", "notFound")


def _bad_request(message: str) -> tuple[int, Json]:
    return 400, _error(400, message, "invalidArgument")


@dataclass
class StoredMessage:
    """One message as the fake keeps it."""

    id: str
    thread_id: str
    labels: list[str]
    raw: bytes
    history_id: int
    internal_date: datetime

    def header(self, name: str) -> str | None:
        value = BytesParser(policy=policy.default).parsebytes(self.raw, headersonly=True)[name]
        return None if value is None else str(value)


@dataclass(frozen=True)
class Recorded:
    """One request the fake received; ``batched`` for parts of a batch request."""

    operation: str
    method: str
    path: str
    query: Query
    batched: bool = False
    authorization: str | None = None


@dataclass
class _Fault:
    status: int | None
    times: int
    retry_after: str | None
    reason: str | None


@dataclass
class _State:
    messages: dict[str, StoredMessage] = field(default_factory=dict)
    drafts: dict[str, str] = field(default_factory=dict)  # draft id -> message id
    labels: dict[str, str] = field(default_factory=lambda: {n: n for n in SYSTEM_LABELS})
    history: list[tuple[int, Json]] = field(default_factory=list)
    history_floor: int = 0


class FakeGmail:
    """The fake server and its state. Use as a context manager, or call start()/stop()."""

    def __init__(self, email_address: str = "me@example.com") -> None:
        self.email_address = email_address
        self.requests: list[Recorded] = []
        self.refresh_grants: list[dict[str, str]] = []
        # What the consent screen grants in an authorization_code exchange.
        self.granted_scopes = " ".join(f"https://www.googleapis.com/auth/gmail.{name}"
                                       for name in ("readonly", "compose", "insert"))
        self._state = _State()
        self._faults: dict[str, list[_Fault]] = {}
        self._ids = itertools.count(0x18c0_0000_0000_0001)
        self._history_ids = itertools.count(5001)
        self._history_now = 5000
        self._revoked: int | None = None
        self._lock = threading.RLock()
        self._server = LocalServer(self.handle)

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> FakeGmail:
        self._server.start()
        return self

    def stop(self) -> None:
        """Stop answering, as a network outage would: new and open connections fail."""
        self._server.stop()

    def __enter__(self) -> FakeGmail:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._server.port}/"

    @property
    def token_uri(self) -> str:
        return self.endpoint + "token"

    # -- seeding and inspection ------------------------------------------------------------

    def seed(self, raw: bytes, labels: Iterable[str] = ("INBOX",), thread_id: str | None = None,
             *, internal_date: datetime | None = None) -> str:
        """Deliver ``raw`` as if Gmail received it; ``labels`` are names (new ones are created)."""
        with self._lock:
            label_ids = [self._label_id(name, create=True) for name in labels]
            return self._add(raw, label_ids, thread_id, internal_date).id

    def add_label(self, name: str) -> str:
        with self._lock:
            return self._label_id(name, create=True)

    def relabel(self, message_id: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        """Change a stored message's labels (names) as the user filing it would; history
        records the change as ``labelsAdded`` and ``labelsRemoved``."""
        with self._lock:
            msg = self._state.messages[message_id]
            added = [lid for lid in (self._label_id(n, create=True) for n in add)
                     if lid not in msg.labels]
            removed = [lid for lid in (self._label_id(n) for n in remove) if lid in msg.labels]
            msg.labels = [lid for lid in msg.labels if lid not in removed] + added
            hid = self._next_history()
            brief = {"id": msg.id, "threadId": msg.thread_id}
            record: Json = {"id": str(hid), "messages": [brief]}
            for key, ids in (("labelsAdded", added), ("labelsRemoved", removed)):
                if ids:
                    record[key] = [{"message": {**brief, "labelIds": list(msg.labels)},
                                    "labelIds": ids}]
            self._state.history.append((hid, record))

    def delete(self, message_id: str) -> None:
        """Delete a stored message for good, as the user emptying the Trash would."""
        with self._lock:
            del self._state.messages[message_id]

    def drafts(self) -> list[StoredMessage]:
        """The message of every draft, oldest first."""
        with self._lock:
            return [self._state.messages[mid] for mid in self._state.drafts.values()]

    def messages_with_label(self, label: str) -> list[StoredMessage]:
        with self._lock:
            label_id = self._label_id(label)
            return [m for m in self._state.messages.values() if label_id in m.labels]

    def message(self, message_id: str) -> StoredMessage:
        with self._lock:
            return self._state.messages[message_id]

    def operations(self) -> list[str]:
        return [r.operation for r in self.requests]

    def send_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.operation in SEND_OPERATIONS]

    @property
    def history_id(self) -> int:
        return self._history_now

    # -- fault injection -------------------------------------------------------------------

    def fail(self, operation: str, status: int | None, *, times: int = 1,
             retry_after: str | None = None, reason: str | None = None) -> None:
        """Answer the next ``times`` calls of ``operation`` (e.g. ``"messages.get"``, ``"batch"``,
        ``"token"``) with ``status``; ``status=None`` drops the connection without an answer."""
        self._faults.setdefault(operation, []).append(_Fault(status, times, retry_after, reason))

    def expire_history(self) -> None:
        """Forget all history so far: older ``startHistoryId`` values answer 404."""
        with self._lock:
            self._state.history_floor = self._history_now + 1
            self._state.history.clear()

    def revoke_refresh_tokens(self, status: int = 400) -> None:
        """The token endpoint answers ``invalid_grant``; issued access tokens stop working."""
        self._revoked = status

    # -- internals -------------------------------------------------------------------------

    def _label_id(self, name: str, *, create: bool = False) -> str:
        labels = self._state.labels
        if name in labels.values():
            return name
        if name in labels:
            return labels[name]
        if not create:
            raise KeyError(name)
        labels[name] = f"Label_{len(labels) - len(SYSTEM_LABELS) + 1}"
        return labels[name]

    def _next_history(self) -> int:
        self._history_now = next(self._history_ids)
        return self._history_now

    def _add(self, raw: bytes, label_ids: list[str], thread_id: str | None,
             internal_date: datetime | None = None) -> StoredMessage:
        mid = f"{next(self._ids):x}"
        msg = StoredMessage(mid, thread_id or mid, label_ids, raw, self._next_history(),
                            internal_date or datetime.now(UTC))
        self._state.messages[mid] = msg
        brief = {"id": mid, "threadId": msg.thread_id}
        self._state.history.append((msg.history_id, {
            "id": str(msg.history_id), "messages": [brief],
            "messagesAdded": [{"message": {**brief, "labelIds": list(label_ids)}}]}))
        return msg

    def _take_fault(self, operation: str) -> _Fault | None:
        with self._lock:
            queue = self._faults.get(operation)
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.pop(0)
            return fault

    def handle(self, method: str, url: str, headers: dict[str, str], body: bytes,
               *, batched: bool = False) -> tuple[int, Json, dict[str, str]] | None:
        """Answer one API request: (status, json body, extra headers), or None to drop it."""
        parts = urlsplit(url)
        path, query = parts.path, parse_qs(parts.query)
        operation, route_args = route(method, path)
        auth = next((v for k, v in headers.items() if k.lower() == "authorization"), None)
        self.requests.append(Recorded(operation, method, path, query, batched, auth))
        fault = self._take_fault(operation)
        if fault is not None:
            return _fault_response(fault)
        if operation == "batch":
            return 200, {}, {}
        if operation == "token":
            status, payload = self._token(body)
            return status, payload, {}
        if self._revoked is not None:
            return 401, _error(401, "Request had invalid authentication credentials.",
                               "authError"), {"WWW-Authenticate": 'Bearer error="invalid_token"'}
        data = json.loads(body) if body.strip() else None
        with self._lock:
            status, payload = self._api(operation, route_args, query, data)
        return status, payload, {}

    def _token(self, body: bytes) -> tuple[int, Json]:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if self._revoked is not None:
            return self._revoked, {"error": "invalid_grant",
                                   "error_description": "Token has been expired or revoked."}
        token = {"access_token": f"ya29.fake-{next(self._ids):x}", "expires_in": 3599,
                 "token_type": "Bearer", "scope": form.get("scope", "")}
        if form.get("grant_type") == "authorization_code":
            token["refresh_token"] = f"1//fake-refresh-{form.get('code', '')}"
            token["scope"] = self.granted_scopes
        elif form.get("grant_type") == "refresh_token":
            self.refresh_grants.append(form)
        else:
            return 400, {"error": "unsupported_grant_type"}
        return 200, token

    def _api(self, operation: str, args: dict[str, str], query: Query,
             data: Json | None) -> tuple[int, Json]:
        arg = {k: v[-1] for k, v in query.items()}
        if operation == "getProfile":
            return 200, {"emailAddress": self.email_address, "historyId": str(self._history_now),
                         "messagesTotal": len(self._state.messages), "threadsTotal": len(
                             {m.thread_id for m in self._state.messages.values()})}
        if operation == "labels.list":
            return 200, {"labels": [
                {"id": lid, "name": name, "type": "system" if name in SYSTEM_LABELS else "user"}
                for name, lid in self._state.labels.items()]}
        if operation == "messages.list":
            return self._list_messages(query, arg)
        if operation == "messages.get":
            msg = self._state.messages.get(args["id"])
            if msg is None:
                return _not_found()
            return 200, _render(msg, arg.get("format", "full"), query.get("metadataHeaders", []))
        if operation == "messages.insert":
            return self._insert(data or {}, ())
        if operation in SEND_OPERATIONS:
            return 200, {"id": "sent-by-mistake", "threadId": "sent-by-mistake",
                         "labelIds": ["SENT"]}
        if operation == "history.list":
            return self._history(query, arg)
        if operation == "drafts.list":
            return self._list_drafts(arg)
        if operation == "drafts.get":
            mid = self._state.drafts.get(args["id"])
            if mid is None:
                return _not_found()
            return 200, {"id": args["id"], "message": _render(
                self._state.messages[mid], arg.get("format", "full"), [])}
        if operation == "drafts.create":
            return self._create_draft(data or {})
        if operation == "threads.get":
            msgs = [m for m in self._state.messages.values() if m.thread_id == args["id"]]
            if not msgs:
                return _not_found()
            fmt, wanted = arg.get("format", "full"), query.get("metadataHeaders", [])
            return 200, {"id": args["id"], "historyId": str(max(m.history_id for m in msgs)),
                         "messages": [_render(m, fmt, wanted) for m in msgs]}
        return 404, _error(404, f"Not Found: {operation}", "notFound")

    def _matching(self, candidates: Iterable[StoredMessage], q: str,
                  include_spam_trash: bool) -> list[StoredMessage] | str:
        predicates = []
        for term in q.split():
            key, _, value = term.partition(":")
            if key == "newer_than" and re.fullmatch(r"\d+d", value):
                cutoff = time.time() - int(value[:-1]) * 86400
                predicates.append(lambda m, c=cutoff: m.internal_date.timestamp() > c)
            elif key == "after" and value.isdigit():
                predicates.append(lambda m, c=int(value): m.internal_date.timestamp() > c)
            elif key == "rfc822msgid" and value:
                wanted = value.strip("<>")
                predicates.append(lambda m, w=wanted: (m.header("Message-ID") or "").strip(
                    " <>") == w)
            else:
                return f"Invalid query term: {term}"
        hidden = set() if include_spam_trash else {"SPAM", "TRASH"}
        found = [m for m in candidates
                 if not hidden & set(m.labels) and all(p(m) for p in predicates)]
        return sorted(found, key=lambda m: (m.internal_date, m.history_id), reverse=True)

    def _list_messages(self, query: Query, arg: dict[str, str]) -> tuple[int, Json]:
        try:
            wanted = {self._label_id(name) for name in query.get("labelIds", [])}
        except KeyError as exc:
            return _bad_request(f"Invalid label: {exc.args[0]}")
        candidates = (m for m in self._state.messages.values() if wanted <= set(m.labels))
        found = self._matching(candidates, arg.get("q", ""), arg.get("includeSpamTrash") == "true")
        if isinstance(found, str):
            return _bad_request(found)
        page, out = _page([{"id": m.id, "threadId": m.thread_id} for m in found], arg)
        if page:
            out["messages"] = page
        out["resultSizeEstimate"] = len(page)
        return 200, out

    def _history(self, query: Query, arg: dict[str, str]) -> tuple[int, Json]:
        if "startHistoryId" not in arg:
            return _bad_request("Missing startHistoryId")
        start = int(arg["startHistoryId"])
        if start < self._state.history_floor:
            return _not_found()
        types = set(query.get("historyTypes", [])) or set(_HISTORY_KEYS)
        label = arg.get("labelId")
        records = []
        for hid, record in self._state.history:
            if hid <= start:
                continue
            changes = {}
            for kind in types & set(_HISTORY_KEYS):
                entries = [e for e in record.get(_HISTORY_KEYS[kind], [])
                           if label is None or label in e["message"]["labelIds"]]
                if entries:
                    changes[_HISTORY_KEYS[kind]] = entries
            if changes:
                records.append({"id": record["id"], "messages": record["messages"], **changes})
        page, out = _page(records, arg)
        if page:
            out["history"] = page
        out["historyId"] = str(self._history_now)
        return 200, out

    def _list_drafts(self, arg: dict[str, str]) -> tuple[int, Json]:
        by_message = {mid: did for did, mid in self._state.drafts.items()}
        candidates = (self._state.messages[mid] for mid in by_message)
        found = self._matching(candidates, arg.get("q", ""), arg.get("includeSpamTrash") == "true")
        if isinstance(found, str):
            return _bad_request(found)
        rows = [{"id": by_message[m.id], "message": {"id": m.id, "threadId": m.thread_id}}
                for m in found]
        page, out = _page(rows, arg)
        if page:
            out["drafts"] = page
        out["resultSizeEstimate"] = len(page)
        return 200, out

    def thread_of(self, raw: bytes) -> str | None:
        """The thread Gmail files incoming ``raw`` into: that of a stored message it references
        (In-Reply-To/References) with the same subject, or None for a thread of its own."""
        with self._lock:
            threads = dict.fromkeys(m.thread_id for m in self._state.messages.values())
            return next((t for t in threads if self._joins(raw, t)), None)

    def _joins(self, raw: bytes, thread_id: str) -> bool:
        """Gmail's threading rule: ``raw`` references one of the thread's Message-IDs and
        its subject, without reply prefixes, matches one of the thread's."""
        thread = [m for m in self._state.messages.values() if m.thread_id == thread_id]
        head = BytesParser(policy=policy.default).parsebytes(raw, headersonly=True)
        refs = set(re.findall(r"<[^>]+>", f"{head['In-Reply-To']} {head['References']}"))
        ids = {(m.header("Message-ID") or "").strip() for m in thread}
        subject = _REPLY_PREFIX.sub("", str(head["Subject"] or "")).strip()
        same_subject = any(_REPLY_PREFIX.sub("", m.header("Subject") or "").strip() == subject
                           for m in thread)
        return bool(refs & ids) and same_subject

    def _thread_for(self, raw: bytes, thread_id: str | None) -> str | None | tuple[int, Json]:
        """The thread for inserted mail and drafts: the requested one, if ``raw`` may join it."""
        if not thread_id:
            return None
        if not any(m.thread_id == thread_id for m in self._state.messages.values()):
            return _not_found()
        return thread_id if self._joins(raw, thread_id) else None

    def _insert(self, data: Json, default_labels: tuple[str, ...]) -> tuple[int, Json]:
        if "raw" not in data:
            return _bad_request("'raw' RFC822 payload message string or uploading message via "
                                "/upload/* URL required")
        raw = _unb64url(data["raw"])
        try:
            labels = [self._label_id(lid) for lid in data.get("labelIds", default_labels)]
        except KeyError as exc:
            return _bad_request(f"Invalid label: {exc.args[0]}")
        thread = self._thread_for(raw, data.get("threadId"))
        if isinstance(thread, tuple):
            return thread
        msg = self._add(raw, labels, thread)
        return 200, {"id": msg.id, "threadId": msg.thread_id, "labelIds": msg.labels}

    def _create_draft(self, data: Json) -> tuple[int, Json]:
        message = data.get("message") or {}
        status, created = self._insert({**message, "labelIds": ["DRAFT"]}, ())
        if status != 200:
            return status, created
        draft_id = f"r{next(self._ids) % 10**12}"
        self._state.drafts[draft_id] = created["id"]
        return 200, {"id": draft_id, "message": created}


def route(method: str, path: str) -> tuple[str, dict[str, str]]:
    if path.rstrip("/") == "/token":
        return "token", {}
    if path.rstrip("/") in ("/batch", "/batch/gmail/v1"):
        return "batch", {}
    match = re.fullmatch(r"(?:/upload)?/gmail/v1/users/[^/]+(/.*)", path)
    if match:
        for route_method, pattern, name in _ROUTES:
            found = pattern.fullmatch(match.group(1))
            if route_method == method and found:
                return name, found.groupdict()
    return f"unknown {method} {path}", {}


def _fault_response(fault: _Fault) -> tuple[int, Json, dict[str, str]] | None:
    if fault.status is None:
        return None
    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
    if fault.status == 429:
        reason = fault.reason or "rateLimitExceeded"
        return 429, _error(429, "Too many concurrent requests for user.", reason,
                           "usageLimits"), headers
    if fault.status == 403:
        reason = fault.reason or "userRateLimitExceeded"
        return 403, _error(403, "User-rate limit exceeded.", reason, "usageLimits"), headers
    message = "Backend Error" if fault.status >= 500 else "Injected error"
    default_reason = "backendError" if fault.status >= 500 else "failedPrecondition"
    return fault.status, _error(fault.status, message, fault.reason or default_reason), headers


def _page(items: list[Json], arg: dict[str, str]) -> tuple[list[Json], Json]:
    start = int(arg.get("pageToken", "0") or 0)
    size = min(int(arg.get("maxResults", "100")), 500)
    out: Json = {}
    if start + size < len(items):
        out["nextPageToken"] = str(start + size)
    return items[start:start + size], out


def _render(msg: StoredMessage, fmt: str, wanted_headers: list[str]) -> Json:
    out: Json = {"id": msg.id, "threadId": msg.thread_id, "labelIds": list(msg.labels),
                 "historyId": str(msg.history_id), "sizeEstimate": len(msg.raw),
                 "internalDate": str(int(msg.internal_date.timestamp() * 1000)),
                 "snippet": ""}
    if fmt == "raw":
        out["raw"] = b64url(msg.raw)
    elif fmt in ("metadata", "full"):
        parsed = BytesParser(policy=policy.compat32).parsebytes(msg.raw, headersonly=True)
        wanted = {h.lower() for h in wanted_headers}
        headers = [{"name": k, "value": str(v)} for k, v in parsed.items()
                   if fmt == "full" or not wanted or k.lower() in wanted]
        out["payload"] = {"partId": "", "mimeType": parsed.get_content_type(), "filename": "",
                          "headers": headers}
        if fmt == "full":
            whole = BytesParser(policy=policy.compat32).parsebytes(msg.raw)
            tree = _part_tree(whole, "")
            out["payload"].update({"body": tree["body"], "parts": tree.get("parts", [])})
    return out


def _part_tree(part: Any, part_id: str) -> Json:
    """A MIME part as Gmail's ``format=full`` shows it: text parts carry their decoded
    content as ``body.data``; attachments and other binary parts only an ``attachmentId``."""
    node: Json = {"partId": part_id, "mimeType": part.get_content_type(),
                  "filename": part.get_filename() or "",
                  "headers": [{"name": k, "value": str(v)} for k, v in part.items()]}
    if part.is_multipart():
        node["body"] = {"size": 0}
        node["parts"] = [_part_tree(child, f"{part_id}.{n}" if part_id else str(n))
                         for n, child in enumerate(part.get_payload())]
        return node
    content = part.get_payload(decode=True) or b""
    if part.get_content_maintype() == "text" and not node["filename"]:
        node["body"] = {"size": len(content), "data": b64url(content)}
    else:
        node["body"] = {"size": len(content), "attachmentId": f"att-{part_id or 0}"}
    return node
