from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.notification_history_request_events import (
        NotificationHistoryRequestEvents,
    )


class NotificationHistoryRequest(_m.Model):
    """Which recipients of a message to report."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "app_id": "app_id",
        "events": "events",
        "email": "email",
    }

    app_id: str | None = _m.field("app_id", None)
    """ The app the message belongs to. """
    events: NotificationHistoryRequestEvents | None = _m.field("events", None)
    """ `sent` for everyone it was sent to, `clicked` for everyone who clicked it. """
    email: str | None = _m.field("email", None)
    """ Also mail the report link to this address when it is ready. """

    def __init__(
        self,
        *,
        app_id: str | UUID,
        events: NotificationHistoryRequestEvents,
        email: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "app_id": app_id,
                "events": events,
                "email": email,
            },
        )
