from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_list_audience_kind import JourneyListAudienceKind


class JourneyListAudience(_m.Model):
    """The entry audience reduced to its kind."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "kind": "kind",
    }

    kind: JourneyListAudienceKind | None = _m.field("kind", None)
    """ How users enter the journey. """

    def __init__(
        self,
        *,
        kind: JourneyListAudienceKind | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "kind": kind,
            },
        )
