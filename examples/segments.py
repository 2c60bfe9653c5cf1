"""Segments (seed page: createSegments, getSegments, deleteSegments).

The docs' section titles say `createSegments`/`deleteSegments` while their code calls
`createSegment`/`deleteSegment`: all four names work, as do `create_segment`/`delete_segment`.

    python -m onesignal.mock --run .venv/bin/python examples/segments.py
"""

from onesignal import OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
SEGMENT_ID = "7ed2887d-bd24-4a81-8220-4b256a08ab19"

with OneSignal() as client:
    created = client.createSegment(
        APP_ID,
        {
            "name": "Active in the last hour",
            "filters": [{"field": "last_session", "relation": ">", "hours_ago": "1"}],
        },
    )
    print(f"createSegment: success={created.success} id={created.id}")

    page = client.get_segments(APP_ID, limit=10)  # getSegments
    print(f"get_segments: {page.total_count} segment(s)")
    for segment in page.segments:
        print(f"  {segment.id}  {segment.name!r}")

    deleted = client.deleteSegment(APP_ID, SEGMENT_ID)  # delete_segment, deleteSegments
    print(f"deleteSegment: success={deleted.success}")
