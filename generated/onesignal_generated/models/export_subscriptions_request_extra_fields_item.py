from typing import Literal

ExportSubscriptionsRequestExtraFieldsItem = Literal[
    "country",
    "external_user_id",
    "ip",
    "location",
    "notification_types",
    "onesignal_id",
    "rooted",
    "timezone_id",
    "unsubscribed_at",
    "web_auth",
    "web_p256",
]

EXPORT_SUBSCRIPTIONS_REQUEST_EXTRA_FIELDS_ITEM_VALUES: set[
    ExportSubscriptionsRequestExtraFieldsItem
] = {
    "country",
    "external_user_id",
    "ip",
    "location",
    "notification_types",
    "onesignal_id",
    "rooted",
    "timezone_id",
    "unsubscribed_at",
    "web_auth",
    "web_p256",
}


def check_export_subscriptions_request_extra_fields_item(
    value: str,
) -> ExportSubscriptionsRequestExtraFieldsItem:
    if value in EXPORT_SUBSCRIPTIONS_REQUEST_EXTRA_FIELDS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_SUBSCRIPTIONS_REQUEST_EXTRA_FIELDS_ITEM_VALUES!r}"
    )
