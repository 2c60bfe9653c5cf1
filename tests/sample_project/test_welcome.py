"""The sample project's tests: only the `onesignal_mock` fixture and its marker, no setup."""

from __future__ import annotations

import asyncio

import pytest
from welcome import send_welcome, send_welcome_async

from onesignal import RateLimitError


def test_welcome_is_sent(onesignal_mock):
    with onesignal_mock.client() as client:
        assert send_welcome(client, "customer-9034")


def test_unknown_user_gets_no_welcome(onesignal_mock):
    with onesignal_mock.client() as client:
        with onesignal_mock.prefer(code=404):
            assert send_welcome(client, "nobody") is None
        assert send_welcome(client, "customer-9034"), "prefer() ends with its block"


@pytest.mark.onesignal_prefer(code=404)
def test_unknown_user_marker(onesignal_mock):
    with onesignal_mock.client() as client:
        assert send_welcome(client, "nobody") is None


@pytest.mark.onesignal_prefer(code=429)
def test_rate_limit_reaches_the_caller(onesignal_mock):
    with onesignal_mock.client() as client, pytest.raises(RateLimitError) as caught:
        send_welcome(client, "customer-9034")
    assert caught.value.retry_after == 30


def test_async_client(onesignal_mock):
    async def main():
        async with onesignal_mock.async_client() as client:
            assert await send_welcome_async(client, "customer-9034")
            with onesignal_mock.prefer(code=404):
                assert await send_welcome_async(client, "nobody") is None

    asyncio.run(main())
