from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.group_envelope import GroupEnvelope
from ...models.group_update import GroupUpdate
from ...types import UNSET, Response, deep_object


def _get_kwargs(
    *,
    group: GroupUpdate,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group = group.to_dict()
    params.update(deep_object("group", json_group))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/post/projectsgroups/update",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GroupEnvelope | None:
    if response.status_code == 200:
        response_200 = GroupEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | GroupEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    group: GroupUpdate,
) -> Response[ErrorEnvelope | GroupEnvelope]:
    """Rename a project group

     Changes the name of the group named by `group[id]` and returns it.

    Vendor-doc correction: the vendor's example mixes prefixes
    (`group[id]=...&projectsgroups[name]=...`); this document uses `group[...]` for both, as the create
    call does.

    Args:
        group (GroupUpdate): Fields for renaming a project group: `id` picks the group. Sent as
            `group[id]=...&group[name]=...`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GroupEnvelope]
    """

    kwargs = _get_kwargs(
        group=group,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    group: GroupUpdate,
) -> ErrorEnvelope | GroupEnvelope | None:
    """Rename a project group

     Changes the name of the group named by `group[id]` and returns it.

    Vendor-doc correction: the vendor's example mixes prefixes
    (`group[id]=...&projectsgroups[name]=...`); this document uses `group[...]` for both, as the create
    call does.

    Args:
        group (GroupUpdate): Fields for renaming a project group: `id` picks the group. Sent as
            `group[id]=...&group[name]=...`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GroupEnvelope
    """

    return sync_detailed(
        client=client,
        group=group,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    group: GroupUpdate,
) -> Response[ErrorEnvelope | GroupEnvelope]:
    """Rename a project group

     Changes the name of the group named by `group[id]` and returns it.

    Vendor-doc correction: the vendor's example mixes prefixes
    (`group[id]=...&projectsgroups[name]=...`); this document uses `group[...]` for both, as the create
    call does.

    Args:
        group (GroupUpdate): Fields for renaming a project group: `id` picks the group. Sent as
            `group[id]=...&group[name]=...`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GroupEnvelope]
    """

    kwargs = _get_kwargs(
        group=group,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    group: GroupUpdate,
) -> ErrorEnvelope | GroupEnvelope | None:
    """Rename a project group

     Changes the name of the group named by `group[id]` and returns it.

    Vendor-doc correction: the vendor's example mixes prefixes
    (`group[id]=...&projectsgroups[name]=...`); this document uses `group[...]` for both, as the create
    call does.

    Args:
        group (GroupUpdate): Fields for renaming a project group: `id` picks the group. Sent as
            `group[id]=...&group[name]=...`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GroupEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            group=group,
        )
    ).parsed
