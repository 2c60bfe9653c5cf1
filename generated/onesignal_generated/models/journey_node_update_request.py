from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journey_node_update_request_relative_to import (
    JourneyNodeUpdateRequestRelativeTo,
    check_journey_node_update_request_relative_to,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journey_branch import JourneyBranch
    from ..models.journey_node_update_request_assignments import (
        JourneyNodeUpdateRequestAssignments,
    )
    from ..models.journey_time_window import JourneyTimeWindow
    from ..models.journey_wait_until_expiration import JourneyWaitUntilExpiration


T = TypeVar("T", bound="JourneyNodeUpdateRequest")


@_attrs_define
class JourneyNodeUpdateRequest:
    """The body of Update journey node: the node settings to change. Only fields that apply to the node's kind are
    accepted.

    """

    client_node_id: str | Unset = UNSET
    """ Your own identifier for the node, unique within the journey. """
    annotation: str | Unset = UNSET
    """ Free-text label shown in the editor; it has no effect on the flow. """
    duration_seconds: int | None | Unset = UNSET
    """ `wait` nodes: how long to hold each user, 60 seconds to one year. """
    relative_to: JourneyNodeUpdateRequestRelativeTo | Unset = UNSET
    """ `time_window` nodes: `schedule_in_timezone` uses `windows`; `last_active_time` times the hold from the
    user's last activity. """
    windows: list[JourneyTimeWindow] | Unset = UNSET
    """ `time_window` nodes: the allowed windows (needed with `schedule_in_timezone`). """
    time_zone: str | Unset = UNSET
    """ `time_window` nodes: IANA time zone used when the user's own is unknown. """
    use_user_time_zone: bool | None | Unset = UNSET
    """ `time_window` nodes: use the user's time zone when it is known. """
    template_id: UUID | Unset = UNSET
    """ `send_push`, `send_email` and `send_sms` nodes: the template to send. """
    iam_id: UUID | Unset = UNSET
    """ `send_iam` nodes: the in-app message to show. """
    user_ttl_seconds: int | None | Unset = UNSET
    """ `send_iam` nodes: how long the in-app message stays eligible, in seconds. """
    webhook_id: UUID | Unset = UNSET
    """ `send_webhook` nodes: the webhook to call. """
    assignments: JourneyNodeUpdateRequestAssignments | Unset = UNSET
    """ `tag` nodes: tags to set on the user; an empty string removes the tag. Keys up to 255 characters, values up
    to 1024. """
    randomize_on_entry: bool | None | Unset = UNSET
    """ `split_range` nodes: assign each user a random branch on entry. """
    branches: list[JourneyBranch] | Unset = UNSET
    """ Branching nodes only; see JourneyNode.branches for the per-kind counts. """
    expiration: JourneyWaitUntilExpiration | Unset = UNSET
    """ A timeout for a `wait_until` node; without one the node waits indefinitely. """
    concurrency_key: str | Unset = UNSET
    """ The journey's `concurrency_key` from your last read; when given, a concurrent change makes the request fail
    with 409. It is not stored on the node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_node_id = self.client_node_id

        annotation = self.annotation

        duration_seconds: int | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        relative_to: str | Unset = UNSET
        if not isinstance(self.relative_to, Unset):
            relative_to = self.relative_to

        windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.windows, Unset):
            windows = []
            for windows_item_data in self.windows:
                windows_item = windows_item_data.to_dict()
                windows.append(windows_item)

        time_zone = self.time_zone

        use_user_time_zone: bool | None | Unset
        if isinstance(self.use_user_time_zone, Unset):
            use_user_time_zone = UNSET
        else:
            use_user_time_zone = self.use_user_time_zone

        template_id: str | Unset = UNSET
        if not isinstance(self.template_id, Unset):
            template_id = str(self.template_id)

        iam_id: str | Unset = UNSET
        if not isinstance(self.iam_id, Unset):
            iam_id = str(self.iam_id)

        user_ttl_seconds: int | None | Unset
        if isinstance(self.user_ttl_seconds, Unset):
            user_ttl_seconds = UNSET
        else:
            user_ttl_seconds = self.user_ttl_seconds

        webhook_id: str | Unset = UNSET
        if not isinstance(self.webhook_id, Unset):
            webhook_id = str(self.webhook_id)

        assignments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = self.assignments.to_dict()

        randomize_on_entry: bool | None | Unset
        if isinstance(self.randomize_on_entry, Unset):
            randomize_on_entry = UNSET
        else:
            randomize_on_entry = self.randomize_on_entry

        branches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = []
            for branches_item_data in self.branches:
                branches_item = branches_item_data.to_dict()
                branches.append(branches_item)

        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.to_dict()

        concurrency_key = self.concurrency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_node_id is not UNSET:
            field_dict["client_node_id"] = client_node_id
        if annotation is not UNSET:
            field_dict["annotation"] = annotation
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if relative_to is not UNSET:
            field_dict["relative_to"] = relative_to
        if windows is not UNSET:
            field_dict["windows"] = windows
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if use_user_time_zone is not UNSET:
            field_dict["use_user_time_zone"] = use_user_time_zone
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if iam_id is not UNSET:
            field_dict["iam_id"] = iam_id
        if user_ttl_seconds is not UNSET:
            field_dict["user_ttl_seconds"] = user_ttl_seconds
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id
        if assignments is not UNSET:
            field_dict["assignments"] = assignments
        if randomize_on_entry is not UNSET:
            field_dict["randomize_on_entry"] = randomize_on_entry
        if branches is not UNSET:
            field_dict["branches"] = branches
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journey_branch import JourneyBranch  # noqa: PLC0415
        from ..models.journey_node_update_request_assignments import (
            JourneyNodeUpdateRequestAssignments,  # noqa: PLC0415
        )
        from ..models.journey_time_window import JourneyTimeWindow  # noqa: PLC0415
        from ..models.journey_wait_until_expiration import JourneyWaitUntilExpiration  # noqa: PLC0415

        d = dict(src_dict)
        client_node_id = d.pop("client_node_id", UNSET)

        annotation = d.pop("annotation", UNSET)

        def _parse_duration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_seconds = _parse_duration_seconds(d.pop("duration_seconds", UNSET))

        _relative_to = d.pop("relative_to", UNSET)
        relative_to: JourneyNodeUpdateRequestRelativeTo | Unset
        if isinstance(_relative_to, Unset):
            relative_to = UNSET
        else:
            relative_to = check_journey_node_update_request_relative_to(_relative_to)

        _windows = d.pop("windows", UNSET)
        windows: list[JourneyTimeWindow] | Unset = UNSET
        if _windows is not UNSET:
            windows = []
            for windows_item_data in _windows:
                windows_item = JourneyTimeWindow.from_dict(windows_item_data)

                windows.append(windows_item)

        time_zone = d.pop("time_zone", UNSET)

        def _parse_use_user_time_zone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_user_time_zone = _parse_use_user_time_zone(
            d.pop("use_user_time_zone", UNSET)
        )

        _template_id = d.pop("template_id", UNSET)
        template_id: UUID | Unset
        if isinstance(_template_id, Unset):
            template_id = UNSET
        else:
            template_id = UUID(_template_id)

        _iam_id = d.pop("iam_id", UNSET)
        iam_id: UUID | Unset
        if isinstance(_iam_id, Unset):
            iam_id = UNSET
        else:
            iam_id = UUID(_iam_id)

        def _parse_user_ttl_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_ttl_seconds = _parse_user_ttl_seconds(d.pop("user_ttl_seconds", UNSET))

        _webhook_id = d.pop("webhook_id", UNSET)
        webhook_id: UUID | Unset
        if isinstance(_webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = UUID(_webhook_id)

        _assignments = d.pop("assignments", UNSET)
        assignments: JourneyNodeUpdateRequestAssignments | Unset
        if isinstance(_assignments, Unset):
            assignments = UNSET
        else:
            assignments = JourneyNodeUpdateRequestAssignments.from_dict(_assignments)

        def _parse_randomize_on_entry(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        randomize_on_entry = _parse_randomize_on_entry(
            d.pop("randomize_on_entry", UNSET)
        )

        _branches = d.pop("branches", UNSET)
        branches: list[JourneyBranch] | Unset = UNSET
        if _branches is not UNSET:
            branches = []
            for branches_item_data in _branches:
                branches_item = JourneyBranch.from_dict(branches_item_data)

                branches.append(branches_item)

        _expiration = d.pop("expiration", UNSET)
        expiration: JourneyWaitUntilExpiration | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = JourneyWaitUntilExpiration.from_dict(_expiration)

        concurrency_key = d.pop("concurrency_key", UNSET)

        journey_node_update_request = cls(
            client_node_id=client_node_id,
            annotation=annotation,
            duration_seconds=duration_seconds,
            relative_to=relative_to,
            windows=windows,
            time_zone=time_zone,
            use_user_time_zone=use_user_time_zone,
            template_id=template_id,
            iam_id=iam_id,
            user_ttl_seconds=user_ttl_seconds,
            webhook_id=webhook_id,
            assignments=assignments,
            randomize_on_entry=randomize_on_entry,
            branches=branches,
            expiration=expiration,
            concurrency_key=concurrency_key,
        )

        journey_node_update_request.additional_properties = d
        return journey_node_update_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
