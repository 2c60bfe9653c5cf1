"""Each request the official SDK 5.18 sends for the calls its docs write is accepted by Prism
serving openapi/onesignal.yaml.

tests/data/official_calls.json holds what reached a loopback server when the official SDK made
each call (tools/record_official_calls.py). Here the recorded method, path, query and JSON body
are sent as they are to Prism with request validation on: Prism answers a request that breaks
the spec with 400 or 422 and says why in `sl-violations`, so an accepted request is one with no
violation and a success status. tests/test_official_calls.py checks that this SDK sends the same
requests; this file checks that the spec takes them.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import httpx2
import pytest

from onesignal.mock import PrismMock

DATA = Path(__file__).parent.parent / "data" / "official_calls.json"
CALLS: list[dict[str, Any]] = json.loads(DATA.read_text())["calls"]
# The recording's stand-in for the uuid4 the official retry helper makes up per call.
GENERATED = "<generated-uuid4>"

# Requests the spec refuses on purpose: call name -> (where Prism must see the violation, why).
# Each must still be refused exactly there, so a change to the spec that lets one through (or
# refuses it elsewhere) fails here and has to be looked at.
REFUSED: dict[str, tuple[str, str]] = {
    "create_segment": (
        "request",
        "The official SDK's `segment` argument is optional, and its documented call with only "
        "the app id sends a POST without a body; OneSignal's create-segment reference requires "
        "`name` and `filters`.",
    ),
    "update_segment": (
        "request",
        "As create_segment: the official call without `update_segment_request` sends no body; "
        "OneSignal's update-segment reference requires `name`.",
    ),
    "export_subscriptions": (
        "request",
        "The official call without a body argument sends none. Every field of the body is "
        "optional (`{}` exports all subscriptions), but the spec requires a JSON body: the "
        "reference's requests always carry one and do not say that none is accepted.",
    ),
    "duplicate_journey": (
        "request",
        "As export_subscriptions: no body is sent without `duplicate_journey_request`; the spec "
        "requires one (`{}` for a plain copy).",
    ),
    "get_segment__optional": (
        "request.query.include-segment-detail",
        "The official SDK writes a Python bool into the query as `True`; the spec's boolean "
        "query form is `true` (what this SDK sends, see tests/test_official_calls.py).",
    ),
}


def _ids(call: dict[str, Any]) -> str:
    return str(call["name"])


def send(prism: PrismMock, request: dict[str, Any]) -> httpx2.Response:
    body = request["body"]
    if isinstance(body, dict) and body.get("idempotency_key") == GENERATED:
        body = {**body, "idempotency_key": str(uuid.uuid4())}
    headers = {} if request["key"] == "none" else {"Authorization": "Key official-replay"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    params = [(key, value) for key, values in request["query"].items() for value in values]
    return httpx2.request(
        request["method"],
        f"{prism.base_url}{request['path']}",
        params=params,
        headers=headers,
        content=None if body is None else json.dumps(body).encode(),
    )


def violations(response: httpx2.Response) -> list[dict[str, Any]]:
    raw = response.headers.get("sl-violations")
    return json.loads(raw) if raw else []


def test_every_refusal_names_a_recorded_call() -> None:
    assert set(REFUSED) <= {call["name"] for call in CALLS}


@pytest.mark.parametrize("recorded", CALLS, ids=_ids)
def test_prism_accepts_the_official_request(prism: PrismMock, recorded: dict[str, Any]) -> None:
    response = send(prism, recorded["request"])
    found = violations(response)
    if recorded["name"] in REFUSED:
        where, why = REFUSED[recorded["name"]]
        assert response.status_code in (400, 422), f"no longer refused ({why}): {response}"
        assert [".".join(v["location"]) for v in found] == [where], found
        return
    assert found == [], f"{recorded['name']}: Prism refused it: {found}"
    assert 200 <= response.status_code < 300, (response.status_code, response.text[:300])
