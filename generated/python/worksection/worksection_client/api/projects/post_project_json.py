from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_project_parameters import PostProjectParameters
from ...models.post_project_result import PostProjectResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: PostProjectParameters,
    action: Literal["post_project"] = "post_project",
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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostProjectResult | None:
    if response.status_code == 200:
        response_200 = PostProjectResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PostProjectResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostProjectParameters,
    action: Literal["post_project"] = "post_project",
) -> Response[PostProjectResult]:
    """Create a project (POST, JSON body)

     The same call as `postProject`, sent the way the vendor's 2026 PHP and Python clients send every
    admin
    action: `POST /api/admin/v2?action=post_project` with the parameters as one JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are
    those of the query form; values may be JSON numbers where the clients send numbers (ids, flags,
    estimates). The vendor also allows POST with every parameter in the query string (its Postman
    collection
    does that); such a call is the query form `postProject` sent by POST. The 2026 clients post to
    `/api/admin/v2` without the final slash; this document uses the documented URL with it.

    The 2026 clients pass the caller's parameters through unchanged, so the restriction flags keep their
    dotted names as JSON keys (`"options.allow_close": 1`); whether the service would also take a nested
    `options` object is not known. `members` may be a JSON array of addresses here (the clients' member
    methods send one).

    Args:
        action (Literal['post_project']):  Default: 'post_project'.
        body (PostProjectParameters): Parameters of post_project as a JSON object (the 2026
            clients' form), with the query form's names, dotted flag names included.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostProjectResult]
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
    body: PostProjectParameters,
    action: Literal["post_project"] = "post_project",
) -> PostProjectResult | None:
    """Create a project (POST, JSON body)

     The same call as `postProject`, sent the way the vendor's 2026 PHP and Python clients send every
    admin
    action: `POST /api/admin/v2?action=post_project` with the parameters as one JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are
    those of the query form; values may be JSON numbers where the clients send numbers (ids, flags,
    estimates). The vendor also allows POST with every parameter in the query string (its Postman
    collection
    does that); such a call is the query form `postProject` sent by POST. The 2026 clients post to
    `/api/admin/v2` without the final slash; this document uses the documented URL with it.

    The 2026 clients pass the caller's parameters through unchanged, so the restriction flags keep their
    dotted names as JSON keys (`"options.allow_close": 1`); whether the service would also take a nested
    `options` object is not known. `members` may be a JSON array of addresses here (the clients' member
    methods send one).

    Args:
        action (Literal['post_project']):  Default: 'post_project'.
        body (PostProjectParameters): Parameters of post_project as a JSON object (the 2026
            clients' form), with the query form's names, dotted flag names included.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostProjectResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostProjectParameters,
    action: Literal["post_project"] = "post_project",
) -> Response[PostProjectResult]:
    """Create a project (POST, JSON body)

     The same call as `postProject`, sent the way the vendor's 2026 PHP and Python clients send every
    admin
    action: `POST /api/admin/v2?action=post_project` with the parameters as one JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are
    those of the query form; values may be JSON numbers where the clients send numbers (ids, flags,
    estimates). The vendor also allows POST with every parameter in the query string (its Postman
    collection
    does that); such a call is the query form `postProject` sent by POST. The 2026 clients post to
    `/api/admin/v2` without the final slash; this document uses the documented URL with it.

    The 2026 clients pass the caller's parameters through unchanged, so the restriction flags keep their
    dotted names as JSON keys (`"options.allow_close": 1`); whether the service would also take a nested
    `options` object is not known. `members` may be a JSON array of addresses here (the clients' member
    methods send one).

    Args:
        action (Literal['post_project']):  Default: 'post_project'.
        body (PostProjectParameters): Parameters of post_project as a JSON object (the 2026
            clients' form), with the query form's names, dotted flag names included.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostProjectResult]
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
    body: PostProjectParameters,
    action: Literal["post_project"] = "post_project",
) -> PostProjectResult | None:
    """Create a project (POST, JSON body)

     The same call as `postProject`, sent the way the vendor's 2026 PHP and Python clients send every
    admin
    action: `POST /api/admin/v2?action=post_project` with the parameters as one JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are
    those of the query form; values may be JSON numbers where the clients send numbers (ids, flags,
    estimates). The vendor also allows POST with every parameter in the query string (its Postman
    collection
    does that); such a call is the query form `postProject` sent by POST. The 2026 clients post to
    `/api/admin/v2` without the final slash; this document uses the documented URL with it.

    The 2026 clients pass the caller's parameters through unchanged, so the restriction flags keep their
    dotted names as JSON keys (`"options.allow_close": 1`); whether the service would also take a nested
    `options` object is not known. `members` may be a JSON array of addresses here (the clients' member
    methods send one).

    Args:
        action (Literal['post_project']):  Default: 'post_project'.
        body (PostProjectParameters): Parameters of post_project as a JSON object (the 2026
            clients' form), with the query form's names, dotted flag names included.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostProjectResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
