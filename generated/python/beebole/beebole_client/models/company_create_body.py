from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_company import NewCompany


T = TypeVar("T", bound="CompanyCreateBody")


@_attrs_define
class CompanyCreateBody:
    """
    Attributes:
        service (Literal['company.create']): Names the service called. Default: 'company.create'.
        company (NewCompany): A company to create.
    """

    company: NewCompany
    service: Literal["company.create"] = "company.create"

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
        from ..models.new_company import NewCompany  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["company.create"], d.pop("service"))
        if service != "company.create":
            raise ValueError(f"service must match const 'company.create', got '{service}'")

        company = NewCompany.from_dict(d.pop("company"))

        company_create_body = cls(
            service=service,
            company=company,
        )

        return company_create_body
