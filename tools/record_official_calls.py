"""Record what OneSignal's official Python SDK puts on the wire, for tests/test_official_calls.py.

NOT part of CI, and NOT runnable in the project venv: the official SDK also imports as
`onesignal`. Run it in a throwaway venv:

    python3.11 -m venv /tmp/official-venv
    /tmp/official-venv/bin/pip install onesignal-python-api==5.18.0
    /tmp/official-venv/bin/python tools/record_official_calls.py [tests/data/official_calls.json]

For every DefaultApi operation it makes the call the way the official docs (DefaultApi.md) write
it: required parameters positional in the documented order, optional ones as keywords (a second
case, `<operation>__optional`, when the operation has any), request bodies built as the official
model objects. A small HTTP server on 127.0.0.1 records what reached it: method, path, query,
JSON body and which of the two fake keys was in the Authorization header.

Recorded argument values are JSON. A model object is recorded as the JSON it serialises to
(exactly what went out as the body) and `body_arg` names the position (int) or keyword (str)
that held it; a datetime is recorded as `{"$datetime": "<isoformat>"}`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from onesignal.api.default_api import DefaultApi
from onesignal.model_utils import OpenApiModel
from onesignal.models import (
    App,
    CopyTemplateRequest,
    CreateApiKeyRequest,
    CreateJourneyRequest,
    CreateTemplateRequest,
    CustomEvent,
    CustomEventsRequest,
    DuplicateJourneyOverrides,
    DuplicateJourneyRequest,
    EstimateNotificationRecipientsRequest,
    ExportSubscriptionsRequestBody,
    Filter,
    GetNotificationHistoryRequestBody,
    IdentityObject,
    IncludeAliases,
    JourneyAudience,
    JourneyNode,
    JourneySchedule,
    LanguageStringMap,
    Notification,
    Operator,
    PropertiesDeltas,
    PropertiesObject,
    Purchase,
    Segment,
    StartLiveActivityRequest,
    Subscription,
    SubscriptionBody,
    TransferSubscriptionRequestBody,
    UpdateApiKeyRequest,
    UpdateJourneyNodeRequest,
    UpdateJourneyRequest,
    UpdateLiveActivityRequest,
    UpdateSegmentRequest,
    UpdateTemplateRequest,
    UpdateUserRequest,
    User,
    UserIdentityBody,
)

import onesignal  # the official SDK (onesignal-python-api), never the project's package

REST = "rest-key-official-3b9d"
ORG = "org-key-official-7e21"
VERSION = "5.18.0"

APP = "8250eaf6-1a58-489e-b136-7c74a864b434"
TARGET_APP = "5eb5a37e-b458-11e3-ac11-000c2940e62c"
NOTIFICATION = "b98881cc-1e94-4366-bbd9-db8f3429292b"
SUBSCRIPTION = "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
SEGMENT = "a7c1f0e2-3b4d-4c5e-8f90-1a2b3c4d5e6f"
TEMPLATE = "be4a8044-bbd6-11e4-a581-000c2940e62c"
JOURNEY = "6c2d9e1a-7b3f-4a8e-9d0c-5f4e3b2a1c0d"
NODE = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"
TOKEN_ID = "e0a1b2c3-d4e5-4f60-8a7b-9c0d1e2f3a4b"
ORGANIZATION = "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f"
ACTIVITY = "order-7723-delivery"
EXTERNAL_ID = "user-8f3a2c"
ONESIGNAL_ID = "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d"
EMAIL = "jane.doe@example.com"
START = dt.datetime(2024, 5, 1, 0, 0, tzinfo=dt.timezone.utc)
END = dt.datetime(2024, 5, 31, 23, 59, 59, tzinfo=dt.timezone.utc)
GENERATED = "<generated-uuid4>"  # stands in for an idempotency key the SDK made up itself


# ------------------------------------------------------------------ the recording server


@dataclass
class Seen:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Recorder:
    seen: list[Seen] = field(default_factory=list)

    def serve(self) -> ThreadingHTTPServer:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                recorder.seen.append(Seen(self.command, self.path, dict(self.headers), body))
                payload = b"{}"
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


# ------------------------------------------------------------------ the documented calls


@dataclass
class Case:
    name: str
    operation: str
    args: list[Any]
    kwargs: dict[str, Any] = field(default_factory=dict)
    method: str | None = None  # the DefaultApi attribute called, when not `operation`


def en(text: str) -> LanguageStringMap:
    return LanguageStringMap(en=text)


def segment_filters() -> list[Any]:
    # FilterExpression(...) itself refuses these (both of its oneOf schemas match); the
    # official models accept the concrete Filter / Operator objects in its place.
    return [
        Filter(field="tag", key="level", relation=">", value="10"),
        Operator(operator="OR"),
        Filter(field="session_count", relation=">", value="5"),
    ]


def notification(**extra: Any) -> Notification:
    return Notification(
        app_id=APP,
        included_segments=["Subscribed Users"],
        contents=en("Your order has shipped"),
        headings=en("Order update"),
        data={"order_id": "7723"},
        url="https://example.com/orders/7723",
        **extra,
    )


def subscription_body() -> SubscriptionBody:
    return SubscriptionBody(
        subscription=Subscription(type="Email", token=EMAIL, enabled=True, notification_types=1)
    )


def app_model() -> App:
    return App(
        name="Acme Shop",
        site_name="Acme Shop",
        chrome_web_origin="https://shop.example.com",
        safari_site_origin="https://shop.example.com",
        apns_env="production",
        organization_id=ORGANIZATION,
        additional_data_is_root_payload=True,
    )


def journey_nodes() -> list[JourneyNode]:
    return [
        JourneyNode(kind="send_push", client_node_id="welcome", template_id=TEMPLATE),
        JourneyNode(kind="wait", client_node_id="pause", duration_seconds=86400),
    ]


def cases() -> list[Case]:
    live_attributes = {"order_id": "7723", "courier": "Sam"}
    return [
        Case("cancel_notification", "cancel_notification", [APP, NOTIFICATION]),
        Case(
            "copy_template_to_app",
            "copy_template_to_app",
            [TEMPLATE, APP, CopyTemplateRequest(target_app_id=TARGET_APP)],
        ),
        Case(
            "create_alias",
            "create_alias",
            [
                APP,
                "external_id",
                EXTERNAL_ID,
                UserIdentityBody(identity=IdentityObject(email_id=EMAIL, crm_id="crm-4471")),
            ],
        ),
        Case(
            "create_alias_by_subscription",
            "create_alias_by_subscription",
            [APP, SUBSCRIPTION, UserIdentityBody(identity=IdentityObject(external_id=EXTERNAL_ID))],
        ),
        Case(
            "create_api_key",
            "create_api_key",
            [
                APP,
                CreateApiKeyRequest(
                    name="CI deploy key",
                    ip_allowlist_mode="explicit",
                    ip_allowlist=["203.0.113.7", "198.51.100.0/24"],
                ),
            ],
        ),
        Case("create_app", "create_app", [app_model()]),
        Case(
            "create_custom_events",
            "create_custom_events",
            [
                APP,
                CustomEventsRequest(
                    events=[
                        CustomEvent(
                            name="checkout_completed",
                            external_id=EXTERNAL_ID,
                            timestamp=dt.datetime(2024, 5, 2, 12, 30, tzinfo=dt.timezone.utc),
                            payload={"total": 49.9, "currency": "EUR", "items": 3},
                        )
                    ]
                ),
            ],
        ),
        Case(
            "create_journey",
            "create_journey",
            [
                APP,
                CreateJourneyRequest(
                    name="Welcome series",
                    description="Greets new subscribers",
                    audience=JourneyAudience(kind="segment", included_segment_ids=[SEGMENT]),
                    schedule=JourneySchedule(start_at="2024-06-01T09:00:00Z"),
                    nodes=journey_nodes(),
                ),
            ],
        ),
        Case("create_notification", "create_notification", [notification()]),
        Case("create_segment", "create_segment", [APP]),
        Case(
            "create_segment__optional",
            "create_segment",
            [APP],
            {"segment": Segment(name="Active high-level users", filters=segment_filters())},
        ),
        Case(
            "create_subscription",
            "create_subscription",
            [APP, "external_id", EXTERNAL_ID, subscription_body()],
        ),
        Case(
            "create_template",
            "create_template",
            [
                CreateTemplateRequest(
                    app_id=APP,
                    name="Shipping update",
                    contents=en("Your order {{ order_id }} has shipped"),
                    headings=en("Order update"),
                )
            ],
        ),
        Case(
            "create_user",
            "create_user",
            [
                APP,
                User(
                    properties=PropertiesObject(
                        tags={"level": "12", "plan": "gold"}, language="en", country="DE"
                    ),
                    identity=IdentityObject(external_id=EXTERNAL_ID),
                    subscriptions=[Subscription(type="Email", token=EMAIL)],
                ),
            ],
        ),
        Case("delete_alias", "delete_alias", [APP, "external_id", EXTERNAL_ID, "crm_id"]),
        Case("delete_api_key", "delete_api_key", [APP, TOKEN_ID]),
        Case("delete_journey", "delete_journey", [APP, JOURNEY]),
        Case("delete_segment", "delete_segment", [APP, SEGMENT]),
        Case("delete_subscription", "delete_subscription", [APP, SUBSCRIPTION]),
        Case("delete_template", "delete_template", [TEMPLATE, APP]),
        Case("delete_user", "delete_user", [APP, "external_id", EXTERNAL_ID]),
        Case("duplicate_journey", "duplicate_journey", [APP, JOURNEY]),
        Case(
            "duplicate_journey__optional",
            "duplicate_journey",
            [APP, JOURNEY],
            {
                "duplicate_journey_request": DuplicateJourneyRequest(
                    overrides=DuplicateJourneyOverrides(
                        name="Welcome series (copy)", description="A/B variant"
                    )
                )
            },
        ),
        Case(
            "estimate_notification_recipients",
            "estimate_notification_recipients",
            [
                EstimateNotificationRecipientsRequest(
                    app_id=APP,
                    included_segments=["Subscribed Users"],
                    excluded_segments=["Inactive Users"],
                    target_channel="push",
                )
            ],
        ),
        Case("export_events", "export_events", [NOTIFICATION, APP]),
        Case("export_subscriptions", "export_subscriptions", [APP]),
        Case(
            "export_subscriptions__optional",
            "export_subscriptions",
            [APP],
            {
                "export_subscriptions_request_body": ExportSubscriptionsRequestBody(
                    extra_fields=["location", "rooted", "country"],
                    last_active_since="1469392779",
                    segment_name="Active Users",
                )
            },
        ),
        Case("get_aliases", "get_aliases", [APP, "external_id", EXTERNAL_ID]),
        Case("get_aliases_by_subscription", "get_aliases_by_subscription", [APP, SUBSCRIPTION]),
        Case("get_app", "get_app", [APP]),
        Case("get_apps", "get_apps", []),
        Case(
            "get_email_provider_metrics",
            "get_email_provider_metrics",
            [APP, "example.com", START, END],
        ),
        Case(
            "get_email_provider_metrics_timeseries",
            "get_email_provider_metrics_timeseries",
            [APP, "example.com", START, END, "daily"],
        ),
        Case(
            "get_email_provider_metrics_timeseries__optional",
            "get_email_provider_metrics_timeseries",
            [APP, "example.com", START, END, "daily"],
            {"providers": ["gmail", "yahoo"]},
        ),
        Case("get_email_reputation", "get_email_reputation", [APP]),
        Case("get_notification", "get_notification", [APP, NOTIFICATION]),
        Case(
            "get_notification_history",
            "get_notification_history",
            [
                NOTIFICATION,
                GetNotificationHistoryRequestBody(events="clicked", email=EMAIL, app_id=APP),
            ],
        ),
        Case("get_notifications", "get_notifications", [APP]),
        Case(
            "get_notifications__optional",
            "get_notifications",
            [APP],
            {"limit": 50, "offset": 100, "kind": 1, "time_offset": "2024-05-01T00:00:00Z"},
        ),
        Case("get_outcomes", "get_outcomes", [APP, "os__click.count,os__session_duration.sum"]),
        Case(
            "get_outcomes__optional",
            "get_outcomes",
            [APP, "os__click.count"],
            {
                "outcome_names2": "Sales, Purchase.count",
                "outcome_time_range": "1mo",
                "outcome_platforms": "0,1",
                "outcome_attribution": "direct",
            },
        ),
        Case("get_segment", "get_segment", [APP, SEGMENT]),
        Case(
            "get_segment__optional",
            "get_segment",
            [APP, SEGMENT],
            {"include_segment_detail": True},
        ),
        Case("get_segments", "get_segments", [APP]),
        Case("get_segments__optional", "get_segments", [APP], {"offset": 0, "limit": 300}),
        Case("get_user", "get_user", [APP, "onesignal_id", ONESIGNAL_ID]),
        Case("list_audit_logs", "list_audit_logs", [ORGANIZATION]),
        Case(
            "list_audit_logs__optional",
            "list_audit_logs",
            [ORGANIZATION],
            {
                "start_time": "2024-05-01T00:00:00Z",
                "end_time": "2024-05-31T23:59:59Z",
                "cursor": "eyJpZCI6MTIzfQ",
                "limit": 100,
                "app_ids": [APP, TARGET_APP],
                "actions": ["app.updated", "api_key.created"],
                "actor_ids": ["9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"],
                "actor_emails": ["admin@example.com"],
                "target_types": ["app"],
                "target_ids": [APP],
                "ip_addresses": ["203.0.113.7"],
            },
        ),
        Case("rotate_api_key", "rotate_api_key", [APP, TOKEN_ID]),
        Case(
            "start_live_activity",
            "start_live_activity",
            [
                APP,
                "DeliveryActivity",
                StartLiveActivityRequest(
                    name="Order 7723",
                    event="start",
                    activity_id=ACTIVITY,
                    event_attributes=live_attributes,
                    event_updates={"status": "preparing", "eta_minutes": 25},
                    contents=en("We are preparing your order"),
                    headings=en("Order 7723"),
                    include_aliases=IncludeAliases(external_id=[EXTERNAL_ID]),
                ),
            ],
        ),
        Case(
            "transfer_subscription",
            "transfer_subscription",
            [
                APP,
                SUBSCRIPTION,
                TransferSubscriptionRequestBody(identity={"external_id": EXTERNAL_ID}),
            ],
        ),
        Case(
            "unsubscribe_email_with_token",
            "unsubscribe_email_with_token",
            [APP, NOTIFICATION, "4c0bf1a3d2e5f6a7b8c9"],
        ),
        Case(
            "update_api_key",
            "update_api_key",
            [
                APP,
                TOKEN_ID,
                UpdateApiKeyRequest(name="CI deploy key (rotated)", ip_allowlist_mode="disabled"),
            ],
        ),
        Case("update_app", "update_app", [APP, app_model()]),
        Case(
            "update_journey",
            "update_journey",
            [
                APP,
                JOURNEY,
                UpdateJourneyRequest(
                    name="Welcome series v2", description="Shorter wait", state="active"
                ),
            ],
        ),
        Case(
            "update_journey_node",
            "update_journey_node",
            [
                APP,
                JOURNEY,
                NODE,
                UpdateJourneyNodeRequest(annotation="Wait one hour", duration_seconds=3600),
            ],
        ),
        Case(
            "update_live_activity",
            "update_live_activity",
            [
                APP,
                ACTIVITY,
                UpdateLiveActivityRequest(
                    name="Order 7723",
                    event="update",
                    event_updates={"status": "on_the_way", "eta_minutes": 10},
                    contents=en("Your courier is on the way"),
                    headings=en("Order 7723"),
                    priority=10,
                ),
            ],
        ),
        Case("update_segment", "update_segment", [APP, SEGMENT]),
        Case(
            "update_segment__optional",
            "update_segment",
            [APP, SEGMENT],
            {
                "update_segment_request": UpdateSegmentRequest(
                    name="Active high-level users",
                    description="Level above 10 or more than 5 sessions",
                    filters=segment_filters(),
                )
            },
        ),
        Case(
            "update_subscription",
            "update_subscription",
            [APP, SUBSCRIPTION, subscription_body()],
        ),
        Case(
            "update_subscription_by_token",
            "update_subscription_by_token",
            [APP, "Email", EMAIL, subscription_body()],
        ),
        Case(
            "update_template",
            "update_template",
            [
                TEMPLATE,
                APP,
                UpdateTemplateRequest(
                    name="Shipping update v2", contents=en("Order {{ order_id }} is on its way")
                ),
            ],
        ),
        Case(
            "update_user",
            "update_user",
            [
                APP,
                "external_id",
                EXTERNAL_ID,
                UpdateUserRequest(
                    properties=PropertiesObject(tags={"plan": "platinum"}, language="de"),
                    refresh_device_metadata=False,
                    deltas=PropertiesDeltas(
                        session_count=1,
                        purchases=[Purchase(sku="SKU-123", amount="49.90", iso="EUR", count=1)],
                    ),
                ),
            ],
        ),
        Case("view_api_keys", "view_api_keys", [APP]),
        Case("view_journey", "view_journey", [APP, JOURNEY]),
        Case("view_journey_stats", "view_journey_stats", [APP, JOURNEY]),
        Case("view_journeys", "view_journeys", [APP]),
        Case(
            "view_journeys__optional",
            "view_journeys",
            [APP],
            {"cursor": "eyJpZCI6NDJ9", "limit": 20},
        ),
        Case("view_template", "view_template", [TEMPLATE, APP]),
        Case("view_templates", "view_templates", [APP]),
        Case(
            "view_templates__optional",
            "view_templates",
            [APP],
            {"limit": 10, "offset": 20, "channel": "email"},
        ),
        # The 5.18 helper patched onto DefaultApi: `api.create_notification_with_retry(n)`.
        Case(
            "create_notification_with_retry",
            "create_notification_with_retry",
            [notification()],
        ),
        Case(
            "create_notification_with_retry__own_key",
            "create_notification_with_retry",
            [notification(idempotency_key="0e7c2a9d-4b1f-4c3e-8a5d-6f7e8d9c0b1a")],
        ),
    ]


# ------------------------------------------------------------------ recording


def to_json(api: DefaultApi, value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, OpenApiModel):
        return api.api_client.sanitize_for_serialization(value)
    return value


def key_used(headers: dict[str, str]) -> str:
    authorization = {k.lower(): v for k, v in headers.items()}.get("authorization")
    if authorization is None:
        return "none"
    if authorization == f"Key {REST}":
        return "rest"
    if authorization == f"Key {ORG}":
        return "organization"
    raise SystemExit(f"unexpected Authorization header {authorization!r}")


def record(api: DefaultApi, recorder: Recorder, case: Case) -> dict[str, Any]:
    # Serialise before the call: the retry helper fills in notification.idempotency_key itself.
    args = [to_json(api, a) for a in case.args]
    kwargs = {k: to_json(api, v) for k, v in case.kwargs.items()}
    body_arg: int | str | None = None
    for position, value in enumerate(case.args):
        if isinstance(value, OpenApiModel):
            body_arg = position
    for keyword, value in case.kwargs.items():
        if isinstance(value, OpenApiModel):
            body_arg = keyword

    before = len(recorder.seen)
    method: Callable[..., Any] = getattr(api, case.method or case.operation)
    try:
        method(*case.args, **case.kwargs)
    except Exception as error:  # parsing `{}` may fail; the request has already been sent
        if len(recorder.seen) == before:
            raise SystemExit(f"{case.name}: nothing was sent ({error!r})") from error
    if len(recorder.seen) != before + 1:
        raise SystemExit(f"{case.name}: {len(recorder.seen) - before} requests, expected one")
    seen = recorder.seen[-1]

    target = urllib.parse.urlsplit(seen.target)
    body = json.loads(seen.body) if seen.body else None
    if (
        case.operation == "create_notification_with_retry"
        and isinstance(body, dict)
        and "idempotency_key" not in args[0]
    ):
        body["idempotency_key"] = GENERATED  # a fresh uuid4 per run: keep the file stable
    return {
        "name": case.name,
        "operation": case.operation,
        "args": args,
        "kwargs": kwargs,
        "body_arg": body_arg,
        "request": {
            "method": seen.method,
            "path": target.path,
            "query": urllib.parse.parse_qs(target.query, keep_blank_values=True),
            "body": body,
            "key": key_used(seen.headers),
        },
    }


def main(argv: list[str]) -> None:
    out = Path(argv[1] if len(argv) > 1 else "tests/data/official_calls.json")
    recorder = Recorder()
    server = recorder.serve()
    host, port = server.server_address[:2]
    configuration = onesignal.Configuration(
        host=f"http://{host}:{port}", rest_api_key=REST, organization_api_key=ORG
    )
    with onesignal.ApiClient(configuration) as api_client:
        api = DefaultApi(api_client)
        documented = sorted(
            name
            for name in dir(api)
            if hasattr(api, f"{name}_endpoint") and not name.startswith("_")
        )
        all_cases = cases()
        covered = {c.operation for c in all_cases}
        missing = sorted(set(documented) - covered)
        if missing:
            raise SystemExit(f"operations without a case: {missing}")
        recorded = [record(api, recorder, case) for case in all_cases]
    server.shutdown()
    recorded.sort(key=lambda r: r["name"])
    document = {
        "sdk": f"onesignal-python-api=={VERSION}",
        "keys": {"rest": REST, "organization": ORG},
        "operations": len(documented),
        "calls": recorded,
    }
    out.write_text(json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(recorded)} calls of {len(documented)} operations written to {out}")


if __name__ == "__main__":
    main(sys.argv)
