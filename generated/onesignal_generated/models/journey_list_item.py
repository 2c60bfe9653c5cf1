from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt
    from uuid import UUID

    from ..models.journey_list_audience import JourneyListAudience
    from ..models.journey_reentry_rules import JourneyReentryRules
    from ..models.journey_schedule import JourneySchedule
    from ..models.journey_state import JourneyState


class JourneyListItem(_m.Model):
    """A journey in summary form: no description, nodes, early exit or concurrency key."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "app_id": "app_id",
        "name": "name",
        "state": "state",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "started_at": "started_at",
        "archived_at": "archived_at",
        "created_source": "created_source",
        "schedule": "schedule",
        "audience": "audience",
        "reentry_rules": "reentry_rules",
    }

    id: str | None = _m.field("id", None)
    """ The journey's id. """
    app_id: str | None = _m.field("app_id", None)
    """ The app the journey belongs to. """
    name: str | None = _m.field("name", None)
    """ The journey's name. """
    state: JourneyState | None = _m.field("state", None)
    """ Where a journey is in its life cycle. New journeys start as `draft`; `scheduled` waits for
    `schedule.start_at`; `processing` is a short-lived state while activation runs; `active` journeys admit users;
    `archived` journeys have been stopped for good. """
    created_at: _dt.datetime | None = _m.field("created_at", _m.DATETIME)
    """ When the journey was created. """
    updated_at: _dt.datetime | None = _m.field("updated_at", _m.DATETIME)
    """ When the journey was last changed. """
    started_at: _dt.datetime | None = _m.field("started_at", _m.DATETIME)
    """ When the journey was activated, or null. """
    archived_at: _dt.datetime | None = _m.field("archived_at", _m.DATETIME)
    """ When the journey was archived, or null. """
    created_source: str | None = _m.field("created_source", None)
    """ Where the journey was made, such as `public_api` or `dashboard`. """
    schedule: JourneySchedule | None = _m.field(
        "schedule",
        _m.model("onesignal_generated.models.journey_schedule", "JourneySchedule"),
    )
    """ A future start and/or stop time; null means the journey is not scheduled. """
    audience: JourneyListAudience | None = _m.field(
        "audience",
        _m.model(
            "onesignal_generated.models.journey_list_audience", "JourneyListAudience"
        ),
    )
    """ The entry audience reduced to its kind. """
    reentry_rules: JourneyReentryRules | None = _m.field(
        "reentry_rules",
        _m.model(
            "onesignal_generated.models.journey_reentry_rules", "JourneyReentryRules"
        ),
    )
    """ Lets users enter the journey again after a minimum delay. A null `reentry_rules` means a user can enter only
    once. """

    def __init__(
        self,
        *,
        id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        name: str | None = None,
        state: JourneyState | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        started_at: _dt.datetime | None = None,
        archived_at: _dt.datetime | None = None,
        created_source: str | None = None,
        schedule: JourneySchedule | None = None,
        audience: JourneyListAudience | None = None,
        reentry_rules: JourneyReentryRules | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "app_id": app_id,
                "name": name,
                "state": state,
                "created_at": created_at,
                "updated_at": updated_at,
                "started_at": started_at,
                "archived_at": archived_at,
                "created_source": created_source,
                "schedule": schedule,
                "audience": audience,
                "reentry_rules": reentry_rules,
            },
        )
