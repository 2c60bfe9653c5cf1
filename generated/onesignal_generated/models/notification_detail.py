from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.notification_detail_contents_type_0 import (
        NotificationDetailContentsType0,
    )
    from ..models.notification_detail_data_type_0 import NotificationDetailDataType0
    from ..models.notification_detail_headings_type_0 import (
        NotificationDetailHeadingsType0,
    )
    from ..models.notification_detail_include_aliases_type_0 import (
        NotificationDetailIncludeAliasesType0,
    )
    from ..models.notification_detail_subtitle_type_0 import (
        NotificationDetailSubtitleType0,
    )
    from ..models.notification_outcome import NotificationOutcome
    from ..models.notification_platform_delivery_stats import (
        NotificationPlatformDeliveryStats,
    )


T = TypeVar("T", bound="NotificationDetail")


@_attrs_define
class NotificationDetail:
    """A message as created, with its delivery counts. Only the fields the message was created with are present; times are
    unix seconds.

    """

    id: UUID | Unset = UNSET
    app_id: UUID | Unset = UNSET
    name: None | str | Unset = UNSET
    canceled: bool | Unset = UNSET
    """ Whether the message was canceled. """
    contents: None | NotificationDetailContentsType0 | Unset = UNSET
    """ Text per language code (same shape as LanguageStringMap; may be null). """
    headings: None | NotificationDetailHeadingsType0 | Unset = UNSET
    """ Text per language code (same shape as LanguageStringMap; may be null). """
    subtitle: None | NotificationDetailSubtitleType0 | Unset = UNSET
    """ Text per language code (same shape as LanguageStringMap; may be null). """
    template_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    web_url: None | str | Unset = UNSET
    app_url: None | str | Unset = UNSET
    data: None | NotificationDetailDataType0 | Unset = UNSET
    big_picture: None | str | Unset = UNSET
    chrome_web_icon: None | str | Unset = UNSET
    chrome_web_image: None | str | Unset = UNSET
    global_image: None | str | Unset = UNSET
    included_segments: list[str] | None | Unset = UNSET
    excluded_segments: list[str] | None | Unset = UNSET
    include_aliases: None | NotificationDetailIncludeAliasesType0 | Unset = UNSET
    filters: list[Filter] | None | Unset = UNSET
    target_channel: None | str | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    ios_badge_type: None | str | Unset = UNSET
    ios_badge_count: int | None | Unset = UNSET
    delayed_option: None | str | Unset = UNSET
    delivery_time_of_day: None | str | Unset = UNSET
    throttle_rate_per_minute: int | None | Unset = UNSET
    fcap_status: None | str | Unset = UNSET
    """ Whether frequency capping held back part of the audience. """
    successful: int | Unset = UNSET
    """ Handed to the push services, carriers or email providers. """
    failed: int | Unset = UNSET
    """ Not delivered because the subscription was unsubscribed. """
    errored: int | Unset = UNSET
    """ Not delivered because of an error. """
    converted: int | Unset = UNSET
    """ Clicked or tapped. """
    received: int | None | Unset = UNSET
    """ Confirmed as received by the device. """
    remaining: int | None | Unset = UNSET
    """ Still waiting to be sent. """
    queued_at: int | Unset = UNSET
    """ When the message was created (unix seconds). """
    send_after: int | None | Unset = UNSET
    """ When sending started or will start (unix seconds). """
    completed_at: int | None | Unset = UNSET
    """ When sending finished (unix seconds); null while still sending. """
    platform_delivery_stats: NotificationPlatformDeliveryStats | Unset = UNSET
    """ Delivery counts per platform; only platforms the message went to appear. """
    outcomes: list[NotificationOutcome] | None | Unset = UNSET
    """ Outcome totals attributed to this message, when requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_detail_contents_type_0 import (
            NotificationDetailContentsType0,  # noqa: PLC0415
        )
        from ..models.notification_detail_data_type_0 import NotificationDetailDataType0  # noqa: PLC0415
        from ..models.notification_detail_headings_type_0 import (
            NotificationDetailHeadingsType0,  # noqa: PLC0415
        )
        from ..models.notification_detail_include_aliases_type_0 import (
            NotificationDetailIncludeAliasesType0,  # noqa: PLC0415
        )
        from ..models.notification_detail_subtitle_type_0 import (
            NotificationDetailSubtitleType0,  # noqa: PLC0415
        )

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        app_id: str | Unset = UNSET
        if not isinstance(self.app_id, Unset):
            app_id = str(self.app_id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        canceled = self.canceled

        contents: dict[str, Any] | None | Unset
        if isinstance(self.contents, Unset):
            contents = UNSET
        elif isinstance(self.contents, NotificationDetailContentsType0):
            contents = self.contents.to_dict()
        else:
            contents = self.contents

        headings: dict[str, Any] | None | Unset
        if isinstance(self.headings, Unset):
            headings = UNSET
        elif isinstance(self.headings, NotificationDetailHeadingsType0):
            headings = self.headings.to_dict()
        else:
            headings = self.headings

        subtitle: dict[str, Any] | None | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        elif isinstance(self.subtitle, NotificationDetailSubtitleType0):
            subtitle = self.subtitle.to_dict()
        else:
            subtitle = self.subtitle

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        web_url: None | str | Unset
        if isinstance(self.web_url, Unset):
            web_url = UNSET
        else:
            web_url = self.web_url

        app_url: None | str | Unset
        if isinstance(self.app_url, Unset):
            app_url = UNSET
        else:
            app_url = self.app_url

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, NotificationDetailDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        big_picture: None | str | Unset
        if isinstance(self.big_picture, Unset):
            big_picture = UNSET
        else:
            big_picture = self.big_picture

        chrome_web_icon: None | str | Unset
        if isinstance(self.chrome_web_icon, Unset):
            chrome_web_icon = UNSET
        else:
            chrome_web_icon = self.chrome_web_icon

        chrome_web_image: None | str | Unset
        if isinstance(self.chrome_web_image, Unset):
            chrome_web_image = UNSET
        else:
            chrome_web_image = self.chrome_web_image

        global_image: None | str | Unset
        if isinstance(self.global_image, Unset):
            global_image = UNSET
        else:
            global_image = self.global_image

        included_segments: list[str] | None | Unset
        if isinstance(self.included_segments, Unset):
            included_segments = UNSET
        elif isinstance(self.included_segments, list):
            included_segments = self.included_segments

        else:
            included_segments = self.included_segments

        excluded_segments: list[str] | None | Unset
        if isinstance(self.excluded_segments, Unset):
            excluded_segments = UNSET
        elif isinstance(self.excluded_segments, list):
            excluded_segments = self.excluded_segments

        else:
            excluded_segments = self.excluded_segments

        include_aliases: dict[str, Any] | None | Unset
        if isinstance(self.include_aliases, Unset):
            include_aliases = UNSET
        elif isinstance(self.include_aliases, NotificationDetailIncludeAliasesType0):
            include_aliases = self.include_aliases.to_dict()
        else:
            include_aliases = self.include_aliases

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        target_channel: None | str | Unset
        if isinstance(self.target_channel, Unset):
            target_channel = UNSET
        else:
            target_channel = self.target_channel

        email_subject: None | str | Unset
        if isinstance(self.email_subject, Unset):
            email_subject = UNSET
        else:
            email_subject = self.email_subject

        ios_badge_type: None | str | Unset
        if isinstance(self.ios_badge_type, Unset):
            ios_badge_type = UNSET
        else:
            ios_badge_type = self.ios_badge_type

        ios_badge_count: int | None | Unset
        if isinstance(self.ios_badge_count, Unset):
            ios_badge_count = UNSET
        else:
            ios_badge_count = self.ios_badge_count

        delayed_option: None | str | Unset
        if isinstance(self.delayed_option, Unset):
            delayed_option = UNSET
        else:
            delayed_option = self.delayed_option

        delivery_time_of_day: None | str | Unset
        if isinstance(self.delivery_time_of_day, Unset):
            delivery_time_of_day = UNSET
        else:
            delivery_time_of_day = self.delivery_time_of_day

        throttle_rate_per_minute: int | None | Unset
        if isinstance(self.throttle_rate_per_minute, Unset):
            throttle_rate_per_minute = UNSET
        else:
            throttle_rate_per_minute = self.throttle_rate_per_minute

        fcap_status: None | str | Unset
        if isinstance(self.fcap_status, Unset):
            fcap_status = UNSET
        else:
            fcap_status = self.fcap_status

        successful = self.successful

        failed = self.failed

        errored = self.errored

        converted = self.converted

        received: int | None | Unset
        if isinstance(self.received, Unset):
            received = UNSET
        else:
            received = self.received

        remaining: int | None | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        queued_at = self.queued_at

        send_after: int | None | Unset
        if isinstance(self.send_after, Unset):
            send_after = UNSET
        else:
            send_after = self.send_after

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        platform_delivery_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform_delivery_stats, Unset):
            platform_delivery_stats = self.platform_delivery_stats.to_dict()

        outcomes: list[dict[str, Any]] | None | Unset
        if isinstance(self.outcomes, Unset):
            outcomes = UNSET
        elif isinstance(self.outcomes, list):
            outcomes = []
            for outcomes_type_0_item_data in self.outcomes:
                outcomes_type_0_item = outcomes_type_0_item_data.to_dict()
                outcomes.append(outcomes_type_0_item)

        else:
            outcomes = self.outcomes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if name is not UNSET:
            field_dict["name"] = name
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if contents is not UNSET:
            field_dict["contents"] = contents
        if headings is not UNSET:
            field_dict["headings"] = headings
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if url is not UNSET:
            field_dict["url"] = url
        if web_url is not UNSET:
            field_dict["web_url"] = web_url
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if data is not UNSET:
            field_dict["data"] = data
        if big_picture is not UNSET:
            field_dict["big_picture"] = big_picture
        if chrome_web_icon is not UNSET:
            field_dict["chrome_web_icon"] = chrome_web_icon
        if chrome_web_image is not UNSET:
            field_dict["chrome_web_image"] = chrome_web_image
        if global_image is not UNSET:
            field_dict["global_image"] = global_image
        if included_segments is not UNSET:
            field_dict["included_segments"] = included_segments
        if excluded_segments is not UNSET:
            field_dict["excluded_segments"] = excluded_segments
        if include_aliases is not UNSET:
            field_dict["include_aliases"] = include_aliases
        if filters is not UNSET:
            field_dict["filters"] = filters
        if target_channel is not UNSET:
            field_dict["target_channel"] = target_channel
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if ios_badge_type is not UNSET:
            field_dict["ios_badgeType"] = ios_badge_type
        if ios_badge_count is not UNSET:
            field_dict["ios_badgeCount"] = ios_badge_count
        if delayed_option is not UNSET:
            field_dict["delayed_option"] = delayed_option
        if delivery_time_of_day is not UNSET:
            field_dict["delivery_time_of_day"] = delivery_time_of_day
        if throttle_rate_per_minute is not UNSET:
            field_dict["throttle_rate_per_minute"] = throttle_rate_per_minute
        if fcap_status is not UNSET:
            field_dict["fcap_status"] = fcap_status
        if successful is not UNSET:
            field_dict["successful"] = successful
        if failed is not UNSET:
            field_dict["failed"] = failed
        if errored is not UNSET:
            field_dict["errored"] = errored
        if converted is not UNSET:
            field_dict["converted"] = converted
        if received is not UNSET:
            field_dict["received"] = received
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if queued_at is not UNSET:
            field_dict["queued_at"] = queued_at
        if send_after is not UNSET:
            field_dict["send_after"] = send_after
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if platform_delivery_stats is not UNSET:
            field_dict["platform_delivery_stats"] = platform_delivery_stats
        if outcomes is not UNSET:
            field_dict["outcomes"] = outcomes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.notification_detail_contents_type_0 import (
            NotificationDetailContentsType0,  # noqa: PLC0415
        )
        from ..models.notification_detail_data_type_0 import NotificationDetailDataType0  # noqa: PLC0415
        from ..models.notification_detail_headings_type_0 import (
            NotificationDetailHeadingsType0,  # noqa: PLC0415
        )
        from ..models.notification_detail_include_aliases_type_0 import (
            NotificationDetailIncludeAliasesType0,  # noqa: PLC0415
        )
        from ..models.notification_detail_subtitle_type_0 import (
            NotificationDetailSubtitleType0,  # noqa: PLC0415
        )
        from ..models.notification_outcome import NotificationOutcome  # noqa: PLC0415
        from ..models.notification_platform_delivery_stats import (
            NotificationPlatformDeliveryStats,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _app_id = d.pop("app_id", UNSET)
        app_id: UUID | Unset
        if isinstance(_app_id, Unset):
            app_id = UNSET
        else:
            app_id = UUID(_app_id)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        canceled = d.pop("canceled", UNSET)

        def _parse_contents(
            data: object,
        ) -> None | NotificationDetailContentsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contents_type_0 = NotificationDetailContentsType0.from_dict(data)

                return contents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationDetailContentsType0 | Unset, data)

        contents = _parse_contents(d.pop("contents", UNSET))

        def _parse_headings(
            data: object,
        ) -> None | NotificationDetailHeadingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headings_type_0 = NotificationDetailHeadingsType0.from_dict(data)

                return headings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationDetailHeadingsType0 | Unset, data)

        headings = _parse_headings(d.pop("headings", UNSET))

        def _parse_subtitle(
            data: object,
        ) -> None | NotificationDetailSubtitleType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subtitle_type_0 = NotificationDetailSubtitleType0.from_dict(data)

                return subtitle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationDetailSubtitleType0 | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_web_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        web_url = _parse_web_url(d.pop("web_url", UNSET))

        def _parse_app_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_url = _parse_app_url(d.pop("app_url", UNSET))

        def _parse_data(data: object) -> None | NotificationDetailDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = NotificationDetailDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationDetailDataType0 | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_big_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        big_picture = _parse_big_picture(d.pop("big_picture", UNSET))

        def _parse_chrome_web_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chrome_web_icon = _parse_chrome_web_icon(d.pop("chrome_web_icon", UNSET))

        def _parse_chrome_web_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chrome_web_image = _parse_chrome_web_image(d.pop("chrome_web_image", UNSET))

        def _parse_global_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        global_image = _parse_global_image(d.pop("global_image", UNSET))

        def _parse_included_segments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                included_segments_type_0 = cast(list[str], data)

                return included_segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        included_segments = _parse_included_segments(d.pop("included_segments", UNSET))

        def _parse_excluded_segments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                excluded_segments_type_0 = cast(list[str], data)

                return excluded_segments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        excluded_segments = _parse_excluded_segments(d.pop("excluded_segments", UNSET))

        def _parse_include_aliases(
            data: object,
        ) -> None | NotificationDetailIncludeAliasesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                include_aliases_type_0 = (
                    NotificationDetailIncludeAliasesType0.from_dict(data)
                )

                return include_aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationDetailIncludeAliasesType0 | Unset, data)

        include_aliases = _parse_include_aliases(d.pop("include_aliases", UNSET))

        def _parse_filters(data: object) -> list[Filter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:
                    filters_type_0_item = Filter.from_dict(filters_type_0_item_data)

                    filters_type_0.append(filters_type_0_item)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Filter] | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_target_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_channel = _parse_target_channel(d.pop("target_channel", UNSET))

        def _parse_email_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_subject = _parse_email_subject(d.pop("email_subject", UNSET))

        def _parse_ios_badge_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ios_badge_type = _parse_ios_badge_type(d.pop("ios_badgeType", UNSET))

        def _parse_ios_badge_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ios_badge_count = _parse_ios_badge_count(d.pop("ios_badgeCount", UNSET))

        def _parse_delayed_option(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delayed_option = _parse_delayed_option(d.pop("delayed_option", UNSET))

        def _parse_delivery_time_of_day(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_time_of_day = _parse_delivery_time_of_day(
            d.pop("delivery_time_of_day", UNSET)
        )

        def _parse_throttle_rate_per_minute(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        throttle_rate_per_minute = _parse_throttle_rate_per_minute(
            d.pop("throttle_rate_per_minute", UNSET)
        )

        def _parse_fcap_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fcap_status = _parse_fcap_status(d.pop("fcap_status", UNSET))

        successful = d.pop("successful", UNSET)

        failed = d.pop("failed", UNSET)

        errored = d.pop("errored", UNSET)

        converted = d.pop("converted", UNSET)

        def _parse_received(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        received = _parse_received(d.pop("received", UNSET))

        def _parse_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining = _parse_remaining(d.pop("remaining", UNSET))

        queued_at = d.pop("queued_at", UNSET)

        def _parse_send_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        send_after = _parse_send_after(d.pop("send_after", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        _platform_delivery_stats = d.pop("platform_delivery_stats", UNSET)
        platform_delivery_stats: NotificationPlatformDeliveryStats | Unset
        if isinstance(_platform_delivery_stats, Unset):
            platform_delivery_stats = UNSET
        else:
            platform_delivery_stats = NotificationPlatformDeliveryStats.from_dict(
                _platform_delivery_stats
            )

        def _parse_outcomes(data: object) -> list[NotificationOutcome] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outcomes_type_0 = []
                _outcomes_type_0 = data
                for outcomes_type_0_item_data in _outcomes_type_0:
                    outcomes_type_0_item = NotificationOutcome.from_dict(
                        outcomes_type_0_item_data
                    )

                    outcomes_type_0.append(outcomes_type_0_item)

                return outcomes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NotificationOutcome] | None | Unset, data)

        outcomes = _parse_outcomes(d.pop("outcomes", UNSET))

        notification_detail = cls(
            id=id,
            app_id=app_id,
            name=name,
            canceled=canceled,
            contents=contents,
            headings=headings,
            subtitle=subtitle,
            template_id=template_id,
            url=url,
            web_url=web_url,
            app_url=app_url,
            data=data,
            big_picture=big_picture,
            chrome_web_icon=chrome_web_icon,
            chrome_web_image=chrome_web_image,
            global_image=global_image,
            included_segments=included_segments,
            excluded_segments=excluded_segments,
            include_aliases=include_aliases,
            filters=filters,
            target_channel=target_channel,
            email_subject=email_subject,
            ios_badge_type=ios_badge_type,
            ios_badge_count=ios_badge_count,
            delayed_option=delayed_option,
            delivery_time_of_day=delivery_time_of_day,
            throttle_rate_per_minute=throttle_rate_per_minute,
            fcap_status=fcap_status,
            successful=successful,
            failed=failed,
            errored=errored,
            converted=converted,
            received=received,
            remaining=remaining,
            queued_at=queued_at,
            send_after=send_after,
            completed_at=completed_at,
            platform_delivery_stats=platform_delivery_stats,
            outcomes=outcomes,
        )

        notification_detail.additional_properties = d
        return notification_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
