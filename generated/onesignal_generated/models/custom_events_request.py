from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.custom_event import CustomEvent


class CustomEventsRequest(_m.Model):
    """A batch of custom events (at most 1 MB in all)."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "events": "events",
    }

    events: list[CustomEvent] | None = _m.field(
        "events",
        _m.list_of(_m.model("onesignal_generated.models.custom_event", "CustomEvent")),
    )
    """ The events to record; each one at most 2,024 bytes. """

    def __init__(
        self,
        *,
        events: list[CustomEvent],
    ) -> None:
        _m.init(
            self,
            {
                "events": events,
            },
        )
