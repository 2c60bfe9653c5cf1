from __future__ import annotations

from onesignal import _model as _m


class AuditLogActorMetadata(_m.FreeForm):
    """Further details about the actor."""

    __slots__ = ()
