from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unsubscribe_result import UnsubscribeResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["unsubscribe"] = "unsubscribe",
    id_task: str,
    email_user: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

    params["email_user"] = email_user

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UnsubscribeResult | None:
    if response.status_code == 200:
        response_200 = UnsubscribeResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UnsubscribeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["unsubscribe"] = "unsubscribe",
    id_task: str,
    email_user: str,
) -> Response[UnsubscribeResult]:
    """Unsubscribe a member from a task

     Removes one member from the subscribers of a task or subtask. The answer carries no data. Refusals
    as for `subscribe`: an unknown task (code 5, presumed), an `email_user` that is not one member's
    address (code 11, `Invalid email`, `message_details` the value as given).

    Args:
        action (Literal['unsubscribe']):  Default: 'unsubscribe'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        email_user (str): One e-mail address (of a member of the account).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnsubscribeResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        email_user=email_user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["unsubscribe"] = "unsubscribe",
    id_task: str,
    email_user: str,
) -> UnsubscribeResult | None:
    """Unsubscribe a member from a task

     Removes one member from the subscribers of a task or subtask. The answer carries no data. Refusals
    as for `subscribe`: an unknown task (code 5, presumed), an `email_user` that is not one member's
    address (code 11, `Invalid email`, `message_details` the value as given).

    Args:
        action (Literal['unsubscribe']):  Default: 'unsubscribe'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        email_user (str): One e-mail address (of a member of the account).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnsubscribeResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
        email_user=email_user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["unsubscribe"] = "unsubscribe",
    id_task: str,
    email_user: str,
) -> Response[UnsubscribeResult]:
    """Unsubscribe a member from a task

     Removes one member from the subscribers of a task or subtask. The answer carries no data. Refusals
    as for `subscribe`: an unknown task (code 5, presumed), an `email_user` that is not one member's
    address (code 11, `Invalid email`, `message_details` the value as given).

    Args:
        action (Literal['unsubscribe']):  Default: 'unsubscribe'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        email_user (str): One e-mail address (of a member of the account).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnsubscribeResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        email_user=email_user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["unsubscribe"] = "unsubscribe",
    id_task: str,
    email_user: str,
) -> UnsubscribeResult | None:
    """Unsubscribe a member from a task

     Removes one member from the subscribers of a task or subtask. The answer carries no data. Refusals
    as for `subscribe`: an unknown task (code 5, presumed), an `email_user` that is not one member's
    address (code 11, `Invalid email`, `message_details` the value as given).

    Args:
        action (Literal['unsubscribe']):  Default: 'unsubscribe'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        email_user (str): One e-mail address (of a member of the account).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnsubscribeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
            email_user=email_user,
        )
    ).parsed
