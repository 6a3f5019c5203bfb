"""The configuration file: parsed once into frozen dataclasses, validated completely.

Every problem in a file is collected with its key path (``accounts[0].port``)
and reported together in one :class:`~afterword.daemon.errors.ConfigError`; unknown keys
are errors, so a typo never silently falls back to a default. Secrets are never
read from here: the file names *how* to get them (keyring, ``password_command``,
``token_command``).
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterword.daemon.errors import ConfigError
from afterword.daemon.mailbox.kinds import KINDS
from afterword.daemon.paths import config_dir, expand
from afterword.parsers import PACK_LANGUAGES

TLS_MODES = ("ssl", "starttls", "none")
AUTH_MODES = ("password", "xoauth2")
OAUTH_PROVIDERS = ("microsoft",)
DEFAULT_MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
_TENANT = re.compile(r"^(common|organizations|consumers|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
                     r"[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|"
                     r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}$")
_AUTHORITY = re.compile(r"^https://[A-Za-z0-9.-]+(:\d+)?/?$")
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
class Account:
    """One mailbox to watch. Which fields matter depends on ``kind``."""

    name: str
    kind: str
    host: str | None = None
    port: int | None = None
    tls: str = "ssl"
    ca_file: Path | None = None
    username: str | None = None
    auth: str = "password"
    password_command: str | None = None
    token_command: str | None = None
    oauth: str | None = None
    tenant: str | None = None
    client_id: str | None = None
    authority: str | None = None
    folders: tuple[str, ...] = ("INBOX",)
    drafts_folder: str | None = None
    sent_folder: str | None = None
    push: bool = False
    path: Path | None = None
    email: str | None = None
    api_endpoint: str | None = None
    max_message_bytes: int = 2 * 1024 * 1024
    timeout_seconds: float = 30.0


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


class _Table:
    """Reads typed values out of one TOML table, recording problems instead of raising."""

    def __init__(self, data: Any, where: str, problems: list[str]) -> None:
        self.where = where
        self.problems = problems
        if not isinstance(data, dict):
            self._fail("", f"must be a table, not {type(data).__name__}")
            data = {}
        self.data: dict[str, Any] = data
        self.used: set[str] = set()

    def _key(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where and key else (self.where or key)

    def _fail(self, key: str, message: str) -> None:
        self.problems.append(f"{self._key(key)}: {message}")

    def _get(self, key: str, kinds: tuple[type, ...], label: str, required: bool) -> Any:
        self.used.add(key)
        if key not in self.data:
            if required:
                self._fail(key, "is required")
            return None
        value = self.data[key]
        if isinstance(value, bool) and bool not in kinds:
            self._fail(key, f"must be {label}, not a boolean")
            return None
        if not isinstance(value, kinds):
            self._fail(key, f"must be {label}, not {type(value).__name__} {value!r}")
            return None
        return value

    def string(self, key: str, default: str | None = None, *, required: bool = False,
               choices: tuple[str, ...] | None = None) -> str | None:
        value = self._get(key, (str,), "a string", required)
        if value is None:
            return default
        if choices and value not in choices:
            self._fail(key, f"must be one of {', '.join(choices)}, not {value!r}")
            return default
        return str(value)

    def integer(self, key: str, default: int, *, minimum: int = 0,
                maximum: int | None = None) -> int:
        value = self._get(key, (int,), "a whole number", False)
        if value is None:
            return default
        if value < minimum or (maximum is not None and value > maximum):
            upper = f" and {maximum}" if maximum is not None else ""
            self._fail(key, f"must be between {minimum}{upper}, not {value}"
                       if upper else f"must be at least {minimum}, not {value}")
            return default
        return int(value)

    def number(self, key: str) -> float | None:
        value = self._get(key, (int, float), "a number", False)
        return None if value is None else float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key, (bool,), "true or false", False)
        return default if value is None else bool(value)

    def strings(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self._get(key, (list,), "a list of strings", False)
        if value is None:
            return default
        if not all(isinstance(item, str) for item in value) or not value:
            self._fail(key, "must be a non-empty list of strings")
            return default
        return tuple(value)

    def table(self, key: str) -> _Table:
        self.used.add(key)
        return _Table(self.data.get(key, {}), self._key(key), self.problems)

    def reject_unknown(self) -> None:
        for key in sorted(set(self.data) - self.used):
            self._fail(key, "unknown key (check the spelling against `afterword init --print`)")


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


def is_loopback(host: str) -> bool:
    """True for localhost and 127.0.0.0/8 / ::1 literals."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _converted(table: _Table, key: str, default: Any, convert: Any) -> Any:
    raw = table.string(key)
    if raw is None:
        return default
    try:
        return convert(raw)
    except (ValueError, ZoneInfoNotFoundError) as exc:
        table._fail(key, str(exc) if isinstance(exc, ValueError) else f"unknown timezone {raw!r}")
        return default


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ZoneInfoNotFoundError(name) from exc


def _schedule(table: _Table) -> Schedule:
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
        table._fail("poll_interval", "must be at least 1s")
    if schedule.holiday_country:
        import holidays

        if schedule.holiday_country.upper() not in holidays.list_supported_countries():
            table._fail("holiday_country",
                        f"{schedule.holiday_country!r} is not a supported country code")
    table.reject_unknown()
    return schedule


