from __future__ import annotations

from onesignal import _model as _m


class AuditLogEventMetadata(_m.FreeForm):
    """Further details about the event."""

    __slots__ = ()
