"""The ``backend`` fixture: every contract test runs once per mailbox backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.mailbox_contract.harness import BACKEND_MARKS, HARNESSES, Harness


@pytest.fixture(params=[pytest.param(name, marks=BACKEND_MARKS.get(name, []))
                        for name in HARNESSES])
def backend(request: pytest.FixtureRequest) -> Iterator[Harness]:
    """A connected mailbox of one backend kind, with a way to seed and inspect its mail."""
    harness = HARNESSES[request.param](request)
    try:
        yield harness
    finally:
        harness.close()
