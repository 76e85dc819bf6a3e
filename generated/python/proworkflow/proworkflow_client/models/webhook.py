from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """One event subscription (`id`, `event`, `url` documented; the rest inferred).

    Attributes:
        id (int): Webhook id.
        event (WebhookEvent): An event a webhook is sent for: `new*`, `edit*` and `delete*` of contacts, companies,
            files (no edit), invoices, messages, projects, project requests, quotes, shared notes, tasks and time records;
            `newpending*` (an access request files a pending contact and company); `editcontactlocation`;
            `complete*`/`reactivate*` of projects and tasks; `approve*`/`decline*` of project requests;
            `starttimer`/`stoptimer`.
        url (str): Where the event is sent.
        contactid (int | Unset): The staff contact who added the webhook (e-mailed when it is removed).
        date (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset
            (e.g. `2026-06-24T00:00:00`).
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    event: WebhookEvent
    url: str
    contactid: int | Unset = UNSET
    date: str | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = self.event.value

        url = self.url

        contactid = self.contactid

        date = self.date

        lastmodified = self.lastmodified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "url": url,
            }
        )
        if contactid is not UNSET:
            field_dict["contactid"] = contactid
        if date is not UNSET:
            field_dict["date"] = date
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        event = WebhookEvent(d.pop("event"))

        url = d.pop("url")

        contactid = d.pop("contactid", UNSET)

        date = d.pop("date", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        webhook = cls(
            id=id,
            event=event,
            url=url,
            contactid=contactid,
            date=date,
            lastmodified=lastmodified,
        )

        webhook.additional_properties = d
        return webhook

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
