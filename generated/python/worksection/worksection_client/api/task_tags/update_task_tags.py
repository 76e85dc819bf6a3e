from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_task_tags_result import UpdateTaskTagsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["update_task_tags"] = "update_task_tags",
    id_task: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

    params["plus"] = plus

    params["minus"] = minus

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateTaskTagsResult | None:
    if response.status_code == 200:
        response_200 = UpdateTaskTagsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateTaskTagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_task_tags"] = "update_task_tags",
    id_task: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> Response[UpdateTaskTagsResult]:
    """Set and remove tags on a task

     Sets the tags named in `plus` on a task or subtask and removes those named in `minus`, each by its
    full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
    that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
    is changed, presumed).

    Args:
        action (Literal['update_task_tags']):  Default: 'update_task_tags'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        plus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).
        minus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaskTagsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        plus=plus,
        minus=minus,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_task_tags"] = "update_task_tags",
    id_task: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> UpdateTaskTagsResult | None:
    """Set and remove tags on a task

     Sets the tags named in `plus` on a task or subtask and removes those named in `minus`, each by its
    full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
    that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
    is changed, presumed).

    Args:
        action (Literal['update_task_tags']):  Default: 'update_task_tags'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        plus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).
        minus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaskTagsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
        plus=plus,
        minus=minus,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_task_tags"] = "update_task_tags",
    id_task: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> Response[UpdateTaskTagsResult]:
    """Set and remove tags on a task

     Sets the tags named in `plus` on a task or subtask and removes those named in `minus`, each by its
    full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
    that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
    is changed, presumed).

    Args:
        action (Literal['update_task_tags']):  Default: 'update_task_tags'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        plus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).
        minus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaskTagsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        plus=plus,
        minus=minus,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_task_tags"] = "update_task_tags",
    id_task: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> UpdateTaskTagsResult | None:
    """Set and remove tags on a task

     Sets the tags named in `plus` on a task or subtask and removes those named in `minus`, each by its
    full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
    that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
    is changed, presumed).

    Args:
        action (Literal['update_task_tags']):  Default: 'update_task_tags'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        plus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).
        minus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaskTagsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
            plus=plus,
            minus=minus,
        )
    ).parsed
