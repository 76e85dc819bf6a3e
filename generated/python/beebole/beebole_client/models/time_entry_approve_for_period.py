from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="TimeEntryApproveForPeriod")


@_attrs_define
class TimeEntryApproveForPeriod:
    """All entries of a person in a period.

    Attributes:
        service (Literal['time_entry.approve']): Names the service called. Default: 'time_entry.approve'.
        person (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
        from_ (datetime.date): A calendar day, `YYYY-MM-DD`.
        to (datetime.date): A calendar day, `YYYY-MM-DD`.
    """

    person: IdRef | XidRef
    from_: datetime.date
    to: datetime.date
    service: Literal["time_entry.approve"] = "time_entry.approve"

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        person: dict[str, Any]
        if isinstance(self.person, IdRef):
            person = self.person.to_dict()
        else:
            person = self.person.to_dict()

        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "person": person,
                "from": from_,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["time_entry.approve"], d.pop("service"))
        if service != "time_entry.approve":
            raise ValueError(f"service must match const 'time_entry.approve', got '{service}'")

        def _parse_person(data: object) -> IdRef | XidRef:
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

        person = _parse_person(d.pop("person"))

        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        time_entry_approve_for_period = cls(
            service=service,
            person=person,
            from_=from_,
            to=to,
        )

        return time_entry_approve_for_period
