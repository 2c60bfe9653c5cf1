from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.filter_ import Filter
    from ..models.notification_android_visibility import (
        NotificationAndroidVisibility,
    )
    from ..models.notification_button import NotificationButton
    from ..models.notification_delayed_option import (
        NotificationDelayedOption,
    )
    from ..models.notification_huawei_msg_type import (
        NotificationHuaweiMsgType,
    )
    from ..models.notification_ios_badge_type import (
        NotificationIosBadgeType,
    )
    from ..models.notification_ios_interruption_level import (
        NotificationIosInterruptionLevel,
    )
    from ..models.notification_target_channel import (
        NotificationTargetChannel,
    )


class Notification(_m.Model):
    """A message to send over push, email or SMS. Choose recipients with exactly one targeting method: segments, filters,
    or users and subscriptions. Fields for channels the message does not use are ignored.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "app_id": "app_id",
        "included_segments": "included_segments",
        "excluded_segments": "excluded_segments",
        "include_aliases": "include_aliases",
        "target_channel": "target_channel",
        "include_subscription_ids": "include_subscription_ids",
        "email_to": "email_to",
        "include_phone_numbers": "include_phone_numbers",
        "filters": "filters",
        "include_player_ids": "include_player_ids",
        "include_external_user_ids": "include_external_user_ids",
        "isIos": "is_ios",
        "isAndroid": "is_android",
        "isHuawei": "is_huawei",
        "isAnyWeb": "is_any_web",
        "isChromeWeb": "is_chrome_web",
        "isFirefox": "is_firefox",
        "isSafari": "is_safari",
        "isWP_WNS": "is_wp_wns",
        "isAdm": "is_adm",
        "contents": "contents",
        "headings": "headings",
        "subtitle": "subtitle",
        "name": "name",
        "template_id": "template_id",
        "data": "data",
        "custom_data": "custom_data",
        "url": "url",
        "web_url": "web_url",
        "app_url": "app_url",
        "target_content_identifier": "target_content_identifier",
        "ios_attachments": "ios_attachments",
        "big_picture": "big_picture",
        "huawei_big_picture": "huawei_big_picture",
        "adm_big_picture": "adm_big_picture",
        "chrome_web_image": "chrome_web_image",
        "large_icon": "large_icon",
        "huawei_large_icon": "huawei_large_icon",
        "adm_large_icon": "adm_large_icon",
        "small_icon": "small_icon",
        "huawei_small_icon": "huawei_small_icon",
        "adm_small_icon": "adm_small_icon",
        "chrome_web_icon": "chrome_web_icon",
        "firefox_icon": "firefox_icon",
        "chrome_web_badge": "chrome_web_badge",
        "buttons": "buttons",
        "web_buttons": "web_buttons",
        "ios_sound": "ios_sound",
        "ios_badgeType": "ios_badge_type",
        "ios_badgeCount": "ios_badge_count",
        "ios_category": "ios_category",
        "ios_interruption_level": "ios_interruption_level",
        "ios_relevance_score": "ios_relevance_score",
        "thread_id": "thread_id",
        "summary_arg": "summary_arg",
        "summary_arg_count": "summary_arg_count",
        "content_available": "content_available",
        "mutable_content": "mutable_content",
        "apns_push_type_override": "apns_push_type_override",
        "android_channel_id": "android_channel_id",
        "existing_android_channel_id": "existing_android_channel_id",
        "huawei_channel_id": "huawei_channel_id",
        "huawei_existing_channel_id": "huawei_existing_channel_id",
        "huawei_category": "huawei_category",
        "huawei_msg_type": "huawei_msg_type",
        "huawei_bi_tag": "huawei_bi_tag",
        "android_accent_color": "android_accent_color",
        "huawei_accent_color": "huawei_accent_color",
        "android_led_color": "android_led_color",
        "android_visibility": "android_visibility",
        "android_group": "android_group",
        "android_group_message": "android_group_message",
        "priority": "priority",
        "collapse_id": "collapse_id",
        "web_push_topic": "web_push_topic",
        "ttl": "ttl",
        "enable_frequency_cap": "enable_frequency_cap",
        "email_subject": "email_subject",
        "email_body": "email_body",
        "email_from_name": "email_from_name",
        "email_from_address": "email_from_address",
        "email_reply_to_address": "email_reply_to_address",
        "email_preheader": "email_preheader",
        "include_unsubscribed": "include_unsubscribed",
        "disable_email_click_tracking": "disable_email_click_tracking",
        "sms_from": "sms_from",
        "sms_media_urls": "sms_media_urls",
        "send_after": "send_after",
        "delayed_option": "delayed_option",
        "delivery_time_of_day": "delivery_time_of_day",
        "throttle_rate_per_minute": "throttle_rate_per_minute",
        "external_id": "external_id",
        "idempotency_key": "idempotency_key",
    }

    app_id: str | None = _m.field("app_id", None)
    """ The OneSignal app that sends the message. """
    included_segments: list[str] | None = _m.field("included_segments", None)
    """ Names of the segments to send to; `All` means every subscribed user. Can be combined with
    `excluded_segments` only. """
    excluded_segments: list[str] | None = _m.field("excluded_segments", None)
    """ Names of segments whose members must not get the message. """
    include_aliases: dict[str, list[str]] | None = _m.field("include_aliases", None)
    """ Users to send to, by alias: alias label (`external_id`, `onesignal_id` or a custom label) -> list of alias
    values, at most 20,000 in all. Needs `target_channel`. """
    target_channel: NotificationTargetChannel | None = _m.field("target_channel", None)
    """ Which of the targeted users' subscriptions get the message. """
    include_subscription_ids: list[str] | None = _m.field(
        "include_subscription_ids", None
    )
    """ Subscription ids to send to, at most 20,000. """
    email_to: list[str] | None = _m.field("email_to", None)
    """ Email addresses to send to, at most 20,000. Unknown addresses get a new email subscription. Email only. """
    include_phone_numbers: list[str] | None = _m.field("include_phone_numbers", None)
    """ Phone numbers in E.164 format to send to, at most 20,000. Unknown numbers get a new SMS subscription. SMS
    only. """
    filters: list[Filter] | None = _m.field(
        "filters", _m.list_of(_m.model("onesignal_generated.models.filter_", "Filter"))
    )
    """ Ad-hoc audience conditions, evaluated at send time; neighbouring conditions are ANDed, an `{"operator":
    "OR"}` entry splits them into alternatives. At most 200 entries. """
    include_player_ids: list[str] | None = _m.field("include_player_ids", None)
    """ Legacy player (subscription) ids to send to. Use `include_subscription_ids`. """
    include_external_user_ids: list[str] | None = _m.field(
        "include_external_user_ids", None
    )
    """ Legacy external user ids to send to. Use `include_aliases` with the `external_id` label. """
    is_ios: bool | None = _m.field("isIos", None)
    """ Whether iOS push subscriptions of the audience get it. """
    is_android: bool | None = _m.field("isAndroid", None)
    """ Whether Android push subscriptions of the audience get it. """
    is_huawei: bool | None = _m.field("isHuawei", None)
    """ Whether Huawei push subscriptions of the audience get it. """
    is_any_web: bool | None = _m.field("isAnyWeb", None)
    """ Whether web push subscriptions of every browser get it. """
    is_chrome_web: bool | None = _m.field("isChromeWeb", None)
    """ Whether Chrome web push subscriptions get it. """
    is_firefox: bool | None = _m.field("isFirefox", None)
    """ Whether Firefox web push subscriptions get it. """
    is_safari: bool | None = _m.field("isSafari", None)
    """ Whether Safari web push subscriptions get it. """
    is_wp_wns: bool | None = _m.field("isWP_WNS", None)
    """ Whether Windows (WNS) push subscriptions get it. """
    is_adm: bool | None = _m.field("isAdm", None)
    """ Whether Amazon (ADM) push subscriptions get it. """
    contents: dict[str, str] | None = _m.field("contents", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    headings: dict[str, str] | None = _m.field("headings", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    subtitle: dict[str, str] | None = _m.field("subtitle", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    name: str | None = _m.field("name", None)
    """ An internal name for the message, shown in the dashboard only. """
    template_id: str | None = _m.field("template_id", None)
    """ A saved template whose content is used for this message. """
    data: dict[str, Any] | None = _m.field("data", None)
    """ Key-value data handed to your app with the push, not shown to the user (about 2 KB at most). """
    custom_data: dict[str, Any] | None = _m.field("custom_data", None)
    """ Data for Liquid personalization of the content, such as `{{ custom_data.first_name }}` (2 KB for push and
    SMS, 10 KB for email). """
    url: str | None = _m.field("url", None)
    """ The URL opened when the notification is tapped, on every platform. """
    web_url: str | None = _m.field("web_url", None)
    """ The URL opened on web push only; use with `app_url` instead of `url`. """
    app_url: str | None = _m.field("app_url", None)
    """ The URL or deep link opened in the mobile apps only. """
    target_content_identifier: str | None = _m.field("target_content_identifier", None)
    """ iOS scene identifier the notification is delivered to. """
    ios_attachments: dict[str, str] | None = _m.field("ios_attachments", None)
    """ iOS rich media, as an id of your choice -> URL of an image, GIF or video. """
    big_picture: str | None = _m.field("big_picture", None)
    """ Android expanded-view image URL. """
    huawei_big_picture: str | None = _m.field("huawei_big_picture", None)
    """ Huawei expanded-view image URL. """
    adm_big_picture: str | None = _m.field("adm_big_picture", None)
    """ Amazon expanded-view image URL. """
    chrome_web_image: str | None = _m.field("chrome_web_image", None)
    """ Large image URL for Chrome and Edge web push. """
    large_icon: str | None = _m.field("large_icon", None)
    """ Android large icon, as a drawable resource name or a URL. """
    huawei_large_icon: str | None = _m.field("huawei_large_icon", None)
    """ Huawei large icon URL. """
    adm_large_icon: str | None = _m.field("adm_large_icon", None)
    """ Amazon large icon, as a drawable resource name or a URL. """
    small_icon: str | None = _m.field("small_icon", None)
    """ Android status-bar icon resource name. """
    huawei_small_icon: str | None = _m.field("huawei_small_icon", None)
    """ Huawei status-bar icon resource name. """
    adm_small_icon: str | None = _m.field("adm_small_icon", None)
    """ Amazon status-bar icon resource name. """
    chrome_web_icon: str | None = _m.field("chrome_web_icon", None)
    """ Icon URL for Chrome, Edge and Firefox web push (192x192 recommended). """
    firefox_icon: str | None = _m.field("firefox_icon", None)
    """ Icon URL for Firefox web push only. """
    chrome_web_badge: str | None = _m.field("chrome_web_badge", None)
    """ Monochrome badge URL for Android Chrome web push. """
    buttons: list[NotificationButton] | None = _m.field(
        "buttons",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.notification_button", "NotificationButton"
            )
        ),
    )
    """ Action buttons of a mobile push (up to 3 on Android, 4 on iOS). """
    web_buttons: list[NotificationButton] | None = _m.field(
        "web_buttons",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.notification_button", "NotificationButton"
            )
        ),
    )
    """ Action buttons of a web push (Chrome and Edge show up to 2). """
    ios_sound: str | None = _m.field("ios_sound", None)
    """ Sound file in the app bundle, such as `notification.wav`, or `nil` for none. """
    ios_badge_type: NotificationIosBadgeType | None = _m.field("ios_badgeType", None)
    """ How the app icon badge changes: `None` leaves it, `SetTo` sets it to `ios_badgeCount`, `Increase` adds
    `ios_badgeCount` to it. """
    ios_badge_count: int | None = _m.field("ios_badgeCount", None)
    """ The badge number to set or add, depending on `ios_badgeType`. """
    ios_category: str | None = _m.field("ios_category", None)
    """ The iOS notification category, for custom actions. """
    ios_interruption_level: NotificationIosInterruptionLevel | None = _m.field(
        "ios_interruption_level", None
    )
    """ iOS 15+ focus and interruption level. """
    ios_relevance_score: float | None = _m.field("ios_relevance_score", None)
    """ iOS 15+ summary ranking between 0 and 1. """
    thread_id: str | None = _m.field("thread_id", None)
    """ Groups iOS notifications with the same thread id. """
    summary_arg: str | None = _m.field("summary_arg", None)
    """ iOS summary text argument for grouped notifications. """
    summary_arg_count: int | None = _m.field("summary_arg_count", None)
    """ How many items this notification stands for in the iOS group summary. """
    content_available: bool | None = _m.field("content_available", None)
    """ Wake the iOS app in the background (silent push when no `contents`). """
    mutable_content: bool | None = _m.field("mutable_content", None)
    """ Let the iOS notification service extension modify the notification. """
    apns_push_type_override: str | None = _m.field("apns_push_type_override", None)
    """ Overrides the APNs push type, such as `voip`. """
    android_channel_id: str | None = _m.field("android_channel_id", None)
    """ A notification channel (category) created in the OneSignal dashboard. """
    existing_android_channel_id: str | None = _m.field(
        "existing_android_channel_id", None
    )
    """ A notification channel id your Android app created itself. """
    huawei_channel_id: str | None = _m.field("huawei_channel_id", None)
    """ A OneSignal notification channel used for Huawei. """
    huawei_existing_channel_id: str | None = _m.field(
        "huawei_existing_channel_id", None
    )
    """ A notification channel your Huawei app created itself. """
    huawei_category: str | None = _m.field("huawei_category", None)
    """ Huawei message category, such as `MARKETING` or `IM`. """
    huawei_msg_type: NotificationHuaweiMsgType | None = _m.field(
        "huawei_msg_type", None
    )
    """ `message` for a displayed notification, `data` for a data message. """
    huawei_bi_tag: str | None = _m.field("huawei_bi_tag", None)
    """ Huawei tag for delivery receipt statistics. """
    android_accent_color: str | None = _m.field("android_accent_color", None)
    """ Accent color of the Android small icon, as ARGB hex (`FF9900FF`). """
    huawei_accent_color: str | None = _m.field("huawei_accent_color", None)
    """ Accent color for Huawei, as ARGB hex. """
    android_led_color: str | None = _m.field("android_led_color", None)
    """ LED color on older Android devices, as ARGB hex. """
    android_visibility: NotificationAndroidVisibility | None = _m.field(
        "android_visibility", None
    )
    """ Lock-screen visibility on older Android; 1 public, 0 private, -1 secret. """
    android_group: str | None = _m.field("android_group", None)
    """ Notifications with the same group key are stacked on Android. """
    android_group_message: dict[str, str] | None = _m.field(
        "android_group_message", None
    )
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    priority: int | None = _m.field("priority", None)
    """ Delivery priority; 10 is high (may wake the device), 5 is normal. """
    collapse_id: str | None = _m.field("collapse_id", None)
    """ A newer notification with the same id replaces an older one not yet seen. """
    web_push_topic: str | None = _m.field("web_push_topic", None)
    """ A newer web push with the same topic replaces an older one. """
    ttl: int | None = _m.field("ttl", None)
    """ Seconds the push service keeps trying to deliver it; at most 28 days. """
    enable_frequency_cap: bool | None = _m.field("enable_frequency_cap", None)
    """ Whether the app's frequency capping applies to this message. """
    email_subject: str | None = _m.field("email_subject", None)
    """ The email's subject line. """
    email_body: str | None = _m.field("email_body", None)
    """ The email's HTML; needed unless `template_id` is set. Include an `[unsubscribe_url]` link. """
    email_from_name: str | None = _m.field("email_from_name", None)
    """ Sender name; defaults to the app's email settings. """
    email_from_address: str | None = _m.field("email_from_address", None)
    """ Sender address; defaults to the app's email settings. """
    email_reply_to_address: str | None = _m.field("email_reply_to_address", None)
    """ Address that replies go to. """
    email_preheader: str | None = _m.field("email_preheader", None)
    """ Preview text shown after the subject in the inbox. """
    include_unsubscribed: bool | None = _m.field("include_unsubscribed", None)
    """ Also send to unsubscribed email addresses (for transactional mail). """
    disable_email_click_tracking: bool | None = _m.field(
        "disable_email_click_tracking", None
    )
    """ Keep links as written instead of rewriting them for click tracking. """
    sms_from: str | None = _m.field("sms_from", None)
    """ The sending phone number, in E.164 format, registered with your SMS provider. """
    sms_media_urls: list[str] | None = _m.field("sms_media_urls", None)
    """ Image, GIF or video URLs sent as MMS (at most 10). """
    send_after: str | None = _m.field("send_after", None)
    """ When to start sending; OneSignal accepts dates such as `2026-11-27 08:00:00 GMT-0500`, `Fri Nov 27 2026
    08:00:00 GMT-0500` or ISO 8601. Up to 30 days ahead. """
    delayed_option: NotificationDelayedOption | None = _m.field("delayed_option", None)
    """ Deliver per user: `timezone` at `delivery_time_of_day` in each user's time zone, `last-active` at the time
    of day the user was last active (intelligent delivery). """
    delivery_time_of_day: str | None = _m.field("delivery_time_of_day", None)
    """ The local time of day for `delayed_option` = `timezone`, such as `9:00AM`. """
    throttle_rate_per_minute: int | None = _m.field("throttle_rate_per_minute", None)
    """ Push sends per minute for this message; 0 turns the app's throttling off. """
    external_id: str | None = _m.field("external_id", None)
    """ Older name of `idempotency_key`; not a user's external id. Prefer `idempotency_key`. """
    idempotency_key: str | None = _m.field("idempotency_key", None)
    """ A UUID of your choice. Sending again with the same key within 30 days returns the first result instead of
    sending a second message. """

    def __init__(
        self,
        *,
        app_id: str | UUID,
        included_segments: list[str] | None = None,
        excluded_segments: list[str] | None = None,
        include_aliases: dict[str, list[str]] | None = None,
        target_channel: NotificationTargetChannel | None = None,
        include_subscription_ids: list[str] | None = None,
        email_to: list[str] | None = None,
        include_phone_numbers: list[str] | None = None,
        filters: list[Filter] | None = None,
        include_player_ids: list[str] | None = None,
        include_external_user_ids: list[str] | None = None,
        is_ios: bool | None = None,
        is_android: bool | None = None,
        is_huawei: bool | None = None,
        is_any_web: bool | None = None,
        is_chrome_web: bool | None = None,
        is_firefox: bool | None = None,
        is_safari: bool | None = None,
        is_wp_wns: bool | None = None,
        is_adm: bool | None = None,
        contents: dict[str, str] | None = None,
        headings: dict[str, str] | None = None,
        subtitle: dict[str, str] | None = None,
        name: str | None = None,
        template_id: str | UUID | None = None,
        data: dict[str, Any] | None = None,
        custom_data: dict[str, Any] | None = None,
        url: str | None = None,
        web_url: str | None = None,
        app_url: str | None = None,
        target_content_identifier: str | None = None,
        ios_attachments: dict[str, str] | None = None,
        big_picture: str | None = None,
        huawei_big_picture: str | None = None,
        adm_big_picture: str | None = None,
        chrome_web_image: str | None = None,
        large_icon: str | None = None,
        huawei_large_icon: str | None = None,
        adm_large_icon: str | None = None,
        small_icon: str | None = None,
        huawei_small_icon: str | None = None,
        adm_small_icon: str | None = None,
        chrome_web_icon: str | None = None,
        firefox_icon: str | None = None,
        chrome_web_badge: str | None = None,
        buttons: list[NotificationButton] | None = None,
        web_buttons: list[NotificationButton] | None = None,
        ios_sound: str | None = None,
        ios_badge_type: NotificationIosBadgeType | None = None,
        ios_badge_count: int | None = None,
        ios_category: str | None = None,
        ios_interruption_level: NotificationIosInterruptionLevel | None = None,
        ios_relevance_score: float | None = None,
        thread_id: str | None = None,
        summary_arg: str | None = None,
        summary_arg_count: int | None = None,
        content_available: bool | None = None,
        mutable_content: bool | None = None,
        apns_push_type_override: str | None = None,
        android_channel_id: str | UUID | None = None,
        existing_android_channel_id: str | None = None,
        huawei_channel_id: str | None = None,
        huawei_existing_channel_id: str | None = None,
        huawei_category: str | None = None,
        huawei_msg_type: NotificationHuaweiMsgType | None = None,
        huawei_bi_tag: str | None = None,
        android_accent_color: str | None = None,
        huawei_accent_color: str | None = None,
        android_led_color: str | None = None,
        android_visibility: NotificationAndroidVisibility | None = None,
        android_group: str | None = None,
        android_group_message: dict[str, str] | None = None,
        priority: int | None = None,
        collapse_id: str | None = None,
        web_push_topic: str | None = None,
        ttl: int | None = None,
        enable_frequency_cap: bool | None = None,
        email_subject: str | None = None,
        email_body: str | None = None,
        email_from_name: str | None = None,
        email_from_address: str | None = None,
        email_reply_to_address: str | None = None,
        email_preheader: str | None = None,
        include_unsubscribed: bool | None = None,
        disable_email_click_tracking: bool | None = None,
        sms_from: str | None = None,
        sms_media_urls: list[str] | None = None,
        send_after: str | None = None,
        delayed_option: NotificationDelayedOption | None = None,
        delivery_time_of_day: str | None = None,
        throttle_rate_per_minute: int | None = None,
        external_id: str | None = None,
        idempotency_key: str | UUID | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "app_id": app_id,
                "included_segments": included_segments,
                "excluded_segments": excluded_segments,
                "include_aliases": include_aliases,
                "target_channel": target_channel,
                "include_subscription_ids": include_subscription_ids,
                "email_to": email_to,
                "include_phone_numbers": include_phone_numbers,
                "filters": filters,
                "include_player_ids": include_player_ids,
                "include_external_user_ids": include_external_user_ids,
                "isIos": is_ios,
                "isAndroid": is_android,
                "isHuawei": is_huawei,
                "isAnyWeb": is_any_web,
                "isChromeWeb": is_chrome_web,
                "isFirefox": is_firefox,
                "isSafari": is_safari,
                "isWP_WNS": is_wp_wns,
                "isAdm": is_adm,
                "contents": contents,
                "headings": headings,
                "subtitle": subtitle,
                "name": name,
                "template_id": template_id,
                "data": data,
                "custom_data": custom_data,
                "url": url,
                "web_url": web_url,
                "app_url": app_url,
                "target_content_identifier": target_content_identifier,
                "ios_attachments": ios_attachments,
                "big_picture": big_picture,
                "huawei_big_picture": huawei_big_picture,
                "adm_big_picture": adm_big_picture,
                "chrome_web_image": chrome_web_image,
                "large_icon": large_icon,
                "huawei_large_icon": huawei_large_icon,
                "adm_large_icon": adm_large_icon,
                "small_icon": small_icon,
                "huawei_small_icon": huawei_small_icon,
                "adm_small_icon": adm_small_icon,
                "chrome_web_icon": chrome_web_icon,
                "firefox_icon": firefox_icon,
                "chrome_web_badge": chrome_web_badge,
                "buttons": buttons,
                "web_buttons": web_buttons,
                "ios_sound": ios_sound,
                "ios_badgeType": ios_badge_type,
                "ios_badgeCount": ios_badge_count,
                "ios_category": ios_category,
                "ios_interruption_level": ios_interruption_level,
                "ios_relevance_score": ios_relevance_score,
                "thread_id": thread_id,
                "summary_arg": summary_arg,
                "summary_arg_count": summary_arg_count,
                "content_available": content_available,
                "mutable_content": mutable_content,
                "apns_push_type_override": apns_push_type_override,
                "android_channel_id": android_channel_id,
                "existing_android_channel_id": existing_android_channel_id,
                "huawei_channel_id": huawei_channel_id,
                "huawei_existing_channel_id": huawei_existing_channel_id,
                "huawei_category": huawei_category,
                "huawei_msg_type": huawei_msg_type,
                "huawei_bi_tag": huawei_bi_tag,
                "android_accent_color": android_accent_color,
                "huawei_accent_color": huawei_accent_color,
                "android_led_color": android_led_color,
                "android_visibility": android_visibility,
                "android_group": android_group,
                "android_group_message": android_group_message,
                "priority": priority,
                "collapse_id": collapse_id,
                "web_push_topic": web_push_topic,
                "ttl": ttl,
                "enable_frequency_cap": enable_frequency_cap,
                "email_subject": email_subject,
                "email_body": email_body,
                "email_from_name": email_from_name,
                "email_from_address": email_from_address,
                "email_reply_to_address": email_reply_to_address,
                "email_preheader": email_preheader,
                "include_unsubscribed": include_unsubscribed,
                "disable_email_click_tracking": disable_email_click_tracking,
                "sms_from": sms_from,
                "sms_media_urls": sms_media_urls,
                "send_after": send_after,
                "delayed_option": delayed_option,
                "delivery_time_of_day": delivery_time_of_day,
                "throttle_rate_per_minute": throttle_rate_per_minute,
                "external_id": external_id,
                "idempotency_key": idempotency_key,
            },
        )
