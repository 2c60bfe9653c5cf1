from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app import App
from ...models.app_create_request import AppCreateRequest
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: AppCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/apps",
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
    *,
    client: AuthenticatedClient,
    body: AppCreateRequest,
) -> Response[App | ErrorBody]:
    """Create an app

     Creates a new OneSignal app inside an organization (`organization_id`, which the organization API
    key must belong to), optionally with its push credentials for web, Android and iOS set up at once.
    `name` and `organization_id` are required (older versions of the reference made `organization_id`
    optional, creating a new organization without it). Email and SMS settings cannot be set here;
    configure them in the dashboard. For web push, `site_name`, `chrome_web_origin` and
    `safari_site_origin` go together in one request. Needs the organization API key.

    Args:
        body (AppCreateRequest): A new app. `name` and `organization_id` are required (OneSignal's
            current reference); any platform setting may be given at once. For web push, send
            `site_name`, `chrome_web_origin` and `safari_site_origin` together. The read-only fields
            of an app (`id`, counts, timestamps, certificates on file, derived Safari icons) are
            accepted and ignored, so an `App` object can be sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AppCreateRequest,
) -> App | ErrorBody | None:
    """Create an app

     Creates a new OneSignal app inside an organization (`organization_id`, which the organization API
    key must belong to), optionally with its push credentials for web, Android and iOS set up at once.
    `name` and `organization_id` are required (older versions of the reference made `organization_id`
    optional, creating a new organization without it). Email and SMS settings cannot be set here;
    configure them in the dashboard. For web push, `site_name`, `chrome_web_origin` and
    `safari_site_origin` go together in one request. Needs the organization API key.

    Args:
        body (AppCreateRequest): A new app. `name` and `organization_id` are required (OneSignal's
            current reference); any platform setting may be given at once. For web push, send
            `site_name`, `chrome_web_origin` and `safari_site_origin` together. The read-only fields
            of an app (`id`, counts, timestamps, certificates on file, derived Safari icons) are
            accepted and ignored, so an `App` object can be sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AppCreateRequest,
) -> Response[App | ErrorBody]:
    """Create an app

     Creates a new OneSignal app inside an organization (`organization_id`, which the organization API
    key must belong to), optionally with its push credentials for web, Android and iOS set up at once.
    `name` and `organization_id` are required (older versions of the reference made `organization_id`
    optional, creating a new organization without it). Email and SMS settings cannot be set here;
    configure them in the dashboard. For web push, `site_name`, `chrome_web_origin` and
    `safari_site_origin` go together in one request. Needs the organization API key.

    Args:
        body (AppCreateRequest): A new app. `name` and `organization_id` are required (OneSignal's
            current reference); any platform setting may be given at once. For web push, send
            `site_name`, `chrome_web_origin` and `safari_site_origin` together. The read-only fields
            of an app (`id`, counts, timestamps, certificates on file, derived Safari icons) are
            accepted and ignored, so an `App` object can be sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[App | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AppCreateRequest,
) -> App | ErrorBody | None:
    """Create an app

     Creates a new OneSignal app inside an organization (`organization_id`, which the organization API
    key must belong to), optionally with its push credentials for web, Android and iOS set up at once.
    `name` and `organization_id` are required (older versions of the reference made `organization_id`
    optional, creating a new organization without it). Email and SMS settings cannot be set here;
    configure them in the dashboard. For web push, `site_name`, `chrome_web_origin` and
    `safari_site_origin` go together in one request. Needs the organization API key.

    Args:
        body (AppCreateRequest): A new app. `name` and `organization_id` are required (OneSignal's
            current reference); any platform setting may be given at once. For web push, send
            `site_name`, `chrome_web_origin` and `safari_site_origin` together. The read-only fields
            of an app (`id`, counts, timestamps, certificates on file, derived Safari icons) are
            accepted and ignored, so an `App` object can be sent as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        App | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
