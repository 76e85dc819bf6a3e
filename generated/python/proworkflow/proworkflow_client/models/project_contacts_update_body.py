from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me import KeywordMe
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectContactsUpdateBody")


@_attrs_define
class ProjectContactsUpdateBody:
    """Request body of projectContactsUpdate.

    Attributes:
        staff (KeywordMe | str | Unset): An id list or the keyword `me`.
        clients (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids
            mean "any of them".
        contractors (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several
            ids mean "any of them".
        remove (bool | Unset): Take the contacts off the project instead of adding them. Default: False.
    """

    staff: KeywordMe | str | Unset = UNSET
    clients: str | Unset = UNSET
    contractors: str | Unset = UNSET
    remove: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        staff: str | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, KeywordMe):
            staff = self.staff.value
        else:
            staff = self.staff

        clients = self.clients

        contractors = self.contractors

        remove = self.remove

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if staff is not UNSET:
            field_dict["staff"] = staff
        if clients is not UNSET:
            field_dict["clients"] = clients
        if contractors is not UNSET:
            field_dict["contractors"] = contractors
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_staff(data: object) -> KeywordMe | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_id_list_or_me_type_1 = KeywordMe(data)

                return componentsschemas_id_list_or_me_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeywordMe | str | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        clients = d.pop("clients", UNSET)

        contractors = d.pop("contractors", UNSET)

        remove = d.pop("remove", UNSET)

        project_contacts_update_body = cls(
            staff=staff,
            clients=clients,
            contractors=contractors,
            remove=remove,
        )

        return project_contacts_update_body
