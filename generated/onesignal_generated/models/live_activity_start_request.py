from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.filter_ import Filter
    from ..models.live_activity_start_request_event import (
        LiveActivityStartRequestEvent,
    )
    from ..models.live_activity_start_request_priority import (
        LiveActivityStartRequestPriority,
    )


class LiveActivityStartRequest(_m.Model):
    """A push-to-start request: the audience, the id to give the new activity and its initial attributes and state. Use one
    targeting method only.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "event": "event",
        "activity_id": "activity_id",
        "name": "name",
        "event_attributes": "event_attributes",
        "event_updates": "event_updates",
        "contents": "contents",
        "headings": "headings",
        "sound": "sound",
        "ios_sound": "ios_sound",
        "stale_date": "stale_date",
        "priority": "priority",
        "ios_relevance_score": "ios_relevance_score",
        "idempotency_key": "idempotency_key",
        "include_aliases": "include_aliases",
        "include_subscription_ids": "include_subscription_ids",
        "included_segments": "included_segments",
        "excluded_segments": "excluded_segments",
        "filters": "filters",
    }

    event: LiveActivityStartRequestEvent | None = _m.field("event", None)
    """ Always `start` for this request. """
    activity_id: str | None = _m.field("activity_id", None)
    """ The id you choose for the new activity (a UUID or another unique string). Keep it: updates and the end of
    the activity address it by this id. """
    name: str | None = _m.field("name", None)
    """ An internal label for this push, shown in reports but never to users. """
    event_attributes: dict[str, Any] | None = _m.field("event_attributes", None)
    """ The static attributes of the `ActivityAttributes` struct (set once at start, such as team names or an order
    number). """
    event_updates: dict[str, Any] | None = _m.field("event_updates", None)
    """ The initial content state; its keys and types must match the app's `ContentState` struct exactly. """
    contents: dict[str, str] | None = _m.field("contents", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    headings: dict[str, str] | None = _m.field("headings", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    sound: str | None = _m.field("sound", None)
    """ Older name of `ios_sound`. """
    ios_sound: str | None = _m.field("ios_sound", None)
    """ A sound file bundled in the app to play when the activity starts. """
    stale_date: int | None = _m.field("stale_date", None)
    """ Unix time in seconds after which iOS marks the activity's content as stale. """
    priority: LiveActivityStartRequestPriority | None = _m.field("priority", None)
    """ APNs priority, 10 (immediate, the default) or 5 (when convenient for the device). """
    ios_relevance_score: float | None = _m.field("ios_relevance_score", None)
    """ From 0 to 1; orders this app's concurrent activities on screen (iOS 16.2+). """
    idempotency_key: str | None = _m.field("idempotency_key", None)
    """ A fresh UUID per start request; a repeat with the same key within 30 days returns the earlier result instead
    of starting a second activity. """
    include_aliases: dict[str, list[str]] | None = _m.field("include_aliases", None)
    """ Target users by alias: alias label (`external_id`, `onesignal_id` or a custom label) to a list of alias
    values, up to 20,000 values in all. """
    include_subscription_ids: list[str] | None = _m.field(
        "include_subscription_ids", None
    )
    """ Target these subscriptions only (up to 20,000 ids). """
    included_segments: list[str] | None = _m.field("included_segments", None)
    """ Names of the segments to send to. """
    excluded_segments: list[str] | None = _m.field("excluded_segments", None)
    """ Names of segments whose members are left out; only with `included_segments`. """
    filters: list[Filter] | None = _m.field(
        "filters", _m.list_of(_m.model("onesignal_generated.models.filter_", "Filter"))
    )
    """ Target subscriptions matching these conditions instead of segments or ids; at most 200 entries, `OR`
    operators included. """

    def __init__(
        self,
        *,
        event: LiveActivityStartRequestEvent,
        activity_id: str,
        name: str,
        event_attributes: dict[str, Any],
        event_updates: dict[str, Any],
        contents: dict[str, str],
        headings: dict[str, str],
        sound: str | None = None,
        ios_sound: str | None = None,
        stale_date: int | None = None,
        priority: LiveActivityStartRequestPriority | None = None,
        ios_relevance_score: float | None = None,
        idempotency_key: str | UUID | None = None,
        include_aliases: dict[str, list[str]] | None = None,
        include_subscription_ids: list[str] | None = None,
        included_segments: list[str] | None = None,
        excluded_segments: list[str] | None = None,
        filters: list[Filter] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "event": event,
                "activity_id": activity_id,
                "name": name,
                "event_attributes": event_attributes,
                "event_updates": event_updates,
                "contents": contents,
                "headings": headings,
                "sound": sound,
                "ios_sound": ios_sound,
                "stale_date": stale_date,
                "priority": priority,
                "ios_relevance_score": ios_relevance_score,
                "idempotency_key": idempotency_key,
                "include_aliases": include_aliases,
                "include_subscription_ids": include_subscription_ids,
                "included_segments": included_segments,
                "excluded_segments": excluded_segments,
                "filters": filters,
            },
        )
