from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.outcome_data import OutcomeData


class OutcomeListResponse(_m.Model):
    """The outcomes that were asked for."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "outcomes": "outcomes",
    }

    outcomes: list[OutcomeData] | None = _m.field(
        "outcomes",
        _m.list_of(_m.model("onesignal_generated.models.outcome_data", "OutcomeData")),
    )

    def __init__(
        self,
        *,
        outcomes: list[OutcomeData],
    ) -> None:
        _m.init(
            self,
            {
                "outcomes": outcomes,
            },
        )
