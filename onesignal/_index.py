"""The generated index of operations and models, imported on first use.

It is large, and importing it pulls in the generated package (and attrs), so `import onesignal`
would pay for it even in programs that never make a call. These read-only views load it the
first time they are read.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from onesignal_generated.facade_index import Model, Shape

T = TypeVar("T")


class _OnFirstUse(Mapping[str, T], Generic[T]):
    __slots__ = ("_data", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._data: dict[str, T] | None = None

    def _load(self) -> dict[str, T]:
        if self._data is None:
            module = importlib.import_module("onesignal_generated.facade_index")
            self._data = getattr(module, self._name)
        return self._data

    def __getitem__(self, key: str) -> T:
        return (self._data or self._load())[key]

    def __contains__(self, key: object) -> bool:
        return key in (self._data or self._load())

    def __iter__(self) -> Iterator[str]:
        return iter(self._data or self._load())

    def __len__(self) -> int:
        return len(self._data or self._load())

    def get(self, key: str, default: Any = None) -> Any:
        return (self._data or self._load()).get(key, default)


MODELS: _OnFirstUse[Model] = _OnFirstUse("MODELS")
SHAPES: _OnFirstUse[Shape] = _OnFirstUse("OPERATIONS")
