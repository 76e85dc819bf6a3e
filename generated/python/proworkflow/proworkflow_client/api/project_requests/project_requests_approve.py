from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.project_requests_approve_body import ProjectRequestsApproveBody
from ...models.write_result import WriteResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    projectrequestid: int,
    *,
    body: ProjectRequestsApproveBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/projectrequests/{projectrequestid}/approve".format(
            projectrequestid=quote(str(projectrequestid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | WriteResult | None:
    if response.status_code == 200:
        response_200 = WriteResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorEnvelope | WriteResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    projectrequestid: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectRequestsApproveBody | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Approve a project request

     Approves a pending request and creates a project from it (title, description, dates and the client's
    company come from the request; `number` `auto`, the default, takes the next project number). The
    answer's `details` name the new project (id, number, title). The project's manager is the approver
    (Solo and Professional plans) or the contact the request was sent to (Advanced plan); `clientaccess`
    adds the requesting client to the project.

    Args:
        projectrequestid (int):
        body (ProjectRequestsApproveBody | Unset): Request body of projectRequestsApprove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        projectrequestid=projectrequestid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    projectrequestid: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectRequestsApproveBody | Unset = UNSET,
) -> Any | ErrorEnvelope | WriteResult | None:
    """Approve a project request

     Approves a pending request and creates a project from it (title, description, dates and the client's
    company come from the request; `number` `auto`, the default, takes the next project number). The
    answer's `details` name the new project (id, number, title). The project's manager is the approver
    (Solo and Professional plans) or the contact the request was sent to (Advanced plan); `clientaccess`
    adds the requesting client to the project.

    Args:
        projectrequestid (int):
        body (ProjectRequestsApproveBody | Unset): Request body of projectRequestsApprove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return sync_detailed(
        projectrequestid=projectrequestid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    projectrequestid: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectRequestsApproveBody | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Approve a project request

     Approves a pending request and creates a project from it (title, description, dates and the client's
    company come from the request; `number` `auto`, the default, takes the next project number). The
    answer's `details` name the new project (id, number, title). The project's manager is the approver
    (Solo and Professional plans) or the contact the request was sent to (Advanced plan); `clientaccess`
    adds the requesting client to the project.

    Args:
        projectrequestid (int):
        body (ProjectRequestsApproveBody | Unset): Request body of projectRequestsApprove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        projectrequestid=projectrequestid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    projectrequestid: int,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectRequestsApproveBody | Unset = UNSET,
) -> Any | ErrorEnvelope | WriteResult | None:
    """Approve a project request

     Approves a pending request and creates a project from it (title, description, dates and the client's
    company come from the request; `number` `auto`, the default, takes the next project number). The
    answer's `details` name the new project (id, number, title). The project's manager is the approver
    (Solo and Professional plans) or the contact the request was sent to (Advanced plan); `clientaccess`
    adds the requesting client to the project.

    Args:
        projectrequestid (int):
        body (ProjectRequestsApproveBody | Unset): Request body of projectRequestsApprove.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return (
        await asyncio_detailed(
            projectrequestid=projectrequestid,
            client=client,
            body=body,
        )
    ).parsed
