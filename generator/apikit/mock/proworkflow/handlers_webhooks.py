"""Webhooks (``/settings/webhooks``): subscriptions, their delivery log, and the deliveries.

- A webhook is one event (:mod:`.events`) and a receiver ``url``; its event never changes (``PUT``
  changes the address only). Every webhook call is staff-only (403 for clients and contractors):
  webhooks are account settings.
- The ``url`` must be one the mock may deliver to (:class:`apikit.mock.webhooks.TargetPolicy`:
  loopback addresses, and hosts allowed by name); any other is a 400 naming the URL and the option
  that allows its host, when the webhook is added or changed.
- When a call fires an event (:data:`.events.CALL_EVENTS`), each webhook of that event gets a
  delivery: a row of the delivery log (``GET /settings/webhooks/requests``: ``pending``, then
  ``complete``), handed to a background :class:`apikit.mock.webhooks.Deliverer`, so the call's answer
  never waits for a receiver. As the vendor does, a receiver's 4xx answer removes the webhook at once,
  and so does the last failed retry; the webhook's deliveries go with it. A delivery that does not fit
  the deliverer's bounded queue is not logged (and a warning is logged).
- The log and the webhooks are part of the state: a restored state's pending deliveries are sent
  again; what was still waiting for the state replaced is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable, Mapping
from datetime import timedelta
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow import events
from apikit.mock.proworkflow.crud import Kind, staff_only
from apikit.mock.proworkflow.handlers import SUCCESS, Api, Caller, HandlerFunction
from apikit.mock.proworkflow.store import Store, format_timestamp
from apikit.mock.table import Row
from apikit.mock.webhooks import (
    Attempt,
    Deliverer,
    Outcome,
    RetryPolicy,
    Send,
    TargetPolicy,
    TargetRefused,
    post_json,
)

logger = logging.getLogger("apikit.mock.proworkflow")

PENDING, COMPLETE = "pending", "complete"
WEBHOOK_KEYS = ("event", "url", "contactid", "date")
REQUEST_KEYS = (
    "resthookid", "event", "dataid", "dataurl", "url", "httpstatuscode", "tries", "starttime", "completetime",
    "nextruntime", "status",
)  # fmt: skip
"""What a webhook and a delivery show, in order (:data:`.store.ROW_KEYS_WITHOUT_DEMO_ROWS` holds a
restored state's rows to having them)."""


class WebhookService:
    """The account's deliveries: fires events into the log and the deliverer, and records outcomes.

    ``current_store`` gives the store in use now (a restore replaces it; its lock is shared)."""

    def __init__(
        self,
        targets: TargetPolicy,
        retry: RetryPolicy,
        current_store: Callable[[], Store],
        *,
        send: Send = post_json,
    ) -> None:
        self.targets = targets
        self._current_store = current_store
        # Which state a delivery belongs to: a restore starts a new one. Read and changed only under
        # the store's lock, as everything here is.
        self._generation = 0
        self.deliverer = Deliverer(retry, self._record, send=send)

    def __repr__(self) -> str:
        return f"WebhookService(targets={self.targets!r}, deliverer={self.deliverer!r})"

    # subscriptions

    def checked_url(self, url: str) -> str:
        try:
            self.targets.check(url)
        except TargetRefused as refused:
            raise ApiError(400, f"'url': {refused}") from refused
        return url

    # events (the caller holds the store's lock)

    def announce(self, api: Api, call: Call[Caller], answer: Any) -> None:
        """Queue a delivery to every webhook of each event the call fired."""
        happened = events.events_of(call.operation.operation_id, call.params, answer)
        store = api.store
        deliveries = [(event, hook) for event in happened for hook in store.webhooks.where(event=event.event)]
        if not deliveries:
            return
        base = base_url(call)
        for event, hook in deliveries:
            self._deliver(store, hook, event, base)

    def _allowed(self, hook: Row) -> bool:
        """Whether the hook's address may be sent to here: checked when it was added, but a restored
        state may come from a mock that allowed other hosts."""
        try:
            self.targets.check(str(hook["url"]))
        except TargetRefused:
            logger.warning("webhook %s is not sent: its address is not allowed in this mock", hook["id"])
            return False
        return True

    def _deliver(self, store: Store, hook: Row, event: events.Happened, base: str) -> None:
        if not self._allowed(hook):
            return
        data_url = "" if events.is_delete(event.event) else events.data_url(event.event, event.item_id, base)
        row = store.insert(store.webhook_requests, {
            "resthookid": hook["id"], "event": event.event, "dataid": event.item_id, "dataurl": data_url,
            "url": hook["url"], "httpstatuscode": None, "tries": 0, "starttime": store.now_text(),
            "completetime": "", "nextruntime": store.now_text(), "status": PENDING,
        })  # fmt: skip
        if not self.deliverer.submit(self._key(row["id"]), hook["url"], payload_of(row)):
            store.webhook_requests.delete(row["id"])
            logger.warning(
                "webhook delivery dropped: %d deliveries are waiting already", self.deliverer.pending()
            )

    def resume(self, store: Store) -> None:
        """After the state was replaced: drop what was waiting, send the new state's pending deliveries."""
        self._generation += 1
        self.deliverer.cancel(lambda key: True)
        for row in store.webhook_requests.where(status=PENDING):
            hook = store.webhooks.find(row["resthookid"])
            if hook is None or not self._allowed(hook) or row["url"] != hook["url"]:
                store.webhook_requests.delete(row["id"])
                continue
            self.deliverer.submit(self._key(row["id"]), row["url"], payload_of(row))

    def forget_hook(self, store: Store, hook_id: int) -> None:
        """Drop a removed webhook's deliveries: its log rows, and what still waits to be sent."""
        gone = {row["id"] for row in store.webhook_requests.where(resthookid=hook_id)}
        for request_id in gone:
            store.webhook_requests.delete(request_id)
        keys = {self._key(request_id) for request_id in gone}
        self.deliverer.cancel(lambda key: key in keys)

    def _key(self, request_id: int) -> tuple[int, int]:
        return (self._generation, request_id)

    def _logged(self, store: Store, key: Hashable) -> Row | None:
        """The log row of a delivery key, unless the state was replaced since it was made."""
        if not isinstance(key, tuple) or len(key) != 2 or key[0] != self._generation:
            return None
        return store.webhook_requests.find(int(key[1]))

    # outcomes (from the deliverer's thread)

    def _record(self, attempt: Attempt) -> None:
        store = self._current_store()
        with store.lock:
            store = self._current_store()  # a restore may have swapped it while this waited
            row = self._logged(store, attempt.key)
            if row is None:
                return  # its webhook was deleted, or the state replaced, meanwhile
            row["tries"], row["httpstatuscode"] = attempt.tries, attempt.status
            if attempt.outcome is Outcome.DELIVERED:
                row.update(status=COMPLETE, completetime=store.now_text(), nextruntime="")
            elif attempt.outcome is Outcome.RETRYING and attempt.retry_in is not None:
                row["nextruntime"] = format_timestamp(store.now() + timedelta(seconds=attempt.retry_in))
            else:  # refused (4xx) or given up: the vendor removes the webhook
                hook_id = row["resthookid"]
                self.forget_hook(store, hook_id)
                if store.webhooks.find(hook_id) is not None:
                    store.webhooks.delete(hook_id)


def payload_of(request: Row) -> dict[str, Any]:
    """What a delivery POSTs: the item's id, and where to read it unless the event deleted it."""
    return {"id": request["dataid"], **({"url": request["dataurl"]} if request["dataurl"] else {})}


def base_url(call: Call[Caller]) -> str:
    """The address the call reached the API at: scheme, host and any mount point."""
    request = call.request
    return f"http://{request.headers.get('host', '127.0.0.1')}{request.root_path}"


def service(api: Api) -> WebhookService:
    found = api.webhooks
    if found is None:
        raise ApiError(500, "webhooks are not set up in this mock")
    return found


# the calls


def _show(api: Api, call: Call[Caller], hook: Row) -> Row:
    return {"id": hook["id"], **{key: hook[key] for key in (*WEBHOOK_KEYS, "lastmodified") if key in hook}}


def _build(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    url = service(api).checked_url(str(body["url"]))
    return {**row, "event": body["event"], "url": url, "contactid": call.principal.contact_id,
            "date": api.store.now_text()}  # fmt: skip


def _change(api: Api, call: Call[Caller], hook: Row, body: Mapping[str, Any]) -> Row:
    return {"url": service(api).checked_url(str(body["url"]))}


def _on_delete(api: Api, call: Call[Caller], hook: Row) -> None:
    service(api).forget_hook(api.store, hook["id"])


WEBHOOKS = Kind(
    resource="webhooks",
    label="Web Hook",
    singular="webhook",
    plural="webhooks",
    table=lambda store: store.webhooks,
    show=_show,
    may_read=staff_only,
    build=_build,
    change=_change,
    on_delete=_on_delete,
)


def _group(call: Call[Caller]) -> str | None:
    value = call.params.get("event")
    return str(value) if value not in (None, "") else None


def webhooks_list(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    group = _group(call)
    hooks = [
        _show(api, call, hook)
        for hook in api.store.webhooks.all()
        if group is None or events.event_group(hook["event"]) == group
    ]
    return Reply({"count": len(hooks), "totalcount": len(hooks), "status": SUCCESS, "webhooks": hooks})


def _request_record(row: Row) -> Row:
    return {"requestid": row["id"], **{key: row[key] for key in REQUEST_KEYS}}


def webhooks_requests_list(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    status = call.params.get("status") or "all"
    hook_id = call.params.get("resthookid")
    group = _group(call)
    rows = [
        _request_record(row)
        for row in api.store.webhook_requests.all()
        if status in ("all", row["status"])
        and hook_id in (None, "", row["resthookid"])
        and (group is None or events.event_group(row["event"]) == group)
    ]
    return Reply({"count": len(rows), "totalcount": len(rows), "status": SUCCESS, "requests": rows})


HANDLERS: dict[str, HandlerFunction] = {
    "webhooksList": webhooks_list,
    "webhooksRequestsList": webhooks_requests_list,
}
KINDS: list[Kind] = [WEBHOOKS]
