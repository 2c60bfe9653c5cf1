"""The result of `create_notification_with_retry`, as the official SDK shapes it."""

from __future__ import annotations

from typing import Any, NamedTuple


class CreateNotificationWithRetryResult(NamedTuple):
    response: Any
    """The create_notification result."""
    was_replayed: bool
    """OneSignal answered from an earlier request with the same idempotency key."""
