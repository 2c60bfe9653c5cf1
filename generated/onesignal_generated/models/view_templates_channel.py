from typing import Literal

ViewTemplatesChannel = Literal["email", "push", "sms"]

VIEW_TEMPLATES_CHANNEL_VALUES: set[ViewTemplatesChannel] = {
    "email",
    "push",
    "sms",
}


def check_view_templates_channel(value: str) -> ViewTemplatesChannel:
    if value in VIEW_TEMPLATES_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIEW_TEMPLATES_CHANNEL_VALUES!r}"
    )
