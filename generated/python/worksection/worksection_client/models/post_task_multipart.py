from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostTaskMultipart")


@_attrs_define
class PostTaskMultipart:
    """Parameters of post_task with files to attach, as `multipart/form-data`: the parameters as text fields, each file a
    part named `attach[<n>]` (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

        Attributes:
            id_project (str): The id of a record as a request parameter, a string of digits (as the service returns ids).
            title (str): Name of the new task.
            id_parent (str | Unset): The id of a record as a request parameter, a string of digits (as the service returns
                ids).
            email_user_from (str | Unset): One e-mail address (of a member of the account).
            email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or `NOONE` (not assigned).
            priority (str | Unset): A priority as the query carries it, `0` to `10`.
            text (str | Unset): Description.
            todo (list[str] | Unset): Checklist items, in order.
            datestart (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
            dateend (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
            subscribe (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
            hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
            mention (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
            max_time (str | Unset): A non-negative amount as the query carries it; a decimal point or a decimal comma is
                read as the fraction separator.
            max_money (str | Unset): A non-negative amount as the query carries it; a decimal point or a decimal comma is
                read as the fraction separator.
            tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces after commas are
                tolerated). May be empty (nothing to do).
            extra (str | Unset): `text` or `html`, not both (recorded once, undocumented).
    """

    id_project: str
    title: str
    id_parent: str | Unset = UNSET
    email_user_from: str | Unset = UNSET
    email_user_to: str | Unset = UNSET
    priority: str | Unset = UNSET
    text: str | Unset = UNSET
    todo: list[str] | Unset = UNSET
    datestart: str | Unset = UNSET
    dateend: str | Unset = UNSET
    subscribe: str | Unset = UNSET
    hidden: str | Unset = UNSET
    mention: str | Unset = UNSET
    max_time: str | Unset = UNSET
    max_money: str | Unset = UNSET
    tags: str | Unset = UNSET
    extra: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_project = self.id_project

        title = self.title

        id_parent = self.id_parent

        email_user_from = self.email_user_from

        email_user_to = self.email_user_to

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

        max_time = self.max_time

        max_money = self.max_money

        tags = self.tags

        extra = self.extra

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
            field_dict["todo[]"] = todo
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

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("id_project", (None, str(self.id_project).encode(), "text/plain")))

        files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.id_parent, Unset):
            files.append(("id_parent", (None, str(self.id_parent).encode(), "text/plain")))

        if not isinstance(self.email_user_from, Unset):
            files.append(("email_user_from", (None, str(self.email_user_from).encode(), "text/plain")))

        if not isinstance(self.email_user_to, Unset):
            files.append(("email_user_to", (None, str(self.email_user_to).encode(), "text/plain")))

        if not isinstance(self.priority, Unset):
            files.append(("priority", (None, str(self.priority).encode(), "text/plain")))

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.todo, Unset):
            for componentsschemas_task_todo_items_item_element in self.todo:
                files.append(
                    ("todo[]", (None, str(componentsschemas_task_todo_items_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.datestart, Unset):
            files.append(("datestart", (None, str(self.datestart).encode(), "text/plain")))

        if not isinstance(self.dateend, Unset):
            files.append(("dateend", (None, str(self.dateend).encode(), "text/plain")))

        if not isinstance(self.subscribe, Unset):
            files.append(("subscribe", (None, str(self.subscribe).encode(), "text/plain")))

        if not isinstance(self.hidden, Unset):
            files.append(("hidden", (None, str(self.hidden).encode(), "text/plain")))

        if not isinstance(self.mention, Unset):
            files.append(("mention", (None, str(self.mention).encode(), "text/plain")))

        if not isinstance(self.max_time, Unset):
            files.append(("max_time", (None, str(self.max_time).encode(), "text/plain")))

        if not isinstance(self.max_money, Unset):
            files.append(("max_money", (None, str(self.max_money).encode(), "text/plain")))

        if not isinstance(self.tags, Unset):
            files.append(("tags", (None, str(self.tags).encode(), "text/plain")))

        if not isinstance(self.extra, Unset):
            files.append(("extra", (None, str(self.extra).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_project = d.pop("id_project")

        title = d.pop("title")

        id_parent = d.pop("id_parent", UNSET)

        email_user_from = d.pop("email_user_from", UNSET)

        email_user_to = d.pop("email_user_to", UNSET)

        priority = d.pop("priority", UNSET)

        text = d.pop("text", UNSET)

        todo = cast(list[str], d.pop("todo[]", UNSET))

        datestart = d.pop("datestart", UNSET)

        dateend = d.pop("dateend", UNSET)

        subscribe = d.pop("subscribe", UNSET)

        hidden = d.pop("hidden", UNSET)

        mention = d.pop("mention", UNSET)

        max_time = d.pop("max_time", UNSET)

        max_money = d.pop("max_money", UNSET)

        tags = d.pop("tags", UNSET)

        extra = d.pop("extra", UNSET)

        post_task_multipart = cls(
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
        )

        return post_task_multipart
