from typing import Literal

NotificationHuaweiMsgType = Literal["data", "message"]

NOTIFICATION_HUAWEI_MSG_TYPE_VALUES: set[NotificationHuaweiMsgType] = {
    "data",
    "message",
}


def check_notification_huawei_msg_type(value: str) -> NotificationHuaweiMsgType:
    if value in NOTIFICATION_HUAWEI_MSG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_HUAWEI_MSG_TYPE_VALUES!r}"
    )
