from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_status import WebhookStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """One webhook of the account.

    Attributes:
        id (str): Id of the webhook, a string of digits here (add_webhook answers it as a number).
        url (str): Where the events are sent.
        events (str): Comma-separated event names (spaces after commas tolerated), e.g. `post_task,close_task`: a task
            created (`post_task`), changed (`update_task`), closed (`close_task`) or deleted (`delete_task`); a
            comment posted (`post_comment`), changed (`update_comment`) or deleted (`delete_comment`); a project
            created (`post_project`) or changed (`update_project`). There is no event for a deleted project.

            Vendor-doc correction: the FAQ's and the announcement's event tables label the project-creation
            event "Project deletion" while describing it as sent when a project is created; `post_project` is
            the creation event.
        status (WebhookStatus): `active` (sending) or `paused` (switched off, by hand or after 10 failed deliveries).

            Vendor-doc correction: the FAQ describes the states as colours of the web interface ("disabled",
            "working", "working, but has failed attempts"); the API reports `active` and `paused`.
        projects (str | Unset): Comma-separated project ids (spaces around commas tolerated, as in `8522, 8530`).
    """

    id: str
    url: str
    events: str
    status: WebhookStatus
    projects: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        events = self.events

        status = self.status.value

        projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "events": events,
                "status": status,
            }
        )
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url")

        events = d.pop("events")

        status = WebhookStatus(d.pop("status"))

        projects = d.pop("projects", UNSET)

        webhook = cls(
            id=id,
            url=url,
            events=events,
            status=status,
            projects=projects,
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
