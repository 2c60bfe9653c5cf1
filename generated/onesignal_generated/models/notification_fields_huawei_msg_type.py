from typing import Literal

NotificationFieldsHuaweiMsgType = Literal["data", "message"]

NOTIFICATION_FIELDS_HUAWEI_MSG_TYPE_VALUES: set[NotificationFieldsHuaweiMsgType] = {
    "data",
    "message",
}


def check_notification_fields_huawei_msg_type(
    value: str,
) -> NotificationFieldsHuaweiMsgType:
    if value in NOTIFICATION_FIELDS_HUAWEI_MSG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_FIELDS_HUAWEI_MSG_TYPE_VALUES!r}"
    )
