from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from ..models.segment_detail_filter_operator import SegmentDetailFilterOperator


class SegmentDetailFilter(_m.Model):
    """One condition or operator of a segment as `get_segment` answers it: the fields of a `Filter`, with `radius`, `lat`
    and `long` as strings. A condition with `unsupported_in_api: true` was made in the dashboard and cannot be sent back
    to `create_segment` or `update_segment` as it is.

        Example:
            {'field': 'location', 'radius': '5000', 'lat': '52.5200', 'long': '13.4050', 'unsupported_in_api': False}

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
        "unsupported_in_api": "unsupported_in_api",
    }

    field: str | None = _m.field("field", None)
    """ What is tested: `tag`, `last_session`, `first_session`, `session_count`, `session_time`, `language`,
    `app_version`, `location`, `country`, `email`, `rooted`, ... """
    relation: str | None = _m.field("relation", None)
    """ How the value is compared (`=`, `!=`, `>`, `<`, `exists`, `time_elapsed_gt`, `in_array`, ...). Left open: a
    dashboard-made condition may use a relation the API does not list. """
    key: str | None = _m.field("key", None)
    """ The tag key, for `field` = `tag`. """
    value: str | None = _m.field("value", None)
    """ The value compared against. """
    hours_ago: str | None = _m.field("hours_ago", None)
    """ For `last_session` and `first_session`, the number of hours. """
    radius: str | None = _m.field("radius", None)
    """ For `location`, the radius in meters, as a string. """
    lat: str | None = _m.field("lat", None)
    """ For `location`, the latitude, as a string. """
    long: str | None = _m.field("long", None)
    """ For `location`, the longitude, as a string. """
    operator: SegmentDetailFilterOperator | None = _m.field("operator", None)
    """ `OR` or `AND`, joining the conditions before and after this entry. """
    unsupported_in_api: bool | None = _m.field("unsupported_in_api", None)
    """ True when the API cannot create this condition (a dashboard-only filter). """

    def __init__(
        self,
        *,
        field: str | None = None,
        relation: str | None = None,
        key: str | None = None,
        value: str | None = None,
        hours_ago: str | None = None,
        radius: str | None = None,
        lat: str | None = None,
        long: str | None = None,
        operator: SegmentDetailFilterOperator | None = None,
        unsupported_in_api: bool | None = None,
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
                "unsupported_in_api": unsupported_in_api,
            },
        )
