from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.company_update import CompanyUpdate


T = TypeVar("T", bound="CompanyUpdateBody")


@_attrs_define
class CompanyUpdateBody:
    """
    Attributes:
        service (Literal['company.update']): Names the service called. Default: 'company.update'.
        company (CompanyUpdate): The company (by `id` or `xid`) and its new name.
    """

    company: CompanyUpdate
    service: Literal["company.update"] = "company.update"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

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
        from ..models.company_update import CompanyUpdate  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["company.update"], d.pop("service"))
        if service != "company.update":
            raise ValueError(f"service must match const 'company.update', got '{service}'")

        company = CompanyUpdate.from_dict(d.pop("company"))

        company_update_body = cls(
            service=service,
            company=company,
        )

        return company_update_body
