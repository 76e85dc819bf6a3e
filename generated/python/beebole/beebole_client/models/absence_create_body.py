from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_absence import NewAbsence


T = TypeVar("T", bound="AbsenceCreateBody")


@_attrs_define
class AbsenceCreateBody:
    """
    Attributes:
        service (Literal['absence.create']): Names the service called. Default: 'absence.create'.
        absence (NewAbsence): An absence type to create for a company.
    """

    absence: NewAbsence
    service: Literal["absence.create"] = "absence.create"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        absence = self.absence.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "absence": absence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_absence import NewAbsence  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["absence.create"], d.pop("service"))
        if service != "absence.create":
            raise ValueError(f"service must match const 'absence.create', got '{service}'")

        absence = NewAbsence.from_dict(d.pop("absence"))

        absence_create_body = cls(
            service=service,
            absence=absence,
        )

        return absence_create_body
