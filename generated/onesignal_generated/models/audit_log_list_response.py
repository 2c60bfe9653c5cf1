from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.audit_log_event import AuditLogEvent


class AuditLogListResponse(_m.Model):
    """One page of audit events, oldest first."""

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "audit_logs": "audit_logs",
        "has_more": "has_more",
        "next_cursor": "next_cursor",
    }

    audit_logs: list[AuditLogEvent] | None = _m.field(
        "audit_logs",
        _m.list_of(
            _m.model("onesignal_generated.models.audit_log_event", "AuditLogEvent")
        ),
    )
    has_more: bool | None = _m.field("has_more", None)
    """ True when another page follows. """
    next_cursor: str | None = _m.field("next_cursor", None)
    """ Pass as `cursor` to get the next page; null on the last page. """

    def __init__(
        self,
        *,
        audit_logs: list[AuditLogEvent],
        has_more: bool,
        next_cursor: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "audit_logs": audit_logs,
                "has_more": has_more,
                "next_cursor": next_cursor,
            },
        )
