from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_actor import AuditLogActor
    from ..models.audit_log_context import AuditLogContext
    from ..models.audit_log_event_metadata import AuditLogEventMetadata
    from ..models.audit_log_target import AuditLogTarget


T = TypeVar("T", bound="AuditLogEvent")


@_attrs_define
class AuditLogEvent:
    """One entry of the audit trail."""

    id: str
    """ The event's id. """
    action: str
    """ What happened, such as `segment.created` or `notification.sent`. """
    occurred_at: datetime.datetime
    """ When it happened. """
    organization_id: UUID | Unset = UNSET
    """ The organization the event belongs to. """
    app_id: None | Unset | UUID = UNSET
    """ The app concerned; null for organization-level events. """
    version: int | Unset = UNSET
    """ Version of the event format. """
    actor: AuditLogActor | Unset = UNSET
    """ Who performed the action. """
    targets: list[AuditLogTarget] | Unset = UNSET
    """ The resources the action was performed on. """
    context: AuditLogContext | Unset = UNSET
    """ Where the action came from. """
    metadata: AuditLogEventMetadata | Unset = UNSET
    """ Further details about the event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        occurred_at = self.occurred_at.isoformat()

        organization_id: str | Unset = UNSET
        if not isinstance(self.organization_id, Unset):
            organization_id = str(self.organization_id)

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        elif isinstance(self.app_id, UUID):
            app_id = str(self.app_id)
        else:
            app_id = self.app_id

        version = self.version

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "occurred_at": occurred_at,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if version is not UNSET:
            field_dict["version"] = version
        if actor is not UNSET:
            field_dict["actor"] = actor
        if targets is not UNSET:
            field_dict["targets"] = targets
        if context is not UNSET:
            field_dict["context"] = context
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_log_actor import AuditLogActor  # noqa: PLC0415
        from ..models.audit_log_context import AuditLogContext  # noqa: PLC0415
        from ..models.audit_log_event_metadata import AuditLogEventMetadata  # noqa: PLC0415
        from ..models.audit_log_target import AuditLogTarget  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        action = d.pop("action")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        _organization_id = d.pop("organization_id", UNSET)
        organization_id: UUID | Unset
        if isinstance(_organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = UUID(_organization_id)

        def _parse_app_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                app_id_type_0 = UUID(data)

                return app_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        version = d.pop("version", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: AuditLogActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = AuditLogActor.from_dict(_actor)

        _targets = d.pop("targets", UNSET)
        targets: list[AuditLogTarget] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = AuditLogTarget.from_dict(targets_item_data)

                targets.append(targets_item)

        _context = d.pop("context", UNSET)
        context: AuditLogContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = AuditLogContext.from_dict(_context)

        _metadata = d.pop("metadata", UNSET)
        metadata: AuditLogEventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AuditLogEventMetadata.from_dict(_metadata)

        audit_log_event = cls(
            id=id,
            action=action,
            occurred_at=occurred_at,
            organization_id=organization_id,
            app_id=app_id,
            version=version,
            actor=actor,
            targets=targets,
            context=context,
            metadata=metadata,
        )

        audit_log_event.additional_properties = d
        return audit_log_event

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
