"""Helpers: bulk (to be written). Sync and async mixins over the cores in _core.py."""

from __future__ import annotations

from ._core import AsyncCore, SyncCore


class SyncBulk(SyncCore):
    """Bulk helpers of `OneSignal`."""


class AsyncBulk(AsyncCore):
    """Bulk helpers of `AsyncOneSignal`."""
