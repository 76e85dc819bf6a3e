from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhooksUpdateBody")


@_attrs_define
class WebhooksUpdateBody:
    """Request body of webhooksUpdate: the address only (the event cannot change).

    Attributes:
        url (str): The receiver's address (http or https).
    """

    url: str

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        webhooks_update_body = cls(
            url=url,
        )

        return webhooks_update_body
