from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_custom_fields_parameters import GetTaskCustomFieldsParameters
from ...models.get_task_custom_fields_result import GetTaskCustomFieldsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetTaskCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_task_custom_fields"] = "get_task_custom_fields",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/admin/v2/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaskCustomFieldsResult | None:
    if response.status_code == 200:
        response_200 = GetTaskCustomFieldsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaskCustomFieldsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_task_custom_fields"] = "get_task_custom_fields",
) -> Response[GetTaskCustomFieldsResult]:
    """List task custom fields (POST, JSON body)

     The same call as `getTaskCustomFields`, sent the way the vendor's 2026 PHP and Python clients send
    every admin action: `POST /api/admin/v2?action=get_task_custom_fields`, the parameters as a JSON
    object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
    header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or
    text; everything else is as in the query form. The action takes no parameters: the body is empty or
    `{}`.

    What the call does: Returns the custom fields that tasks of the account can carry. Known only from
    the vendor's 2026
    clients (which call it with no parameters and read id, type, name, description and options of each
    field); no documentation page or recording describes it, so the shapes here are reconstructed.

    Args:
        action (Literal['get_task_custom_fields']):  Default: 'get_task_custom_fields'.
        body (GetTaskCustomFieldsParameters | Unset): Parameters of get_task_custom_fields as a
            JSON object (the 2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskCustomFieldsResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_task_custom_fields"] = "get_task_custom_fields",
) -> GetTaskCustomFieldsResult | None:
    """List task custom fields (POST, JSON body)

     The same call as `getTaskCustomFields`, sent the way the vendor's 2026 PHP and Python clients send
    every admin action: `POST /api/admin/v2?action=get_task_custom_fields`, the parameters as a JSON
    object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
    header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or
    text; everything else is as in the query form. The action takes no parameters: the body is empty or
    `{}`.

    What the call does: Returns the custom fields that tasks of the account can carry. Known only from
    the vendor's 2026
    clients (which call it with no parameters and read id, type, name, description and options of each
    field); no documentation page or recording describes it, so the shapes here are reconstructed.

    Args:
        action (Literal['get_task_custom_fields']):  Default: 'get_task_custom_fields'.
        body (GetTaskCustomFieldsParameters | Unset): Parameters of get_task_custom_fields as a
            JSON object (the 2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskCustomFieldsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_task_custom_fields"] = "get_task_custom_fields",
) -> Response[GetTaskCustomFieldsResult]:
    """List task custom fields (POST, JSON body)

     The same call as `getTaskCustomFields`, sent the way the vendor's 2026 PHP and Python clients send
    every admin action: `POST /api/admin/v2?action=get_task_custom_fields`, the parameters as a JSON
    object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
    header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or
    text; everything else is as in the query form. The action takes no parameters: the body is empty or
    `{}`.

    What the call does: Returns the custom fields that tasks of the account can carry. Known only from
    the vendor's 2026
    clients (which call it with no parameters and read id, type, name, description and options of each
    field); no documentation page or recording describes it, so the shapes here are reconstructed.

    Args:
        action (Literal['get_task_custom_fields']):  Default: 'get_task_custom_fields'.
        body (GetTaskCustomFieldsParameters | Unset): Parameters of get_task_custom_fields as a
            JSON object (the 2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskCustomFieldsResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_task_custom_fields"] = "get_task_custom_fields",
) -> GetTaskCustomFieldsResult | None:
    """List task custom fields (POST, JSON body)

     The same call as `getTaskCustomFields`, sent the way the vendor's 2026 PHP and Python clients send
    every admin action: `POST /api/admin/v2?action=get_task_custom_fields`, the parameters as a JSON
    object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
    header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or
    text; everything else is as in the query form. The action takes no parameters: the body is empty or
    `{}`.

    What the call does: Returns the custom fields that tasks of the account can carry. Known only from
    the vendor's 2026
    clients (which call it with no parameters and read id, type, name, description and options of each
    field); no documentation page or recording describes it, so the shapes here are reconstructed.

    Args:
        action (Literal['get_task_custom_fields']):  Default: 'get_task_custom_fields'.
        body (GetTaskCustomFieldsParameters | Unset): Parameters of get_task_custom_fields as a
            JSON object (the 2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskCustomFieldsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
