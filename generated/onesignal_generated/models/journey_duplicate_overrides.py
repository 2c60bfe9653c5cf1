from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.journey_audience import JourneyAudience
    from ..models.journey_early_exit import JourneyEarlyExit
    from ..models.journey_node import JourneyNode
    from ..models.journey_reentry_rules import JourneyReentryRules
    from ..models.journey_schedule import JourneySchedule


class JourneyDuplicateOverrides(_m.Model):
    """Fields merged into the copy as a JSON Merge Patch: objects merge key by key, null clears a nullable field, and an
    array such as `nodes` replaces the copied one. Server-controlled fields such as `id` or `state` are refused.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "audience": "audience",
        "early_exit": "early_exit",
        "reentry_rules": "reentry_rules",
        "schedule": "schedule",
        "nodes": "nodes",
    }

    name: str | None = _m.field("name", None)
    """ Name of the copy; defaults to the source's name plus " (Copy)". """
    description: str | None = _m.field("description", None)
    """ Description of the copy; defaults to the source's, null clears it. """
    audience: JourneyAudience | None = _m.field(
        "audience",
        _m.model("onesignal_generated.models.journey_audience", "JourneyAudience"),
    )
    """ Who enters the journey. `kind: segment` admits users of the included segments; `kind: event_trigger` admits
    users when a custom event with `name` arrives. """
    early_exit: JourneyEarlyExit | None = _m.field(
        "early_exit",
        _m.model("onesignal_generated.models.journey_early_exit", "JourneyEarlyExit"),
    )
    """ Rules that take a user out of the journey before the end. At least one rule is needed; send null instead of
    this object to remove early exit. """
    reentry_rules: JourneyReentryRules | None = _m.field(
        "reentry_rules",
        _m.model(
            "onesignal_generated.models.journey_reentry_rules", "JourneyReentryRules"
        ),
    )
    """ Lets users enter the journey again after a minimum delay. A null `reentry_rules` means a user can enter only
    once. """
    schedule: JourneySchedule | None = _m.field(
        "schedule",
        _m.model("onesignal_generated.models.journey_schedule", "JourneySchedule"),
    )
    """ A future start and/or stop time; null means the journey is not scheduled. """
    nodes: list[JourneyNode] | None = _m.field(
        "nodes",
        _m.list_of(_m.model("onesignal_generated.models.journey_node", "JourneyNode")),
    )
    """ A complete new list of steps for the copy, without server ids. """

    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        audience: JourneyAudience | None = None,
        early_exit: JourneyEarlyExit | None = None,
        reentry_rules: JourneyReentryRules | None = None,
        schedule: JourneySchedule | None = None,
        nodes: list[JourneyNode] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "name": name,
                "description": description,
                "audience": audience,
                "early_exit": early_exit,
                "reentry_rules": reentry_rules,
                "schedule": schedule,
                "nodes": nodes,
            },
        )
