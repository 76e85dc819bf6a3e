from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_files_form import UploadFilesForm
from ...models.upload_files_result import UploadFilesResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UploadFilesForm,
    action: Literal["upload_files"] = "upload_files",
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

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UploadFilesResult | None:
    if response.status_code == 200:
        response_200 = UploadFilesResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UploadFilesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFilesForm,
    action: Literal["upload_files"] = "upload_files",
) -> Response[UploadFilesResult]:
    """Upload files to attach later

     Uploads one or several files and answers, for each, a handle (`id`, `ext`, `name`, `icon`,
    and `error` when that file was refused). The files are not attached to anything yet: the call
    takes no project, task or comment. A client attaches them afterwards by passing the handles
    with no `error` as the `files` parameter of `post_task` (the 2026 clients do that), so the
    service keeps them, presumably for a while, until then.

    Exception to the two request forms: this is a single POST operation. A file travels only as a
    `multipart/form-data` body, which neither the query form (GET) nor a JSON body can carry. The
    body has one part per file, every part named `files[]` with the file name in its
    `Content-Disposition` (the vendor's clients send `Content-Type: application/octet-stream` or a
    type guessed from the name); there are no other fields. The query carries `action=upload_files`,
    and the call is signed like any admin call (`Authorization: Admin ...` as the 2026 clients do,
    or the `hash` of the query string, which then covers only `action`). The same call goes to
    `/api/oauth2?action=upload_files` with a user token.

    This action is known only from the vendor's 2026 clients: no documentation page, no recorded
    answer. The documented way to attach files remains the `attach[n]` file parts of a multipart
    `post_task`, `post_comment` or `post_project` call.

    Errors assumed (not recorded): `status_code` 10 `Field is required` with `message_details`
    `files` when the body has no file part; a file refused on its own comes back in the list with
    an empty `id` and its `error` set.

    Args:
        action (Literal['upload_files']):  Default: 'upload_files'.
        body (UploadFilesForm): The `multipart/form-data` body of upload_files: one part per file,
            each named `files[]` and
            carrying its file name. The vendor's clients send nothing else.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadFilesResult]
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
    body: UploadFilesForm,
    action: Literal["upload_files"] = "upload_files",
) -> UploadFilesResult | None:
    """Upload files to attach later

     Uploads one or several files and answers, for each, a handle (`id`, `ext`, `name`, `icon`,
    and `error` when that file was refused). The files are not attached to anything yet: the call
    takes no project, task or comment. A client attaches them afterwards by passing the handles
    with no `error` as the `files` parameter of `post_task` (the 2026 clients do that), so the
    service keeps them, presumably for a while, until then.

    Exception to the two request forms: this is a single POST operation. A file travels only as a
    `multipart/form-data` body, which neither the query form (GET) nor a JSON body can carry. The
    body has one part per file, every part named `files[]` with the file name in its
    `Content-Disposition` (the vendor's clients send `Content-Type: application/octet-stream` or a
    type guessed from the name); there are no other fields. The query carries `action=upload_files`,
    and the call is signed like any admin call (`Authorization: Admin ...` as the 2026 clients do,
    or the `hash` of the query string, which then covers only `action`). The same call goes to
    `/api/oauth2?action=upload_files` with a user token.

    This action is known only from the vendor's 2026 clients: no documentation page, no recorded
    answer. The documented way to attach files remains the `attach[n]` file parts of a multipart
    `post_task`, `post_comment` or `post_project` call.

    Errors assumed (not recorded): `status_code` 10 `Field is required` with `message_details`
    `files` when the body has no file part; a file refused on its own comes back in the list with
    an empty `id` and its `error` set.

    Args:
        action (Literal['upload_files']):  Default: 'upload_files'.
        body (UploadFilesForm): The `multipart/form-data` body of upload_files: one part per file,
            each named `files[]` and
            carrying its file name. The vendor's clients send nothing else.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadFilesResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFilesForm,
    action: Literal["upload_files"] = "upload_files",
) -> Response[UploadFilesResult]:
    """Upload files to attach later

     Uploads one or several files and answers, for each, a handle (`id`, `ext`, `name`, `icon`,
    and `error` when that file was refused). The files are not attached to anything yet: the call
    takes no project, task or comment. A client attaches them afterwards by passing the handles
    with no `error` as the `files` parameter of `post_task` (the 2026 clients do that), so the
    service keeps them, presumably for a while, until then.

    Exception to the two request forms: this is a single POST operation. A file travels only as a
    `multipart/form-data` body, which neither the query form (GET) nor a JSON body can carry. The
    body has one part per file, every part named `files[]` with the file name in its
    `Content-Disposition` (the vendor's clients send `Content-Type: application/octet-stream` or a
    type guessed from the name); there are no other fields. The query carries `action=upload_files`,
    and the call is signed like any admin call (`Authorization: Admin ...` as the 2026 clients do,
    or the `hash` of the query string, which then covers only `action`). The same call goes to
    `/api/oauth2?action=upload_files` with a user token.

    This action is known only from the vendor's 2026 clients: no documentation page, no recorded
    answer. The documented way to attach files remains the `attach[n]` file parts of a multipart
    `post_task`, `post_comment` or `post_project` call.

    Errors assumed (not recorded): `status_code` 10 `Field is required` with `message_details`
    `files` when the body has no file part; a file refused on its own comes back in the list with
    an empty `id` and its `error` set.

    Args:
        action (Literal['upload_files']):  Default: 'upload_files'.
        body (UploadFilesForm): The `multipart/form-data` body of upload_files: one part per file,
            each named `files[]` and
            carrying its file name. The vendor's clients send nothing else.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadFilesResult]
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
    body: UploadFilesForm,
    action: Literal["upload_files"] = "upload_files",
) -> UploadFilesResult | None:
    """Upload files to attach later

     Uploads one or several files and answers, for each, a handle (`id`, `ext`, `name`, `icon`,
    and `error` when that file was refused). The files are not attached to anything yet: the call
    takes no project, task or comment. A client attaches them afterwards by passing the handles
    with no `error` as the `files` parameter of `post_task` (the 2026 clients do that), so the
    service keeps them, presumably for a while, until then.

    Exception to the two request forms: this is a single POST operation. A file travels only as a
    `multipart/form-data` body, which neither the query form (GET) nor a JSON body can carry. The
    body has one part per file, every part named `files[]` with the file name in its
    `Content-Disposition` (the vendor's clients send `Content-Type: application/octet-stream` or a
    type guessed from the name); there are no other fields. The query carries `action=upload_files`,
    and the call is signed like any admin call (`Authorization: Admin ...` as the 2026 clients do,
    or the `hash` of the query string, which then covers only `action`). The same call goes to
    `/api/oauth2?action=upload_files` with a user token.

    This action is known only from the vendor's 2026 clients: no documentation page, no recorded
    answer. The documented way to attach files remains the `attach[n]` file parts of a multipart
    `post_task`, `post_comment` or `post_project` call.

    Errors assumed (not recorded): `status_code` 10 `Field is required` with `message_details`
    `files` when the body has no file part; a file refused on its own comes back in the list with
    an empty `id` and its `error` set.

    Args:
        action (Literal['upload_files']):  Default: 'upload_files'.
        body (UploadFilesForm): The `multipart/form-data` body of upload_files: one part per file,
            each named `files[]` and
            carrying its file name. The vendor's clients send nothing else.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadFilesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
