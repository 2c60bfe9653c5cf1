from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.live_activity_token_request import LiveActivityTokenRequest
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    activity_id: str,
    *,
    body: LiveActivityTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps/{app_id}/live_activities/{activity_id}/token".format(
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
) -> Any | ErrorBody | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorBody]:
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
    body: LiveActivityTokenRequest,
) -> Response[Any | ErrorBody]:
    """Register a Live Activity push token

     Links the update push token that iOS issued for a running Live Activity to the subscription of the
    device showing it, so that later updates for this `activity_id` reach that device. The iOS SDK
    normally does this itself; call it from a server only when you start activities outside the SDK.
    Answers with no body.

    Args:
        app_id (UUID):
        activity_id (str):
        body (LiveActivityTokenRequest): An update push token that iOS issued for one device's
            copy of a Live Activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
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
    body: LiveActivityTokenRequest,
) -> Any | ErrorBody | None:
    """Register a Live Activity push token

     Links the update push token that iOS issued for a running Live Activity to the subscription of the
    device showing it, so that later updates for this `activity_id` reach that device. The iOS SDK
    normally does this itself; call it from a server only when you start activities outside the SDK.
    Answers with no body.

    Args:
        app_id (UUID):
        activity_id (str):
        body (LiveActivityTokenRequest): An update push token that iOS issued for one device's
            copy of a Live Activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
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
    body: LiveActivityTokenRequest,
) -> Response[Any | ErrorBody]:
    """Register a Live Activity push token

     Links the update push token that iOS issued for a running Live Activity to the subscription of the
    device showing it, so that later updates for this `activity_id` reach that device. The iOS SDK
    normally does this itself; call it from a server only when you start activities outside the SDK.
    Answers with no body.

    Args:
        app_id (UUID):
        activity_id (str):
        body (LiveActivityTokenRequest): An update push token that iOS issued for one device's
            copy of a Live Activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
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
    body: LiveActivityTokenRequest,
) -> Any | ErrorBody | None:
    """Register a Live Activity push token

     Links the update push token that iOS issued for a running Live Activity to the subscription of the
    device showing it, so that later updates for this `activity_id` reach that device. The iOS SDK
    normally does this itself; call it from a server only when you start activities outside the SDK.
    Answers with no body.

    Args:
        app_id (UUID):
        activity_id (str):
        body (LiveActivityTokenRequest): An update push token that iOS issued for one device's
            copy of a Live Activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            activity_id=activity_id,
            client=client,
            body=body,
        )
    ).parsed
