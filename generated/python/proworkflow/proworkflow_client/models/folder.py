from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.folder_contacts_type_0 import FolderContactsType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_ref import ContactRef
    from ..models.folder_project import FolderProject


T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """A custom file folder.

    Attributes:
        id (int): Folder id.
        name (str | Unset): Folder name.
        project (FolderProject | Unset): Project id/number/title.
        contacts (FolderContactsType0 | list[ContactRef] | Unset): `all` for a public folder, else the contacts with
            access.
        projectid (int | Unset): Project of the folder (`project`).
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    name: str | Unset = UNSET
    project: FolderProject | Unset = UNSET
    contacts: FolderContactsType0 | list[ContactRef] | Unset = UNSET
    projectid: int | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        contacts: list[dict[str, Any]] | str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, FolderContactsType0):
            contacts = self.contacts.value
        else:
            contacts = []
            for contacts_type_1_item_data in self.contacts:
                contacts_type_1_item = contacts_type_1_item_data.to_dict()
                contacts.append(contacts_type_1_item)

        projectid = self.projectid

        lastmodified = self.lastmodified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if project is not UNSET:
            field_dict["project"] = project
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.folder_project import FolderProject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _project = d.pop("project", UNSET)
        project: FolderProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = FolderProject.from_dict(_project)

        def _parse_contacts(data: object) -> FolderContactsType0 | list[ContactRef] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contacts_type_0 = FolderContactsType0(data)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            contacts_type_1 = []
            _contacts_type_1 = data
            for contacts_type_1_item_data in _contacts_type_1:
                contacts_type_1_item = ContactRef.from_dict(contacts_type_1_item_data)

                contacts_type_1.append(contacts_type_1_item)

            return contacts_type_1

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        projectid = d.pop("projectid", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        folder = cls(
            id=id,
            name=name,
            project=project,
            contacts=contacts,
            projectid=projectid,
            lastmodified=lastmodified,
        )

        folder.additional_properties = d
        return folder

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
