from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from onesignal import _model as _m

if TYPE_CHECKING:
    import datetime as _dt
    from uuid import UUID


class AppUpdateRequest(_m.Model):
    """Changes to an app; every field is optional. An app as returned by `get_app` is accepted too: `id`, `players`,
    `messageable_players`, `created_at`, `updated_at` and `basic_auth_key` are then ignored.

    """

    __slots__ = ()
    _by_wire: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "players": "players",
        "messageable_players": "messageable_players",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "basic_auth_key": "basic_auth_key",
        "organization_id": "organization_id",
        "site_name": "site_name",
        "chrome_web_origin": "chrome_web_origin",
        "chrome_web_default_notification_icon": "chrome_web_default_notification_icon",
        "chrome_web_sub_domain": "chrome_web_sub_domain",
        "chrome_web_gcm_sender_id": "chrome_web_gcm_sender_id",
        "chrome_web_key": "chrome_web_key",
        "chrome_key": "chrome_key",
        "safari_site_origin": "safari_site_origin",
        "safari_apns_p12": "safari_apns_p12",
        "safari_apns_p12_password": "safari_apns_p12_password",
        "safari_apns_certificate": "safari_apns_certificate",
        "safari_apns_certificates": "safari_apns_certificates",
        "safari_push_id": "safari_push_id",
        "safari_icon_16_16": "safari_icon_16_16",
        "safari_icon_32_32": "safari_icon_32_32",
        "safari_icon_64_64": "safari_icon_64_64",
        "safari_icon_128_128": "safari_icon_128_128",
        "safari_icon_256_256": "safari_icon_256_256",
        "gcm_key": "gcm_key",
        "android_gcm_sender_id": "android_gcm_sender_id",
        "fcm_sender_id": "fcm_sender_id",
        "fcm_v1_service_account_json": "fcm_v1_service_account_json",
        "apns_env": "apns_env",
        "apns_p12": "apns_p12",
        "apns_p12_password": "apns_p12_password",
        "apns_certificates": "apns_certificates",
        "apns_p8": "apns_p8",
        "apns_key_id": "apns_key_id",
        "apns_team_id": "apns_team_id",
        "apns_bundle_id": "apns_bundle_id",
        "additional_data_is_root_payload": "additional_data_is_root_payload",
    }

    id: str | None = _m.field("id", None)
    """ Ignored; the app is the one in the path. """
    name: str | None = _m.field("name", None)
    """ The app's new name. """
    players: int | None = _m.field("players", None)
    """ Ignored (computed by OneSignal). """
    messageable_players: int | None = _m.field("messageable_players", None)
    """ Ignored (computed by OneSignal). """
    created_at: _dt.datetime | None = _m.field("created_at", _m.DATETIME)
    """ Ignored. """
    updated_at: _dt.datetime | None = _m.field("updated_at", _m.DATETIME)
    """ Ignored. """
    basic_auth_key: str | None = _m.field("basic_auth_key", None)
    """ Ignored; keys are managed with the API key operations. """
    organization_id: str | None = _m.field("organization_id", None)
    """ The app's organization; it must match the organization API key. """
    site_name: str | None = _m.field("site_name", None)
    """ The site name shown in web push prompts. """
    chrome_web_origin: str | None = _m.field("chrome_web_origin", None)
    """ The origin of the web push site, such as https://example.com. """
    chrome_web_default_notification_icon: str | None = _m.field(
        "chrome_web_default_notification_icon", None
    )
    """ URL of the default web push icon (a 256x256 PNG; at least 80x80). """
    chrome_web_sub_domain: str | None = _m.field("chrome_web_sub_domain", None)
    """ An onesignal.com subdomain for legacy web push on non-HTTPS sites. """
    chrome_web_gcm_sender_id: str | None = _m.field("chrome_web_gcm_sender_id", None)
    """ The sender id for legacy Chrome web push. """
    chrome_web_key: str | None = _m.field("chrome_web_key", None)
    """ The server key used for Chrome web push. """
    chrome_key: str | None = _m.field("chrome_key", None)
    """ Google push key for Chrome Apps and Extensions (not web push). """
    safari_site_origin: str | None = _m.field("safari_site_origin", None)
    """ The site origin for Safari push; needs `safari_apns_p12` and its password sent too. """
    safari_apns_p12: str | None = _m.field("safari_apns_p12", None)
    """ Your own Safari push certificate (.p12), Base64-encoded; an empty string for none. """
    safari_apns_p12_password: str | None = _m.field("safari_apns_p12_password", None)
    """ Password of `safari_apns_p12`; an empty string for none. """
    safari_apns_certificate: str | None = _m.field("safari_apns_certificate", None)
    """ Ignored; read-only copy of the certificate on file. """
    safari_apns_certificates: str | None = _m.field("safari_apns_certificates", None)
    """ Ignored; read-only copy of the Safari certificates on file. """
    safari_push_id: str | None = _m.field("safari_push_id", None)
    """ Ignored; set by OneSignal. """
    safari_icon_16_16: str | None = _m.field("safari_icon_16_16", None)
    """ Ignored; derived from `safari_icon_256_256`. """
    safari_icon_32_32: str | None = _m.field("safari_icon_32_32", None)
    """ Ignored; derived from `safari_icon_256_256`. """
    safari_icon_64_64: str | None = _m.field("safari_icon_64_64", None)
    """ Ignored; derived from `safari_icon_256_256`. """
    safari_icon_128_128: str | None = _m.field("safari_icon_128_128", None)
    """ Ignored; derived from `safari_icon_256_256`. """
    safari_icon_256_256: str | None = _m.field("safari_icon_256_256", None)
    """ URL of a 256x256 PNG Safari icon. """
    gcm_key: str | None = _m.field("gcm_key", None)
    """ Legacy FCM server key for Android. """
    android_gcm_sender_id: str | None = _m.field("android_gcm_sender_id", None)
    """ The Firebase project number (sender id) for Android. """
    fcm_sender_id: str | None = _m.field("fcm_sender_id", None)
    """ Ignored; read-only copy of the sender id on file. """
    fcm_v1_service_account_json: str | None = _m.field(
        "fcm_v1_service_account_json", None
    )
    """ The Firebase service account JSON file, Base64-encoded (FCM HTTP v1). """
    apns_env: str | None = _m.field("apns_env", None)
    """ Which APNs environment iOS pushes go to, `sandbox` or `production`. """
    apns_p12: str | None = _m.field("apns_p12", None)
    """ iOS push certificate (.p12), Base64-encoded. """
    apns_p12_password: str | None = _m.field("apns_p12_password", None)
    """ Password of `apns_p12`; required with it. """
    apns_certificates: str | None = _m.field("apns_certificates", None)
    """ Ignored; read-only copy of the certificate on file. """
    apns_p8: str | None = _m.field("apns_p8", None)
    """ iOS token-auth key (.p8), Base64-encoded; send with the key id, team id and bundle id. """
    apns_key_id: str | None = _m.field("apns_key_id", None)
    """ Id of the .p8 key in the Apple developer account. """
    apns_team_id: str | None = _m.field("apns_team_id", None)
    """ The Apple developer team id. """
    apns_bundle_id: str | None = _m.field("apns_bundle_id", None)
    """ The iOS app's bundle id. """
    additional_data_is_root_payload: bool | None = _m.field(
        "additional_data_is_root_payload", None
    )
    """ When true, a notification's `data` is placed at the root of the push payload instead of under `custom`. """

    def __init__(
        self,
        *,
        id: str | UUID | None = None,
        name: str | None = None,
        players: int | None = None,
        messageable_players: int | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        basic_auth_key: str | None = None,
        organization_id: str | UUID | None = None,
        site_name: str | None = None,
        chrome_web_origin: str | None = None,
        chrome_web_default_notification_icon: str | None = None,
        chrome_web_sub_domain: str | None = None,
        chrome_web_gcm_sender_id: str | None = None,
        chrome_web_key: str | None = None,
        chrome_key: str | None = None,
        safari_site_origin: str | None = None,
        safari_apns_p12: str | None = None,
        safari_apns_p12_password: str | None = None,
        safari_apns_certificate: str | None = None,
        safari_apns_certificates: str | None = None,
        safari_push_id: str | None = None,
        safari_icon_16_16: str | None = None,
        safari_icon_32_32: str | None = None,
        safari_icon_64_64: str | None = None,
        safari_icon_128_128: str | None = None,
        safari_icon_256_256: str | None = None,
        gcm_key: str | None = None,
        android_gcm_sender_id: str | None = None,
        fcm_sender_id: str | None = None,
        fcm_v1_service_account_json: str | None = None,
        apns_env: str | None = None,
        apns_p12: str | None = None,
        apns_p12_password: str | None = None,
        apns_certificates: str | None = None,
        apns_p8: str | None = None,
        apns_key_id: str | None = None,
        apns_team_id: str | None = None,
        apns_bundle_id: str | None = None,
        additional_data_is_root_payload: bool | None = None,
    ) -> None:
        _m.init(
            self,
            {
                "id": id,
                "name": name,
                "players": players,
                "messageable_players": messageable_players,
                "created_at": created_at,
                "updated_at": updated_at,
                "basic_auth_key": basic_auth_key,
                "organization_id": organization_id,
                "site_name": site_name,
                "chrome_web_origin": chrome_web_origin,
                "chrome_web_default_notification_icon": chrome_web_default_notification_icon,
                "chrome_web_sub_domain": chrome_web_sub_domain,
                "chrome_web_gcm_sender_id": chrome_web_gcm_sender_id,
                "chrome_web_key": chrome_web_key,
                "chrome_key": chrome_key,
                "safari_site_origin": safari_site_origin,
                "safari_apns_p12": safari_apns_p12,
                "safari_apns_p12_password": safari_apns_p12_password,
                "safari_apns_certificate": safari_apns_certificate,
                "safari_apns_certificates": safari_apns_certificates,
                "safari_push_id": safari_push_id,
                "safari_icon_16_16": safari_icon_16_16,
                "safari_icon_32_32": safari_icon_32_32,
                "safari_icon_64_64": safari_icon_64_64,
                "safari_icon_128_128": safari_icon_128_128,
                "safari_icon_256_256": safari_icon_256_256,
                "gcm_key": gcm_key,
                "android_gcm_sender_id": android_gcm_sender_id,
                "fcm_sender_id": fcm_sender_id,
                "fcm_v1_service_account_json": fcm_v1_service_account_json,
                "apns_env": apns_env,
                "apns_p12": apns_p12,
                "apns_p12_password": apns_p12_password,
                "apns_certificates": apns_certificates,
                "apns_p8": apns_p8,
                "apns_key_id": apns_key_id,
                "apns_team_id": apns_team_id,
                "apns_bundle_id": apns_bundle_id,
                "additional_data_is_root_payload": additional_data_is_root_payload,
            },
        )
