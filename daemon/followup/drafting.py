"""Compose the feedback-request reply to a rejection, as the bytes of a draft.

Owns the draft's headers, its deterministic Message-ID and the choice and
filling of its template. Pure: no mailbox, no store, no clock (``now`` is
passed in).

Templates are filled with :class:`string.Template`: ``feedback`` (general request),
``interview`` (after an interview) and ``thanks`` (the employer states it gives no
feedback). Each language's templates and the words its placeholders take are the
``[draft]`` table of its pack (``parsers/packs/<language>.toml``); a file
``<kind>_<language>.txt`` in the user's ``templates_dir`` takes precedence; the
rejection's language is used when it has a template, else English.
Placeholders: ``$greeting``, ``$company``, ``$position``, ``$role``,
``$recipient_name``, ``$sender_name``, ``$signature``.

Header safety: every templated value goes through :func:`one_line`, so a CR,
LF or other line break inside a name, company, role or subject can never start
a header of its own; addresses and Message-IDs that do not parse are dropped.
"""

from __future__ import annotations

import hashlib
import logging
import re
import string
from dataclasses import dataclass
from datetime import datetime
from email.charset import QP, Charset
from email.errors import HeaderParseError
from email.header import Header
from email.headerregistry import Address
from email.utils import format_datetime, formataddr, parseaddr
from functools import lru_cache
from pathlib import Path

from afterword.daemon.config import Identity
from afterword.daemon.errors import ConfigError
from afterword.parsers.pack_files import PACK_LANGUAGES, pack_data
from afterword.parsers.subject_prefixes import without_reply_prefixes

log = logging.getLogger(__name__)

#: The body's charset: UTF-8, quoted-printable (readable in any client, safe on the wire).
_BODY_CHARSET = Charset("utf-8")
_BODY_CHARSET.body_encoding = QP
#: Line ends on the wire, as IMAP APPEND wants (RFC 3501 section 6.3.11).
_CRLF = "\r\n"
#: Longest header line, in characters (RFC 5322 section 2.1.1).
_FOLD_AT = 78

KINDS = ("feedback", "interview", "thanks")
FALLBACK_LANGUAGE = "en"
NO_REPLY_NOTE = ("Afterword: the rejection came from a no-reply address; "
                 "add the recruiter's address before sending.")
IGNORED_REPLY_TO_NOTE = ("Afterword: the rejection asked for replies to go to {address}, "
                         "outside the sender's own domain, so this draft is addressed to the "
                         "sender instead. Check the address before sending.")

# Line breaks per str.splitlines() plus the other C0 controls and DEL.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_SPACES = re.compile(r"\s+")
_MESSAGE_ID = re.compile(r"^<[^<>\s]+>$")
_DOMAIN = re.compile(r"^[A-Za-z0-9.-]+$")
_MAX_REFERENCES = 20


@dataclass(frozen=True)
class DraftRequest:
    """What the draft needs to know about the rejection, the application and the user."""

    account: str
    original_subject: str
    original_message_id: str
    original_references: tuple[str, ...] = ()
    to_addr: str | None = None
    recipient_name: str | None = None
    company: str | None = None
    role: str | None = None
    language: str | None = None
    no_feedback_policy: bool = False
    had_interview: bool = False
    identity: Identity = Identity()
    account_email: str | None = None
    #: A Reply-To the draft did not follow (it pointed outside the sender's domain).
    ignored_reply_to: str | None = None
    #: The rejection already gave specific reasons: a thank-you, not a request.
    gave_reasons: bool = False


@dataclass(frozen=True)
class ComposedDraft:
    """A finished draft: the bytes to save and the facts the store records."""

    raw: bytes
    message_id: str
    to_addr: str | None
    subject: str
    kind: str
    language: str


def one_line(value: str | None) -> str:
    """``value`` with every line break and control character turned into one space."""
    if not value:
        return ""
    return _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()


def reply_subject(original: str) -> str:
    """``Re: <original>`` with any reply prefixes (Re, RE, AW, SV, ...) already there removed."""
    bare = without_reply_prefixes(one_line(original)).strip()
    return f"Re: {bare}" if bare else "Re: your message"


