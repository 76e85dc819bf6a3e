from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CompanyListBody")


@_attrs_define
class CompanyListBody:
    """
    Attributes:
        service (Literal['company.list']): Names the service called. Default: 'company.list'.
    """

    service: Literal["company.list"] = "company.list"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = cast(Literal["company.list"], d.pop("service"))
        if service != "company.list":
            raise ValueError(f"service must match const 'company.list', got '{service}'")

        company_list_body = cls(
            service=service,
        )

        return company_list_body
