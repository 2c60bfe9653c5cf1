from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.filter_ import Filter
    from ..models.notification_estimate_request_target_channel import (
        NotificationEstimateRequestTargetChannel,
    )


class NotificationEstimateRequest(_m.Model):
    """The targeting of a draft message. Only these fields are read; other message fields are accepted and ignored."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "app_id": "app_id",
        "included_segments": "included_segments",
        "excluded_segments": "excluded_segments",
        "filters": "filters",
        "include_aliases": "include_aliases",
        "target_channel": "target_channel",
    }

    app_id: str | None = _m.field("app_id", None)
    """ The app to count in. """
    included_segments: list[str] | None = _m.field("included_segments", None)
    """ Segments to count; `All` counts every subscribed user. """
    excluded_segments: list[str] | None = _m.field("excluded_segments", None)
    """ Segments whose members are not counted. """
    filters: list[Filter] | None = _m.field(
        "filters", _m.list_of(_m.model("onesignal_generated.models.filter_", "Filter"))
    )
    """ Conditions that narrow the counted audience. """
    include_aliases: dict[str, list[str]] | None = _m.field("include_aliases", None)
    """ Alias label -> alias values; narrows the count to these users. """
    target_channel: NotificationEstimateRequestTargetChannel | None = _m.field(
        "target_channel", None
    )
    """ Which channel's subscriptions to count. """

    def __init__(
        self,
        *,
        app_id: str | UUID,
        included_segments: list[str],
        excluded_segments: list[str] | None = None,
        filters: list[Filter] | None = None,
        include_aliases: dict[str, list[str]] | None = None,
        target_channel: NotificationEstimateRequestTargetChannel | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "app_id": app_id,
                "included_segments": included_segments,
                "excluded_segments": excluded_segments,
                "filters": filters,
                "include_aliases": include_aliases,
                "target_channel": target_channel,
            },
        )
