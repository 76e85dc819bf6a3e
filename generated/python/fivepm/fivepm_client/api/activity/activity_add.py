from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_envelope import ActivityEnvelope
from ...models.activity_input import ActivityInput
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, deep_object


def _get_kwargs(
    *,
    activity: ActivityInput,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activity = activity.to_dict()
    params.update(deep_object("activity", json_activity))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/post/activity/add",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ActivityEnvelope.from_dict(response.json())

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
) -> Response[ActivityEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    activity: ActivityInput,
) -> Response[ActivityEnvelope | ErrorEnvelope]:
    """Post an activity

     Posts a message, progress note or other activity to a task and returns it. Files are attached
    afterwards with `activity/attachFiles`.

    Args:
        activity (ActivityInput): Fields for posting an activity to a task. `taskId`, `type` and
            `text` are required. Sent as bracket arguments (`activity[field]=value`). Only writable
            fields are accepted; fields the server fills (ids of owners, timestamps, names of related
            objects) are not part of it. How teams and `notifyUsers` lists are set through the API is
            not documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        activity=activity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    activity: ActivityInput,
) -> ActivityEnvelope | ErrorEnvelope | None:
    """Post an activity

     Posts a message, progress note or other activity to a task and returns it. Files are attached
    afterwards with `activity/attachFiles`.

    Args:
        activity (ActivityInput): Fields for posting an activity to a task. `taskId`, `type` and
            `text` are required. Sent as bracket arguments (`activity[field]=value`). Only writable
            fields are accepted; fields the server fills (ids of owners, timestamps, names of related
            objects) are not part of it. How teams and `notifyUsers` lists are set through the API is
            not documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        activity=activity,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    activity: ActivityInput,
) -> Response[ActivityEnvelope | ErrorEnvelope]:
    """Post an activity

     Posts a message, progress note or other activity to a task and returns it. Files are attached
    afterwards with `activity/attachFiles`.

    Args:
        activity (ActivityInput): Fields for posting an activity to a task. `taskId`, `type` and
            `text` are required. Sent as bracket arguments (`activity[field]=value`). Only writable
            fields are accepted; fields the server fills (ids of owners, timestamps, names of related
            objects) are not part of it. How teams and `notifyUsers` lists are set through the API is
            not documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        activity=activity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    activity: ActivityInput,
) -> ActivityEnvelope | ErrorEnvelope | None:
    """Post an activity

     Posts a message, progress note or other activity to a task and returns it. Files are attached
    afterwards with `activity/attachFiles`.

    Args:
        activity (ActivityInput): Fields for posting an activity to a task. `taskId`, `type` and
            `text` are required. Sent as bracket arguments (`activity[field]=value`). Only writable
            fields are accepted; fields the server fills (ids of owners, timestamps, names of related
            objects) are not part of it. How teams and `notifyUsers` lists are set through the API is
            not documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            activity=activity,
        )
    ).parsed
