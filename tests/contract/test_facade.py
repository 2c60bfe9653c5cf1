"""Every operation through the facade against Prism: sync with snake_case names, async with the
docs' `...Async` camelCase names. Prism validates each request against the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from onesignal import AsyncOneSignal, OneSignal
from onesignal._operations import OPERATIONS as TABLE
from onesignal.mock import PrismMock
from tests.spec_tools import Operation, by_id, facade_call, success_schema_names

OPS = [by_id(row.name) for row in TABLE]


@pytest.fixture(scope="module")
def client(prism: PrismMock) -> Iterator[OneSignal]:
    with OneSignal(
        rest_api_key="rest-key", organization_api_key="org-key", base_url=prism.base_url
    ) as sync_client:
        yield sync_client


@pytest.fixture
async def aclient(prism: PrismMock) -> AsyncIterator[AsyncOneSignal]:
    async with AsyncOneSignal(
        rest_api_key="rest-key", organization_api_key="org-key", base_url=prism.base_url
    ) as async_client:
        yield async_client


def _check_result(op: Operation, result: Any) -> None:
    expected = success_schema_names(op)
    if isinstance(result, list):
        assert result, f"{op.id}: empty list"
        result = result[0]
    name = None if result is None else type(result).__name__
    assert name in expected, f"{op.id} returned {name}, expected one of {expected}"


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.id)
def test_sync_snake_case(client: OneSignal, op: Operation) -> None:
    args, kwargs = facade_call(op)
    _check_result(op, getattr(client, op.id)(*args, **kwargs))


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.id)
async def test_async_docs_names(aclient: AsyncOneSignal, op: Operation) -> None:
    row = next(row for row in TABLE if row.name == op.id)
    args, kwargs = facade_call(op)
    result = await getattr(aclient, f"{row.camel_name}Async")(*args, **kwargs)
    _check_result(op, result)
