from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.live_activity_start_request import LiveActivityStartRequest
from ...models.live_activity_start_response import LiveActivityStartResponse
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    activity_type: str,
    *,
    body: LiveActivityStartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/activities/activity/{activity_type}".format(
            app_id=quote(str(app_id), safe=""),
            activity_type=quote(str(activity_type), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | LiveActivityStartResponse | None:
    if response.status_code == 200:
        response_200 = LiveActivityStartResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = LiveActivityStartResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorBody.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorBody | LiveActivityStartResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    activity_type: str,
    *,
    client: AuthenticatedClient,
    body: LiveActivityStartRequest,
) -> Response[ErrorBody | LiveActivityStartResponse]:
    """Start a Live Activity remotely (push-to-start)

     Starts a new Live Activity on the targeted iOS devices without the app being open, using their push-
    to-start tokens (iOS 17.2+). `activity_type` names the `ActivityAttributes` struct to instantiate;
    `event_attributes` fills its static fields and `event_updates` its initial content state. Pick one
    way of targeting: aliases, subscription ids, segments, or filters. Keep the `activity_id` you
    choose: later updates address the activity by it.

    Args:
        app_id (UUID):
        activity_type (str):
        body (LiveActivityStartRequest): A push-to-start request: the audience, the id to give the
            new activity and its initial attributes and state. Use one targeting method only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LiveActivityStartResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        activity_type=activity_type,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    activity_type: str,
    *,
    client: AuthenticatedClient,
    body: LiveActivityStartRequest,
) -> ErrorBody | LiveActivityStartResponse | None:
    """Start a Live Activity remotely (push-to-start)

     Starts a new Live Activity on the targeted iOS devices without the app being open, using their push-
    to-start tokens (iOS 17.2+). `activity_type` names the `ActivityAttributes` struct to instantiate;
    `event_attributes` fills its static fields and `event_updates` its initial content state. Pick one
    way of targeting: aliases, subscription ids, segments, or filters. Keep the `activity_id` you
    choose: later updates address the activity by it.

    Args:
        app_id (UUID):
        activity_type (str):
        body (LiveActivityStartRequest): A push-to-start request: the audience, the id to give the
            new activity and its initial attributes and state. Use one targeting method only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LiveActivityStartResponse
    """

    return sync_detailed(
        app_id=app_id,
        activity_type=activity_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    activity_type: str,
    *,
    client: AuthenticatedClient,
    body: LiveActivityStartRequest,
) -> Response[ErrorBody | LiveActivityStartResponse]:
    """Start a Live Activity remotely (push-to-start)

     Starts a new Live Activity on the targeted iOS devices without the app being open, using their push-
    to-start tokens (iOS 17.2+). `activity_type` names the `ActivityAttributes` struct to instantiate;
    `event_attributes` fills its static fields and `event_updates` its initial content state. Pick one
    way of targeting: aliases, subscription ids, segments, or filters. Keep the `activity_id` you
    choose: later updates address the activity by it.

    Args:
        app_id (UUID):
        activity_type (str):
        body (LiveActivityStartRequest): A push-to-start request: the audience, the id to give the
            new activity and its initial attributes and state. Use one targeting method only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LiveActivityStartResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        activity_type=activity_type,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    activity_type: str,
    *,
    client: AuthenticatedClient,
    body: LiveActivityStartRequest,
) -> ErrorBody | LiveActivityStartResponse | None:
    """Start a Live Activity remotely (push-to-start)

     Starts a new Live Activity on the targeted iOS devices without the app being open, using their push-
    to-start tokens (iOS 17.2+). `activity_type` names the `ActivityAttributes` struct to instantiate;
    `event_attributes` fills its static fields and `event_updates` its initial content state. Pick one
    way of targeting: aliases, subscription ids, segments, or filters. Keep the `activity_id` you
    choose: later updates address the activity by it.

    Args:
        app_id (UUID):
        activity_type (str):
        body (LiveActivityStartRequest): A push-to-start request: the audience, the id to give the
            new activity and its initial attributes and state. Use one targeting method only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LiveActivityStartResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            activity_type=activity_type,
            client=client,
            body=body,
        )
    ).parsed
