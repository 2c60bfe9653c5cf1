from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.journey_condition_action import (
        JourneyConditionAction,
    )
    from ..models.journey_condition_kind import (
        JourneyConditionKind,
    )
    from ..models.journey_event_attribute import JourneyEventAttribute


class JourneyCondition(_m.Model):
    """What decides a branch. `segment_membership` tests segments; `on_notification_action` tests what the user did with an
    earlier send step; `event_trigger` waits for a custom event.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "included_segment_ids": "included_segment_ids",
        "excluded_segment_ids": "excluded_segment_ids",
        "action": "action",
        "sending_node_id": "sending_node_id",
        "client_node_id": "client_node_id",
        "name": "name",
        "attributes": "attributes",
        "entry_event_match_attributes": "entry_event_match_attributes",
    }

    kind: JourneyConditionKind | None = _m.field("kind", None)
    """ The kind of condition; selects which other fields apply. """
    included_segment_ids: list[str] | None = _m.field("included_segment_ids", None)
    """ `segment_membership`: segments the user must be in. """
    excluded_segment_ids: list[str] | None = _m.field("excluded_segment_ids", None)
    """ `segment_membership`: segments the user must not be in. """
    action: JourneyConditionAction | None = _m.field("action", None)
    """ `on_notification_action`: the action to test; which ones apply depends on the send step's channel. """
    sending_node_id: str | None = _m.field("sending_node_id", None)
    """ `on_notification_action`: id of the send step the action refers to. """
    client_node_id: str | None = _m.field("client_node_id", None)
    """ `on_notification_action`: on write, the send step's `client_node_id` instead of `sending_node_id`. """
    name: str | None = _m.field("name", None)
    """ `event_trigger`: the custom event name. """
    attributes: list[list[JourneyEventAttribute]] | None = _m.field(
        "attributes",
        _m.list_of(
            _m.list_of(
                _m.model(
                    "onesignal_generated.models.journey_event_attribute",
                    "JourneyEventAttribute",
                )
            )
        ),
    )
    """ `event_trigger`: one group of property conditions that must all match. """
    entry_event_match_attributes: list[dict[str, Any]] | None = _m.field(
        "entry_event_match_attributes", None
    )
    """ `event_trigger`: properties that must match those of the event that admitted the user (event-triggered
    journeys only). """

    def __init__(
        self,
        *,
        kind: JourneyConditionKind,
        included_segment_ids: list[str] | None = None,
        excluded_segment_ids: list[str] | None = None,
        action: JourneyConditionAction | None = None,
        sending_node_id: str | UUID | None = None,
        client_node_id: str | None = None,
        name: str | None = None,
        attributes: list[list[JourneyEventAttribute]] | None = None,
        entry_event_match_attributes: list[dict[str, Any]] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "kind": kind,
                "included_segment_ids": included_segment_ids,
                "excluded_segment_ids": excluded_segment_ids,
                "action": action,
                "sending_node_id": sending_node_id,
                "client_node_id": client_node_id,
                "name": name,
                "attributes": attributes,
                "entry_event_match_attributes": entry_event_match_attributes,
            },
        )
