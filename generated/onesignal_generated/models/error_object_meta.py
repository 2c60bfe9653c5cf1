from __future__ import annotations

from onesignal import _model as _m


class ErrorObjectMeta(_m.FreeForm):
    """Extra context, such as the field or alias that caused the error."""

    __slots__ = ()
