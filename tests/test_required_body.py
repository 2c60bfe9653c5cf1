"""A body the spec requires: its required fields are refused before sending when missing, and
a body whose fields are all optional goes out as `{}` when the call gives none (as Prism, serving
the spec, wants it), never as no body at all."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from onesignal_generated.facade_index import MODELS, OPERATIONS

from onesignal import AsyncOneSignal, OneSignal, ValidationError
from onesignal._operations import BY_NAME
from onesignal.mock import PrismMock
from tests.loopback import Loopback

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
OTHER = "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3"


def _ids(operation: str) -> list[str]:
    return [APP if p == "app_id" else OTHER for p in OPERATIONS[operation].path]


def _required(operation: str) -> list[str]:
    """The body's required fields the caller must give: not the app id (the client's fills
    it) nor a field the SDK gives a documented default (get_notification_history's events)."""
    shape = OPERATIONS[operation]
    defaults = {name for name, _ in BY_NAME[operation].body_defaults}
    return [f for f in MODELS[shape.body].required if f != "app_id" and f not in defaults]


def _with_required(fill: bool) -> list[str]:
    """Operations whose required body has fields the caller must give, or (`fill` False)
    none."""
    return [
        name
        for name, shape in sorted(OPERATIONS.items())
        if shape.body is not None and shape.body_required and bool(_required(name)) == fill
    ]


def test_the_spec_has_both_kinds() -> None:
    assert {"create_segment", "create_app", "update_template"} <= set(_with_required(True))
    assert {"export_subscriptions", "duplicate_journey", "update_user"} <= set(
        _with_required(False)
    )


@pytest.mark.parametrize("operation", _with_required(True))
def test_a_missing_required_field_is_refused_before_sending(
    server: Loopback, operation: str
) -> None:
    first = _required(operation)[0]
    with (
        OneSignal(
            rest_api_key="k", organization_api_key="o", app_id=APP, base_url=server.base_url
        ) as client,
        pytest.raises(ValidationError, match=f"needs '{first}'") as info,
    ):
        getattr(client, operation)(*_ids(operation), body={})
    assert info.value.field == first
    assert server.requests == []


async def test_a_missing_required_field_is_refused_before_sending_async(server: Loopback) -> None:
    async with AsyncOneSignal(rest_api_key="k", app_id=APP, base_url=server.base_url) as client:
        with pytest.raises(ValidationError, match="needs 'filters'") as info:
            await client.create_segment(APP, {"name": "Keen"})
    assert info.value.field == "filters"
    assert server.requests == []


@pytest.mark.parametrize("operation", _with_required(False))
def test_a_body_left_out_is_sent_as_an_empty_object(server: Loopback, operation: str) -> None:
    client = OneSignal(
        rest_api_key="k", organization_api_key="o", app_id=APP, base_url=server.base_url
    )
    # The loopback's answer need not fit the result: only the request is judged.
    with client, contextlib.suppress(Exception):
        getattr(client, operation)(*_ids(operation))
    (request,) = server.requests
    # What the client adds itself: the app id, create_notification's idempotency key, defaults.
    filled = {"app_id", "idempotency_key", *(n for n, _ in BY_NAME[operation].body_defaults)}
    assert {k: v for k, v in request.json().items() if k not in filled} == {}
    headers = {name.lower(): value for name, value in request.headers.items()}
    assert headers["content-type"] == "application/json"


@pytest.mark.parametrize("operation", ["export_subscriptions", "duplicate_journey"])
def test_prism_accepts_the_call_without_a_body(prism: PrismMock, operation: str) -> None:
    """The official SDK's call with no body is refused by Prism; this SDK's same call is not."""
    kwargs: dict[str, Any] = {}
    with OneSignal(rest_api_key="k", app_id=APP, base_url=prism.base_url) as client:
        result = getattr(client, operation)(*_ids(operation), **kwargs)
    assert result is not None
