from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_search_status import TaskSearchStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchTasksParameters")


@_attrs_define
class SearchTasksParameters:
    """Parameters of search_tasks as a JSON object (the 2026 clients' form). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` is needed; the service, not the schema,
    refuses a call without any (code 10).

    Vendor-doc correction: the vendor's 2023 SDK declares the project id as a required argument of
    search_tasks; it is one of five alternatives, as the SDK's own docblock and the recorded refusal say.

        Attributes:
            id_project (int | str | Unset): An id in a JSON body; the vendor's 2026 clients send it as a number or as
                digits.
            id_task (int | str | Unset): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
            email_user_from (str | Unset): One e-mail address (of a member of the account).
            email_user_to (str | Unset): One e-mail address (of a member of the account).
            filter_ (str | Unset): A search expression of the query language described on the `filter` parameter of
                search_tasks.
            status (TaskSearchStatus | Unset): `active` (open) or `done`.
            extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files` (spaces around commas
                allowed).
    """

    id_project: int | str | Unset = UNSET
    id_task: int | str | Unset = UNSET
    email_user_from: str | Unset = UNSET
    email_user_to: str | Unset = UNSET
    filter_: str | Unset = UNSET
    status: TaskSearchStatus | Unset = UNSET
    extra: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_project: int | str | Unset
        if isinstance(self.id_project, Unset):
            id_project = UNSET
        else:
            id_project = self.id_project

        id_task: int | str | Unset
        if isinstance(self.id_task, Unset):
            id_task = UNSET
        else:
            id_task = self.id_task

        email_user_from = self.email_user_from

        email_user_to = self.email_user_to

        filter_ = self.filter_

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        extra = self.extra

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id_project is not UNSET:
            field_dict["id_project"] = id_project
        if id_task is not UNSET:
            field_dict["id_task"] = id_task
        if email_user_from is not UNSET:
            field_dict["email_user_from"] = email_user_from
        if email_user_to is not UNSET:
            field_dict["email_user_to"] = email_user_to
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if status is not UNSET:
            field_dict["status"] = status
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_project(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id_project = _parse_id_project(d.pop("id_project", UNSET))

        def _parse_id_task(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id_task = _parse_id_task(d.pop("id_task", UNSET))

        email_user_from = d.pop("email_user_from", UNSET)

        email_user_to = d.pop("email_user_to", UNSET)

        filter_ = d.pop("filter", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskSearchStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TaskSearchStatus(_status)

        extra = d.pop("extra", UNSET)

        search_tasks_parameters = cls(
            id_project=id_project,
            id_task=id_task,
            email_user_from=email_user_from,
            email_user_to=email_user_to,
            filter_=filter_,
            status=status,
            extra=extra,
        )

        return search_tasks_parameters
