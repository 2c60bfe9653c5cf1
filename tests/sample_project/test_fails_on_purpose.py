"""Fail on purpose, to show what the plugin reports (tests/test_testing_plugin.py checks it)."""

from __future__ import annotations

import contextlib

from welcome import send_welcome, welcome_body

from onesignal import OneSignalError


def test_request_breaks_the_spec(onesignal_mock):
    # A value of the wrong type (the SDK checks names and enum values, not types): the mock
    # fails the test with Prism's reason...
    body = {**welcome_body("customer-9034"), "ttl": "one day"}
    # ...even when the application swallows the SDK's errors.
    with onesignal_mock.client() as client, contextlib.suppress(OneSignalError):
        client.create_notification(body)


def test_answer_the_spec_does_not_document(onesignal_mock):
    with onesignal_mock.client() as client, onesignal_mock.prefer(code=418):
        send_welcome(client, "customer-9034")
