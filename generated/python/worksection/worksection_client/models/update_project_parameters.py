from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.flag import Flag
from ..models.project_assignee_input_type_1 import ProjectAssigneeInputType1
from ..models.project_flag_input import ProjectFlagInput
from ..models.project_write_extra import ProjectWriteExtra
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProjectParameters")


@_attrs_define
class UpdateProjectParameters:
    """Parameters of update_project as a JSON object (the 2026 clients' form), with the query form's names, dotted flag
    names included.

        Attributes:
            id_project (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
            title (str | Unset): A project name as the service takes it. The service refuses an empty one (code 10); it is
                still a string here because recorded calls send empty values to get that refusal.
            email_manager (str | Unset): The e-mail address of a user of the account (their login).
            email_user_to (ProjectAssigneeInputType1 | str | Unset): A user's e-mail address, or one of the markers `ANY`
                (anyone) and `NOONE` (nobody).
            members (list[str] | str | Unset): E-mail addresses in a JSON body: the comma-separated text of the query form,
                or a JSON array of addresses (what the vendor's 2026 clients send).
            datestart (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
            dateend (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
            max_time (float | str | Unset): A non-negative number in a JSON body, as a number or as its digits.
            max_money (float | str | Unset): A non-negative number in a JSON body, as a number or as its digits.
            tags (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are tolerated); may be
                empty, meaning none.
            extra (ProjectWriteExtra | Unset): What post_project and update_project add to their answer; the only value is
                `options`.
            options_allow_close (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
            options_allow_give (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
            options_allow_term (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
            options_allow_limit (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
            options_require_term (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
            options_require_tag (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
            options_require_limit (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1,
                or its text.
            options_require_hidden (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1,
                or its text.
            options_deny_comments_edit (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or
                1, or its text.
            options_deny_task_edit (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1,
                or its text.
            options_deny_task_delete (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or
                1, or its text.
            options_time_require (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
            options_time_today (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
            options_timer_only (Flag | ProjectFlagInput | Unset): A restriction flag in a JSON body: the number 0 or 1, or
                its text.
    """

    id_project: int | str
    title: str | Unset = UNSET
    email_manager: str | Unset = UNSET
    email_user_to: ProjectAssigneeInputType1 | str | Unset = UNSET
    members: list[str] | str | Unset = UNSET
    datestart: str | Unset = UNSET
    dateend: str | Unset = UNSET
    max_time: float | str | Unset = UNSET
    max_money: float | str | Unset = UNSET
    tags: str | Unset = UNSET
    extra: ProjectWriteExtra | Unset = UNSET
    options_allow_close: Flag | ProjectFlagInput | Unset = UNSET
    options_allow_give: Flag | ProjectFlagInput | Unset = UNSET
    options_allow_term: Flag | ProjectFlagInput | Unset = UNSET
    options_allow_limit: Flag | ProjectFlagInput | Unset = UNSET
    options_require_term: Flag | ProjectFlagInput | Unset = UNSET
    options_require_tag: Flag | ProjectFlagInput | Unset = UNSET
    options_require_limit: Flag | ProjectFlagInput | Unset = UNSET
    options_require_hidden: Flag | ProjectFlagInput | Unset = UNSET
    options_deny_comments_edit: Flag | ProjectFlagInput | Unset = UNSET
    options_deny_task_edit: Flag | ProjectFlagInput | Unset = UNSET
    options_deny_task_delete: Flag | ProjectFlagInput | Unset = UNSET
    options_time_require: Flag | ProjectFlagInput | Unset = UNSET
    options_time_today: Flag | ProjectFlagInput | Unset = UNSET
    options_timer_only: Flag | ProjectFlagInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_project: int | str
        id_project = self.id_project

        title = self.title

        email_manager = self.email_manager

        email_user_to: str | Unset
        if isinstance(self.email_user_to, Unset):
            email_user_to = UNSET
        elif isinstance(self.email_user_to, ProjectAssigneeInputType1):
            email_user_to = self.email_user_to.value
        else:
            email_user_to = self.email_user_to

        members: list[str] | str | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = self.members

        else:
            members = self.members

        datestart = self.datestart

        dateend = self.dateend

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

        extra: str | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.value

        options_allow_close: int | str | Unset
        if isinstance(self.options_allow_close, Unset):
            options_allow_close = UNSET
        elif isinstance(self.options_allow_close, Flag):
            options_allow_close = self.options_allow_close.value
        else:
            options_allow_close = self.options_allow_close.value

        options_allow_give: int | str | Unset
        if isinstance(self.options_allow_give, Unset):
            options_allow_give = UNSET
        elif isinstance(self.options_allow_give, Flag):
            options_allow_give = self.options_allow_give.value
        else:
            options_allow_give = self.options_allow_give.value

        options_allow_term: int | str | Unset
        if isinstance(self.options_allow_term, Unset):
            options_allow_term = UNSET
        elif isinstance(self.options_allow_term, Flag):
            options_allow_term = self.options_allow_term.value
        else:
            options_allow_term = self.options_allow_term.value

        options_allow_limit: int | str | Unset
        if isinstance(self.options_allow_limit, Unset):
            options_allow_limit = UNSET
        elif isinstance(self.options_allow_limit, Flag):
            options_allow_limit = self.options_allow_limit.value
        else:
            options_allow_limit = self.options_allow_limit.value

        options_require_term: int | str | Unset
        if isinstance(self.options_require_term, Unset):
            options_require_term = UNSET
        elif isinstance(self.options_require_term, Flag):
            options_require_term = self.options_require_term.value
        else:
            options_require_term = self.options_require_term.value

        options_require_tag: int | str | Unset
        if isinstance(self.options_require_tag, Unset):
            options_require_tag = UNSET
        elif isinstance(self.options_require_tag, Flag):
            options_require_tag = self.options_require_tag.value
        else:
            options_require_tag = self.options_require_tag.value

        options_require_limit: int | str | Unset
        if isinstance(self.options_require_limit, Unset):
            options_require_limit = UNSET
        elif isinstance(self.options_require_limit, Flag):
            options_require_limit = self.options_require_limit.value
        else:
            options_require_limit = self.options_require_limit.value

        options_require_hidden: int | str | Unset
        if isinstance(self.options_require_hidden, Unset):
            options_require_hidden = UNSET
        elif isinstance(self.options_require_hidden, Flag):
            options_require_hidden = self.options_require_hidden.value
        else:
            options_require_hidden = self.options_require_hidden.value

        options_deny_comments_edit: int | str | Unset
        if isinstance(self.options_deny_comments_edit, Unset):
            options_deny_comments_edit = UNSET
        elif isinstance(self.options_deny_comments_edit, Flag):
            options_deny_comments_edit = self.options_deny_comments_edit.value
        else:
            options_deny_comments_edit = self.options_deny_comments_edit.value

        options_deny_task_edit: int | str | Unset
        if isinstance(self.options_deny_task_edit, Unset):
            options_deny_task_edit = UNSET
        elif isinstance(self.options_deny_task_edit, Flag):
            options_deny_task_edit = self.options_deny_task_edit.value
        else:
            options_deny_task_edit = self.options_deny_task_edit.value

        options_deny_task_delete: int | str | Unset
        if isinstance(self.options_deny_task_delete, Unset):
            options_deny_task_delete = UNSET
        elif isinstance(self.options_deny_task_delete, Flag):
            options_deny_task_delete = self.options_deny_task_delete.value
        else:
            options_deny_task_delete = self.options_deny_task_delete.value

        options_time_require: int | str | Unset
        if isinstance(self.options_time_require, Unset):
            options_time_require = UNSET
        elif isinstance(self.options_time_require, Flag):
            options_time_require = self.options_time_require.value
        else:
            options_time_require = self.options_time_require.value

        options_time_today: int | str | Unset
        if isinstance(self.options_time_today, Unset):
            options_time_today = UNSET
        elif isinstance(self.options_time_today, Flag):
            options_time_today = self.options_time_today.value
        else:
            options_time_today = self.options_time_today.value

        options_timer_only: int | str | Unset
        if isinstance(self.options_timer_only, Unset):
            options_timer_only = UNSET
        elif isinstance(self.options_timer_only, Flag):
            options_timer_only = self.options_timer_only.value
        else:
            options_timer_only = self.options_timer_only.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_project": id_project,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if email_manager is not UNSET:
            field_dict["email_manager"] = email_manager
        if email_user_to is not UNSET:
            field_dict["email_user_to"] = email_user_to
        if members is not UNSET:
            field_dict["members"] = members
        if datestart is not UNSET:
            field_dict["datestart"] = datestart
        if dateend is not UNSET:
            field_dict["dateend"] = dateend
        if max_time is not UNSET:
            field_dict["max_time"] = max_time
        if max_money is not UNSET:
            field_dict["max_money"] = max_money
        if tags is not UNSET:
            field_dict["tags"] = tags
        if extra is not UNSET:
            field_dict["extra"] = extra
        if options_allow_close is not UNSET:
            field_dict["options.allow_close"] = options_allow_close
        if options_allow_give is not UNSET:
            field_dict["options.allow_give"] = options_allow_give
        if options_allow_term is not UNSET:
            field_dict["options.allow_term"] = options_allow_term
        if options_allow_limit is not UNSET:
            field_dict["options.allow_limit"] = options_allow_limit
        if options_require_term is not UNSET:
            field_dict["options.require_term"] = options_require_term
        if options_require_tag is not UNSET:
            field_dict["options.require_tag"] = options_require_tag
        if options_require_limit is not UNSET:
            field_dict["options.require_limit"] = options_require_limit
        if options_require_hidden is not UNSET:
            field_dict["options.require_hidden"] = options_require_hidden
        if options_deny_comments_edit is not UNSET:
            field_dict["options.deny_comments_edit"] = options_deny_comments_edit
        if options_deny_task_edit is not UNSET:
            field_dict["options.deny_task_edit"] = options_deny_task_edit
        if options_deny_task_delete is not UNSET:
            field_dict["options.deny_task_delete"] = options_deny_task_delete
        if options_time_require is not UNSET:
            field_dict["options.time_require"] = options_time_require
        if options_time_today is not UNSET:
            field_dict["options.time_today"] = options_time_today
        if options_timer_only is not UNSET:
            field_dict["options.timer_only"] = options_timer_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_project(data: object) -> int | str:
            return cast(int | str, data)

        id_project = _parse_id_project(d.pop("id_project"))

        title = d.pop("title", UNSET)

        email_manager = d.pop("email_manager", UNSET)

        def _parse_email_user_to(data: object) -> ProjectAssigneeInputType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_project_assignee_input_type_1 = ProjectAssigneeInputType1(data)

                return componentsschemas_project_assignee_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProjectAssigneeInputType1 | str | Unset, data)

        email_user_to = _parse_email_user_to(d.pop("email_user_to", UNSET))

        def _parse_members(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_project_members_value_type_1 = cast(list[str], data)

                return componentsschemas_project_members_value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        members = _parse_members(d.pop("members", UNSET))

        datestart = d.pop("datestart", UNSET)

        dateend = d.pop("dateend", UNSET)

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

        _extra = d.pop("extra", UNSET)
        extra: ProjectWriteExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = ProjectWriteExtra(_extra)

        def _parse_options_allow_close(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_allow_close = _parse_options_allow_close(d.pop("options.allow_close", UNSET))

        def _parse_options_allow_give(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_allow_give = _parse_options_allow_give(d.pop("options.allow_give", UNSET))

        def _parse_options_allow_term(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_allow_term = _parse_options_allow_term(d.pop("options.allow_term", UNSET))

        def _parse_options_allow_limit(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_allow_limit = _parse_options_allow_limit(d.pop("options.allow_limit", UNSET))

        def _parse_options_require_term(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_require_term = _parse_options_require_term(d.pop("options.require_term", UNSET))

        def _parse_options_require_tag(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_require_tag = _parse_options_require_tag(d.pop("options.require_tag", UNSET))

        def _parse_options_require_limit(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_require_limit = _parse_options_require_limit(d.pop("options.require_limit", UNSET))

        def _parse_options_require_hidden(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_require_hidden = _parse_options_require_hidden(d.pop("options.require_hidden", UNSET))

        def _parse_options_deny_comments_edit(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_deny_comments_edit = _parse_options_deny_comments_edit(d.pop("options.deny_comments_edit", UNSET))

        def _parse_options_deny_task_edit(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_deny_task_edit = _parse_options_deny_task_edit(d.pop("options.deny_task_edit", UNSET))

        def _parse_options_deny_task_delete(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_deny_task_delete = _parse_options_deny_task_delete(d.pop("options.deny_task_delete", UNSET))

        def _parse_options_time_require(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_time_require = _parse_options_time_require(d.pop("options.time_require", UNSET))

        def _parse_options_time_today(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_time_today = _parse_options_time_today(d.pop("options.time_today", UNSET))

        def _parse_options_timer_only(data: object) -> Flag | ProjectFlagInput | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_project_flag_value_type_0 = Flag(data)

                return componentsschemas_project_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_project_flag_value_type_1 = ProjectFlagInput(data)

            return componentsschemas_project_flag_value_type_1

        options_timer_only = _parse_options_timer_only(d.pop("options.timer_only", UNSET))

        update_project_parameters = cls(
            id_project=id_project,
            title=title,
            email_manager=email_manager,
            email_user_to=email_user_to,
            members=members,
            datestart=datestart,
            dateend=dateend,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
            extra=extra,
            options_allow_close=options_allow_close,
            options_allow_give=options_allow_give,
            options_allow_term=options_allow_term,
            options_allow_limit=options_allow_limit,
            options_require_term=options_require_term,
            options_require_tag=options_require_tag,
            options_require_limit=options_require_limit,
            options_require_hidden=options_require_hidden,
            options_deny_comments_edit=options_deny_comments_edit,
            options_deny_task_edit=options_deny_task_edit,
            options_deny_task_delete=options_deny_task_delete,
            options_time_require=options_time_require,
            options_time_today=options_time_today,
            options_timer_only=options_timer_only,
        )

        return update_project_parameters
