from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.template import Template
from ...models.template_create_request import TemplateCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TemplateCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/templates",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | Template | None:
    if response.status_code == 200:
        response_200 = Template.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

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
) -> Response[ErrorBody | Template]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TemplateCreateRequest,
) -> Response[ErrorBody | Template]:
    """Create a template

     Saves a reusable push, email or SMS message in an app, usable from the dashboard and by
    `template_id` when sending through the API. A push template needs `contents` with an English (`en`)
    entry; an email template needs `isEmail: true` plus `email_subject` and `email_body`; an SMS
    template needs `isSMS: true` and `contents`. Any other property of the channel's message body is
    accepted as well. The channel must already be set up in the app.

    Args:
        body (TemplateCreateRequest): A new template. Which fields matter depends on the channel:
            `contents` for push and SMS, `isEmail` with `email_subject` and `email_body` for email,
            `isSMS` for SMS. Other message properties of the channel are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Template]
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
    body: TemplateCreateRequest,
) -> ErrorBody | Template | None:
    """Create a template

     Saves a reusable push, email or SMS message in an app, usable from the dashboard and by
    `template_id` when sending through the API. A push template needs `contents` with an English (`en`)
    entry; an email template needs `isEmail: true` plus `email_subject` and `email_body`; an SMS
    template needs `isSMS: true` and `contents`. Any other property of the channel's message body is
    accepted as well. The channel must already be set up in the app.

    Args:
        body (TemplateCreateRequest): A new template. Which fields matter depends on the channel:
            `contents` for push and SMS, `isEmail` with `email_subject` and `email_body` for email,
            `isSMS` for SMS. Other message properties of the channel are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Template
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TemplateCreateRequest,
) -> Response[ErrorBody | Template]:
    """Create a template

     Saves a reusable push, email or SMS message in an app, usable from the dashboard and by
    `template_id` when sending through the API. A push template needs `contents` with an English (`en`)
    entry; an email template needs `isEmail: true` plus `email_subject` and `email_body`; an SMS
    template needs `isSMS: true` and `contents`. Any other property of the channel's message body is
    accepted as well. The channel must already be set up in the app.

    Args:
        body (TemplateCreateRequest): A new template. Which fields matter depends on the channel:
            `contents` for push and SMS, `isEmail` with `email_subject` and `email_body` for email,
            `isSMS` for SMS. Other message properties of the channel are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Template]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TemplateCreateRequest,
) -> ErrorBody | Template | None:
    """Create a template

     Saves a reusable push, email or SMS message in an app, usable from the dashboard and by
    `template_id` when sending through the API. A push template needs `contents` with an English (`en`)
    entry; an email template needs `isEmail: true` plus `email_subject` and `email_body`; an SMS
    template needs `isSMS: true` and `contents`. Any other property of the channel's message body is
    accepted as well. The channel must already be set up in the app.

    Args:
        body (TemplateCreateRequest): A new template. Which fields matter depends on the channel:
            `contents` for push and SMS, `isEmail` with `email_subject` and `email_body` for email,
            `isSMS` for SMS. Other message properties of the channel are accepted too.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Template
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
