from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_list_body import CustomFieldListBody
from ...models.custom_field_list_ok import CustomFieldListOk
from ...types import Response


def _get_kwargs(
    *,
    body: CustomFieldListBody,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomFieldListOk | None:
    if response.status_code == 200:
        response_200 = CustomFieldListOk.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CustomFieldListOk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldListBody,
) -> Response[CustomFieldListOk]:
    """List the custom fields

     Returns the custom fields defined on the account and the kind of entity each applies to. Values are
    read and written through the entities' own custom-field services.

    Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
    answer of this service has none, and an integration reads this answer by its payload key alone; so
    `status` is optional here (`ok` when present). The mock sends it, as for every other service.

    Args:
        body (CustomFieldListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldListOk]
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
    body: CustomFieldListBody,
) -> CustomFieldListOk | None:
    """List the custom fields

     Returns the custom fields defined on the account and the kind of entity each applies to. Values are
    read and written through the entities' own custom-field services.

    Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
    answer of this service has none, and an integration reads this answer by its payload key alone; so
    `status` is optional here (`ok` when present). The mock sends it, as for every other service.

    Args:
        body (CustomFieldListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldListOk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldListBody,
) -> Response[CustomFieldListOk]:
    """List the custom fields

     Returns the custom fields defined on the account and the kind of entity each applies to. Values are
    read and written through the entities' own custom-field services.

    Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
    answer of this service has none, and an integration reads this answer by its payload key alone; so
    `status` is optional here (`ok` when present). The mock sends it, as for every other service.

    Args:
        body (CustomFieldListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldListOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldListBody,
) -> CustomFieldListOk | None:
    """List the custom fields

     Returns the custom fields defined on the account and the kind of entity each applies to. Values are
    read and written through the entities' own custom-field services.

    Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
    answer of this service has none, and an integration reads this answer by its payload key alone; so
    `status` is optional here (`ok` when present). The mock sends it, as for every other service.

    Args:
        body (CustomFieldListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldListOk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
