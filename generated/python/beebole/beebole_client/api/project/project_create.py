from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_ok import CreateOk
from ...models.project_create_body import ProjectCreateBody
from ...types import Response


def _get_kwargs(
    *,
    body: ProjectCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateOk | None:
    if response.status_code == 200:
        response_200 = CreateOk.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateOk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateBody,
) -> Response[CreateOk]:
    """Create a project

     Creates a project under a company. Without `startDate` the project starts on the first day of the
    current month. A request that gives an `xid` gets the `xid` back instead of the new numeric id, and
    may use it to refer to the entity from then on.

    Vendor-doc correction: the vendor's examples carry `//` comments (here marking the optional fields)
    and `...` for further list items, so they are not JSON as printed; requests and answers are plain
    JSON.

    Args:
        body (ProjectCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateBody,
) -> CreateOk | None:
    """Create a project

     Creates a project under a company. Without `startDate` the project starts on the first day of the
    current month. A request that gives an `xid` gets the `xid` back instead of the new numeric id, and
    may use it to refer to the entity from then on.

    Vendor-doc correction: the vendor's examples carry `//` comments (here marking the optional fields)
    and `...` for further list items, so they are not JSON as printed; requests and answers are plain
    JSON.

    Args:
        body (ProjectCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateBody,
) -> Response[CreateOk]:
    """Create a project

     Creates a project under a company. Without `startDate` the project starts on the first day of the
    current month. A request that gives an `xid` gets the `xid` back instead of the new numeric id, and
    may use it to refer to the entity from then on.

    Vendor-doc correction: the vendor's examples carry `//` comments (here marking the optional fields)
    and `...` for further list items, so they are not JSON as printed; requests and answers are plain
    JSON.

    Args:
        body (ProjectCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreateBody,
) -> CreateOk | None:
    """Create a project

     Creates a project under a company. Without `startDate` the project starts on the first day of the
    current month. A request that gives an `xid` gets the `xid` back instead of the new numeric id, and
    may use it to refer to the entity from then on.

    Vendor-doc correction: the vendor's examples carry `//` comments (here marking the optional fields)
    and `...` for further list items, so they are not JSON as printed; requests and answers are plain
    JSON.

    Args:
        body (ProjectCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
