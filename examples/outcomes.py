"""Outcomes (seed page: getOutcomes).

The outcome names come right after the app id, as in the docs; the other query parameters of
the endpoint are keywords.

    python -m onesignal.mock --run .venv/bin/python examples/outcomes.py
"""

from onesignal import OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"

with OneSignal() as client:
    result = client.getOutcomes(APP_ID, "os__click.count")
    for outcome in result.outcomes:
        print(f"getOutcomes: {outcome.id} {outcome.aggregation} = {outcome.value}")

    # snake_case, several outcomes at once, over the last day and for iOS and Android only.
    result = client.get_outcomes(
        APP_ID,
        "os__click.count,os__session_duration.sum",
        outcome_time_range="1d",
        outcome_platforms="0,1",
    )
    print("get_outcomes:", ", ".join(f"{o.id}={o.value}" for o in result.outcomes))
