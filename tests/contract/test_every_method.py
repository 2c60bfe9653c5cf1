"""tests/typing/every_method.py (type-checked by `make typecheck`) runs against Prism, and
names every operation, so the typed stubs are checked for every method."""

from __future__ import annotations

import ast
from pathlib import Path

from onesignal import AsyncOneSignal, OneSignal
from onesignal._operations import OPERATIONS
from onesignal.mock import PrismMock
from tests.typing.every_method import every_async_method, every_sync_method

SOURCE = Path(__file__).parent.parent / "typing" / "every_method.py"


def _called_names(function: str) -> set[str]:
    tree = ast.parse(SOURCE.read_text())
    body = next(n for n in ast.walk(tree) if getattr(n, "name", None) == function)
    return {
        node.func.attr
        for node in ast.walk(body)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }


def test_names_every_operation() -> None:
    assert {op.name for op in OPERATIONS} <= _called_names("every_sync_method")
    assert {f"{op.camel_name}Async" for op in OPERATIONS} <= _called_names("every_async_method")


def test_runs_against_the_mock(prism: PrismMock) -> None:
    keys = {"rest_api_key": "r", "organization_api_key": "o", "base_url": prism.base_url}
    with OneSignal(**keys) as client:
        assert len(every_sync_method(client)) == len(OPERATIONS) - 2  # two answer no body


async def test_async_runs_against_the_mock(prism: PrismMock) -> None:
    keys = {"rest_api_key": "r", "organization_api_key": "o", "base_url": prism.base_url}
    async with AsyncOneSignal(**keys) as client:
        assert len(await every_async_method(client)) == len(OPERATIONS) - 2