def _domain_of(email: str | None) -> str:
    domain = (email or "").rpartition("@")[2].strip().lower()
    return domain if domain and _DOMAIN.match(domain) else "afterword.invalid"


def derived_message_id(kind: str, account: str, rejection_message_id: str,
                       email: str | None) -> str:
    """A Message-ID fixed by the rejection, so saving again finds the first copy."""
    digest = hashlib.sha256(f"{account}\0{rejection_message_id}".encode()).hexdigest()[:24]
    return f"<afterword-{kind}-{digest}@{_domain_of(email)}>"


def draft_message_id(account: str, rejection_message_id: str, email: str | None) -> str:
    """The Message-ID of the feedback-request draft for one rejection."""
    return derived_message_id("draft", account, rejection_message_id, email)


def valid_message_id(value: str | None) -> str | None:
    """``value`` when it looks like ``<id>``, else None."""
    cleaned = one_line(value)
    return cleaned if _MESSAGE_ID.match(cleaned) else None


@lru_cache(maxsize=256)
def mail_address(addr: str | None, name: str | None = None) -> Address | None:
    """An :class:`Address` for ``addr`` (display name ``name``), or None when it does not parse.

    An internationalised domain is kept in its IDNA form (RFC 5890), which every header can
    carry; a local part must be ASCII already. Remembered: every draft of an account has the
    same sender, and parsing an address is the costly part of composing its header.
    """
    _, spec = parseaddr(one_line(addr))
    local, at, domain = spec.rpartition("@")
    if not local or not at:
        return None
    try:
        return Address(display_name=one_line(name),
                       addr_spec=f"{local}@{domain.encode('idna').decode('ascii')}")
    except (UnicodeError, ValueError, IndexError, HeaderParseError):  # e.g. "hr@acme.example."
        return None


def _text_field(name: str, value: str) -> str | Header:
    """``value`` as the body of field ``name``: as it is when ASCII (:func:`_wire_field` folds
    it), else as RFC 2047 encoded words."""
    return value if value.isascii() else Header(value, "utf-8", header_name=name)


def _address_field(field_name: str, address: Address) -> str | Header:
    """``Name <local@domain>``: an ASCII name quoted where it must be, any other name as
    encoded words (a comma inside it then stays part of the name)."""
    name, spec = address.display_name, address.addr_spec
    if name.isascii():
        return formataddr((name, spec))
    field = Header(name, "utf-8", header_name=field_name)
    field.append(f"<{spec}>", "us-ascii")
    return field


def _wire_field(name: str, value: str | Header) -> str:
    """``name: value`` and its line end, as written to the server: a value that is ASCII and
    fits on the line as it is, else folded at 78 columns by its :class:`Header` (encoded
    words where it is not ASCII). Folding is the costly part of composing, and most
    fields (dates, ids, plain addresses) need none."""
    if isinstance(value, str):
        if value.isascii() and len(name) + 2 + len(value) <= _FOLD_AT:
            return f"{name}: {value}{_CRLF}"
        value = Header(value, "us-ascii" if value.isascii() else "utf-8", header_name=name)
    return f"{name}: {value.encode(linesep=_CRLF, maxlinelen=_FOLD_AT)}{_CRLF}"


def template_kind(request: DraftRequest) -> str:
    """The thank-you when the email already says why (or that no feedback is given), else a
    feedback request (after an interview, one about the interviews)."""
    if request.no_feedback_policy or request.gave_reasons:
        return "thanks"
    return "interview" if request.had_interview else "feedback"


def _read_template(kind: str, language: str, templates_dir: Path | None) -> str | None:
    name = f"{kind}_{language}.txt"
    if templates_dir is not None:
        override = templates_dir / name
        if override.is_file():
            try:
                return override.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"cannot read template {override}: {exc}") from None
    return draft_wording(language).get(kind)


def draft_wording(language: str) -> dict[str, str]:
    """The ``[draft]`` table of ``language``'s pack: its templates and the words that fill
    their placeholders; empty when the language has no pack or its pack no draft."""
    return dict(pack_data(language).get("draft", {})) if language in PACK_LANGUAGES else {}


