from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_android_visibility import (
    NotificationAndroidVisibility,
    check_notification_android_visibility,
)
from ..models.notification_delayed_option import (
    NotificationDelayedOption,
    check_notification_delayed_option,
)
from ..models.notification_huawei_msg_type import (
    NotificationHuaweiMsgType,
    check_notification_huawei_msg_type,
)
from ..models.notification_ios_badge_type import (
    NotificationIosBadgeType,
    check_notification_ios_badge_type,
)
from ..models.notification_ios_interruption_level import (
    NotificationIosInterruptionLevel,
    check_notification_ios_interruption_level,
)
from ..models.notification_target_channel import (
    NotificationTargetChannel,
    check_notification_target_channel,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.language_string_map import LanguageStringMap
    from ..models.notification_button import NotificationButton
    from ..models.notification_custom_data import NotificationCustomData
    from ..models.notification_data import NotificationData
    from ..models.notification_include_aliases import NotificationIncludeAliases
    from ..models.notification_ios_attachments import NotificationIosAttachments


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A message to send over push, email or SMS. Choose recipients with exactly one targeting method: segments, filters,
    or users and subscriptions. Fields for channels the message does not use are ignored.

    """

    app_id: UUID
    """ The OneSignal app that sends the message. """
    included_segments: list[str] | Unset = UNSET
    """ Names of the segments to send to; `All` means every subscribed user. Can be combined with
    `excluded_segments` only. """
    excluded_segments: list[str] | Unset = UNSET
    """ Names of segments whose members must not get the message. """
    include_aliases: NotificationIncludeAliases | Unset = UNSET
    """ Users to send to, by alias: alias label (`external_id`, `onesignal_id` or a custom label) -> list of alias
    values, at most 20,000 in all. Needs `target_channel`. """
    target_channel: NotificationTargetChannel | Unset = UNSET
    """ Which of the targeted users' subscriptions get the message. """
    include_subscription_ids: list[str] | Unset = UNSET
    """ Subscription ids to send to, at most 20,000. """
    email_to: list[str] | Unset = UNSET
    """ Email addresses to send to, at most 20,000. Unknown addresses get a new email subscription. Email only. """
    include_phone_numbers: list[str] | Unset = UNSET
    """ Phone numbers in E.164 format to send to, at most 20,000. Unknown numbers get a new SMS subscription. SMS
    only. """
    filters: list[Filter] | Unset = UNSET
    """ Ad-hoc audience conditions, evaluated at send time; neighbouring conditions are ANDed, an `{"operator":
    "OR"}` entry splits them into alternatives. At most 200 entries. """
    include_player_ids: list[str] | Unset = UNSET
    """ Legacy player (subscription) ids to send to. Use `include_subscription_ids`. """
    include_external_user_ids: list[str] | Unset = UNSET
    """ Legacy external user ids to send to. Use `include_aliases` with the `external_id` label. """
    is_ios: bool | Unset = UNSET
    """ Whether iOS push subscriptions of the audience get it. """
    is_android: bool | Unset = UNSET
    """ Whether Android push subscriptions of the audience get it. """
    is_huawei: bool | Unset = UNSET
    """ Whether Huawei push subscriptions of the audience get it. """
    is_any_web: bool | Unset = UNSET
    """ Whether web push subscriptions of every browser get it. """
    is_chrome_web: bool | Unset = UNSET
    """ Whether Chrome web push subscriptions get it. """
    is_firefox: bool | Unset = UNSET
    """ Whether Firefox web push subscriptions get it. """
    is_safari: bool | Unset = UNSET
    """ Whether Safari web push subscriptions get it. """
    is_wp_wns: bool | Unset = UNSET
    """ Whether Windows (WNS) push subscriptions get it. """
    is_adm: bool | Unset = UNSET
    """ Whether Amazon (ADM) push subscriptions get it. """
    contents: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    headings: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    subtitle: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    name: str | Unset = UNSET
    """ An internal name for the message, shown in the dashboard only. """
    template_id: UUID | Unset = UNSET
    """ A saved template whose content is used for this message. """
    data: NotificationData | Unset = UNSET
    """ Key-value data handed to your app with the push, not shown to the user (about 2 KB at most). """
    custom_data: NotificationCustomData | Unset = UNSET
    """ Data for Liquid personalization of the content, such as `{{ custom_data.first_name }}` (2 KB for push and
    SMS, 10 KB for email). """
    url: str | Unset = UNSET
    """ The URL opened when the notification is tapped, on every platform. """
    web_url: str | Unset = UNSET
    """ The URL opened on web push only; use with `app_url` instead of `url`. """
    app_url: str | Unset = UNSET
    """ The URL or deep link opened in the mobile apps only. """
    target_content_identifier: str | Unset = UNSET
    """ iOS scene identifier the notification is delivered to. """
    ios_attachments: NotificationIosAttachments | Unset = UNSET
    """ iOS rich media, as an id of your choice -> URL of an image, GIF or video. """
    big_picture: str | Unset = UNSET
    """ Android expanded-view image URL. """
    huawei_big_picture: str | Unset = UNSET
    """ Huawei expanded-view image URL. """
    adm_big_picture: str | Unset = UNSET
    """ Amazon expanded-view image URL. """
    chrome_web_image: str | Unset = UNSET
    """ Large image URL for Chrome and Edge web push. """
    large_icon: str | Unset = UNSET
    """ Android large icon, as a drawable resource name or a URL. """
    huawei_large_icon: str | Unset = UNSET
    """ Huawei large icon URL. """
    adm_large_icon: str | Unset = UNSET
    """ Amazon large icon, as a drawable resource name or a URL. """
    small_icon: str | Unset = UNSET
    """ Android status-bar icon resource name. """
    huawei_small_icon: str | Unset = UNSET
    """ Huawei status-bar icon resource name. """
    adm_small_icon: str | Unset = UNSET
    """ Amazon status-bar icon resource name. """
    chrome_web_icon: str | Unset = UNSET
    """ Icon URL for Chrome, Edge and Firefox web push (192x192 recommended). """
    firefox_icon: str | Unset = UNSET
    """ Icon URL for Firefox web push only. """
    chrome_web_badge: str | Unset = UNSET
    """ Monochrome badge URL for Android Chrome web push. """
    buttons: list[NotificationButton] | Unset = UNSET
    """ Action buttons of a mobile push (up to 3 on Android, 4 on iOS). """
    web_buttons: list[NotificationButton] | Unset = UNSET
    """ Action buttons of a web push (Chrome and Edge show up to 2). """
    ios_sound: str | Unset = UNSET
    """ Sound file in the app bundle, such as `notification.wav`, or `nil` for none. """
    ios_badge_type: NotificationIosBadgeType | Unset = UNSET
    """ How the app icon badge changes: `None` leaves it, `SetTo` sets it to `ios_badgeCount`, `Increase` adds
    `ios_badgeCount` to it. """
    ios_badge_count: int | Unset = UNSET
    """ The badge number to set or add, depending on `ios_badgeType`. """
    ios_category: str | Unset = UNSET
    """ The iOS notification category, for custom actions. """
    ios_interruption_level: NotificationIosInterruptionLevel | Unset = UNSET
    """ iOS 15+ focus and interruption level. """
    ios_relevance_score: float | Unset = UNSET
    """ iOS 15+ summary ranking between 0 and 1. """
    thread_id: str | Unset = UNSET
    """ Groups iOS notifications with the same thread id. """
    summary_arg: str | Unset = UNSET
    """ iOS summary text argument for grouped notifications. """
    summary_arg_count: int | Unset = UNSET
    """ How many items this notification stands for in the iOS group summary. """
    content_available: bool | Unset = UNSET
    """ Wake the iOS app in the background (silent push when no `contents`). """
    mutable_content: bool | Unset = UNSET
    """ Let the iOS notification service extension modify the notification. """
    apns_push_type_override: str | Unset = UNSET
    """ Overrides the APNs push type, such as `voip`. """
    android_channel_id: UUID | Unset = UNSET
    """ A notification channel (category) created in the OneSignal dashboard. """
    existing_android_channel_id: str | Unset = UNSET
    """ A notification channel id your Android app created itself. """
    huawei_channel_id: str | Unset = UNSET
    """ A OneSignal notification channel used for Huawei. """
    huawei_existing_channel_id: str | Unset = UNSET
    """ A notification channel your Huawei app created itself. """
    huawei_category: str | Unset = UNSET
    """ Huawei message category, such as `MARKETING` or `IM`. """
    huawei_msg_type: NotificationHuaweiMsgType | Unset = UNSET
    """ `message` for a displayed notification, `data` for a data message. """
    huawei_bi_tag: str | Unset = UNSET
    """ Huawei tag for delivery receipt statistics. """
    android_accent_color: str | Unset = UNSET
    """ Accent color of the Android small icon, as ARGB hex (`FF9900FF`). """
    huawei_accent_color: str | Unset = UNSET
    """ Accent color for Huawei, as ARGB hex. """
    android_led_color: str | Unset = UNSET
    """ LED color on older Android devices, as ARGB hex. """
    android_visibility: NotificationAndroidVisibility | Unset = UNSET
    """ Lock-screen visibility on older Android; 1 public, 0 private, -1 secret. """
    android_group: str | Unset = UNSET
    """ Notifications with the same group key are stacked on Android. """
    android_group_message: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    priority: int | Unset = UNSET
    """ Delivery priority; 10 is high (may wake the device), 5 is normal. """
    collapse_id: str | Unset = UNSET
    """ A newer notification with the same id replaces an older one not yet seen. """
    web_push_topic: str | Unset = UNSET
    """ A newer web push with the same topic replaces an older one. """
    ttl: int | Unset = UNSET
    """ Seconds the push service keeps trying to deliver it; at most 28 days. """
    enable_frequency_cap: bool | Unset = UNSET
    """ Whether the app's frequency capping applies to this message. """
    email_subject: str | Unset = UNSET
    """ The email's subject line. """
    email_body: str | Unset = UNSET
    """ The email's HTML; needed unless `template_id` is set. Include an `[unsubscribe_url]` link. """
    email_from_name: str | Unset = UNSET
    """ Sender name; defaults to the app's email settings. """
    email_from_address: str | Unset = UNSET
    """ Sender address; defaults to the app's email settings. """
    email_reply_to_address: str | Unset = UNSET
    """ Address that replies go to. """
    email_preheader: str | Unset = UNSET
    """ Preview text shown after the subject in the inbox. """
    include_unsubscribed: bool | Unset = UNSET
    """ Also send to unsubscribed email addresses (for transactional mail). """
    disable_email_click_tracking: bool | Unset = UNSET
    """ Keep links as written instead of rewriting them for click tracking. """
    sms_from: str | Unset = UNSET
    """ The sending phone number, in E.164 format, registered with your SMS provider. """
    sms_media_urls: list[str] | Unset = UNSET
    """ Image, GIF or video URLs sent as MMS (at most 10). """
    send_after: str | Unset = UNSET
    """ When to start sending; OneSignal accepts dates such as `2026-11-27 08:00:00 GMT-0500`, `Fri Nov 27 2026
    08:00:00 GMT-0500` or ISO 8601. Up to 30 days ahead. """
    delayed_option: NotificationDelayedOption | Unset = UNSET
    """ Deliver per user: `timezone` at `delivery_time_of_day` in each user's time zone, `last-active` at the time
    of day the user was last active (intelligent delivery). """
    delivery_time_of_day: str | Unset = UNSET
    """ The local time of day for `delayed_option` = `timezone`, such as `9:00AM`. """
    throttle_rate_per_minute: int | Unset = UNSET
    """ Push sends per minute for this message; 0 turns the app's throttling off. """
    external_id: str | Unset = UNSET
    """ Older name of `idempotency_key`; not a user's external id. Prefer `idempotency_key`. """
    idempotency_key: UUID | Unset = UNSET
    """ A UUID of your choice. Sending again with the same key within 30 days returns the first result instead of
    sending a second message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = str(self.app_id)

        included_segments: list[str] | Unset = UNSET
        if not isinstance(self.included_segments, Unset):
            included_segments = self.included_segments

        excluded_segments: list[str] | Unset = UNSET
        if not isinstance(self.excluded_segments, Unset):
            excluded_segments = self.excluded_segments

        include_aliases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.include_aliases, Unset):
            include_aliases = self.include_aliases.to_dict()

        target_channel: str | Unset = UNSET
        if not isinstance(self.target_channel, Unset):
            target_channel = self.target_channel

        include_subscription_ids: list[str] | Unset = UNSET
        if not isinstance(self.include_subscription_ids, Unset):
            include_subscription_ids = self.include_subscription_ids

        email_to: list[str] | Unset = UNSET
        if not isinstance(self.email_to, Unset):
            email_to = self.email_to

        include_phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.include_phone_numbers, Unset):
            include_phone_numbers = self.include_phone_numbers

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        include_player_ids: list[str] | Unset = UNSET
        if not isinstance(self.include_player_ids, Unset):
            include_player_ids = self.include_player_ids

        include_external_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.include_external_user_ids, Unset):
            include_external_user_ids = self.include_external_user_ids

        is_ios = self.is_ios

        is_android = self.is_android

        is_huawei = self.is_huawei

        is_any_web = self.is_any_web

        is_chrome_web = self.is_chrome_web

        is_firefox = self.is_firefox

        is_safari = self.is_safari

        is_wp_wns = self.is_wp_wns

        is_adm = self.is_adm

        contents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contents, Unset):
            contents = self.contents.to_dict()

        headings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headings, Unset):
            headings = self.headings.to_dict()

        subtitle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtitle, Unset):
            subtitle = self.subtitle.to_dict()

        name = self.name

        template_id: str | Unset = UNSET
        if not isinstance(self.template_id, Unset):
            template_id = str(self.template_id)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        url = self.url

        web_url = self.web_url

        app_url = self.app_url

        target_content_identifier = self.target_content_identifier

        ios_attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios_attachments, Unset):
            ios_attachments = self.ios_attachments.to_dict()

        big_picture = self.big_picture

        huawei_big_picture = self.huawei_big_picture

        adm_big_picture = self.adm_big_picture

        chrome_web_image = self.chrome_web_image

        large_icon = self.large_icon

        huawei_large_icon = self.huawei_large_icon

        adm_large_icon = self.adm_large_icon

        small_icon = self.small_icon

        huawei_small_icon = self.huawei_small_icon

        adm_small_icon = self.adm_small_icon

        chrome_web_icon = self.chrome_web_icon

        firefox_icon = self.firefox_icon

        chrome_web_badge = self.chrome_web_badge

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        web_buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.web_buttons, Unset):
            web_buttons = []
            for web_buttons_item_data in self.web_buttons:
                web_buttons_item = web_buttons_item_data.to_dict()
                web_buttons.append(web_buttons_item)

        ios_sound = self.ios_sound

        ios_badge_type: str | Unset = UNSET
        if not isinstance(self.ios_badge_type, Unset):
            ios_badge_type = self.ios_badge_type

        ios_badge_count = self.ios_badge_count

        ios_category = self.ios_category

        ios_interruption_level: str | Unset = UNSET
        if not isinstance(self.ios_interruption_level, Unset):
            ios_interruption_level = self.ios_interruption_level

        ios_relevance_score = self.ios_relevance_score

        thread_id = self.thread_id

        summary_arg = self.summary_arg

        summary_arg_count = self.summary_arg_count

        content_available = self.content_available

        mutable_content = self.mutable_content

        apns_push_type_override = self.apns_push_type_override

        android_channel_id: str | Unset = UNSET
        if not isinstance(self.android_channel_id, Unset):
            android_channel_id = str(self.android_channel_id)

        existing_android_channel_id = self.existing_android_channel_id

        huawei_channel_id = self.huawei_channel_id

        huawei_existing_channel_id = self.huawei_existing_channel_id

        huawei_category = self.huawei_category

        huawei_msg_type: str | Unset = UNSET
        if not isinstance(self.huawei_msg_type, Unset):
            huawei_msg_type = self.huawei_msg_type

        huawei_bi_tag = self.huawei_bi_tag

        android_accent_color = self.android_accent_color

        huawei_accent_color = self.huawei_accent_color

        android_led_color = self.android_led_color

        android_visibility: int | Unset = UNSET
        if not isinstance(self.android_visibility, Unset):
            android_visibility = self.android_visibility

        android_group = self.android_group

        android_group_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android_group_message, Unset):
            android_group_message = self.android_group_message.to_dict()

        priority = self.priority

        collapse_id = self.collapse_id

        web_push_topic = self.web_push_topic

        ttl = self.ttl

        enable_frequency_cap = self.enable_frequency_cap

        email_subject = self.email_subject

        email_body = self.email_body

        email_from_name = self.email_from_name

        email_from_address = self.email_from_address

        email_reply_to_address = self.email_reply_to_address

        email_preheader = self.email_preheader

        include_unsubscribed = self.include_unsubscribed

        disable_email_click_tracking = self.disable_email_click_tracking

        sms_from = self.sms_from

        sms_media_urls: list[str] | Unset = UNSET
        if not isinstance(self.sms_media_urls, Unset):
            sms_media_urls = self.sms_media_urls

        send_after = self.send_after

        delayed_option: str | Unset = UNSET
        if not isinstance(self.delayed_option, Unset):
            delayed_option = self.delayed_option

        delivery_time_of_day = self.delivery_time_of_day

        throttle_rate_per_minute = self.throttle_rate_per_minute

        external_id = self.external_id

        idempotency_key: str | Unset = UNSET
        if not isinstance(self.idempotency_key, Unset):
            idempotency_key = str(self.idempotency_key)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if included_segments is not UNSET:
            field_dict["included_segments"] = included_segments
        if excluded_segments is not UNSET:
            field_dict["excluded_segments"] = excluded_segments
        if include_aliases is not UNSET:
            field_dict["include_aliases"] = include_aliases
        if target_channel is not UNSET:
            field_dict["target_channel"] = target_channel
        if include_subscription_ids is not UNSET:
            field_dict["include_subscription_ids"] = include_subscription_ids
        if email_to is not UNSET:
            field_dict["email_to"] = email_to
        if include_phone_numbers is not UNSET:
            field_dict["include_phone_numbers"] = include_phone_numbers
        if filters is not UNSET:
            field_dict["filters"] = filters
        if include_player_ids is not UNSET:
            field_dict["include_player_ids"] = include_player_ids
        if include_external_user_ids is not UNSET:
            field_dict["include_external_user_ids"] = include_external_user_ids
        if is_ios is not UNSET:
            field_dict["isIos"] = is_ios
        if is_android is not UNSET:
            field_dict["isAndroid"] = is_android
        if is_huawei is not UNSET:
            field_dict["isHuawei"] = is_huawei
        if is_any_web is not UNSET:
            field_dict["isAnyWeb"] = is_any_web
        if is_chrome_web is not UNSET:
            field_dict["isChromeWeb"] = is_chrome_web
        if is_firefox is not UNSET:
            field_dict["isFirefox"] = is_firefox
        if is_safari is not UNSET:
            field_dict["isSafari"] = is_safari
        if is_wp_wns is not UNSET:
            field_dict["isWP_WNS"] = is_wp_wns
        if is_adm is not UNSET:
            field_dict["isAdm"] = is_adm
        if contents is not UNSET:
            field_dict["contents"] = contents
        if headings is not UNSET:
            field_dict["headings"] = headings
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if name is not UNSET:
            field_dict["name"] = name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if data is not UNSET:
            field_dict["data"] = data
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if url is not UNSET:
            field_dict["url"] = url
        if web_url is not UNSET:
            field_dict["web_url"] = web_url
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if target_content_identifier is not UNSET:
            field_dict["target_content_identifier"] = target_content_identifier
        if ios_attachments is not UNSET:
            field_dict["ios_attachments"] = ios_attachments
        if big_picture is not UNSET:
            field_dict["big_picture"] = big_picture
        if huawei_big_picture is not UNSET:
            field_dict["huawei_big_picture"] = huawei_big_picture
        if adm_big_picture is not UNSET:
            field_dict["adm_big_picture"] = adm_big_picture
        if chrome_web_image is not UNSET:
            field_dict["chrome_web_image"] = chrome_web_image
        if large_icon is not UNSET:
            field_dict["large_icon"] = large_icon
        if huawei_large_icon is not UNSET:
            field_dict["huawei_large_icon"] = huawei_large_icon
        if adm_large_icon is not UNSET:
            field_dict["adm_large_icon"] = adm_large_icon
        if small_icon is not UNSET:
            field_dict["small_icon"] = small_icon
        if huawei_small_icon is not UNSET:
            field_dict["huawei_small_icon"] = huawei_small_icon
        if adm_small_icon is not UNSET:
            field_dict["adm_small_icon"] = adm_small_icon
        if chrome_web_icon is not UNSET:
            field_dict["chrome_web_icon"] = chrome_web_icon
        if firefox_icon is not UNSET:
            field_dict["firefox_icon"] = firefox_icon
        if chrome_web_badge is not UNSET:
            field_dict["chrome_web_badge"] = chrome_web_badge
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if web_buttons is not UNSET:
            field_dict["web_buttons"] = web_buttons
        if ios_sound is not UNSET:
            field_dict["ios_sound"] = ios_sound
        if ios_badge_type is not UNSET:
            field_dict["ios_badgeType"] = ios_badge_type
        if ios_badge_count is not UNSET:
            field_dict["ios_badgeCount"] = ios_badge_count
        if ios_category is not UNSET:
            field_dict["ios_category"] = ios_category
        if ios_interruption_level is not UNSET:
            field_dict["ios_interruption_level"] = ios_interruption_level
        if ios_relevance_score is not UNSET:
            field_dict["ios_relevance_score"] = ios_relevance_score
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if summary_arg is not UNSET:
            field_dict["summary_arg"] = summary_arg
        if summary_arg_count is not UNSET:
            field_dict["summary_arg_count"] = summary_arg_count
        if content_available is not UNSET:
            field_dict["content_available"] = content_available
        if mutable_content is not UNSET:
            field_dict["mutable_content"] = mutable_content
        if apns_push_type_override is not UNSET:
            field_dict["apns_push_type_override"] = apns_push_type_override
        if android_channel_id is not UNSET:
            field_dict["android_channel_id"] = android_channel_id
        if existing_android_channel_id is not UNSET:
            field_dict["existing_android_channel_id"] = existing_android_channel_id
        if huawei_channel_id is not UNSET:
            field_dict["huawei_channel_id"] = huawei_channel_id
        if huawei_existing_channel_id is not UNSET:
            field_dict["huawei_existing_channel_id"] = huawei_existing_channel_id
        if huawei_category is not UNSET:
            field_dict["huawei_category"] = huawei_category
        if huawei_msg_type is not UNSET:
            field_dict["huawei_msg_type"] = huawei_msg_type
        if huawei_bi_tag is not UNSET:
            field_dict["huawei_bi_tag"] = huawei_bi_tag
        if android_accent_color is not UNSET:
            field_dict["android_accent_color"] = android_accent_color
        if huawei_accent_color is not UNSET:
            field_dict["huawei_accent_color"] = huawei_accent_color
        if android_led_color is not UNSET:
            field_dict["android_led_color"] = android_led_color
        if android_visibility is not UNSET:
            field_dict["android_visibility"] = android_visibility
        if android_group is not UNSET:
            field_dict["android_group"] = android_group
        if android_group_message is not UNSET:
            field_dict["android_group_message"] = android_group_message
        if priority is not UNSET:
            field_dict["priority"] = priority
        if collapse_id is not UNSET:
            field_dict["collapse_id"] = collapse_id
        if web_push_topic is not UNSET:
            field_dict["web_push_topic"] = web_push_topic
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if enable_frequency_cap is not UNSET:
            field_dict["enable_frequency_cap"] = enable_frequency_cap
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_body is not UNSET:
            field_dict["email_body"] = email_body
        if email_from_name is not UNSET:
            field_dict["email_from_name"] = email_from_name
        if email_from_address is not UNSET:
            field_dict["email_from_address"] = email_from_address
        if email_reply_to_address is not UNSET:
            field_dict["email_reply_to_address"] = email_reply_to_address
        if email_preheader is not UNSET:
            field_dict["email_preheader"] = email_preheader
        if include_unsubscribed is not UNSET:
            field_dict["include_unsubscribed"] = include_unsubscribed
        if disable_email_click_tracking is not UNSET:
            field_dict["disable_email_click_tracking"] = disable_email_click_tracking
        if sms_from is not UNSET:
            field_dict["sms_from"] = sms_from
        if sms_media_urls is not UNSET:
            field_dict["sms_media_urls"] = sms_media_urls
        if send_after is not UNSET:
            field_dict["send_after"] = send_after
        if delayed_option is not UNSET:
            field_dict["delayed_option"] = delayed_option
        if delivery_time_of_day is not UNSET:
            field_dict["delivery_time_of_day"] = delivery_time_of_day
        if throttle_rate_per_minute is not UNSET:
            field_dict["throttle_rate_per_minute"] = throttle_rate_per_minute
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.language_string_map import LanguageStringMap  # noqa: PLC0415
        from ..models.notification_button import NotificationButton  # noqa: PLC0415
        from ..models.notification_custom_data import NotificationCustomData  # noqa: PLC0415
        from ..models.notification_data import NotificationData  # noqa: PLC0415
        from ..models.notification_include_aliases import NotificationIncludeAliases  # noqa: PLC0415
        from ..models.notification_ios_attachments import NotificationIosAttachments  # noqa: PLC0415

        d = dict(src_dict)
        app_id = UUID(d.pop("app_id"))

        included_segments = cast(list[str], d.pop("included_segments", UNSET))

        excluded_segments = cast(list[str], d.pop("excluded_segments", UNSET))

        _include_aliases = d.pop("include_aliases", UNSET)
        include_aliases: NotificationIncludeAliases | Unset
        if isinstance(_include_aliases, Unset):
            include_aliases = UNSET
        else:
            include_aliases = NotificationIncludeAliases.from_dict(_include_aliases)

        _target_channel = d.pop("target_channel", UNSET)
        target_channel: NotificationTargetChannel | Unset
        if isinstance(_target_channel, Unset):
            target_channel = UNSET
        else:
            target_channel = check_notification_target_channel(_target_channel)

        include_subscription_ids = cast(
            list[str], d.pop("include_subscription_ids", UNSET)
        )

        email_to = cast(list[str], d.pop("email_to", UNSET))

        include_phone_numbers = cast(list[str], d.pop("include_phone_numbers", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: list[Filter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = Filter.from_dict(filters_item_data)

                filters.append(filters_item)

        include_player_ids = cast(list[str], d.pop("include_player_ids", UNSET))

        include_external_user_ids = cast(
            list[str], d.pop("include_external_user_ids", UNSET)
        )

        is_ios = d.pop("isIos", UNSET)

        is_android = d.pop("isAndroid", UNSET)

        is_huawei = d.pop("isHuawei", UNSET)

        is_any_web = d.pop("isAnyWeb", UNSET)

        is_chrome_web = d.pop("isChromeWeb", UNSET)

        is_firefox = d.pop("isFirefox", UNSET)

        is_safari = d.pop("isSafari", UNSET)

        is_wp_wns = d.pop("isWP_WNS", UNSET)

        is_adm = d.pop("isAdm", UNSET)

        _contents = d.pop("contents", UNSET)
        contents: LanguageStringMap | Unset
        if isinstance(_contents, Unset):
            contents = UNSET
        else:
            contents = LanguageStringMap.from_dict(_contents)

        _headings = d.pop("headings", UNSET)
        headings: LanguageStringMap | Unset
        if isinstance(_headings, Unset):
            headings = UNSET
        else:
            headings = LanguageStringMap.from_dict(_headings)

        _subtitle = d.pop("subtitle", UNSET)
        subtitle: LanguageStringMap | Unset
        if isinstance(_subtitle, Unset):
            subtitle = UNSET
        else:
            subtitle = LanguageStringMap.from_dict(_subtitle)

        name = d.pop("name", UNSET)

        _template_id = d.pop("template_id", UNSET)
        template_id: UUID | Unset
        if isinstance(_template_id, Unset):
            template_id = UNSET
        else:
            template_id = UUID(_template_id)

        _data = d.pop("data", UNSET)
        data: NotificationData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = NotificationData.from_dict(_data)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: NotificationCustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        else:
            custom_data = NotificationCustomData.from_dict(_custom_data)

        url = d.pop("url", UNSET)

        web_url = d.pop("web_url", UNSET)

        app_url = d.pop("app_url", UNSET)

        target_content_identifier = d.pop("target_content_identifier", UNSET)

        _ios_attachments = d.pop("ios_attachments", UNSET)
        ios_attachments: NotificationIosAttachments | Unset
        if isinstance(_ios_attachments, Unset):
            ios_attachments = UNSET
        else:
            ios_attachments = NotificationIosAttachments.from_dict(_ios_attachments)

        big_picture = d.pop("big_picture", UNSET)

        huawei_big_picture = d.pop("huawei_big_picture", UNSET)

        adm_big_picture = d.pop("adm_big_picture", UNSET)

        chrome_web_image = d.pop("chrome_web_image", UNSET)

        large_icon = d.pop("large_icon", UNSET)

        huawei_large_icon = d.pop("huawei_large_icon", UNSET)

        adm_large_icon = d.pop("adm_large_icon", UNSET)

        small_icon = d.pop("small_icon", UNSET)

        huawei_small_icon = d.pop("huawei_small_icon", UNSET)

        adm_small_icon = d.pop("adm_small_icon", UNSET)

        chrome_web_icon = d.pop("chrome_web_icon", UNSET)

        firefox_icon = d.pop("firefox_icon", UNSET)

        chrome_web_badge = d.pop("chrome_web_badge", UNSET)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[NotificationButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = NotificationButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        _web_buttons = d.pop("web_buttons", UNSET)
        web_buttons: list[NotificationButton] | Unset = UNSET
        if _web_buttons is not UNSET:
            web_buttons = []
            for web_buttons_item_data in _web_buttons:
                web_buttons_item = NotificationButton.from_dict(web_buttons_item_data)

                web_buttons.append(web_buttons_item)

        ios_sound = d.pop("ios_sound", UNSET)

        _ios_badge_type = d.pop("ios_badgeType", UNSET)
        ios_badge_type: NotificationIosBadgeType | Unset
        if isinstance(_ios_badge_type, Unset):
            ios_badge_type = UNSET
        else:
            ios_badge_type = check_notification_ios_badge_type(_ios_badge_type)

        ios_badge_count = d.pop("ios_badgeCount", UNSET)

        ios_category = d.pop("ios_category", UNSET)

        _ios_interruption_level = d.pop("ios_interruption_level", UNSET)
        ios_interruption_level: NotificationIosInterruptionLevel | Unset
        if isinstance(_ios_interruption_level, Unset):
            ios_interruption_level = UNSET
        else:
            ios_interruption_level = check_notification_ios_interruption_level(
                _ios_interruption_level
            )

        ios_relevance_score = d.pop("ios_relevance_score", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        summary_arg = d.pop("summary_arg", UNSET)

        summary_arg_count = d.pop("summary_arg_count", UNSET)

        content_available = d.pop("content_available", UNSET)

        mutable_content = d.pop("mutable_content", UNSET)

        apns_push_type_override = d.pop("apns_push_type_override", UNSET)

        _android_channel_id = d.pop("android_channel_id", UNSET)
        android_channel_id: UUID | Unset
        if isinstance(_android_channel_id, Unset):
            android_channel_id = UNSET
        else:
            android_channel_id = UUID(_android_channel_id)

        existing_android_channel_id = d.pop("existing_android_channel_id", UNSET)

        huawei_channel_id = d.pop("huawei_channel_id", UNSET)

        huawei_existing_channel_id = d.pop("huawei_existing_channel_id", UNSET)

        huawei_category = d.pop("huawei_category", UNSET)

        _huawei_msg_type = d.pop("huawei_msg_type", UNSET)
        huawei_msg_type: NotificationHuaweiMsgType | Unset
        if isinstance(_huawei_msg_type, Unset):
            huawei_msg_type = UNSET
        else:
            huawei_msg_type = check_notification_huawei_msg_type(_huawei_msg_type)

        huawei_bi_tag = d.pop("huawei_bi_tag", UNSET)

        android_accent_color = d.pop("android_accent_color", UNSET)

        huawei_accent_color = d.pop("huawei_accent_color", UNSET)

        android_led_color = d.pop("android_led_color", UNSET)

        _android_visibility = d.pop("android_visibility", UNSET)
        android_visibility: NotificationAndroidVisibility | Unset
        if isinstance(_android_visibility, Unset):
            android_visibility = UNSET
        else:
            android_visibility = check_notification_android_visibility(
                _android_visibility
            )

        android_group = d.pop("android_group", UNSET)

        _android_group_message = d.pop("android_group_message", UNSET)
        android_group_message: LanguageStringMap | Unset
        if isinstance(_android_group_message, Unset):
            android_group_message = UNSET
        else:
            android_group_message = LanguageStringMap.from_dict(_android_group_message)

        priority = d.pop("priority", UNSET)

        collapse_id = d.pop("collapse_id", UNSET)

        web_push_topic = d.pop("web_push_topic", UNSET)

        ttl = d.pop("ttl", UNSET)

        enable_frequency_cap = d.pop("enable_frequency_cap", UNSET)

        email_subject = d.pop("email_subject", UNSET)

        email_body = d.pop("email_body", UNSET)

        email_from_name = d.pop("email_from_name", UNSET)

        email_from_address = d.pop("email_from_address", UNSET)

        email_reply_to_address = d.pop("email_reply_to_address", UNSET)

        email_preheader = d.pop("email_preheader", UNSET)

        include_unsubscribed = d.pop("include_unsubscribed", UNSET)

        disable_email_click_tracking = d.pop("disable_email_click_tracking", UNSET)

        sms_from = d.pop("sms_from", UNSET)

        sms_media_urls = cast(list[str], d.pop("sms_media_urls", UNSET))

        send_after = d.pop("send_after", UNSET)

        _delayed_option = d.pop("delayed_option", UNSET)
        delayed_option: NotificationDelayedOption | Unset
        if isinstance(_delayed_option, Unset):
            delayed_option = UNSET
        else:
            delayed_option = check_notification_delayed_option(_delayed_option)

        delivery_time_of_day = d.pop("delivery_time_of_day", UNSET)

        throttle_rate_per_minute = d.pop("throttle_rate_per_minute", UNSET)

        external_id = d.pop("external_id", UNSET)

        _idempotency_key = d.pop("idempotency_key", UNSET)
        idempotency_key: UUID | Unset
        if isinstance(_idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = UUID(_idempotency_key)

        notification = cls(
            app_id=app_id,
            included_segments=included_segments,
            excluded_segments=excluded_segments,
            include_aliases=include_aliases,
            target_channel=target_channel,
            include_subscription_ids=include_subscription_ids,
            email_to=email_to,
            include_phone_numbers=include_phone_numbers,
            filters=filters,
            include_player_ids=include_player_ids,
            include_external_user_ids=include_external_user_ids,
            is_ios=is_ios,
            is_android=is_android,
            is_huawei=is_huawei,
            is_any_web=is_any_web,
            is_chrome_web=is_chrome_web,
            is_firefox=is_firefox,
            is_safari=is_safari,
            is_wp_wns=is_wp_wns,
            is_adm=is_adm,
            contents=contents,
            headings=headings,
            subtitle=subtitle,
            name=name,
            template_id=template_id,
            data=data,
            custom_data=custom_data,
            url=url,
            web_url=web_url,
            app_url=app_url,
            target_content_identifier=target_content_identifier,
            ios_attachments=ios_attachments,
            big_picture=big_picture,
            huawei_big_picture=huawei_big_picture,
            adm_big_picture=adm_big_picture,
            chrome_web_image=chrome_web_image,
            large_icon=large_icon,
            huawei_large_icon=huawei_large_icon,
            adm_large_icon=adm_large_icon,
            small_icon=small_icon,
            huawei_small_icon=huawei_small_icon,
            adm_small_icon=adm_small_icon,
            chrome_web_icon=chrome_web_icon,
            firefox_icon=firefox_icon,
            chrome_web_badge=chrome_web_badge,
            buttons=buttons,
            web_buttons=web_buttons,
            ios_sound=ios_sound,
            ios_badge_type=ios_badge_type,
            ios_badge_count=ios_badge_count,
            ios_category=ios_category,
            ios_interruption_level=ios_interruption_level,
            ios_relevance_score=ios_relevance_score,
            thread_id=thread_id,
            summary_arg=summary_arg,
            summary_arg_count=summary_arg_count,
            content_available=content_available,
            mutable_content=mutable_content,
            apns_push_type_override=apns_push_type_override,
            android_channel_id=android_channel_id,
            existing_android_channel_id=existing_android_channel_id,
            huawei_channel_id=huawei_channel_id,
            huawei_existing_channel_id=huawei_existing_channel_id,
            huawei_category=huawei_category,
            huawei_msg_type=huawei_msg_type,
            huawei_bi_tag=huawei_bi_tag,
            android_accent_color=android_accent_color,
            huawei_accent_color=huawei_accent_color,
            android_led_color=android_led_color,
            android_visibility=android_visibility,
            android_group=android_group,
            android_group_message=android_group_message,
            priority=priority,
            collapse_id=collapse_id,
            web_push_topic=web_push_topic,
            ttl=ttl,
            enable_frequency_cap=enable_frequency_cap,
            email_subject=email_subject,
            email_body=email_body,
            email_from_name=email_from_name,
            email_from_address=email_from_address,
            email_reply_to_address=email_reply_to_address,
            email_preheader=email_preheader,
            include_unsubscribed=include_unsubscribed,
            disable_email_click_tracking=disable_email_click_tracking,
            sms_from=sms_from,
            sms_media_urls=sms_media_urls,
            send_after=send_after,
            delayed_option=delayed_option,
            delivery_time_of_day=delivery_time_of_day,
            throttle_rate_per_minute=throttle_rate_per_minute,
            external_id=external_id,
            idempotency_key=idempotency_key,
        )

        notification.additional_properties = d
        return notification

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
