"""App management (seed page: createApp, getApp, getApps, updateApp).

These calls use the organization API key (ONESIGNAL_ORGANIZATION_API_KEY), not the REST API key.
Each call is written with the docs' camelCase name; the comment gives the snake_case spelling,
which is the same method.

    python -m onesignal.mock --run .venv/bin/python examples/apps.py
"""

from onesignal import OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
ORG_ID = "3f6c1d2e-9a4b-4c7d-8e1f-5a2b3c4d6e7f"

with OneSignal() as client:
    app = client.createApp({"name": "My App", "organization_id": ORG_ID})  # create_app
    print(f"createApp: {app.id} {app.name!r}")

    app = client.get_app(APP_ID)  # getApp
    print(f"get_app: {app.name!r}, {app.players} subscriptions, created {app.created_at:%Y-%m-%d}")

    apps = client.getApps()  # get_apps
    print(f"getApps: {len(apps)} app(s): {', '.join(a.name for a in apps)}")

    # The docs spread the app they read into the update; a dict of its fields does the same.
    updated = client.updateApp(APP_ID, {**app.to_dict(), "name": "Updated name"})  # update_app
    print(f"updateApp: now {updated.name!r}")

    # Body fields may also be keywords: the same update in snake_case.
    updated = client.update_app(APP_ID, name="Updated name")
    print(f"update_app: now {updated.name!r}")
