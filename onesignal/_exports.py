"""Helpers: exports (to be written). Sync and async mixins over the cores in _core.py."""

from __future__ import annotations

from ._core import AsyncCore, SyncCore


class SyncExports(SyncCore):
    """Exports helpers of `OneSignal`."""


class AsyncExports(AsyncCore):
    """Exports helpers of `AsyncOneSignal`."""
