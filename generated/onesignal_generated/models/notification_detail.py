from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.filter_ import Filter
    from ..models.notification_outcome import NotificationOutcome
    from ..models.notification_platform_delivery_stats import (
        NotificationPlatformDeliveryStats,
    )


class NotificationDetail(_m.Model):
    """A message as created, with its delivery counts. Only the fields the message was created with are present; times are
    unix seconds.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "app_id": "app_id",
        "name": "name",
        "canceled": "canceled",
        "contents": "contents",
        "headings": "headings",
        "subtitle": "subtitle",
        "template_id": "template_id",
        "url": "url",
        "web_url": "web_url",
        "app_url": "app_url",
        "data": "data",
        "big_picture": "big_picture",
        "chrome_web_icon": "chrome_web_icon",
        "chrome_web_image": "chrome_web_image",
        "global_image": "global_image",
        "included_segments": "included_segments",
        "excluded_segments": "excluded_segments",
        "include_aliases": "include_aliases",
        "filters": "filters",
        "target_channel": "target_channel",
        "email_subject": "email_subject",
        "ios_badgeType": "ios_badge_type",
        "ios_badgeCount": "ios_badge_count",
        "delayed_option": "delayed_option",
        "delivery_time_of_day": "delivery_time_of_day",
        "throttle_rate_per_minute": "throttle_rate_per_minute",
        "fcap_status": "fcap_status",
        "successful": "successful",
        "failed": "failed",
        "errored": "errored",
        "converted": "converted",
        "received": "received",
        "remaining": "remaining",
        "queued_at": "queued_at",
        "send_after": "send_after",
        "completed_at": "completed_at",
        "platform_delivery_stats": "platform_delivery_stats",
        "outcomes": "outcomes",
    }

    id: str | None = _m.field("id", None)
    app_id: str | None = _m.field("app_id", None)
    name: str | None = _m.field("name", None)
    canceled: bool | None = _m.field("canceled", None)
    """ Whether the message was canceled. """
    contents: dict[str, str] | None = _m.field("contents", None)
    """ Text per language code (same shape as LanguageStringMap; may be null). """
    headings: dict[str, str] | None = _m.field("headings", None)
    """ Text per language code (same shape as LanguageStringMap; may be null). """
    subtitle: dict[str, str] | None = _m.field("subtitle", None)
    """ Text per language code (same shape as LanguageStringMap; may be null). """
    template_id: str | None = _m.field("template_id", None)
    url: str | None = _m.field("url", None)
    web_url: str | None = _m.field("web_url", None)
    app_url: str | None = _m.field("app_url", None)
    data: dict[str, Any] | None = _m.field("data", None)
    big_picture: str | None = _m.field("big_picture", None)
    chrome_web_icon: str | None = _m.field("chrome_web_icon", None)
    chrome_web_image: str | None = _m.field("chrome_web_image", None)
    global_image: str | None = _m.field("global_image", None)
    included_segments: list[str] | None = _m.field("included_segments", None)
    excluded_segments: list[str] | None = _m.field("excluded_segments", None)
    include_aliases: dict[str, list[str]] | None = _m.field("include_aliases", None)
    filters: list[Filter] | None = _m.field(
        "filters", _m.list_of(_m.model("onesignal_generated.models.filter_", "Filter"))
    )
    target_channel: str | None = _m.field("target_channel", None)
    email_subject: str | None = _m.field("email_subject", None)
    ios_badge_type: str | None = _m.field("ios_badgeType", None)
    ios_badge_count: int | None = _m.field("ios_badgeCount", None)
    delayed_option: str | None = _m.field("delayed_option", None)
    delivery_time_of_day: str | None = _m.field("delivery_time_of_day", None)
    throttle_rate_per_minute: int | None = _m.field("throttle_rate_per_minute", None)
    fcap_status: str | None = _m.field("fcap_status", None)
    """ Whether frequency capping held back part of the audience. """
    successful: int | None = _m.field("successful", None)
    """ Handed to the push services, carriers or email providers. """
    failed: int | None = _m.field("failed", None)
    """ Not delivered because the subscription was unsubscribed. """
    errored: int | None = _m.field("errored", None)
    """ Not delivered because of an error. """
    converted: int | None = _m.field("converted", None)
    """ Clicked or tapped. """
    received: int | None = _m.field("received", None)
    """ Confirmed as received by the device. """
    remaining: int | None = _m.field("remaining", None)
    """ Still waiting to be sent. """
    queued_at: int | None = _m.field("queued_at", None)
    """ When the message was created (unix seconds). """
    send_after: int | None = _m.field("send_after", None)
    """ When sending started or will start (unix seconds). """
    completed_at: int | None = _m.field("completed_at", None)
    """ When sending finished (unix seconds); null while still sending. """
    platform_delivery_stats: NotificationPlatformDeliveryStats | None = _m.field(
        "platform_delivery_stats",
        _m.model(
            "onesignal_generated.models.notification_platform_delivery_stats",
            "NotificationPlatformDeliveryStats",
        ),
    )
    """ Delivery counts per platform; only platforms the message went to appear. """
    outcomes: list[NotificationOutcome] | None = _m.field(
        "outcomes",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.notification_outcome", "NotificationOutcome"
            )
        ),
    )
    """ Outcome totals attributed to this message, when requested. """

    def __init__(
        self,
        *,
        id: str | UUID | None = None,
        app_id: str | UUID | None = None,
        name: str | None = None,
        canceled: bool | None = None,
        contents: dict[str, str] | None = None,
        headings: dict[str, str] | None = None,
        subtitle: dict[str, str] | None = None,
        template_id: str | None = None,
        url: str | None = None,
        web_url: str | None = None,
        app_url: str | None = None,
        data: dict[str, Any] | None = None,
        big_picture: str | None = None,
        chrome_web_icon: str | None = None,
        chrome_web_image: str | None = None,
        global_image: str | None = None,
        included_segments: list[str] | None = None,
        excluded_segments: list[str] | None = None,
        include_aliases: dict[str, list[str]] | None = None,
        filters: list[Filter] | None = None,
        target_channel: str | None = None,
        email_subject: str | None = None,
        ios_badge_type: str | None = None,
        ios_badge_count: int | None = None,
        delayed_option: str | None = None,
        delivery_time_of_day: str | None = None,
        throttle_rate_per_minute: int | None = None,
        fcap_status: str | None = None,
        successful: int | None = None,
        failed: int | None = None,
        errored: int | None = None,
        converted: int | None = None,
        received: int | None = None,
        remaining: int | None = None,
        queued_at: int | None = None,
        send_after: int | None = None,
        completed_at: int | None = None,
        platform_delivery_stats: NotificationPlatformDeliveryStats | None = None,
        outcomes: list[NotificationOutcome] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "app_id": app_id,
                "name": name,
                "canceled": canceled,
                "contents": contents,
                "headings": headings,
                "subtitle": subtitle,
                "template_id": template_id,
                "url": url,
                "web_url": web_url,
                "app_url": app_url,
                "data": data,
                "big_picture": big_picture,
                "chrome_web_icon": chrome_web_icon,
                "chrome_web_image": chrome_web_image,
                "global_image": global_image,
                "included_segments": included_segments,
                "excluded_segments": excluded_segments,
                "include_aliases": include_aliases,
                "filters": filters,
                "target_channel": target_channel,
                "email_subject": email_subject,
                "ios_badgeType": ios_badge_type,
                "ios_badgeCount": ios_badge_count,
                "delayed_option": delayed_option,
                "delivery_time_of_day": delivery_time_of_day,
                "throttle_rate_per_minute": throttle_rate_per_minute,
                "fcap_status": fcap_status,
                "successful": successful,
                "failed": failed,
                "errored": errored,
                "converted": converted,
                "received": received,
                "remaining": remaining,
                "queued_at": queued_at,
                "send_after": send_after,
                "completed_at": completed_at,
                "platform_delivery_stats": platform_delivery_stats,
                "outcomes": outcomes,
            },
        )
