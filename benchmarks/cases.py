"""The measured cases. Each runs in a fresh interpreter: `python benchmarks/cases.py CASE URL N`
prints one JSON line. The official SDK's cases run the same file with its own venv's Python
(it also imports as `onesignal`, so it can never share a process with ours).
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

APP_ID = "8250eaf6-1a58-489e-b136-7c74a864b434"
HEADERS = {"Authorization": "Key bench-rest-key", "Content-Type": "application/json"}


def notification_body(i: int) -> dict[str, Any]:
    """A realistic ~1 KB notification, built anew for every call as an application would."""
    return {
        "app_id": APP_ID,
        "name": f"order-shipped-{i}",
        "contents": {
            "en": f"Your order #{i} has shipped and is on its way. Expected delivery: Tuesday "
            "between 9am and 1pm. Track it any time in the app.",
            "es": f"Tu pedido #{i} ha sido enviado. Entrega prevista: martes entre las 9 y las "
            "13 h. Síguelo en la app.",
        },
        "headings": {"en": "Your order has shipped", "es": "Tu pedido ha sido enviado"},
        "include_aliases": {"external_id": [f"customer-{i}-{k}" for k in range(12)]},
        "target_channel": "push",
        "data": {"order_id": i, "carrier": "UPS", "items": [101, 205, 333]},
        "url": f"https://shop.example.com/orders/{i}",
        "big_picture": "https://cdn.example.com/img/shipped.png",
        "ios_badgeType": "Increase",
        "ios_badgeCount": 1,
        "buttons": [{"id": "track", "text": "Track order"}, {"id": "help", "text": "Get help"}],
        "ttl": 86400,
    }


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def per_call_us(
    calls: dict[str, Callable[[int], Any]], n: int, rounds: int = 5
) -> dict[str, float]:
    """Median µs per call of each client. Rounds interleave the clients, so that a machine
    that slows down or speeds up mid-run affects them all alike."""
    for call in calls.values():
        for i in range(min(50, n)):  # warm up: connection, imports, caches
            call(i)
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            start = time.perf_counter()
            for i in range(n):
                call(i)
            times[name].append((time.perf_counter() - start) / n * 1e6)
    return {name: statistics.median(values) for name, values in times.items()}


# -- sync per call -----------------------------------------------------------------------------


def ours(url: str, what: str) -> Callable[[int], Any]:
    from onesignal import OneSignal

    client = OneSignal(rest_api_key="bench-rest-key", base_url=url)
    if what == "create":
        return lambda i: client.create_notification(notification_body(i))
    return lambda i: client.get_notifications(APP_ID, limit=50)


def ours_model(url: str, what: str) -> Callable[[int], Any]:
    """As `ours`, with the body built as `Notification(**fields)`, the docs' way."""
    from onesignal import Notification, OneSignal

    client = OneSignal(rest_api_key="bench-rest-key", base_url=url)
    return lambda i: client.create_notification(Notification(**notification_body(i)))


def body_steps(n: int) -> dict[str, float]:
    """Where a `Notification` body's time goes, step by step, beside plain `json.dumps` of the
    same dict: build the model, respell it to the API's JSON, encode it."""
    from onesignal import Notification
    from onesignal._casing import encode_json, to_wire

    bodies = [notification_body(i) for i in range(n)]
    models = [Notification(**body) for body in bodies]
    wires = [to_wire(model, "Notification") for model in models]
    steps: dict[str, Callable[[int], Any]] = {
        "json.dumps of the dict": lambda i: json.dumps(bodies[i], separators=(",", ":")),
        "build Notification(**fields)": lambda i: Notification(**bodies[i]),
        "respell to the API's JSON": lambda i: to_wire(models[i], "Notification"),
        "encode (encode_json)": lambda i: encode_json(wires[i]),
    }
    return per_call_us(steps, n)


def raw_httpx(url: str, what: str) -> Callable[[int], Any]:
    import httpx2

    client = httpx2.Client(base_url=url)
    if what == "create":
        return lambda i: client.post(
            "/notifications", json=notification_body(i), headers=HEADERS
        ).json()
    params = {"app_id": APP_ID, "limit": 50}
    return lambda i: client.get("/notifications", params=params, headers=HEADERS).json()


def raw_urllib3(url: str, what: str) -> Callable[[int], Any]:
    import urllib3

    pool = urllib3.PoolManager()
    if what == "create":

        def create(i: int) -> Any:
            body = json.dumps(notification_body(i)).encode()
            return json.loads(
                pool.request("POST", url + "/notifications", body=body, headers=HEADERS).data
            )

        return create
    target = f"{url}/notifications?app_id={APP_ID}&limit=50"
    return lambda i: json.loads(pool.request("GET", target, headers=HEADERS).data)


