from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/get/activity/downloadFile",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[ErrorEnvelope | File]:
    """Download an attached file (the call example's GET form)

     The same call as `activityDownloadFile`, in the form of the vendor's call example: `GET
    /service/get/activity/downloadFile?id=...`.

    Vendor-doc correction: the call example's GET form disagrees with the heading's POST form; both are
    served (see `fivepm-activity-downloadfile-method` on `activityDownloadFile`).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | File]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> ErrorEnvelope | File | None:
    """Download an attached file (the call example's GET form)

     The same call as `activityDownloadFile`, in the form of the vendor's call example: `GET
    /service/get/activity/downloadFile?id=...`.

    Vendor-doc correction: the call example's GET form disagrees with the heading's POST form; both are
    served (see `fivepm-activity-downloadfile-method` on `activityDownloadFile`).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | File
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[ErrorEnvelope | File]:
    """Download an attached file (the call example's GET form)

     The same call as `activityDownloadFile`, in the form of the vendor's call example: `GET
    /service/get/activity/downloadFile?id=...`.

    Vendor-doc correction: the call example's GET form disagrees with the heading's POST form; both are
    served (see `fivepm-activity-downloadfile-method` on `activityDownloadFile`).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | File]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> ErrorEnvelope | File | None:
    """Download an attached file (the call example's GET form)

     The same call as `activityDownloadFile`, in the form of the vendor's call example: `GET
    /service/get/activity/downloadFile?id=...`.

    Vendor-doc correction: the call example's GET form disagrees with the heading's POST form; both are
    served (see `fivepm-activity-downloadfile-method` on `activityDownloadFile`).

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | File
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
