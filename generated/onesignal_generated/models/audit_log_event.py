from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt
    from uuid import UUID

    from ..models.audit_log_actor import AuditLogActor
    from ..models.audit_log_context import AuditLogContext
    from ..models.audit_log_target import AuditLogTarget


class AuditLogEvent(_m.Model):
    """One entry of the audit trail."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "action": "action",
        "occurred_at": "occurred_at",
        "organization_id": "organization_id",
        "app_id": "app_id",
        "version": "version",
        "actor": "actor",
        "targets": "targets",
        "context": "context",
        "metadata": "metadata",
    }

    id: str | None = _m.field("id", None)
    """ The event's id. """
    action: str | None = _m.field("action", None)
    """ What happened, such as `segment.created` or `notification.sent`. """
    occurred_at: _dt.datetime | None = _m.field("occurred_at", _m.DATETIME)
    """ When it happened. """
    organization_id: str | None = _m.field("organization_id", None)
    """ The organization the event belongs to. """
    app_id: str | None = _m.field("app_id", None)
    """ The app concerned; null for organization-level events. """
    version: int | None = _m.field("version", None)
    """ Version of the event format. """
    actor: AuditLogActor | None = _m.field(
        "actor", _m.model("onesignal_generated.models.audit_log_actor", "AuditLogActor")
    )
    """ Who performed the action. """
    targets: list[AuditLogTarget] | None = _m.field(
        "targets",
        _m.list_of(
            _m.model("onesignal_generated.models.audit_log_target", "AuditLogTarget")
        ),
    )
    """ The resources the action was performed on. """
    context: AuditLogContext | None = _m.field(
        "context",
        _m.model("onesignal_generated.models.audit_log_context", "AuditLogContext"),
    )
    """ Where the action came from. """
    metadata: dict[str, Any] | None = _m.field("metadata", None)
    """ Further details about the event. """

    def __init__(
        self,
        *,
        id: str,
        action: str,
        occurred_at: _dt.datetime,
        organization_id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        version: int | None = None,
        actor: AuditLogActor | None = None,
        targets: list[AuditLogTarget] | None = None,
        context: AuditLogContext | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "action": action,
                "occurred_at": occurred_at,
                "organization_id": organization_id,
                "app_id": app_id,
                "version": version,
                "actor": actor,
                "targets": targets,
                "context": context,
                "metadata": metadata,
            },
        )
