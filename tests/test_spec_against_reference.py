"""This spec against OneSignal's API reference (issue 11: "every request field and query or header
parameter of the reference pages is in the spec with its documented type, enum, required-ness
and limit").

tests/data/reference_request_facts.json holds, per operation, what the reference pages say of the
request (how each fact was read, and what the pages cut off, is said there). For every recorded
fact this checks openapi/onesignal.yaml: the path is the same; each path, query and header
parameter exists at the same place with the documented type, every documented enum value, and
the documented limits; a parameter the page marks required is required here (and one it marks
optional is not); the Authorization header asks for the same key as our security; a JSON body
is declared where the page sends one; each body field exists at the same place, nested objects
and array items included, with its type, enum values and limits, and is required here where the
page requires it.

What the check finds must be exactly DIVERGENCES below, each with its reason: a new gap fails,
and so does a divergence that has gone away.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.spec_tools import load_spec

FACTS: dict[str, Any] = json.loads(
    (Path(__file__).parent / "data" / "reference_request_facts.json").read_text()
)
KNOWN: dict[str, dict[str, Any]] = FACTS["operations"]
METHODS = ("get", "put", "post", "patch", "delete")
LIMITS = (
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "minProperties",
    "maxProperties",
)
# A sample's placeholder `123` stands for integers and numbers alike.
ACCEPTS = {
    "number": {"number", "integer"},
    "integer": {"integer"},
    "string": {"string"},
    "boolean": {"boolean"},
    "object": {"object"},
    "array": {"array"},
}
SECURITY = {"app": ["rest_api_key"], "organization": ["organization_api_key"], "none": []}

# Where this spec differs from the reference on purpose: (operation, what the check reports) ->
# why. Each entry must still be found; remove it when the divergence goes.
DIVERGENCES: dict[tuple[str, str], str] = {
    ("get_notification", "path parameter message_id is notification_id here"): (
        "same URL; notification_id is the name OneSignal's own SDKs and our generated method use"
    ),
    ("cancel_notification", "path parameter message_id is notification_id here"): (
        "same URL; notification_id as in get_notification"
    ),
    ("get_notification_history", "path parameter message_id is notification_id here"): (
        "same URL; notification_id as in get_notification"
    ),
    ("export_events", "path parameter message_id is notification_id here"): (
        "same URL; notification_id as in get_notification"
    ),
    ("create_notification", "type at body.buttons: ours ['array'], the reference object"): (
        "the push page's generated sample shows buttons as one object of id, text and icon; "
        "the official SDK sends a list of such buttons (NotificationButton items; at most 3 "
        "here), and a single object would break every caller that sends the list"
    ),
    (
        "create_custom_events",
        "the reference marks the Authorization header optional; ours requires a key",
    ): (
        "the page describes the header as the App API key, and the official SDK sends that key "
        "on this call (official_calls.json); the spec asks for it like every app operation"
    ),
    ("get_app", "Content-Type header listed, but no request body"): (
        "OpenAPI ignores a Content-Type header parameter; with no body there is nothing to type"
    ),
    ("rotate_api_key", "Content-Type header listed, but no request body"): (
        "as get_app: the request has no body"
    ),
    ("view_templates", "Content-Type header listed, but no request body"): (
        "as get_app: the request has no body"
    ),
}


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def view(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A schema with its allOf parts merged and its oneOf/anyOf branches joined: types, enum,
    properties, required names, items and limits."""
    schema = resolve(spec, schema) or {}
    out: dict[str, Any] = {
        "types": set(),
        "properties": {},
        "required": set(),
        "items": None,
        "additional": None,
    }
    if "type" in schema:
        out["types"].add(schema["type"])
    if "enum" in schema:
        out["enum"] = list(schema["enum"])
    out["properties"].update(schema.get("properties", {}))
    out["required"].update(schema.get("required", []))
    out["items"] = schema.get("items")
    extra = schema.get("additionalProperties")
    out["additional"] = extra if isinstance(extra, dict) else None
    for key in LIMITS:
        if key in schema:
            out[key] = schema[key]
    for part in schema.get("allOf", []):
        merge(out, view(spec, part), intersect=True)
    for key in ("oneOf", "anyOf"):
        for part in schema.get(key, []):
            merge(out, view(spec, part), intersect=False)
    return out


