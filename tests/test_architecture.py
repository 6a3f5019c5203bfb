"""The architecture, checked: the import contracts hold, only the store runs SQL, and
each fact about senders (ATS, relay and free-mail domains) has one owner."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

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


def test_the_import_contracts_hold() -> None:
    linter = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(linter)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "3 kept, 0 broken" in done.stdout


def known_domains_in(path: Path, known: frozenset[str]) -> set[str]:
    """The known sender domains a module writes as string constants (a list of its own)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return {node.value.lower() for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value.lower() in known}


def test_sender_domain_lists_live_only_in_their_owner() -> None:
    from parsers.domains import FREE_MAIL_DOMAINS, RELAY_DOMAINS

    for known in (RELAY_DOMAINS, FREE_MAIL_DOMAINS):
        sources = [path for folder in ("daemon", "parsers", "bench", "scripts")
                   for path in sorted((REPO / folder).rglob("*.py"))]
        offenders = {str(path.relative_to(REPO)): sorted(found) for path in sources
                     if len(found := known_domains_in(path, known)) >= 2}
        assert offenders == {}


def test_the_facts_check_finds_a_list_written_again(tmp_path: Path) -> None:
    from parsers.domains import RELAY_DOMAINS

    copy = tmp_path / "copy.py"
    copy.write_text('ATS = {"lever.co", "greenhouse.io", "workable.com"}\n')
    assert known_domains_in(copy, RELAY_DOMAINS) == {"lever.co", "greenhouse.io", "workable.com"}
