from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_ref import ContactRef
    from ..models.message_author import MessageAuthor
    from ..models.message_files_item import MessageFilesItem
    from ..models.named_ref import NamedRef
    from ..models.project_ref import ProjectRef


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A discussion message.

    Attributes:
        id (int): Message id.
        title (str | Unset): Title.
        content (str | Unset): Text.
        originalmessageid (int | str | Unset): First message of the discussion; an empty string for a message that
            starts one.
        date (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset
            (e.g. `2026-06-24T00:00:00`).
        public (bool | Unset): Public flag.
        author (MessageAuthor | Unset): Author.
        contacts (list[ContactRef] | Unset): Recipients.
        files (list[MessageFilesItem] | Unset): Attached files.
        projectid (int | Unset): Project of the discussion (`project`).
        project (ProjectRef | Unset): A project embedded in another item (the `project` field bundle).
        taskid (int | Unset): Task of the discussion (`task`), when it is on a task.
        task (NamedRef | Unset): A linked item (company, contact, task, file, template) embedded as its id and name.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    originalmessageid: int | str | Unset = UNSET
    date: str | Unset = UNSET
    public: bool | Unset = UNSET
    author: MessageAuthor | Unset = UNSET
    contacts: list[ContactRef] | Unset = UNSET
    files: list[MessageFilesItem] | Unset = UNSET
    projectid: int | Unset = UNSET
    project: ProjectRef | Unset = UNSET
    taskid: int | Unset = UNSET
    task: NamedRef | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        content = self.content

        originalmessageid: int | str | Unset
        if isinstance(self.originalmessageid, Unset):
            originalmessageid = UNSET
        else:
            originalmessageid = self.originalmessageid

        date = self.date

        public = self.public

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        projectid = self.projectid

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        taskid = self.taskid

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        lastmodified = self.lastmodified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if originalmessageid is not UNSET:
            field_dict["originalmessageid"] = originalmessageid
        if date is not UNSET:
            field_dict["date"] = date
        if public is not UNSET:
            field_dict["public"] = public
        if author is not UNSET:
            field_dict["author"] = author
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if files is not UNSET:
            field_dict["files"] = files
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if project is not UNSET:
            field_dict["project"] = project
        if taskid is not UNSET:
            field_dict["taskid"] = taskid
        if task is not UNSET:
            field_dict["task"] = task
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.message_author import MessageAuthor  # noqa: PLC0415
        from ..models.message_files_item import MessageFilesItem  # noqa: PLC0415
        from ..models.named_ref import NamedRef  # noqa: PLC0415
        from ..models.project_ref import ProjectRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        def _parse_originalmessageid(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        originalmessageid = _parse_originalmessageid(d.pop("originalmessageid", UNSET))

        date = d.pop("date", UNSET)

        public = d.pop("public", UNSET)

        _author = d.pop("author", UNSET)
        author: MessageAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = MessageAuthor.from_dict(_author)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactRef] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactRef.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _files = d.pop("files", UNSET)
        files: list[MessageFilesItem] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = MessageFilesItem.from_dict(files_item_data)

                files.append(files_item)

        projectid = d.pop("projectid", UNSET)

        _project = d.pop("project", UNSET)
        project: ProjectRef | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectRef.from_dict(_project)

        taskid = d.pop("taskid", UNSET)

        _task = d.pop("task", UNSET)
        task: NamedRef | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = NamedRef.from_dict(_task)

        lastmodified = d.pop("lastmodified", UNSET)

        message = cls(
            id=id,
            title=title,
            content=content,
            originalmessageid=originalmessageid,
            date=date,
            public=public,
            author=author,
            contacts=contacts,
            files=files,
            projectid=projectid,
            project=project,
            taskid=taskid,
            task=task,
            lastmodified=lastmodified,
        )

        message.additional_properties = d
        return message

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
