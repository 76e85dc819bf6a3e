from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_custom_fields_result import GetProjectCustomFieldsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProjectCustomFieldsResult | None:
    if response.status_code == 200:
        response_200 = GetProjectCustomFieldsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetProjectCustomFieldsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> Response[GetProjectCustomFieldsResult]:
    """List project custom fields

     Returns the custom fields defined for projects (id, type, name, description and the choices of a
    list field). Known only from the vendor's 2026 clients, which call it with no parameters; it has no
    documentation page and no recorded answer, so the shape of a field is reconstructed from the
    clients' model and the GET query form by analogy with the other actions.

    Args:
        action (Literal['get_project_custom_fields']):  Default: 'get_project_custom_fields'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectCustomFieldsResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> GetProjectCustomFieldsResult | None:
    """List project custom fields

     Returns the custom fields defined for projects (id, type, name, description and the choices of a
    list field). Known only from the vendor's 2026 clients, which call it with no parameters; it has no
    documentation page and no recorded answer, so the shape of a field is reconstructed from the
    clients' model and the GET query form by analogy with the other actions.

    Args:
        action (Literal['get_project_custom_fields']):  Default: 'get_project_custom_fields'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectCustomFieldsResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> Response[GetProjectCustomFieldsResult]:
    """List project custom fields

     Returns the custom fields defined for projects (id, type, name, description and the choices of a
    list field). Known only from the vendor's 2026 clients, which call it with no parameters; it has no
    documentation page and no recorded answer, so the shape of a field is reconstructed from the
    clients' model and the GET query form by analogy with the other actions.

    Args:
        action (Literal['get_project_custom_fields']):  Default: 'get_project_custom_fields'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectCustomFieldsResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> GetProjectCustomFieldsResult | None:
    """List project custom fields

     Returns the custom fields defined for projects (id, type, name, description and the choices of a
    list field). Known only from the vendor's 2026 clients, which call it with no parameters; it has no
    documentation page and no recorded answer, so the shape of a field is reconstructed from the
    clients' model and the GET query form by analogy with the other actions.

    Args:
        action (Literal['get_project_custom_fields']):  Default: 'get_project_custom_fields'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectCustomFieldsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed
