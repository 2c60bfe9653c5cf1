from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.language_string_map import LanguageStringMap


T = TypeVar("T", bound="TemplateCreateRequest")


@_attrs_define
class TemplateCreateRequest:
    """A new template. Which fields matter depends on the channel: `contents` for push and SMS, `isEmail` with
    `email_subject` and `email_body` for email, `isSMS` for SMS. Other message properties of the channel are accepted
    too.

    """

    app_id: UUID
    """ The app the template belongs to. """
    name: str
    """ The template's name in the dashboard. """
    contents: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    headings: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    subtitle: LanguageStringMap | Unset = UNSET
    """ Text per language, keyed by ISO 639-1 code (`en`, `es`, `zh-Hans`, `zh-Hant`, ...). English (`en`) is
    required by OneSignal whenever any language is given. """
    url: str | Unset = UNSET
    """ The page opened when a push from this template is tapped. """
    global_image: str | Unset = UNSET
    """ URL of a large image shown with the push on every platform that supports one. """
    is_ios: bool | Unset = UNSET
    """ Send pushes from this template to iOS. Setting any platform flag turns off those not set. """
    is_android: bool | Unset = UNSET
    """ Send pushes from this template to Android. """
    is_huawei: bool | Unset = UNSET
    """ Send pushes from this template to Huawei devices. """
    is_chrome_web: bool | Unset = UNSET
    """ Send pushes from this template to Chrome web push. """
    is_firefox: bool | Unset = UNSET
    """ Send pushes from this template to Firefox web push. """
    is_safari: bool | Unset = UNSET
    """ Send pushes from this template to Safari web push. """
    is_edge: bool | Unset = UNSET
    """ Send pushes from this template to Edge web push. """
    is_email: bool | Unset = UNSET
    """ True for an email template. """
    email_subject: str | Unset = UNSET
    """ The email's subject line; required for email templates. """
    email_body: str | Unset = UNSET
    """ The email's HTML body; required for email templates. """
    email_preheader: str | Unset = UNSET
    """ The preview text shown after the subject in most inboxes. """
    email_from_name: str | Unset = UNSET
    """ The sender name shown to recipients. """
    email_from_address: str | Unset = UNSET
    """ The sender address. """
    email_reply_to_address: str | Unset = UNSET
    """ The address replies go to. """
    disable_email_click_tracking: bool | Unset = UNSET
    """ True to leave the email's links unwrapped by click tracking. """
    is_sms: bool | Unset = UNSET
    """ True for an SMS template. """
    sms_from: str | Unset = UNSET
    """ The sending phone number in E.164 format. """
    sms_media_urls: list[str] | Unset = UNSET
    """ Media URLs to attach, turning the SMS into an MMS. """
    dynamic_content: str | Unset = UNSET
    """ Personalization data as a JSON-encoded string, keyed by campaign and variant, used in place of a CSV upload.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = str(self.app_id)

        name = self.name

        contents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contents, Unset):
            contents = self.contents.to_dict()

        headings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headings, Unset):
            headings = self.headings.to_dict()

        subtitle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subtitle, Unset):
            subtitle = self.subtitle.to_dict()

        url = self.url

        global_image = self.global_image

        is_ios = self.is_ios

        is_android = self.is_android

        is_huawei = self.is_huawei

        is_chrome_web = self.is_chrome_web

        is_firefox = self.is_firefox

        is_safari = self.is_safari

        is_edge = self.is_edge

        is_email = self.is_email

        email_subject = self.email_subject

        email_body = self.email_body

        email_preheader = self.email_preheader

        email_from_name = self.email_from_name

        email_from_address = self.email_from_address

        email_reply_to_address = self.email_reply_to_address

        disable_email_click_tracking = self.disable_email_click_tracking

        is_sms = self.is_sms

        sms_from = self.sms_from

        sms_media_urls: list[str] | Unset = UNSET
        if not isinstance(self.sms_media_urls, Unset):
            sms_media_urls = self.sms_media_urls

        dynamic_content = self.dynamic_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "name": name,
            }
        )
        if contents is not UNSET:
            field_dict["contents"] = contents
        if headings is not UNSET:
            field_dict["headings"] = headings
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if url is not UNSET:
            field_dict["url"] = url
        if global_image is not UNSET:
            field_dict["global_image"] = global_image
        if is_ios is not UNSET:
            field_dict["isIos"] = is_ios
        if is_android is not UNSET:
            field_dict["isAndroid"] = is_android
        if is_huawei is not UNSET:
            field_dict["isHuawei"] = is_huawei
        if is_chrome_web is not UNSET:
            field_dict["isChromeWeb"] = is_chrome_web
        if is_firefox is not UNSET:
            field_dict["isFirefox"] = is_firefox
        if is_safari is not UNSET:
            field_dict["isSafari"] = is_safari
        if is_edge is not UNSET:
            field_dict["isEdge"] = is_edge
        if is_email is not UNSET:
            field_dict["isEmail"] = is_email
        if email_subject is not UNSET:
            field_dict["email_subject"] = email_subject
        if email_body is not UNSET:
            field_dict["email_body"] = email_body
        if email_preheader is not UNSET:
            field_dict["email_preheader"] = email_preheader
        if email_from_name is not UNSET:
            field_dict["email_from_name"] = email_from_name
        if email_from_address is not UNSET:
            field_dict["email_from_address"] = email_from_address
        if email_reply_to_address is not UNSET:
            field_dict["email_reply_to_address"] = email_reply_to_address
        if disable_email_click_tracking is not UNSET:
            field_dict["disable_email_click_tracking"] = disable_email_click_tracking
        if is_sms is not UNSET:
            field_dict["isSMS"] = is_sms
        if sms_from is not UNSET:
            field_dict["sms_from"] = sms_from
        if sms_media_urls is not UNSET:
            field_dict["sms_media_urls"] = sms_media_urls
        if dynamic_content is not UNSET:
            field_dict["dynamic_content"] = dynamic_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.language_string_map import LanguageStringMap  # noqa: PLC0415

        d = dict(src_dict)
        app_id = UUID(d.pop("app_id"))

        name = d.pop("name")

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

        url = d.pop("url", UNSET)

        global_image = d.pop("global_image", UNSET)

        is_ios = d.pop("isIos", UNSET)

        is_android = d.pop("isAndroid", UNSET)

        is_huawei = d.pop("isHuawei", UNSET)

        is_chrome_web = d.pop("isChromeWeb", UNSET)

        is_firefox = d.pop("isFirefox", UNSET)

        is_safari = d.pop("isSafari", UNSET)

        is_edge = d.pop("isEdge", UNSET)

        is_email = d.pop("isEmail", UNSET)

        email_subject = d.pop("email_subject", UNSET)

        email_body = d.pop("email_body", UNSET)

        email_preheader = d.pop("email_preheader", UNSET)

        email_from_name = d.pop("email_from_name", UNSET)

        email_from_address = d.pop("email_from_address", UNSET)

        email_reply_to_address = d.pop("email_reply_to_address", UNSET)

        disable_email_click_tracking = d.pop("disable_email_click_tracking", UNSET)

        is_sms = d.pop("isSMS", UNSET)

        sms_from = d.pop("sms_from", UNSET)

        sms_media_urls = cast(list[str], d.pop("sms_media_urls", UNSET))

        dynamic_content = d.pop("dynamic_content", UNSET)

        template_create_request = cls(
            app_id=app_id,
            name=name,
            contents=contents,
            headings=headings,
            subtitle=subtitle,
            url=url,
            global_image=global_image,
            is_ios=is_ios,
            is_android=is_android,
            is_huawei=is_huawei,
            is_chrome_web=is_chrome_web,
            is_firefox=is_firefox,
            is_safari=is_safari,
            is_edge=is_edge,
            is_email=is_email,
            email_subject=email_subject,
            email_body=email_body,
            email_preheader=email_preheader,
            email_from_name=email_from_name,
            email_from_address=email_from_address,
            email_reply_to_address=email_reply_to_address,
            disable_email_click_tracking=disable_email_click_tracking,
            is_sms=is_sms,
            sms_from=sms_from,
            sms_media_urls=sms_media_urls,
            dynamic_content=dynamic_content,
        )

        template_create_request.additional_properties = d
        return template_create_request

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
