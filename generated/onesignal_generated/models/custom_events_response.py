from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.custom_event_error import CustomEventError


class CustomEventsResponse(_m.Model):
    """The outcome of a batch. Empty when every event was recorded; otherwise `errors` lists the events that failed."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "errors": "errors",
    }

    errors: list[CustomEventError] | None = _m.field(
        "errors",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.custom_event_error", "CustomEventError"
            )
        ),
    )

    def __init__(
        self,
        *,
        errors: list[CustomEventError] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "errors": errors,
            },
        )
