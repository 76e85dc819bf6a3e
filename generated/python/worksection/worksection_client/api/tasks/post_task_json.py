from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_task_multipart import PostTaskMultipart
from ...models.post_task_parameters import PostTaskParameters
from ...models.post_task_result import PostTaskResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostTaskParameters | PostTaskMultipart | Unset = UNSET,
    action: Literal["post_task"] = "post_task",
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

    if isinstance(body, PostTaskParameters):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, PostTaskMultipart):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
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
    body: PostTaskParameters | PostTaskMultipart | Unset = UNSET,
    action: Literal["post_task"] = "post_task",
) -> Response[PostTaskResult]:
    """Create a task or subtask (POST, JSON body)

     The same call as `postTask`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=post_task`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`), and `files`
    (JSON form only) attaches files uploaded beforehand with `upload_files`, as the 2026 clients do.

    The vendor's own way to attach files is this POST as `multipart/form-data`, each file one part
    named `attach[<n>]` (any `n`); the vendor's example keeps the other parameters in the signed query
    string. Since this operation's query carries only `action`, the multipart form below carries the
    parameters as form fields next to the files; whether the service reads parameters from a multipart
    body (PHP services usually do) is not documented.

    What the call does: Creates a task in a project (whatever the project's state), or a subtask when
    `id_parent` names a
    task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
    it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
    (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
    restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
    call (see the POST form).

    Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
    project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).

    Args:
        action (Literal['post_task']):  Default: 'post_task'.
        body (PostTaskParameters): Parameters of post_task as a JSON object (the 2026 clients'
            form).

            Vendor-doc correction: the README of the vendor's 2026 PHP and Python clients creates a
            task with
            `dateend` `2025-06-30` and `priority` `high`; the API takes dates as `DD.MM.YYYY` and
            priorities as
            0 to 10, as the API documentation, the Postman collection and the recorded call show.
        body (PostTaskMultipart): Parameters of post_task with files to attach, as
            `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]`
            (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostTaskResult]
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
    body: PostTaskParameters | PostTaskMultipart | Unset = UNSET,
    action: Literal["post_task"] = "post_task",
) -> PostTaskResult | None:
    """Create a task or subtask (POST, JSON body)

     The same call as `postTask`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=post_task`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`), and `files`
    (JSON form only) attaches files uploaded beforehand with `upload_files`, as the 2026 clients do.

    The vendor's own way to attach files is this POST as `multipart/form-data`, each file one part
    named `attach[<n>]` (any `n`); the vendor's example keeps the other parameters in the signed query
    string. Since this operation's query carries only `action`, the multipart form below carries the
    parameters as form fields next to the files; whether the service reads parameters from a multipart
    body (PHP services usually do) is not documented.

    What the call does: Creates a task in a project (whatever the project's state), or a subtask when
    `id_parent` names a
    task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
    it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
    (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
    restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
    call (see the POST form).

    Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
    project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).

    Args:
        action (Literal['post_task']):  Default: 'post_task'.
        body (PostTaskParameters): Parameters of post_task as a JSON object (the 2026 clients'
            form).

            Vendor-doc correction: the README of the vendor's 2026 PHP and Python clients creates a
            task with
            `dateend` `2025-06-30` and `priority` `high`; the API takes dates as `DD.MM.YYYY` and
            priorities as
            0 to 10, as the API documentation, the Postman collection and the recorded call show.
        body (PostTaskMultipart): Parameters of post_task with files to attach, as
            `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]`
            (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostTaskResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostTaskParameters | PostTaskMultipart | Unset = UNSET,
    action: Literal["post_task"] = "post_task",
) -> Response[PostTaskResult]:
    """Create a task or subtask (POST, JSON body)

     The same call as `postTask`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=post_task`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`), and `files`
    (JSON form only) attaches files uploaded beforehand with `upload_files`, as the 2026 clients do.

    The vendor's own way to attach files is this POST as `multipart/form-data`, each file one part
    named `attach[<n>]` (any `n`); the vendor's example keeps the other parameters in the signed query
    string. Since this operation's query carries only `action`, the multipart form below carries the
    parameters as form fields next to the files; whether the service reads parameters from a multipart
    body (PHP services usually do) is not documented.

    What the call does: Creates a task in a project (whatever the project's state), or a subtask when
    `id_parent` names a
    task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
    it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
    (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
    restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
    call (see the POST form).

    Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
    project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).

    Args:
        action (Literal['post_task']):  Default: 'post_task'.
        body (PostTaskParameters): Parameters of post_task as a JSON object (the 2026 clients'
            form).

            Vendor-doc correction: the README of the vendor's 2026 PHP and Python clients creates a
            task with
            `dateend` `2025-06-30` and `priority` `high`; the API takes dates as `DD.MM.YYYY` and
            priorities as
            0 to 10, as the API documentation, the Postman collection and the recorded call show.
        body (PostTaskMultipart): Parameters of post_task with files to attach, as
            `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]`
            (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostTaskResult]
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
    body: PostTaskParameters | PostTaskMultipart | Unset = UNSET,
    action: Literal["post_task"] = "post_task",
) -> PostTaskResult | None:
    """Create a task or subtask (POST, JSON body)

     The same call as `postTask`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=post_task`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`), and `files`
    (JSON form only) attaches files uploaded beforehand with `upload_files`, as the 2026 clients do.

    The vendor's own way to attach files is this POST as `multipart/form-data`, each file one part
    named `attach[<n>]` (any `n`); the vendor's example keeps the other parameters in the signed query
    string. Since this operation's query carries only `action`, the multipart form below carries the
    parameters as form fields next to the files; whether the service reads parameters from a multipart
    body (PHP services usually do) is not documented.

    What the call does: Creates a task in a project (whatever the project's state), or a subtask when
    `id_parent` names a
    task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
    it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
    (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
    restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
    call (see the POST form).

    Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
    project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).

    Args:
        action (Literal['post_task']):  Default: 'post_task'.
        body (PostTaskParameters): Parameters of post_task as a JSON object (the 2026 clients'
            form).

            Vendor-doc correction: the README of the vendor's 2026 PHP and Python clients creates a
            task with
            `dateend` `2025-06-30` and `priority` `high`; the API takes dates as `DD.MM.YYYY` and
            priorities as
            0 to 10, as the API documentation, the Postman collection and the recorded call show.
        body (PostTaskMultipart): Parameters of post_task with files to attach, as
            `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]`
            (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostTaskResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