def _identity(table: _Table) -> Identity:
    identity = Identity(
        name=table.string("name", "") or "",
        email=table.string("email"),
        signature=table.string("signature", "") or "",
    )
    table.reject_unknown()
    return identity


def _detection(table: _Table) -> Detection:
    languages = table.strings("languages", DEFAULT_LANGUAGES)
    for lang in languages:
        if not re.fullmatch(r"[a-z]{2}", lang):
            table._fail("languages", f"{lang!r} is not a two-letter language code")
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


def _account(table: _Table, seen: set[str]) -> Account | None:
    name = table.string("name", required=True)
    kind = table.string("kind", required=True, choices=tuple(KINDS))
    if name is not None and not _ACCOUNT_NAME.match(name):
        table._fail("name", f"{name!r} may use only letters, digits, '.', '_' and '-'")
    if name in seen:
        table._fail("name", f"{name!r} is used by two accounts")
    seen.add(name or "")
    required = KINDS[kind].required if kind in KINDS else ()
    tls = table.string("tls", "ssl", choices=TLS_MODES) or "ssl"
    host = table.string("host", required="host" in required)
    default_port = 993 if tls == "ssl" else 143
    port = table.integer("port", default_port, minimum=1, maximum=65535)
    path = table.string("path", required="path" in required)
    ca_file = table.string("ca_file")
    account = Account(
        name=name or "?",
        kind=kind or "?",
        host=host,
        port=port if host is not None else None,
        tls=tls,
        ca_file=expand(ca_file) if ca_file else None,
        username=table.string("username", required="username" in required),
        auth=table.string("auth", "password", choices=AUTH_MODES) or "password",
        password_command=table.string("password_command"),
        token_command=table.string("token_command"),
        oauth=table.string("oauth", choices=OAUTH_PROVIDERS),
        tenant=table.string("tenant"),
        client_id=table.string("client_id"),
        authority=table.string("authority"),
        folders=table.strings("folders", ("INBOX",)),
        drafts_folder=table.string("drafts_folder"),
        sent_folder=table.string("sent_folder"),
        push=table.boolean("push", False),
        path=expand(path) if path else None,
        email=table.string("email", required="email" in required),
        api_endpoint=table.string("api_endpoint"),
        max_message_bytes=table.integer("max_message_bytes", 2 * 1024 * 1024, minimum=1024),
        timeout_seconds=table.number("timeout_seconds") or 30.0,
    )
    for key, problem in (KINDS[kind].problems(account) if kind in KINDS else []):
        table._fail(key, problem)
    if account.api_endpoint:
        endpoint = urlsplit(account.api_endpoint)
        if endpoint.scheme not in ("https", "http") or not endpoint.hostname:
            table._fail("api_endpoint", f"{account.api_endpoint!r} is not an http(s) URL")
        elif endpoint.scheme == "http" and not is_loopback(endpoint.hostname):
            table._fail("api_endpoint", "plain http would send your Gmail token in clear "
                        f"text; allowed only for a loopback host, not {endpoint.hostname!r} "
                        "(use https)")
    if account.password_command and account.token_command:
        table._fail("token_command", "set either password_command or token_command, not both")
    _check_oauth(table, account)
    if account.ca_file and not account.ca_file.is_file():
        table._fail("ca_file", f"{account.ca_file} does not exist")
    table.reject_unknown()
    return account


def _check_oauth(table: _Table, account: Account) -> None:
    """``oauth = "microsoft"``: an IMAP XOAUTH2 login with the app named by tenant/client_id."""
    microsoft_keys = ("tenant", "client_id", "authority")
    if account.oauth is None:
        for key in microsoft_keys:
            if getattr(account, key) is not None:
                table._fail(key, 'is only used with oauth = "microsoft"')
        return
    if account.auth != "xoauth2":
        table._fail("auth", 'must be "xoauth2" with oauth = "microsoft"')
    if account.token_command:
        table._fail("token_command", 'set either oauth = "microsoft" or token_command, not both')
    if account.password_command:
        table._fail("password_command", 'is not used with oauth = "microsoft"')
    if account.tenant is None:
        table._fail("tenant", 'is required with oauth = "microsoft" ("consumers" for '
                              'Outlook.com, "organizations" or your tenant id for work/school)')
    elif not _TENANT.match(account.tenant):
        table._fail("tenant", f"{account.tenant!r} is not consumers, organizations, common, "
                              "a tenant id (GUID) or a domain like contoso.onmicrosoft.com")
    if account.client_id is None:
        table._fail("client_id", 'is required with oauth = "microsoft": the Application '
                                 "(client) ID of your app registration (docs/microsoft.md)")
    elif not _GUID.match(account.client_id):
        table._fail("client_id", f"{account.client_id!r} is not an Application (client) ID "
                                 "like 00000000-0000-0000-0000-000000000000")
    if account.authority is not None and not _AUTHORITY.match(account.authority):
        table._fail("authority", f"{account.authority!r} must be an https:// address with "
                                 "no path, like https://login.microsoftonline.us")


def config_from_dict(data: dict[str, Any], path: Path | None = None, *,
                     require_accounts: bool = True) -> Config:
    """Validate already-parsed TOML; raises ConfigError listing every problem.

    ``require_accounts=False`` accepts a config with no account yet, for the commands
    that read no mailbox (check, rules, backtest --dir, apps, label, insights).
    """
    problems: list[str] = []
    root = _Table(data, "", problems)
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
        account = _account(_Table(raw, f"accounts[{index}]", problems), seen)
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
