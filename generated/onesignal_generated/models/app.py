from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """A OneSignal app and its per-platform settings. Settings that were never configured come back as null or are left
    out.

    """

    id: UUID | Unset = UNSET
    """ The app's id. """
    name: str | Unset = UNSET
    """ The app's name as shown in the dashboard. """
    players: int | Unset = UNSET
    """ Number of subscriptions the app has. """
    messageable_players: int | Unset = UNSET
    """ Number of subscriptions that can receive messages. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    organization_id: None | Unset | UUID = UNSET
    """ The organization the app belongs to. """
    basic_auth_key: None | str | Unset = UNSET
    """ The app's legacy REST API key, on older apps only. """
    site_name: None | str | Unset = UNSET
    """ The site name shown in web push prompts. """
    chrome_web_origin: None | str | Unset = UNSET
    """ The origin of the web push site, such as https://example.com. """
    chrome_web_default_notification_icon: None | str | Unset = UNSET
    """ URL of the default web push icon (a 256x256 PNG; at least 80x80). """
    chrome_web_sub_domain: None | str | Unset = UNSET
    """ The onesignal.com subdomain used by legacy web push on non-HTTPS sites. """
    chrome_web_gcm_sender_id: None | str | Unset = UNSET
    """ The sender id used by legacy Chrome web push. """
    chrome_web_key: None | str | Unset = UNSET
    """ The server key used for Chrome web push. """
    chrome_key: None | str | Unset = UNSET
    """ Google push key for Chrome Apps and Extensions (not web push). """
    safari_site_origin: None | str | Unset = UNSET
    """ The site origin for Safari push, with http:// or https://. """
    safari_apns_p12: None | str | Unset = UNSET
    """ Your own Safari push certificate (.p12), Base64-encoded; an empty string for none. """
    safari_apns_p12_password: None | str | Unset = UNSET
    """ Password of `safari_apns_p12`; an empty string for none. """
    safari_apns_certificate: None | str | Unset = UNSET
    """ The Safari push certificate on file. """
    safari_push_id: None | str | Unset = UNSET
    """ The website push id (certificate bundle id) used for Safari. """
    safari_icon_16_16: None | str | Unset = UNSET
    """ URL of the 16x16 Safari icon, derived from the 256x256 one. """
    safari_icon_32_32: None | str | Unset = UNSET
    """ URL of the 32x32 Safari icon. """
    safari_icon_64_64: None | str | Unset = UNSET
    """ URL of the 64x64 Safari icon. """
    safari_icon_128_128: None | str | Unset = UNSET
    """ URL of the 128x128 Safari icon. """
    safari_icon_256_256: None | str | Unset = UNSET
    """ URL of a 256x256 PNG Safari icon; the smaller sizes are made from it. """
    gcm_key: None | str | Unset = UNSET
    """ Legacy FCM server key for Android. """
    android_gcm_sender_id: None | str | Unset = UNSET
    """ The Firebase project number (sender id) for Android. """
    fcm_sender_id: None | str | Unset = UNSET
    """ The Firebase sender id OneSignal has on file. """
    fcm_v1_service_account_json: None | str | Unset = UNSET
    """ The Firebase service account JSON file, Base64-encoded (FCM HTTP v1). """
    apns_env: None | str | Unset = UNSET
    """ Which APNs environment iOS pushes go to, `sandbox` or `production`. """
    apns_p12: None | str | Unset = UNSET
    """ iOS push certificate (.p12), Base64-encoded. """
    apns_p12_password: None | str | Unset = UNSET
    """ Password of `apns_p12`. """
    apns_certificates: None | str | Unset = UNSET
    """ The iOS push certificate on file. """
    apns_p8: None | str | Unset = UNSET
    """ iOS token-auth key (.p8), Base64-encoded. """
    apns_key_id: None | str | Unset = UNSET
    """ Id of the .p8 key in the Apple developer account. """
    apns_team_id: None | str | Unset = UNSET
    """ The Apple developer team id. """
    apns_bundle_id: None | str | Unset = UNSET
    """ The iOS app's bundle id. """
    additional_data_is_root_payload: bool | None | Unset = UNSET
    """ When true, a notification's `data` is placed at the root of the push payload instead of under `custom`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        players = self.players

        messageable_players = self.messageable_players

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        elif isinstance(self.organization_id, UUID):
            organization_id = str(self.organization_id)
        else:
            organization_id = self.organization_id

        basic_auth_key: None | str | Unset
        if isinstance(self.basic_auth_key, Unset):
            basic_auth_key = UNSET
        else:
            basic_auth_key = self.basic_auth_key

        site_name: None | str | Unset
        if isinstance(self.site_name, Unset):
            site_name = UNSET
        else:
            site_name = self.site_name

        chrome_web_origin: None | str | Unset
        if isinstance(self.chrome_web_origin, Unset):
            chrome_web_origin = UNSET
        else:
            chrome_web_origin = self.chrome_web_origin

        chrome_web_default_notification_icon: None | str | Unset
        if isinstance(self.chrome_web_default_notification_icon, Unset):
            chrome_web_default_notification_icon = UNSET
        else:
            chrome_web_default_notification_icon = (
                self.chrome_web_default_notification_icon
            )

        chrome_web_sub_domain: None | str | Unset
        if isinstance(self.chrome_web_sub_domain, Unset):
            chrome_web_sub_domain = UNSET
        else:
            chrome_web_sub_domain = self.chrome_web_sub_domain

        chrome_web_gcm_sender_id: None | str | Unset
        if isinstance(self.chrome_web_gcm_sender_id, Unset):
            chrome_web_gcm_sender_id = UNSET
        else:
            chrome_web_gcm_sender_id = self.chrome_web_gcm_sender_id

        chrome_web_key: None | str | Unset
        if isinstance(self.chrome_web_key, Unset):
            chrome_web_key = UNSET
        else:
            chrome_web_key = self.chrome_web_key

        chrome_key: None | str | Unset
        if isinstance(self.chrome_key, Unset):
            chrome_key = UNSET
        else:
            chrome_key = self.chrome_key

        safari_site_origin: None | str | Unset
        if isinstance(self.safari_site_origin, Unset):
            safari_site_origin = UNSET
        else:
            safari_site_origin = self.safari_site_origin

        safari_apns_p12: None | str | Unset
        if isinstance(self.safari_apns_p12, Unset):
            safari_apns_p12 = UNSET
        else:
            safari_apns_p12 = self.safari_apns_p12

        safari_apns_p12_password: None | str | Unset
        if isinstance(self.safari_apns_p12_password, Unset):
            safari_apns_p12_password = UNSET
        else:
            safari_apns_p12_password = self.safari_apns_p12_password

        safari_apns_certificate: None | str | Unset
        if isinstance(self.safari_apns_certificate, Unset):
            safari_apns_certificate = UNSET
        else:
            safari_apns_certificate = self.safari_apns_certificate

        safari_push_id: None | str | Unset
        if isinstance(self.safari_push_id, Unset):
            safari_push_id = UNSET
        else:
            safari_push_id = self.safari_push_id

        safari_icon_16_16: None | str | Unset
        if isinstance(self.safari_icon_16_16, Unset):
            safari_icon_16_16 = UNSET
        else:
            safari_icon_16_16 = self.safari_icon_16_16

        safari_icon_32_32: None | str | Unset
        if isinstance(self.safari_icon_32_32, Unset):
            safari_icon_32_32 = UNSET
        else:
            safari_icon_32_32 = self.safari_icon_32_32

        safari_icon_64_64: None | str | Unset
        if isinstance(self.safari_icon_64_64, Unset):
            safari_icon_64_64 = UNSET
        else:
            safari_icon_64_64 = self.safari_icon_64_64

        safari_icon_128_128: None | str | Unset
        if isinstance(self.safari_icon_128_128, Unset):
            safari_icon_128_128 = UNSET
        else:
            safari_icon_128_128 = self.safari_icon_128_128

        safari_icon_256_256: None | str | Unset
        if isinstance(self.safari_icon_256_256, Unset):
            safari_icon_256_256 = UNSET
        else:
            safari_icon_256_256 = self.safari_icon_256_256

        gcm_key: None | str | Unset
        if isinstance(self.gcm_key, Unset):
            gcm_key = UNSET
        else:
            gcm_key = self.gcm_key

        android_gcm_sender_id: None | str | Unset
        if isinstance(self.android_gcm_sender_id, Unset):
            android_gcm_sender_id = UNSET
        else:
            android_gcm_sender_id = self.android_gcm_sender_id

        fcm_sender_id: None | str | Unset
        if isinstance(self.fcm_sender_id, Unset):
            fcm_sender_id = UNSET
        else:
            fcm_sender_id = self.fcm_sender_id

        fcm_v1_service_account_json: None | str | Unset
        if isinstance(self.fcm_v1_service_account_json, Unset):
            fcm_v1_service_account_json = UNSET
        else:
            fcm_v1_service_account_json = self.fcm_v1_service_account_json

        apns_env: None | str | Unset
        if isinstance(self.apns_env, Unset):
            apns_env = UNSET
        else:
            apns_env = self.apns_env

        apns_p12: None | str | Unset
        if isinstance(self.apns_p12, Unset):
            apns_p12 = UNSET
        else:
            apns_p12 = self.apns_p12

        apns_p12_password: None | str | Unset
        if isinstance(self.apns_p12_password, Unset):
            apns_p12_password = UNSET
        else:
            apns_p12_password = self.apns_p12_password

        apns_certificates: None | str | Unset
        if isinstance(self.apns_certificates, Unset):
            apns_certificates = UNSET
        else:
            apns_certificates = self.apns_certificates

        apns_p8: None | str | Unset
        if isinstance(self.apns_p8, Unset):
            apns_p8 = UNSET
        else:
            apns_p8 = self.apns_p8

        apns_key_id: None | str | Unset
        if isinstance(self.apns_key_id, Unset):
            apns_key_id = UNSET
        else:
            apns_key_id = self.apns_key_id

        apns_team_id: None | str | Unset
        if isinstance(self.apns_team_id, Unset):
            apns_team_id = UNSET
        else:
            apns_team_id = self.apns_team_id

        apns_bundle_id: None | str | Unset
        if isinstance(self.apns_bundle_id, Unset):
            apns_bundle_id = UNSET
        else:
            apns_bundle_id = self.apns_bundle_id

        additional_data_is_root_payload: bool | None | Unset
        if isinstance(self.additional_data_is_root_payload, Unset):
            additional_data_is_root_payload = UNSET
        else:
            additional_data_is_root_payload = self.additional_data_is_root_payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if players is not UNSET:
            field_dict["players"] = players
        if messageable_players is not UNSET:
            field_dict["messageable_players"] = messageable_players
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if basic_auth_key is not UNSET:
            field_dict["basic_auth_key"] = basic_auth_key
        if site_name is not UNSET:
            field_dict["site_name"] = site_name
        if chrome_web_origin is not UNSET:
            field_dict["chrome_web_origin"] = chrome_web_origin
        if chrome_web_default_notification_icon is not UNSET:
            field_dict["chrome_web_default_notification_icon"] = (
                chrome_web_default_notification_icon
            )
        if chrome_web_sub_domain is not UNSET:
            field_dict["chrome_web_sub_domain"] = chrome_web_sub_domain
        if chrome_web_gcm_sender_id is not UNSET:
            field_dict["chrome_web_gcm_sender_id"] = chrome_web_gcm_sender_id
        if chrome_web_key is not UNSET:
            field_dict["chrome_web_key"] = chrome_web_key
        if chrome_key is not UNSET:
            field_dict["chrome_key"] = chrome_key
        if safari_site_origin is not UNSET:
            field_dict["safari_site_origin"] = safari_site_origin
        if safari_apns_p12 is not UNSET:
            field_dict["safari_apns_p12"] = safari_apns_p12
        if safari_apns_p12_password is not UNSET:
            field_dict["safari_apns_p12_password"] = safari_apns_p12_password
        if safari_apns_certificate is not UNSET:
            field_dict["safari_apns_certificate"] = safari_apns_certificate
        if safari_push_id is not UNSET:
            field_dict["safari_push_id"] = safari_push_id
        if safari_icon_16_16 is not UNSET:
            field_dict["safari_icon_16_16"] = safari_icon_16_16
        if safari_icon_32_32 is not UNSET:
            field_dict["safari_icon_32_32"] = safari_icon_32_32
        if safari_icon_64_64 is not UNSET:
            field_dict["safari_icon_64_64"] = safari_icon_64_64
        if safari_icon_128_128 is not UNSET:
            field_dict["safari_icon_128_128"] = safari_icon_128_128
        if safari_icon_256_256 is not UNSET:
            field_dict["safari_icon_256_256"] = safari_icon_256_256
        if gcm_key is not UNSET:
            field_dict["gcm_key"] = gcm_key
        if android_gcm_sender_id is not UNSET:
            field_dict["android_gcm_sender_id"] = android_gcm_sender_id
        if fcm_sender_id is not UNSET:
            field_dict["fcm_sender_id"] = fcm_sender_id
        if fcm_v1_service_account_json is not UNSET:
            field_dict["fcm_v1_service_account_json"] = fcm_v1_service_account_json
        if apns_env is not UNSET:
            field_dict["apns_env"] = apns_env
        if apns_p12 is not UNSET:
            field_dict["apns_p12"] = apns_p12
        if apns_p12_password is not UNSET:
            field_dict["apns_p12_password"] = apns_p12_password
        if apns_certificates is not UNSET:
            field_dict["apns_certificates"] = apns_certificates
        if apns_p8 is not UNSET:
            field_dict["apns_p8"] = apns_p8
        if apns_key_id is not UNSET:
            field_dict["apns_key_id"] = apns_key_id
        if apns_team_id is not UNSET:
            field_dict["apns_team_id"] = apns_team_id
        if apns_bundle_id is not UNSET:
            field_dict["apns_bundle_id"] = apns_bundle_id
        if additional_data_is_root_payload is not UNSET:
            field_dict["additional_data_is_root_payload"] = (
                additional_data_is_root_payload
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        players = d.pop("players", UNSET)

        messageable_players = d.pop("messageable_players", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_organization_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_id_type_0 = UUID(data)

                return organization_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_basic_auth_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        basic_auth_key = _parse_basic_auth_key(d.pop("basic_auth_key", UNSET))

        def _parse_site_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_name = _parse_site_name(d.pop("site_name", UNSET))

        def _parse_chrome_web_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chrome_web_origin = _parse_chrome_web_origin(d.pop("chrome_web_origin", UNSET))

        def _parse_chrome_web_default_notification_icon(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chrome_web_default_notification_icon = (
            _parse_chrome_web_default_notification_icon(
                d.pop("chrome_web_default_notification_icon", UNSET)
            )
        )

        def _parse_chrome_web_sub_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chrome_web_sub_domain = _parse_chrome_web_sub_domain(
            d.pop("chrome_web_sub_domain", UNSET)
        )

        def _parse_chrome_web_gcm_sender_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chrome_web_gcm_sender_id = _parse_chrome_web_gcm_sender_id(
            d.pop("chrome_web_gcm_sender_id", UNSET)
        )

        def _parse_chrome_web_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chrome_web_key = _parse_chrome_web_key(d.pop("chrome_web_key", UNSET))

        def _parse_chrome_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chrome_key = _parse_chrome_key(d.pop("chrome_key", UNSET))

        def _parse_safari_site_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_site_origin = _parse_safari_site_origin(
            d.pop("safari_site_origin", UNSET)
        )

        def _parse_safari_apns_p12(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_apns_p12 = _parse_safari_apns_p12(d.pop("safari_apns_p12", UNSET))

        def _parse_safari_apns_p12_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_apns_p12_password = _parse_safari_apns_p12_password(
            d.pop("safari_apns_p12_password", UNSET)
        )

        def _parse_safari_apns_certificate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_apns_certificate = _parse_safari_apns_certificate(
            d.pop("safari_apns_certificate", UNSET)
        )

        def _parse_safari_push_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_push_id = _parse_safari_push_id(d.pop("safari_push_id", UNSET))

        def _parse_safari_icon_16_16(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_icon_16_16 = _parse_safari_icon_16_16(d.pop("safari_icon_16_16", UNSET))

        def _parse_safari_icon_32_32(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_icon_32_32 = _parse_safari_icon_32_32(d.pop("safari_icon_32_32", UNSET))

        def _parse_safari_icon_64_64(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_icon_64_64 = _parse_safari_icon_64_64(d.pop("safari_icon_64_64", UNSET))

        def _parse_safari_icon_128_128(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_icon_128_128 = _parse_safari_icon_128_128(
            d.pop("safari_icon_128_128", UNSET)
        )

        def _parse_safari_icon_256_256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safari_icon_256_256 = _parse_safari_icon_256_256(
            d.pop("safari_icon_256_256", UNSET)
        )

        def _parse_gcm_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gcm_key = _parse_gcm_key(d.pop("gcm_key", UNSET))

        def _parse_android_gcm_sender_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        android_gcm_sender_id = _parse_android_gcm_sender_id(
            d.pop("android_gcm_sender_id", UNSET)
        )

        def _parse_fcm_sender_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fcm_sender_id = _parse_fcm_sender_id(d.pop("fcm_sender_id", UNSET))

        def _parse_fcm_v1_service_account_json(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fcm_v1_service_account_json = _parse_fcm_v1_service_account_json(
            d.pop("fcm_v1_service_account_json", UNSET)
        )

        def _parse_apns_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_env = _parse_apns_env(d.pop("apns_env", UNSET))

        def _parse_apns_p12(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_p12 = _parse_apns_p12(d.pop("apns_p12", UNSET))

        def _parse_apns_p12_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_p12_password = _parse_apns_p12_password(d.pop("apns_p12_password", UNSET))

        def _parse_apns_certificates(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_certificates = _parse_apns_certificates(d.pop("apns_certificates", UNSET))

        def _parse_apns_p8(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_p8 = _parse_apns_p8(d.pop("apns_p8", UNSET))

        def _parse_apns_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_key_id = _parse_apns_key_id(d.pop("apns_key_id", UNSET))

        def _parse_apns_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_team_id = _parse_apns_team_id(d.pop("apns_team_id", UNSET))

        def _parse_apns_bundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apns_bundle_id = _parse_apns_bundle_id(d.pop("apns_bundle_id", UNSET))

        def _parse_additional_data_is_root_payload(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        additional_data_is_root_payload = _parse_additional_data_is_root_payload(
            d.pop("additional_data_is_root_payload", UNSET)
        )

        app = cls(
            id=id,
            name=name,
            players=players,
            messageable_players=messageable_players,
            created_at=created_at,
            updated_at=updated_at,
            organization_id=organization_id,
            basic_auth_key=basic_auth_key,
            site_name=site_name,
            chrome_web_origin=chrome_web_origin,
            chrome_web_default_notification_icon=chrome_web_default_notification_icon,
            chrome_web_sub_domain=chrome_web_sub_domain,
            chrome_web_gcm_sender_id=chrome_web_gcm_sender_id,
            chrome_web_key=chrome_web_key,
            chrome_key=chrome_key,
            safari_site_origin=safari_site_origin,
            safari_apns_p12=safari_apns_p12,
            safari_apns_p12_password=safari_apns_p12_password,
            safari_apns_certificate=safari_apns_certificate,
            safari_push_id=safari_push_id,
            safari_icon_16_16=safari_icon_16_16,
            safari_icon_32_32=safari_icon_32_32,
            safari_icon_64_64=safari_icon_64_64,
            safari_icon_128_128=safari_icon_128_128,
            safari_icon_256_256=safari_icon_256_256,
            gcm_key=gcm_key,
            android_gcm_sender_id=android_gcm_sender_id,
            fcm_sender_id=fcm_sender_id,
            fcm_v1_service_account_json=fcm_v1_service_account_json,
            apns_env=apns_env,
            apns_p12=apns_p12,
            apns_p12_password=apns_p12_password,
            apns_certificates=apns_certificates,
            apns_p8=apns_p8,
            apns_key_id=apns_key_id,
            apns_team_id=apns_team_id,
            apns_bundle_id=apns_bundle_id,
            additional_data_is_root_payload=additional_data_is_root_payload,
        )

        app.additional_properties = d
        return app

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
