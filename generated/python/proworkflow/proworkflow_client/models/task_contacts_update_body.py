from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskContactsUpdateBody")


@_attrs_define
class TaskContactsUpdateBody:
    """Request body of taskContactsUpdate.

    Attributes:
        contacts (str): Task assignees as a comma string: contact ids and `me`, or `allstaff` (every staff contact),
            `all` (everyone on the project; all staff for a general task) or `none`. Never a JSON array (the service fails
            with HTTP 500 then).
        remove (bool | Unset): `true` takes the listed contacts off; `false` (default) adds them. Default: False.
    """

    contacts: str
    remove: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        contacts = self.contacts

        remove = self.remove

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contacts": contacts,
            }
        )
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contacts = d.pop("contacts")

        remove = d.pop("remove", UNSET)

        task_contacts_update_body = cls(
            contacts=contacts,
            remove=remove,
        )

        return task_contacts_update_body
