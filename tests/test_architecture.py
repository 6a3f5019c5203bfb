"""The architecture, checked: the import contracts hold, only the store runs SQL, and
each fact about senders (ATS, relay and free-mail domains) has one owner."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STORE = REPO / "daemon" / "store"
_SQL = re.compile(r"^\s*(SELECT\b.*\bFROM\b|INSERT\s+(OR\s+\w+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|"
                  r"DELETE\s+FROM\b|(CREATE|ALTER|DROP)\s+(TABLE|INDEX|VIEW)\b|PRAGMA\s+\w+|"
                  r"(BEGIN|COMMIT|ROLLBACK)(\s+\w+)?\s*$|(SAVEPOINT|RELEASE)\s+\w+\s*$)",
                  re.IGNORECASE | re.DOTALL)


def sql_in(path: Path) -> list[str]:
    """Where a module holds SQL text or calls ``.execute`` on a database connection."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and _SQL.match(node.value):
            found.append(f"{node.lineno}: {node.value.strip()[:40]}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("execute", "executemany", "executescript") \
                and isinstance(node.func.value, ast.Name | ast.Attribute) \
                and getattr(node.func.value, "id", getattr(node.func.value, "attr", "")) in (
                    "db", "connection", "conn", "cursor"):
            found.append(f"{node.lineno}: .{node.func.attr}(")
    return found


def test_no_module_outside_the_store_runs_sql() -> None:
    sources = [path for folder in ("daemon", "parsers", "bench", "scripts")
               for path in sorted((REPO / folder).rglob("*.py"))
               if STORE not in path.parents]
    offenders = {str(path.relative_to(REPO)): found for path in sources
                 if (found := sql_in(path))}
    assert offenders == {}


def test_the_check_finds_sql_where_there_is_some() -> None:
    assert sql_in(STORE / "mail.py") != []


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Afterword built as a wheel, as pip would install it from a release."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out),
                    str(REPO)], check=True, capture_output=True, timeout=300)
    [built] = out.glob("afterword-*.whl")
    return built


@pytest.fixture(scope="module")
def unpacked(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel's files as they land in site-packages."""
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    return site


def test_the_import_contracts_hold(unpacked: Path) -> None:
    """Checked on the installed layout (afterword.daemon, afterword.parsers), as users get it."""
    linter = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(linter), "--no-cache"], cwd=REPO, capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(unpacked)})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 kept, 0 broken" in done.stdout


def test_the_wheel_claims_no_global_daemon_or_parsers_name(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        top = {name.split("/", 1)[0] for name in archive.namelist()}
    assert top == {"afterword", f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.dist-info"}


def test_installed_beside_python_daemon_both_work(wheel: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(fresh)], check=True, timeout=300)
    python = fresh / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "python-daemon"], check=True,
                   capture_output=True, timeout=300)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    # Afterword's own dependencies come from this test run's environment (a plain path,
    # so its editable install of Afterword is not seen).
    site = next((fresh / "lib").glob("python3*/site-packages"))
    ours = next(p for p in map(Path, sys.path) if p.name == "site-packages" and p.is_dir())
    (site / "afterword-test-deps.pth").write_text(f"{ours}\n")
    top = {entry.name for entry in site.iterdir()}
    assert "afterword" in top and "daemon" in top  # python-daemon's daemon
    assert "parsers" not in top
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    daemon_file = subprocess.run([str(python), "-c", "import daemon; print(daemon.__file__)"],
                                 capture_output=True, text=True, check=True, cwd=tmp_path,
                                 env=clean).stdout
    assert str(site / "daemon") in daemon_file  # python-daemon's package, untouched by ours
    helped = subprocess.run([str(fresh / "bin" / "afterword"), "--help"], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path, env=clean)
    assert helped.returncode == 0 and "feedback-request" in helped.stdout, helped.stderr
    version = subprocess.run([str(python), "-m", "afterword", "--version"], capture_output=True,
                             text=True, timeout=120, cwd=tmp_path, env=clean)
    assert version.returncode == 0 and version.stdout.startswith("afterword "), version.stderr


def known_domains_in(path: Path, known: frozenset[str]) -> set[str]:
    """The known sender domains a module writes as string constants (a list of its own)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return {node.value.lower() for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value.lower() in known}


def test_sender_domain_lists_live_only_in_their_owner() -> None:
    from afterword.parsers.domains import FREE_MAIL_DOMAINS, RELAY_DOMAINS

    for known in (RELAY_DOMAINS, FREE_MAIL_DOMAINS):
        sources = [path for folder in ("daemon", "parsers", "bench", "scripts")
                   for path in sorted((REPO / folder).rglob("*.py"))]
        offenders = {str(path.relative_to(REPO)): sorted(found) for path in sources
                     if len(found := known_domains_in(path, known)) >= 2}
        assert offenders == {}


def test_the_facts_check_finds_a_list_written_again(tmp_path: Path) -> None:
    from afterword.parsers.domains import RELAY_DOMAINS

    copy = tmp_path / "copy.py"
    copy.write_text('ATS = {"lever.co", "greenhouse.io", "workable.com"}\n')
    assert known_domains_in(copy, RELAY_DOMAINS) == {"lever.co", "greenhouse.io", "workable.com"}


ACCOUNT_KINDS = ("imap", "gmail", "maildir")


def kind_branches(path: Path) -> list[int]:
    """Lines that compare something with an account kind's name (``kind == "imap"``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(
                isinstance(side, ast.Constant) and side.value in ACCOUNT_KINDS
                for side in (node.left, *node.comparators)) and "kind" in ast.unparse(node):
            lines.append(node.lineno)
    return lines


def test_accounts_are_dispatched_only_through_the_kind_registry() -> None:
    from afterword.daemon.mailbox.kinds import KINDS

    assert tuple(KINDS) == ACCOUNT_KINDS
    registry = REPO / "daemon" / "mailbox" / "kinds.py"
    offenders = {str(path.relative_to(REPO)): found
                 for path in sorted((REPO / "daemon").rglob("*.py"))
                 if path != registry and (found := kind_branches(path))}
    assert offenders == {}
    assert kind_branches(registry) == []  # the registry holds data, not branches


def test_the_kind_check_finds_a_branch_on_a_kind(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('if account.kind == "maildir":\n    pass\n')
    assert kind_branches(sample) == [1]
