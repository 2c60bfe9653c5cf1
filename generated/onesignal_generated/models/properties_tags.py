from __future__ import annotations

from onesignal import _model as _m


class PropertiesTags(_m.FreeForm):
    """Data tags: your own key-value data about the user, used for segments and message personalization. Keys and values
    are strings; send a key with an empty string value to remove that tag.

        Example:
            {'plan': 'gold', 'favorite_team': 'bears'}

    """

    __slots__ = ()
