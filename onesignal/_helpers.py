"""The cores the generated methods build on: the send loops plus each helper's loops."""

from __future__ import annotations

from ._bulk import AsyncBulk, SyncBulk
from ._exports import AsyncExports, SyncExports
from ._pagination import AsyncPagination, SyncPagination


class SyncHelpers(SyncPagination, SyncExports, SyncBulk):
    """Everything `OneSignal`'s generated methods call."""


class AsyncHelpers(AsyncPagination, AsyncExports, AsyncBulk):
    """Everything `AsyncOneSignal`'s generated methods call."""
