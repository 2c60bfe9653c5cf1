from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt
    from uuid import UUID

    from ..models.journey_audience import JourneyAudience
    from ..models.journey_early_exit import JourneyEarlyExit
    from ..models.journey_node import JourneyNode
    from ..models.journey_reentry_rules import JourneyReentryRules
    from ..models.journey_schedule import JourneySchedule
    from ..models.journey_state import JourneyState


class Journey(_m.Model):
    """A journey in full, as answered by View, Create, Update, Duplicate and Update node."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "app_id": "app_id",
        "name": "name",
        "description": "description",
        "state": "state",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "started_at": "started_at",
        "archived_at": "archived_at",
        "created_source": "created_source",
        "audience": "audience",
        "early_exit": "early_exit",
        "reentry_rules": "reentry_rules",
        "schedule": "schedule",
        "nodes": "nodes",
        "concurrency_key": "concurrency_key",
    }

    id: str | None = _m.field("id", None)
    """ The journey's id. """
    app_id: str | None = _m.field("app_id", None)
    """ The app the journey belongs to. """
    name: str | None = _m.field("name", None)
    """ The journey's name. """
    description: str | None = _m.field("description", None)
    """ Free-text description; empty when none was given. """
    state: JourneyState | None = _m.field("state", None)
    """ Where a journey is in its life cycle. New journeys start as `draft`; `scheduled` waits for
    `schedule.start_at`; `processing` is a short-lived state while activation runs; `active` journeys admit users;
    `archived` journeys have been stopped for good. """
    created_at: _dt.datetime | None = _m.field("created_at", _m.DATETIME)
    """ When the journey was created. """
    updated_at: _dt.datetime | None = _m.field("updated_at", _m.DATETIME)
    """ When the journey was last changed. """
    started_at: _dt.datetime | None = _m.field("started_at", _m.DATETIME)
    """ When the journey was activated, or null. Can stay null for a moment after activation while the journey is
    processing. """
    archived_at: _dt.datetime | None = _m.field("archived_at", _m.DATETIME)
    """ When the journey was archived, or null. """
    created_source: str | None = _m.field("created_source", None)
    """ Where the journey was made, such as `public_api` or `dashboard`. """
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
    """ The journey's steps in order; branching steps nest their sub-steps. """
    concurrency_key: str | None = _m.field("concurrency_key", None)
    """ Opaque token for optimistic concurrency. Send it back unchanged on an update to get a 409 if the journey
    changed since you read it. """

    def __init__(
        self,
        *,
        id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        name: str | None = None,
        description: str | None = None,
        state: JourneyState | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        started_at: _dt.datetime | None = None,
        archived_at: _dt.datetime | None = None,
        created_source: str | None = None,
        audience: JourneyAudience | None = None,
        early_exit: JourneyEarlyExit | None = None,
        reentry_rules: JourneyReentryRules | None = None,
        schedule: JourneySchedule | None = None,
        nodes: list[JourneyNode] | None = None,
        concurrency_key: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "app_id": app_id,
                "name": name,
                "description": description,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
                "started_at": started_at,
                "archived_at": archived_at,
                "created_source": created_source,
                "audience": audience,
                "early_exit": early_exit,
                "reentry_rules": reentry_rules,
                "schedule": schedule,
                "nodes": nodes,
                "concurrency_key": concurrency_key,
            },
        )
