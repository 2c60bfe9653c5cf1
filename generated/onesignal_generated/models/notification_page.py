from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.notification_detail import NotificationDetail


class NotificationPage(_m.Model):
    """One page of an app's messages."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "total_count": "total_count",
        "offset": "offset",
        "limit": "limit",
        "time_offset": "time_offset",
        "next_time_offset": "next_time_offset",
        "notifications": "notifications",
    }

    total_count: int | None = _m.field("total_count", None)
    """ How many messages the app has in all (within the retention window). """
    offset: int | None = _m.field("offset", None)
    """ The offset this page starts at. """
    limit: int | None = _m.field("limit", None)
    """ The page size used. """
    time_offset: str | None = _m.field("time_offset", None)
    """ The `time_offset` this page was fetched with, if any. """
    next_time_offset: str | None = _m.field("next_time_offset", None)
    """ Cursor for the next page of a `time_offset` listing. """
    notifications: list[NotificationDetail] | None = _m.field(
        "notifications",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.notification_detail", "NotificationDetail"
            )
        ),
    )

    def __init__(
        self,
        *,
        total_count: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        time_offset: str | None = None,
        next_time_offset: str | None = None,
        notifications: list[NotificationDetail] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "total_count": total_count,
                "offset": offset,
                "limit": limit,
                "time_offset": time_offset,
                "next_time_offset": next_time_offset,
                "notifications": notifications,
            },
        )
