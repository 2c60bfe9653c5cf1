from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.live_activity_update_request import LiveActivityUpdateRequest
from ...models.live_activity_update_response import LiveActivityUpdateResponse
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    activity_id: str,
    *,
    body: LiveActivityUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/live_activities/{activity_id}/notifications".format(
            app_id=quote(str(app_id), safe=""),
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | LiveActivityUpdateResponse | None:
    if response.status_code == 200:
        response_200 = LiveActivityUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = LiveActivityUpdateResponse.from_dict(response.json())

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
) -> Response[ErrorBody | LiveActivityUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: LiveActivityUpdateRequest,
) -> Response[ErrorBody | LiveActivityUpdateResponse]:
    """Update or end a Live Activity

     Pushes a new content state to every device running the Live Activity with this id, or ends it. With
    `event: update` the activity redraws from `event_updates`, whose keys must be exactly those of the
    `ContentState` struct in the app's widget extension; with `event: end` the activity stops and is
    removed at `dismissal_date` (or after iOS's default of up to four hours). An ended activity cannot
    be updated again. Answers with the id of the push that carried the change.

    Args:
        app_id (UUID):
        activity_id (str):
        body (LiveActivityUpdateRequest): A change of state for a running Live Activity, or the
            order to end it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LiveActivityUpdateResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: LiveActivityUpdateRequest,
) -> ErrorBody | LiveActivityUpdateResponse | None:
    """Update or end a Live Activity

     Pushes a new content state to every device running the Live Activity with this id, or ends it. With
    `event: update` the activity redraws from `event_updates`, whose keys must be exactly those of the
    `ContentState` struct in the app's widget extension; with `event: end` the activity stops and is
    removed at `dismissal_date` (or after iOS's default of up to four hours). An ended activity cannot
    be updated again. Answers with the id of the push that carried the change.

    Args:
        app_id (UUID):
        activity_id (str):
        body (LiveActivityUpdateRequest): A change of state for a running Live Activity, or the
            order to end it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LiveActivityUpdateResponse
    """

    return sync_detailed(
        app_id=app_id,
        activity_id=activity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: LiveActivityUpdateRequest,
) -> Response[ErrorBody | LiveActivityUpdateResponse]:
    """Update or end a Live Activity

     Pushes a new content state to every device running the Live Activity with this id, or ends it. With
    `event: update` the activity redraws from `event_updates`, whose keys must be exactly those of the
    `ContentState` struct in the app's widget extension; with `event: end` the activity stops and is
    removed at `dismissal_date` (or after iOS's default of up to four hours). An ended activity cannot
    be updated again. Answers with the id of the push that carried the change.

    Args:
        app_id (UUID):
        activity_id (str):
        body (LiveActivityUpdateRequest): A change of state for a running Live Activity, or the
            order to end it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | LiveActivityUpdateResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    activity_id: str,
    *,
    client: AuthenticatedClient,
    body: LiveActivityUpdateRequest,
) -> ErrorBody | LiveActivityUpdateResponse | None:
    """Update or end a Live Activity

     Pushes a new content state to every device running the Live Activity with this id, or ends it. With
    `event: update` the activity redraws from `event_updates`, whose keys must be exactly those of the
    `ContentState` struct in the app's widget extension; with `event: end` the activity stops and is
    removed at `dismissal_date` (or after iOS's default of up to four hours). An ended activity cannot
    be updated again. Answers with the id of the push that carried the change.

    Args:
        app_id (UUID):
        activity_id (str):
        body (LiveActivityUpdateRequest): A change of state for a running Live Activity, or the
            order to end it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | LiveActivityUpdateResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            activity_id=activity_id,
            client=client,
            body=body,
        )
    ).parsed
