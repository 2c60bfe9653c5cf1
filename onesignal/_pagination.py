"""Auto-pagination: `iter_notifications`, `iter_segments`, `iter_templates`, `iter_journeys`,
`iter_audit_logs`.

The page maths lives in `PageCursor` (no I/O); the sync and async mixins only loop over it,
fetching one page at a time, so memory holds a single page whatever the total.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._core import AsyncCore, SyncCore
from ._errors import ValidationError
from ._operations import BY_NAME, Operation

if TYPE_CHECKING:
    from onesignal_generated.models import (
        AuditLogEvent,
        JourneyListItem,
        NotificationDetail,
        Segment,
        Template,
    )
    from onesignal_generated.models.get_notifications_kind import GetNotificationsKind
    from onesignal_generated.models.view_templates_channel import ViewTemplatesChannel

    from ._base import BaseClient

Request = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Pager:
    """How one list operation pages (limits from openapi/onesignal.yaml)."""

    operation: str
    items: str  # the answer's list field
    style: Literal["offset", "cursor"]
    max_page_size: int
    first_only: tuple[str, ...] = ()  # sent on the first request only


PAGERS: dict[str, Pager] = {
    "notifications": Pager("get_notifications", "notifications", "offset", 50),
    "segments": Pager("get_segments", "segments", "offset", 300),
    "templates": Pager("view_templates", "templates", "offset", 50),
    "journeys": Pager("view_journeys", "journeys", "cursor", 50),
    # The cursor carries the time range: later pages go "without the time range" (the spec).
    "audit_logs": Pager(
        "list_audit_logs", "audit_logs", "cursor", 100, first_only=("start_time", "end_time")
    ),
}


class PageCursor:
    """Where a walk through one list stands: what to ask for next, and when to stop.

    Stops at `total_count`, at a short or empty page, when `has_more` is false or
    `next_cursor` is missing or repeated, and when a page brings nothing the previous one did
    not (a server that ignores `offset` would otherwise be read forever). Items already seen
    on the previous page (shifted by an insertion between two requests) are not yielded twice.
    """

    def __init__(
        self,
        name: str,
        page_size: int,
        args: tuple[Any, ...] = (),
        params: dict[str, Any] | None = None,
    ) -> None:
        self.pager = PAGERS[name]
        self.operation: Operation = BY_NAME[self.pager.operation]
        top = self.pager.max_page_size
        if isinstance(page_size, bool) or not isinstance(page_size, int):
            raise ValidationError(
                f"page_size must be an int from 1 to {top}, not {type(page_size).__name__}",
                field="page_size",
            )
        if not 1 <= page_size <= top:
            raise ValidationError(
                f"page_size must be from 1 to {top} for {self.pager.operation}, got {page_size}",
                field="page_size",
            )
        reserved = {"limit", "offset"} & set(params or {})
        if reserved:
            raise TypeError(f"pass page_size=, not {sorted(reserved)[0]}=; paging sets it")
        self.page_size = page_size
        self.args = args
        self.params = {k: v for k, v in (params or {}).items() if v is not None}
        self._previous: frozenset[str] = frozenset()

    def first(self) -> Request:
        """Keyword arguments of the first request."""
        if self.pager.style == "offset":
            return {**self.params, "offset": 0, "limit": self.page_size}
        return {**self.params, "limit": self.page_size}

    def advance(self, request: Request, page: Any) -> tuple[list[Any], Request | None]:
        """The items of `page` (the answer to `request`) to yield, and the next request."""
        items = _field(page, self.pager.items)
        if not isinstance(items, list):
            items = []
        keys = [_key(item) for item in items]
        fresh = [item for item, key in zip(items, keys, strict=True) if key not in self._previous]
        self._previous = frozenset(keys)
        if not fresh:
            return [], None
        if self.pager.style == "offset":
            return fresh, self._next_offset(request, page, len(items))
        return fresh, self._next_cursor(request, page)

    def _next_offset(self, request: Request, page: Any, count: int) -> Request | None:
        limit = request["limit"]
        echoed = _field(page, "limit")
        if _is_int(echoed) and 0 < echoed < limit:
            limit = echoed  # the server clamped the page size: a page of that size is full
        offset = request["offset"] + count
        total = _field(page, "total_count")
        if count < limit or (_is_int(total) and offset >= total):
            return None
        return {**request, "offset": offset}

    def _next_cursor(self, request: Request, page: Any) -> Request | None:
        token = _field(page, "next_cursor")
        if (
            _field(page, "has_more") is False
            or not isinstance(token, str)
            or not token
            or token == request.get("cursor")
        ):
            return None
        following = {k: v for k, v in request.items() if k not in self.pager.first_only}
        following["cursor"] = token
        return following


def _field(page: Any, name: str) -> Any:
    """A field of an answer read leniently: a model attribute, or a key of raw JSON."""
    if isinstance(page, dict):
        return page.get(name)
    return getattr(page, name, None)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _key(item: Any) -> str:
    """What tells two items apart: their id, or their whole JSON when they have none."""
    ident = _field(item, "id")
    if isinstance(ident, str | uuid.UUID):
        return f"id:{ident}"
    data = item.to_dict() if hasattr(item, "to_dict") else item
    return "json:" + json.dumps(data, sort_keys=True, default=str)


def _checked(client: BaseClient[Any], cursor: PageCursor) -> PageCursor:
    """Refuse bad arguments (app id, keys, unknown filters) now, not at the first `next()`."""
    client._prepare(cursor.operation, cursor.args, cursor.first())
    return cursor


def _audit_cursor(organization_id: str, page_size: int, filters: dict[str, Any]) -> PageCursor:
    return PageCursor("audit_logs", page_size, (organization_id,), filters)


class SyncPagination(SyncCore):
    """Pagination helpers of `OneSignal`: each `iter_*` yields items lazily, page by page."""

    def iter_notifications(
        self,
        app_id: str | None = None,
        *,
        kind: GetNotificationsKind | None = None,
        page_size: int = 50,
    ) -> Iterator[NotificationDetail]:
        """Every notification of the app (newest first), across all pages of get_notifications."""
        params = {"app_id": app_id, "kind": kind}
        return self._walk_pages(PageCursor("notifications", page_size, params=params))

    def iter_segments(
        self, app_id: str | None = None, *, page_size: int = 300
    ) -> Iterator[Segment]:
        """Every segment of the app, across all pages of get_segments."""
        return self._walk_pages(PageCursor("segments", page_size, params={"app_id": app_id}))

    def iter_templates(
        self,
        app_id: str | None = None,
        *,
        channel: ViewTemplatesChannel | None = None,
        page_size: int = 50,
    ) -> Iterator[Template]:
        """Every template of the app (optionally of one channel), across view_templates pages."""
        params = {"app_id": app_id, "channel": channel}
        return self._walk_pages(PageCursor("templates", page_size, params=params))

    def iter_journeys(
        self, app_id: str | None = None, *, page_size: int = 50
    ) -> Iterator[JourneyListItem]:
        """Every journey of the app, following view_journeys' cursors."""
        return self._walk_pages(PageCursor("journeys", page_size, params={"app_id": app_id}))

    def iter_audit_logs(
        self, organization_id: str, *, page_size: int = 100, **filters: Any
    ) -> Iterator[AuditLogEvent]:
        """Every audit log event matching `filters` (start_time, end_time, app_ids, actions,
        ...: the query parameters of list_audit_logs), following its cursors."""
        return self._walk_pages(_audit_cursor(organization_id, page_size, filters))

    def _walk_pages(self, cursor: PageCursor) -> Iterator[Any]:
        return self._page_loop(_checked(self, cursor))

    def _page_loop(self, cursor: PageCursor) -> Iterator[Any]:
        request: Request | None = cursor.first()
        while request is not None:
            page = self._call(cursor.operation, cursor.args, request)
            items, request = cursor.advance(request, page)
            yield from items