def merge(out: dict[str, Any], part: dict[str, Any], *, intersect: bool) -> None:
    if intersect and out["types"] and part["types"]:
        out["types"] &= part["types"]
    else:
        out["types"] |= part["types"]
    if "enum" in part:
        out["enum"] = [*out.get("enum", []), *part["enum"]]
    for name, prop in part["properties"].items():
        out["properties"].setdefault(name, prop)
    if intersect:
        out["required"] |= part["required"]
    if out["items"] is None:
        out["items"] = part["items"]
    if out["additional"] is None:
        out["additional"] = part["additional"]
    for key in LIMITS:
        if key in part and key not in out:
            out[key] = part[key]


def schema_problems(
    spec: dict[str, Any], fact: dict[str, Any], schema: Any, where: str
) -> list[str]:
    """What our `schema` lacks of the reference's `fact`, one line each, named by `where`."""
    ours = view(spec, schema)
    found: list[str] = []
    kind = fact.get("type")
    if kind and ours["types"] and not ours["types"] & ACCEPTS[kind]:
        # A different kind of value: what the reference says inside it does not apply.
        return [f"type at {where}: ours {sorted(ours['types'])}, the reference {kind}"]
    if kind and not ours["types"]:
        found.append(f"no type at {where}: the reference {kind}")
    if "enum" in fact:
        if "enum" not in ours:
            found.append(f"no enum at {where}: the reference lists {fact['enum']}")
        else:
            missing = [v for v in fact["enum"] if v not in ours["enum"]]
            if missing:
                found.append(f"enum at {where} lacks {missing}")
    for key in LIMITS:
        if key in fact and ours.get(key) != fact[key]:
            found.append(f"{key} at {where}: ours {ours.get(key)}, the reference {fact[key]}")
    for name in fact.get("required", []):
        if name not in ours["required"]:
            found.append(f"not required: {where}.{name}")
    for name, sub in fact.get("properties", {}).items():
        # A field of a map (typed additionalProperties) is there with that type.
        here = ours["properties"].get(name, ours["additional"])
        if here is None:
            found.append(f"missing field {where}.{name}")
        else:
            found += schema_problems(spec, sub, here, f"{where}.{name}")
    if "items" in fact:
        if ours["items"] is None:
            found.append(f"no items at {where}")
        else:
            found += schema_problems(spec, fact["items"], ours["items"], f"{where}[]")
    return found


