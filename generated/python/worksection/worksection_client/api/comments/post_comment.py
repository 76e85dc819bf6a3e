from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_comment_result import PostCommentResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["post_comment"] = "post_comment",
    id_task: str,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

    params["text"] = text

    json_todo: list[str] | Unset = UNSET
    if not isinstance(todo, Unset):
        json_todo = todo

    params["todo[]"] = json_todo

    params["email_user_from"] = email_user_from

    params["hidden"] = hidden

    params["mention"] = mention

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostCommentResult | None:
    if response.status_code == 200:
        response_200 = PostCommentResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PostCommentResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_comment"] = "post_comment",
    id_task: str,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
) -> Response[PostCommentResult]:
    """Comment on a task

     Posts a comment on a task or subtask and returns it. `text`, checklist items (`todo[]`) or both must
    be given; the items are appended to the text one per line after a bullet, and mentioned members'
    names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
    is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
    (see the POST form).

    Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
    `text` nor `todo[]` (code 10, presumed `At least one of fields required`).

    Args:
        action (Literal['post_comment']):  Default: 'post_comment'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        text (str | Unset):
        todo (list[str] | Unset): Checklist items, in order.
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        mention (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostCommentResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        text=text,
        todo=todo,
        email_user_from=email_user_from,
        hidden=hidden,
        mention=mention,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_comment"] = "post_comment",
    id_task: str,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
) -> PostCommentResult | None:
    """Comment on a task

     Posts a comment on a task or subtask and returns it. `text`, checklist items (`todo[]`) or both must
    be given; the items are appended to the text one per line after a bullet, and mentioned members'
    names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
    is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
    (see the POST form).

    Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
    `text` nor `todo[]` (code 10, presumed `At least one of fields required`).

    Args:
        action (Literal['post_comment']):  Default: 'post_comment'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        text (str | Unset):
        todo (list[str] | Unset): Checklist items, in order.
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        mention (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostCommentResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
        text=text,
        todo=todo,
        email_user_from=email_user_from,
        hidden=hidden,
        mention=mention,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_comment"] = "post_comment",
    id_task: str,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
) -> Response[PostCommentResult]:
    """Comment on a task

     Posts a comment on a task or subtask and returns it. `text`, checklist items (`todo[]`) or both must
    be given; the items are appended to the text one per line after a bullet, and mentioned members'
    names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
    is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
    (see the POST form).

    Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
    `text` nor `todo[]` (code 10, presumed `At least one of fields required`).

    Args:
        action (Literal['post_comment']):  Default: 'post_comment'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        text (str | Unset):
        todo (list[str] | Unset): Checklist items, in order.
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        mention (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostCommentResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        text=text,
        todo=todo,
        email_user_from=email_user_from,
        hidden=hidden,
        mention=mention,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_comment"] = "post_comment",
    id_task: str,
    text: str | Unset = UNSET,
    todo: list[str] | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    hidden: str | Unset = UNSET,
    mention: str | Unset = UNSET,
) -> PostCommentResult | None:
    """Comment on a task

     Posts a comment on a task or subtask and returns it. `text`, checklist items (`todo[]`) or both must
    be given; the items are appended to the text one per line after a bullet, and mentioned members'
    names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
    is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
    (see the POST form).

    Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
    `text` nor `todo[]` (code 10, presumed `At least one of fields required`).

    Args:
        action (Literal['post_comment']):  Default: 'post_comment'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        text (str | Unset):
        todo (list[str] | Unset): Checklist items, in order.
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).
        mention (str | Unset): E-mail addresses separated by commas (spaces after the commas
            allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostCommentResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
            text=text,
            todo=todo,
            email_user_from=email_user_from,
            hidden=hidden,
            mention=mention,
        )
    ).parsed
