from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attach_result_envelope import AttachResultEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.file_upload_list import FileUploadList
from ...types import UNSET, Response, deep_object


def _get_kwargs(
    *,
    activity_id: int,
    files: FileUploadList,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["activityId"] = activity_id

    json_files = files.to_dict()
    params.update(deep_object("files", json_files))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/post/activity/attachFiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachResultEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AttachResultEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttachResultEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    activity_id: int,
    files: FileUploadList,
) -> Response[AttachResultEnvelope | ErrorEnvelope]:
    """Attach files to an activity

     Attaches one or more files or document links to an existing activity. Each file is a numbered group
    of bracket arguments: `files[1][name]=a.txt&files[1][content]=...`.

    Only the file name appears in the vendor's example; how the bytes are uploaded is unknown. This
    document assumes base64 text in `files[N][content]`; treat that as unverified.

    Vendor-doc correction: the documentation types `files` as a FileList (the list object of the output
    side); the call takes a numbered map of upload entries.

    Args:
        activity_id (int):
        files (FileUploadList): Files to attach, keyed by a running number starting at 1. On the
            wire: `files[1][name]=a.txt&files[1][content]=...&files[2][name]=...`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachResultEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        files=files,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    activity_id: int,
    files: FileUploadList,
) -> AttachResultEnvelope | ErrorEnvelope | None:
    """Attach files to an activity

     Attaches one or more files or document links to an existing activity. Each file is a numbered group
    of bracket arguments: `files[1][name]=a.txt&files[1][content]=...`.

    Only the file name appears in the vendor's example; how the bytes are uploaded is unknown. This
    document assumes base64 text in `files[N][content]`; treat that as unverified.

    Vendor-doc correction: the documentation types `files` as a FileList (the list object of the output
    side); the call takes a numbered map of upload entries.

    Args:
        activity_id (int):
        files (FileUploadList): Files to attach, keyed by a running number starting at 1. On the
            wire: `files[1][name]=a.txt&files[1][content]=...&files[2][name]=...`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachResultEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        activity_id=activity_id,
        files=files,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    activity_id: int,
    files: FileUploadList,
) -> Response[AttachResultEnvelope | ErrorEnvelope]:
    """Attach files to an activity

     Attaches one or more files or document links to an existing activity. Each file is a numbered group
    of bracket arguments: `files[1][name]=a.txt&files[1][content]=...`.

    Only the file name appears in the vendor's example; how the bytes are uploaded is unknown. This
    document assumes base64 text in `files[N][content]`; treat that as unverified.

    Vendor-doc correction: the documentation types `files` as a FileList (the list object of the output
    side); the call takes a numbered map of upload entries.

    Args:
        activity_id (int):
        files (FileUploadList): Files to attach, keyed by a running number starting at 1. On the
            wire: `files[1][name]=a.txt&files[1][content]=...&files[2][name]=...`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachResultEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        files=files,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    activity_id: int,
    files: FileUploadList,
) -> AttachResultEnvelope | ErrorEnvelope | None:
    """Attach files to an activity

     Attaches one or more files or document links to an existing activity. Each file is a numbered group
    of bracket arguments: `files[1][name]=a.txt&files[1][content]=...`.

    Only the file name appears in the vendor's example; how the bytes are uploaded is unknown. This
    document assumes base64 text in `files[N][content]`; treat that as unverified.

    Vendor-doc correction: the documentation types `files` as a FileList (the list object of the output
    side); the call takes a numbered map of upload entries.

    Args:
        activity_id (int):
        files (FileUploadList): Files to attach, keyed by a running number starting at 1. On the
            wire: `files[1][name]=a.txt&files[1][content]=...&files[2][name]=...`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachResultEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            activity_id=activity_id,
            files=files,
        )
    ).parsed
