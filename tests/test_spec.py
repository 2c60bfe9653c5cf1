"""The spec covers every operation of tests/data/endpoints.tsv, completely and realistically."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import pytest

from tests.spec_tools import Operation, load_spec, operations, python_name, resolve

ENDPOINTS = list(
    csv.DictReader((Path(__file__).parent / "data" / "endpoints.tsv").open(), delimiter="\t")
)
SCHEMES = {"rest": "rest_api_key", "organization": "organization_api_key"}
OPS = {op.id: op for op in operations()}


def _words(cell: str) -> list[str]:
    return [] if cell == "-" else cell.split()


def test_one_operation_per_row() -> None:
    assert len(ENDPOINTS) == 62
    assert sorted(OPS) == sorted(row["operation"] for row in ENDPOINTS)
    assert len(operations()) == len(OPS), "operationIds must be unique"


@pytest.mark.parametrize("row", ENDPOINTS, ids=lambda row: row["operation"])
def test_row_matches_spec(row: dict[str, str]) -> None:
    op = OPS[row["operation"]]
    assert (op.method, op.path, op.tag) == (row["method"], row["path"], row["group"])
    # `none`: the operation takes no key (unsubscribe_email_with_token, `security: []`).
    assert op.security == ([] if row["key"] == "none" else [SCHEMES[row["key"]]])
    path_params = [p["name"] for p in op.params if p["in"] == "path"]
    assert path_params == _words(row["path_params"])
    assert path_params == re.findall(r"{(\w+)}", op.path)
    # The table gives Python names; the wire name may be `include-segment-detail` or
    # `providers[]`, which the API documents and the generator maps to the table's name.
    query_params = {p["name"] for p in op.params if p["in"] == "query"}
    python_names = {python_name(name) for name in query_params}
    assert python_names == set(_words(row["query_params"]))
    assert (op.body is not None) == (row["body"] == "yes")


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.id)
def test_operation_is_documented(op: Operation) -> None:
    raw = load_spec()["paths"][op.path][op.method.lower()]
    assert raw.get("summary") and raw.get("description")
    for param in op.params:
        assert param.get("description"), f"{op.id}: parameter {param['name']} has no description"
        assert "type" in param["schema"], f"{op.id}: parameter {param['name']} is untyped"


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.id)
def test_error_responses_documented(op: Operation) -> None:
    expected = {"400", "401", "429", "5XX"}
    if any(p["in"] == "path" for p in op.params):
        expected.add("404")
    if op.security == ["organization_api_key"]:
        expected.add("403")
    assert expected <= set(op.responses)
    for code in op.responses:
        if not code.startswith("2"):
            schema = op.response_media(code)
            assert schema is not None and schema["schema"] == {
                "$ref": "#/components/schemas/ErrorBody"
            }


@pytest.mark.parametrize("op", operations(), ids=lambda op: op.id)
def test_bodies_are_named_schemas_with_examples(op: Operation) -> None:
    if op.body is not None:
        assert op.body.get("required") is True
        assert op.body_schema_name(), f"{op.id}: request body must $ref a named schema"
        assert op.body_examples(), f"{op.id}: request body has no named example"
        schema = resolve(op.body["content"]["application/json"]["schema"])
        assert schema.get("properties"), f"{op.id}: request body schema has no fields"
    assert op.success_codes(), f"{op.id}: no success response"
    for code in op.success_codes():
        media = op.response_media(code)
        if media is not None:
            assert "$ref" in media["schema"], f"{op.id} {code}: response schema must be named"
            assert media.get("examples"), f"{op.id} {code}: response has no named example"


PLACEHOLDER_STRINGS = {"string", "<string>", "foo", "bar", "test", "example", "todo", "xxx"}
ZERO_UUID = "00000000-0000-0000-0000-000000000000"


def _leaves(value: Any, where: str) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in _leaves(v, f"{where}.{k}")]
    if isinstance(value, list):
        return [leaf for i, v in enumerate(value) for leaf in _leaves(v, f"{where}[{i}]")]
    return [(where, value)]


def _all_examples() -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for op in operations():
        found += [(f"{op.id} request {n}", v) for n, v in op.body_examples().items()]
        for code in op.responses:
            media = op.response_media(code)
            for name, ex in (media or {}).get("examples", {}).items():
                found.append((f"{op.id} {code} {name}", ex["value"]))
    return found


@pytest.mark.parametrize(
    ("where", "example"), _all_examples(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_examples_look_real(where: str, example: Any) -> None:
    for leaf_where, leaf in _leaves(example, where):
        if isinstance(leaf, str):
            assert leaf.strip().lower() not in PLACEHOLDER_STRINGS, f"placeholder at {leaf_where}"
            assert leaf != ZERO_UUID, f"all-zero UUID at {leaf_where}"


def test_servers_and_security_schemes() -> None:
    spec = load_spec()
    assert spec["servers"][0]["url"] == "https://api.onesignal.com"
    schemes = spec["components"]["securitySchemes"]
    assert set(schemes) == set(SCHEMES.values())
    for scheme in schemes.values():
        assert (scheme["type"], scheme["in"], scheme["name"]) == (
            "apiKey",
            "header",
            "Authorization",
        )


FREE_FORM = [
    ("Notification", "data"),
    ("Notification", "contents"),
    ("Notification", "headings"),
    ("Notification", "include_aliases"),
    ("PropertiesObject", "tags"),
    ("UserCreateRequest", "identity"),
    ("AliasIdentifyRequest", "identity"),
    ("LiveActivityUpdateRequest", "event_updates"),
    ("CustomEvent", "properties"),
]


@pytest.mark.parametrize(("model", "field"), FREE_FORM)
def test_free_form_maps_stay_free_form(model: str, field: str) -> None:
    """Keys chosen by users (tags, languages, alias labels...) must never be a fixed list."""
    schema = resolve(load_spec()["components"]["schemas"][model]["properties"][field])
    schema = resolve(schema["allOf"][0]) if "allOf" in schema else schema
    assert schema.get("type") == "object"
    assert schema.get("additionalProperties") not in (None, False)
    assert "properties" not in schema


def test_key_column_agrees_with_each_operations_security() -> None:
    """The table's `key` column and the spec's `security`, read as OpenAPI means it: an
    operation's own `security` replaces the document's, a missing one inherits it, `[]` asks
    for no key. Both sides are independent of the SDK, whose choice of key is tested against
    them (tests/test_facade_wire.py::test_each_operation_sends_its_own_key)."""
    spec = load_spec()
    columns = {"rest": ["rest_api_key"], "organization": ["organization_api_key"], "none": []}
    effective = {}
    for item in spec["paths"].values():
        for method, raw in item.items():
            if method not in {"get", "put", "post", "patch", "delete"}:
                continue
            requirements = raw["security"] if "security" in raw else spec.get("security", [])
            for requirement in requirements:  # one scheme, no scopes: an apiKey has none
                assert len(requirement) == 1 and all(v == [] for v in requirement.values())
            effective[raw["operationId"]] = sorted(name for r in requirements for name in r)
    table = {row["operation"]: columns[row["key"]] for row in ENDPOINTS}
    assert effective == table
