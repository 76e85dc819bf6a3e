from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_person import NewPerson


T = TypeVar("T", bound="PersonCreateBody")


@_attrs_define
class PersonCreateBody:
    """
    Attributes:
        service (Literal['person.create']): Names the service called. Default: 'person.create'.
        person (NewPerson): A person to create, in a company.
    """

    person: NewPerson
    service: Literal["person.create"] = "person.create"

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
        from ..models.new_person import NewPerson  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["person.create"], d.pop("service"))
        if service != "person.create":
            raise ValueError(f"service must match const 'person.create', got '{service}'")

        person = NewPerson.from_dict(d.pop("person"))

        person_create_body = cls(
            service=service,
            person=person,
        )

        return person_create_body
