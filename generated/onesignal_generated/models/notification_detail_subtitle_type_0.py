from __future__ import annotations

from onesignal import _model as _m


class NotificationDetailSubtitleType0(_m.FreeForm):
    """Text per language code (same shape as LanguageStringMap; may be null)."""

    __slots__ = ()
