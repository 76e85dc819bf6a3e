from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_settings_weekstart import AccountSettingsWeekstart
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSettings")


@_attrs_define
class AccountSettings:
    """The account's general settings (properties inferred).

    Attributes:
        name (str): Account (business) name.
        accounturl (str | Unset): The account's web address.
        currency (str | Unset): ISO 4217 code of the account's currency.
        timezone (str | Unset): IANA time zone the account's times are in.
        dateformat (str | Unset): How the web application writes dates.
        weekstart (AccountSettingsWeekstart | Unset): First day of the week.
    """

    name: str
    accounturl: str | Unset = UNSET
    currency: str | Unset = UNSET
    timezone: str | Unset = UNSET
    dateformat: str | Unset = UNSET
    weekstart: AccountSettingsWeekstart | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        accounturl = self.accounturl

        currency = self.currency

        timezone = self.timezone

        dateformat = self.dateformat

        weekstart: str | Unset = UNSET
        if not isinstance(self.weekstart, Unset):
            weekstart = self.weekstart.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if accounturl is not UNSET:
            field_dict["accounturl"] = accounturl
        if currency is not UNSET:
            field_dict["currency"] = currency
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if dateformat is not UNSET:
            field_dict["dateformat"] = dateformat
        if weekstart is not UNSET:
            field_dict["weekstart"] = weekstart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        accounturl = d.pop("accounturl", UNSET)

        currency = d.pop("currency", UNSET)

        timezone = d.pop("timezone", UNSET)

        dateformat = d.pop("dateformat", UNSET)

        _weekstart = d.pop("weekstart", UNSET)
        weekstart: AccountSettingsWeekstart | Unset
        if isinstance(_weekstart, Unset):
            weekstart = UNSET
        else:
            weekstart = AccountSettingsWeekstart(_weekstart)

        account_settings = cls(
            name=name,
            accounturl=accounturl,
            currency=currency,
            timezone=timezone,
            dateformat=dateformat,
            weekstart=weekstart,
        )

        account_settings.additional_properties = d
        return account_settings

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