def official(url: str, what: str) -> Callable[[int], Any]:
    from onesignal.api import default_api
    from onesignal.model.language_string_map import LanguageStringMap
    from onesignal.model.notification import Notification

    import onesignal  # the official onesignal-python-api, in its own venv

    config = onesignal.Configuration(rest_api_key="bench-rest-key", host=url)
    api = default_api.DefaultApi(onesignal.ApiClient(config))
    if what == "create":

        def create(i: int) -> Any:
            body = notification_body(i)
            model = Notification(
                app_id=APP_ID,
                name=body["name"],
                contents=LanguageStringMap(**body["contents"]),
                headings=LanguageStringMap(**body["headings"]),
                include_aliases=body["include_aliases"],
                target_channel="push",
                data=body["data"],
                url=body["url"],
                big_picture=body["big_picture"],
                ios_badge_type="Increase",
                ios_badge_count=1,
                ttl=86400,
            )
            return api.create_notification(model)

        return create
    return lambda i: api.get_notifications(APP_ID, limit=50)


SYNC = {
    "ours": ours,
    "ours_model": ours_model,
    "httpx2": raw_httpx,
    "urllib3": raw_urllib3,
    "official": official,
}


# -- async throughput --------------------------------------------------------------------------


async def throughput(url: str, who: str, concurrency: int, total: int) -> float:
    import httpx2

    if who == "ours":
        from onesignal import AsyncOneSignal

        client: Any = AsyncOneSignal(rest_api_key="bench-rest-key", base_url=url)

        async def one(i: int) -> Any:
            return await client.create_notification(notification_body(i))
    else:
        client = httpx2.AsyncClient(base_url=url)

        async def one(i: int) -> Any:
            response = await client.post(
                "/notifications", json=notification_body(i), headers=HEADERS
            )
            return response.json()

    queue = iter(range(total))

    async def worker() -> None:
        for i in queue:
            await one(i)

    await asyncio.gather(*(worker() for _ in range(concurrency)))  # warm-up round
    queue = iter(range(total))
    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - start
    await client.aclose() if who != "ours" else await client.close()
    return total / elapsed


# -- memory ------------------------------------------------------------------------------------


def memory_after_calls(url: str, n: int) -> dict[str, float]:
    """RSS after the import, after the first 1,000 calls (which load the generated modules
    they use) and after `n`: flat from the first thousand on means nothing accumulates."""
    from onesignal import OneSignal

    after_import = rss_mb()
    client = OneSignal(rest_api_key="bench-rest-key", base_url=url)
    warm = min(1000, n)
    for i in range(warm):
        client.create_notification(notification_body(i))
    after_warm = rss_mb()
    for i in range(warm, n):
        client.create_notification(notification_body(i))
    return {
        "after_import_mb": after_import,
        "after_1000_mb": after_warm,
        "after_calls_mb": rss_mb(),
    }


def memory_paginate(url: str, n: int) -> dict[str, float]:
    from onesignal import OneSignal

    client = OneSignal(rest_api_key="bench-rest-key", base_url=url)
    before = rss_mb()
    # A loopback server, not OneSignal: no pacing between pages.
    pages = client.iter_notifications(APP_ID, page_interval=0)  # type: ignore[attr-defined]
    count = sum(1 for _ in pages)
    return {"items": count, "before_mb": before, "peak_mb": peak_rss_mb()}


def memory_export(url: str, n: int) -> dict[str, float]:
    from onesignal import OneSignal

    client = OneSignal(rest_api_key="bench-rest-key", base_url=url)
    before = rss_mb()
    rows = client.iter_export_rows(f"{url}/exports/subscriptions.csv.gz?rows={n}")  # type: ignore[attr-defined]
    count = sum(1 for _ in rows)
    return {"items": count, "before_mb": before, "peak_mb": peak_rss_mb()}


def main() -> None:
    case, url, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    result: Any
    if case.startswith("sync:"):
        _, who, what = case.split(":")  # who: one client, or several joined by "+"
        result = per_call_us({name: SYNC[name](url, what) for name in who.split("+")}, n)
    elif case.startswith("calls:"):  # run under callgrind by instructions.py: no timing
        _, who, what = case.split(":")
        if who.startswith("async-"):
            result = asyncio.run(throughput(url, who.removeprefix("async-"), 32, n))
        else:
            call = SYNC[who](url, what)
            for i in range(20 + n):  # 20 first: the connection, imports and caches
                call(i)
            result = n
    elif case.startswith("async:"):
        _, who, concurrency = case.split(":")
        result = asyncio.run(throughput(url, who, int(concurrency), n))
    elif case == "steps:body":
        result = body_steps(n)
    elif case == "memory:calls":
        result = memory_after_calls(url, n)
    elif case == "memory:paginate":
        result = memory_paginate(url, n)
    elif case == "memory:export":
        result = memory_export(url, n)
    else:
        raise SystemExit(f"unknown case {case}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
