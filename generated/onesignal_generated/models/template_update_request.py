from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    pass


class TemplateUpdateRequest(_m.Model):
    """The fields of a template to change; anything left out keeps its value, except `name`, which OneSignal's reference
    requires on every update. The same channel rules as at creation apply.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "name": "name",
        "contents": "contents",
        "headings": "headings",
        "subtitle": "subtitle",
        "url": "url",
        "global_image": "global_image",
        "isIos": "is_ios",
        "isAndroid": "is_android",
        "isHuawei": "is_huawei",
        "isChromeWeb": "is_chrome_web",
        "isFirefox": "is_firefox",
        "isSafari": "is_safari",
        "isEdge": "is_edge",
        "isEmail": "is_email",
        "email_subject": "email_subject",
        "email_body": "email_body",
        "email_preheader": "email_preheader",
        "email_bcc": "email_bcc",
        "email_from_name": "email_from_name",
        "email_from_address": "email_from_address",
        "email_reply_to_address": "email_reply_to_address",
        "disable_email_click_tracking": "disable_email_click_tracking",
        "isSMS": "is_sms",
        "sms_from": "sms_from",
        "sms_media_urls": "sms_media_urls",
        "dynamic_content": "dynamic_content",
    }

    name: str | None = _m.field("name", None)
    """ The template's new name. """
    contents: dict[str, str] | None = _m.field("contents", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    headings: dict[str, str] | None = _m.field("headings", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    subtitle: dict[str, str] | None = _m.field("subtitle", None)
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    url: str | None = _m.field("url", None)
    """ The page opened when a push from this template is tapped. """
    global_image: str | None = _m.field("global_image", None)
    """ URL of a large image shown with the push. """
    is_ios: bool | None = _m.field("isIos", None)
    """ Send pushes from this template to iOS. """
    is_android: bool | None = _m.field("isAndroid", None)
    """ Send pushes from this template to Android. """
    is_huawei: bool | None = _m.field("isHuawei", None)
    """ Send pushes from this template to Huawei devices. """
    is_chrome_web: bool | None = _m.field("isChromeWeb", None)
    """ Send pushes from this template to Chrome web push. """
    is_firefox: bool | None = _m.field("isFirefox", None)
    """ Send pushes from this template to Firefox web push. """
    is_safari: bool | None = _m.field("isSafari", None)
    """ Send pushes from this template to Safari web push. """
    is_edge: bool | None = _m.field("isEdge", None)
    """ Send pushes from this template to Edge web push. """
    is_email: bool | None = _m.field("isEmail", None)
    """ True for an email template. """
    email_subject: str | None = _m.field("email_subject", None)
    """ The email's subject line. """
    email_body: str | None = _m.field("email_body", None)
    """ The email's HTML body. """
    email_preheader: str | None = _m.field("email_preheader", None)
    """ The inbox preview text. """
    email_bcc: list[str] | None = _m.field("email_bcc", None)
    """ Up to 5 addresses that get a blind copy of every email sent from the template. """
    email_from_name: str | None = _m.field("email_from_name", None)
    """ The sender name shown to recipients. """
    email_from_address: str | None = _m.field("email_from_address", None)
    """ The sender address. """
    email_reply_to_address: str | None = _m.field("email_reply_to_address", None)
    """ The address replies go to. """
    disable_email_click_tracking: bool | None = _m.field(
        "disable_email_click_tracking", None
    )
    """ True to leave the email's links unwrapped by click tracking. """
    is_sms: bool | None = _m.field("isSMS", None)
    """ True for an SMS template. """
    sms_from: str | None = _m.field("sms_from", None)
    """ The sending phone number in E.164 format. """
    sms_media_urls: list[str] | None = _m.field("sms_media_urls", None)
    """ Media URLs to attach to the SMS. """
    dynamic_content: str | None = _m.field("dynamic_content", None)
    """ Personalization data as a JSON-encoded string. """

    def __init__(
        self,
        *,
        name: str,
        contents: dict[str, str] | None = None,
        headings: dict[str, str] | None = None,
        subtitle: dict[str, str] | None = None,
        url: str | None = None,
        global_image: str | None = None,
        is_ios: bool | None = None,
        is_android: bool | None = None,
        is_huawei: bool | None = None,
        is_chrome_web: bool | None = None,
        is_firefox: bool | None = None,
        is_safari: bool | None = None,
        is_edge: bool | None = None,
        is_email: bool | None = None,
        email_subject: str | None = None,
        email_body: str | None = None,
        email_preheader: str | None = None,
        email_bcc: list[str] | None = None,
        email_from_name: str | None = None,
        email_from_address: str | None = None,
        email_reply_to_address: str | None = None,
        disable_email_click_tracking: bool | None = None,
        is_sms: bool | None = None,
        sms_from: str | None = None,
        sms_media_urls: list[str] | None = None,
        dynamic_content: str | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "name": name,
                "contents": contents,
                "headings": headings,
                "subtitle": subtitle,
                "url": url,
                "global_image": global_image,
                "isIos": is_ios,
                "isAndroid": is_android,
                "isHuawei": is_huawei,
                "isChromeWeb": is_chrome_web,
                "isFirefox": is_firefox,
                "isSafari": is_safari,
                "isEdge": is_edge,
                "isEmail": is_email,
                "email_subject": email_subject,
                "email_body": email_body,
                "email_preheader": email_preheader,
                "email_bcc": email_bcc,
                "email_from_name": email_from_name,
                "email_from_address": email_from_address,
                "email_reply_to_address": email_reply_to_address,
                "disable_email_click_tracking": disable_email_click_tracking,
                "isSMS": is_sms,
                "sms_from": sms_from,
                "sms_media_urls": sms_media_urls,
                "dynamic_content": dynamic_content,
            },
        )
