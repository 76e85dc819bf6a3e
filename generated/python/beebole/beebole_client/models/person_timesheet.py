from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_timesheet_doc import PersonTimesheetDoc
    from ..models.person_timesheet_hours import PersonTimesheetHours


T = TypeVar("T", bound="PersonTimesheet")


@_attrs_define
class PersonTimesheet:
    """One person's hours over the period.

    Attributes:
        eid (int): Numeric id the service gives an entity.
        doc (PersonTimesheetDoc): The person.
        hours (PersonTimesheetHours): The person's hours.
    """

    eid: int
    doc: PersonTimesheetDoc
    hours: PersonTimesheetHours
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eid = self.eid

        doc = self.doc.to_dict()

        hours = self.hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eid": eid,
                "doc": doc,
                "hours": hours,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_timesheet_doc import PersonTimesheetDoc  # noqa: PLC0415
        from ..models.person_timesheet_hours import PersonTimesheetHours  # noqa: PLC0415

        d = dict(src_dict)
        eid = d.pop("eid")

        doc = PersonTimesheetDoc.from_dict(d.pop("doc"))

        hours = PersonTimesheetHours.from_dict(d.pop("hours"))

        person_timesheet = cls(
            eid=eid,
            doc=doc,
            hours=hours,
        )

        person_timesheet.additional_properties = d
        return person_timesheet

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
