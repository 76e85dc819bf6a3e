from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_custom_fields_parameters import GetProjectCustomFieldsParameters
from ...models.get_project_custom_fields_result import GetProjectCustomFieldsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetProjectCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
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
    body: GetProjectCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> Response[GetProjectCustomFieldsResult]:
    """List project custom fields (POST, JSON body)

     The same call as `getProjectCustomFields`, sent the way the vendor's 2026 PHP and Python clients
    send every admin action: `POST /api/admin/v2?action=get_project_custom_fields` with the parameters
    as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization:
    Admin ...` header. The names are those of the query form; values may be JSON numbers where the
    clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in
    the query string (its Postman collection does that); such a call is the query form
    `getProjectCustomFields` sent by POST. The 2026 clients post to `/api/admin/v2` without the final
    slash; this document uses the documented URL with it.

    Args:
        action (Literal['get_project_custom_fields']):  Default: 'get_project_custom_fields'.
        body (GetProjectCustomFieldsParameters | Unset): get_project_custom_fields takes no
            parameters: an empty JSON object, or no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectCustomFieldsResult]
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
    body: GetProjectCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> GetProjectCustomFieldsResult | None:
    """List project custom fields (POST, JSON body)

     The same call as `getProjectCustomFields`, sent the way the vendor's 2026 PHP and Python clients
    send every admin action: `POST /api/admin/v2?action=get_project_custom_fields` with the parameters
    as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization:
    Admin ...` header. The names are those of the query form; values may be JSON numbers where the
    clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in
    the query string (its Postman collection does that); such a call is the query form
    `getProjectCustomFields` sent by POST. The 2026 clients post to `/api/admin/v2` without the final
    slash; this document uses the documented URL with it.

    Args:
        action (Literal['get_project_custom_fields']):  Default: 'get_project_custom_fields'.
        body (GetProjectCustomFieldsParameters | Unset): get_project_custom_fields takes no
            parameters: an empty JSON object, or no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectCustomFieldsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetProjectCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> Response[GetProjectCustomFieldsResult]:
    """List project custom fields (POST, JSON body)

     The same call as `getProjectCustomFields`, sent the way the vendor's 2026 PHP and Python clients
    send every admin action: `POST /api/admin/v2?action=get_project_custom_fields` with the parameters
    as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization:
    Admin ...` header. The names are those of the query form; values may be JSON numbers where the
    clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in
    the query string (its Postman collection does that); such a call is the query form
    `getProjectCustomFields` sent by POST. The 2026 clients post to `/api/admin/v2` without the final
    slash; this document uses the documented URL with it.

    Args:
        action (Literal['get_project_custom_fields']):  Default: 'get_project_custom_fields'.
        body (GetProjectCustomFieldsParameters | Unset): get_project_custom_fields takes no
            parameters: an empty JSON object, or no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectCustomFieldsResult]
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
    body: GetProjectCustomFieldsParameters | Unset = UNSET,
    action: Literal["get_project_custom_fields"] = "get_project_custom_fields",
) -> GetProjectCustomFieldsResult | None:
    """List project custom fields (POST, JSON body)

     The same call as `getProjectCustomFields`, sent the way the vendor's 2026 PHP and Python clients
    send every admin action: `POST /api/admin/v2?action=get_project_custom_fields` with the parameters
    as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization:
    Admin ...` header. The names are those of the query form; values may be JSON numbers where the
    clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in
    the query string (its Postman collection does that); such a call is the query form
    `getProjectCustomFields` sent by POST. The 2026 clients post to `/api/admin/v2` without the final
    slash; this document uses the documented URL with it.

    Args:
        action (Literal['get_project_custom_fields']):  Default: 'get_project_custom_fields'.
        body (GetProjectCustomFieldsParameters | Unset): get_project_custom_fields takes no
            parameters: an empty JSON object, or no body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectCustomFieldsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
