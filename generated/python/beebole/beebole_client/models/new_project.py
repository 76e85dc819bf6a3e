from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="NewProject")


@_attrs_define
class NewProject:
    """A project to create, under a company.

    Attributes:
        name (str): Display name.
        company (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
        start_date (datetime.date | Unset): A calendar day, `YYYY-MM-DD`.
        description (str | Unset):
    """

    name: str
    company: IdRef | XidRef
    xid: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        name = self.name

        company: dict[str, Any]
        if isinstance(self.company, IdRef):
            company = self.company.to_dict()
        else:
            company = self.company.to_dict()

        xid = self.xid

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "company": company,
            }
        )
        if xid is not UNSET:
            field_dict["xid"] = xid
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_company(data: object) -> IdRef | XidRef:
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

        company = _parse_company(d.pop("company"))

        xid = d.pop("xid", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        description = d.pop("description", UNSET)

        new_project = cls(
            name=name,
            company=company,
            xid=xid,
            start_date=start_date,
            description=description,
        )

        return new_project
