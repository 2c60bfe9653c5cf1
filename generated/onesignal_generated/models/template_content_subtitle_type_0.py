from __future__ import annotations

from onesignal import _model as _m


class TemplateContentSubtitleType0(_m.FreeForm):
    """Text per language code (same shape as LanguageStringMap), or null."""

    __slots__ = ()
