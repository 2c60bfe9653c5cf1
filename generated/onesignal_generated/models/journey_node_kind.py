from typing import Literal

JourneyNodeKind = Literal[
    "send_email",
    "send_iam",
    "send_push",
    "send_sms",
    "send_webhook",
    "split_range",
    "tag",
    "time_window",
    "wait",
    "wait_until",
    "yes_no",
]

JOURNEY_NODE_KIND_VALUES: set[JourneyNodeKind] = {
    "send_email",
    "send_iam",
    "send_push",
    "send_sms",
    "send_webhook",
    "split_range",
    "tag",
    "time_window",
    "wait",
    "wait_until",
    "yes_no",
}


def check_journey_node_kind(value: str) -> JourneyNodeKind:
    if value in JOURNEY_NODE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOURNEY_NODE_KIND_VALUES!r}"
    )
