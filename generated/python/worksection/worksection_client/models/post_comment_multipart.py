from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCommentMultipart")


@_attrs_define
class PostCommentMultipart:
    """Parameters of post_comment with files to attach, as `multipart/form-data`: the parameters as text fields, each file
    a part named `attach[<n>]` (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).

        Attributes:
            id_task (str): The id of a record as a request parameter, a string of digits (as the service returns ids).
            text (str | Unset): Text of the comment.
            todo (list[str] | Unset): Checklist items, in order.
            email_user_from (str | Unset): One e-mail address (of a member of the account).
            hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
            mention (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
    """

    id_task: str
    text: str | Unset = UNSET
    todo: list[str] | Unset = UNSET
    email_user_from: str | Unset = UNSET
    hidden: str | Unset = UNSET
    mention: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_task = self.id_task

        text = self.text

        todo: list[str] | Unset = UNSET
        if not isinstance(self.todo, Unset):
            todo = self.todo

        email_user_from = self.email_user_from

        hidden = self.hidden

        mention = self.mention

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_task": id_task,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if todo is not UNSET:
            field_dict["todo[]"] = todo
        if email_user_from is not UNSET:
            field_dict["email_user_from"] = email_user_from
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if mention is not UNSET:
            field_dict["mention"] = mention

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("id_task", (None, str(self.id_task).encode(), "text/plain")))

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.todo, Unset):
            for componentsschemas_task_todo_items_item_element in self.todo:
                files.append(
                    ("todo[]", (None, str(componentsschemas_task_todo_items_item_element).encode(), "text/plain"))
                )

        if not isinstance(self.email_user_from, Unset):
            files.append(("email_user_from", (None, str(self.email_user_from).encode(), "text/plain")))

        if not isinstance(self.hidden, Unset):
            files.append(("hidden", (None, str(self.hidden).encode(), "text/plain")))

        if not isinstance(self.mention, Unset):
            files.append(("mention", (None, str(self.mention).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_task = d.pop("id_task")

        text = d.pop("text", UNSET)

        todo = cast(list[str], d.pop("todo[]", UNSET))

        email_user_from = d.pop("email_user_from", UNSET)

        hidden = d.pop("hidden", UNSET)

        mention = d.pop("mention", UNSET)

        post_comment_multipart = cls(
            id_task=id_task,
            text=text,
            todo=todo,
            email_user_from=email_user_from,
            hidden=hidden,
            mention=mention,
        )

        return post_comment_multipart
