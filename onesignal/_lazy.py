"""A list of models that reads each item from its JSON the first time it is used.

A page of 50 notifications costs far more to turn into models (the generated parsers) than to
fetch; most callers read a few fields of a few items. So the items of an answer's lists stay
JSON until touched, then are read once and kept. It is a real `list`: `isinstance`, `len`,
indexing, slicing, iteration and comparison behave as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, SupportsIndex, overload


class LazyList(list[Any]):
    __slots__ = ("_read",)

    def __init__(self, raw: list[Any], read: Callable[[Any], Any]) -> None:
        super().__init__(raw)
        self._read = read

    def _item(self, index: int) -> Any:
        item = list.__getitem__(self, index)
        if type(item) is dict:  # still JSON: read it now, once
            item = self._read(item)
            list.__setitem__(self, index, item)
        return item

    def _all(self) -> list[Any]:
        return [self._item(i) for i in range(len(self))]

    @overload
    def __getitem__(self, index: SupportsIndex) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> Any:
        if isinstance(index, slice):
            return [self._item(i) for i in range(len(self))[index]]
        position = index.__index__()
        return self._item(position + len(self) if position < 0 else position)

    def __iter__(self) -> Iterator[Any]:
        for i in range(len(self)):
            yield self._item(i)

    def __reversed__(self) -> Iterator[Any]:
        for i in reversed(range(len(self))):
            yield self._item(i)

    def __contains__(self, value: object) -> bool:
        return value in self._all()

    def __eq__(self, other: object) -> bool:
        return self._all() == other

    def __ne__(self, other: object) -> bool:
        return self._all() != other

    __hash__ = None

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce_ex__(self, protocol: SupportsIndex) -> Any:
        return (list, (self._all(),))

    def copy(self) -> list[Any]:
        return self._all()

    def index(self, value: Any, *args: Any) -> int:
        return self._all().index(value, *args)

    def count(self, value: Any) -> int:
        return self._all().count(value)

    def pop(self, index: SupportsIndex = -1) -> Any:
        item = self[index]
        super().pop(index)
        return item
