"""`OneSignal` and `AsyncOneSignal`: a core (send loop) plus the helpers, plus every operation.

The API methods are not written here one by one: `_install` adds every name of every row of the
operation table to both classes, each a thin call into `_call`. Their typed signatures live in
the generated `facade_types.pyi`, which mypy and IDEs read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._bulk import AsyncBulk, SyncBulk
from ._exports import AsyncExports, SyncExports
from ._operations import OPERATIONS, Operation, method_names
from ._pagination import AsyncPagination, SyncPagination

if TYPE_CHECKING:
    from onesignal_generated.facade_types import AsyncOperations, SyncOperations
else:
    SyncOperations = AsyncOperations = object


class OneSignal(SyncPagination, SyncExports, SyncBulk, SyncOperations):
    """The OneSignal REST API, blocking. Keys and defaults come from arguments or ONESIGNAL_*."""


class AsyncOneSignal(AsyncPagination, AsyncExports, AsyncBulk, AsyncOperations):
    """The OneSignal REST API, for asyncio. Same methods as `OneSignal`, as coroutines."""


def _method(op: Operation) -> Any:
    """One function serves both clients: `_call` returns a value or a coroutine."""

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        return self._call(op, args, kwargs)

    method.__name__ = method.__qualname__ = op.name
    method.__doc__ = f"`{op.name}`: see the OneSignal REST API reference ({op.tag})."
    return method


def _install() -> None:
    for op in OPERATIONS:
        method = _method(op)
        for cls, is_async in ((OneSignal, False), (AsyncOneSignal, True)):
            for name in method_names(op, is_async=is_async):
                setattr(cls, name, method)


_install()
