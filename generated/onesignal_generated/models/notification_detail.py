from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.filter_ import Filter
    from ..models.notification_background_layout import NotificationBackgroundLayout
    from ..models.notification_button import NotificationButton
    from ..models.notification_email_warm_up import NotificationEmailWarmUp
    from ..models.notification_fields_aggregation import (
        NotificationFieldsAggregation,
    )
    from ..models.notification_fields_android_visibility import (
        NotificationFieldsAndroidVisibility,
    )
    from ..models.notification_fields_delayed_option import (
        NotificationFieldsDelayedOption,
    )
    from ..models.notification_fields_huawei_category import (
        NotificationFieldsHuaweiCategory,
    )
    from ..models.notification_fields_huawei_msg_type import (
        NotificationFieldsHuaweiMsgType,
    )
    from ..models.notification_fields_huawei_visibility import (
        NotificationFieldsHuaweiVisibility,
    )
    from ..models.notification_fields_ios_badge_type import (
        NotificationFieldsIosBadgeType,
    )
    from ..models.notification_fields_ios_interruption_level import (
        NotificationFieldsIosInterruptionLevel,
    )
    from ..models.notification_fields_kind import (
        NotificationFieldsKind,
    )
    from ..models.notification_fields_priority import (
        NotificationFieldsPriority,
    )
    from ..models.notification_fields_target_channel import (
        NotificationFieldsTargetChannel,
    )
    from ..models.notification_outcome import NotificationOutcome
    from ..models.notification_platform_delivery_stats import (
        NotificationPlatformDeliveryStats,
    )


