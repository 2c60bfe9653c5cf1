import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_metrics_timeseries_response import EmailMetricsTimeseriesResponse
from ...models.error_body import ErrorBody
from ...models.get_email_provider_metrics_timeseries_granularity import (
    GetEmailProviderMetricsTimeseriesGranularity,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    *,
    domain: str,
    start: datetime.datetime,
    end: datetime.datetime,
    granularity: GetEmailProviderMetricsTimeseriesGranularity | Unset = UNSET,
    providers: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["domain"] = domain

    json_start = start.isoformat()
    params["start"] = json_start

    json_end = end.isoformat()
    params["end"] = json_end

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity

    params["granularity"] = json_granularity

    json_providers: list[str] | Unset = UNSET
    if not isinstance(providers, Unset):
        json_providers = providers

    params["providers[]"] = json_providers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/apps/{app_id}/email_analytics/provider_metrics_timeseries".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> EmailMetricsTimeseriesResponse | ErrorBody | None:
    if response.status_code == 200:
        response_200 = EmailMetricsTimeseriesResponse.from_dict(response.json())

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
) -> Response[EmailMetricsTimeseriesResponse | ErrorBody]:
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
    domain: str,
    start: datetime.datetime,
    end: datetime.datetime,
    granularity: GetEmailProviderMetricsTimeseriesGranularity | Unset = UNSET,
    providers: list[str] | Unset = UNSET,
) -> Response[EmailMetricsTimeseriesResponse | ErrorBody]:
    """Get email provider metrics over time

     For apps sending with OneSignal Email: the same delivery, open, click, bounce, failure and spam
    complaint counts for one sending domain, bucketed by hour, day or month. Each event's counts are
    summed over the providers named in `providers[]` (repeat the parameter once per provider), or over
    every provider when it is left out. `start` must be before `end` and at most 365 days ago (60 days
    for `hourly`). `events` comes back empty when the domain is unknown to the app or not currently
    active for sending.

    Args:
        app_id (UUID):
        domain (str):
        start (datetime.datetime):
        end (datetime.datetime):
        granularity (GetEmailProviderMetricsTimeseriesGranularity | Unset):
        providers (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailMetricsTimeseriesResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        domain=domain,
        start=start,
        end=end,
        granularity=granularity,
        providers=providers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    domain: str,
    start: datetime.datetime,
    end: datetime.datetime,
    granularity: GetEmailProviderMetricsTimeseriesGranularity | Unset = UNSET,
    providers: list[str] | Unset = UNSET,
) -> EmailMetricsTimeseriesResponse | ErrorBody | None:
    """Get email provider metrics over time

     For apps sending with OneSignal Email: the same delivery, open, click, bounce, failure and spam
    complaint counts for one sending domain, bucketed by hour, day or month. Each event's counts are
    summed over the providers named in `providers[]` (repeat the parameter once per provider), or over
    every provider when it is left out. `start` must be before `end` and at most 365 days ago (60 days
    for `hourly`). `events` comes back empty when the domain is unknown to the app or not currently
    active for sending.

    Args:
        app_id (UUID):
        domain (str):
        start (datetime.datetime):
        end (datetime.datetime):
        granularity (GetEmailProviderMetricsTimeseriesGranularity | Unset):
        providers (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailMetricsTimeseriesResponse | ErrorBody
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        domain=domain,
        start=start,
        end=end,
        granularity=granularity,
        providers=providers,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    domain: str,
    start: datetime.datetime,
    end: datetime.datetime,
    granularity: GetEmailProviderMetricsTimeseriesGranularity | Unset = UNSET,
    providers: list[str] | Unset = UNSET,
) -> Response[EmailMetricsTimeseriesResponse | ErrorBody]:
    """Get email provider metrics over time

     For apps sending with OneSignal Email: the same delivery, open, click, bounce, failure and spam
    complaint counts for one sending domain, bucketed by hour, day or month. Each event's counts are
    summed over the providers named in `providers[]` (repeat the parameter once per provider), or over
    every provider when it is left out. `start` must be before `end` and at most 365 days ago (60 days
    for `hourly`). `events` comes back empty when the domain is unknown to the app or not currently
    active for sending.

    Args:
        app_id (UUID):
        domain (str):
        start (datetime.datetime):
        end (datetime.datetime):
        granularity (GetEmailProviderMetricsTimeseriesGranularity | Unset):
        providers (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailMetricsTimeseriesResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        domain=domain,
        start=start,
        end=end,
        granularity=granularity,
        providers=providers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    domain: str,
    start: datetime.datetime,
    end: datetime.datetime,
    granularity: GetEmailProviderMetricsTimeseriesGranularity | Unset = UNSET,
    providers: list[str] | Unset = UNSET,
) -> EmailMetricsTimeseriesResponse | ErrorBody | None:
    """Get email provider metrics over time

     For apps sending with OneSignal Email: the same delivery, open, click, bounce, failure and spam
    complaint counts for one sending domain, bucketed by hour, day or month. Each event's counts are
    summed over the providers named in `providers[]` (repeat the parameter once per provider), or over
    every provider when it is left out. `start` must be before `end` and at most 365 days ago (60 days
    for `hourly`). `events` comes back empty when the domain is unknown to the app or not currently
    active for sending.

    Args:
        app_id (UUID):
        domain (str):
        start (datetime.datetime):
        end (datetime.datetime):
        granularity (GetEmailProviderMetricsTimeseriesGranularity | Unset):
        providers (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailMetricsTimeseriesResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            domain=domain,
            start=start,
            end=end,
            granularity=granularity,
            providers=providers,
        )
    ).parsed
