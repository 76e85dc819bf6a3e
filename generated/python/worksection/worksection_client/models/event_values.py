from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_anyone import EventAnyone
    from ..models.no_manager import NoManager
    from ..models.project_user import ProjectUser


T = TypeVar("T", bound="EventValues")


@_attrs_define
class EventValues:
    """Fields of the object by name: for `post` those given at creation, for `update` the changed ones (new values in
    `new`, previous ones in `old`). Which fields appear depends on the object; those below are the ones recorded. Values
    are as the service shows them elsewhere, except that cleared values are empty strings.

        Attributes:
            title (str | Unset): Name of a project or task.
            text (str | Unset): Text of a comment or a description.
            priority (str | Unset): Priority of a task, 0 to 10, as text.
            user_to (EventAnyone | NoManager | ProjectUser | Unset): Manager of a project or assignee of a task: a person,
                the no-manager marker or the anyone marker.
            date_end (Literal[''] | str | Unset): Due date, or empty when there was none.
            time_end (str | Unset): Due time `HH:MM`, or empty when there was none.
    """

    title: str | Unset = UNSET
    text: str | Unset = UNSET
    priority: str | Unset = UNSET
    user_to: EventAnyone | NoManager | ProjectUser | Unset = UNSET
    date_end: Literal[""] | str | Unset = UNSET
    time_end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_anyone import EventAnyone  # noqa: PLC0415
        from ..models.no_manager import NoManager  # noqa: PLC0415

        title = self.title

        text = self.text

        priority = self.priority

        user_to: dict[str, Any] | Unset
        if isinstance(self.user_to, Unset):
            user_to = UNSET
        elif isinstance(self.user_to, NoManager):
            user_to = self.user_to.to_dict()
        elif isinstance(self.user_to, EventAnyone):
            user_to = self.user_to.to_dict()
        else:
            user_to = self.user_to.to_dict()

        date_end: Literal[""] | str | Unset
        if isinstance(self.date_end, Unset):
            date_end = UNSET
        else:
            date_end = self.date_end

        time_end = self.time_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if priority is not UNSET:
            field_dict["priority"] = priority
        if user_to is not UNSET:
            field_dict["user_to"] = user_to
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if time_end is not UNSET:
            field_dict["time_end"] = time_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_anyone import EventAnyone  # noqa: PLC0415
        from ..models.no_manager import NoManager  # noqa: PLC0415
        from ..models.project_user import ProjectUser  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        text = d.pop("text", UNSET)

        priority = d.pop("priority", UNSET)

        def _parse_user_to(data: object) -> EventAnyone | NoManager | ProjectUser | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_to_type_0 = NoManager.from_dict(data)

                return user_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_to_type_1 = EventAnyone.from_dict(data)

                return user_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            user_to_type_2 = ProjectUser.from_dict(data)

            return user_to_type_2

        user_to = _parse_user_to(d.pop("user_to", UNSET))

        def _parse_date_end(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            date_end_type_1 = cast(Literal[""], data)
            if date_end_type_1 != "":
                raise ValueError(f"date_end_type_1 must match const '', got '{date_end_type_1}'")
            return date_end_type_1
            return cast(Literal[""] | str | Unset, data)

        date_end = _parse_date_end(d.pop("date_end", UNSET))

        time_end = d.pop("time_end", UNSET)

        event_values = cls(
            title=title,
            text=text,
            priority=priority,
            user_to=user_to,
            date_end=date_end,
            time_end=time_end,
        )

        event_values.additional_properties = d
        return event_values

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
