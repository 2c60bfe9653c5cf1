from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_content_contents_type_0 import TemplateContentContentsType0
    from ..models.template_content_headings_type_0 import TemplateContentHeadingsType0
    from ..models.template_content_subtitle_type_0 import TemplateContentSubtitleType0


T = TypeVar("T", bound="TemplateContent")


@_attrs_define
class TemplateContent:
    """The stored message of a template: platform flags plus the fields of its channel. Fields that do not apply to the
    channel are usually null; fields not listed here are kept as extra properties.

    """

    is_ios: bool | None | Unset = UNSET
    is_android: bool | None | Unset = UNSET
    is_huawei: bool | None | Unset = UNSET
    is_mac_osx: bool | None | Unset = UNSET
    is_adm: bool | None | Unset = UNSET
    is_alexa: bool | None | Unset = UNSET
    is_wp: bool | None | Unset = UNSET
    is_wp_wns: bool | None | Unset = UNSET
    is_chrome: bool | None | Unset = UNSET
    is_chrome_web: bool | None | Unset = UNSET
    is_safari: bool | None | Unset = UNSET
    is_firefox: bool | None | Unset = UNSET
    is_edge: bool | None | Unset = UNSET
    headings: None | TemplateContentHeadingsType0 | Unset = UNSET
    """ Text per language code (same shape as LanguageStringMap), or null. """
    subtitle: None | TemplateContentSubtitleType0 | Unset = UNSET
    """ Text per language code (same shape as LanguageStringMap), or null. """
    contents: None | TemplateContentContentsType0 | Unset = UNSET
    """ Text per language code (same shape as LanguageStringMap), or null. """
    global_image: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    is_email: bool | None | Unset = UNSET
    email_subject: None | str | Unset = UNSET
    email_body: None | str | Unset = UNSET
    email_preheader: None | str | Unset = UNSET
    email_from_name: None | str | Unset = UNSET
    email_from_address: None | str | Unset = UNSET
    email_reply_to_address: None | str | Unset = UNSET
    disable_email_click_tracking: bool | None | Unset = UNSET
    is_sms: bool | None | Unset = UNSET
    sms_from: None | str | Unset = UNSET
    sms_media_urls: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.template_content_contents_type_0 import (
            TemplateContentContentsType0,  # noqa: PLC0415
        )
        from ..models.template_content_headings_type_0 import (
            TemplateContentHeadingsType0,  # noqa: PLC0415
        )
        from ..models.template_content_subtitle_type_0 import (
            TemplateContentSubtitleType0,  # noqa: PLC0415
        )

        is_ios: bool | None | Unset
        if isinstance(self.is_ios, Unset):
            is_ios = UNSET
        else:
            is_ios = self.is_ios

        is_android: bool | None | Unset
        if isinstance(self.is_android, Unset):
            is_android = UNSET
        else:
            is_android = self.is_android

        is_huawei: bool | None | Unset
        if isinstance(self.is_huawei, Unset):
            is_huawei = UNSET
        else:
            is_huawei = self.is_huawei

        is_mac_osx: bool | None | Unset
        if isinstance(self.is_mac_osx, Unset):
            is_mac_osx = UNSET
        else:
            is_mac_osx = self.is_mac_osx

        is_adm: bool | None | Unset
        if isinstance(self.is_adm, Unset):
            is_adm = UNSET
        else:
            is_adm = self.is_adm

        is_alexa: bool | None | Unset
        if isinstance(self.is_alexa, Unset):
            is_alexa = UNSET
        else:
            is_alexa = self.is_alexa

        is_wp: bool | None | Unset
        if isinstance(self.is_wp, Unset):
            is_wp = UNSET
        else:
            is_wp = self.is_wp

        is_wp_wns: bool | None | Unset
        if isinstance(self.is_wp_wns, Unset):
            is_wp_wns = UNSET
        else:
            is_wp_wns = self.is_wp_wns

        is_chrome: bool | None | Unset
        if isinstance(self.is_chrome, Unset):
            is_chrome = UNSET
        else:
            is_chrome = self.is_chrome

        is_chrome_web: bool | None | Unset
        if isinstance(self.is_chrome_web, Unset):
            is_chrome_web = UNSET
        else:
            is_chrome_web = self.is_chrome_web

        is_safari: bool | None | Unset
        if isinstance(self.is_safari, Unset):
            is_safari = UNSET
        else:
            is_safari = self.is_safari

        is_firefox: bool | None | Unset
        if isinstance(self.is_firefox, Unset):
            is_firefox = UNSET
        else:
            is_firefox = self.is_firefox

        is_edge: bool | None | Unset
        if isinstance(self.is_edge, Unset):
            is_edge = UNSET
        else:
            is_edge = self.is_edge

        headings: dict[str, Any] | None | Unset
        if isinstance(self.headings, Unset):
            headings = UNSET
        elif isinstance(self.headings, TemplateContentHeadingsType0):
            headings = self.headings.to_dict()
        else:
            headings = self.headings

        subtitle: dict[str, Any] | None | Unset
        if isinstance(self.subtitle, Unset):
            subtitle = UNSET
        elif isinstance(self.subtitle, TemplateContentSubtitleType0):
            subtitle = self.subtitle.to_dict()
        else:
            subtitle = self.subtitle

        contents: dict[str, Any] | None | Unset
        if isinstance(self.contents, Unset):
            contents = UNSET
        elif isinstance(self.contents, TemplateContentContentsType0):
            contents = self.contents.to_dict()
        else:
            contents = self.contents

        global_image: None | str | Unset
        if isinstance(self.global_image, Unset):
            global_image = UNSET
        else:
            global_image = self.global_image

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        is_email: bool | None | Unset
        if isinstance(self.is_email, Unset):
            is_email = UNSET
        else:
            is_email = self.is_email

        email_subject: None | str | Unset
        if isinstance(self.email_subject, Unset):
            email_subject = UNSET
        else:
            email_subject = self.email_subject

        email_body: None | str | Unset
        if isinstance(self.email_body, Unset):
            email_body = UNSET
        else:
            email_body = self.email_body

        email_preheader: None | str | Unset
        if isinstance(self.email_preheader, Unset):
            email_preheader = UNSET
        else:
            email_preheader = self.email_preheader

        email_from_name: None | str | Unset
        if isinstance(self.email_from_name, Unset):
            email_from_name = UNSET
        else:
            email_from_name = self.email_from_name

        email_from_address: None | str | Unset
        if isinstance(self.email_from_address, Unset):
            email_from_address = UNSET
        else:
            email_from_address = self.email_from_address

        email_reply_to_address: None | str | Unset
        if isinstance(self.email_reply_to_address, Unset):
            email_reply_to_address = UNSET
        else:
            email_reply_to_address = self.email_reply_to_address

        disable_email_click_tracking: bool | None | Unset
        if isinstance(self.disable_email_click_tracking, Unset):
            disable_email_click_tracking = UNSET
        else:
            disable_email_click_tracking = self.disable_email_click_tracking

        is_sms: bool | None | Unset
        if isinstance(self.is_sms, Unset):
            is_sms = UNSET
        else:
            is_sms = self.is_sms

        sms_from: None | str | Unset
        if isinstance(self.sms_from, Unset):
            sms_from = UNSET
        else:
            sms_from = self.sms_from

        sms_media_urls: list[str] | None | Unset
        if isinstance(self.sms_media_urls, Unset):
            sms_media_urls = UNSET
        elif isinstance(self.sms_media_urls, list):
            sms_media_urls = self.sms_media_urls

        else:
            sms_media_urls = self.sms_media_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_ios is not UNSET:
            field_dict["isIos"] = is_ios
        if is_android is not UNSET:
            field_dict["isAndroid"] = is_android
        if is_huawei is not UNSET:
            field_dict["isHuawei"] = is_huawei
        if is_mac_osx is not UNSET:
            field_dict["isMacOSX"] = is_mac_osx
        if is_adm is not UNSET:
            field_dict["isAdm"] = is_adm
        if is_alexa is not UNSET:
            field_dict["isAlexa"] = is_alexa
        if is_wp is not UNSET:
            field_dict["isWP"] = is_wp
        if is_wp_wns is not UNSET:
            field_dict["isWP_WNS"] = is_wp_wns
        if is_chrome is not UNSET:
            field_dict["isChrome"] = is_chrome
        if is_chrome_web is not UNSET:
            field_dict["isChromeWeb"] = is_chrome_web
        if is_safari is not UNSET:
            field_dict["isSafari"] = is_safari
        if is_firefox is not UNSET:
            field_dict["isFirefox"] = is_firefox
        if is_edge is not UNSET:
            field_dict["isEdge"] = is_edge
        if headings is not UNSET:
            field_dict["headings"] = headings
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if contents is not UNSET:
            field_dict["contents"] = contents
        if global_image is not UNSET:
            field_dict["global_image"] = global_image
        if url is not UNSET:
            field_dict["url"] = url
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_content_contents_type_0 import (
            TemplateContentContentsType0,  # noqa: PLC0415
        )
        from ..models.template_content_headings_type_0 import (
            TemplateContentHeadingsType0,  # noqa: PLC0415
        )
        from ..models.template_content_subtitle_type_0 import (
            TemplateContentSubtitleType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_is_ios(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_ios = _parse_is_ios(d.pop("isIos", UNSET))

        def _parse_is_android(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_android = _parse_is_android(d.pop("isAndroid", UNSET))

        def _parse_is_huawei(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_huawei = _parse_is_huawei(d.pop("isHuawei", UNSET))

        def _parse_is_mac_osx(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_mac_osx = _parse_is_mac_osx(d.pop("isMacOSX", UNSET))

        def _parse_is_adm(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_adm = _parse_is_adm(d.pop("isAdm", UNSET))

        def _parse_is_alexa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_alexa = _parse_is_alexa(d.pop("isAlexa", UNSET))

        def _parse_is_wp(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_wp = _parse_is_wp(d.pop("isWP", UNSET))

        def _parse_is_wp_wns(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_wp_wns = _parse_is_wp_wns(d.pop("isWP_WNS", UNSET))

        def _parse_is_chrome(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_chrome = _parse_is_chrome(d.pop("isChrome", UNSET))

        def _parse_is_chrome_web(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_chrome_web = _parse_is_chrome_web(d.pop("isChromeWeb", UNSET))

        def _parse_is_safari(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_safari = _parse_is_safari(d.pop("isSafari", UNSET))

        def _parse_is_firefox(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_firefox = _parse_is_firefox(d.pop("isFirefox", UNSET))

        def _parse_is_edge(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_edge = _parse_is_edge(d.pop("isEdge", UNSET))

        def _parse_headings(
            data: object,
        ) -> None | TemplateContentHeadingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headings_type_0 = TemplateContentHeadingsType0.from_dict(data)

                return headings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateContentHeadingsType0 | Unset, data)

        headings = _parse_headings(d.pop("headings", UNSET))

        def _parse_subtitle(
            data: object,
        ) -> None | TemplateContentSubtitleType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subtitle_type_0 = TemplateContentSubtitleType0.from_dict(data)

                return subtitle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateContentSubtitleType0 | Unset, data)

        subtitle = _parse_subtitle(d.pop("subtitle", UNSET))

        def _parse_contents(
            data: object,
        ) -> None | TemplateContentContentsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contents_type_0 = TemplateContentContentsType0.from_dict(data)

                return contents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TemplateContentContentsType0 | Unset, data)

        contents = _parse_contents(d.pop("contents", UNSET))

        def _parse_global_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        global_image = _parse_global_image(d.pop("global_image", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_is_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_email = _parse_is_email(d.pop("isEmail", UNSET))

        def _parse_email_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_subject = _parse_email_subject(d.pop("email_subject", UNSET))

        def _parse_email_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_body = _parse_email_body(d.pop("email_body", UNSET))

        def _parse_email_preheader(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_preheader = _parse_email_preheader(d.pop("email_preheader", UNSET))

        def _parse_email_from_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_from_name = _parse_email_from_name(d.pop("email_from_name", UNSET))

        def _parse_email_from_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_from_address = _parse_email_from_address(
            d.pop("email_from_address", UNSET)
        )

        def _parse_email_reply_to_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_reply_to_address = _parse_email_reply_to_address(
            d.pop("email_reply_to_address", UNSET)
        )

        def _parse_disable_email_click_tracking(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_email_click_tracking = _parse_disable_email_click_tracking(
            d.pop("disable_email_click_tracking", UNSET)
        )

        def _parse_is_sms(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_sms = _parse_is_sms(d.pop("isSMS", UNSET))

        def _parse_sms_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_from = _parse_sms_from(d.pop("sms_from", UNSET))

        def _parse_sms_media_urls(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sms_media_urls_type_0 = cast(list[str], data)

                return sms_media_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sms_media_urls = _parse_sms_media_urls(d.pop("sms_media_urls", UNSET))

        template_content = cls(
            is_ios=is_ios,
            is_android=is_android,
            is_huawei=is_huawei,
            is_mac_osx=is_mac_osx,
            is_adm=is_adm,
            is_alexa=is_alexa,
            is_wp=is_wp,
            is_wp_wns=is_wp_wns,
            is_chrome=is_chrome,
            is_chrome_web=is_chrome_web,
            is_safari=is_safari,
            is_firefox=is_firefox,
            is_edge=is_edge,
            headings=headings,
            subtitle=subtitle,
            contents=contents,
            global_image=global_image,
            url=url,
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
        )

        template_content.additional_properties = d
        return template_content

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
