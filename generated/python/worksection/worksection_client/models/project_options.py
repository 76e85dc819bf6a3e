from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag

T = TypeVar("T", bound="ProjectOptions")


@_attrs_define
class ProjectOptions:
    """Restriction flags of the project, each 1 (on) or 0 (off). What assignees may do: `allow_close`
    (mark tasks done), `allow_give` (hand a task to someone else), `allow_term` (change deadlines),
    `allow_limit` (change estimates). Fields a new task must have (paid plans): `require_term`
    (deadline), `require_tag` (stage or label), `require_limit` (estimate), `require_hidden`
    (visibility). What users may not do (paid plans): `deny_comments_edit` (edit or delete comments),
    `deny_task_edit` (edit or delete tasks), `deny_task_delete` (delete tasks). How costs are booked
    (paid plans): `time_require` (a task can only be closed with costs booked), `time_today` (costs
    only for the current day), `timer_only` (costs only from the timer). At most one of
    `time_require`, `time_today` and `timer_only` is 1: the service refuses to set more than one
    (`status_code` 11).

        Attributes:
            allow_close (Flag): 1 when the restriction is on, 0 when it is off.
            allow_give (Flag): 1 when the restriction is on, 0 when it is off.
            allow_term (Flag): 1 when the restriction is on, 0 when it is off.
            allow_limit (Flag): 1 when the restriction is on, 0 when it is off.
            require_term (Flag): 1 when the restriction is on, 0 when it is off.
            require_tag (Flag): 1 when the restriction is on, 0 when it is off.
            require_limit (Flag): 1 when the restriction is on, 0 when it is off.
            require_hidden (Flag): 1 when the restriction is on, 0 when it is off.
            deny_comments_edit (Flag): 1 when the restriction is on, 0 when it is off.
            deny_task_edit (Flag): 1 when the restriction is on, 0 when it is off.
            deny_task_delete (Flag): 1 when the restriction is on, 0 when it is off.
            time_require (Flag): 1 when the restriction is on, 0 when it is off.
            time_today (Flag): 1 when the restriction is on, 0 when it is off.
            timer_only (Flag): 1 when the restriction is on, 0 when it is off.
    """

    allow_close: Flag
    allow_give: Flag
    allow_term: Flag
    allow_limit: Flag
    require_term: Flag
    require_tag: Flag
    require_limit: Flag
    require_hidden: Flag
    deny_comments_edit: Flag
    deny_task_edit: Flag
    deny_task_delete: Flag
    time_require: Flag
    time_today: Flag
    timer_only: Flag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_close = self.allow_close.value

        allow_give = self.allow_give.value

        allow_term = self.allow_term.value

        allow_limit = self.allow_limit.value

        require_term = self.require_term.value

        require_tag = self.require_tag.value

        require_limit = self.require_limit.value

        require_hidden = self.require_hidden.value

        deny_comments_edit = self.deny_comments_edit.value

        deny_task_edit = self.deny_task_edit.value

        deny_task_delete = self.deny_task_delete.value

        time_require = self.time_require.value

        time_today = self.time_today.value

        timer_only = self.timer_only.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allow_close": allow_close,
                "allow_give": allow_give,
                "allow_term": allow_term,
                "allow_limit": allow_limit,
                "require_term": require_term,
                "require_tag": require_tag,
                "require_limit": require_limit,
                "require_hidden": require_hidden,
                "deny_comments_edit": deny_comments_edit,
                "deny_task_edit": deny_task_edit,
                "deny_task_delete": deny_task_delete,
                "time_require": time_require,
                "time_today": time_today,
                "timer_only": timer_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allow_close = Flag(d.pop("allow_close"))

        allow_give = Flag(d.pop("allow_give"))

        allow_term = Flag(d.pop("allow_term"))

        allow_limit = Flag(d.pop("allow_limit"))

        require_term = Flag(d.pop("require_term"))

        require_tag = Flag(d.pop("require_tag"))

        require_limit = Flag(d.pop("require_limit"))

        require_hidden = Flag(d.pop("require_hidden"))

        deny_comments_edit = Flag(d.pop("deny_comments_edit"))

        deny_task_edit = Flag(d.pop("deny_task_edit"))

        deny_task_delete = Flag(d.pop("deny_task_delete"))

        time_require = Flag(d.pop("time_require"))

        time_today = Flag(d.pop("time_today"))

        timer_only = Flag(d.pop("timer_only"))

        project_options = cls(
            allow_close=allow_close,
            allow_give=allow_give,
            allow_term=allow_term,
            allow_limit=allow_limit,
            require_term=require_term,
            require_tag=require_tag,
            require_limit=require_limit,
            require_hidden=require_hidden,
            deny_comments_edit=deny_comments_edit,
            deny_task_edit=deny_task_edit,
            deny_task_delete=deny_task_delete,
            time_require=time_require,
            time_today=time_today,
            timer_only=timer_only,
        )

        project_options.additional_properties = d
        return project_options

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
