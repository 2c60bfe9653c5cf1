from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_duplicate_overrides import JourneyDuplicateOverrides


class JourneyDuplicateRequest(_m.Model):
    """The body of Duplicate journey. Only `overrides` is read; send `{}` for a plain copy."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "overrides": "overrides",
    }

    overrides: JourneyDuplicateOverrides | None = _m.field(
        "overrides",
        _m.model(
            "onesignal_generated.models.journey_duplicate_overrides",
            "JourneyDuplicateOverrides",
        ),
    )
    """ Fields merged into the copy as a JSON Merge Patch: objects merge key by key, null clears a nullable field,
    and an array such as `nodes` replaces the copied one. Server-controlled fields such as `id` or `state` are
    refused. """

    def __init__(
        self,
        *,
        overrides: JourneyDuplicateOverrides | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "overrides": overrides,
            },
        )