class NotificationDetail(_m.Model):
    """A message read back: every setting it was sent with (those of `NotificationFields`, null or left out when not set),
    its delivery counts and, when asked for, its outcomes. Times are unix seconds.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "app_id": "app_id",
        "included_segments": "included_segments",
        "excluded_segments": "excluded_segments",
        "target_channel": "target_channel",
        "include_subscription_ids": "include_subscription_ids",
        "email_to": "email_to",
        "include_phone_numbers": "include_phone_numbers",
        "include_player_ids": "include_player_ids",
        "include_external_user_ids": "include_external_user_ids",
        "include_ios_tokens": "include_ios_tokens",
        "include_android_reg_ids": "include_android_reg_ids",
        "include_amazon_reg_ids": "include_amazon_reg_ids",
        "include_chrome_reg_ids": "include_chrome_reg_ids",
        "include_chrome_web_reg_ids": "include_chrome_web_reg_ids",
        "include_wp_wns_uris": "include_wp_wns_uris",
        "include_email_tokens": "include_email_tokens",
        "isIos": "is_ios",
        "isAndroid": "is_android",
        "isHuawei": "is_huawei",
        "isAnyWeb": "is_any_web",
        "isChrome": "is_chrome",
        "isChromeWeb": "is_chrome_web",
        "isFirefox": "is_firefox",
        "isSafari": "is_safari",
        "isWP_WNS": "is_wp_wns",
        "isAdm": "is_adm",
        "isSms": "is_sms",
        "subtitle": "subtitle",
        "name": "name",
        "template_id": "template_id",
        "value": "value",
        "aggregation": "aggregation",
        "custom_data": "custom_data",
        "url": "url",
        "web_url": "web_url",
        "app_url": "app_url",
        "target_content_identifier": "target_content_identifier",
        "ios_attachments": "ios_attachments",
        "global_image": "global_image",
        "big_picture": "big_picture",
        "huawei_big_picture": "huawei_big_picture",
        "adm_big_picture": "adm_big_picture",
        "chrome_big_picture": "chrome_big_picture",
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
        "chrome_icon": "chrome_icon",
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
        "apns_alert": "apns_alert",
        "android_channel_id": "android_channel_id",
        "existing_android_channel_id": "existing_android_channel_id",
        "huawei_channel_id": "huawei_channel_id",
        "huawei_existing_channel_id": "huawei_existing_channel_id",
        "huawei_category": "huawei_category",
        "huawei_msg_type": "huawei_msg_type",
        "huawei_bi_tag": "huawei_bi_tag",
        "huawei_badge_class": "huawei_badge_class",
        "huawei_badge_set_num": "huawei_badge_set_num",
        "huawei_badge_add_num": "huawei_badge_add_num",
        "android_accent_color": "android_accent_color",
        "huawei_accent_color": "huawei_accent_color",
        "android_led_color": "android_led_color",
        "huawei_led_color": "huawei_led_color",
        "android_visibility": "android_visibility",
        "huawei_visibility": "huawei_visibility",
        "android_sound": "android_sound",
        "huawei_sound": "huawei_sound",
        "adm_sound": "adm_sound",
        "wp_wns_sound": "wp_wns_sound",
        "android_background_layout": "android_background_layout",
        "android_group": "android_group",
        "android_group_message": "android_group_message",
        "adm_group": "adm_group",
        "adm_group_message": "adm_group_message",
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
        "email_bcc": "email_bcc",
        "email_sender_domain": "email_sender_domain",
        "kind": "kind",
        "email_warm_up": "email_warm_up",
        "include_unsubscribed": "include_unsubscribed",
        "disable_email_click_tracking": "disable_email_click_tracking",
        "sms_from": "sms_from",
        "sms_media_urls": "sms_media_urls",
        "delayed_option": "delayed_option",
        "delivery_time_of_day": "delivery_time_of_day",
        "throttle_rate_per_minute": "throttle_rate_per_minute",
        "external_id": "external_id",
        "idempotency_key": "idempotency_key",
        "id": "id",
        "canceled": "canceled",
        "contents": "contents",
        "headings": "headings",
        "data": "data",
        "include_aliases": "include_aliases",
        "filters": "filters",
        "buttons": "buttons",
        "web_buttons": "web_buttons",
        "bcc_sent": "bcc_sent",
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

    app_id: str | None = _m.field("app_id", None)
    """ The OneSignal app that sends the message. """
    included_segments: list[str] | None = _m.field("included_segments", None)
    """ Names of the segments to send to; `All` means every subscribed user. Can be combined with
    `excluded_segments` only. """
    excluded_segments: list[str] | None = _m.field("excluded_segments", None)
    """ Names of segments whose members must not get the message. """
    target_channel: NotificationFieldsTargetChannel | None = _m.field(
        "target_channel", None
    )
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
    include_player_ids: list[str] | None = _m.field("include_player_ids", None)
    """ Legacy player (subscription) ids to send to. Use `include_subscription_ids`. """
    include_external_user_ids: list[str] | None = _m.field(
        "include_external_user_ids", None
    )
    """ Legacy external user ids to send to. Use `include_aliases` with the `external_id` label. """
    include_ios_tokens: list[str] | None = _m.field("include_ios_tokens", None)
    """ Legacy: APNs device tokens of iOS subscriptions to send to. Still accepted; use `include_subscription_ids`.
    """
    include_android_reg_ids: list[str] | None = _m.field(
        "include_android_reg_ids", None
    )
    """ Legacy: FCM registration tokens of Android subscriptions to send to. Still accepted; use
    `include_subscription_ids`. """
    include_amazon_reg_ids: list[str] | None = _m.field("include_amazon_reg_ids", None)
    """ Legacy: ADM registration ids of Amazon subscriptions to send to. Still accepted; use
    `include_subscription_ids`. """
    include_chrome_reg_ids: list[str] | None = _m.field("include_chrome_reg_ids", None)
    """ Legacy: registration ids of Chrome app and extension subscriptions to send to. Still accepted; use
    `include_subscription_ids`. """
    include_chrome_web_reg_ids: list[str] | None = _m.field(
        "include_chrome_web_reg_ids", None
    )
    """ Legacy: registration ids of Chrome web push subscriptions to send to. Still accepted; use
    `include_subscription_ids`. """
    include_wp_wns_uris: list[str] | None = _m.field("include_wp_wns_uris", None)
    """ Legacy: WNS channel URIs of Windows subscriptions to send to. Still accepted; use
    `include_subscription_ids`. """
    include_email_tokens: list[str] | None = _m.field("include_email_tokens", None)
    """ Legacy: email addresses of existing email subscriptions to send to. Still accepted; use `email_to` or
    `include_subscription_ids`. """
    is_ios: bool | None = _m.field("isIos", None)
    """ Whether iOS push subscriptions of the audience get it. """
    is_android: bool | None = _m.field("isAndroid", None)
    """ Whether Android push subscriptions of the audience get it. """
    is_huawei: bool | None = _m.field("isHuawei", None)
    """ Whether Huawei push subscriptions of the audience get it. """
    is_any_web: bool | None = _m.field("isAnyWeb", None)
    """ Whether web push subscriptions of every browser get it. """
    is_chrome: bool | None = _m.field("isChrome", None)
    """ Whether subscriptions of the Chrome Apps and Extensions platform get it. Not web push: Chrome web push is
    `isChromeWeb`. """
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
    is_sms: bool | None = _m.field("isSms", None)
    """ Whether SMS subscriptions of the audience get it. """
    subtitle: dict[str, str] | None = _m.field("subtitle", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    name: str | None = _m.field("name", None)
    """ An internal name for the message, shown in the dashboard only. """
    template_id: str | None = _m.field("template_id", None)
    """ A saved template whose content is used for this message. """
    value: int | None = _m.field("value", None)
    """ A number the official SDK's message model carries along with `aggregation`; OneSignal documents no effect on
    sending. """
    aggregation: NotificationFieldsAggregation | None = _m.field("aggregation", None)
    """ `sum` or `count`, carried by the official SDK's message model next to `value`; OneSignal documents no effect
    on sending. """
    custom_data: dict[str, Any] | None = _m.field("custom_data", None)
    """ Personalization data of a message, by name; any JSON values. """
    url: str | None = _m.field("url", None)
    """ The URL opened when the notification is tapped, on every platform. """
    web_url: str | None = _m.field("web_url", None)
    """ The URL opened on web push only; use with `app_url` instead of `url`. """
    app_url: str | None = _m.field("app_url", None)
    """ The URL or deep link opened in the mobile apps only. """
    target_content_identifier: str | None = _m.field("target_content_identifier", None)
    """ iOS scene identifier the notification is delivered to. """
    ios_attachments: dict[str, str] | None = _m.field("ios_attachments", None)
    """ iOS media of a push, as an id of your choice -> media URL. """
    global_image: str | None = _m.field("global_image", None)
    """ One image URL for every platform that shows a large image, instead of setting `big_picture`,
    `chrome_web_image` and the others one by one. """
    big_picture: str | None = _m.field("big_picture", None)
    """ Android expanded-view image URL. """
    huawei_big_picture: str | None = _m.field("huawei_big_picture", None)
    """ Huawei expanded-view image URL. """
    adm_big_picture: str | None = _m.field("adm_big_picture", None)
    """ Amazon expanded-view image URL. """
    chrome_big_picture: str | None = _m.field("chrome_big_picture", None)
    """ Large image URL for Chrome Apps and Extensions (not web push: see `chrome_web_image`). """
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
    chrome_icon: str | None = _m.field("chrome_icon", None)
    """ Icon of a Chrome Apps and Extensions notification, as a path inside the app; the app icon when left out (not
    web push: see `chrome_web_icon`). """
    ios_sound: str | None = _m.field("ios_sound", None)
    """ Sound file in the app bundle, such as `notification.wav`, or `nil` for none. """
    ios_badge_type: NotificationFieldsIosBadgeType | None = _m.field(
        "ios_badgeType", None
    )
    """ How the app icon badge changes: `None` leaves it, `SetTo` sets it to `ios_badgeCount`, `Increase` adds
    `ios_badgeCount` to it. """
    ios_badge_count: int | None = _m.field("ios_badgeCount", None)
    """ The badge number to set or add, depending on `ios_badgeType`. """
    ios_category: str | None = _m.field("ios_category", None)
    """ The iOS notification category, for custom actions. """
    ios_interruption_level: NotificationFieldsIosInterruptionLevel | None = _m.field(
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
    apns_alert: dict[str, Any] | None = _m.field("apns_alert", None)
    """ Keys for the APNs `alert` dictionary, as Apple names them. """
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
    huawei_category: NotificationFieldsHuaweiCategory | None = _m.field(
        "huawei_category", None
    )
    """ Huawei message category, which decides how Huawei may rate-limit and display it (`MARKETING` for promotions,
    the others for service messages of that kind). """
    huawei_msg_type: NotificationFieldsHuaweiMsgType | None = _m.field(
        "huawei_msg_type", None
    )
    """ `message` for a displayed notification, `data` for a data message. """
    huawei_bi_tag: str | None = _m.field("huawei_bi_tag", None)
    """ Huawei tag for delivery receipt statistics. """
    huawei_badge_class: str | None = _m.field("huawei_badge_class", None)
    """ Huawei: the full class name of the app's launcher activity, such as `com.acme.shop.MainActivity`; needed for
    the badge fields to take effect. """
    huawei_badge_set_num: int | None = _m.field("huawei_badge_set_num", None)
    """ On Huawei, sets the app icon's badge to this number (0 to 99). """
    huawei_badge_add_num: int | None = _m.field("huawei_badge_add_num", None)
    """ On Huawei, adds this number (1 to 99) to the app icon's badge. """
    android_accent_color: str | None = _m.field("android_accent_color", None)
    """ Accent color of the Android small icon, as ARGB hex (`FF9900FF`). """
    huawei_accent_color: str | None = _m.field("huawei_accent_color", None)
    """ Accent color for Huawei, as ARGB hex. """
    android_led_color: str | None = _m.field("android_led_color", None)
    """ LED color on older Android devices, as ARGB hex. """
    huawei_led_color: str | None = _m.field("huawei_led_color", None)
    """ LED color on Huawei devices, as ARGB hex. """
    android_visibility: NotificationFieldsAndroidVisibility | None = _m.field(
        "android_visibility", None
    )
    """ Lock-screen visibility on older Android; 1 public, 0 private, -1 secret. """
    huawei_visibility: NotificationFieldsHuaweiVisibility | None = _m.field(
        "huawei_visibility", None
    )
    """ Lock-screen visibility on EMUI 5 (Android 7) and older; 1 public, 0 private, -1 secret. Newer devices use
    the channel's setting. """
    android_sound: str | None = _m.field("android_sound", None)
    """ Sound resource of the Android app, named without its extension; Android 8+ plays the channel's sound
    instead. """
    huawei_sound: str | None = _m.field("huawei_sound", None)
    """ Sound resource of the Huawei app, named without its extension; EMUI 10+ plays the channel's sound instead.
    """
    adm_sound: str | None = _m.field("adm_sound", None)
    """ Sound resource of the Amazon app, named without its extension. """
    wp_wns_sound: str | None = _m.field("wp_wns_sound", None)
    """ Sound file of the Windows app, such as `ms-appx:///Assets/chime.wav`. """
    android_background_layout: NotificationBackgroundLayout | None = _m.field(
        "android_background_layout",
        _m.model(
            "onesignal_generated.models.notification_background_layout",
            "NotificationBackgroundLayout",
        ),
    )
    """ A custom background of an Android notification. """
    android_group: str | None = _m.field("android_group", None)
    """ Notifications with the same group key are stacked on Android. """
    android_group_message: dict[str, str] | None = _m.field(
        "android_group_message", None
    )
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    adm_group: str | None = _m.field("adm_group", None)
    """ Notifications with the same group key are stacked on Amazon devices. """
    adm_group_message: dict[str, str] | None = _m.field("adm_group_message", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    priority: NotificationFieldsPriority | None = _m.field("priority", None)
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
    email_bcc: list[str] | None = _m.field("email_bcc", None)
    """ Addresses that get a blind copy of every email of this message, at most 5. """
    email_sender_domain: str | None = _m.field("email_sender_domain", None)
    """ The sending domain for this email instead of the app's default one, such as `news.acme.example`; OneSignal
    Email only. """
    kind: NotificationFieldsKind | None = _m.field("kind", None)
    """ `warmup` sends the email as an Auto Warm Up campaign, delivered to the audience in daily stages (see
    `email_warm_up`) instead of all at once. """
    email_warm_up: NotificationEmailWarmUp | None = _m.field(
        "email_warm_up",
        _m.model(
            "onesignal_generated.models.notification_email_warm_up",
            "NotificationEmailWarmUp",
        ),
    )
    """ How an Auto Warm Up email is spread over days. Send only `strategy` (and `stages` for `custom`); a message
    read back also has the warm up's `status` and `is_live`. """
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
    delayed_option: NotificationFieldsDelayedOption | None = _m.field(
        "delayed_option", None
    )
    """ Deliver per user: `timezone` at `delivery_time_of_day` in each user's time zone, `last-active` at the time
    of day the user was last active (intelligent delivery). """
    delivery_time_of_day: str | None = _m.field("delivery_time_of_day", None)
    """ The local time of day for `delayed_option` = `timezone`, such as `9:00AM`. """
    throttle_rate_per_minute: float | None = _m.field("throttle_rate_per_minute", None)
    """ Push sends per minute for this message; 0 turns the app's throttling off. """
    external_id: str | None = _m.field("external_id", None)
    """ Older name of `idempotency_key`; not a user's external id. Prefer `idempotency_key`. """
    idempotency_key: str | None = _m.field("idempotency_key", None)
    """ A UUID of your choice. Sending again with the same key within 30 days returns the first result instead of
    sending a second message. """
    id: str | None = _m.field("id", None)
    """ The message's id. """
    canceled: bool | None = _m.field("canceled", None)
    """ Whether the message was canceled. """
    contents: dict[str, str] | None = _m.field("contents", None)
    """ Text per language code (same shape as LanguageStringMap; may be null). """
    headings: dict[str, str] | None = _m.field("headings", None)
    """ Text per language code (same shape as LanguageStringMap; may be null). """
    data: dict[str, Any] | None = _m.field("data", None)
    """ The key-value data the push carried, if any. """
    include_aliases: dict[str, list[str]] | None = _m.field("include_aliases", None)
    """ The aliases the message was sent to, by alias label, if sent that way. """
    filters: list[Filter] | None = _m.field(
        "filters", _m.list_of(_m.model("onesignal_generated.models.filter_", "Filter"))
    )
    """ The audience conditions the message was sent with, if any. """
    buttons: list[NotificationButton] | None = _m.field(
        "buttons",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.notification_button", "NotificationButton"
            )
        ),
    )
    """ The action buttons of the mobile push, if any. """
    web_buttons: list[NotificationButton] | None = _m.field(
        "web_buttons",
        _m.list_of(
            _m.model(
                "onesignal_generated.models.notification_button", "NotificationButton"
            )
        ),
    )
    """ The action buttons of the web push, if any. """
    bcc_sent: int | None = _m.field("bcc_sent", None)
    """ How many blind copies (`email_bcc`) were sent. """
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
        app_id: str | UUID | None = None,
        included_segments: list[str] | None = None,
        excluded_segments: list[str] | None = None,
        target_channel: NotificationFieldsTargetChannel | None = None,
        include_subscription_ids: list[str] | None = None,
        email_to: list[str] | None = None,
        include_phone_numbers: list[str] | None = None,
        include_player_ids: list[str] | None = None,
        include_external_user_ids: list[str] | None = None,
        include_ios_tokens: list[str] | None = None,
        include_android_reg_ids: list[str] | None = None,
        include_amazon_reg_ids: list[str] | None = None,
        include_chrome_reg_ids: list[str] | None = None,
        include_chrome_web_reg_ids: list[str] | None = None,
        include_wp_wns_uris: list[str] | None = None,
        include_email_tokens: list[str] | None = None,
        is_ios: bool | None = None,
        is_android: bool | None = None,
        is_huawei: bool | None = None,
        is_any_web: bool | None = None,
        is_chrome: bool | None = None,
        is_chrome_web: bool | None = None,
        is_firefox: bool | None = None,
        is_safari: bool | None = None,
        is_wp_wns: bool | None = None,
        is_adm: bool | None = None,
        is_sms: bool | None = None,
        subtitle: dict[str, str] | None = None,
        name: str | None = None,
        template_id: str | UUID | None = None,
        value: int | None = None,
        aggregation: NotificationFieldsAggregation | None = None,
        custom_data: dict[str, Any] | None = None,
        url: str | None = None,
        web_url: str | None = None,
        app_url: str | None = None,
        target_content_identifier: str | None = None,
        ios_attachments: dict[str, str] | None = None,
        global_image: str | None = None,
        big_picture: str | None = None,
        huawei_big_picture: str | None = None,
        adm_big_picture: str | None = None,
        chrome_big_picture: str | None = None,
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
        chrome_icon: str | None = None,
        ios_sound: str | None = None,
        ios_badge_type: NotificationFieldsIosBadgeType | None = None,
        ios_badge_count: int | None = None,
        ios_category: str | None = None,
        ios_interruption_level: NotificationFieldsIosInterruptionLevel | None = None,
        ios_relevance_score: float | None = None,
        thread_id: str | None = None,
        summary_arg: str | None = None,
        summary_arg_count: int | None = None,
        content_available: bool | None = None,
        mutable_content: bool | None = None,
        apns_push_type_override: str | None = None,
        apns_alert: dict[str, Any] | None = None,
        android_channel_id: str | UUID | None = None,
        existing_android_channel_id: str | None = None,
        huawei_channel_id: str | None = None,
        huawei_existing_channel_id: str | None = None,
        huawei_category: NotificationFieldsHuaweiCategory | None = None,
        huawei_msg_type: NotificationFieldsHuaweiMsgType | None = None,
        huawei_bi_tag: str | None = None,
        huawei_badge_class: str | None = None,
        huawei_badge_set_num: int | None = None,
        huawei_badge_add_num: int | None = None,
        android_accent_color: str | None = None,
        huawei_accent_color: str | None = None,
        android_led_color: str | None = None,
        huawei_led_color: str | None = None,
        android_visibility: NotificationFieldsAndroidVisibility | None = None,
        huawei_visibility: NotificationFieldsHuaweiVisibility | None = None,
        android_sound: str | None = None,
        huawei_sound: str | None = None,
        adm_sound: str | None = None,
        wp_wns_sound: str | None = None,
        android_background_layout: NotificationBackgroundLayout | None = None,
        android_group: str | None = None,
        android_group_message: dict[str, str] | None = None,
        adm_group: str | None = None,
        adm_group_message: dict[str, str] | None = None,
        priority: NotificationFieldsPriority | None = None,
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
        email_bcc: list[str] | None = None,
        email_sender_domain: str | None = None,
        kind: NotificationFieldsKind | None = None,
        email_warm_up: NotificationEmailWarmUp | None = None,
        include_unsubscribed: bool | None = None,
        disable_email_click_tracking: bool | None = None,
        sms_from: str | None = None,
        sms_media_urls: list[str] | None = None,
        delayed_option: NotificationFieldsDelayedOption | None = None,
        delivery_time_of_day: str | None = None,
        throttle_rate_per_minute: float | None = None,
        external_id: str | None = None,
        idempotency_key: str | UUID | None = None,
        id: str | UUID | None = None,
        canceled: bool | None = None,
        contents: dict[str, str] | None = None,
        headings: dict[str, str] | None = None,
        data: dict[str, Any] | None = None,
        include_aliases: dict[str, list[str]] | None = None,
        filters: list[Filter] | None = None,
        buttons: list[NotificationButton] | None = None,
        web_buttons: list[NotificationButton] | None = None,
        bcc_sent: int | None = None,
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
                "app_id": app_id,
                "included_segments": included_segments,
                "excluded_segments": excluded_segments,
                "target_channel": target_channel,
                "include_subscription_ids": include_subscription_ids,
                "email_to": email_to,
                "include_phone_numbers": include_phone_numbers,
                "include_player_ids": include_player_ids,
                "include_external_user_ids": include_external_user_ids,
                "include_ios_tokens": include_ios_tokens,
                "include_android_reg_ids": include_android_reg_ids,
                "include_amazon_reg_ids": include_amazon_reg_ids,
                "include_chrome_reg_ids": include_chrome_reg_ids,
                "include_chrome_web_reg_ids": include_chrome_web_reg_ids,
                "include_wp_wns_uris": include_wp_wns_uris,
                "include_email_tokens": include_email_tokens,
                "isIos": is_ios,
                "isAndroid": is_android,
                "isHuawei": is_huawei,
                "isAnyWeb": is_any_web,
                "isChrome": is_chrome,
                "isChromeWeb": is_chrome_web,
                "isFirefox": is_firefox,
                "isSafari": is_safari,
                "isWP_WNS": is_wp_wns,
                "isAdm": is_adm,
                "isSms": is_sms,
                "subtitle": subtitle,
                "name": name,
                "template_id": template_id,
                "value": value,
                "aggregation": aggregation,
                "custom_data": custom_data,
                "url": url,
                "web_url": web_url,
                "app_url": app_url,
                "target_content_identifier": target_content_identifier,
                "ios_attachments": ios_attachments,
                "global_image": global_image,
                "big_picture": big_picture,
                "huawei_big_picture": huawei_big_picture,
                "adm_big_picture": adm_big_picture,
                "chrome_big_picture": chrome_big_picture,
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
                "chrome_icon": chrome_icon,
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
                "apns_alert": apns_alert,
                "android_channel_id": android_channel_id,
                "existing_android_channel_id": existing_android_channel_id,
                "huawei_channel_id": huawei_channel_id,
                "huawei_existing_channel_id": huawei_existing_channel_id,
                "huawei_category": huawei_category,
                "huawei_msg_type": huawei_msg_type,
                "huawei_bi_tag": huawei_bi_tag,
                "huawei_badge_class": huawei_badge_class,
                "huawei_badge_set_num": huawei_badge_set_num,
                "huawei_badge_add_num": huawei_badge_add_num,
                "android_accent_color": android_accent_color,
                "huawei_accent_color": huawei_accent_color,
                "android_led_color": android_led_color,
                "huawei_led_color": huawei_led_color,
                "android_visibility": android_visibility,
                "huawei_visibility": huawei_visibility,
                "android_sound": android_sound,
                "huawei_sound": huawei_sound,
                "adm_sound": adm_sound,
                "wp_wns_sound": wp_wns_sound,
                "android_background_layout": android_background_layout,
                "android_group": android_group,
                "android_group_message": android_group_message,
                "adm_group": adm_group,
                "adm_group_message": adm_group_message,
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
                "email_bcc": email_bcc,
                "email_sender_domain": email_sender_domain,
                "kind": kind,
                "email_warm_up": email_warm_up,
                "include_unsubscribed": include_unsubscribed,
                "disable_email_click_tracking": disable_email_click_tracking,
                "sms_from": sms_from,
                "sms_media_urls": sms_media_urls,
                "delayed_option": delayed_option,
                "delivery_time_of_day": delivery_time_of_day,
                "throttle_rate_per_minute": throttle_rate_per_minute,
                "external_id": external_id,
                "idempotency_key": idempotency_key,
                "id": id,
                "canceled": canceled,
                "contents": contents,
                "headings": headings,
                "data": data,
                "include_aliases": include_aliases,
                "filters": filters,
                "buttons": buttons,
                "web_buttons": web_buttons,
                "bcc_sent": bcc_sent,
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