class AsyncPagination(AsyncCore):
    """Pagination helpers of `AsyncOneSignal`: `async for item in client.iter_*(...)`."""

    def iter_notifications(
        self,
        app_id: str | None = None,
        *,
        kind: GetNotificationsKind | None = None,
        page_size: int = 50,
    ) -> AsyncIterator[NotificationDetail]:
        """Every notification of the app (newest first), across all pages of get_notifications."""
        params = {"app_id": app_id, "kind": kind}
        return self._walk_pages(PageCursor("notifications", page_size, params=params))

    def iter_segments(
        self, app_id: str | None = None, *, page_size: int = 300
    ) -> AsyncIterator[Segment]:
        """Every segment of the app, across all pages of get_segments."""
        return self._walk_pages(PageCursor("segments", page_size, params={"app_id": app_id}))

    def iter_templates(
        self,
        app_id: str | None = None,
        *,
        channel: ViewTemplatesChannel | None = None,
        page_size: int = 50,
    ) -> AsyncIterator[Template]:
        """Every template of the app (optionally of one channel), across view_templates pages."""
        params = {"app_id": app_id, "channel": channel}
        return self._walk_pages(PageCursor("templates", page_size, params=params))

    def iter_journeys(
        self, app_id: str | None = None, *, page_size: int = 50
    ) -> AsyncIterator[JourneyListItem]:
        """Every journey of the app, following view_journeys' cursors."""
        return self._walk_pages(PageCursor("journeys", page_size, params={"app_id": app_id}))

    def iter_audit_logs(
        self, organization_id: str, *, page_size: int = 100, **filters: Any
    ) -> AsyncIterator[AuditLogEvent]:
        """Every audit log event matching `filters` (start_time, end_time, app_ids, actions,
        ...: the query parameters of list_audit_logs), following its cursors."""
        return self._walk_pages(_audit_cursor(organization_id, page_size, filters))

    def _walk_pages(self, cursor: PageCursor) -> AsyncIterator[Any]:
        return self._page_loop(_checked(self, cursor))

    async def _page_loop(self, cursor: PageCursor) -> AsyncIterator[Any]:
        request: Request | None = cursor.first()
        while request is not None:
            page = await self._call(cursor.operation, cursor.args, request)
            items, request = cursor.advance(request, page)
            for item in items:
                yield item
