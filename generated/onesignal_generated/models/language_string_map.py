from __future__ import annotations

from onesignal import _model as _m


class LanguageStringMap(_m.FreeForm):
    """Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is required by
    OneSignal whenever any language is given.

        Example:
            {'en': 'Your order has shipped', 'es': 'Tu pedido ha sido enviado'}

    """

    __slots__ = ()
