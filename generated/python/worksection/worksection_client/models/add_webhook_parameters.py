from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWebhookParameters")


@_attrs_define
class AddWebhookParameters:
    """Parameters of add_webhook as a JSON object (the 2026 clients' form).

    Attributes:
        url (str): An absolute http or https URL.
        events (str): The `events` parameter: comma-separated event names (`WebhookEventList`), or empty. The service
            refuses an
            empty list, but only after checking the URL (recorded), so the schema lets it through to that check.
        projects (list[int | str] | str | Unset): Only events of these projects, as comma-separated ids or a JSON array
            of ids.
        http_user (str | Unset): User name for HTTP basic authentication on the URL.
        http_pass (str | Unset): Password for HTTP basic authentication on the URL.
    """

    url: str
    events: str
    projects: list[int | str] | str | Unset = UNSET
    http_user: str | Unset = UNSET
    http_pass: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        events = self.events

        projects: list[int | str] | str | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, list):
            projects = []
            for projects_type_1_item_data in self.projects:
                projects_type_1_item: int | str
                projects_type_1_item = projects_type_1_item_data
                projects.append(projects_type_1_item)

        else:
            projects = self.projects

        http_user = self.http_user

        http_pass = self.http_pass

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "events": events,
            }
        )
        if projects is not UNSET:
            field_dict["projects"] = projects
        if http_user is not UNSET:
            field_dict["http_user"] = http_user
        if http_pass is not UNSET:
            field_dict["http_pass"] = http_pass

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        events = d.pop("events")

        def _parse_projects(data: object) -> list[int | str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                projects_type_1 = []
                _projects_type_1 = data
                for projects_type_1_item_data in _projects_type_1:

                    def _parse_projects_type_1_item(data: object) -> int | str:
                        return cast(int | str, data)

                    projects_type_1_item = _parse_projects_type_1_item(projects_type_1_item_data)

                    projects_type_1.append(projects_type_1_item)

                return projects_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | str | Unset, data)

        projects = _parse_projects(d.pop("projects", UNSET))

        http_user = d.pop("http_user", UNSET)

        http_pass = d.pop("http_pass", UNSET)

        add_webhook_parameters = cls(
            url=url,
            events=events,
            projects=projects,
            http_user=http_user,
            http_pass=http_pass,
        )

        return add_webhook_parameters
