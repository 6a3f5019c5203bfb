"""``afterword doctor``: check config, secrets, server, TLS and Drafts folder, one line each."""

from __future__ import annotations

import json
import os
import tomllib
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass
from importlib import resources

import typer
from rich.markup import escape

from afterword.daemon.cli.context import CliContext, context
from afterword.daemon.config import Config
from afterword.daemon.detection.loading import load_rules
from afterword.daemon.errors import AfterwordError, MailboxUnavailable
from afterword.daemon.mailbox.accounts import Account, ImapAccount, microsoft_login
from afterword.daemon.mailbox.factory import open_mailbox
from afterword.daemon.mailbox.kinds import kind_of
from afterword.daemon.paths import state_db_path
from afterword.daemon.store.failures import FailureState, failures
from afterword.parsers.rules import USER_PREFIX


@dataclass(frozen=True)
class Check:
    """One diagnostic line."""

    name: str
    ok: bool
    detail: str
    hint: str = ""


def account_checks(account: Account, config: Config) -> list[Check]:
    """Connect to one account and find its Drafts folder."""
    label = f"{account.name} ({account.kind})"
    microsoft = microsoft_login(account)
    if microsoft is not None:
        login = _microsoft_login_check(microsoft, label)
        if not login.ok:
            return [login]
    mailbox = open_mailbox(account, max_age_days=config.schedule.max_age_days)
    try:
        mailbox.connect()
    except MailboxUnavailable as exc:
        return [Check(f"{label}: login", False, exc.message,
                      "check host and port in the config, and this machine's network")]
    except AfterwordError as exc:
        return [Check(f"{label}: login", False, exc.message, exc.hint or "")]
    checks = [login] if microsoft is not None else []
    checks.append(Check(f"{label}: login", True, kind_of(account).where(account)))
    try:
        checks.append(Check(f"{label}: drafts", True, mailbox.drafts_location()))
    except AfterwordError as exc:
        checks.append(Check(f"{label}: drafts", False, exc.message,
                            exc.hint or "set drafts_folder in the account's config"))
    finally:
        mailbox.close()
    return checks


def _microsoft_login_check(account: ImapAccount, label: str) -> Check:
    """The stored Microsoft login: whose it is and when its access token expires (it is
    refreshed first when it would expire within five minutes)."""
    from afterword.daemon.auth.microsoft import token_status

    name = f"{label}: oauth"
    try:
        status = token_status(account)
    except AfterwordError as exc:
        return Check(name, False, exc.message, exc.hint or "")
    minutes = status.expires_in_seconds // 60
    return Check(name, True, f"Microsoft login for {status.username}; access token expires "
                             f"in {minutes} min (renewed automatically)")


def doctor(ctx: typer.Context,
           as_json: bool = typer.Option(
               False, "--json", help="Print the checks as JSON (name, ok, detail, hint).")
           ) -> None:
    """Check that Afterword can run: config, secrets, server, TLS, Drafts folder.

    Prints one line per check with ok or FAIL and, on failure, the fix. Exits
    with status 1 when any check failed, 2 when the config file itself must be
    fixed. Nothing is written to any mailbox.

    Examples:
      afterword doctor
      afterword doctor --config ~/afterword-test.toml
    """
    cli = context(ctx)
    path = cli.resolved_config_path()
    try:
        config = cli.config()
    except AfterwordError as exc:
        _report(cli, [Check("config", False, exc.message, exc.hint or "")], as_json)
        raise typer.Exit(2) from None
    checks = [Check("config", True, f"{path} ({len(config.accounts)} account(s))"),
              _identity_check(config), _rules_check(config), _state_check()]
    for account in config.accounts:
        with _working(cli, f"checking {account.name}…"):
            checks.extend(account_checks(account, config))
    checks.append(_quarantine_check(cli))
    _report(cli, checks, as_json)
    if not all(check.ok for check in checks):
        raise typer.Exit(1)


def _identity_check(config: Config) -> Check:
    """Drafts are signed with the identity: the starter config's sample one will not do."""
    sample = tomllib.loads(resources.files("afterword.daemon").joinpath(
        "config.example.toml").read_text(encoding="utf-8"))["identity"]
    mine = config.identity
    if mine.name == sample["name"] or (mine.email and mine.email == sample["email"]):
        return Check("identity", False, "still the sample identity of the starter config",
                     "set your own name and email under [identity]")
    if not mine.name:
        return Check("identity", True, "no name under [identity]: drafts carry no sender name")
    return Check("identity", True, f"drafts signed by {mine.name}")


def _rules_check(config: Config) -> Check:
    """The rules ``run`` will load: the shipped packs and the user's own file."""
    try:
        rules = load_rules(config.detection)
    except AfterwordError as exc:
        return Check("rules", False, exc.message, exc.hint or "")
    own = sum(1 for rule in rules.rules if rule.id.startswith(USER_PREFIX))
    where = config.detection.user_rules
    yours = f"{own} of yours from {where}" if where.exists() else f"none of yours yet ({where})"
    return Check("rules", True, f"{len(rules.rules)} rules loaded, {yours}")


def _state_check() -> Check:
    """The state database's folder must be writable, or created where it is missing."""
    folder = state_db_path().parent
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None or not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        return Check("state", False, f"cannot write the state database in {folder}",
                     "set AFTERWORD_HOME to a folder you can write")
    return Check("state", True, str(state_db_path()) if folder.exists()
                 else f"{state_db_path()} (created on the first run)")


def _quarantine_check(cli: CliContext) -> Check:
    """Quarantined messages are mail Afterword gave up on: the user should look."""
    if not state_db_path().exists():
        return Check("quarantine", True, "no message read yet")
    held = failures(cli.store().db, states=(FailureState.QUARANTINED,))
    if not held:
        return Check("quarantine", True, "no message quarantined")
    return Check("quarantine", False, f"{len(held)} message(s) quarantined after repeated "
                 "failures", "afterword quarantine list")


def _working(cli: CliContext, what: str) -> AbstractContextManager[object]:
    """A spinner on stderr while a server is contacted, on a terminal only."""
    return cli.err.status(what) if cli.err.is_terminal else nullcontext()


def _report(cli: CliContext, checks: list[Check], as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps([asdict(check) for check in checks], indent=2,
                              ensure_ascii=False))
        return
    for check in checks:
        _show(cli, check)


def _show(cli: CliContext, check: Check) -> None:
    status = "[green]ok  [/]" if check.ok else "[red]FAIL[/]"
    hint = f"  [dim]→ {escape(check.hint)}[/]" if check.hint and not check.ok else ""
    cli.out.print(f"{status} {escape(check.name)}: {escape(check.detail)}{hint}")
