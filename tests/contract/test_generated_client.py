"""Every operation of the spec, called through the generated client, against Prism.

Prism checks each request against the spec (an invalid one gets 4xx with the reason in
`sl-violations`), and serves each documented response, which must parse into its model.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from onesignal_generated import AuthenticatedClient, Client
from onesignal_generated.models import ErrorBody

from onesignal.mock import PrismMock
from tests.conftest import TEST_KEY
from tests.spec_tools import (
    Operation,
    by_id,
    call_kwargs,
    model_class,
    operations,
    ref_name,
    resolve,
)

OPERATIONS = operations()


def _client(prism: PrismMock, **headers: str) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=prism.base_url, token=TEST_KEY, prefix="Key", headers=headers
    )


def _violations(response: Any) -> str:
    return str(response.headers.get("sl-violations", ""))


def _assert_parsed(op: Operation, code: str, response: Any) -> None:
    media = op.response_media(code)
    if media is None:
        assert response.parsed is None
        return
    schema_name = ref_name(media["schema"])
    assert schema_name, f"{op.id} {code}: the response schema must be a named $ref"
    schema = resolve(media["schema"])
    parsed = response.parsed
    if schema.get("type") == "array":  # a top-level JSON array of models
        assert isinstance(parsed, list) and parsed, f"{op.id} {code}: expected a non-empty list"
        schema_name, parsed = ref_name(schema["items"]), parsed[0]
        assert schema_name
    expected = model_class(schema_name)
    assert isinstance(parsed, expected), (
        f"{op.id} {code} parsed as {type(parsed).__name__}, expected {expected.__name__}"
    )


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
def test_operation_accepted_and_parsed(prism: PrismMock, op: Operation) -> None:
    """The spec's own example request passes Prism's validation and the answer parses."""
    response = op.module().sync_detailed(client=_client(prism), **call_kwargs(op))
    assert 200 <= response.status_code < 300, (
        f"{op.method} {op.path} -> {response.status_code}: {_violations(response)}"
        f" {response.content[:300]!r}"
    )
    _assert_parsed(op, str(response.status_code), response)


def _documented_success_cases() -> list[tuple[Operation, str, str | None]]:
    cases: list[tuple[Operation, str, str | None]] = []
    for op in OPERATIONS:
        for code in op.success_codes():
            media = op.response_media(code)
            names = list(media.get("examples", {})) if media else [None]
            cases += [(op, code, name) for name in names]
    return cases


@pytest.mark.parametrize(
    ("op", "code", "example"),
    _documented_success_cases(),
    ids=lambda v: v.id if isinstance(v, Operation) else str(v),
)
def test_every_documented_success_response_parses(
    prism: PrismMock, op: Operation, code: str, example: str | None
) -> None:
    """Each success code and each named example parses into its model (no dropped schema)."""
    prefer = f"code={code}" + (f", example={example}" if example else "")
    client = _client(prism, Prefer=prefer)
    response = op.module().sync_detailed(client=client, **call_kwargs(op))
    assert str(response.status_code) == code, _violations(response)
    _assert_parsed(op, code, response)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.id)
def test_documented_errors_parse(prism: PrismMock, op: Operation) -> None:
    """Error answers parse into OneSignal's error envelope."""
    for code in ("400", "401", "429", "5XX"):
        assert code in op.responses, f"{op.id} documents no {code} response"
        status = "500" if code == "5XX" else code
        response = op.module().sync_detailed(
            client=_client(prism, Prefer=f"code={status}"), **call_kwargs(op)
        )
        assert str(response.status_code) == status
        assert isinstance(response.parsed, ErrorBody)
        assert response.parsed.errors, f"{op.id} {status}: the example carries no error"


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.security], ids=lambda op: op.id)
def test_missing_key_is_rejected(prism: PrismMock, op: Operation) -> None:
    """Prism enforces each operation's security scheme: no Authorization header, 401.
    (unsubscribe_email_with_token takes no key: `security: []`.)"""
    anonymous = Client(base_url=prism.base_url)
    response = op.module().sync_detailed(client=anonymous, **call_kwargs(op))
    assert response.status_code == 401


def test_invalid_body_is_rejected_with_reason(prism: PrismMock) -> None:
    """A body that breaks the spec is refused, and Prism says why."""
    op = by_id("create_segment")
    response = httpx2.post(
        f"{prism.base_url}/apps/8250eaf6-1a58-489e-b136-7c74a864b434/segments",
        json={"filters": "not-a-list"},
        headers={"Authorization": f"Key {TEST_KEY}"},
    )
    assert op.body is not None
    assert response.status_code in (400, 422)
    assert "filters" in _violations(response) or "name" in _violations(response)


def test_missing_required_query_is_rejected(prism: PrismMock) -> None:
    # get_outcomes' `outcome_names` is optional (issue 11); the email metrics need `domain`.
    response = httpx2.get(
        f"{prism.base_url}/apps/8250eaf6-1a58-489e-b136-7c74a864b434/email_analytics/provider_metrics",
        params={"start": "2026-11-01T00:00:00Z", "end": "2026-11-08T00:00:00Z"},
        headers={"Authorization": f"Key {TEST_KEY}"},
    )
    assert response.status_code in (400, 422)
    assert "domain" in _violations(response)


def test_malformed_path_id_is_rejected(prism: PrismMock) -> None:
    response = httpx2.get(
        f"{prism.base_url}/apps/not-a-uuid", headers={"Authorization": f"Key {TEST_KEY}"}
    )
    assert response.status_code in (400, 422)
    assert "app_id" in _violations(response) or "uuid" in _violations(response)
