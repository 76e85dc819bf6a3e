from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="PersonListBody")


@_attrs_define
class PersonListBody:
    """
    Attributes:
        service (Literal['person.list']): Names the service called. Default: 'person.list'.
        company (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
    """

    company: IdRef | XidRef
    service: Literal["person.list"] = "person.list"

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        company: dict[str, Any]
        if isinstance(self.company, IdRef):
            company = self.company.to_dict()
        else:
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "company": company,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["person.list"], d.pop("service"))
        if service != "person.list":
            raise ValueError(f"service must match const 'person.list', got '{service}'")

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

        person_list_body = cls(
            service=service,
            company=company,
        )

        return person_list_body
