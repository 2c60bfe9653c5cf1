"""Auto-pagination: the `iter_*` helpers of every operation with `pages` in the table.

The page maths lives in `PageCursor` (no I/O); the loop in `_loops.py` only asks it what to
fetch next, one page at a time, so memory holds a single page whatever the total.
"""

from __future__ import annotations

import json
import math
import time
import uuid
from typing import Any

from ._errors import ValidationError
from ._operations import Operation, Pages

Request = dict[str, Any]


class PageCursor:
    """Where a walk through one list stands: what to ask for next, and when to stop.

    Stops at `total_count`, at a short or empty page, when `has_more` is false or
    `next_cursor` is missing or repeated, and when a page brings nothing the previous one did
    not (a server that ignores `offset` would otherwise be read forever). Items already seen
    on the previous page (shifted by an insertion between two requests) are not yielded twice.
    """

    def __init__(
        self,
        operation: Operation,
        page_size: int,
        slots: tuple[Any, ...] = (),
        params: dict[str, Any] | None = None,
        page_interval: float | None = None,
    ) -> None:
        assert operation.pages is not None, operation.name
        self.pager: Pages = operation.pages
        self.operation = operation
        top = self.pager.max_page_size
        if isinstance(page_size, bool) or not isinstance(page_size, int):
            raise ValidationError(
                f"page_size must be an int from 1 to {top}, not {type(page_size).__name__}",
                field="page_size",
            )
        if not 1 <= page_size <= top:
            raise ValidationError(
                f"page_size must be from 1 to {top} for {operation.name}, got {page_size}",
                field="page_size",
            )
        reserved = {"limit", "offset"} & set(params or {})
        if reserved:
            raise TypeError(f"pass page_size=, not {sorted(reserved)[0]}=; paging sets it")
        self.page_size = page_size
        self.slots = slots
        self.interval = _interval(operation, page_interval)
        self._asked_at = -math.inf
        self.params = {k: v for k, v in (params or {}).items() if v is not None}
        self._previous: frozenset[str] = frozenset()

    def wait(self) -> float:
        """Seconds to wait before asking for the next page, so that page requests keep the
        operation's documented rate (view endpoints: one per second per app)."""
        now = time.monotonic()
        wait = max(0.0, self._asked_at + self.interval - now)
        self._asked_at = now + wait
        return wait

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


def _interval(operation: Operation, given: float | None) -> float:
    if given is None:  # the spec's rate for the operation's group, if it has one
        from ._index import SHAPES

        rate = SHAPES[operation.name].per_second
        return 1.0 / rate if rate else 0.0
    if isinstance(given, bool) or not isinstance(given, int | float) or not 0 <= given < math.inf:
        raise ValidationError(
            "page_interval must be a number of seconds, 0 or more", field="page_interval"
        )
    return float(given)


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
