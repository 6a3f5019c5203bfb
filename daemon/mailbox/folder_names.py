"""Which folder plays the Drafts or Sent role: config override, then SPECIAL-USE, then names.

Pure: takes a folder listing (flags and names, as IMAP LIST returns them or as
the Maildir adapter builds it) and returns a name. SPECIAL-USE flags are
RFC 6154 section 2; the name lists cover servers that do not advertise them: the
names servers use whatever the language, then the names each language pack lists
(``[mailbox]`` in ``parsers/packs/<language>.toml``), every pack whatever the
config's ``languages`` says.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from afterword.parsers.pack_files import every_pack

Role = Literal["drafts", "sent"]

SPECIAL_USE: dict[Role, str] = {"drafts": "\\Drafts", "sent": "\\Sent"}

_SERVER_NAMES: dict[Role, tuple[str, ...]] = {
    "drafts": ("Drafts", "[Gmail]/Drafts", "INBOX.Drafts", "INBOX/Drafts", "Draft"),
    "sent": ("Sent", "[Gmail]/Sent Mail", "INBOX.Sent", "INBOX/Sent", "Sent Items",
             "Sent Messages"),
}


#: The names tried for each role, in order, when no folder carries the SPECIAL-USE flag.
COMMON_NAMES: dict[Role, tuple[str, ...]] = {
    role: tuple(dict.fromkeys(names + every_pack("mailbox", f"{role}_folders")))
    for role, names in _SERVER_NAMES.items()
}


def choose_folder(role: Role, override: str | None,
                  listing: Iterable[tuple[Iterable[str], str]]) -> str | None:
    """The folder for ``role``: ``override`` if set, else by flag, else by common name.

    ``listing`` holds ``(flags, name)`` pairs, e.g. ``([r"\\HasNoChildren", r"\\Drafts"],
    "Drafts")``. Name matching ignores case; None means no candidate exists.
    """
    if override:
        return override
    folders = [({flag.lower() for flag in flags}, name) for flags, name in listing]
    wanted = SPECIAL_USE[role].lower()
    for flags, name in folders:
        if wanted in flags:
            return name
    by_name = {name.lower(): name for _, name in folders}
    for candidate in COMMON_NAMES[role]:
        if candidate.lower() in by_name:
            return by_name[candidate.lower()]
    return None