def find_operation(spec: dict[str, Any], operation_id: str) -> tuple[str, dict[str, Any]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if item.get(method, {}).get("operationId") == operation_id:
                return path, item[method]
    raise AssertionError(f"no operation {operation_id} in the spec")


def template(path: str) -> tuple[str, list[str]]:
    """A path with its parameter names blanked, and those names in order."""
    path = path.split("?", 1)[0]
    return re.sub(r"\{[^}]+\}", "{}", path), re.findall(r"\{([^}]+)\}", path)


def operation_problems(spec: dict[str, Any], operation_id: str) -> list[str]:
    """Everything the reference says of `operation_id`'s request that our spec does not."""
    fact = KNOWN[operation_id]
    path, op = find_operation(spec, operation_id)
    found: list[str] = []

    theirs, their_names = template(fact["path"])
    ours_t, our_names = template(path)
    if theirs != ours_t:
        found.append(f"path {path}, the reference {fact['path']}")
    renamed = dict(zip(their_names, our_names, strict=False))
    for name, our_name in renamed.items():
        if name != our_name:
            found.append(f"path parameter {name} is {our_name} here")

    params = [resolve(spec, p) for p in op.get("parameters", [])]
    by_place = {(p["name"].lower(), p["in"]): p for p in params}
    for p in params:
        # A second spelling of a parameter (`outcome_names[]`), which the facade sends for it.
        if "x-list-form" in p:
            form = p["x-list-form"]
            by_place[(form["name"].lower(), p["in"])] = {**form, "in": p["in"], "required": False}
    for param in fact["parameters"]:
        name = renamed.get(param["name"], param["name"]) if param["in"] == "path" else param["name"]
        where = f"{param['in']} parameter {param['name']}"
        ours = by_place.get((name.lower(), param["in"]))
        if ours is None:
            found.append(f"missing {where}")
            continue
        documented = param.get("required")
        if documented is True and not ours.get("required"):
            found.append(f"not required: {where}")
        if documented is False and ours.get("required"):
            found.append(f"required here, optional in the reference: {where}")
        shape = {k: v for k, v in param.items() if k not in ("name", "in", "required")}
        found += schema_problems(spec, shape, ours.get("schema", {}), where)

    security = [name for req in op.get("security", spec.get("security", [])) for name in req]
    if fact["auth"] in SECURITY and security != SECURITY[fact["auth"]]:
        found.append(f"security {security}, the reference asks for the {fact['auth']} key")
    if fact.get("auth_required") is False and security:
        found.append("the reference marks the Authorization header optional; ours requires a key")

    body = op.get("requestBody")
    if "content_type" in fact and body is None:
        found.append("Content-Type header listed, but no request body")
    elif "content_type" in fact and fact["content_type"] not in resolve(spec, body)["content"]:
        found.append(f"the body is not {fact['content_type']}")
    if "properties" in fact:
        media = resolve(spec, body)["content"].get("application/json") if body else None
        if media is None:
            found.append("no JSON request body")
        else:
            found += schema_problems(spec, fact, media["schema"], "body")
            if fact.get("required_complete"):
                # The page names every required field: one it leaves optional is optional here.
                extra = view(spec, media["schema"])["required"] - set(fact["required"])
                found += [
                    f"required here, optional in the reference: body.{n}" for n in sorted(extra)
                ]
    return found


@pytest.mark.parametrize("operation", sorted(KNOWN))
def test_the_spec_has_what_the_reference_says(operation: str) -> None:
    found = sorted(operation_problems(load_spec(), operation))
    allowed = sorted(problem for (op, problem) in DIVERGENCES if op == operation)
    assert found == allowed, (
        f"{operation}: the reference's facts find {found}; allowed divergences: {allowed}"
    )


def test_every_divergence_names_a_known_operation_and_says_why() -> None:
    for (operation, _problem), reason in DIVERGENCES.items():
        assert operation in KNOWN
        assert len(reason) > 20


def test_the_facts_cover_every_operation_of_the_spec_or_say_why_not() -> None:
    spec = load_spec()
    ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for m, op in item.items()
        if m in METHODS
    }
    assert set(KNOWN) | set(FACTS["not_obtained"]) == ids
    assert not set(KNOWN) & set(FACTS["not_obtained"])


def counts() -> dict[str, int]:
    """How many facts the check compares: parameters, body fields (nested included)."""

    def fields(fact: dict[str, Any]) -> int:
        n = 0
        for sub in fact.get("properties", {}).values():
            n += 1 + fields(sub) + (fields(sub["items"]) if "items" in sub else 0)
        return n

    return {
        "operations": len(KNOWN),
        "parameters": sum(len(f["parameters"]) for f in KNOWN.values()),
        "body_fields": sum(fields(f) for f in KNOWN.values()),
        "auth": sum(f["auth"] in SECURITY for f in KNOWN.values()),
    }


def test_the_facts_are_many() -> None:
    # Guards against a facts file emptied by mistake (the figures of issue 11's report).
    found = counts()
    assert found["operations"] >= 47
    assert found["parameters"] >= 100
    assert found["body_fields"] >= 200


# --- each kind of check, shown to fail on a planted gap -------------------------------------


def _planted(edit: Any) -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    edit(spec)
    return spec


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]


def _param(spec: dict[str, Any], operation: str, name: str) -> dict[str, Any]:
    _, op = find_operation(spec, operation)
    for i, p in enumerate(op["parameters"]):
        if resolve(spec, p)["name"] == name:
            op["parameters"][i] = copy.deepcopy(resolve(spec, p))
            return op["parameters"][i]
    raise AssertionError(name)


