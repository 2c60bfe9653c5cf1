"""The one table of operations: every method, alias and key choice of the clients comes from it.

Adding an endpoint: describe it in openapi/onesignal.yaml, run `make generate`, add one row here.
Each row names the operation (= the spec's operationId and the generated module), its tag (the
generated package it lives in), the key it needs, and any names beyond the two derived ones
(`get_app` and its camelCase `getApp`; `AsyncOneSignal` adds `getAppAsync`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Key = Literal["rest", "organization"]
REST: Key = "rest"
ORG: Key = "organization"


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    tag: str
    key: Key
    aliases: tuple[str, ...] = ()
    """More names: the seed page's other spellings and the official SDK's where it differs."""
    lead: tuple[str, ...] = ()
    """Query or body fields taken positionally after the path ids (`get_outcomes(app, names)`)."""
    short_form: str | None = None
    """An operation to run instead when called with fewer positional arguments."""
    idempotency_key: bool = False
    """Its body carries OneSignal's `idempotency_key` (one per call, kept across retries),
    so a retry after a 5xx or a timeout cannot act twice."""
    body_defaults: tuple[tuple[str, Any], ...] = ()
    """Body fields filled in when the caller leaves them out."""

    @property
    def module(self) -> str:
        return f"onesignal_generated.api.{self.tag}.{self.name}"

    @property
    def camel_name(self) -> str:
        head, *rest = self.name.split("_")
        return head + "".join(word.title() for word in rest)


OPERATIONS: tuple[Operation, ...] = (
    # The seed page's operations, in its order.
    Operation("create_app", "apps", ORG),
    Operation("get_app", "apps", ORG),
    Operation("get_apps", "apps", ORG),
    Operation("update_app", "apps", ORG),
    Operation("create_segment", "segments", REST, ("createSegments",)),
    Operation("get_segments", "segments", REST),
    Operation("delete_segment", "segments", REST, ("deleteSegments",)),
    Operation("get_outcomes", "outcomes", REST, lead=("outcome_names",)),
    Operation("update_live_activity", "live_activities", REST),
    Operation("create_user", "users", REST),
    Operation("get_user", "users", REST, ("fetchUser",)),
    Operation("update_user", "users", REST),
    Operation("delete_user", "users", REST),
    Operation("fetch_user_identity", "aliases", REST, ("get_aliases",), short_form="fetch_aliases"),
    Operation("fetch_aliases", "aliases", REST, ("get_aliases_by_subscription",)),
    Operation("identify_user_by_alias", "aliases", REST, ("create_alias",)),
    Operation("get_eligible_iams", "users", REST),
    Operation("create_notification", "notifications", REST, idempotency_key=True),
    Operation("get_notifications", "notifications", REST),
    Operation("get_notification", "notifications", REST),
    Operation("cancel_notification", "notifications", REST),
    Operation(
        "get_notification_history", "notifications", REST, body_defaults=(("events", "sent"),)
    ),
    Operation("create_subscription", "subscriptions", REST),
    Operation("update_subscription", "subscriptions", REST),
    Operation("transfer_subscription", "subscriptions", REST),
    Operation("delete_subscription", "subscriptions", REST),
    # The rest of the current REST API.
    Operation("copy_template_to_app", "templates", ORG),
    Operation(
        "identify_user_by_subscription_id", "aliases", REST, ("create_alias_by_subscription",)
    ),
    Operation("create_api_key", "api_keys", ORG),
    Operation("create_custom_events", "custom_events", REST),
    Operation("create_journey", "journeys", REST),
    Operation("create_template", "templates", REST),
    Operation("delete_alias", "aliases", REST),
    Operation("delete_api_key", "api_keys", ORG),
    Operation("delete_journey", "journeys", REST),
    Operation("delete_template", "templates", REST),
    Operation("duplicate_journey", "journeys", REST),
    Operation("estimate_notification_recipients", "notifications", REST),
    Operation("export_events", "exports", REST),
    Operation("export_subscriptions", "exports", REST),
    Operation("get_email_provider_metrics", "email_analytics", REST),
    Operation("get_email_provider_metrics_timeseries", "email_analytics", REST),
    Operation("get_email_reputation", "email_analytics", REST),
    Operation("get_segment", "segments", REST),
    Operation("list_audit_logs", "audit_logs", ORG),
    Operation("rotate_api_key", "api_keys", ORG),
    Operation("start_live_activity", "live_activities", REST),
    Operation("unsubscribe_email_with_token", "notifications", REST),
    Operation("update_api_key", "api_keys", ORG),
    Operation("update_journey", "journeys", REST),
    Operation("update_journey_node", "journeys", REST),
    Operation("update_segment", "segments", REST),
    Operation("update_subscription_by_token", "subscriptions", REST),
    Operation("update_template", "templates", REST),
    Operation("view_api_keys", "api_keys", ORG),
    Operation("view_journey", "journeys", REST),
    Operation("view_journey_stats", "journeys", REST),
    Operation("view_journeys", "journeys", REST),
    Operation("view_template", "templates", REST),
    Operation("view_templates", "templates", REST),
    Operation("begin_live_activity", "live_activities", REST),
    Operation("end_live_activity", "live_activities", REST),
)

BY_NAME: dict[str, Operation] = {op.name: op for op in OPERATIONS}


def method_names(op: Operation, *, is_async: bool) -> tuple[str, ...]:
    """Every name `op` answers to on a client: snake_case, camelCase, aliases, `...Async`."""
    names = (op.name, op.camel_name, *op.aliases)
    if is_async:
        names += tuple(f"{name}Async" for name in names if not name.islower())
    return tuple(dict.fromkeys(names))
