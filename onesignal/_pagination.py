"""Helpers: pagination (to be written). Sync and async mixins over the cores in _core.py."""

from __future__ import annotations

from ._core import AsyncCore, SyncCore


class SyncPagination(SyncCore):
    """Pagination helpers of `OneSignal`."""


class AsyncPagination(AsyncCore):
    """Pagination helpers of `AsyncOneSignal`."""
