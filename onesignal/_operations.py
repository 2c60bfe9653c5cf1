"""The one table of operations: every method, alias, key choice and helper comes from it.

`make generate` reads this table beside the spec and writes the clients' methods
(`onesignal_generated/methods.py`); the core reads it again at run time. Adding an endpoint:
describe it in openapi/onesignal.yaml, add one row here, run `make generate`.

A row names the operation (the spec's operationId), the key it needs, and what is not in the
spec: the seed page's and the official SDK's other names, the official SDK's argument order
and body keyword, and which helpers the operation drives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Key = Literal["rest", "organization", "none"]
REST: Key = "rest"
ORG: Key = "organization"
NONE: Key = "none"  # the operation is authorised otherwise (a token in the query)


@dataclass(frozen=True, slots=True)
class Pages:
    """The operation lists items page by page; `helper` walks every page."""

    helper: str
    items: str  # the answer's list field
    style: Literal["offset", "cursor"]
    max_page_size: int  # the spec's maximum `limit`
    first_only: tuple[str, ...] = ()  # query values sent with the first page only


@dataclass(frozen=True, slots=True)
class Export:
    """The operation starts a CSV export; `helper` starts it and streams the file's rows."""

    helper: str
    url_field: str  # the answer's field that holds the file's URL


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    key: Key
    aliases: tuple[str, ...] = ()
    """More names: the seed page's other spellings and the official SDK's where it differs."""
    body_keyword: str | None = None
    """The official SDK's keyword for the body (`create_user(app_id, user=...)`)."""
    lead: tuple[str, ...] = ()
    """Required query values taken positionally after the ids, as the official SDK takes them."""
    app_id_last: bool = False
    """The official SDK takes the resource id first, then the app id (a query parameter)."""
    short_form: str | None = None
    """An operation to run instead when the first of two ids is an app id (the seed page's
    `fetchUserIdentity(app_id, subscription_id)`)."""
    idempotency_key: bool = False
    """Its body carries OneSignal's `idempotency_key` (one per call, kept across retries),
    so a retry after a 5xx or a timeout cannot act twice."""
    body_defaults: tuple[tuple[str, Any], ...] = ()
    """Body fields filled in when the caller leaves them out."""
    pages: Pages | None = None
    export: Export | None = None

    @property
    def camel_name(self) -> str:
        head, *rest = self.name.split("_")
        return head + "".join(word.title() for word in rest)


