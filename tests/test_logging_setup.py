"""Log lines: timestamps unless journald collects them, one line per event, secrets masked."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import pytest

from afterword.daemon.service import logging_setup

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ")


@pytest.fixture
def stderr_file(tmp_path: Path) -> Iterator[TextIO]:
    """A real file standing in for stderr: journald's check compares device and inode."""
    with open(tmp_path / "stderr.log", "w+", encoding="utf-8") as stream:
        yield stream
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler.formatter, logging_setup.SecretMaskingFormatter):
            root.removeHandler(handler)


def journal_env(stream: TextIO) -> dict[str, str]:
    stat = os.fstat(stream.fileno())
    return {"JOURNAL_STREAM": f"{stat.st_dev}:{stat.st_ino}"}


def lines_of(stream: TextIO) -> list[str]:
    stream.flush()
    stream.seek(0)
    return stream.read().splitlines()


def test_terminal_lines_start_with_a_timestamp(stderr_file: TextIO) -> None:
    logging_setup.configure(stream=stderr_file, environ={})

    logging.getLogger("afterword.daemon.pipeline").info("cycle done for %s", "work")

    [line] = lines_of(stderr_file)
    assert TIMESTAMP.match(line)
    assert line.endswith("INFO afterword.daemon.pipeline: cycle done for work")


def test_under_journald_lines_have_no_timestamp_and_carry_a_priority(
        stderr_file: TextIO) -> None:
    logging_setup.configure(stream=stderr_file, environ=journal_env(stderr_file))

    logging.getLogger("afterword.daemon.pipeline").info("cycle done")
    logging.getLogger("afterword.daemon.mailbox").warning("server unreachable, retrying")

    assert lines_of(stderr_file) == [
        "<6>INFO afterword.daemon.pipeline: cycle done",
        "<4>WARNING afterword.daemon.mailbox: server unreachable, retrying",
    ]


def test_journal_stream_naming_another_file_keeps_timestamps(stderr_file: TextIO) -> None:
    logging_setup.configure(stream=stderr_file, environ={"JOURNAL_STREAM": "8:12345"})

    logging.getLogger("afterword").info("hello")

    assert TIMESTAMP.match(lines_of(stderr_file)[0])


def test_a_message_with_newlines_stays_one_line(stderr_file: TextIO) -> None:
    logging_setup.configure(stream=stderr_file, environ=journal_env(stderr_file))

    logging.getLogger("afterword").warning("server said: %s", "NO\nquota exceeded")

    assert lines_of(stderr_file) == ["<4>WARNING afterword: server said: NO\\nquota exceeded"]


def test_debug_lines_appear_only_when_verbose(stderr_file: TextIO) -> None:
    logging_setup.configure(verbose=False, stream=stderr_file, environ={})
    logging.getLogger("afterword.parsers.rules").debug("rule matched quietly")
    logging_setup.configure(verbose=True, stream=stderr_file, environ={})
    logging.getLogger("afterword.parsers.rules").debug("rule matched loudly")

    assert [line.split(": ", 1)[1] for line in lines_of(stderr_file)] == ["rule matched loudly"]


def test_library_debug_output_stays_hidden_even_when_verbose(stderr_file: TextIO) -> None:
    logging_setup.configure(verbose=True, stream=stderr_file, environ={})

    logging.getLogger("imapclient.imaplib").debug("> b'FETCH 1 BODY[]' (a message body)")
    logging.getLogger("imapclient").warning("server closed the connection")

    assert [line.split(" ", 2)[2] for line in lines_of(stderr_file)] == [
        "WARNING imapclient: server closed the connection"]


def test_configuring_twice_does_not_duplicate_lines(stderr_file: TextIO) -> None:
    logging_setup.configure(stream=stderr_file, environ={})
    logging_setup.configure(stream=stderr_file, environ={})

    logging.getLogger("afterword").info("once")

    assert len(lines_of(stderr_file)) == 1


def test_a_registered_password_is_masked_in_messages_and_arguments(stderr_file: TextIO) -> None:
    logging_setup.configure(stream=stderr_file, environ={})
    logging_setup.register_secret("correct horse 42")

    logging.getLogger("afterword.daemon.credentials").error(
        "login refused for %s (tried %r)", "jo@example.org", "correct horse 42")

    [line] = lines_of(stderr_file)
    assert "correct horse" not in line
    assert line.endswith("login refused for jo@example.org (tried '***')")


def test_a_registered_token_is_masked_in_tracebacks(stderr_file: TextIO) -> None:
    logging_setup.configure(stream=stderr_file, environ=journal_env(stderr_file))
    logging_setup.register_secret("ya29.token-abc")

    try:
        raise RuntimeError("bad header Authorization: Bearer ya29.token-abc")
    except RuntimeError:
        logging.getLogger("afterword.daemon.gmail").exception("request failed")

    text = "\n".join(lines_of(stderr_file))
    assert "ya29.token-abc" not in text
    assert "Bearer ***" in text
    assert all(line.startswith("<3>") for line in lines_of(stderr_file))


def test_a_secret_with_a_backslash_is_masked_inside_a_repr(stderr_file: TextIO) -> None:
    logging_setup.configure(stream=stderr_file, environ={})
    logging_setup.register_secret("back\\slash")

    logging.getLogger("afterword").error("args were %r", ("back\\slash",))

    assert lines_of(stderr_file)[0].endswith("args were ('***',)")


def test_blank_secrets_are_ignored() -> None:
    logging_setup.register_secret("  ")

    assert logging_setup.mask_secrets("a  b") == "a  b"
