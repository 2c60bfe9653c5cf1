"""Write the facade's index of the generated client: `make generate` runs this after the generator.

It reads the spec through openapi-python-client's own parser, so names agree with the generated
code exactly, and writes two files into the generated package:

- `facade_index.py`: per operation, its path ids, query parameters, body model and where
  `app_id` goes; per model, its attribute -> JSON names and nested models. The facade reads this
  instead of importing every generated module (fast import) or parsing the spec at run time.
- `facade_types.pyi`: typed signatures of every client method and alias, for mypy and IDEs.

Usage: python tools/index_spec.py SPEC CONFIG PACKAGE_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openapi_python_client import _get_document  # noqa: E402
from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: E402
from openapi_python_client.parser import GeneratorData  # noqa: E402
from openapi_python_client.parser.properties import (  # noqa: E402
    DateProperty,
    DateTimeProperty,
    ListProperty,
    ModelProperty,
    UnionProperty,
)

from onesignal._operations import BY_NAME, OPERATIONS, method_names  # noqa: E402

HEADER = '"""Written by tools/index_spec.py during `make generate`. Do not edit."""\n'


def _load(spec: Path, config_path: Path) -> GeneratorData:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec, "utf-8", False, None
    )
    data = _get_document(source=spec, timeout=5)
    generated = GeneratorData.from_dict(data, config=config)  # type: ignore[arg-type]
    assert isinstance(generated, GeneratorData), generated
    return generated


def _raw(name: Any) -> str:
    """A JSON name from the spec. Written only through repr(), so no code can leak in."""
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _nested_model(prop: Any) -> str | None:
    """The model a property holds, directly or as list items (free-form maps included)."""
    if isinstance(prop, ListProperty):
        prop = prop.inner_property
    if isinstance(prop, UnionProperty):
        models = [p for p in prop.inner_properties if isinstance(p, ModelProperty)]
        prop = models[0] if len(models) == 1 else None
    if isinstance(prop, ModelProperty):
        return str(prop.class_info.name)
    return None


def _fields(model: ModelProperty) -> list[Any]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


def _model_entries(data: GeneratorData) -> list[str]:
    lines = []
    for model in sorted(data.models, key=lambda m: str(m.class_info.name)):
        props = _fields(model)
        names = {str(p.python_name): _raw(p.name) for p in props}
        nested = {_raw(p.name): n for p in props if (n := _nested_model(p))}
        stamps = sorted(_raw(p.name) for p in props if isinstance(p, DateTimeProperty))
        # Open: the schema itself admits fields it does not name (free-form maps, or an
        # explicit additionalProperties). The facade refuses unknown fields of closed models.
        is_open = not props or model.data.additionalProperties not in (None, False)
        lines.append(
            f"    {str(model.class_info.name)!r}: Model({names!r}, {nested!r}, "
            f"{tuple(stamps)!r}, {str(model.class_info.module_name)!r}, {is_open!r}),"
        )
    return lines


def _endpoints(data: GeneratorData) -> dict[str, Any]:
    return {str(e.name): e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints}


def _success(endpoint: Any) -> dict[int, str]:
    """Per 2xx status, the class name of its model: `App`, `list[App]`, or `None` (no body)."""
    found = {}
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if not (low >= 200 and high < 300):
            continue
        prop = response.prop
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            name = f"list[{prop.inner_property.class_info.name}]"
        elif isinstance(prop, ModelProperty):
            name = str(prop.class_info.name)
        else:
            name = "None"
        found.update(dict.fromkeys(range(low, high + 1), name))
    return found


def _body_model(endpoint: Any) -> str | None:
    for body in endpoint.bodies:
        if isinstance(body.prop, ModelProperty):
            return str(body.prop.class_info.name)
    return None


def _app_id_place(endpoint: Any, data: GeneratorData) -> str | None:
    if any(p.name == "app_id" for p in endpoint.path_parameters):
        return "path"
    if any(p.name == "app_id" for p in endpoint.query_parameters):
        return "query"
    body = _body_model(endpoint)
    models = {str(m.class_info.name): m for m in data.models}
    if body and any(p.name == "app_id" for p in _fields(models[body])):
        return "body"
    return None


def write_index(data: GeneratorData, out: Path) -> None:
    endpoints = _endpoints(data)
    lines = [
        HEADER,
        "from typing import NamedTuple\n\n",
        "class Shape(NamedTuple):",
        "    template: str",
        "    tag: str",
        "    path: tuple[str, ...]",
        "    query: tuple[str, ...]",
        "    required_query: tuple[str, ...]",
        "    body: str | None",
        "    app_id: str | None",
        "    success: dict[int, str]",
        "    times: dict[str, str]\n\n",
        "class Model(NamedTuple):",
        "    fields: dict[str, str]",
        "    nested: dict[str, str]",
        "    timestamps: tuple[str, ...]",
        "    module: str",
        "    open: bool\n\n",
        "OPERATIONS: dict[str, Shape] = {",
    ]
    for name, e in sorted(endpoints.items()):
        path = tuple(str(p.python_name) for p in e.path_parameters)
        query = tuple(str(p.python_name) for p in e.query_parameters)
        required = tuple(str(p.python_name) for p in e.query_parameters if p.required)
        times = {
            str(p.python_name): "date" if isinstance(p, DateProperty) else "datetime"
            for p in e.query_parameters
            if isinstance(p, DateProperty | DateTimeProperty)
        }
        lines.append(
            f"    {name!r}: Shape({_raw(e.path)!r}, {str(e.tags[0])!r}, {path!r}, {query!r}, "
            f"{required!r}, "
            f"{_body_model(e)!r}, {_app_id_place(e, data)!r}, {_success(e)!r}, {times!r}),"
        )
    lines += ["}\n", "MODELS: dict[str, Model] = {", *_model_entries(data), "}\n"]
    (out / "facade_index.py").write_text("\n".join(lines))


def _type(prop: Any) -> str:
    text = str(prop.get_type_string(no_optional=True).as_unembedded_code())
    # The facade also takes ISO 8601 strings for dates and times.
    return f"{text} | str" if isinstance(prop, DateProperty | DateTimeProperty) else text


def _signature(
    e: Any, data: GeneratorData, imports: set[str], *, short: bool, lead: tuple[str, ...]
) -> str:
    """Parameters of one overload: ids (and body) positional, the rest keyword-only."""
    ids = [str(p.python_name) for p in e.path_parameters]
    if _app_id_place(e, data) in ("query", "body"):
        ids.insert(0, "app_id")
    if short and ids and ids[0] == "app_id":
        ids = ids[1:]
    positional = [f"{name}: str" for name in ids]
    query = {str(p.python_name): p for p in e.query_parameters}
    imports.update(i for p in query.values() for i in p.get_imports(prefix="."))
    for name in lead:
        positional.append(f"{name}: {_type(query.pop(name))}")
    body = _body_model(e)
    if body:
        positional.append(f"body: {body} | RequestBody | Mapping[str, Any] | None = None")
    keywords = [f"{n}: {_type(p)} | None = None" for n, p in query.items() if n != "app_id"]
    keywords.append("timeout: float | None = None")
    if body:
        keywords += ["extra_body: Mapping[str, Any] | None = None", "**fields: Any"]
    return ", ".join(["self", *positional, "/", "*", *keywords])


def write_types(data: GeneratorData, out: Path) -> None:
    endpoints = _endpoints(data)
    used: set[str] = set()
    imports: set[str] = set()
    classes = {False: ["class SyncOperations:"], True: ["class AsyncOperations:"]}
    for op in OPERATIONS:
        e = endpoints[op.name]
        results = list(dict.fromkeys(_success(e).values()))
        result = " | ".join(results) or "None"
        used.update(n.removeprefix("list[").rstrip("]") for n in results if n != "None")
        if body := _body_model(e):
            used.add(body)
        # The full form, then the form without app_id (taken from the client), or for an
        # operation with a short form, that operation's full form.
        forms = [(e, False, op.lead)]
        if op.short_form:
            short_op = BY_NAME[op.short_form]
            forms.append((endpoints[short_op.name], False, short_op.lead))
        elif _app_id_place(e, data) is not None:
            forms.append((e, True, op.lead))
        for is_async, lines in classes.items():
            prefix = "async def" if is_async else "def"
            for endpoint, short, lead in forms:
                if len(forms) > 1:
                    lines.append("    @overload")
                sig = _signature(endpoint, data, imports, short=short, lead=lead)
                lines.append(f"    {prefix} {op.name}({sig}) -> {result}: ...")
            for alias in method_names(op, is_async=is_async)[1:]:
                lines.append(f"    {alias} = {op.name}")
    models = {str(m.class_info.name): str(m.class_info.module_name) for m in data.models}
    imports.update(f"from .models.{models[name]} import {name}" for name in used)
    text = "\n".join(
        [
            HEADER,
            "from collections.abc import Mapping",
            "from typing import Any, Literal, overload\n",
            "from onesignal._models import RequestBody\n",
            *sorted(imports),
            "",
            *classes[False],
            "",
            *classes[True],
            "",
        ]
    )
    (out / "facade_types.pyi").write_text(text)


def main() -> None:
    spec, config, package = (Path(arg) for arg in sys.argv[1:4])
    data = _load(spec, config)
    write_index(data, package)
    write_types(data, package)


if __name__ == "__main__":
    main()
