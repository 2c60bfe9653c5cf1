"""Reading 2xx answers, including ones that depart from the spec, without raising.

An answer is wrapped, not parsed: each model keeps the JSON object it was read from and turns a
field into Python when the field is read (see `onesignal._model`). Nothing is checked up front,
so a missing "required" field reads as None, a `null` where an object was declared is None, a
value that does not fit its declared type keeps its JSON value, and fields the spec does not
name stay readable by attribute and in `to_dict()`. `as_received()` gives the answer as it came.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import Any

from ._index import MODELS


@cache
def model_class(name: str) -> type:
    module = importlib.import_module(f"onesignal_generated.models.{MODELS[name].module}")
    cls: type = getattr(module, name)
    return cls


def read_leniently(model: str, data: Any) -> Any:
    """An answer's `data` as `model` (a class name, `list[Name]` or `None`), as far as it fits.

    A free-form answer (a model without declared fields) is its generated class, a dict.
    """
    if model.startswith("list[") and type(data) is list:
        name = model[5:-1]
        return [read_model(name, item) for item in data] if name in MODELS else data
    if model not in MODELS:
        return data
    return read_model(model, data)


def read_model(name: str, data: Any) -> Any:
    """`data` as the model `name`; anything but a JSON object is returned as it is."""
    if not isinstance(data, Mapping):
        return data
    return model_class(name).from_dict(data)  # type: ignore[attr-defined]
