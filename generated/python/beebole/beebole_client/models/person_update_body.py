from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.person_update import PersonUpdate


T = TypeVar("T", bound="PersonUpdateBody")


@_attrs_define
class PersonUpdateBody:
    """
    Attributes:
        service (Literal['person.update']): Names the service called. Default: 'person.update'.
        person (PersonUpdate): The person (by `id` or `xid`) and its new values; left-out optional fields keep their
            value.
    """

    person: PersonUpdate
    service: Literal["person.update"] = "person.update"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        person = self.person.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "person": person,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_update import PersonUpdate  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["person.update"], d.pop("service"))
        if service != "person.update":
            raise ValueError(f"service must match const 'person.update', got '{service}'")

        person = PersonUpdate.from_dict(d.pop("person"))

        person_update_body = cls(
            service=service,
            person=person,
        )

        return person_update_body
