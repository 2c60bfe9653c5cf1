"""What differs between the two clients: the sleep, the transport, running bulk calls at once.

Everything else is shared: the I/O-free logic in `BaseClient` (`_base.py`) and the loops, written
once for asyncio in `_loops.py`, from which `make generate` derives the blocking ones.
"""

from __future__ import annotations

import time
import urllib.request
from typing import TYPE_CHECKING, TypeVar

import httpx2
from onesignal_generated.sync_loops import SyncLoops

from ._loops import AsyncLoops

if TYPE_CHECKING:
    from ._bulk import Answer, Call, Plan

ResultT = TypeVar("ResultT")


def _proxied() -> bool:
    """Proxies set in the environment: httpx2 mounts them only when it makes its own transport."""
    return any(scheme != "no" for scheme in urllib.request.getproxies())


class SyncCore(SyncLoops):
    """Blocking I/O: `httpx2.Client`, `time.sleep`, and a thread pool for bulk calls."""

    _http_class = httpx2.Client
    _sleep = staticmethod(time.sleep)  # type: ignore[assignment]  # tests swap in a fake clock

    def _new_http(self) -> httpx2.Client:
        """httpx2 with a transport that drops a connection holding bytes past an answer
        (see _transport.py); httpx2's own behind proxies from the environment."""
        if _proxied():
            return httpx2.Client(timeout=self.timeout)
        from onesignal_generated.sync_transport import SyncTransport

        return httpx2.Client(timeout=self.timeout, transport=SyncTransport())

    def _run_plan(self, plan: Plan[ResultT]) -> ResultT:
        from ._bulk import _preflight  # only bulk helpers load _bulk

        _preflight(self, plan)

        def attempt(call: Call) -> Answer:
            try:
                return self._call(plan.op, call.slots, call.named), None
            except Exception as exc:  # kept as that item's outcome, never lost
                return None, exc

        workers = min(plan.concurrency, len(plan.calls))
        if workers == 1:
            return plan.assemble([attempt(call) for call in plan.calls])
        # httpx2.Client is thread-safe; the pool's threads share its connections and back-off.
        from concurrent.futures import ThreadPoolExecutor  # only bulk sends need threads

        with ThreadPoolExecutor(workers, thread_name_prefix="onesignal-bulk") as pool:
            return plan.assemble(list(pool.map(attempt, plan.calls)))


async def _asleep(seconds: float) -> None:
    import asyncio  # here, not at the top: sync-only programs need not load asyncio

    await asyncio.sleep(seconds)


class AsyncCore(AsyncLoops):
    """asyncio I/O: httpx2 over aiohttp, `asyncio.sleep`, and tasks for bulk calls."""

    _http_class = httpx2.AsyncClient
    _sleep = staticmethod(_asleep)  # tests swap in a fake clock

    def _new_http(self) -> httpx2.AsyncClient:
        """httpx2 over aiohttp when it is installed: it keeps its speed under concurrency
        (see _aiohttp_transport.py); otherwise httpx2 as `SyncCore` has it."""
        try:
            from ._aiohttp_transport import AiohttpTransport
        except ImportError:
            if _proxied():
                return httpx2.AsyncClient(timeout=self.timeout)
            from ._transport import AsyncTransport

            return httpx2.AsyncClient(timeout=self.timeout, transport=AsyncTransport())
        return httpx2.AsyncClient(timeout=self.timeout, transport=AiohttpTransport())

    async def _run_plan(self, plan: Plan[ResultT]) -> ResultT:
        import asyncio  # here: sync-only programs need not load asyncio

        from ._bulk import _preflight

        _preflight(self, plan)
        gate = asyncio.Semaphore(plan.concurrency)

        async def attempt(call: Call) -> Answer:
            try:
                return await self._call(plan.op, call.slots, call.named), None
            except Exception as exc:  # kept as that item's outcome, never lost
                return None, exc
            finally:
                gate.release()

        tasks: list[asyncio.Task[Answer]] = []
        try:
            for call in plan.calls:
                await gate.acquire()  # a task starts only when a slot is free: few tasks alive
                tasks.append(asyncio.ensure_future(attempt(call)))
            answers = await asyncio.gather(*tasks)
        finally:
            for task in tasks:  # when cancelled midway, stop the calls still running
                task.cancel()
        return plan.assemble(list(answers))


__all__ = ["AsyncCore", "SyncCore"]
