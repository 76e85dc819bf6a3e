from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_plan_billingcycle import AccountPlanBillingcycle
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountPlan")


@_attrs_define
class AccountPlan:
    """The account's plan (properties besides `plan` inferred).

    Attributes:
        plan (str): Plan name: `Solo`, `Professional` or `Advanced`.
        billingcycle (AccountPlanBillingcycle | Unset): How the plan is billed.
    """

    plan: str
    billingcycle: AccountPlanBillingcycle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan = self.plan

        billingcycle: str | Unset = UNSET
        if not isinstance(self.billingcycle, Unset):
            billingcycle = self.billingcycle.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
            }
        )
        if billingcycle is not UNSET:
            field_dict["billingcycle"] = billingcycle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan = d.pop("plan")

        _billingcycle = d.pop("billingcycle", UNSET)
        billingcycle: AccountPlanBillingcycle | Unset
        if isinstance(_billingcycle, Unset):
            billingcycle = UNSET
        else:
            billingcycle = AccountPlanBillingcycle(_billingcycle)

        account_plan = cls(
            plan=plan,
            billingcycle=billingcycle,
        )

        account_plan.additional_properties = d
        return account_plan

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
