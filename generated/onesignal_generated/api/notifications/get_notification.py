from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.get_notification_outcome_attribution import (
    GetNotificationOutcomeAttribution,
)
from ...models.get_notification_outcome_time_range import (
    GetNotificationOutcomeTimeRange,
)
from ...models.notification_detail import NotificationDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    notification_id: UUID,
    *,
    app_id: UUID,
    outcome_names: list[str] | Unset = UNSET,
    outcome_time_range: GetNotificationOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetNotificationOutcomeAttribution | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_app_id = str(app_id)
    params["app_id"] = json_app_id

    json_outcome_names: list[str] | Unset = UNSET
    if not isinstance(outcome_names, Unset):
        json_outcome_names = outcome_names

    params["outcome_names"] = json_outcome_names

    json_outcome_time_range: str | Unset = UNSET
    if not isinstance(outcome_time_range, Unset):
        json_outcome_time_range = outcome_time_range

    params["outcome_time_range"] = json_outcome_time_range

    params["outcome_platforms"] = outcome_platforms

    json_outcome_attribution: str | Unset = UNSET
    if not isinstance(outcome_attribution, Unset):
        json_outcome_attribution = outcome_attribution

    params["outcome_attribution"] = json_outcome_attribution

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/{notification_id}".format(
            notification_id=quote(str(notification_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | NotificationDetail | None:
    if response.status_code == 200:
        response_200 = NotificationDetail.from_dict(response.json())

        return response_200

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
) -> Response[ErrorBody | NotificationDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    outcome_names: list[str] | Unset = UNSET,
    outcome_time_range: GetNotificationOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetNotificationOutcomeAttribution | Unset = UNSET,
) -> Response[ErrorBody | NotificationDetail]:
    """View a message

     Returns one message as it was created, together with its delivery statistics per platform and, where
    collected, its outcomes.

    Args:
        notification_id (UUID):
        app_id (UUID):
        outcome_names (list[str] | Unset):
        outcome_time_range (GetNotificationOutcomeTimeRange | Unset):
        outcome_platforms (str | Unset):
        outcome_attribution (GetNotificationOutcomeAttribution | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationDetail]
    """

    kwargs = _get_kwargs(
        notification_id=notification_id,
        app_id=app_id,
        outcome_names=outcome_names,
        outcome_time_range=outcome_time_range,
        outcome_platforms=outcome_platforms,
        outcome_attribution=outcome_attribution,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    outcome_names: list[str] | Unset = UNSET,
    outcome_time_range: GetNotificationOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetNotificationOutcomeAttribution | Unset = UNSET,
) -> ErrorBody | NotificationDetail | None:
    """View a message

     Returns one message as it was created, together with its delivery statistics per platform and, where
    collected, its outcomes.

    Args:
        notification_id (UUID):
        app_id (UUID):
        outcome_names (list[str] | Unset):
        outcome_time_range (GetNotificationOutcomeTimeRange | Unset):
        outcome_platforms (str | Unset):
        outcome_attribution (GetNotificationOutcomeAttribution | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationDetail
    """

    return sync_detailed(
        notification_id=notification_id,
        client=client,
        app_id=app_id,
        outcome_names=outcome_names,
        outcome_time_range=outcome_time_range,
        outcome_platforms=outcome_platforms,
        outcome_attribution=outcome_attribution,
    ).parsed


async def asyncio_detailed(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    outcome_names: list[str] | Unset = UNSET,
    outcome_time_range: GetNotificationOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetNotificationOutcomeAttribution | Unset = UNSET,
) -> Response[ErrorBody | NotificationDetail]:
    """View a message

     Returns one message as it was created, together with its delivery statistics per platform and, where
    collected, its outcomes.

    Args:
        notification_id (UUID):
        app_id (UUID):
        outcome_names (list[str] | Unset):
        outcome_time_range (GetNotificationOutcomeTimeRange | Unset):
        outcome_platforms (str | Unset):
        outcome_attribution (GetNotificationOutcomeAttribution | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | NotificationDetail]
    """

    kwargs = _get_kwargs(
        notification_id=notification_id,
        app_id=app_id,
        outcome_names=outcome_names,
        outcome_time_range=outcome_time_range,
        outcome_platforms=outcome_platforms,
        outcome_attribution=outcome_attribution,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    notification_id: UUID,
    *,
    client: AuthenticatedClient,
    app_id: UUID,
    outcome_names: list[str] | Unset = UNSET,
    outcome_time_range: GetNotificationOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetNotificationOutcomeAttribution | Unset = UNSET,
) -> ErrorBody | NotificationDetail | None:
    """View a message

     Returns one message as it was created, together with its delivery statistics per platform and, where
    collected, its outcomes.

    Args:
        notification_id (UUID):
        app_id (UUID):
        outcome_names (list[str] | Unset):
        outcome_time_range (GetNotificationOutcomeTimeRange | Unset):
        outcome_platforms (str | Unset):
        outcome_attribution (GetNotificationOutcomeAttribution | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | NotificationDetail
    """

    return (
        await asyncio_detailed(
            notification_id=notification_id,
            client=client,
            app_id=app_id,
            outcome_names=outcome_names,
            outcome_time_range=outcome_time_range,
            outcome_platforms=outcome_platforms,
            outcome_attribution=outcome_attribution,
        )
    ).parsed
