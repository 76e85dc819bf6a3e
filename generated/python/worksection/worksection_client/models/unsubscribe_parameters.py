from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="UnsubscribeParameters")


@_attrs_define
class UnsubscribeParameters:
    """Parameters of unsubscribe as a JSON object (the 2026 clients' form).

    Attributes:
        id_task (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        email_user (str): One e-mail address (of a member of the account).
    """

    id_task: int | str
    email_user: str

    def to_dict(self) -> dict[str, Any]:
        id_task: int | str
        id_task = self.id_task

        email_user = self.email_user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_task": id_task,
                "email_user": email_user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_task(data: object) -> int | str:
            return cast(int | str, data)

        id_task = _parse_id_task(d.pop("id_task"))

        email_user = d.pop("email_user")

        unsubscribe_parameters = cls(
            id_task=id_task,
            email_user=email_user,
        )

        return unsubscribe_parameters
