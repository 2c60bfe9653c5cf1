from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    activity_id: str,
    subscription_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/apps/{app_id}/live_activities/{activity_id}/token/{subscription_id}".format(
            app_id=quote(str(app_id), safe=""),
            activity_id=quote(str(activity_id), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

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
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorBody]:
    """Unregister a Live Activity push token

     Removes the link between a subscription and the Live Activity with this id, for example after the
    user dismissed the activity on that device. The subscription then no longer receives updates for the
    activity. Answers with no body.

    Args:
        app_id (UUID):
        activity_id (str):
        subscription_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        activity_id=activity_id,
        subscription_id=subscription_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    activity_id: str,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorBody | None:
    """Unregister a Live Activity push token

     Removes the link between a subscription and the Live Activity with this id, for example after the
    user dismissed the activity on that device. The subscription then no longer receives updates for the
    activity. Answers with no body.

    Args:
        app_id (UUID):
        activity_id (str):
        subscription_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody
    """

    return sync_detailed(
        app_id=app_id,
        activity_id=activity_id,
        subscription_id=subscription_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    activity_id: str,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorBody]:
    """Unregister a Live Activity push token

     Removes the link between a subscription and the Live Activity with this id, for example after the
    user dismissed the activity on that device. The subscription then no longer receives updates for the
    activity. Answers with no body.

    Args:
        app_id (UUID):
        activity_id (str):
        subscription_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        activity_id=activity_id,
        subscription_id=subscription_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    activity_id: str,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorBody | None:
    """Unregister a Live Activity push token

     Removes the link between a subscription and the Live Activity with this id, for example after the
    user dismissed the activity on that device. The subscription then no longer receives updates for the
    activity. Answers with no body.

    Args:
        app_id (UUID):
        activity_id (str):
        subscription_id (UUID):

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
            subscription_id=subscription_id,
            client=client,
        )
    ).parsed