def load_template(kind: str, language: str | None,
                  templates_dir: Path | None = None) -> tuple[str, str]:
    """The template text for ``kind`` and the language it is in (falling back to English)."""
    wanted = (language or FALLBACK_LANGUAGE).lower()
    for lang in dict.fromkeys((wanted, FALLBACK_LANGUAGE)):
        text = _read_template(kind, lang, templates_dir)
        if text is not None:
            return text, lang
    raise ConfigError(f"no template {kind}_{FALLBACK_LANGUAGE}.txt found")


def _placeholders(request: DraftRequest, language: str) -> dict[str, str]:
    wording = draft_wording(language) or draft_wording(FALLBACK_LANGUAGE)
    name, role, company = (one_line(request.recipient_name), one_line(request.role),
                           one_line(request.company))
    identity = request.identity
    signature = "\n".join(one_line(line) for line in identity.signature.splitlines())
    return {
        "greeting": wording["greet_name"].format(name=name) if name else wording["greet"],
        "company": company or wording["company"],
        "position": wording["position_role"].format(role=role) if role else wording["position"],
        "role": role,
        "recipient_name": name,
        "sender_name": one_line(identity.name),
        "signature": signature.strip() or one_line(identity.name),
    }


def render_body(request: DraftRequest, templates_dir: Path | None = None) -> tuple[str, str, str]:
    """The body text, the template kind and the language actually used."""
    kind = template_kind(request)
    text, language = load_template(kind, request.language, templates_dir)
    try:
        body = string.Template(text).substitute(_placeholders(request, language))
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"template {kind}_{language}.txt uses an unknown or malformed "
                          f"placeholder: {exc}", hint="use $greeting, $company, $position, "
                          "$role, $recipient_name, $sender_name or $signature") from None
    lines = [line.rstrip() for line in body.strip().splitlines()]
    return "\n".join(lines) + "\n", kind, language


def _references(request: DraftRequest, original: str | None) -> list[str]:
    refs = [ref for ref in (valid_message_id(r) for r in request.original_references) if ref]
    if original and original not in refs:
        refs.append(original)
    if len(refs) > _MAX_REFERENCES:
        # RFC 5322 3.6.4: keep the thread's first message and the most recent ones.
        refs = refs[:1] + refs[-(_MAX_REFERENCES - 1):]
    return refs


def compose_draft(request: DraftRequest, *, now: datetime, message_id: str | None = None,
                  templates_dir: Path | None = None) -> ComposedDraft:
    """The draft reply for ``request``; ``message_id`` defaults to :func:`draft_message_id`."""
    sender_email = request.identity.email or request.account_email
    mid = valid_message_id(message_id) or draft_message_id(
        request.account, request.original_message_id, sender_email)
    body, kind, language = render_body(request, templates_dir)
    recipient = mail_address(request.to_addr, request.recipient_name)
    if recipient is None:
        body = f"{NO_REPLY_NOTE}\n\n{body}"
    if request.ignored_reply_to:
        note = IGNORED_REPLY_TO_NOTE.format(address=one_line(request.ignored_reply_to)[:200])
        body = f"{note}\n\n{body}"
    subject = reply_subject(request.original_subject)

    sender = mail_address(sender_email, request.identity.name)
    original = valid_message_id(request.original_message_id)
    references = _references(request, original)
    fields: list[tuple[str, str | Header | None]] = [
        ("MIME-Version", "1.0"),
        ("From", _address_field("From", sender) if sender is not None else None),
        ("To", _address_field("To", recipient) if recipient is not None else ""),
        ("Subject", _text_field("Subject", subject)),
        ("Date", format_datetime(now)),
        ("Message-ID", mid),
        ("In-Reply-To", original),
        ("References", _text_field("References", " ".join(references)) if references else None),
        ("Content-Type", f'text/plain; charset="{_BODY_CHARSET.get_output_charset()}"'),
        ("Content-Transfer-Encoding", "quoted-printable")]
    head = "".join(_wire_field(name, value) for name, value in fields if value is not None)
    wire_body = _BODY_CHARSET.body_encode(body).replace("\n", _CRLF)
    to_addr = recipient.addr_spec if recipient is not None else None
    log.debug("composed %s draft (%s) %s", kind, language, mid)
    return ComposedDraft(f"{head}{_CRLF}{wire_body}".encode("ascii"), mid, to_addr, subject,
                         kind, language)
