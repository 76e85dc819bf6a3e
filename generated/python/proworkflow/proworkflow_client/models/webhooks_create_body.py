from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event import WebhookEvent

T = TypeVar("T", bound="WebhooksCreateBody")


@_attrs_define
class WebhooksCreateBody:
    """Request body of webhooksCreate.

    Attributes:
        event (WebhookEvent): An event a webhook is sent for: `new*`, `edit*` and `delete*` of contacts, companies,
            files (no edit), invoices, messages, projects, project requests, quotes, shared notes, tasks and time records;
            `newpending*` (an access request files a pending contact and company); `editcontactlocation`;
            `complete*`/`reactivate*` of projects and tasks; `approve*`/`decline*` of project requests;
            `starttimer`/`stoptimer`.
        url (str): The receiver's address (http or https).
    """

    event: WebhookEvent
    url: str

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event": event,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = WebhookEvent(d.pop("event"))

        url = d.pop("url")

        webhooks_create_body = cls(
            event=event,
            url=url,
        )

        return webhooks_create_body
