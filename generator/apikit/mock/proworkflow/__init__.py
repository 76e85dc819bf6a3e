"""ProWorkflow API v3 mock: an in-memory account that answers like the vendor's classic REST API.

What is reproduced (details in the modules):

- Authentication (:mod:`.behaviour`): every call needs the account API key (``apikey`` header or
  query parameter) *and* HTTP Basic credentials of a contact allowed to log in (username or e-mail
  address, case-insensitive, plus password). Anything wrong or missing is a 401 with an empty body;
  a bad key and a bad password look the same. ``GET /login`` also works with Basic credentials
  alone plus ``url`` (the account URL, any URL ending in the account slug, or the bare slug) and
  returns the account's API key.
- Envelopes: lists ``{count, totalcount, status: "Success", <plural>: [...]}`` (filters, ``fields``,
  sorting and paging by :mod:`.query`), single items ``{<singular>: {...}, count: 1, status}``,
  writes ``{message, status, details: [{id, ...}]}`` (201 on create, one detail per created item for
  JSON-array batch bodies), errors ``{status: "Error", details: ["..."]}``; an unknown path is an HTML
  404 page, a missing item a JSON 404.
- Protocol: an unquoted ``etag`` on every GET and 304 (empty body) for a matching ``If-None-Match``;
  ``x-ratelimit-limit/remaining/reset`` on every answer and 429 past the limit (500 requests per
  30 s per API key by default).
- Who sees what (:mod:`.handlers`): staff see everything their app permissions allow; clients see
  staff and the contacts of their own company, contractors staff and themselves, and neither sees
  the staff-only contact fields (e-mail, fax, phones, title, groups, tags, teams, location, login
  details); writes are staff-only except the calls a client or contractor makes for themselves.
- State (:mod:`.store`): one lock around each whole call; nested resources are views of the same
  rows as the top-level ones (a company note is a note; invoice and quote totals come from their lines).

The demo account is documented in :mod:`.demo` (account slug ``brightside``, API key
``pwf-demo-4f1c2a9e7b3d5a60``; logins ``dana``/``dana-pass-1`` and ``sam``/``sam-pass-2`` (staff),
``chloe``/``chloe-pass-3`` and ``nina``/``nina-pass-5`` (clients), ``connor``/``connor-pass-6``
(contractor); e-mail addresses work as usernames too).

- Webhooks (:mod:`.handlers_webhooks`, :mod:`.events`): subscriptions under ``/settings/webhooks``;
  when a call fires a subscribed event, the mock POSTs ``{id, url}`` (``{id}`` for delete events) to
  the webhook's address from a background worker (:mod:`apikit.mock.webhooks`) and logs the delivery.
  Only loopback addresses are accepted unless a host is allowed by name.

Options of :func:`create_behaviour`: ``clock`` (account-local naive datetimes; default: the local
time), ``rate_limit`` (requests per window, default 500), ``rate_window`` (seconds, default 30),
``monotonic`` (the timer the rate limit uses, for tests that let windows pass), ``webhook_hosts``
(host names webhooks may be sent to besides loopback addresses), ``webhook_retry``
(:class:`apikit.mock.webhooks.RetryPolicy`: retry delays, attempt timeout, most deliveries waiting),
``webhook_send`` (what POSTs a delivery). ``apikit mock`` passes no options; there the environment
variables ``PROWORKFLOW_MOCK_RATE_LIMIT`` and ``PROWORKFLOW_MOCK_RATE_WINDOW`` set the rate limit
(e.g. for long verification runs), and ``PROWORKFLOW_MOCK_WEBHOOK_HOSTS`` (comma-separated; also
``apikit mock --webhook-host``) the webhook hosts.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from apikit.mock.engine import MockSetupError
from apikit.mock.proworkflow.behaviour import ProWorkflowBehaviour
from apikit.mock.webhooks import hosts_from_environment

RATE_LIMIT_VARIABLE = "PROWORKFLOW_MOCK_RATE_LIMIT"
RATE_WINDOW_VARIABLE = "PROWORKFLOW_MOCK_RATE_WINDOW"
WEBHOOK_HOSTS_VARIABLE = "PROWORKFLOW_MOCK_WEBHOOK_HOSTS"


def create_behaviour(spec: Mapping[str, Any], **options: Any) -> ProWorkflowBehaviour:
    """Entry point for :func:`apikit.mock.create_app` (options: see the module docstring)."""
    hosts = hosts_from_environment(WEBHOOK_HOSTS_VARIABLE)
    environment = rate_options_from_environment() | ({"webhook_hosts": hosts} if hosts else {})
    return ProWorkflowBehaviour(spec, **(environment | options))


def rate_options_from_environment() -> dict[str, Any]:
    """``rate_limit``/``rate_window`` from the environment, for ``apikit mock`` (which passes no options)."""
    found: dict[str, Any] = {}
    for variable, option, kind in (
        (RATE_LIMIT_VARIABLE, "rate_limit", int),
        (RATE_WINDOW_VARIABLE, "rate_window", float),
    ):
        text = os.environ.get(variable)
        if text:
            try:
                found[option] = kind(text)
            except ValueError as exc:
                raise MockSetupError(f"{variable} must be a number, not {text!r}") from exc
    return found


__all__ = [
    "WEBHOOK_HOSTS_VARIABLE",
    "ProWorkflowBehaviour",
    "create_behaviour",
    "rate_options_from_environment",
]
