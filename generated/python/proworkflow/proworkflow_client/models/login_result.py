from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginResult")


@_attrs_define
class LoginResult:
    """Account and caller details. Whether they sit at the top level (as public clients read them) or under a key is not
    settled.

        Attributes:
            status (str | Unset): `Success` on success.
            apikey (str | Unset): The account API key, unless the account owner hides it.
            userid (int | Unset): Id of the caller.
            companyname (str | Unset): Account company name.
            count (int | Unset): Item count.
    """

    status: str | Unset = UNSET
    apikey: str | Unset = UNSET
    userid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        apikey = self.apikey

        userid = self.userid

        companyname = self.companyname

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if apikey is not UNSET:
            field_dict["apikey"] = apikey
        if userid is not UNSET:
            field_dict["userid"] = userid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        apikey = d.pop("apikey", UNSET)

        userid = d.pop("userid", UNSET)

        companyname = d.pop("companyname", UNSET)

        count = d.pop("count", UNSET)

        login_result = cls(
            status=status,
            apikey=apikey,
            userid=userid,
            companyname=companyname,
            count=count,
        )

        login_result.additional_properties = d
        return login_result

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
