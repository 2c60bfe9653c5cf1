"""Subscriptions (seed page: createSubscription, updateSubscription, transferSubscription,
deleteSubscription).

Types: Email, SMS, iOSPush, AndroidPush, HuaweiPush, FireOSPush, WindowsPush, macOSPush,
ChromeExtensionPush, ChromePush, SafariLegacyPush, SafariPush, FirefoxPush.

    python -m onesignal.mock --run .venv/bin/python examples/subscriptions.py
"""

from onesignal import OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
SUBSCRIPTION_ID = "1f4b2c6e-8d3a-4e0f-9b7c-2a5d6e8f0a13"

with OneSignal() as client:
    subscription = {"subscription": {"type": "SMS", "token": "+13125550147"}}
    created = client.createSubscription(
        APP_ID, "external_id", "customer-9034", subscription
    )  # create_subscription
    sub = created.subscription
    print(f"createSubscription: {sub.type_} {sub.token} id={sub.id} enabled={sub.enabled}")

    client.update_subscription(  # updateSubscription
        APP_ID, SUBSCRIPTION_ID, {"subscription": {"type": "Email", "token": "new@example.com"}}
    )
    print("update_subscription: accepted")

    moved = client.transferSubscription(
        APP_ID, SUBSCRIPTION_ID, {"identity": {"external_id": "customer-5213"}}
    )  # transfer_subscription
    print(f"transferSubscription: now owned by {moved.identity.to_dict()}")

    client.delete_subscription(APP_ID, SUBSCRIPTION_ID)  # deleteSubscription
    print("delete_subscription: accepted")