OPERATIONS: tuple[Operation, ...] = (
    # The seed page's operations, in its order.
    Operation("create_app", ORG, body_keyword="app"),
    Operation("get_app", ORG),
    Operation("get_apps", ORG),
    Operation("update_app", ORG, body_keyword="app"),
    Operation("create_segment", REST, ("createSegments",), body_keyword="segment"),
    Operation("get_segments", REST, pages=Pages("iter_segments", "segments", "offset", 300)),
    Operation("delete_segment", REST, ("deleteSegments",)),
    Operation("get_outcomes", REST, lead=("outcome_names",)),
    Operation("update_live_activity", REST, body_keyword="update_live_activity_request"),
    Operation("create_user", REST, body_keyword="user"),
    Operation("get_user", REST, ("fetchUser",)),
    Operation("update_user", REST, body_keyword="update_user_request"),
    Operation("delete_user", REST),
    Operation("fetch_user_identity", REST, ("get_aliases",), short_form="fetch_aliases"),
    Operation("fetch_aliases", REST, ("get_aliases_by_subscription",)),
    Operation("identify_user_by_alias", REST, ("create_alias",), body_keyword="user_identity_body"),
    Operation("get_eligible_iams", REST),
    Operation("create_notification", REST, body_keyword="notification", idempotency_key=True),
    Operation(
        "get_notifications",
        REST,
        pages=Pages("iter_notifications", "notifications", "offset", 50),
    ),
    Operation("get_notification", REST),
    Operation("cancel_notification", REST),
    Operation(
        "get_notification_history",
        REST,
        body_keyword="get_notification_history_request_body",
        body_defaults=(("events", "sent"),),
        export=Export("iter_notification_history", "destination_url"),
    ),
    Operation("create_subscription", REST, body_keyword="subscription_body"),
    Operation("update_subscription", REST, body_keyword="subscription_body"),
    Operation("transfer_subscription", REST, body_keyword="transfer_subscription_request_body"),
    Operation("delete_subscription", REST),
    # The rest of the current REST API.
    Operation("copy_template_to_app", ORG, body_keyword="copy_template_request", app_id_last=True),
    Operation(
        "identify_user_by_subscription_id",
        REST,
        ("create_alias_by_subscription",),
        body_keyword="user_identity_body",
    ),
    Operation("create_api_key", ORG, body_keyword="create_api_key_request"),
    Operation("create_custom_events", REST, body_keyword="custom_events_request"),
    Operation("create_journey", REST, body_keyword="create_journey_request"),
    Operation("create_template", REST, body_keyword="create_template_request"),
    Operation("delete_alias", REST),
    Operation("delete_api_key", ORG),
    Operation("delete_journey", REST),
    Operation("delete_template", REST, app_id_last=True),
    Operation("duplicate_journey", REST, body_keyword="duplicate_journey_request"),
    Operation(
        "estimate_notification_recipients",
        REST,
        body_keyword="estimate_notification_recipients_request",
    ),
    Operation(
        "export_events",
        REST,
        app_id_last=True,
        export=Export("iter_events_export", "csv_file_url"),
    ),
    Operation(
        "export_subscriptions",
        REST,
        body_keyword="export_subscriptions_request_body",
        export=Export("iter_subscriptions_export", "csv_file_url"),
    ),
    Operation("get_email_provider_metrics", REST, lead=("domain", "start", "end")),
    Operation(
        "get_email_provider_metrics_timeseries",
        REST,
        lead=("domain", "start", "end", "granularity"),
    ),
    Operation("get_email_reputation", REST),
    Operation("get_segment", REST),
    Operation(
        "list_audit_logs",
        ORG,
        pages=Pages(
            # The cursor carries the time range: later pages go without it (the spec).
            "iter_audit_logs",
            "audit_logs",
            "cursor",
            100,
            first_only=("start_time", "end_time"),
        ),
    ),
    Operation("rotate_api_key", ORG),
    Operation("start_live_activity", REST, body_keyword="start_live_activity_request"),
    Operation("unsubscribe_email_with_token", NONE, lead=("token",)),
    Operation("update_api_key", ORG, body_keyword="update_api_key_request"),
    Operation("update_journey", REST, body_keyword="update_journey_request"),
    Operation("update_journey_node", REST, body_keyword="update_journey_node_request"),
    Operation("update_segment", REST, body_keyword="update_segment_request"),
    Operation("update_subscription_by_token", REST, body_keyword="subscription_body"),
    Operation("update_template", REST, body_keyword="update_template_request", app_id_last=True),
    Operation("view_api_keys", ORG),
    Operation("view_journey", REST),
    Operation("view_journey_stats", REST),
    Operation("view_journeys", REST, pages=Pages("iter_journeys", "journeys", "cursor", 50)),
    Operation("view_template", REST, app_id_last=True),
    Operation("view_templates", REST, pages=Pages("iter_templates", "templates", "offset", 50)),
    Operation("begin_live_activity", REST),
    Operation("end_live_activity", REST),
)

BY_NAME: dict[str, Operation] = {op.name: op for op in OPERATIONS}


def method_names(op: Operation, *, is_async: bool) -> tuple[str, ...]:
    """Every name `op` answers to on a client: snake_case, camelCase, aliases, `...Async`."""
    names = (op.name, op.camel_name, *op.aliases)
    if is_async:
        names += tuple(f"{name}Async" for name in names if not name.islower())
    return tuple(dict.fromkeys(names))


def slot_names(op: Operation, path: tuple[str, ...], app_id_place: str | None) -> tuple[str, ...]:
    """The positional parameters of `op`, before the body: the app id and the path ids in the
    documented order (the app id last where the official SDK puts it last), then `lead`."""
    ids = [name for name in path if name != "app_id"]
    if app_id_place is not None:
        ids.insert(len(ids) if op.app_id_last else 0, "app_id")
    return (*ids, *op.lead)
