from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_early_exit_rules import JourneyEarlyExitRules


class JourneyEarlyExit(_m.Model):
    """Rules that take a user out of the journey before the end. At least one rule is needed; send null instead of this
    object to remove early exit.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "rules": "rules",
        "tag_on_early_exit": "tag_on_early_exit",
    }

    rules: JourneyEarlyExitRules | None = _m.field(
        "rules",
        _m.model(
            "onesignal_generated.models.journey_early_exit_rules",
            "JourneyEarlyExitRules",
        ),
    )
    """ The early-exit triggers; any one that fires removes the user. """
    tag_on_early_exit: dict[str, str] | None = _m.field("tag_on_early_exit", None)
    """ Tags set on a user who exits early. """

    def __init__(
        self,
        *,
        rules: JourneyEarlyExitRules | None = None,
        tag_on_early_exit: dict[str, str] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "rules": rules,
                "tag_on_early_exit": tag_on_early_exit,
            },
        )
