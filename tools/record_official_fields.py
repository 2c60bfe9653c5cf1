"""Record the field names OneSignal's official Python SDK sends and reads, for
tests/test_spec_fidelity.py.

NOT part of CI, and NOT runnable in the project venv: the official SDK also imports as
`onesignal`. Unpack the official wheel and run this with any Python 3.11 that has `urllib3` and
`python-dateutil`:

    pip download --no-deps onesignal-python-api==5.18.0 -d /tmp/offb
    (cd /tmp/offb && unzip -q -o *.whl -d pkg)
    python3.11 tools/record_official_fields.py /tmp/offb/pkg [tests/data/official_fields.json]

For every DefaultApi operation it writes, under this SDK's operationId:

- `query`, `header`: the wire names of the query and header parameters it can send;
- `request`: every field of its request body model, nested models included, as paths
  (`subscriptions[].token`, `properties.tags`, `filters[].relation`);
- `response`: the same for the model its success answer is read into;
- `allowed`: the enums it checks (`path`: its allowed values), `limits` its validations.

Paths: `a.b` is the field `b` of the object in `a`; `a[]` an item of the array in `a`; `a{}` a
value of the map in `a`. A model met again below itself (a recursive schema) is not followed.
"""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import Any

# The official operation names that this SDK's spec calls otherwise (onesignal/_operations.py).
RENAMED = {
    "get_aliases": "fetch_user_identity",
    "get_aliases_by_subscription": "fetch_aliases",
    "create_alias": "identify_user_by_alias",
    "create_alias_by_subscription": "identify_user_by_subscription_id",
}


def _model_base() -> tuple[type, type]:
    from onesignal.model_utils import ModelSimple, OpenApiModel

    return OpenApiModel, ModelSimple


def walk(model: type, prefix: str, seen: tuple[type, ...], out: dict[str, Any]) -> None:
    _openapi_model, model_simple = _model_base()
    if model in seen:
        return
    if issubclass(model, model_simple):  # a named list or map: its value's fields
        for kind in model.openapi_types.get("value", ()):
            descend(kind, prefix.removesuffix("."), (*seen, model), out)
        return
    types = model.openapi_types
    allowed = getattr(model, "allowed_values", {})
    limits = getattr(model, "validations", {})
    for attr, wire in model.attribute_map.items():
        path = f"{prefix}{wire}"
        out["fields"].append(path)
        if (attr,) in allowed:
            out["allowed"][path] = sorted(allowed[(attr,)].values(), key=str)
        if (attr,) in limits:
            out["limits"][path] = {k: v for k, v in limits[(attr,)].items() if k != "regex"}
        for kind in types.get(attr, ()):
            descend(kind, path, (*seen, model), out)


def descend(kind: Any, path: str, seen: tuple[type, ...], out: dict[str, Any]) -> None:
    openapi_model, _ = _model_base()
    if isinstance(kind, list):
        for inner in kind:
            descend(inner, f"{path}[]", seen, out)
    elif isinstance(kind, dict):
        for inner in kind.values():
            for one in inner:
                descend(one, f"{path}{{}}", seen, out)
    elif inspect.isclass(kind) and issubclass(kind, openapi_model):
        walk(kind, f"{path}.", seen, out)


def fields_of(model: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"fields": [], "allowed": {}, "limits": {}}
    for kind in model:
        descend(kind, "", (), out)
    # A top-level array's item fields are named as if the item were the body.
    out["fields"] = [f.removeprefix("[]").removeprefix(".") for f in out["fields"]]
    out["fields"] = sorted(set(out["fields"]))
    return out


def main(pkg: Path, target: Path) -> None:
    sys.path.insert(0, str(pkg))
    from onesignal.api.default_api import DefaultApi
    from onesignal.api_client import ApiClient

    api = DefaultApi(ApiClient())
    operations: dict[str, Any] = {}
    for name in sorted(vars(api)):
        endpoint = getattr(api, name)
        if not name.endswith("_endpoint"):
            continue
        official = endpoint.settings["operation_id"]
        locations = endpoint.location_map
        wire = endpoint.attribute_map
        entry: dict[str, Any] = {"official": official}
        for where in ("query", "header"):
            entry[where] = sorted(wire.get(p, p) for p, loc in locations.items() if loc == where)
        request: dict[str, Any] = {"fields": [], "allowed": {}, "limits": {}}
        for param, loc in locations.items():
            if loc == "body":
                request = fields_of(endpoint.openapi_types[param])
        entry["request"] = request["fields"]
        response = endpoint.settings["response_type"]
        answer = fields_of(response) if response else {"fields": [], "allowed": {}, "limits": {}}
        entry["response"] = answer["fields"]
        entry["allowed"] = {**request["allowed"]}
        entry["limits"] = {**request["limits"]}
        for param in endpoint.params_map["enum"]:
            values = endpoint.allowed_values.get((param,), {})
            entry["allowed"][wire.get(param, param)] = sorted(values.values(), key=str)
        operations[RENAMED.get(official, official)] = entry
    record = {"sdk": "onesignal-python-api==5.18.0", "operations": operations}
    target.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
    print(f"{target}: {len(operations)} operations")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        Path(args[0]),
        Path(args[1] if len(args) > 1 else "tests/data/official_fields.json").resolve(),
    )
