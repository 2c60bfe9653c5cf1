"""CSV exports: start an export, wait for its file, stream its rows (sync and async).

`export_subscriptions`, `export_events` and `get_notification_history` answer with the URL of a
CSV file that appears a few minutes later. `wait_for_export` polls it; `iter_export_rows` waits,
then yields the rows as dicts while the (gzip) file downloads. `iter_subscriptions_export`,
`iter_events_export` and `iter_notification_history` do all three steps in one call.

    python -m onesignal.mock --run .venv/bin/python examples/exports.py

Against the mock, the URLs in the answers point at onesignal.com, where no file will ever
appear, so this script serves a small gzip CSV on 127.0.0.1 (answering 404 twice first, as the
storage host does while the export runs) and reads that instead. The one-call helpers run only
against the real API (set ONESIGNAL_REST_API_KEY and your APP_ID, unset ONESIGNAL_BASE_URL).
"""

import asyncio
import gzip
import itertools
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from onesignal import AsyncOneSignal, OneSignal

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
NOTIFICATION_ID = "b98881cc-1e94-4366-bbd9-db8f3429292b"
AGAINST_MOCK = "127.0.0.1" in os.environ.get("ONESIGNAL_BASE_URL", "")


def serve_demo_file() -> str:
    """A local stand-in for the storage host: 404 twice, then a gzip CSV with tricky fields."""
    lines = ["id,external_user_id,country,note"]
    lines += [f'{i},customer-{i},US,"says ""hi"", then\nleaves"' for i in range(1, 1001)]
    body = gzip.compress(("\r\n".join(lines) + "\r\n").encode())
    misses = [2]

    class Storage(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if misses[0] > 0:  # "not ready yet"
                misses[0] -= 1
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            misses[0] = 2  # the next reader waits again
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Storage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/csv_exports/users.csv.gz"


def sync_exports(demo_url: str) -> None:
    with OneSignal() as client:
        started = client.export_subscriptions(
            APP_ID, extra_fields=["external_user_id", "country"], segment_name="Frequent Buyers"
        )
        print(f"export_subscriptions: file will appear at {started.csv_file_url}")
        history = client.get_notification_history(APP_ID, NOTIFICATION_ID, events="clicked")
        print(f"get_notification_history: file will appear at {history.destination_url}")

        url = demo_url if AGAINST_MOCK else started.csv_file_url
        # Real exports take minutes: the defaults poll every 10 s for up to 10 minutes.
        client.wait_for_export(
            url,
            poll_interval=0.2,
            on_progress=lambda attempt, waited: print(
                f"  not ready (check {attempt}, {waited:.1f}s)"
            ),
        )
        print("wait_for_export: the file is there")
        for row in itertools.islice(client.iter_export_rows(url, poll_interval=0.2), 3):
            print(f"  row {row['id']}: {row['external_user_id']} {row['note']!r}")

        if not AGAINST_MOCK:
            # Start, wait and stream in one call.
            rows = client.iter_subscriptions_export(APP_ID, segment_name="Frequent Buyers")
            print(f"iter_subscriptions_export: {sum(1 for _ in rows)} rows")
            clicks = client.iter_notification_history(NOTIFICATION_ID, APP_ID, events="clicked")
            print(f"iter_notification_history: {sum(1 for _ in clicks)} clicks")


async def async_exports(demo_url: str) -> None:
    async with AsyncOneSignal(app_id=APP_ID) as client:
        started = await client.export_events(NOTIFICATION_ID)
        print(f"export_events (async): file will appear at {started.csv_file_url}")
        url = demo_url if AGAINST_MOCK else started.csv_file_url
        ids = [row["id"] async for row in client.iter_export_rows(url, poll_interval=0.2)]
        print(f"iter_export_rows (async): {len(ids)} rows, ids {ids[0]} to {ids[-1]}")

        if not AGAINST_MOCK:
            events = [row async for row in client.iter_events_export(NOTIFICATION_ID)]
            print(f"iter_events_export (async): {len(events)} rows")


demo_url = serve_demo_file()
sync_exports(demo_url)
asyncio.run(async_exports(demo_url))
