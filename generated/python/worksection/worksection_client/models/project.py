from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.no_manager import NoManager
    from ..models.project_options import ProjectOptions
    from ..models.project_tags import ProjectTags
    from ..models.project_user import ProjectUser


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """One project. Every project carries `id`, `name`, `page`, `status`, `company`, `user_from`,
    `user_to` (the manager or the "no manager" marker) and `date_added`. `text`, `options` and `users`
    come only when `extra` asks for them; `date_closed`, `date_start`, `date_end`, `max_time`,
    `max_money` and `tags` only when set.

    Vendor-doc correction: the documentation prints dates as `YYYY—MM—DD HH:II` with em-dashes; the
    service sends ASCII hyphens, and `II` means minutes: `YYYY-MM-DD HH:MM` for `date_added` and
    `date_closed`, `YYYY-MM-DD` for `date_start` and `date_end`.

    Vendor-doc correction: the answer printed in the README of the vendor's 2023 PHP SDK shows projects
    without `user_to` and `date_added`; it is trimmed, the service sends both for every project.
    Output of the legacy v.05 admin API that a third-party Ruby client's README prints has projects
    without `id` and `date_added` and people without `id`; the v2 API sends them all.

        Attributes:
            id (str): Identifier of the project, a string of digits.

                Vendor-doc correction: the documentation's sample shows only placeholders (`PROJECT_ID_1`);
                recorded answers carry digit strings such as `"6622"`, while estimates and option flags are
                JSON numbers.
            name (str): Name of the project (may be empty).
            page (str): Link to the project inside the account, `/project/<id>/`.

                Vendor-doc correction: the documentation's list of returned fields omits `page`, which its own
                sample and every recorded answer contain.
            status (ProjectStatus): State of the project: `active`, `pending` (put to sleep) or `archive` (closed); the same
                words
                select projects in `filter`.

                Vendor-doc correction: the documentation does not list the values of `status`; they are
                `active`, `pending` and `archive` in vendor material.
            company (str): Name of the folder the project is filed in.
            user_from (ProjectUser): A person of the account (author, manager or team member).
            user_to (NoManager | ProjectUser): The project manager, or the "no manager" marker.
            date_added (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
            text (str | Unset): The description, as plain text (`extra=text`) or HTML (`extra=html`); empty when there is
                none. Only with `extra=text` or `extra=html`.
            date_closed (str | Unset): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone
                (presumed).
            date_start (str | Unset): A calendar date, `YYYY-MM-DD`.
            date_end (str | Unset): A calendar date, `YYYY-MM-DD`.
            options (ProjectOptions | Unset): Restriction flags of the project, each 1 (on) or 0 (off). What assignees may
                do: `allow_close`
                (mark tasks done), `allow_give` (hand a task to someone else), `allow_term` (change deadlines),
                `allow_limit` (change estimates). Fields a new task must have (paid plans): `require_term`
                (deadline), `require_tag` (stage or label), `require_limit` (estimate), `require_hidden`
                (visibility). What users may not do (paid plans): `deny_comments_edit` (edit or delete comments),
                `deny_task_edit` (edit or delete tasks), `deny_task_delete` (delete tasks). How costs are booked
                (paid plans): `time_require` (a task can only be closed with costs booked), `time_today` (costs
                only for the current day), `timer_only` (costs only from the timer). At most one of
                `time_require`, `time_today` and `timer_only` is 1: the service refuses to set more than one
                (`status_code` 11).
            max_time (float | Unset): Time estimate in hours, if set.
            max_money (float | Unset): Financial estimate (budget) in the account's currency, if set.
            tags (ProjectTags | Unset): Tag names by tag id (the ids are digit strings).
            users (list[ProjectUser] | Unset): The project team; only with `extra=users`.
    """

    id: str
    name: str
    page: str
    status: ProjectStatus
    company: str
    user_from: ProjectUser
    user_to: NoManager | ProjectUser
    date_added: str
    text: str | Unset = UNSET
    date_closed: str | Unset = UNSET
    date_start: str | Unset = UNSET
    date_end: str | Unset = UNSET
    options: ProjectOptions | Unset = UNSET
    max_time: float | Unset = UNSET
    max_money: float | Unset = UNSET
    tags: ProjectTags | Unset = UNSET
    users: list[ProjectUser] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.no_manager import NoManager  # noqa: PLC0415

        id = self.id

        name = self.name

        page = self.page

        status = self.status.value

        company = self.company

        user_from = self.user_from.to_dict()

        user_to: dict[str, Any]
        if isinstance(self.user_to, NoManager):
            user_to = self.user_to.to_dict()
        else:
            user_to = self.user_to.to_dict()

        date_added = self.date_added

        text = self.text

        date_closed = self.date_closed

        date_start = self.date_start

        date_end = self.date_end

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        max_time = self.max_time

        max_money = self.max_money

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "page": page,
                "status": status,
                "company": company,
                "user_from": user_from,
                "user_to": user_to,
                "date_added": date_added,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if date_closed is not UNSET:
            field_dict["date_closed"] = date_closed
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if options is not UNSET:
            field_dict["options"] = options
        if max_time is not UNSET:
            field_dict["max_time"] = max_time
        if max_money is not UNSET:
            field_dict["max_money"] = max_money
        if tags is not UNSET:
            field_dict["tags"] = tags
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.no_manager import NoManager  # noqa: PLC0415
        from ..models.project_options import ProjectOptions  # noqa: PLC0415
        from ..models.project_tags import ProjectTags  # noqa: PLC0415
        from ..models.project_user import ProjectUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        page = d.pop("page")

        status = ProjectStatus(d.pop("status"))

        company = d.pop("company")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        def _parse_user_to(data: object) -> NoManager | ProjectUser:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_to_type_0 = NoManager.from_dict(data)

                return user_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            user_to_type_1 = ProjectUser.from_dict(data)

            return user_to_type_1

        user_to = _parse_user_to(d.pop("user_to"))

        date_added = d.pop("date_added")

        text = d.pop("text", UNSET)

        date_closed = d.pop("date_closed", UNSET)

        date_start = d.pop("date_start", UNSET)

        date_end = d.pop("date_end", UNSET)

        _options = d.pop("options", UNSET)
        options: ProjectOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ProjectOptions.from_dict(_options)

        max_time = d.pop("max_time", UNSET)

        max_money = d.pop("max_money", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: ProjectTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ProjectTags.from_dict(_tags)

        _users = d.pop("users", UNSET)
        users: list[ProjectUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = ProjectUser.from_dict(users_item_data)

                users.append(users_item)

        project = cls(
            id=id,
            name=name,
            page=page,
            status=status,
            company=company,
            user_from=user_from,
            user_to=user_to,
            date_added=date_added,
            text=text,
            date_closed=date_closed,
            date_start=date_start,
            date_end=date_end,
            options=options,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
            users=users,
        )

        project.additional_properties = d
        return project

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
