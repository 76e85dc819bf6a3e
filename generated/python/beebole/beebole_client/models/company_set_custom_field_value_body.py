from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_setting import CustomFieldSetting


T = TypeVar("T", bound="CompanySetCustomFieldValueBody")


@_attrs_define
class CompanySetCustomFieldValueBody:
    """
    Attributes:
        service (Literal['company.set_custom_field_value']): Names the service called. Default:
            'company.set_custom_field_value'.
        custom_field (CustomFieldSetting): Which custom field to set, and its value.
        id (int | Unset): Numeric id the service gives an entity.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
    """

    custom_field: CustomFieldSetting
    service: Literal["company.set_custom_field_value"] = "company.set_custom_field_value"
    id: int | Unset = UNSET
    xid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        custom_field = self.custom_field.to_dict()

        id = self.id

        xid = self.xid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "customField": custom_field,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_setting import CustomFieldSetting  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["company.set_custom_field_value"], d.pop("service"))
        if service != "company.set_custom_field_value":
            raise ValueError(f"service must match const 'company.set_custom_field_value', got '{service}'")

        custom_field = CustomFieldSetting.from_dict(d.pop("customField"))

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        company_set_custom_field_value_body = cls(
            service=service,
            custom_field=custom_field,
            id=id,
            xid=xid,
        )

        return company_set_custom_field_value_body
