"""This folder is a separate project (see pytest.ini): the SDK's own test run must not collect
it, and tests/test_testing_plugin.py runs it as a pytest session of its own. No fixtures here."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    return True if config.rootpath.resolve() != HERE else None
