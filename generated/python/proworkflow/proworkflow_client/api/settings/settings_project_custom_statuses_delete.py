from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.write_result import WriteResult
from ...types import Response


def _get_kwargs(
    customstatusid: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/settings/projects/customstatuses/{customstatusid}".format(
            customstatusid=quote(str(customstatusid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | WriteResult | None:
    if response.status_code == 200:
        response_200 = WriteResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorEnvelope | WriteResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customstatusid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Delete a custom status

     Deletes a custom status no project carries; while projects carry it the answer is 400 (give them
    another status first). Staff only; clients and contractors get 403.

    Args:
        customstatusid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        customstatusid=customstatusid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customstatusid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorEnvelope | WriteResult | None:
    """Delete a custom status

     Deletes a custom status no project carries; while projects carry it the answer is 400 (give them
    another status first). Staff only; clients and contractors get 403.

    Args:
        customstatusid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return sync_detailed(
        customstatusid=customstatusid,
        client=client,
    ).parsed


async def asyncio_detailed(
    customstatusid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Delete a custom status

     Deletes a custom status no project carries; while projects carry it the answer is 400 (give them
    another status first). Staff only; clients and contractors get 403.

    Args:
        customstatusid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        customstatusid=customstatusid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customstatusid: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorEnvelope | WriteResult | None:
    """Delete a custom status

     Deletes a custom status no project carries; while projects carry it the answer is 400 (give them
    another status first). Staff only; clients and contractors get 403.

    Args:
        customstatusid (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return (
        await asyncio_detailed(
            customstatusid=customstatusid,
            client=client,
        )
    ).parsed
