from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app import App
from ...models.app_update_request import AppUpdateRequest
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    app_id: UUID,
    *,
    body: AppUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/apps/{app_id}".format(
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> App | ErrorBody | None:
    if response.status_code == 200:
        response_200 = App.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

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
) -> Response[App | ErrorBody]:
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
    body: AppUpdateRequest,
) -> Response[App | ErrorBody]:
    """Update an app

     Changes the name or platform settings of an existing app. Send the fields to change; sending back an
    app read with `get_app` with a few fields edited also works, since the read-only fields (`id`,
    counts, timestamps) are ignored. The organization API key must belong to the app's organization. For
    Safari web push, `safari_apns_p12` and `safari_apns_p12_password` must be sent too (as empty strings
    when you have no certificate of your own).

    Args:
        app_id (UUID):
        body (AppUpdateRequest): Changes to an app; every field is optional. An app as returned by
            `get_app` is accepted too: `id`, `players`, `messageable_players`, `created_at`,
            `updated_at` and `basic_auth_key` are then ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App | ErrorBody]
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
    body: AppUpdateRequest,
) -> App | ErrorBody | None:
    """Update an app

     Changes the name or platform settings of an existing app. Send the fields to change; sending back an
    app read with `get_app` with a few fields edited also works, since the read-only fields (`id`,
    counts, timestamps) are ignored. The organization API key must belong to the app's organization. For
    Safari web push, `safari_apns_p12` and `safari_apns_p12_password` must be sent too (as empty strings
    when you have no certificate of your own).

    Args:
        app_id (UUID):
        body (AppUpdateRequest): Changes to an app; every field is optional. An app as returned by
            `get_app` is accepted too: `id`, `players`, `messageable_players`, `created_at`,
            `updated_at` and `basic_auth_key` are then ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App | ErrorBody
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
    body: AppUpdateRequest,
) -> Response[App | ErrorBody]:
    """Update an app

     Changes the name or platform settings of an existing app. Send the fields to change; sending back an
    app read with `get_app` with a few fields edited also works, since the read-only fields (`id`,
    counts, timestamps) are ignored. The organization API key must belong to the app's organization. For
    Safari web push, `safari_apns_p12` and `safari_apns_p12_password` must be sent too (as empty strings
    when you have no certificate of your own).

    Args:
        app_id (UUID):
        body (AppUpdateRequest): Changes to an app; every field is optional. An app as returned by
            `get_app` is accepted too: `id`, `players`, `messageable_players`, `created_at`,
            `updated_at` and `basic_auth_key` are then ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App | ErrorBody]
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
    body: AppUpdateRequest,
) -> App | ErrorBody | None:
    """Update an app

     Changes the name or platform settings of an existing app. Send the fields to change; sending back an
    app read with `get_app` with a few fields edited also works, since the read-only fields (`id`,
    counts, timestamps) are ignored. The organization API key must belong to the app's organization. For
    Safari web push, `safari_apns_p12` and `safari_apns_p12_password` must be sent too (as empty strings
    when you have no certificate of your own).

    Args:
        app_id (UUID):
        body (AppUpdateRequest): Changes to an app; every field is optional. An app as returned by
            `get_app` is accepted too: `id`, `players`, `messageable_players`, `created_at`,
            `updated_at` and `basic_auth_key` are then ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App | ErrorBody
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
