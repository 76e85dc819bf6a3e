from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCommentParameters")


@_attrs_define
class PostCommentParameters:
    """Parameters of post_comment as a JSON object (the 2026 clients' form). `text`, `todo` or both are
    needed; the service, not the schema, refuses a comment with neither.

    Vendor-doc correction: the README of the vendor's 2026 PHP client marks an internal comment with
    `'hidden' => 1`; `hidden` is a list of e-mail addresses of the people allowed to see the comment.

        Attributes:
            id_task (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
            text (str | Unset): Text of the comment.
            todo (list[str] | Unset): Checklist items, in order.
            email_user_from (str | Unset): One e-mail address (of a member of the account).
            hidden (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
            mention (str | Unset): E-mail addresses separated by commas (spaces after the commas allowed).
    """

    id_task: int | str
    text: str | Unset = UNSET
    todo: list[str] | Unset = UNSET
    email_user_from: str | Unset = UNSET
    hidden: str | Unset = UNSET
    mention: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_task: int | str
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
            field_dict["todo"] = todo
        if email_user_from is not UNSET:
            field_dict["email_user_from"] = email_user_from
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if mention is not UNSET:
            field_dict["mention"] = mention

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_task(data: object) -> int | str:
            return cast(int | str, data)

        id_task = _parse_id_task(d.pop("id_task"))

        text = d.pop("text", UNSET)

        todo = cast(list[str], d.pop("todo", UNSET))

        email_user_from = d.pop("email_user_from", UNSET)

        hidden = d.pop("hidden", UNSET)

        mention = d.pop("mention", UNSET)

        post_comment_parameters = cls(
            id_task=id_task,
            text=text,
            todo=todo,
            email_user_from=email_user_from,
            hidden=hidden,
            mention=mention,
        )

        return post_comment_parameters
