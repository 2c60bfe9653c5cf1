from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.journey_branch import JourneyBranch
    from ..models.journey_node_update_request_relative_to import (
        JourneyNodeUpdateRequestRelativeTo,
    )
    from ..models.journey_time_window import JourneyTimeWindow
    from ..models.journey_wait_until_expiration import JourneyWaitUntilExpiration


class JourneyNodeUpdateRequest(_m.Model):
    """The body of Update journey node: the node settings to change. Only fields that apply to the node's kind are
    accepted.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "client_node_id": "client_node_id",
        "annotation": "annotation",
        "duration_seconds": "duration_seconds",
        "relative_to": "relative_to",
        "windows": "windows",
        "time_zone": "time_zone",
        "use_user_time_zone": "use_user_time_zone",
        "template_id": "template_id",
        "iam_id": "iam_id",
        "user_ttl_seconds": "user_ttl_seconds",
        "webhook_id": "webhook_id",
        "assignments": "assignments",
        "randomize_on_entry": "randomize_on_entry",
        "branches": "branches",
        "expiration": "expiration",
        "concurrency_key": "concurrency_key",
    }

    client_node_id: str | None = _m.field("client_node_id", None)
    """ Your own identifier for the node, unique within the journey. """
    annotation: str | None = _m.field("annotation", None)
    """ Free-text label shown in the editor; it has no effect on the flow. """
    duration_seconds: int | None = _m.field("duration_seconds", None)
    """ `wait` nodes: how long to hold each user, 60 seconds to one year. """
    relative_to: JourneyNodeUpdateRequestRelativeTo | None = _m.field(
        "relative_to", None
    )
    """ `time_window` nodes: `schedule_in_timezone` uses `windows`; `last_active_time` times the hold from the
    user's last activity. """
    windows: list[JourneyTimeWindow] | None = _m.field(
        "windows",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.journey_time_window", "JourneyTimeWindow"
            )
        ),
    )
    """ `time_window` nodes: the allowed windows (needed with `schedule_in_timezone`). """
    time_zone: str | None = _m.field("time_zone", None)
    """ `time_window` nodes: IANA time zone used when the user's own is unknown. """
    use_user_time_zone: bool | None = _m.field("use_user_time_zone", None)
    """ `time_window` nodes: use the user's time zone when it is known. """
    template_id: str | None = _m.field("template_id", None)
    """ `send_push`, `send_email` and `send_sms` nodes: the template to send. """
    iam_id: str | None = _m.field("iam_id", None)
    """ `send_iam` nodes: the in-app message to show. """
    user_ttl_seconds: int | None = _m.field("user_ttl_seconds", None)
    """ `send_iam` nodes: how long the in-app message stays eligible, in seconds. """
    webhook_id: str | None = _m.field("webhook_id", None)
    """ `send_webhook` nodes: the webhook to call. """
    assignments: dict[str, str] | None = _m.field("assignments", None)
    """ `tag` nodes: tags to set on the user; an empty string removes the tag. Keys up to 255 characters, values up
    to 1024. """
    randomize_on_entry: bool | None = _m.field("randomize_on_entry", None)
    """ `split_range` nodes: assign each user a random branch on entry. """
    branches: list[JourneyBranch] | None = _m.field(
        "branches",
        _m.list_of(
            _m.model("onesignal_generated.models.journey_branch", "JourneyBranch")
        ),
    )
    """ Branching nodes only; see JourneyNode.branches for the per-kind counts. """
    expiration: JourneyWaitUntilExpiration | None = _m.field(
        "expiration",
        _m.model(
            "onesignal_generated.models.journey_wait_until_expiration",
            "JourneyWaitUntilExpiration",
        ),
    )
    """ A timeout for a `wait_until` node; without one the node waits indefinitely. """
    concurrency_key: str | None = _m.field("concurrency_key", None)
    """ The journey's `concurrency_key` from your last read; when given, a concurrent change makes the request fail
    with 409. It is not stored on the node. """

    def __init__(
        self,
        *,
        client_node_id: str | None = None,
        annotation: str | None = None,
        duration_seconds: int | None = None,
        relative_to: JourneyNodeUpdateRequestRelativeTo | None = None,
        windows: list[JourneyTimeWindow] | None = None,
        time_zone: str | None = None,
        use_user_time_zone: bool | None = None,
        template_id: str | UUID | None = None,
        iam_id: str | UUID | None = None,
        user_ttl_seconds: int | None = None,
        webhook_id: str | UUID | None = None,
        assignments: dict[str, str] | None = None,
        randomize_on_entry: bool | None = None,
        branches: list[JourneyBranch] | None = None,
        expiration: JourneyWaitUntilExpiration | None = None,
        concurrency_key: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "client_node_id": client_node_id,
                "annotation": annotation,
                "duration_seconds": duration_seconds,
                "relative_to": relative_to,
                "windows": windows,
                "time_zone": time_zone,
                "use_user_time_zone": use_user_time_zone,
                "template_id": template_id,
                "iam_id": iam_id,
                "user_ttl_seconds": user_ttl_seconds,
                "webhook_id": webhook_id,
                "assignments": assignments,
                "randomize_on_entry": randomize_on_entry,
                "branches": branches,
                "expiration": expiration,
                "concurrency_key": concurrency_key,
            },
        )
