from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_task_result import PostTaskResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["post_task"] = "post_task",
    id_project: str,
    title: str,
    id_parent: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    subscribe: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params["title"] = title

    params["id_parent"] = id_parent

    params["email_user_from"] = email_user_from

    params["email_user_to"] = email_user_to

    params["priority"] = priority

    params["text"] = text

    json_todo: list[str] | Unset = UNSET
    if not isinstance(todo, Unset):
        json_todo = todo

    params["todo[]"] = json_todo

    params["datestart"] = datestart

    params["dateend"] = dateend

    params["subscribe"] = subscribe

    params["hidden"] = hidden

    params["mention"] = mention

    params["max_time"] = max_time

    params["max_money"] = max_money

    params["tags"] = tags

    params["extra"] = extra

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostTaskResult | None:
    if response.status_code == 200:
        response_200 = PostTaskResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PostTaskResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_task"] = "post_task",
    id_project: str,
    title: str,
    id_parent: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    subscribe: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[PostTaskResult]:
    """Create a task or subtask

     Creates a task in a project (whatever the project's state), or a subtask when `id_parent` names a
    task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
    it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
    (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
    restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
    call (see the POST form).

    Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
    project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).

    Args:
        action (Literal['post_task']):  Default: 'post_task'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        title (str):
        id_parent (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or
            `NOONE` (not assigned).
        priority (str | Unset): A priority as the query carries it, `0` to `10`.
        text (str | Unset):
        todo (list[str] | Unset): Checklist items, in order.
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        subscribe (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        mention (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).
        extra (str | Unset): `text` or `html`, not both (recorded once, undocumented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostTaskResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        title=title,
        id_parent=id_parent,
        email_user_from=email_user_from,
        email_user_to=email_user_to,
        priority=priority,
        text=text,
        todo=todo,
        datestart=datestart,
        dateend=dateend,
        subscribe=subscribe,
        hidden=hidden,
        mention=mention,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
        extra=extra,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_task"] = "post_task",
    id_project: str,
    title: str,
    id_parent: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    subscribe: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> PostTaskResult | None:
    """Create a task or subtask

     Creates a task in a project (whatever the project's state), or a subtask when `id_parent` names a
    task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
    it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
    (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
    restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
    call (see the POST form).

    Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
    project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).

    Args:
        action (Literal['post_task']):  Default: 'post_task'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        title (str):
        id_parent (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or
            `NOONE` (not assigned).
        priority (str | Unset): A priority as the query carries it, `0` to `10`.
        text (str | Unset):
        todo (list[str] | Unset): Checklist items, in order.
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        subscribe (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        mention (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).
        extra (str | Unset): `text` or `html`, not both (recorded once, undocumented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostTaskResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        title=title,
        id_parent=id_parent,
        email_user_from=email_user_from,
        email_user_to=email_user_to,
        priority=priority,
        text=text,
        todo=todo,
        datestart=datestart,
        dateend=dateend,
        subscribe=subscribe,
        hidden=hidden,
        mention=mention,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_task"] = "post_task",
    id_project: str,
    title: str,
    id_parent: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    subscribe: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[PostTaskResult]:
    """Create a task or subtask

     Creates a task in a project (whatever the project's state), or a subtask when `id_parent` names a
    task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
    it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
    (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
    restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
    call (see the POST form).

    Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
    project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).

    Args:
        action (Literal['post_task']):  Default: 'post_task'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        title (str):
        id_parent (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or
            `NOONE` (not assigned).
        priority (str | Unset): A priority as the query carries it, `0` to `10`.
        text (str | Unset):
        todo (list[str] | Unset): Checklist items, in order.
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        subscribe (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        mention (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).
        extra (str | Unset): `text` or `html`, not both (recorded once, undocumented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostTaskResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        title=title,
        id_parent=id_parent,
        email_user_from=email_user_from,
        email_user_to=email_user_to,
        priority=priority,
        text=text,
        todo=todo,
        datestart=datestart,
        dateend=dateend,
        subscribe=subscribe,
        hidden=hidden,
        mention=mention,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_task"] = "post_task",
    id_project: str,
    title: str,
    id_parent: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    priority: str | Unset = UNSET,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    subscribe: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> PostTaskResult | None:
    """Create a task or subtask

     Creates a task in a project (whatever the project's state), or a subtask when `id_parent` names a
    task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
    it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
    (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
    restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
    call (see the POST form).

    Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
    project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).

    Args:
        action (Literal['post_task']):  Default: 'post_task'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        title (str):
        id_parent (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or
            `NOONE` (not assigned).
        priority (str | Unset): A priority as the query carries it, `0` to `10`.
        text (str | Unset):
        todo (list[str] | Unset): Checklist items, in order.
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        subscribe (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        mention (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or
            a decimal comma is read as the fraction separator.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces
            after commas are tolerated). May be empty (nothing to do).
        extra (str | Unset): `text` or `html`, not both (recorded once, undocumented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostTaskResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            title=title,
            id_parent=id_parent,
            email_user_from=email_user_from,
            email_user_to=email_user_to,
            priority=priority,
            text=text,
            todo=todo,
            datestart=datestart,
            dateend=dateend,
            subscribe=subscribe,
            hidden=hidden,
            mention=mention,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
            extra=extra,
        )
    ).parsed
