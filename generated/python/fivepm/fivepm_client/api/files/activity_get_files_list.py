from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.file_filter import FileFilter
from ...models.file_list_envelope import FileListEnvelope
from ...types import UNSET, Response, Unset, deep_object


def _get_kwargs(
    *,
    filter_: FileFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_reverse: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update(deep_object("filter", json_filter_))

    params["offset"] = offset

    params["count"] = count

    params["orderBy"] = order_by

    params["orderReverse"] = order_reverse

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/get/activity/getFilesList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FileListEnvelope | None:
    if response.status_code == 200:
        response_200 = FileListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | FileListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: FileFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_reverse: bool | Unset = False,
) -> Response[ErrorEnvelope | FileListEnvelope]:
    """List attached files

     Returns one page of files attached to activities, limited by `filter` and sorted by `orderBy`
    (reversed with `orderReverse=true`).

    Args:
        filter_ (FileFilter | Unset): Conditions for `activity/getFilesList`; they apply to the
            project/task the file was posted to. Conditions combine: all given ones must hold
            (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):
        order_by (str | Unset):
        order_reverse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FileListEnvelope]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        offset=offset,
        count=count,
        order_by=order_by,
        order_reverse=order_reverse,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: FileFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_reverse: bool | Unset = False,
) -> ErrorEnvelope | FileListEnvelope | None:
    """List attached files

     Returns one page of files attached to activities, limited by `filter` and sorted by `orderBy`
    (reversed with `orderReverse=true`).

    Args:
        filter_ (FileFilter | Unset): Conditions for `activity/getFilesList`; they apply to the
            project/task the file was posted to. Conditions combine: all given ones must hold
            (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):
        order_by (str | Unset):
        order_reverse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FileListEnvelope
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        offset=offset,
        count=count,
        order_by=order_by,
        order_reverse=order_reverse,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: FileFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_reverse: bool | Unset = False,
) -> Response[ErrorEnvelope | FileListEnvelope]:
    """List attached files

     Returns one page of files attached to activities, limited by `filter` and sorted by `orderBy`
    (reversed with `orderReverse=true`).

    Args:
        filter_ (FileFilter | Unset): Conditions for `activity/getFilesList`; they apply to the
            project/task the file was posted to. Conditions combine: all given ones must hold
            (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):
        order_by (str | Unset):
        order_reverse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FileListEnvelope]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        offset=offset,
        count=count,
        order_by=order_by,
        order_reverse=order_reverse,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: FileFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    order_by: str | Unset = UNSET,
    order_reverse: bool | Unset = False,
) -> ErrorEnvelope | FileListEnvelope | None:
    """List attached files

     Returns one page of files attached to activities, limited by `filter` and sorted by `orderBy`
    (reversed with `orderReverse=true`).

    Args:
        filter_ (FileFilter | Unset): Conditions for `activity/getFilesList`; they apply to the
            project/task the file was posted to. Conditions combine: all given ones must hold
            (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):
        order_by (str | Unset):
        order_reverse (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FileListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            offset=offset,
            count=count,
            order_by=order_by,
            order_reverse=order_reverse,
        )
    ).parsed
