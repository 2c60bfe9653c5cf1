"""Reading openapi/onesignal.yaml in tests: operations, their examples and how to call them."""

from __future__ import annotations

import datetime as dt
import importlib
import typing
import uuid
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "onesignal.yaml"
METHODS = ("get", "put", "post", "patch", "delete")


@cache
def load_spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def resolve(node: Any) -> Any:
    """Follow a local `$ref` (one level at a time until none is left)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = load_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


@dataclass
class Operation:
    id: str
    method: str
    path: str
    tag: str
    security: list[str]
    params: list[dict[str, Any]]
    body: dict[str, Any] | None
    responses: dict[str, Any] = field(repr=False)

    def body_examples(self) -> dict[str, Any]:
        if self.body is None:
            return {}
        media = self.body["content"]["application/json"]
        return {name: ex["value"] for name, ex in media.get("examples", {}).items()}

    def body_schema_name(self) -> str | None:
        if self.body is None:
            return None
        return ref_name(self.body["content"]["application/json"]["schema"])

    def success_codes(self) -> list[str]:
        return [code for code in self.responses if code.startswith("2")]

    def response(self, code: str) -> dict[str, Any]:
        return dict(resolve(self.responses[code]))

    def response_media(self, code: str) -> dict[str, Any] | None:
        content = self.response(code).get("content")
        return content["application/json"] if content else None

    def module(self) -> Any:
        return importlib.import_module(f"onesignal_generated.api.{self.tag}.{self.id}")


@cache
def operations() -> list[Operation]:
    ops = []
    for path, item in load_spec()["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            raw = item[method]
            ops.append(
                Operation(
                    id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    tag=raw["tags"][0],
                    security=[name for req in raw.get("security", []) for name in req],
                    params=[resolve(p) for p in raw.get("parameters", [])],
                    body=resolve(raw["requestBody"]) if "requestBody" in raw else None,
                    responses=raw["responses"],
                )
            )
    return ops


def by_id(operation_id: str) -> Operation:
    return next(op for op in operations() if op.id == operation_id)


def python_name(wire: str) -> str:
    """The generator's argument name for a parameter (`providers[]` -> `providers`)."""
    return wire.replace("-", "_").removesuffix("[]")


def example_for(param: dict[str, Any]) -> Any:
    """A valid value for a parameter: its example, else one made from its schema."""
    schema = param.get("schema", {})
    if "example" in param:
        return param["example"]
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer":
        return schema.get("minimum", 1) or 1
    if kind == "boolean":
        return True
    if kind == "array":
        return [example_for({"schema": schema.get("items", {})})]
    if schema.get("format") == "uuid":
        return "3f1c2b7a-9d4e-4f6a-8b2c-5e7d9a1b3c4d"
    return "example-value"


def _coerce(value: Any, hint: Any) -> Any:
    """Turn a JSON example into what the generated signature's type hint wants."""
    text = str(hint)
    if "UUID" in text and isinstance(value, str):
        return uuid.UUID(value)
    if "datetime" in text and isinstance(value, str):
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if "date" in text and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


def call_kwargs(op: Operation, *, all_params: bool = True) -> dict[str, Any]:
    """Keyword arguments for the generated `sync_detailed` of `op`, from the spec's examples."""
    fn = op.module().sync_detailed
    hints = typing.get_type_hints(fn)
    kwargs: dict[str, Any] = {}
    for param in op.params:
        if not (param.get("required") or all_params):
            continue
        name = python_name(param["name"])
        kwargs[name] = _coerce(example_for(param), hints.get(name))
    if op.body is not None:
        examples = op.body_examples()
        body_model = hints["body"]
        value = next(iter(examples.values()))
        kwargs["body"] = body_model.from_dict(value) if hasattr(body_model, "from_dict") else value
    return kwargs


def model_class(schema_name: str) -> type:
    models = importlib.import_module("onesignal_generated.models")
    cls: type = getattr(models, schema_name)
    return cls


def facade_call(op: Operation) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for the facade method of `op`, derived from the spec and the official SDK's
    argument order (the operation table's `app_id_last` and `lead` facts).

    Positional: app_id (wherever the operation takes it; after the resource id where the
    official SDK puts it there), the other path ids in path order, the required query values
    the official SDK takes positionally, then the body example. Other required query
    parameters go as keywords.
    """
    from onesignal._operations import BY_NAME

    row = BY_NAME[op.id]
    path = [p for p in op.params if p["in"] == "path"]
    query = {python_name(p["name"]): p for p in op.params if p["in"] == "query"}
    body_fields = resolve(op.body["content"]["application/json"]["schema"]) if op.body else {}
    takes_app_id = (
        any(p["name"] == "app_id" for p in path)
        or "app_id" in query
        or "app_id" in body_fields.get("properties", {})
    )
    args: list[Any] = [example_for(p) for p in path if p["name"] != "app_id"]
    if takes_app_id:
        app_id = example_for({"name": "app_id", **resolve_param("AppIdPath")})
        args.insert(len(args) if row.app_id_last else 0, app_id)
    args += [example_for(query.pop(name)) for name in row.lead]
    kwargs = {
        name: example_for(p) for name, p in query.items() if p.get("required") and name != "app_id"
    }
    if op.body is not None:
        args.append(next(iter(op.body_examples().values())))
    return args, kwargs


def resolve_param(name: str) -> dict[str, Any]:
    return dict(load_spec()["components"]["parameters"][name])


def success_schema_names(op: Operation) -> set[str | None]:
    """Names of the models a 2xx answer of `op` parses into (None: no body)."""
    names: set[str | None] = set()
    for code in op.success_codes():
        media = op.response_media(code)
        if media is None:
            names.add(None)
            continue
        schema = resolve(media["schema"])
        names.add(
            ref_name(schema["items"])
            if schema.get("type") == "array"
            else ref_name(media["schema"])
        )
    return names
