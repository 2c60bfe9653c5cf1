from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.user_update_request import UserUpdateRequest
from ...models.user_update_response import UserUpdateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    body: UserUpdateRequest,
    onesignal_subscription_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(onesignal_subscription_id, Unset):
        headers["onesignal-subscription-id"] = onesignal_subscription_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/apps/{app_id}/users/by/{alias_label}/{alias_id}".format(
            app_id=quote(str(app_id), safe=""),
            alias_label=quote(str(alias_label), safe=""),
            alias_id=quote(str(alias_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | UserUpdateResponse | None:
    if response.status_code == 202:
        response_202 = UserUpdateResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

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
) -> Response[ErrorBody | UserUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    client: AuthenticatedClient,
    body: UserUpdateRequest,
    onesignal_subscription_id: str | Unset = UNSET,
) -> Response[ErrorBody | UserUpdateResponse]:
    """Update a user's properties

     Changes the properties of a user found by one of its aliases: tags, language, time zone, location
    and activity. `deltas` adds to the running session time, session count and purchase list instead of
    replacing them. Aliases and subscriptions are not changed here; use the alias and subscription
    operations for those. The change is applied asynchronously.

    Args:
        app_id (UUID):
        alias_label (str):
        alias_id (str):
        onesignal_subscription_id (str | Unset):
        body (UserUpdateRequest): Property changes for a user, and amounts to add to its running
            totals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UserUpdateResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        alias_label=alias_label,
        alias_id=alias_id,
        body=body,
        onesignal_subscription_id=onesignal_subscription_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    client: AuthenticatedClient,
    body: UserUpdateRequest,
    onesignal_subscription_id: str | Unset = UNSET,
) -> ErrorBody | UserUpdateResponse | None:
    """Update a user's properties

     Changes the properties of a user found by one of its aliases: tags, language, time zone, location
    and activity. `deltas` adds to the running session time, session count and purchase list instead of
    replacing them. Aliases and subscriptions are not changed here; use the alias and subscription
    operations for those. The change is applied asynchronously.

    Args:
        app_id (UUID):
        alias_label (str):
        alias_id (str):
        onesignal_subscription_id (str | Unset):
        body (UserUpdateRequest): Property changes for a user, and amounts to add to its running
            totals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UserUpdateResponse
    """

    return sync_detailed(
        app_id=app_id,
        alias_label=alias_label,
        alias_id=alias_id,
        client=client,
        body=body,
        onesignal_subscription_id=onesignal_subscription_id,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    client: AuthenticatedClient,
    body: UserUpdateRequest,
    onesignal_subscription_id: str | Unset = UNSET,
) -> Response[ErrorBody | UserUpdateResponse]:
    """Update a user's properties

     Changes the properties of a user found by one of its aliases: tags, language, time zone, location
    and activity. `deltas` adds to the running session time, session count and purchase list instead of
    replacing them. Aliases and subscriptions are not changed here; use the alias and subscription
    operations for those. The change is applied asynchronously.

    Args:
        app_id (UUID):
        alias_label (str):
        alias_id (str):
        onesignal_subscription_id (str | Unset):
        body (UserUpdateRequest): Property changes for a user, and amounts to add to its running
            totals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | UserUpdateResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        alias_label=alias_label,
        alias_id=alias_id,
        body=body,
        onesignal_subscription_id=onesignal_subscription_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    alias_label: str,
    alias_id: str,
    *,
    client: AuthenticatedClient,
    body: UserUpdateRequest,
    onesignal_subscription_id: str | Unset = UNSET,
) -> ErrorBody | UserUpdateResponse | None:
    """Update a user's properties

     Changes the properties of a user found by one of its aliases: tags, language, time zone, location
    and activity. `deltas` adds to the running session time, session count and purchase list instead of
    replacing them. Aliases and subscriptions are not changed here; use the alias and subscription
    operations for those. The change is applied asynchronously.

    Args:
        app_id (UUID):
        alias_label (str):
        alias_id (str):
        onesignal_subscription_id (str | Unset):
        body (UserUpdateRequest): Property changes for a user, and amounts to add to its running
            totals.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | UserUpdateResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            alias_label=alias_label,
            alias_id=alias_id,
            client=client,
            body=body,
            onesignal_subscription_id=onesignal_subscription_id,
        )
    ).parsed
