from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.get_outcomes_outcome_attribution import (
    GetOutcomesOutcomeAttribution,
)
from ...models.get_outcomes_outcome_time_range import (
    GetOutcomesOutcomeTimeRange,
)
from ...models.outcome_list_response import OutcomeListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    app_id: UUID,
    *,
    outcome_names: str | Unset = UNSET,
    outcome_time_range: GetOutcomesOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetOutcomesOutcomeAttribution | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["outcome_names"] = outcome_names

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
        "url": "/apps/{app_id}/outcomes".format(
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorBody | OutcomeListResponse | None:
    if response.status_code == 200:
        response_200 = OutcomeListResponse.from_dict(response.json())

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
) -> Response[ErrorBody | OutcomeListResponse]:
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
    outcome_names: str | Unset = UNSET,
    outcome_time_range: GetOutcomesOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetOutcomesOutcomeAttribution | Unset = UNSET,
) -> Response[ErrorBody | OutcomeListResponse]:
    """View outcomes

     Returns aggregated outcome metrics for the app: OneSignal's own outcomes (`os__click`,
    `os__confirmed_delivery`, `os__session_duration`) and custom outcomes your app reports. Narrow them
    by time range, platform and attribution. Outcome data is kept for about 30 days, so export it
    regularly if you need a longer history.

    Args:
        app_id (UUID):
        outcome_names (str | Unset):
        outcome_time_range (GetOutcomesOutcomeTimeRange | Unset):
        outcome_platforms (str | Unset):
        outcome_attribution (GetOutcomesOutcomeAttribution | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OutcomeListResponse]
    """

    kwargs = _get_kwargs(
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
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    outcome_names: str | Unset = UNSET,
    outcome_time_range: GetOutcomesOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetOutcomesOutcomeAttribution | Unset = UNSET,
) -> ErrorBody | OutcomeListResponse | None:
    """View outcomes

     Returns aggregated outcome metrics for the app: OneSignal's own outcomes (`os__click`,
    `os__confirmed_delivery`, `os__session_duration`) and custom outcomes your app reports. Narrow them
    by time range, platform and attribution. Outcome data is kept for about 30 days, so export it
    regularly if you need a longer history.

    Args:
        app_id (UUID):
        outcome_names (str | Unset):
        outcome_time_range (GetOutcomesOutcomeTimeRange | Unset):
        outcome_platforms (str | Unset):
        outcome_attribution (GetOutcomesOutcomeAttribution | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OutcomeListResponse
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        outcome_names=outcome_names,
        outcome_time_range=outcome_time_range,
        outcome_platforms=outcome_platforms,
        outcome_attribution=outcome_attribution,
    ).parsed


async def asyncio_detailed(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    outcome_names: str | Unset = UNSET,
    outcome_time_range: GetOutcomesOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetOutcomesOutcomeAttribution | Unset = UNSET,
) -> Response[ErrorBody | OutcomeListResponse]:
    """View outcomes

     Returns aggregated outcome metrics for the app: OneSignal's own outcomes (`os__click`,
    `os__confirmed_delivery`, `os__session_duration`) and custom outcomes your app reports. Narrow them
    by time range, platform and attribution. Outcome data is kept for about 30 days, so export it
    regularly if you need a longer history.

    Args:
        app_id (UUID):
        outcome_names (str | Unset):
        outcome_time_range (GetOutcomesOutcomeTimeRange | Unset):
        outcome_platforms (str | Unset):
        outcome_attribution (GetOutcomesOutcomeAttribution | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | OutcomeListResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        outcome_names=outcome_names,
        outcome_time_range=outcome_time_range,
        outcome_platforms=outcome_platforms,
        outcome_attribution=outcome_attribution,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: UUID,
    *,
    client: AuthenticatedClient,
    outcome_names: str | Unset = UNSET,
    outcome_time_range: GetOutcomesOutcomeTimeRange | Unset = UNSET,
    outcome_platforms: str | Unset = UNSET,
    outcome_attribution: GetOutcomesOutcomeAttribution | Unset = UNSET,
) -> ErrorBody | OutcomeListResponse | None:
    """View outcomes

     Returns aggregated outcome metrics for the app: OneSignal's own outcomes (`os__click`,
    `os__confirmed_delivery`, `os__session_duration`) and custom outcomes your app reports. Narrow them
    by time range, platform and attribution. Outcome data is kept for about 30 days, so export it
    regularly if you need a longer history.

    Args:
        app_id (UUID):
        outcome_names (str | Unset):
        outcome_time_range (GetOutcomesOutcomeTimeRange | Unset):
        outcome_platforms (str | Unset):
        outcome_attribution (GetOutcomesOutcomeAttribution | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | OutcomeListResponse
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            outcome_names=outcome_names,
            outcome_time_range=outcome_time_range,
            outcome_platforms=outcome_platforms,
            outcome_attribution=outcome_attribution,
        )
    ).parsed
