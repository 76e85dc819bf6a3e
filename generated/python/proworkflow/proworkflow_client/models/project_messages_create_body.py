from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me_all import KeywordMeAll
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectMessagesCreateBody")


@_attrs_define
class ProjectMessagesCreateBody:
    """Request body of projectMessagesCreate (that of messagesCreate, the project fixed by the path; a `taskid` or the
    discussion answered must belong to this project).

        Attributes:
            content (str): Text content.
            contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the caller) or `all`. Used both
                as a filter and as an assignment list in request bodies, where it is always a comma string and never a JSON
                array (an array makes the service fail with HTTP 500).
            originalmessageid (int | Unset): Message id of the discussion to reply to.
            taskid (int | None | Unset): Task id.
            title (str | Unset): Title.
            files (None | str | Unset): Ids of already uploaded files to attach, comma-separated.
            notifications (bool | None | Unset): Send e-mail notifications. Default: True.
            public (bool | None | Unset): Make the discussion public (`true`) or private. Default: True.
            fileid (None | str | Unset): Alternative name for `files` used by the vendor's sample and call text.
    """

    content: str
    contacts: KeywordMeAll | str | Unset = UNSET
    originalmessageid: int | Unset = UNSET
    taskid: int | None | Unset = UNSET
    title: str | Unset = UNSET
    files: None | str | Unset = UNSET
    notifications: bool | None | Unset = True
    public: bool | None | Unset = True
    fileid: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        contacts: str | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, KeywordMeAll):
            contacts = self.contacts.value
        else:
            contacts = self.contacts

        originalmessageid = self.originalmessageid

        taskid: int | None | Unset
        if isinstance(self.taskid, Unset):
            taskid = UNSET
        else:
            taskid = self.taskid

        title = self.title

        files: None | str | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        else:
            files = self.files

        notifications: bool | None | Unset
        if isinstance(self.notifications, Unset):
            notifications = UNSET
        else:
            notifications = self.notifications

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        fileid: None | str | Unset
        if isinstance(self.fileid, Unset):
            fileid = UNSET
        else:
            fileid = self.fileid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
            }
        )
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if originalmessageid is not UNSET:
            field_dict["originalmessageid"] = originalmessageid
        if taskid is not UNSET:
            field_dict["taskid"] = taskid
        if title is not UNSET:
            field_dict["title"] = title
        if files is not UNSET:
            field_dict["files"] = files
        if notifications is not UNSET:
            field_dict["notifications"] = notifications
        if public is not UNSET:
            field_dict["public"] = public
        if fileid is not UNSET:
            field_dict["fileid"] = fileid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        def _parse_contacts(data: object) -> KeywordMeAll | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_id_list_type_1 = KeywordMeAll(data)

                return componentsschemas_contact_id_list_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeywordMeAll | str | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        originalmessageid = d.pop("originalmessageid", UNSET)

        def _parse_taskid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        taskid = _parse_taskid(d.pop("taskid", UNSET))

        title = d.pop("title", UNSET)

        def _parse_files(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        def _parse_notifications(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        notifications = _parse_notifications(d.pop("notifications", UNSET))

        def _parse_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public = _parse_public(d.pop("public", UNSET))

        def _parse_fileid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fileid = _parse_fileid(d.pop("fileid", UNSET))

        project_messages_create_body = cls(
            content=content,
            contacts=contacts,
            originalmessageid=originalmessageid,
            taskid=taskid,
            title=title,
            files=files,
            notifications=notifications,
            public=public,
            fileid=fileid,
        )

        return project_messages_create_body
