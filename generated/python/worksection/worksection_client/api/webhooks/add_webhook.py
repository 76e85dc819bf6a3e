from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_webhook_result import AddWebhookResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["add_webhook"] = "add_webhook",
    url_query: str,
    events: str,
    projects: str | Unset = UNSET,
    http_user: str | Unset = UNSET,
    http_pass: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["url"] = url_query

    params["events"] = events

    params["projects"] = projects

    params["http_user"] = http_user

    params["http_pass"] = http_pass

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddWebhookResult | None:
    if response.status_code == 200:
        response_200 = AddWebhookResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddWebhookResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_webhook"] = "add_webhook",
    url_query: str,
    events: str,
    projects: str | Unset = UNSET,
    http_user: str | Unset = UNSET,
    http_pass: str | Unset = UNSET,
) -> Response[AddWebhookResult]:
    """Create a webhook

     Creates a webhook that will send the chosen `events` (comma-separated names, see
    `WebhookEventList`) to `url`, for every project or only for those listed in `projects`, optionally
    with HTTP basic authentication (`http_user`, `http_pass`). Before creating it the service calls
    the URL, which must answer HTTP 200 with the JSON `{"status": "OK"}` (within 5 seconds, as the
    FAQ says of every delivery). On success the answer carries the new webhook's id as a number at
    the top level (`{"status": "ok", "id": 130}`), not under `data`; `getWebhooks` then lists it,
    with its id as a string.

    Errors: `status_code` 11 `Url should respond 200 HTTP_CODE and JSON {status:OK}` with the URL in
    `message_details` when the URL does not answer as required (recorded; the URL is checked even
    when `events` is empty); 10 `Field is required` when `url` or `events` is missing (assumed).

    What a delivery carries is not documented. Event names pair an action with an object
    (`post_task`, `update_comment` ...), like the `action` and `object.type` of `get_events`
    entries; presumably a delivery is a JSON POST describing one such event.

    Args:
        action (Literal['add_webhook']):  Default: 'add_webhook'.
        url_query (str): An absolute http or https URL.
        events (str): The `events` parameter: comma-separated event names (`WebhookEventList`), or
            empty. The service refuses an
            empty list, but only after checking the URL (recorded), so the schema lets it through to
            that check.
        projects (str | Unset): Comma-separated project ids (spaces around commas tolerated, as in
            `8522, 8530`).
        http_user (str | Unset):
        http_pass (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddWebhookResult]
    """

    kwargs = _get_kwargs(
        action=action,
        url_query=url_query,
        events=events,
        projects=projects,
        http_user=http_user,
        http_pass=http_pass,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_webhook"] = "add_webhook",
    url_query: str,
    events: str,
    projects: str | Unset = UNSET,
    http_user: str | Unset = UNSET,
    http_pass: str | Unset = UNSET,
) -> AddWebhookResult | None:
    """Create a webhook

     Creates a webhook that will send the chosen `events` (comma-separated names, see
    `WebhookEventList`) to `url`, for every project or only for those listed in `projects`, optionally
    with HTTP basic authentication (`http_user`, `http_pass`). Before creating it the service calls
    the URL, which must answer HTTP 200 with the JSON `{"status": "OK"}` (within 5 seconds, as the
    FAQ says of every delivery). On success the answer carries the new webhook's id as a number at
    the top level (`{"status": "ok", "id": 130}`), not under `data`; `getWebhooks` then lists it,
    with its id as a string.

    Errors: `status_code` 11 `Url should respond 200 HTTP_CODE and JSON {status:OK}` with the URL in
    `message_details` when the URL does not answer as required (recorded; the URL is checked even
    when `events` is empty); 10 `Field is required` when `url` or `events` is missing (assumed).

    What a delivery carries is not documented. Event names pair an action with an object
    (`post_task`, `update_comment` ...), like the `action` and `object.type` of `get_events`
    entries; presumably a delivery is a JSON POST describing one such event.

    Args:
        action (Literal['add_webhook']):  Default: 'add_webhook'.
        url_query (str): An absolute http or https URL.
        events (str): The `events` parameter: comma-separated event names (`WebhookEventList`), or
            empty. The service refuses an
            empty list, but only after checking the URL (recorded), so the schema lets it through to
            that check.
        projects (str | Unset): Comma-separated project ids (spaces around commas tolerated, as in
            `8522, 8530`).
        http_user (str | Unset):
        http_pass (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddWebhookResult
    """

    return sync_detailed(
        client=client,
        action=action,
        url_query=url_query,
        events=events,
        projects=projects,
        http_user=http_user,
        http_pass=http_pass,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_webhook"] = "add_webhook",
    url_query: str,
    events: str,
    projects: str | Unset = UNSET,
    http_user: str | Unset = UNSET,
    http_pass: str | Unset = UNSET,
) -> Response[AddWebhookResult]:
    """Create a webhook

     Creates a webhook that will send the chosen `events` (comma-separated names, see
    `WebhookEventList`) to `url`, for every project or only for those listed in `projects`, optionally
    with HTTP basic authentication (`http_user`, `http_pass`). Before creating it the service calls
    the URL, which must answer HTTP 200 with the JSON `{"status": "OK"}` (within 5 seconds, as the
    FAQ says of every delivery). On success the answer carries the new webhook's id as a number at
    the top level (`{"status": "ok", "id": 130}`), not under `data`; `getWebhooks` then lists it,
    with its id as a string.

    Errors: `status_code` 11 `Url should respond 200 HTTP_CODE and JSON {status:OK}` with the URL in
    `message_details` when the URL does not answer as required (recorded; the URL is checked even
    when `events` is empty); 10 `Field is required` when `url` or `events` is missing (assumed).

    What a delivery carries is not documented. Event names pair an action with an object
    (`post_task`, `update_comment` ...), like the `action` and `object.type` of `get_events`
    entries; presumably a delivery is a JSON POST describing one such event.

    Args:
        action (Literal['add_webhook']):  Default: 'add_webhook'.
        url_query (str): An absolute http or https URL.
        events (str): The `events` parameter: comma-separated event names (`WebhookEventList`), or
            empty. The service refuses an
            empty list, but only after checking the URL (recorded), so the schema lets it through to
            that check.
        projects (str | Unset): Comma-separated project ids (spaces around commas tolerated, as in
            `8522, 8530`).
        http_user (str | Unset):
        http_pass (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddWebhookResult]
    """

    kwargs = _get_kwargs(
        action=action,
        url_query=url_query,
        events=events,
        projects=projects,
        http_user=http_user,
        http_pass=http_pass,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_webhook"] = "add_webhook",
    url_query: str,
    events: str,
    projects: str | Unset = UNSET,
    http_user: str | Unset = UNSET,
    http_pass: str | Unset = UNSET,
) -> AddWebhookResult | None:
    """Create a webhook

     Creates a webhook that will send the chosen `events` (comma-separated names, see
    `WebhookEventList`) to `url`, for every project or only for those listed in `projects`, optionally
    with HTTP basic authentication (`http_user`, `http_pass`). Before creating it the service calls
    the URL, which must answer HTTP 200 with the JSON `{"status": "OK"}` (within 5 seconds, as the
    FAQ says of every delivery). On success the answer carries the new webhook's id as a number at
    the top level (`{"status": "ok", "id": 130}`), not under `data`; `getWebhooks` then lists it,
    with its id as a string.

    Errors: `status_code` 11 `Url should respond 200 HTTP_CODE and JSON {status:OK}` with the URL in
    `message_details` when the URL does not answer as required (recorded; the URL is checked even
    when `events` is empty); 10 `Field is required` when `url` or `events` is missing (assumed).

    What a delivery carries is not documented. Event names pair an action with an object
    (`post_task`, `update_comment` ...), like the `action` and `object.type` of `get_events`
    entries; presumably a delivery is a JSON POST describing one such event.

    Args:
        action (Literal['add_webhook']):  Default: 'add_webhook'.
        url_query (str): An absolute http or https URL.
        events (str): The `events` parameter: comma-separated event names (`WebhookEventList`), or
            empty. The service refuses an
            empty list, but only after checking the URL (recorded), so the schema lets it through to
            that check.
        projects (str | Unset): Comma-separated project ids (spaces around commas tolerated, as in
            `8522, 8530`).
        http_user (str | Unset):
        http_pass (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddWebhookResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            url_query=url_query,
            events=events,
            projects=projects,
            http_user=http_user,
            http_pass=http_pass,
        )
    ).parsed
