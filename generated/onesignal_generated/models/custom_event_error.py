from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.custom_event_error_detail import CustomEventErrorDetail


class CustomEventError(_m.Model):
    """One event of the batch that could not be recorded."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "event_user_id": "event_user_id",
        "event_id": "event_id",
        "error": "error",
    }

    event_user_id: str | None = _m.field("event_user_id", None)
    """ The user id the event named. """
    event_id: str | None = _m.field("event_id", None)
    """ An id OneSignal gave the failed event. """
    error: CustomEventErrorDetail | None = _m.field(
        "error",
        _m.model(
            "onesignal_generated.models.custom_event_error_detail",
            "CustomEventErrorDetail",
        ),
    )
    """ Why an event failed. """

    def __init__(
        self,
        *,
        event_user_id: str | None = None,
        event_id: str | None = None,
        error: CustomEventErrorDetail | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "event_user_id": event_user_id,
                "event_id": event_id,
                "error": error,
            },
        )
