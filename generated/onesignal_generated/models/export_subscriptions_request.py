from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.export_subscriptions_request_extra_fields_item import (
        ExportSubscriptionsRequestExtraFieldsItem,
    )


class ExportSubscriptionsRequest(_m.Model):
    """Which subscriptions to export and which extra columns to add."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "extra_fields": "extra_fields",
        "last_active_since": "last_active_since",
        "segment_name": "segment_name",
        "include_unsubscribed": "include_unsubscribed",
    }

    extra_fields: list[ExportSubscriptionsRequestExtraFieldsItem] | None = _m.field(
        "extra_fields", None
    )
    """ Columns to add to the default ones. """
    last_active_since: str | None = _m.field("last_active_since", None)
    """ Only subscriptions active after this moment, in unix seconds (sent as a string). """
    segment_name: str | None = _m.field("segment_name", None)
    """ Only subscriptions in this segment. """
    include_unsubscribed: bool | None = _m.field("include_unsubscribed", None)
    """ With `segment_name`: also export the segment's unsubscribed subscriptions (a segment export holds only
    subscribed ones otherwise). Has no effect without `segment_name`. """

    def __init__(
        self,
        *,
        extra_fields: list[ExportSubscriptionsRequestExtraFieldsItem] | None = None,
        last_active_since: str | None = None,
        segment_name: str | None = None,
        include_unsubscribed: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "extra_fields": extra_fields,
                "last_active_since": last_active_since,
                "segment_name": segment_name,
                "include_unsubscribed": include_unsubscribed,
            },
        )
