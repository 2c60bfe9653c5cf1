from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.filter_operator import FilterOperator
    from ..models.filter_relation import FilterRelation


class Filter(_m.Model):
    """One condition of a filter list, or an `{"operator": "OR"}` / `{"operator": "AND"}` entry joining the conditions
    around it. Conditions next to each other are ANDed.

        Example:
            {'field': 'tag', 'key': 'level', 'relation': '>', 'value': '10'}

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "field": "field",
        "relation": "relation",
        "key": "key",
        "value": "value",
        "hours_ago": "hours_ago",
        "radius": "radius",
        "lat": "lat",
        "long": "long",
        "operator": "operator",
    }

    field: str | None = _m.field("field", None)
    """ What to test: `tag`, `last_session`, `first_session`, `session_count`, `session_time`, `amount_spent`,
    `bought_sku`, `language`, `app_version`, `location`, `country`. """
    relation: FilterRelation | None = _m.field("relation", None)
    """ How to compare, for example `=`, `!=`, `>`, `<`, `exists`, `not_exists`, `time_elapsed_gt`. `in_array` and
    `not_in_array` (documented for `language`) match any, or none, of several values given as one comma-separated
    `value`. """
    key: str | None = _m.field("key", None)
    """ The tag key, for `field` = `tag`. """
    value: str | None = _m.field("value", None)
    """ The value compared against, always sent as a string; for `in_array` and `not_in_array`, the values joined by
    commas (`en,fr,de`). """
    hours_ago: str | None = _m.field("hours_ago", None)
    """ For `last_session` and `first_session`, the number of hours, as a string. """
    radius: float | None = _m.field("radius", None)
    """ For `location`, the radius in meters. """
    lat: float | None = _m.field("lat", None)
    """ For `location`, the latitude. """
    long: float | None = _m.field("long", None)
    """ For `location`, the longitude. """
    operator: FilterOperator | None = _m.field("operator", None)
    """ `OR` or `AND`, joining the conditions before and after this entry. """

    def __init__(
        self,
        *,
        field: str | None = None,
        relation: FilterRelation | None = None,
        key: str | None = None,
        value: str | None = None,
        hours_ago: str | None = None,
        radius: float | None = None,
        lat: float | None = None,
        long: float | None = None,
        operator: FilterOperator | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "field": field,
                "relation": relation,
                "key": key,
                "value": value,
                "hours_ago": hours_ago,
                "radius": radius,
                "lat": lat,
                "long": long,
                "operator": operator,
            },
        )
