from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.live_activity_update_request_event import (
        LiveActivityUpdateRequestEvent,
    )
    from ..models.live_activity_update_request_priority import (
        LiveActivityUpdateRequestPriority,
    )


class LiveActivityUpdateRequest(_m.Model):
    """A change of state for a running Live Activity, or the order to end it."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "event": "event",
        "name": "name",
        "event_updates": "event_updates",
        "contents": "contents",
        "headings": "headings",
        "sound": "sound",
        "ios_sound": "ios_sound",
        "stale_date": "stale_date",
        "dismissal_date": "dismissal_date",
        "priority": "priority",
        "ios_relevance_score": "ios_relevance_score",
    }

    event: LiveActivityUpdateRequestEvent | None = _m.field("event", None)
    """ `update` redraws the activity with `event_updates`; `end` ends it. """
    name: str | None = _m.field("name", None)
    """ An internal label for this push, shown in reports but never to users. """
    event_updates: dict[str, Any] | None = _m.field("event_updates", None)
    """ The new content state. Its keys and value types must match the `ContentState` struct of the app's
    `ActivityAttributes` exactly (for example `homeScore`, `awayScore`), or iOS silently drops the update. """
    contents: dict[str, str] | None = _m.field("contents", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    headings: dict[str, str] | None = _m.field("headings", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    sound: str | None = _m.field("sound", None)
    """ Older name of `ios_sound`; OneSignal now ignores it. """
    ios_sound: str | None = _m.field("ios_sound", None)
    """ A sound file bundled in the app to play with this update. Needs `headings` in the same request, since iOS
    plays no sound for an alert without a title. """
    stale_date: int | None = _m.field("stale_date", None)
    """ Unix time in seconds after which iOS marks the activity's content as stale. """
    dismissal_date: int | None = _m.field("dismissal_date", None)
    """ Only with `event: end`. Unix time in seconds at which the ended activity leaves the screen; a time in the
    past removes it at once. Without it iOS keeps an ended activity for up to four hours. """
    priority: LiveActivityUpdateRequestPriority | None = _m.field("priority", None)
    """ APNs priority: 10 (the default) delivers at once but draws on a limited hourly budget; 5 lets iOS deliver
    when it suits the device's power state. """
    ios_relevance_score: float | None = _m.field("ios_relevance_score", None)
    """ From 0 to 1: when several activities run, the highest score wins the Dynamic Island and the top of the Lock
    Screen (iOS 16.2+). """

    def __init__(
        self,
        *,
        event: LiveActivityUpdateRequestEvent,
        name: str,
        event_updates: dict[str, Any],
        contents: dict[str, str] | None = None,
        headings: dict[str, str] | None = None,
        sound: str | None = None,
        ios_sound: str | None = None,
        stale_date: int | None = None,
        dismissal_date: int | None = None,
        priority: LiveActivityUpdateRequestPriority | None = None,
        ios_relevance_score: float | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "event": event,
                "name": name,
                "event_updates": event_updates,
                "contents": contents,
                "headings": headings,
                "sound": sound,
                "ios_sound": ios_sound,
                "stale_date": stale_date,
                "dismissal_date": dismissal_date,
                "priority": priority,
                "ios_relevance_score": ios_relevance_score,
            },
        )
