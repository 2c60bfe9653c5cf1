from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_events_request import CustomEventsRequest
from ...models.custom_events_response import CustomEventsResponse
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    *,
    body: CustomEventsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/custom_events".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> CustomEventsResponse | ErrorBody | None:
    if response.status_code == 200:
        response_200 = CustomEventsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = CustomEventsResponse.from_dict(response.json())

        return response_202

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
) -> Response[CustomEventsResponse | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CustomEventsRequest,
) -> Response[CustomEventsResponse | ErrorBody]:
    """Record custom events

     Records a batch of events that users did, such as a purchase or a finished level, for journeys to
    react to (entering a journey, leaving a Wait Until step). Each event names its user by `external_id`
    or `onesignal_id`. One event may be at most 2,024 bytes and the whole request at most 1 MB. Events
    that fail (most often because no user matched) come back in `errors` with a 202 while the rest are
    still recorded: resend only those. After a 5XX resend the whole batch. Give each event an
    `idempotency_key` so that retried events are not counted twice.

    Args:
        app_id (UUID):
        body (CustomEventsRequest): A batch of custom events (at most 1 MB in all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomEventsResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CustomEventsRequest,
) -> CustomEventsResponse | ErrorBody | None:
    """Record custom events

     Records a batch of events that users did, such as a purchase or a finished level, for journeys to
    react to (entering a journey, leaving a Wait Until step). Each event names its user by `external_id`
    or `onesignal_id`. One event may be at most 2,024 bytes and the whole request at most 1 MB. Events
    that fail (most often because no user matched) come back in `errors` with a 202 while the rest are
    still recorded: resend only those. After a 5XX resend the whole batch. Give each event an
    `idempotency_key` so that retried events are not counted twice.

    Args:
        app_id (UUID):
        body (CustomEventsRequest): A batch of custom events (at most 1 MB in all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomEventsResponse | ErrorBody
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CustomEventsRequest,
) -> Response[CustomEventsResponse | ErrorBody]:
    """Record custom events

     Records a batch of events that users did, such as a purchase or a finished level, for journeys to
    react to (entering a journey, leaving a Wait Until step). Each event names its user by `external_id`
    or `onesignal_id`. One event may be at most 2,024 bytes and the whole request at most 1 MB. Events
    that fail (most often because no user matched) come back in `errors` with a 202 while the rest are
    still recorded: resend only those. After a 5XX resend the whole batch. Give each event an
    `idempotency_key` so that retried events are not counted twice.

    Args:
        app_id (UUID):
        body (CustomEventsRequest): A batch of custom events (at most 1 MB in all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomEventsResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CustomEventsRequest,
) -> CustomEventsResponse | ErrorBody | None:
    """Record custom events

     Records a batch of events that users did, such as a purchase or a finished level, for journeys to
    react to (entering a journey, leaving a Wait Until step). Each event names its user by `external_id`
    or `onesignal_id`. One event may be at most 2,024 bytes and the whole request at most 1 MB. Events
    that fail (most often because no user matched) come back in `errors` with a 202 while the rest are
    still recorded: resend only those. After a 5XX resend the whole batch. Give each event an
    `idempotency_key` so that retried events are not counted twice.

    Args:
        app_id (UUID):
        body (CustomEventsRequest): A batch of custom events (at most 1 MB in all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomEventsResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
