"""What the helpers build before any I/O: export polls and bulk plans.

Their modules load on first use, so `import onesignal` does not pay for helpers a program
never calls.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._bulk import SendPlan, TagsPlan
    from ._exports import Progress, _Poll, _Start
    from ._operations import Operation


class HelperPlans:
    """Builders of both clients' helpers; the loops that run them are in `_loops.py`."""

    app_id: str | None

    def _poll(
        self,
        name: str,
        url: str | None,
        poll_interval: float,
        timeout: float,
        on_progress: Progress | None = None,
    ) -> _Poll:
        from ._exports import _Poll

        return _Poll(
            name, url=url, poll_interval=poll_interval, timeout=timeout, on_progress=on_progress
        )

    def _start(
        self, op: Operation, call: tuple[tuple[Any, ...], dict[str, Any]], poll: _Poll
    ) -> _Start:
        """The call that starts an export, then the wait for its file."""
        from ._exports import _Start

        return _Start(op, call[0], call[1], poll)

    def _send_plan(
        self,
        notification: Any,
        external_ids: Iterable[str],
        app_id: str | uuid.UUID | None,
        chunk_size: int,
        concurrency: int,
        idempotency_key: str | uuid.UUID | None,
    ) -> SendPlan:
        from ._bulk import SendPlan

        return SendPlan(
            notification,
            external_ids,
            app_id=None if app_id is None else str(app_id),
            client_app_id=self.app_id,
            chunk_size=chunk_size,
            concurrency=concurrency,
            idempotency_key=idempotency_key,
        )

    def _tags_plan(
        self,
        tags_by_external_id: Mapping[str, Mapping[str, str]],
        app_id: str | uuid.UUID | None,
        alias_label: str,
        concurrency: int,
    ) -> TagsPlan:
        from ._bulk import TagsPlan

        return TagsPlan(
            tags_by_external_id,
            app_id=None if app_id is None else str(app_id),
            alias_label=alias_label,
            concurrency=concurrency,
        )
