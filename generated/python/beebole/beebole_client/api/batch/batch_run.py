from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_call_ok import BatchCallOk
from ...models.batch_run_body import BatchRunBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: BatchRunBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[BatchCallOk | ErrorEnvelope] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_batch_answers_item_data in _response_200:

            def _parse_componentsschemas_batch_answers_item(data: object) -> BatchCallOk | ErrorEnvelope:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_batch_answers_item_type_0 = BatchCallOk.from_dict(data)

                    return componentsschemas_batch_answers_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_batch_answers_item_type_1 = ErrorEnvelope.from_dict(data)

                return componentsschemas_batch_answers_item_type_1

            componentsschemas_batch_answers_item = _parse_componentsschemas_batch_answers_item(
                componentsschemas_batch_answers_item_data
            )

            response_200.append(componentsschemas_batch_answers_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[BatchCallOk | ErrorEnvelope]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchRunBody,
) -> Response[list[BatchCallOk | ErrorEnvelope]]:
    """Run several services in one call

     Runs several services in one request: the body's `services` lists the bodies of the calls, each
    the body that service takes on its own (with its `service` field), and the answer is a JSON array
    with each call's own answer in the same place, in order: its success body or its error envelope.
    A failing call does not stop the others, nor undo those before it. The token is checked once, for
    the whole request; a body that is not such a list, or holds more than 20 calls, is refused as a
    whole with the error envelope. Integrations use it to fetch the group tree and the custom fields
    (the options of a report) in one round trip.

    Args:
        body (BatchRunBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[BatchCallOk | ErrorEnvelope]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BatchRunBody,
) -> list[BatchCallOk | ErrorEnvelope] | None:
    """Run several services in one call

     Runs several services in one request: the body's `services` lists the bodies of the calls, each
    the body that service takes on its own (with its `service` field), and the answer is a JSON array
    with each call's own answer in the same place, in order: its success body or its error envelope.
    A failing call does not stop the others, nor undo those before it. The token is checked once, for
    the whole request; a body that is not such a list, or holds more than 20 calls, is refused as a
    whole with the error envelope. Integrations use it to fetch the group tree and the custom fields
    (the options of a report) in one round trip.

    Args:
        body (BatchRunBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[BatchCallOk | ErrorEnvelope]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchRunBody,
) -> Response[list[BatchCallOk | ErrorEnvelope]]:
    """Run several services in one call

     Runs several services in one request: the body's `services` lists the bodies of the calls, each
    the body that service takes on its own (with its `service` field), and the answer is a JSON array
    with each call's own answer in the same place, in order: its success body or its error envelope.
    A failing call does not stop the others, nor undo those before it. The token is checked once, for
    the whole request; a body that is not such a list, or holds more than 20 calls, is refused as a
    whole with the error envelope. Integrations use it to fetch the group tree and the custom fields
    (the options of a report) in one round trip.

    Args:
        body (BatchRunBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[BatchCallOk | ErrorEnvelope]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchRunBody,
) -> list[BatchCallOk | ErrorEnvelope] | None:
    """Run several services in one call

     Runs several services in one request: the body's `services` lists the bodies of the calls, each
    the body that service takes on its own (with its `service` field), and the answer is a JSON array
    with each call's own answer in the same place, in order: its success body or its error envelope.
    A failing call does not stop the others, nor undo those before it. The token is checked once, for
    the whole request; a body that is not such a list, or holds more than 20 calls, is refused as a
    whole with the error envelope. Integrations use it to fetch the group tree and the custom fields
    (the options of a report) in one round trip.

    Args:
        body (BatchRunBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[BatchCallOk | ErrorEnvelope]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
