from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class TemplateContent(_m.Model):
    """The stored message of a template: platform flags plus the fields of its channel. Fields that do not apply to the
    channel are usually null; fields not listed here are kept as extra properties.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "isIos": "is_ios",
        "isAndroid": "is_android",
        "isHuawei": "is_huawei",
        "isMacOSX": "is_mac_osx",
        "isAdm": "is_adm",
        "isAlexa": "is_alexa",
        "isWP": "is_wp",
        "isWP_WNS": "is_wp_wns",
        "isChrome": "is_chrome",
        "isChromeWeb": "is_chrome_web",
        "isSafari": "is_safari",
        "isFirefox": "is_firefox",
        "isEdge": "is_edge",
        "headings": "headings",
        "subtitle": "subtitle",
        "contents": "contents",
        "global_image": "global_image",
        "url": "url",
        "isEmail": "is_email",
        "email_subject": "email_subject",
        "email_body": "email_body",
        "email_preheader": "email_preheader",
        "email_from_name": "email_from_name",
        "email_from_address": "email_from_address",
        "email_reply_to_address": "email_reply_to_address",
        "disable_email_click_tracking": "disable_email_click_tracking",
        "isSMS": "is_sms",
        "sms_from": "sms_from",
        "sms_media_urls": "sms_media_urls",
    }

    is_ios: bool | None = _m.field("isIos", None)
    is_android: bool | None = _m.field("isAndroid", None)
    is_huawei: bool | None = _m.field("isHuawei", None)
    is_mac_osx: bool | None = _m.field("isMacOSX", None)
    is_adm: bool | None = _m.field("isAdm", None)
    is_alexa: bool | None = _m.field("isAlexa", None)
    is_wp: bool | None = _m.field("isWP", None)
    is_wp_wns: bool | None = _m.field("isWP_WNS", None)
    is_chrome: bool | None = _m.field("isChrome", None)
    is_chrome_web: bool | None = _m.field("isChromeWeb", None)
    is_safari: bool | None = _m.field("isSafari", None)
    is_firefox: bool | None = _m.field("isFirefox", None)
    is_edge: bool | None = _m.field("isEdge", None)
    headings: dict[str, str] | None = _m.field("headings", None)
    """ Text per language code (same shape as LanguageStringMap), or null. """
    subtitle: dict[str, str] | None = _m.field("subtitle", None)
    """ Text per language code (same shape as LanguageStringMap), or null. """
    contents: dict[str, str] | None = _m.field("contents", None)
    """ Text per language code (same shape as LanguageStringMap), or null. """
    global_image: str | None = _m.field("global_image", None)
    url: str | None = _m.field("url", None)
    is_email: bool | None = _m.field("isEmail", None)
    email_subject: str | None = _m.field("email_subject", None)
    email_body: str | None = _m.field("email_body", None)
    email_preheader: str | None = _m.field("email_preheader", None)
    email_from_name: str | None = _m.field("email_from_name", None)
    email_from_address: str | None = _m.field("email_from_address", None)
    email_reply_to_address: str | None = _m.field("email_reply_to_address", None)
    disable_email_click_tracking: bool | None = _m.field(
        "disable_email_click_tracking", None
    )
    is_sms: bool | None = _m.field("isSMS", None)
    sms_from: str | None = _m.field("sms_from", None)
    sms_media_urls: list[str] | None = _m.field("sms_media_urls", None)

    def __init__(
        self,
        *,
        is_ios: bool | None = None,
        is_android: bool | None = None,
        is_huawei: bool | None = None,
        is_mac_osx: bool | None = None,
        is_adm: bool | None = None,
        is_alexa: bool | None = None,
        is_wp: bool | None = None,
        is_wp_wns: bool | None = None,
        is_chrome: bool | None = None,
        is_chrome_web: bool | None = None,
        is_safari: bool | None = None,
        is_firefox: bool | None = None,
        is_edge: bool | None = None,
        headings: dict[str, str] | None = None,
        subtitle: dict[str, str] | None = None,
        contents: dict[str, str] | None = None,
        global_image: str | None = None,
        url: str | None = None,
        is_email: bool | None = None,
        email_subject: str | None = None,
        email_body: str | None = None,
        email_preheader: str | None = None,
        email_from_name: str | None = None,
        email_from_address: str | None = None,
        email_reply_to_address: str | None = None,
        disable_email_click_tracking: bool | None = None,
        is_sms: bool | None = None,
        sms_from: str | None = None,
        sms_media_urls: list[str] | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "isIos": is_ios,
                "isAndroid": is_android,
                "isHuawei": is_huawei,
                "isMacOSX": is_mac_osx,
                "isAdm": is_adm,
                "isAlexa": is_alexa,
                "isWP": is_wp,
                "isWP_WNS": is_wp_wns,
                "isChrome": is_chrome,
                "isChromeWeb": is_chrome_web,
                "isSafari": is_safari,
                "isFirefox": is_firefox,
                "isEdge": is_edge,
                "headings": headings,
                "subtitle": subtitle,
                "contents": contents,
                "global_image": global_image,
                "url": url,
                "isEmail": is_email,
                "email_subject": email_subject,
                "email_body": email_body,
                "email_preheader": email_preheader,
                "email_from_name": email_from_name,
                "email_from_address": email_from_address,
                "email_reply_to_address": email_reply_to_address,
                "disable_email_click_tracking": disable_email_click_tracking,
                "isSMS": is_sms,
                "sms_from": sms_from,
                "sms_media_urls": sms_media_urls,
            },
        )
