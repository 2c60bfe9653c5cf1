"""The official SDK's recorded requests, checked against OneSignal's own reference (issue 11:
"accepted ... by OneSignal's own published spec where it has the operation").

tests/data/reference_request_facts.json holds, per operation, the request facts read from
OneSignal's reference pages (parameters, and body property names, types, enums, limits, required
fields), with how each was obtained and which operations have no page; this spec is checked
against them in tests/test_spec_against_reference.py. Every body in
tests/data/official_calls.json whose operation has body facts is checked against them: an
unknown field (only where the page showed every property), a wrong type, a value outside an
enum, a limit exceeded, a required field missing. What the check finds must be exactly the
divergences the facts file records, each with its reason; anything else fails.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.spec_tools import by_id, operations, resolve

DATA = Path(__file__).parent / "data"
FACTS: dict[str, Any] = json.loads((DATA / "reference_request_facts.json").read_text())
CALLS: list[dict[str, Any]] = json.loads((DATA / "official_calls.json").read_text())["calls"]
KNOWN: dict[str, dict[str, Any]] = FACTS["operations"]
# Recorded calls by the official SDK's names where this spec's operation id differs; the retry
# helper sends create_notification's request.
SAME_REQUEST = {
    "create_notification_with_retry": "create_notification",
    "create_alias": "identify_user_by_alias",
    "create_alias_by_subscription": "identify_user_by_subscription_id",
}

TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def _is(kind: str, value: Any) -> bool:
    if isinstance(value, bool) and kind != "boolean":
        return False  # JSON true is not a number
    return isinstance(value, TYPES[kind])


def problems(value: Any, fact: dict[str, Any], path: str) -> list[str]:
    """What is wrong with `value` by `fact`, one line per problem, named by path."""
    kind = fact["type"]
    if not _is(kind, value):
        return [f"wrong type at {path}: {type(value).__name__}, the reference says {kind}"]
    found: list[str] = []
    if "enum" in fact and value not in fact["enum"]:
        found.append(f"enum miss at {path}: {value!r}")
    if "maxLength" in fact and len(value) > fact["maxLength"]:
        found.append(f"too long at {path}: {len(value)} > {fact['maxLength']}")
    if kind == "array":
        if len(value) < fact.get("minItems", 0):
            found.append(f"too few items at {path}: {len(value)}")
        if "maxItems" in fact and len(value) > fact["maxItems"]:
            found.append(f"too many items at {path}: {len(value)}")
        if "items" in fact:
            for i, item in enumerate(value):
                found += problems(item, fact["items"], f"{path}[{i}]")
    if kind == "object" and "properties" in fact:
        found += fields_problems(value, fact, f"{path}.")
    return found


def fields_problems(value: dict[str, Any], fact: dict[str, Any], prefix: str = "") -> list[str]:
    found = [
        f"missing required field {prefix}{name}"
        for name in fact.get("required", [])
        if name not in value
    ]
    for name, item in value.items():
        known = fact["properties"].get(name)
        if known is not None:
            found += problems(item, known, f"{prefix}{name}")
        elif fact.get("properties_complete"):
            found.append(f"unknown field {prefix}{name}")
    return found


def operation_of(call: dict[str, Any]) -> str:
    name: str = call["operation"]
    return SAME_REQUEST.get(name, name)


def recorded_divergences(operation: str) -> list[str]:
    return sorted(d["problem"] for d in FACTS["divergences"].get(operation, []))


WITH_BODY = {op for op, facts in KNOWN.items() if "properties" in facts}
CHECKED = [c for c in CALLS if operation_of(c) in WITH_BODY and c["request"]["body"] is not None]


def test_the_facts_cover_every_recorded_body_or_say_why_not() -> None:
    with_body = {operation_of(c) for c in CALLS if c["request"]["body"] is not None}
    spec_ids = {op.id for op in operations()}
    assert set(KNOWN) | set(FACTS["not_obtained"]) >= with_body
    assert not set(KNOWN) & set(FACTS["not_obtained"])
    assert set(KNOWN) | set(FACTS["not_obtained"]) <= spec_ids
    assert all(FACTS["not_obtained"].values()), "each missing operation says why"
    for operation, listed in FACTS["divergences"].items():
        assert operation in KNOWN
        assert all(d["reference"] and d["official"] and d["this_spec"] for d in listed)


def test_every_operation_with_facts_has_a_recorded_body_to_check() -> None:
    assert {operation_of(c) for c in CHECKED} == WITH_BODY


@pytest.mark.parametrize("recorded", CHECKED, ids=lambda c: str(c["name"]))
def test_the_official_request_fits_the_reference(recorded: dict[str, Any]) -> None:
    operation = operation_of(recorded)
    found = sorted(fields_problems(recorded["request"]["body"], KNOWN[operation]))
    assert found == recorded_divergences(operation), (
        f"{recorded['name']}: the reference's facts find {found}; recorded divergences: "
        f"{recorded_divergences(operation)}"
    )


@pytest.mark.parametrize(
    ("operation", "body", "expected"),
    [
        ("update_segment", {"name": "x", "colour": "red"}, "unknown field colour"),
        ("update_segment", {"description": "d"}, "missing required field name"),
        ("update_segment", {"name": 7}, "wrong type at name: int, the reference says string"),
        ("update_segment", {"name": "n" * 129}, "too long at name: 129 > 128"),
        ("update_segment", {"name": "x", "filters": []}, "too few items at filters: 0"),
        (
            "create_segment",
            {"name": "x", "filters": [{"field": "language", "relation": "in", "value": "en"}]},
            "enum miss at filters[0].relation: 'in'",
        ),
        ("start_live_activity", {"activity_id": "a", "event": "end"}, "enum miss at event: 'end'"),
        ("start_live_activity", {"event": "start"}, "missing required field activity_id"),
        (
            "export_subscriptions",
            {"include_unsubscribed": "yes"},
            "wrong type at include_unsubscribed",
        ),
        (
            "create_user",
            {"subscriptions": [{"enabled": 1}]},
            "wrong type at subscriptions[0].enabled",
        ),
        (
            "update_user",
            {"deltas": {"purchases": [{"amount": 1.5}]}},
            "wrong type at deltas.purchases[0].amount",
        ),
    ],
)
def test_the_check_finds_each_kind_of_problem(
    operation: str, body: dict[str, Any], expected: str
) -> None:
    found = fields_problems(body, KNOWN[operation])
    assert len(found) == 1 and found[0].startswith(expected), found


def _spec_property(operation: str, name: str) -> dict[str, Any]:
    op = by_id(operation)
    assert op.body is not None
    schema = resolve(op.body["content"]["application/json"]["schema"])
    parts = [schema, *(resolve(p) for p in schema.get("allOf", []))]
    for part in parts:
        if name in part.get("properties", {}):
            return dict(resolve(part["properties"][name]))
    raise AssertionError(f"{operation}: no property {name!r} in the spec")


LIMITS = [
    (operation, name, key, fact[key])
    for operation, facts in KNOWN.items()
    for name, fact in facts.get("properties", {}).items()
    for key in ("maxLength", "minItems", "maxItems")
    if key in fact
]


@pytest.mark.parametrize(("operation", "name", "key", "limit"), LIMITS)
def test_the_spec_has_the_reference_limits(operation: str, name: str, key: str, limit: int) -> None:
    assert _spec_property(operation, name).get(key) == limit


def test_the_spec_takes_every_documented_filter_relation() -> None:
    documented = KNOWN["create_segment"]["properties"]["filters"]["items"]["properties"]
    spec_filter = resolve({"$ref": "#/components/schemas/Filter"})
    assert set(documented["relation"]["enum"]) <= set(spec_filter["properties"]["relation"]["enum"])
