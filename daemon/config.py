"""The configuration file: parsed once into frozen dataclasses, validated completely.

Every problem in a file is collected with its key path (``accounts[0].port``)
and reported together in one :class:`~afterword.daemon.errors.ConfigError`; unknown keys
are errors, so a typo never silently falls back to a default. Secrets are never
read from here: the file names *how* to get them (keyring, ``password_command``,
``token_command``). Each account is parsed into its kind's own record
(:mod:`afterword.daemon.mailbox.accounts`) by the kind registry's parser.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterword.daemon.config_table import Table
from afterword.daemon.errors import ConfigError
from afterword.daemon.mailbox.accounts import (
    DEFAULT_FOLDERS,
    DEFAULT_MAX_MESSAGE_BYTES,
    Account,
    Common,
)
from afterword.daemon.mailbox.kinds import KINDS, other_kinds_key
from afterword.daemon.paths import config_dir, expand
from afterword.parsers import PACK_LANGUAGES

DEFAULT_LANGUAGES = PACK_LANGUAGES
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_ACCOUNT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Identity:
    """Who the drafts are from and how they are signed."""

    name: str = ""
    email: str | None = None
    signature: str = ""


@dataclass(frozen=True)
class DraftingWindow:
    """Local hours in which drafts may be written; ``None`` bounds mean any time."""

    start: time | None = time(9, 0)
    end: time | None = time(17, 0)

    @property
    def any_time(self) -> bool:
        return self.start is None


@dataclass(frozen=True)
class Schedule:
    """When Afterword polls, drafts and reminds."""

    poll_interval: timedelta = timedelta(minutes=5)
    cooling_off_business_days: int = 3
    drafting_window: DraftingWindow = field(default_factory=DraftingWindow)
    reminder_after_business_days: int = 7
    timezone: ZoneInfo | None = None
    holiday_country: str | None = None
    max_age_days: int = 30
    quarantine_after: int = 3


@dataclass(frozen=True)
class Detection:
    """Which rule packs to load and where the user's own rules live."""

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    threshold: float | None = None
    user_rules: Path = field(default_factory=lambda: config_dir() / "rules.toml")
    templates_dir: Path | None = None


@dataclass(frozen=True)
class Config:
    """The whole, validated configuration."""

    path: Path | None
    identity: Identity
    schedule: Schedule
    detection: Detection
    accounts: tuple[Account, ...]

    def account(self, name: str) -> Account:
        for account in self.accounts:
            if account.name == name:
                return account
        known = ", ".join(a.name for a in self.accounts) or "none"
        raise ConfigError(f"no account named {name!r} (configured: {known})",
                          path=str(self.path) if self.path else None)


