from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_task_result import UpdateTaskResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["update_task"] = "update_task",
    id_task: str,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    title: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    dateclosed: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

    params["email_user_to"] = email_user_to

    params["priority"] = priority

    params["title"] = title

    params["datestart"] = datestart

    params["dateend"] = dateend

    params["dateclosed"] = dateclosed

    params["max_time"] = max_time

    params["max_money"] = max_money

    params["tags"] = tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateTaskResult | None:
    if response.status_code == 200:
        response_200 = UpdateTaskResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UpdateTaskResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_task"] = "update_task",
    id_task: str,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    title: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    dateclosed: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[UpdateTaskResult]:
    """Change a task

     Changes the given fields of an open or done task or subtask and returns it; fields not given keep
    their values. `dateclosed` corrects the closing date of a done task. An unknown task is refused
    with code 5 (`Task is invalid`).

    `tags` is named for update_task only by the vendor's 2026 clients; the documentation lists the other
    parameters.

    Args:
        action (Literal['update_task']):  Default: 'update_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or
            `NOONE` (not assigned).
        priority (str | Unset): A priority as the query carries it, `0` to `10`.
        title (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateclosed (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaskResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        email_user_to=email_user_to,
        priority=priority,
        title=title,
        datestart=datestart,
        dateend=dateend,
        dateclosed=dateclosed,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_task"] = "update_task",
    id_task: str,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    title: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    dateclosed: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> UpdateTaskResult | None:
    """Change a task

     Changes the given fields of an open or done task or subtask and returns it; fields not given keep
    their values. `dateclosed` corrects the closing date of a done task. An unknown task is refused
    with code 5 (`Task is invalid`).

    `tags` is named for update_task only by the vendor's 2026 clients; the documentation lists the other
    parameters.

    Args:
        action (Literal['update_task']):  Default: 'update_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or
            `NOONE` (not assigned).
        priority (str | Unset): A priority as the query carries it, `0` to `10`.
        title (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateclosed (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaskResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
        email_user_to=email_user_to,
        priority=priority,
        title=title,
        datestart=datestart,
        dateend=dateend,
        dateclosed=dateclosed,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_task"] = "update_task",
    id_task: str,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    title: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    dateclosed: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> Response[UpdateTaskResult]:
    """Change a task

     Changes the given fields of an open or done task or subtask and returns it; fields not given keep
    their values. `dateclosed` corrects the closing date of a done task. An unknown task is refused
    with code 5 (`Task is invalid`).

    `tags` is named for update_task only by the vendor's 2026 clients; the documentation lists the other
    parameters.

    Args:
        action (Literal['update_task']):  Default: 'update_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or
            `NOONE` (not assigned).
        priority (str | Unset): A priority as the query carries it, `0` to `10`.
        title (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateclosed (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaskResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        email_user_to=email_user_to,
        priority=priority,
        title=title,
        datestart=datestart,
        dateend=dateend,
        dateclosed=dateclosed,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_task"] = "update_task",
    id_task: str,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    title: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    dateclosed: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
) -> UpdateTaskResult | None:
    """Change a task

     Changes the given fields of an open or done task or subtask and returns it; fields not given keep
    their values. `dateclosed` corrects the closing date of a done task. An unknown task is refused
    with code 5 (`Task is invalid`).

    `tags` is named for update_task only by the vendor's 2026 clients; the documentation lists the other
    parameters.

    Args:
        action (Literal['update_task']):  Default: 'update_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or
            `NOONE` (not assigned).
        priority (str | Unset): A priority as the query carries it, `0` to `10`.
        title (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateclosed (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaskResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
            email_user_to=email_user_to,
            priority=priority,
            title=title,
            datestart=datestart,
            dateend=dateend,
            dateclosed=dateclosed,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
        )
    ).parsed
