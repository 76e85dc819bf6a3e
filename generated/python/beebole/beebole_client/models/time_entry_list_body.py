from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="TimeEntryListBody")


@_attrs_define
class TimeEntryListBody:
    """
    Attributes:
        service (Literal['time_entry.list']): Names the service called. Default: 'time_entry.list'.
        from_ (datetime.date): A calendar day, `YYYY-MM-DD`.
        to (datetime.date): A calendar day, `YYYY-MM-DD`.
        person (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
    """

    from_: datetime.date
    to: datetime.date
    service: Literal["time_entry.list"] = "time_entry.list"
    person: IdRef | Unset | XidRef = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        person: dict[str, Any] | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, IdRef):
            person = self.person.to_dict()
        else:
            person = self.person.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "from": from_,
                "to": to,
            }
        )
        if person is not UNSET:
            field_dict["person"] = person

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["time_entry.list"], d.pop("service"))
        if service != "time_entry.list":
            raise ValueError(f"service must match const 'time_entry.list', got '{service}'")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        def _parse_person(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ref_type_0 = IdRef.from_dict(data)

                return componentsschemas_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ref_type_1 = XidRef.from_dict(data)

            return componentsschemas_ref_type_1

        person = _parse_person(d.pop("person", UNSET))

        time_entry_list_body = cls(
            service=service,
            from_=from_,
            to=to,
            person=person,
        )

        return time_entry_list_body
