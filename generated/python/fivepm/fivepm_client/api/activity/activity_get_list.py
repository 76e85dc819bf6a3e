from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_filter import ActivityFilter
from ...models.activity_list_envelope import ActivityListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, deep_object


def _get_kwargs(
    *,
    filter_: ActivityFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    with_files: bool | Unset = False,
    with_names: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update(deep_object("filter", json_filter_))

    params["offset"] = offset

    params["count"] = count

    params["withFiles"] = with_files

    params["withNames"] = with_names

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/get/activity/getList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityListEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ActivityListEnvelope.from_dict(response.json())

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
) -> Response[ActivityListEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: ActivityFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    with_files: bool | Unset = False,
    with_names: bool | Unset = False,
) -> Response[ActivityListEnvelope | ErrorEnvelope]:
    """Search activities

     Returns one page of the activities that match `filter`. `withFiles=true` adds each activity's
    attachments, `withNames=true` adds the task and project names.

    Vendor-doc correction: the vendor's call example (`?sessionId=filter[taskId]=<taskId>&<sessionId>`)
    is garbled; the intended form is `?filter[taskId]=<taskId>&sessionId=<sessionId>`.

    Args:
        filter_ (ActivityFilter | Unset): Conditions for `activity/getList`. The project/task
            conditions apply to the task the activity was posted to. Note the age filter is called
            `hide_non_active` here, not `hide_old_object_period` as elsewhere (kept as documented).
            Conditions combine: all given ones must hold (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):
        with_files (bool | Unset):  Default: False.
        with_names (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        offset=offset,
        count=count,
        with_files=with_files,
        with_names=with_names,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: ActivityFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    with_files: bool | Unset = False,
    with_names: bool | Unset = False,
) -> ActivityListEnvelope | ErrorEnvelope | None:
    """Search activities

     Returns one page of the activities that match `filter`. `withFiles=true` adds each activity's
    attachments, `withNames=true` adds the task and project names.

    Vendor-doc correction: the vendor's call example (`?sessionId=filter[taskId]=<taskId>&<sessionId>`)
    is garbled; the intended form is `?filter[taskId]=<taskId>&sessionId=<sessionId>`.

    Args:
        filter_ (ActivityFilter | Unset): Conditions for `activity/getList`. The project/task
            conditions apply to the task the activity was posted to. Note the age filter is called
            `hide_non_active` here, not `hide_old_object_period` as elsewhere (kept as documented).
            Conditions combine: all given ones must hold (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):
        with_files (bool | Unset):  Default: False.
        with_names (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityListEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        offset=offset,
        count=count,
        with_files=with_files,
        with_names=with_names,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: ActivityFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    with_files: bool | Unset = False,
    with_names: bool | Unset = False,
) -> Response[ActivityListEnvelope | ErrorEnvelope]:
    """Search activities

     Returns one page of the activities that match `filter`. `withFiles=true` adds each activity's
    attachments, `withNames=true` adds the task and project names.

    Vendor-doc correction: the vendor's call example (`?sessionId=filter[taskId]=<taskId>&<sessionId>`)
    is garbled; the intended form is `?filter[taskId]=<taskId>&sessionId=<sessionId>`.

    Args:
        filter_ (ActivityFilter | Unset): Conditions for `activity/getList`. The project/task
            conditions apply to the task the activity was posted to. Note the age filter is called
            `hide_non_active` here, not `hide_old_object_period` as elsewhere (kept as documented).
            Conditions combine: all given ones must hold (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):
        with_files (bool | Unset):  Default: False.
        with_names (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        offset=offset,
        count=count,
        with_files=with_files,
        with_names=with_names,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: ActivityFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
    with_files: bool | Unset = False,
    with_names: bool | Unset = False,
) -> ActivityListEnvelope | ErrorEnvelope | None:
    """Search activities

     Returns one page of the activities that match `filter`. `withFiles=true` adds each activity's
    attachments, `withNames=true` adds the task and project names.

    Vendor-doc correction: the vendor's call example (`?sessionId=filter[taskId]=<taskId>&<sessionId>`)
    is garbled; the intended form is `?filter[taskId]=<taskId>&sessionId=<sessionId>`.

    Args:
        filter_ (ActivityFilter | Unset): Conditions for `activity/getList`. The project/task
            conditions apply to the task the activity was posted to. Note the age filter is called
            `hide_non_active` here, not `hide_old_object_period` as elsewhere (kept as documented).
            Conditions combine: all given ones must hold (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):
        with_files (bool | Unset):  Default: False.
        with_names (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityListEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            offset=offset,
            count=count,
            with_files=with_files,
            with_names=with_names,
        )
    ).parsed