def _body(spec: dict[str, Any], operation: str) -> dict[str, Any]:
    _, op = find_operation(spec, operation)
    return resolve(spec, resolve(spec, op["requestBody"])["content"]["application/json"]["schema"])


def _retype_body(spec: dict[str, Any], operation: str, media_type: str) -> None:
    _, op = find_operation(spec, operation)
    body = op["requestBody"] = copy.deepcopy(resolve(spec, op["requestBody"]))
    body["content"] = {media_type: body["content"]["application/json"]}


PLANTED = [
    (
        "update_segment",
        lambda s: _body(s, "update_segment")["properties"].pop("description"),
        "missing field body.description",
    ),
    (
        "update_segment",
        lambda s: _body(s, "update_segment")["required"].remove("name"),
        "not required: body.name",
    ),
    (
        "update_segment",
        lambda s: _body(s, "update_segment")["properties"]["name"].update(maxLength=100),
        "maxLength at body.name: ours 100, the reference 128",
    ),
    (
        "create_api_key",
        lambda s: _schema(s, "ApiKeyIpAllowlistMode").update(enum=["disabled"]),
        "enum at body.ip_allowlist_mode lacks ['explicit']",
    ),
    (
        "create_api_key",
        lambda s: _body(s, "create_api_key")["properties"]["ip_allowlist"].update(type="string"),
        "type at body.ip_allowlist: ours ['string'], the reference array",
    ),
    (
        "create_subscription",
        lambda s: _schema(s, "SubscriptionNew")["properties"].pop("web_p256"),
        "missing field body.subscription.web_p256",
    ),
    (
        "get_segments",
        lambda s: _param(s, "get_segments", "limit")["schema"].pop("maximum"),
        "maximum at query parameter limit: ours None, the reference 300",
    ),
    (
        "get_outcomes",
        lambda s: _param(s, "get_outcomes", "outcome_time_range")["schema"].pop("enum"),
        "no enum at query parameter outcome_time_range: the reference lists ['1h', '1d', '1mo']",
    ),
    (
        "delete_template",
        lambda s: _param(s, "delete_template", "app_id").update(required=False),
        "not required: query parameter app_id",
    ),
    (
        "update_user",
        lambda s: _param(s, "update_user", "onesignal-subscription-id").update(required=True),
        "required here, optional in the reference: header parameter onesignal-subscription-id",
    ),
    (
        "view_templates",
        lambda s: find_operation(s, "view_templates")[1]["parameters"].pop(),
        "missing query parameter channel",
    ),
    (
        "copy_template_to_app",
        lambda s: find_operation(s, "copy_template_to_app")[1].update(
            security=[{"rest_api_key": []}]
        ),
        "security ['rest_api_key'], the reference asks for the organization key",
    ),
    (
        "delete_segment",
        lambda s: s["paths"].__setitem__(
            "/apps/{app_id}/segment/{segment_id}",
            s["paths"].pop("/apps/{app_id}/segments/{segment_id}"),
        ),
        "path /apps/{app_id}/segment/{segment_id}, "
        "the reference /apps/{app_id}/segments/{segment_id}",
    ),
    (
        "create_custom_events",
        lambda s: find_operation(s, "create_custom_events")[1].pop("requestBody"),
        "no JSON request body",
    ),
    (
        "create_app",
        lambda s: _body(s, "create_app")["required"].append("site_name"),
        "required here, optional in the reference: body.site_name",
    ),
    (
        "get_outcomes",
        lambda s: _param(s, "get_outcomes", "outcome_names").pop("x-list-form"),
        "missing query parameter outcome_names[]",
    ),
    (
        "create_template",
        lambda s: _retype_body(s, "create_template", "text/plain"),
        "the body is not application/json",
    ),
]


@pytest.mark.parametrize(("operation", "edit", "expected"), PLANTED, ids=[p[2] for p in PLANTED])
def test_each_check_finds_a_planted_gap(operation: str, edit: Any, expected: str) -> None:
    before = set(operation_problems(load_spec(), operation))
    after = set(operation_problems(_planted(edit), operation))
    assert expected not in before
    assert expected in after - before, sorted(after - before)
