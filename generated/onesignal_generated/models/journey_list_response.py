from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_list_item import JourneyListItem


class JourneyListResponse(_m.Model):
    """One page of View journeys."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "journeys": "journeys",
        "has_more": "has_more",
        "next_cursor": "next_cursor",
    }

    journeys: list[JourneyListItem] | None = _m.field(
        "journeys",
        _m.list_of(
            _m.model("onesignal_generated.models.journey_list_item", "JourneyListItem")
        ),
    )
    """ Journeys on this page, newest first. """
    has_more: bool | None = _m.field("has_more", None)
    """ True when more journeys follow this page. """
    next_cursor: str | None = _m.field("next_cursor", None)
    """ Pass as `cursor` to get the next page; present only when `has_more` is true. """

    def __init__(
        self,
        *,
        journeys: list[JourneyListItem] | None = None,
        has_more: bool | None = None,
        next_cursor: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "journeys": journeys,
                "has_more": has_more,
                "next_cursor": next_cursor,
            },
        )
