from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_uploaded_file import TaskUploadedFile


T = TypeVar("T", bound="PostTaskParameters")


@_attrs_define
class PostTaskParameters:
    """Parameters of post_task as a JSON object (the 2026 clients' form).

    Vendor-doc correction: the README of the vendor's 2026 PHP and Python clients creates a task with
    `dateend` `2025-06-30` and `priority` `high`; the API takes dates as `DD.MM.YYYY` and priorities as
    0 to 10, as the API documentation, the Postman collection and the recorded call show.

        Attributes:
            id_project (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
            title (str): Name of the new task.
            id_parent (int | str | Unset): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
            email_user_from (str | Unset): One e-mail address (of a member of the account).
            email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or `NOONE` (not assigned).
            priority (int | str | Unset): A priority in a JSON body, 0 to 10, as a number or as digits.
            text (str | Unset): Description.
            todo (list[str] | Unset): Checklist items, in order.
            datestart (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
            dateend (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
            subscribe (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
            hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
            mention (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
            max_time (float | str | Unset): A non-negative amount in a JSON body, as a number or as text.
            max_money (float | str | Unset): A non-negative amount in a JSON body, as a number or as text.
            tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces after commas are
                tolerated). May be empty (nothing to do).
            extra (str | Unset): `text` or `html`, not both (recorded once, undocumented).
            files (list[TaskUploadedFile] | Unset): Files uploaded beforehand with `upload_files`, to attach to the
                description (2026 clients; JSON form only).
    """

    id_project: int | str
    title: str
    id_parent: int | str | Unset = UNSET
    email_user_from: str | Unset = UNSET
    email_user_to: str | Unset = UNSET
    priority: int | str | Unset = UNSET
    text: str | Unset = UNSET
    todo: list[str] | Unset = UNSET
    datestart: str | Unset = UNSET
    dateend: str | Unset = UNSET
    subscribe: str | Unset = UNSET
    hidden: str | Unset = UNSET
    mention: str | Unset = UNSET
    max_time: float | str | Unset = UNSET
    max_money: float | str | Unset = UNSET
    tags: str | Unset = UNSET
    extra: str | Unset = UNSET
    files: list[TaskUploadedFile] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_project: int | str
        id_project = self.id_project

        title = self.title

        id_parent: int | str | Unset
        if isinstance(self.id_parent, Unset):
            id_parent = UNSET
        else:
            id_parent = self.id_parent

        email_user_from = self.email_user_from

        email_user_to = self.email_user_to

        priority: int | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        text = self.text

        todo: list[str] | Unset = UNSET
        if not isinstance(self.todo, Unset):
            todo = self.todo

        datestart = self.datestart

        dateend = self.dateend

        subscribe = self.subscribe

        hidden = self.hidden

        mention = self.mention

        max_time: float | str | Unset
        if isinstance(self.max_time, Unset):
            max_time = UNSET
        else:
            max_time = self.max_time

        max_money: float | str | Unset
        if isinstance(self.max_money, Unset):
            max_money = UNSET
        else:
            max_money = self.max_money

        tags = self.tags

        extra = self.extra

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_project": id_project,
                "title": title,
            }
        )
        if id_parent is not UNSET:
            field_dict["id_parent"] = id_parent
        if email_user_from is not UNSET:
            field_dict["email_user_from"] = email_user_from
        if email_user_to is not UNSET:
            field_dict["email_user_to"] = email_user_to
        if priority is not UNSET:
            field_dict["priority"] = priority
        if text is not UNSET:
            field_dict["text"] = text
        if todo is not UNSET:
            field_dict["todo"] = todo
        if datestart is not UNSET:
            field_dict["datestart"] = datestart
        if dateend is not UNSET:
            field_dict["dateend"] = dateend
        if subscribe is not UNSET:
            field_dict["subscribe"] = subscribe
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if mention is not UNSET:
            field_dict["mention"] = mention
        if max_time is not UNSET:
            field_dict["max_time"] = max_time
        if max_money is not UNSET:
            field_dict["max_money"] = max_money
        if tags is not UNSET:
            field_dict["tags"] = tags
        if extra is not UNSET:
            field_dict["extra"] = extra
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_uploaded_file import TaskUploadedFile  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id_project(data: object) -> int | str:
            return cast(int | str, data)

        id_project = _parse_id_project(d.pop("id_project"))

        title = d.pop("title")

        def _parse_id_parent(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id_parent = _parse_id_parent(d.pop("id_parent", UNSET))

        email_user_from = d.pop("email_user_from", UNSET)

        email_user_to = d.pop("email_user_to", UNSET)

        def _parse_priority(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        text = d.pop("text", UNSET)

        todo = cast(list[str], d.pop("todo", UNSET))

        datestart = d.pop("datestart", UNSET)

        dateend = d.pop("dateend", UNSET)

        subscribe = d.pop("subscribe", UNSET)

        hidden = d.pop("hidden", UNSET)

        mention = d.pop("mention", UNSET)

        def _parse_max_time(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        max_time = _parse_max_time(d.pop("max_time", UNSET))

        def _parse_max_money(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        max_money = _parse_max_money(d.pop("max_money", UNSET))

        tags = d.pop("tags", UNSET)

        extra = d.pop("extra", UNSET)

        _files = d.pop("files", UNSET)
        files: list[TaskUploadedFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = TaskUploadedFile.from_dict(files_item_data)

                files.append(files_item)

        post_task_parameters = cls(
            id_project=id_project,
            title=title,
            id_parent=id_parent,
            email_user_from=email_user_from,
            email_user_to=email_user_to,
            priority=priority,
            text=text,
            todo=todo,
            datestart=datestart,
            dateend=dateend,
            subscribe=subscribe,
            hidden=hidden,
            mention=mention,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
            extra=extra,
            files=files,
        )

        return post_task_parameters
