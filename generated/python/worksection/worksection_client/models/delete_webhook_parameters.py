from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteWebhookParameters")


@_attrs_define
class DeleteWebhookParameters:
    """Parameters of delete_webhook as a JSON object (the 2026 clients' form).

    Attributes:
        id (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
    """

    id: int | str

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        delete_webhook_parameters = cls(
            id=id,
        )

        return delete_webhook_parameters
