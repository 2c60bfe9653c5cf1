from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_early_exit_on_event import JourneyEarlyExitOnEvent
    from ..models.journey_early_exit_on_segment import JourneyEarlyExitOnSegment


class JourneyEarlyExitRules(_m.Model):
    """The early-exit triggers; any one that fires removes the user."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "on_segment": "on_segment",
        "when_not_in_audience": "when_not_in_audience",
        "on_session": "on_session",
        "on_event": "on_event",
    }

    on_segment: JourneyEarlyExitOnSegment | None = _m.field(
        "on_segment",
        _m.model(
            "onesignal_generated.models.journey_early_exit_on_segment",
            "JourneyEarlyExitOnSegment",
        ),
    )
    """ Exit when the user enters one of these segments. """
    when_not_in_audience: bool | None = _m.field("when_not_in_audience", None)
    """ Exit once the user no longer matches the entry audience (default false). """
    on_session: bool | None = _m.field("on_session", None)
    """ Exit when the user starts a new session (default false). """
    on_event: JourneyEarlyExitOnEvent | None = _m.field(
        "on_event",
        _m.model(
            "onesignal_generated.models.journey_early_exit_on_event",
            "JourneyEarlyExitOnEvent",
        ),
    )
    """ Exit when this custom event arrives for the user. """

    def __init__(
        self,
        *,
        on_segment: JourneyEarlyExitOnSegment | None = None,
        when_not_in_audience: bool | None = None,
        on_session: bool | None = None,
        on_event: JourneyEarlyExitOnEvent | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "on_segment": on_segment,
                "when_not_in_audience": when_not_in_audience,
                "on_session": on_session,
                "on_event": on_event,
            },
        )
