from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_costs_result import DeleteCostsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["delete_costs"] = "delete_costs",
    id_costs: int | str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    json_id_costs: int | str
    json_id_costs = id_costs
    params["id_costs"] = json_id_costs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeleteCostsResult | None:
    if response.status_code == 200:
        response_200 = DeleteCostsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeleteCostsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_costs"] = "delete_costs",
    id_costs: int | str,
) -> Response[DeleteCostsResult]:
    """Delete a cost line

     Deletes one cost line (`id_costs`, from get_costs) for good; its time and money leave the task's
    and project's totals. The answer is `{"status": "ok"}`.

    Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
    cost id gives is not documented (the mock: 10 `Costs not found`, a guess).

    Vendor-doc correction: the documentation's sample request names the line `id=COSTS_ID`; the
    parameter is `id_costs`, as its own parameter list and the recorded request say.

    Args:
        action (Literal['delete_costs']):  Default: 'delete_costs'.
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number
            or as digits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCostsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_costs=id_costs,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_costs"] = "delete_costs",
    id_costs: int | str,
) -> DeleteCostsResult | None:
    """Delete a cost line

     Deletes one cost line (`id_costs`, from get_costs) for good; its time and money leave the task's
    and project's totals. The answer is `{"status": "ok"}`.

    Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
    cost id gives is not documented (the mock: 10 `Costs not found`, a guess).

    Vendor-doc correction: the documentation's sample request names the line `id=COSTS_ID`; the
    parameter is `id_costs`, as its own parameter list and the recorded request say.

    Args:
        action (Literal['delete_costs']):  Default: 'delete_costs'.
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number
            or as digits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCostsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_costs=id_costs,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_costs"] = "delete_costs",
    id_costs: int | str,
) -> Response[DeleteCostsResult]:
    """Delete a cost line

     Deletes one cost line (`id_costs`, from get_costs) for good; its time and money leave the task's
    and project's totals. The answer is `{"status": "ok"}`.

    Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
    cost id gives is not documented (the mock: 10 `Costs not found`, a guess).

    Vendor-doc correction: the documentation's sample request names the line `id=COSTS_ID`; the
    parameter is `id_costs`, as its own parameter list and the recorded request say.

    Args:
        action (Literal['delete_costs']):  Default: 'delete_costs'.
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number
            or as digits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCostsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_costs=id_costs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_costs"] = "delete_costs",
    id_costs: int | str,
) -> DeleteCostsResult | None:
    """Delete a cost line

     Deletes one cost line (`id_costs`, from get_costs) for good; its time and money leave the task's
    and project's totals. The answer is `{"status": "ok"}`.

    Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
    cost id gives is not documented (the mock: 10 `Costs not found`, a guess).

    Vendor-doc correction: the documentation's sample request names the line `id=COSTS_ID`; the
    parameter is `id_costs`, as its own parameter list and the recorded request say.

    Args:
        action (Literal['delete_costs']):  Default: 'delete_costs'.
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number
            or as digits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCostsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_costs=id_costs,
        )
    ).parsed
