from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_comment_multipart import PostCommentMultipart
from ...models.post_comment_parameters import PostCommentParameters
from ...models.post_comment_result import PostCommentResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PostCommentParameters | PostCommentMultipart | Unset = UNSET,
    action: Literal["post_comment"] = "post_comment",
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

    if isinstance(body, PostCommentParameters):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, PostCommentMultipart):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
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
    body: PostCommentParameters | PostCommentMultipart | Unset = UNSET,
    action: Literal["post_comment"] = "post_comment",
) -> Response[PostCommentResult]:
    """Comment on a task (POST, JSON body)

     The same call as `postComment`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=post_comment`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`).

    To attach files the vendor documents this POST as `multipart/form-data`, each file one part named
    `attach[<n>]`, the other parameters in the signed query string. Since this operation's query carries
    only `action`, the multipart form below carries the parameters as form fields next to the files;
    whether the service reads parameters from a multipart body is not documented.

    What the call does: Posts a comment on a task or subtask and returns it. `text`, checklist items
    (`todo[]`) or both must
    be given; the items are appended to the text one per line after a bullet, and mentioned members'
    names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
    is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
    (see the POST form).

    Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
    `text` nor `todo[]` (code 10, presumed `At least one of fields required`).

    Args:
        action (Literal['post_comment']):  Default: 'post_comment'.
        body (PostCommentParameters): Parameters of post_comment as a JSON object (the 2026
            clients' form). `text`, `todo` or both are
            needed; the service, not the schema, refuses a comment with neither.

            Vendor-doc correction: the README of the vendor's 2026 PHP client marks an internal
            comment with
            `'hidden' => 1`; `hidden` is a list of e-mail addresses of the people allowed to see the
            comment.
        body (PostCommentMultipart): Parameters of post_comment with files to attach, as
            `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]`
            (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostCommentResult]
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
    body: PostCommentParameters | PostCommentMultipart | Unset = UNSET,
    action: Literal["post_comment"] = "post_comment",
) -> PostCommentResult | None:
    """Comment on a task (POST, JSON body)

     The same call as `postComment`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=post_comment`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`).

    To attach files the vendor documents this POST as `multipart/form-data`, each file one part named
    `attach[<n>]`, the other parameters in the signed query string. Since this operation's query carries
    only `action`, the multipart form below carries the parameters as form fields next to the files;
    whether the service reads parameters from a multipart body is not documented.

    What the call does: Posts a comment on a task or subtask and returns it. `text`, checklist items
    (`todo[]`) or both must
    be given; the items are appended to the text one per line after a bullet, and mentioned members'
    names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
    is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
    (see the POST form).

    Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
    `text` nor `todo[]` (code 10, presumed `At least one of fields required`).

    Args:
        action (Literal['post_comment']):  Default: 'post_comment'.
        body (PostCommentParameters): Parameters of post_comment as a JSON object (the 2026
            clients' form). `text`, `todo` or both are
            needed; the service, not the schema, refuses a comment with neither.

            Vendor-doc correction: the README of the vendor's 2026 PHP client marks an internal
            comment with
            `'hidden' => 1`; `hidden` is a list of e-mail addresses of the people allowed to see the
            comment.
        body (PostCommentMultipart): Parameters of post_comment with files to attach, as
            `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]`
            (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostCommentResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostCommentParameters | PostCommentMultipart | Unset = UNSET,
    action: Literal["post_comment"] = "post_comment",
) -> Response[PostCommentResult]:
    """Comment on a task (POST, JSON body)

     The same call as `postComment`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=post_comment`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`).

    To attach files the vendor documents this POST as `multipart/form-data`, each file one part named
    `attach[<n>]`, the other parameters in the signed query string. Since this operation's query carries
    only `action`, the multipart form below carries the parameters as form fields next to the files;
    whether the service reads parameters from a multipart body is not documented.

    What the call does: Posts a comment on a task or subtask and returns it. `text`, checklist items
    (`todo[]`) or both must
    be given; the items are appended to the text one per line after a bullet, and mentioned members'
    names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
    is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
    (see the POST form).

    Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
    `text` nor `todo[]` (code 10, presumed `At least one of fields required`).

    Args:
        action (Literal['post_comment']):  Default: 'post_comment'.
        body (PostCommentParameters): Parameters of post_comment as a JSON object (the 2026
            clients' form). `text`, `todo` or both are
            needed; the service, not the schema, refuses a comment with neither.

            Vendor-doc correction: the README of the vendor's 2026 PHP client marks an internal
            comment with
            `'hidden' => 1`; `hidden` is a list of e-mail addresses of the people allowed to see the
            comment.
        body (PostCommentMultipart): Parameters of post_comment with files to attach, as
            `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]`
            (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostCommentResult]
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
    body: PostCommentParameters | PostCommentMultipart | Unset = UNSET,
    action: Literal["post_comment"] = "post_comment",
) -> PostCommentResult | None:
    """Comment on a task (POST, JSON body)

     The same call as `postComment`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=post_comment`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`).

    To attach files the vendor documents this POST as `multipart/form-data`, each file one part named
    `attach[<n>]`, the other parameters in the signed query string. Since this operation's query carries
    only `action`, the multipart form below carries the parameters as form fields next to the files;
    whether the service reads parameters from a multipart body is not documented.

    What the call does: Posts a comment on a task or subtask and returns it. `text`, checklist items
    (`todo[]`) or both must
    be given; the items are appended to the text one per line after a bullet, and mentioned members'
    names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
    is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
    (see the POST form).

    Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
    `text` nor `todo[]` (code 10, presumed `At least one of fields required`).

    Args:
        action (Literal['post_comment']):  Default: 'post_comment'.
        body (PostCommentParameters): Parameters of post_comment as a JSON object (the 2026
            clients' form). `text`, `todo` or both are
            needed; the service, not the schema, refuses a comment with neither.

            Vendor-doc correction: the README of the vendor's 2026 PHP client marks an internal
            comment with
            `'hidden' => 1`; `hidden` is a list of e-mail addresses of the people allowed to see the
            comment.
        body (PostCommentMultipart): Parameters of post_comment with files to attach, as
            `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]`
            (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostCommentResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
