# ruff: noqa: E501 - long example tokens from the spec
"""Every client method called with what a user would pass. `make typecheck` runs
mypy --strict on this file, so typed signatures that drift from the facade fail CI, and
tests/test_every_method.py runs it against the mock and checks it names every operation."""

from typing import Any

from onesignal import AsyncOneSignal, OneSignal


def every_sync_method(client: OneSignal) -> list[Any]:
    results: list[Any] = []
    results.append(
        client.create_app(
            {"name": "My App", "organization_id": "3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f"}
        )
    )
    results.append(client.get_app("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(client.get_apps())
    results.append(
        client.update_app("8250eaf6-1a58-489e-b136-7c74a864b434", {"name": "Updated name"})
    )
    results.append(
        client.create_segment(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "name": "Active in the last hour",
                "filters": [{"field": "last_session", "relation": ">", "hours_ago": "1"}],
            },
        )
    )
    results.append(client.get_segments("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        client.delete_segment(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "7ed2887d-bd24-4a81-8220-4b256a08ab19"
        )
    )
    results.append(
        client.get_outcomes(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "os__click.count,os__session_duration.sum"
        )
    )
    results.append(
        client.update_live_activity(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "match-2026-11-29-lions-bears",
            {
                "event": "update",
                "name": "Lions vs Bears - score update",
                "event_updates": {"homeScore": 3, "awayScore": 1, "quarter": 2},
                "contents": {"en": "Lions lead 3-1 in the second quarter"},
                "headings": {"en": "Goal for the Lions!"},
                "priority": 10,
                "ios_relevance_score": 0.8,
                "stale_date": 1795968000,
            },
        )
    )
    results.append(
        client.create_user(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "identity": {"external_id": "customer-5213"},
                "properties": {
                    "language": "en",
                    "timezone_id": "America/Chicago",
                    "country": "US",
                    "tags": {"plan": "gold", "favorite_team": "bears"},
                },
                "subscriptions": [
                    {"type": "Email", "token": "dana.whitfield@example.com", "enabled": True}
                ],
            },
        )
    )
    results.append(
        client.get_user("8250eaf6-1a58-489e-b136-7c74a864b434", "external_id", "customer-5213")
    )
    results.append(
        client.update_user(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "external_id",
            "customer-5213",
            {"properties": {"tags": {"DataTagKey": "New Value"}}},
        )
    )
    results.append(
        client.delete_user("8250eaf6-1a58-489e-b136-7c74a864b434", "external_id", "customer-5213")
    )
    results.append(
        client.fetch_user_identity(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "external_id", "customer-5213"
        )
    )
    results.append(
        client.fetch_aliases(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
        )
    )
    results.append(
        client.identify_user_by_alias(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "external_id",
            "customer-5213",
            {"identity": {"crm_id": "SF-0038821", "loyalty_number": "LY-448120"}},
        )
    )
    results.append(
        client.get_eligible_iams(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
        )
    )
    results.append(
        client.create_notification(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "app_id": "8250eaf6-1a58-489e-b136-7c74a864b434",
                "target_channel": "push",
                "included_segments": ["Active Users", "Frequent Buyers"],
                "excluded_segments": ["Opted Out Of Promos"],
                "name": "Black Friday early access",
                "headings": {
                    "en": "Early access starts now",
                    "es": "El acceso anticipado empieza ya",
                },
                "contents": {
                    "en": "Members get 30% off everything until midnight.",
                    "es": "Los miembros tienen un 30% de descuento hasta medianoche.",
                },
                "url": "https://shop.acme.example/sale?utm_source=push",
                "big_picture": "https://cdn.acme.example/push/black-friday-1024x512.png",
                "chrome_web_image": "https://cdn.acme.example/push/black-friday-1024x512.png",
                "ios_attachments": {
                    "hero": "https://cdn.acme.example/push/black-friday-square.png"
                },
                "buttons": [
                    {"id": "shop-now", "text": "Shop now", "icon": "ic_menu_cart"},
                    {"id": "remind-later", "text": "Remind me later"},
                ],
                "data": {"campaign": "bf-2026", "deep_link": "acmeshop://sale/bf-2026"},
                "ios_badgeType": "Increase",
                "ios_badgeCount": 1,
                "ios_interruption_level": "time_sensitive",
                "android_channel_id": "3c9a5e1f-7b2d-4f80-a6e4-91d2c0b8f7a3",
                "priority": 10,
                "ttl": 43200,
                "send_after": "2026-11-27 08:00:00 GMT-0500",
                "delayed_option": "timezone",
                "delivery_time_of_day": "9:00AM",
                "throttle_rate_per_minute": 5000,
                "idempotency_key": "5b0c2e7a-9f3d-4c61-8a2e-7d4b1f6c9e02",
            },
        )
    )
    results.append(client.get_notifications("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        client.get_notification(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "b98881cc-1e94-4366-bbd9-db8f3429292b"
        )
    )
    results.append(
        client.cancel_notification(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "b98881cc-1e94-4366-bbd9-db8f3429292b"
        )
    )
    results.append(
        client.get_notification_history(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "b98881cc-1e94-4366-bbd9-db8f3429292b",
            {
                "app_id": "8250eaf6-1a58-489e-b136-7c74a864b434",
                "events": "clicked",
                "email": "analytics@acme.example",
            },
        )
    )
    results.append(
        client.create_subscription(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "external_id",
            "customer-5213",
            {"subscription": {"type": "SMS", "token": "+13125550147", "enabled": True}},
        )
    )
    results.append(
        client.update_subscription(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
            {"subscription": {"enabled": False}},
        )
    )
    results.append(
        client.transfer_subscription(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
            {"identity": {"external_id": "customer-9034"}},
        )
    )
    results.append(
        client.delete_subscription(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
        )
    )
    results.append(
        client.copy_template_to_app(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "4f2a9d1c-6b7e-4c3a-8e5f-0d9b1a2c3e4f",
            {"target_app_id": "c14e7b92-3a5d-4f08-b6c1-9e2d8a7f5b30"},
        )
    )
    results.append(
        client.identify_user_by_subscription_id(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
            {"identity": {"external_id": "customer-9034"}},
        )
    )
    results.append(
        client.create_api_key(
            "8250eaf6-1a58-489e-b136-7c74a864b434", {"name": "Backend production"}
        )
    )
    results.append(
        client.create_custom_events(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "events": [
                    {
                        "name": "purchase_completed",
                        "external_id": "customer-5213",
                        "timestamp": "2026-11-20T18:42:07Z",
                        "idempotency_key": "7b1e4c92-5d3f-4a08-9e6b-2c8f0d1a3e57",
                        "properties": {
                            "order_number": "58213",
                            "total": 84.5,
                            "currency": "USD",
                            "items": 3,
                        },
                    },
                    {
                        "name": "level_completed",
                        "onesignal_id": "3f9c2a71-8e4b-4d06-b5a9-61e07c2d8f34",
                        "timestamp": "2026-11-20T18:45:51Z",
                        "idempotency_key": "c4a0d8e6-2f71-4b3c-8a95-e1d6b7f20c49",
                        "properties": {"level": 12, "stars": 3},
                    },
                ]
            },
        )
    )
    results.append(
        client.create_journey(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "name": "Welcome series",
                "description": "Greets new sign-ups by email, then nudges them by push two "
                "days later.",
                "audience": {
                    "kind": "segment",
                    "included_segment_ids": ["6f1c2e4a-8b3d-4f5e-9a7c-1d2e3f4a5b6c"],
                    "future_additions_only": True,
                },
                "early_exit": {
                    "rules": {"on_event": {"name": "purchase_completed"}},
                    "tag_on_early_exit": {"welcome_exit": "converted"},
                },
                "nodes": [
                    {
                        "kind": "send_email",
                        "client_node_id": "welcome-email",
                        "annotation": "Welcome email",
                        "template_id": "3b9e6c1d-2f4a-4d8b-b7e5-9c0a1f2d3e4b",
                    },
                    {"kind": "wait", "duration_seconds": 172800},
                    {
                        "kind": "send_push",
                        "annotation": "Finish your profile",
                        "template_id": "a7d4e2f1-5c6b-4e3a-9d8c-0b1a2c3d4e5f",
                    },
                ],
            },
        )
    )
    results.append(
        client.create_template(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "app_id": "8250eaf6-1a58-489e-b136-7c74a864b434",
                "name": "Order shipped (push)",
                "headings": {"en": "Your order is on its way", "es": "Tu pedido está en camino"},
                "contents": {
                    "en": "Order {{ order_number }} left our warehouse today.",
                    "es": "El pedido {{ order_number }} salió hoy de nuestro almacén.",
                },
                "url": "https://shop.acme.example/orders",
                "isIos": True,
                "isAndroid": True,
            },
        )
    )
    results.append(
        client.delete_alias(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "external_id", "customer-5213", "loyalty_number"
        )
    )
    results.append(
        client.delete_api_key("8250eaf6-1a58-489e-b136-7c74a864b434", "zh2rbbnmuxdy3mb6ccykarrk2")
    )
    results.append(
        client.delete_journey(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3"
        )
    )
    results.append(
        client.delete_template(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "4f2a9d1c-6b7e-4c3a-8e5f-0d9b1a2c3e4f"
        )
    )
    results.append(
        client.duplicate_journey(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3",
            {"overrides": {"name": "Welcome series - Spanish"}},
        )
    )
    results.append(
        client.estimate_notification_recipients(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "app_id": "8250eaf6-1a58-489e-b136-7c74a864b434",
                "included_segments": ["Active Users"],
                "excluded_segments": ["Opted Out Of Promos"],
                "filters": [
                    {"field": "tag", "key": "loyalty_tier", "relation": "=", "value": "gold"}
                ],
                "target_channel": "push",
            },
        )
    )
    results.append(
        client.export_events(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "b98881cc-1e94-4366-bbd9-db8f3429292b"
        )
    )
    results.append(
        client.export_subscriptions(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "extra_fields": ["external_user_id", "country", "timezone_id"],
                "last_active_since": "1767225600",
                "segment_name": "Frequent Buyers",
            },
        )
    )
    results.append(
        client.get_email_provider_metrics(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            domain="mail.acme.example",
            start="2026-10-01T00:00:00Z",
            end="2026-10-31T00:00:00Z",
        )
    )
    results.append(
        client.get_email_provider_metrics_timeseries(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            domain="mail.acme.example",
            start="2026-10-01T00:00:00Z",
            end="2026-10-08T00:00:00Z",
        )
    )
    results.append(client.get_email_reputation("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        client.get_segment(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "7ed2887d-bd24-4a81-8220-4b256a08ab19"
        )
    )
    results.append(client.list_audit_logs("3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f"))
    results.append(
        client.rotate_api_key("8250eaf6-1a58-489e-b136-7c74a864b434", "zh2rbbnmuxdy3mb6ccykarrk2")
    )
    results.append(
        client.start_live_activity(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "MatchScoreAttributes",
            {
                "event": "start",
                "activity_id": "match-2026-11-29-lions-bears",
                "name": "Lions vs Bears - kick-off",
                "included_segments": ["Lions fans"],
                "event_attributes": {
                    "homeTeam": "Lions",
                    "awayTeam": "Bears",
                    "venue": "Riverside Stadium",
                },
                "event_updates": {"homeScore": 0, "awayScore": 0, "quarter": 1},
                "headings": {"en": "Lions vs Bears"},
                "contents": {"en": "Kick-off! Follow the score live."},
                "stale_date": 1795968000,
                "priority": 10,
                "idempotency_key": "3d8e5f1a-7c24-4b9e-a0d6-52f18c9e7b34",
            },
        )
    )
    results.append(
        client.unsubscribe_email_with_token(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "b98881cc-1e94-4366-bbd9-db8f3429292b",
            token="7f3c9b2e41d8a6f05e1c4d7b9a2e6f30",
        )
    )
    results.append(
        client.update_api_key(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "zh2rbbnmuxdy3mb6ccykarrk2",
            {"ip_allowlist_mode": "explicit", "ip_allowlist": ["203.0.113.0/24"]},
        )
    )
    results.append(
        client.update_journey(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3",
            {"state": "active", "concurrency_key": "MTcyNzk1NTMzOTAwMA=="},
        )
    )
    results.append(
        client.update_journey_node(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3",
            "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
            {
                "duration_seconds": 86400,
                "annotation": "Wait one day",
                "concurrency_key": "MTcyNzk1NTMzOTAwMA==",
            },
        )
    )
    results.append(
        client.update_segment(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "7ed2887d-bd24-4a81-8220-4b256a08ab19",
            {"name": "Daily actives"},
        )
    )
    results.append(
        client.update_subscription_by_token(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "Email",
            "dana.whitfield@example.com",
            {"subscription": {"enabled": False}},
        )
    )
    results.append(
        client.update_template(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "4f2a9d1c-6b7e-4c3a-8e5f-0d9b1a2c3e4f",
            {
                "name": "Order shipped (push, v2)",
                "contents": {"en": "Good news: order {{ order_number }} is on its way!"},
            },
        )
    )
    results.append(client.view_api_keys("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        client.view_journey(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3"
        )
    )
    results.append(
        client.view_journey_stats(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3"
        )
    )
    results.append(client.view_journeys("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        client.view_template(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "4f2a9d1c-6b7e-4c3a-8e5f-0d9b1a2c3e4f"
        )
    )
    results.append(client.view_templates("8250eaf6-1a58-489e-b136-7c74a864b434"))
    client.begin_live_activity(
        "8250eaf6-1a58-489e-b136-7c74a864b434",
        "match-2026-11-29-lions-bears",
        {
            "push_token": "80f7a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f",
            "subscription_id": "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
        },
    )
    client.end_live_activity(
        "8250eaf6-1a58-489e-b136-7c74a864b434",
        "match-2026-11-29-lions-bears",
        "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
    )
    return results


