"""Webhooks: get_webhooks, add_webhook, delete_webhook.

The mock keeps the registrations and makes **no deliveries**: it calls out to no URL, neither to
check one when it is added nor to tell of events afterwards (the mock has no outbound network, and
the vendor documents no payload). The service's check that the URL answers HTTP 200 with
``{"status": "OK"}`` is stood in for by a rule: a URL whose host ends in ``.invalid`` (RFC 2606: a name
that never resolves) fails it, with the recorded refusal (11 ``Url should respond 200 HTTP_CODE and
JSON {status:OK}`` naming the URL); every other http(s) URL passes. As recorded, the URL is checked
before anything else, an empty ``events`` included.

``http_pass`` (basic auth for deliveries) is not kept: nothing would use it, no answer shows it, and
a password does not belong in snapshots; ``http_user`` is kept, for the record.

Demo data: webhook 121 (post_task, post_comment, post_project of project 2101, active) and 122
(update_task, close_task of every project, paused).

Choices where the vendor is silent: a new webhook is ``active``; a ``projects`` id no project has is
refused with 11 naming it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from apikit.mock.records import checked, one_of, refers_to
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, action, ok
from apikit.mock.worksection.errors import CODE_REQUIRED, WorksectionError, invalid_value, required

EVENTS = (
    "post_task",
    "update_task",
    "close_task",
    "delete_task",
    "post_comment",
    "update_comment",
    "delete_comment",
    "post_project",
    "update_project",
)
URL_CHECK_FAILED = "Url should respond 200 HTTP_CODE and JSON {status:OK}"


def _events_problem(events: list[str]) -> str | None:
    if not events:
        return "expected at least one event"
    unknown = [event for event in events if event not in EVENTS]
    return f"expected events among {', '.join(EVENTS)}" if unknown else None


@collection("webhooks", kind="webhook", first_id=121)
@dataclass
class Webhook:
    id: int
    url: str
    events: list[str] = field(metadata=checked(_events_problem))
    status: str = field(default="active", metadata=one_of("active", "paused"))
    projects: list[int] = field(default_factory=list, metadata=refers_to("project"))
    """The projects whose events it hears; empty: every project."""
    http_user: str = ""


def seed(account: Account) -> None:
    account.add(
        "webhooks",
        Webhook(
            121,
            "https://hooks.example.com/worksection",
            ["post_task", "post_comment", "post_project"],
            projects=[2101],
        ),
    )
    account.add(
        "webhooks",
        Webhook(122, "https://automation.example.org/ws", ["update_task", "close_task"], status="paused"),
    )


def webhook_out(webhook: Webhook) -> Row:
    """As recorded: ids as text, events and projects as comma lists, projects only when limited."""
    out: Row = {
        "id": str(webhook.id),
        "url": webhook.url,
        "events": ",".join(webhook.events),
        "status": webhook.status,
    }
    if webhook.projects:
        out["projects"] = ",".join(str(project) for project in webhook.projects)
    return out


@action("get_webhooks")
def get_webhooks(ctx: Ctx) -> Row:
    return ok([webhook_out(webhook) for webhook in ctx.account.records("webhooks")])


def answers_the_check(url: str) -> bool:
    """Stands in for the service's call to the URL (see the module docstring)."""
    host = (urlsplit(url).hostname or "").rstrip(".")
    return bool(host) and not (host == "invalid" or host.endswith(".invalid"))


def listed(value: Any) -> list[str]:
    """A comma-separated text, or a JSON array, as its trimmed, non-empty words."""
    items = value if isinstance(value, list) else str(value).split(",")
    return [word for word in (str(item).strip() for item in items) if word]


def project_ids(ctx: Ctx) -> list[int]:
    """``projects`` as ids of existing projects, each once, in the order given."""
    ids: list[int] = []
    for word in listed(ctx.params.get("projects") or []):
        if not word.isdigit() or ctx.account.find("projects", int(word)) is None:
            raise invalid_value(f"projects: no project has the id {word}")
        if int(word) not in ids:
            ids.append(int(word))
    return ids


@action("add_webhook", meanings={"projects": listed, "events": listed})
def add_webhook(ctx: Ctx) -> Row:
    url = ctx.need("url")
    if not answers_the_check(url):
        raise invalid_value(url, URL_CHECK_FAILED)
    events = list(dict.fromkeys(listed(ctx.params.get("events") or "")))
    if not events:
        raise required("events")
    unknown = [event for event in events if event not in EVENTS]
    if unknown:
        raise invalid_value(f"events: {unknown[0]} is not an event ({', '.join(EVENTS)})")
    webhook = Webhook(
        ctx.account.new_id("webhooks"),
        url,
        events,
        projects=project_ids(ctx),
        http_user=ctx.text("http_user", "") or "",
    )
    return ok(id=ctx.account.add("webhooks", webhook).id)


@action("delete_webhook")
def delete_webhook(ctx: Ctx) -> Row:
    webhooks = ctx.account.table("webhooks")
    webhook_id = ctx.need_id("id")
    if webhook_id not in webhooks:
        raise WorksectionError(CODE_REQUIRED, "WebHook not found")  # recorded: 10, and this spelling
    del webhooks[webhook_id]
    return ok()