def parse_duration(text: str) -> timedelta:
    """``"90s"``, ``"5m"``, ``"1.5h"``, ``"2d"``; a bare number means seconds."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a duration like 30s, 5m, 1h or 90d")
    amount, unit = float(match.group(1)), match.group(2) or "s"
    return timedelta(seconds=amount * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit])


def parse_window(text: str) -> DraftingWindow:
    """``"09:00-17:00"`` or ``"any"``."""
    if text.strip().lower() == "any":
        return DraftingWindow(None, None)
    match = _WINDOW.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a window like 09:00-17:00 or \"any\"")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start, end = time(h1, m1), time(h2, m2)
    if start >= end:
        raise ValueError(f"{text!r} must start before it ends")
    return DraftingWindow(start, end)


def _converted(table: Table, key: str, default: Any, convert: Any) -> Any:
    raw = table.string(key)
    if raw is None:
        return default
    try:
        return convert(raw)
    except (ValueError, ZoneInfoNotFoundError) as exc:
        table.fail(key, str(exc) if isinstance(exc, ValueError) else f"unknown timezone {raw!r}")
        return default


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ZoneInfoNotFoundError(name) from exc


def _schedule(table: Table) -> Schedule:
    schedule = Schedule(
        poll_interval=_converted(table, "poll_interval", timedelta(minutes=5), parse_duration),
        cooling_off_business_days=table.integer("cooling_off_business_days", 3, maximum=60),
        drafting_window=_converted(table, "drafting_window", DraftingWindow(), parse_window),
        reminder_after_business_days=table.integer("reminder_after_business_days", 7,
                                                   maximum=120),
        timezone=_converted(table, "timezone", None, _zone),
        holiday_country=table.string("holiday_country"),
        max_age_days=table.integer("max_age_days", 30, minimum=1, maximum=3650),
        quarantine_after=table.integer("quarantine_after", 3, minimum=1, maximum=100),
    )
    if schedule.poll_interval < timedelta(seconds=1):
        table.fail("poll_interval", "must be at least 1s")
    if schedule.holiday_country:
        import holidays

        if schedule.holiday_country.upper() not in holidays.list_supported_countries():
            table.fail("holiday_country",
                        f"{schedule.holiday_country!r} is not a supported country code")
    table.reject_unknown()
    return schedule


def _identity(table: Table) -> Identity:
    identity = Identity(
        name=table.string("name", "") or "",
        email=table.string("email"),
        signature=table.string("signature", "") or "",
    )
    table.reject_unknown()
    return identity


def _detection(table: Table) -> Detection:
    languages = table.strings("languages", DEFAULT_LANGUAGES)
    for lang in languages:
        if not re.fullmatch(r"[a-z]{2}", lang):
            table.fail("languages", f"{lang!r} is not a two-letter language code")
    threshold = table.number("threshold")
    user_rules = table.string("user_rules")
    templates = table.string("templates_dir")
    detection = Detection(
        languages=languages,
        threshold=threshold,
        user_rules=expand(user_rules) if user_rules else Detection().user_rules,
        templates_dir=expand(templates) if templates else None,
    )
    table.reject_unknown()
    return detection


def _account(table: Table, seen: set[str]) -> Account | None:
    """The keys every kind shares, then the kind's own (its parser's), then the rest unknown."""
    name = table.string("name", required=True)
    kind = KINDS.get(table.string("kind", required=True, choices=tuple(KINDS)) or "")
    if name is not None and not _ACCOUNT_NAME.match(name):
        table.fail("name", f"{name!r} may use only letters, digits, '.', '_' and '-'")
    if name in seen:
        table.fail("name", f"{name!r} is used by two accounts")
    seen.add(name or "")
    common = Common(
        name=name or "?",
        folders=table.strings("folders", DEFAULT_FOLDERS),
        drafts_folder=table.string("drafts_folder"),
        sent_folder=table.string("sent_folder"),
        max_message_bytes=table.integer("max_message_bytes", DEFAULT_MAX_MESSAGE_BYTES,
                                        minimum=1024),
    )
    if kind is None:  # the kind is the problem: no key of any kind is unknown too
        table.used.update(key for known in KINDS.values() for key in known.keys)
        return None
    account: Account = kind.parse(table, common)
    kind_name = kind.name
    table.reject_unknown(lambda key: other_kinds_key(key, kind_name))
    return account


def config_from_dict(data: dict[str, Any], path: Path | None = None, *,
                     require_accounts: bool = True) -> Config:
    """Validate already-parsed TOML; raises ConfigError listing every problem.

    ``require_accounts=False`` accepts a config with no account yet, for the commands
    that read no mailbox (check, rules, backtest --dir, apps, label, insights).
    """
    problems: list[str] = []
    root = Table(data, "", problems)
    identity = _identity(root.table("identity"))
    schedule = _schedule(root.table("schedule"))
    detection = _detection(root.table("detection"))
    root.used.add("accounts")
    raw_accounts = data.get("accounts", [])
    accounts: list[Account] = []
    if not isinstance(raw_accounts, list):
        problems.append("accounts: must be an array of tables ([[accounts]])")
        raw_accounts = []
    if not raw_accounts and require_accounts:
        problems.append("accounts: at least one [[accounts]] table is required")
    seen: set[str] = set()
    for index, raw in enumerate(raw_accounts):
        account = _account(Table(raw, f"accounts[{index}]", problems), seen)
        if account is not None:
            accounts.append(account)
    root.reject_unknown()
    if problems:
        raise ConfigError(problems, path=str(path) if path else None)
    return Config(path, identity, schedule, detection, tuple(accounts))


def load_config(path: Path, *, require_accounts: bool = True) -> Config:
    """Read and validate the TOML file at ``path``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file {path} not found", hint=(
            "`afterword init` writes a starter config there; or pass --config PATH")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None
    return config_from_dict(data, path, require_accounts=require_accounts)
