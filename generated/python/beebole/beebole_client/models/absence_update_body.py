from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.absence_update import AbsenceUpdate


T = TypeVar("T", bound="AbsenceUpdateBody")


@_attrs_define
class AbsenceUpdateBody:
    """
    Attributes:
        service (Literal['absence.update']): Names the service called. Default: 'absence.update'.
        absence (AbsenceUpdate): The absence type (by `id` or `xid`) and its new name.
    """

    absence: AbsenceUpdate
    service: Literal["absence.update"] = "absence.update"

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
        from ..models.absence_update import AbsenceUpdate  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["absence.update"], d.pop("service"))
        if service != "absence.update":
            raise ValueError(f"service must match const 'absence.update', got '{service}'")

        absence = AbsenceUpdate.from_dict(d.pop("absence"))

        absence_update_body = cls(
            service=service,
            absence=absence,
        )

        return absence_update_body
