from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.remove_result_envelope import RemoveResultEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/post/activity/removeFile",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RemoveResultEnvelope | None:
    if response.status_code == 200:
        response_200 = RemoveResultEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | RemoveResultEnvelope]:
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
) -> Response[ErrorEnvelope | RemoveResultEnvelope]:
    """Delete an attached file

     Deletes one attached file by id. Removing a file that is already gone is an error, not a `false`
    result. The same call is also answered as `GET /service/get/activity/removeFile`
    (`activityRemoveFileViaGet`), the form of the vendor's call example.

    Vendor-doc correction: the vendor's heading says `POST /service/post/activity/removeFile` while its
    call example uses `GET /service/get/activity/removeFile`. Both forms are served; the heading's form
    is the documented one (it matches every other remove call and is what an integrator's catalogue
    calls), the example's form is an alias. Download a File has the same conflict and is resolved the
    same way.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RemoveResultEnvelope]
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
) -> ErrorEnvelope | RemoveResultEnvelope | None:
    """Delete an attached file

     Deletes one attached file by id. Removing a file that is already gone is an error, not a `false`
    result. The same call is also answered as `GET /service/get/activity/removeFile`
    (`activityRemoveFileViaGet`), the form of the vendor's call example.

    Vendor-doc correction: the vendor's heading says `POST /service/post/activity/removeFile` while its
    call example uses `GET /service/get/activity/removeFile`. Both forms are served; the heading's form
    is the documented one (it matches every other remove call and is what an integrator's catalogue
    calls), the example's form is an alias. Download a File has the same conflict and is resolved the
    same way.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RemoveResultEnvelope
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[ErrorEnvelope | RemoveResultEnvelope]:
    """Delete an attached file

     Deletes one attached file by id. Removing a file that is already gone is an error, not a `false`
    result. The same call is also answered as `GET /service/get/activity/removeFile`
    (`activityRemoveFileViaGet`), the form of the vendor's call example.

    Vendor-doc correction: the vendor's heading says `POST /service/post/activity/removeFile` while its
    call example uses `GET /service/get/activity/removeFile`. Both forms are served; the heading's form
    is the documented one (it matches every other remove call and is what an integrator's catalogue
    calls), the example's form is an alias. Download a File has the same conflict and is resolved the
    same way.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RemoveResultEnvelope]
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
) -> ErrorEnvelope | RemoveResultEnvelope | None:
    """Delete an attached file

     Deletes one attached file by id. Removing a file that is already gone is an error, not a `false`
    result. The same call is also answered as `GET /service/get/activity/removeFile`
    (`activityRemoveFileViaGet`), the form of the vendor's call example.

    Vendor-doc correction: the vendor's heading says `POST /service/post/activity/removeFile` while its
    call example uses `GET /service/get/activity/removeFile`. Both forms are served; the heading's form
    is the documented one (it matches every other remove call and is what an integrator's catalogue
    calls), the example's form is an alias. Download a File has the same conflict and is resolved the
    same way.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RemoveResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
