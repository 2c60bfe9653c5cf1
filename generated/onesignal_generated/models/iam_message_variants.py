from __future__ import annotations

from onesignal import _model as _m


class IamMessageVariants(_m.FreeForm):
    """Content ids per device type and language, such as `{"all": {"en": "<content id>"}}`."""

    __slots__ = ()
