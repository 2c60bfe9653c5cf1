"""Shared fixtures: one Prism mock, built from openapi/onesignal.yaml, for the test session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from onesignal.mock import PrismMock
from tests.loopback import Loopback
from tests.spec_tools import SPEC_PATH

TEST_KEY = "test-key-5f1c9a"


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismMock]:
    """A real Prism process validating requests against the spec (`--errors` on)."""
    with PrismMock(SPEC_PATH, errors=True) as mock:
        yield mock


@pytest.fixture
def server() -> Iterator[Loopback]:
    """A loopback HTTP server the test scripts (see tests/loopback.py)."""
    loopback = Loopback()
    yield loopback
    loopback.close()
