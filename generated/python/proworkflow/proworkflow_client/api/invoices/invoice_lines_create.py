from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.invoice_lines_create_body import InvoiceLinesCreateBody
from ...models.write_result import WriteResult
from ...types import Response


def _get_kwargs(
    invoiceid: int,
    *,
    body: InvoiceLinesCreateBody | list[InvoiceLinesCreateBody],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoiceid}/lines".format(
            invoiceid=quote(str(invoiceid), safe=""),
        ),
    }

    if isinstance(body, InvoiceLinesCreateBody):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = []
        for componentsschemas_invoice_lines_create_body_list_item_data in body:
            componentsschemas_invoice_lines_create_body_list_item = (
                componentsschemas_invoice_lines_create_body_list_item_data.to_dict()
            )
            _kwargs["json"].append(componentsschemas_invoice_lines_create_body_list_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | WriteResult | None:
    if response.status_code == 201:
        response_201 = WriteResult.from_dict(response.json())

        return response_201

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
    invoiceid: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceLinesCreateBody | list[InvoiceLinesCreateBody],
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Add one or more lines to an invoice

     Creates one or more lines to an invoice. The answer (HTTP 201) lists the new id(s) under `details`.
    Send one line object or an array of lines. Vendor-doc correction: the type list of the call omits
    `expense`; this document assumes `expense` accepted as a line type.

    Args:
        invoiceid (int):
        body (InvoiceLinesCreateBody | list[InvoiceLinesCreateBody]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        invoiceid=invoiceid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoiceid: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceLinesCreateBody | list[InvoiceLinesCreateBody],
) -> Any | ErrorEnvelope | WriteResult | None:
    """Add one or more lines to an invoice

     Creates one or more lines to an invoice. The answer (HTTP 201) lists the new id(s) under `details`.
    Send one line object or an array of lines. Vendor-doc correction: the type list of the call omits
    `expense`; this document assumes `expense` accepted as a line type.

    Args:
        invoiceid (int):
        body (InvoiceLinesCreateBody | list[InvoiceLinesCreateBody]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return sync_detailed(
        invoiceid=invoiceid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoiceid: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceLinesCreateBody | list[InvoiceLinesCreateBody],
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Add one or more lines to an invoice

     Creates one or more lines to an invoice. The answer (HTTP 201) lists the new id(s) under `details`.
    Send one line object or an array of lines. Vendor-doc correction: the type list of the call omits
    `expense`; this document assumes `expense` accepted as a line type.

    Args:
        invoiceid (int):
        body (InvoiceLinesCreateBody | list[InvoiceLinesCreateBody]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        invoiceid=invoiceid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoiceid: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceLinesCreateBody | list[InvoiceLinesCreateBody],
) -> Any | ErrorEnvelope | WriteResult | None:
    """Add one or more lines to an invoice

     Creates one or more lines to an invoice. The answer (HTTP 201) lists the new id(s) under `details`.
    Send one line object or an array of lines. Vendor-doc correction: the type list of the call omits
    `expense`; this document assumes `expense` accepted as a line type.

    Args:
        invoiceid (int):
        body (InvoiceLinesCreateBody | list[InvoiceLinesCreateBody]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return (
        await asyncio_detailed(
            invoiceid=invoiceid,
            client=client,
            body=body,
        )
    ).parsed
