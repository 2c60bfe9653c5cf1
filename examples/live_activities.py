"""Live Activities (seed page: updateLiveActivity).

`event_updates` must match the `ContentState` of the app's `ActivityAttributes`, key for key.

    python -m onesignal.mock --run .venv/bin/python examples/live_activities.py
"""

from onesignal import OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
ACTIVITY_ID = "game-2026-11-29-bears-packers"

with OneSignal() as client:
    result = client.updateLiveActivity(
        APP_ID,
        ACTIVITY_ID,
        {
            "event": "update",
            "name": "Score update",
            "event_updates": {"homeScore": 3, "awayScore": 1},
        },
    )
    print(f"updateLiveActivity: notification id={result.id}")

    # snake_case, body fields as keywords: end the activity.
    result = client.update_live_activity(
        APP_ID,
        ACTIVITY_ID,
        event="end",
        name="Final score",
        event_updates={"homeScore": 3, "awayScore": 2},
    )
    print(f"update_live_activity (end): notification id={result.id}")
