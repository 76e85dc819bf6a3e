from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_contacts_type_0 import FileContactsType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_ref import ContactRef
    from ..models.file_folder import FileFolder
    from ..models.file_project import FileProject
    from ..models.file_task import FileTask


T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """A file.

    Attributes:
        id (int): File id.
        name (str | Unset): File name.
        date (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset
            (e.g. `2026-06-24T00:00:00`).
        size (int | Unset): Size in bytes.
        link (str | Unset): Signed download link.
        content (str | Unset): Base64 content (only with content=true and files up to 1 MB).
        project (FileProject | Unset): Project id/number/title.
        task (FileTask | Unset): Task id/name.
        folder (FileFolder | Unset): Folder id/name.
        contacts (FileContactsType0 | list[ContactRef] | Unset): `all` when public, otherwise the contacts who may see
            it.
        projectid (int | Unset): Project the file belongs to (`project`).
        taskid (int | Unset): Task the file is attached to (`task`).
        folderid (int | Unset): Custom folder holding the file (`folder`).
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    name: str | Unset = UNSET
    date: str | Unset = UNSET
    size: int | Unset = UNSET
    link: str | Unset = UNSET
    content: str | Unset = UNSET
    project: FileProject | Unset = UNSET
    task: FileTask | Unset = UNSET
    folder: FileFolder | Unset = UNSET
    contacts: FileContactsType0 | list[ContactRef] | Unset = UNSET
    projectid: int | Unset = UNSET
    taskid: int | Unset = UNSET
    folderid: int | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        date = self.date

        size = self.size

        link = self.link

        content = self.content

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        folder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folder, Unset):
            folder = self.folder.to_dict()

        contacts: list[dict[str, Any]] | str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, FileContactsType0):
            contacts = self.contacts.value
        else:
            contacts = []
            for contacts_type_1_item_data in self.contacts:
                contacts_type_1_item = contacts_type_1_item_data.to_dict()
                contacts.append(contacts_type_1_item)

        projectid = self.projectid

        taskid = self.taskid

        folderid = self.folderid

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
        if date is not UNSET:
            field_dict["date"] = date
        if size is not UNSET:
            field_dict["size"] = size
        if link is not UNSET:
            field_dict["link"] = link
        if content is not UNSET:
            field_dict["content"] = content
        if project is not UNSET:
            field_dict["project"] = project
        if task is not UNSET:
            field_dict["task"] = task
        if folder is not UNSET:
            field_dict["folder"] = folder
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if taskid is not UNSET:
            field_dict["taskid"] = taskid
        if folderid is not UNSET:
            field_dict["folderid"] = folderid
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.file_folder import FileFolder  # noqa: PLC0415
        from ..models.file_project import FileProject  # noqa: PLC0415
        from ..models.file_task import FileTask  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        date = d.pop("date", UNSET)

        size = d.pop("size", UNSET)

        link = d.pop("link", UNSET)

        content = d.pop("content", UNSET)

        _project = d.pop("project", UNSET)
        project: FileProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = FileProject.from_dict(_project)

        _task = d.pop("task", UNSET)
        task: FileTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = FileTask.from_dict(_task)

        _folder = d.pop("folder", UNSET)
        folder: FileFolder | Unset
        if isinstance(_folder, Unset):
            folder = UNSET
        else:
            folder = FileFolder.from_dict(_folder)

        def _parse_contacts(data: object) -> FileContactsType0 | list[ContactRef] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                contacts_type_0 = FileContactsType0(data)

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

        taskid = d.pop("taskid", UNSET)

        folderid = d.pop("folderid", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        file = cls(
            id=id,
            name=name,
            date=date,
            size=size,
            link=link,
            content=content,
            project=project,
            task=task,
            folder=folder,
            contacts=contacts,
            projectid=projectid,
            taskid=taskid,
            folderid=folderid,
            lastmodified=lastmodified,
        )

        file.additional_properties = d
        return file

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
