from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_value import FlagValue
from ..models.priority_value import PriorityValue
from ..models.status_value import StatusValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_list import UserList


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project: the top-level container of tasks, with its team, dates and status.

    Attributes:
        id (str): Identifier of the project. The vendor types object ids as strings of digits, while every argument that
            takes such an id is an integer.
        name (str | Unset): Display name of the project.
        description (None | str | Unset): Free-text description; null (an empty element in XML) when there is none.
        tags (None | str | Unset): Tags as one comma-separated string; null when the project has no tags.
        owner_id (int | Unset): Id of the user who created, and therefore owns, the project.
        group_id (int | None | Unset): Id of the project group the project is filed under; null (an empty element in
            XML) when the project is in no group. Like every other unset field it is sent, not left out (captured output
            lists `groupId` and gives unset fields as empty elements).
        start_date (None | str | Unset): Planned start; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
        end_date (None | str | Unset): Planned end; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
        priority (PriorityValue | Unset): Priority of a project or task: 1 low, 2 normal, 3 high, 4 urgent. Objects
            created without a priority get 2 (normal).

            Vendor-doc correction: the documentation names the default by its label ("normal"); the value sent and returned
            is 2.
        status (StatusValue | Unset): Workflow status of a project or task: 10 open, 20 on hold, 30 done. New objects
            are open (10). These are the v2 values; the retired 2008 API used 1/2/3.

            Vendor-doc correction: the documentation names the default by its label ("open"); the value is 10.
        created_at (str | Unset): When the project was created. Format `YYYY-MM-DD HH:MM:SS`.
        updated_at (str | Unset): When the project was last changed. Format `YYYY-MM-DD HH:MM:SS`.
        notify_project_team (bool | Unset): Whether the project team is e-mailed about the change. Mostly meaningful as
            an argument of add/update calls; echoed in output.
        notify_client (bool | Unset): Whether the project's clients are e-mailed about the change. Mostly meaningful as
            an argument of add/update calls; echoed in output.
        hidden (bool | Unset): When true, users outside the project team cannot see the project; clients still can.
        flag (FlagValue | Unset): Colour of the star marker shown next to the object: 0 none, 1 violet, 2 orange, 3 red.
        team (UserList | Unset): A page of users. Mirrors the XML `<items><item>…</item></items><count/><total/>`;
            `items` has no `item` key when the page is empty.
        can_edit (bool | Unset): Whether the calling user is allowed to change the project.
    """

    id: str
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    owner_id: int | Unset = UNSET
    group_id: int | None | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    priority: PriorityValue | Unset = UNSET
    status: StatusValue | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    notify_project_team: bool | Unset = UNSET
    notify_client: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    flag: FlagValue | Unset = UNSET
    team: UserList | Unset = UNSET
    can_edit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        owner_id = self.owner_id

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at = self.created_at

        updated_at = self.updated_at

        notify_project_team = self.notify_project_team

        notify_client = self.notify_client

        hidden = self.hidden

        flag: int | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.value

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        can_edit = self.can_edit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if notify_project_team is not UNSET:
            field_dict["notifyProjectTeam"] = notify_project_team
        if notify_client is not UNSET:
            field_dict["notifyClient"] = notify_client
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if flag is not UNSET:
            field_dict["flag"] = flag
        if team is not UNSET:
            field_dict["team"] = team
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_list import UserList  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        owner_id = d.pop("ownerId", UNSET)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("groupId", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        _priority = d.pop("priority", UNSET)
        priority: PriorityValue | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = PriorityValue(_priority)

        _status = d.pop("status", UNSET)
        status: StatusValue | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusValue(_status)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        notify_project_team = d.pop("notifyProjectTeam", UNSET)

        notify_client = d.pop("notifyClient", UNSET)

        hidden = d.pop("hidden", UNSET)

        _flag = d.pop("flag", UNSET)
        flag: FlagValue | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = FlagValue(_flag)

        _team = d.pop("team", UNSET)
        team: UserList | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = UserList.from_dict(_team)

        can_edit = d.pop("can_edit", UNSET)

        project = cls(
            id=id,
            name=name,
            description=description,
            tags=tags,
            owner_id=owner_id,
            group_id=group_id,
            start_date=start_date,
            end_date=end_date,
            priority=priority,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            notify_project_team=notify_project_team,
            notify_client=notify_client,
            hidden=hidden,
            flag=flag,
            team=team,
            can_edit=can_edit,
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