async def every_async_method(client: AsyncOneSignal) -> list[Any]:
    results: list[Any] = []
    results.append(
        await client.createAppAsync(
            {"name": "My App", "organization_id": "3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f"}
        )
    )
    results.append(await client.getAppAsync("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(await client.getAppsAsync())
    results.append(
        await client.updateAppAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", {"name": "Updated name"}
        )
    )
    results.append(
        await client.createSegmentAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "name": "Active in the last hour",
                "filters": [{"field": "last_session", "relation": ">", "hours_ago": "1"}],
            },
        )
    )
    results.append(await client.getSegmentsAsync("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        await client.deleteSegmentAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "7ed2887d-bd24-4a81-8220-4b256a08ab19"
        )
    )
    results.append(
        await client.getOutcomesAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "os__click.count,os__session_duration.sum"
        )
    )
    results.append(
        await client.updateLiveActivityAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "match-2026-11-29-lions-bears",
            {
                "event": "update",
                "name": "Lions vs Bears - score update",
                "event_updates": {"homeScore": 3, "awayScore": 1, "quarter": 2},
                "contents": {"en": "Lions lead 3-1 in the second quarter"},
                "headings": {"en": "Goal for the Lions!"},
                "priority": 10,
                "ios_relevance_score": 0.8,
                "stale_date": 1795968000,
            },
        )
    )
    results.append(
        await client.createUserAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "identity": {"external_id": "customer-5213"},
                "properties": {
                    "language": "en",
                    "timezone_id": "America/Chicago",
                    "country": "US",
                    "tags": {"plan": "gold", "favorite_team": "bears"},
                },
                "subscriptions": [
                    {"type": "Email", "token": "dana.whitfield@example.com", "enabled": True}
                ],
            },
        )
    )
    results.append(
        await client.getUserAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "external_id", "customer-5213"
        )
    )
    results.append(
        await client.updateUserAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "external_id",
            "customer-5213",
            {"properties": {"tags": {"DataTagKey": "New Value"}}},
        )
    )
    results.append(
        await client.deleteUserAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "external_id", "customer-5213"
        )
    )
    results.append(
        await client.fetchUserIdentityAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "external_id", "customer-5213"
        )
    )
    results.append(
        await client.fetchAliasesAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
        )
    )
    results.append(
        await client.identifyUserByAliasAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "external_id",
            "customer-5213",
            {"identity": {"crm_id": "SF-0038821", "loyalty_number": "LY-448120"}},
        )
    )
    results.append(
        await client.getEligibleIamsAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
        )
    )
    results.append(
        await client.createNotificationAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "app_id": "8250eaf6-1a58-489e-b136-7c74a864b434",
                "target_channel": "push",
                "included_segments": ["Active Users", "Frequent Buyers"],
                "excluded_segments": ["Opted Out Of Promos"],
                "name": "Black Friday early access",
                "headings": {
                    "en": "Early access starts now",
                    "es": "El acceso anticipado empieza ya",
                },
                "contents": {
                    "en": "Members get 30% off everything until midnight.",
                    "es": "Los miembros tienen un 30% de descuento hasta medianoche.",
                },
                "url": "https://shop.acme.example/sale?utm_source=push",
                "big_picture": "https://cdn.acme.example/push/black-friday-1024x512.png",
                "chrome_web_image": "https://cdn.acme.example/push/black-friday-1024x512.png",
                "ios_attachments": {
                    "hero": "https://cdn.acme.example/push/black-friday-square.png"
                },
                "buttons": [
                    {"id": "shop-now", "text": "Shop now", "icon": "ic_menu_cart"},
                    {"id": "remind-later", "text": "Remind me later"},
                ],
                "data": {"campaign": "bf-2026", "deep_link": "acmeshop://sale/bf-2026"},
                "ios_badgeType": "Increase",
                "ios_badgeCount": 1,
                "ios_interruption_level": "time_sensitive",
                "android_channel_id": "3c9a5e1f-7b2d-4f80-a6e4-91d2c0b8f7a3",
                "priority": 10,
                "ttl": 43200,
                "send_after": "2026-11-27 08:00:00 GMT-0500",
                "delayed_option": "timezone",
                "delivery_time_of_day": "9:00AM",
                "throttle_rate_per_minute": 5000,
                "idempotency_key": "5b0c2e7a-9f3d-4c61-8a2e-7d4b1f6c9e02",
            },
        )
    )
    results.append(await client.getNotificationsAsync("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        await client.getNotificationAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "b98881cc-1e94-4366-bbd9-db8f3429292b"
        )
    )
    results.append(
        await client.cancelNotificationAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "b98881cc-1e94-4366-bbd9-db8f3429292b"
        )
    )
    results.append(
        await client.getNotificationHistoryAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "b98881cc-1e94-4366-bbd9-db8f3429292b",
            {
                "app_id": "8250eaf6-1a58-489e-b136-7c74a864b434",
                "events": "clicked",
                "email": "analytics@acme.example",
            },
        )
    )
    results.append(
        await client.createSubscriptionAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "external_id",
            "customer-5213",
            {"subscription": {"type": "SMS", "token": "+13125550147", "enabled": True}},
        )
    )
    results.append(
        await client.updateSubscriptionAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
            {"subscription": {"enabled": False}},
        )
    )
    results.append(
        await client.transferSubscriptionAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
            {"identity": {"external_id": "customer-9034"}},
        )
    )
    results.append(
        await client.deleteSubscriptionAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"
        )
    )
    results.append(
        await client.copyTemplateToAppAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "4f2a9d1c-6b7e-4c3a-8e5f-0d9b1a2c3e4f",
            {"target_app_id": "c14e7b92-3a5d-4f08-b6c1-9e2d8a7f5b30"},
        )
    )
    results.append(
        await client.identifyUserBySubscriptionIdAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
            {"identity": {"external_id": "customer-9034"}},
        )
    )
    results.append(
        await client.createApiKeyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", {"name": "Backend production"}
        )
    )
    results.append(
        await client.createCustomEventsAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "events": [
                    {
                        "name": "purchase_completed",
                        "external_id": "customer-5213",
                        "timestamp": "2026-11-20T18:42:07Z",
                        "idempotency_key": "7b1e4c92-5d3f-4a08-9e6b-2c8f0d1a3e57",
                        "properties": {
                            "order_number": "58213",
                            "total": 84.5,
                            "currency": "USD",
                            "items": 3,
                        },
                    },
                    {
                        "name": "level_completed",
                        "onesignal_id": "3f9c2a71-8e4b-4d06-b5a9-61e07c2d8f34",
                        "timestamp": "2026-11-20T18:45:51Z",
                        "idempotency_key": "c4a0d8e6-2f71-4b3c-8a95-e1d6b7f20c49",
                        "properties": {"level": 12, "stars": 3},
                    },
                ]
            },
        )
    )
    results.append(
        await client.createJourneyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "name": "Welcome series",
                "description": "Greets new sign-ups by email, then nudges them by push two "
                "days later.",
                "audience": {
                    "kind": "segment",
                    "included_segment_ids": ["6f1c2e4a-8b3d-4f5e-9a7c-1d2e3f4a5b6c"],
                    "future_additions_only": True,
                },
                "early_exit": {
                    "rules": {"on_event": {"name": "purchase_completed"}},
                    "tag_on_early_exit": {"welcome_exit": "converted"},
                },
                "nodes": [
                    {
                        "kind": "send_email",
                        "client_node_id": "welcome-email",
                        "annotation": "Welcome email",
                        "template_id": "3b9e6c1d-2f4a-4d8b-b7e5-9c0a1f2d3e4b",
                    },
                    {"kind": "wait", "duration_seconds": 172800},
                    {
                        "kind": "send_push",
                        "annotation": "Finish your profile",
                        "template_id": "a7d4e2f1-5c6b-4e3a-9d8c-0b1a2c3d4e5f",
                    },
                ],
            },
        )
    )
    results.append(
        await client.createTemplateAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "app_id": "8250eaf6-1a58-489e-b136-7c74a864b434",
                "name": "Order shipped (push)",
                "headings": {"en": "Your order is on its way", "es": "Tu pedido está en camino"},
                "contents": {
                    "en": "Order {{ order_number }} left our warehouse today.",
                    "es": "El pedido {{ order_number }} salió hoy de nuestro almacén.",
                },
                "url": "https://shop.acme.example/orders",
                "isIos": True,
                "isAndroid": True,
            },
        )
    )
    results.append(
        await client.deleteAliasAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "external_id", "customer-5213", "loyalty_number"
        )
    )
    results.append(
        await client.deleteApiKeyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "zh2rbbnmuxdy3mb6ccykarrk2"
        )
    )
    results.append(
        await client.deleteJourneyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3"
        )
    )
    results.append(
        await client.deleteTemplateAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "4f2a9d1c-6b7e-4c3a-8e5f-0d9b1a2c3e4f"
        )
    )
    results.append(
        await client.duplicateJourneyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3",
            {"overrides": {"name": "Welcome series - Spanish"}},
        )
    )
    results.append(
        await client.estimateNotificationRecipientsAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "app_id": "8250eaf6-1a58-489e-b136-7c74a864b434",
                "included_segments": ["Active Users"],
                "excluded_segments": ["Opted Out Of Promos"],
                "filters": [
                    {"field": "tag", "key": "loyalty_tier", "relation": "=", "value": "gold"}
                ],
                "target_channel": "push",
            },
        )
    )
    results.append(
        await client.exportEventsAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "b98881cc-1e94-4366-bbd9-db8f3429292b"
        )
    )
    results.append(
        await client.exportSubscriptionsAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            {
                "extra_fields": ["external_user_id", "country", "timezone_id"],
                "last_active_since": "1767225600",
                "segment_name": "Frequent Buyers",
            },
        )
    )
    results.append(
        await client.getEmailProviderMetricsAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            domain="mail.acme.example",
            start="2026-10-01T00:00:00Z",
            end="2026-10-31T00:00:00Z",
        )
    )
    results.append(
        await client.getEmailProviderMetricsTimeseriesAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            domain="mail.acme.example",
            start="2026-10-01T00:00:00Z",
            end="2026-10-08T00:00:00Z",
        )
    )
    results.append(await client.getEmailReputationAsync("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        await client.getSegmentAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "7ed2887d-bd24-4a81-8220-4b256a08ab19"
        )
    )
    results.append(await client.listAuditLogsAsync("3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f"))
    results.append(
        await client.rotateApiKeyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "zh2rbbnmuxdy3mb6ccykarrk2"
        )
    )
    results.append(
        await client.startLiveActivityAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "MatchScoreAttributes",
            {
                "event": "start",
                "activity_id": "match-2026-11-29-lions-bears",
                "name": "Lions vs Bears - kick-off",
                "included_segments": ["Lions fans"],
                "event_attributes": {
                    "homeTeam": "Lions",
                    "awayTeam": "Bears",
                    "venue": "Riverside Stadium",
                },
                "event_updates": {"homeScore": 0, "awayScore": 0, "quarter": 1},
                "headings": {"en": "Lions vs Bears"},
                "contents": {"en": "Kick-off! Follow the score live."},
                "stale_date": 1795968000,
                "priority": 10,
                "idempotency_key": "3d8e5f1a-7c24-4b9e-a0d6-52f18c9e7b34",
            },
        )
    )
    results.append(
        await client.unsubscribeEmailWithTokenAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "b98881cc-1e94-4366-bbd9-db8f3429292b",
            token="7f3c9b2e41d8a6f05e1c4d7b9a2e6f30",
        )
    )
    results.append(
        await client.updateApiKeyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "zh2rbbnmuxdy3mb6ccykarrk2",
            {"ip_allowlist_mode": "explicit", "ip_allowlist": ["203.0.113.0/24"]},
        )
    )
    results.append(
        await client.updateJourneyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3",
            {"state": "active", "concurrency_key": "MTcyNzk1NTMzOTAwMA=="},
        )
    )
    results.append(
        await client.updateJourneyNodeAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3",
            "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
            {
                "duration_seconds": 86400,
                "annotation": "Wait one day",
                "concurrency_key": "MTcyNzk1NTMzOTAwMA==",
            },
        )
    )
    results.append(
        await client.updateSegmentAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "7ed2887d-bd24-4a81-8220-4b256a08ab19",
            {"name": "Daily actives"},
        )
    )
    results.append(
        await client.updateSubscriptionByTokenAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "Email",
            "dana.whitfield@example.com",
            {"subscription": {"enabled": False}},
        )
    )
    results.append(
        await client.updateTemplateAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434",
            "4f2a9d1c-6b7e-4c3a-8e5f-0d9b1a2c3e4f",
            {
                "name": "Order shipped (push, v2)",
                "contents": {"en": "Good news: order {{ order_number }} is on its way!"},
            },
        )
    )
    results.append(await client.viewApiKeysAsync("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        await client.viewJourneyAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3"
        )
    )
    results.append(
        await client.viewJourneyStatsAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "0c5e8a7d-3f21-4b9e-a6d4-5e7f8091a2b3"
        )
    )
    results.append(await client.viewJourneysAsync("8250eaf6-1a58-489e-b136-7c74a864b434"))
    results.append(
        await client.viewTemplateAsync(
            "8250eaf6-1a58-489e-b136-7c74a864b434", "4f2a9d1c-6b7e-4c3a-8e5f-0d9b1a2c3e4f"
        )
    )
    results.append(await client.viewTemplatesAsync("8250eaf6-1a58-489e-b136-7c74a864b434"))
    await client.beginLiveActivityAsync(
        "8250eaf6-1a58-489e-b136-7c74a864b434",
        "match-2026-11-29-lions-bears",
        {
            "push_token": "80f7a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f",
            "subscription_id": "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
        },
    )
    await client.endLiveActivityAsync(
        "8250eaf6-1a58-489e-b136-7c74a864b434",
        "match-2026-11-29-lions-bears",
        "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13",
    )
    return results
