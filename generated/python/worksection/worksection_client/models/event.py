from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_action import EventAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_object import EventObject
    from ..models.event_values import EventValues
    from ..models.project_user import ProjectUser


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """One entry of the activity log: who did what to which object, and when.

    Vendor-doc correction: the documentation prints `date_added` as `YYYY—MM—DD HH:II` with em-dashes; the
    service sends `YYYY-MM-DD HH:MM`.

        Attributes:
            action (EventAction): `post` an object was created, `update` changed, `close` / `reopen` a task was closed /
                reopened, `delete` a comment was deleted.
            object_ (EventObject): What an event is about.
            date_added (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
            user_from (ProjectUser): A person of the account (author, manager or team member).
            new (EventValues | Unset): Fields of the object by name: for `post` those given at creation, for `update` the
                changed ones (new values in `new`, previous ones in `old`). Which fields appear depends on the object; those
                below are the ones recorded. Values are as the service shows them elsewhere, except that cleared values are
                empty strings.
            old (EventValues | Unset): Fields of the object by name: for `post` those given at creation, for `update` the
                changed ones (new values in `new`, previous ones in `old`). Which fields appear depends on the object; those
                below are the ones recorded. Values are as the service shows them elsewhere, except that cleared values are
                empty strings.
    """

    action: EventAction
    object_: EventObject
    date_added: str
    user_from: ProjectUser
    new: EventValues | Unset = UNSET
    old: EventValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        object_ = self.object_.to_dict()

        date_added = self.date_added

        user_from = self.user_from.to_dict()

        new: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new, Unset):
            new = self.new.to_dict()

        old: dict[str, Any] | Unset = UNSET
        if not isinstance(self.old, Unset):
            old = self.old.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "object": object_,
                "date_added": date_added,
                "user_from": user_from,
            }
        )
        if new is not UNSET:
            field_dict["new"] = new
        if old is not UNSET:
            field_dict["old"] = old

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_object import EventObject  # noqa: PLC0415
        from ..models.event_values import EventValues  # noqa: PLC0415
        from ..models.project_user import ProjectUser  # noqa: PLC0415

        d = dict(src_dict)
        action = EventAction(d.pop("action"))

        object_ = EventObject.from_dict(d.pop("object"))

        date_added = d.pop("date_added")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        _new = d.pop("new", UNSET)
        new: EventValues | Unset
        if isinstance(_new, Unset):
            new = UNSET
        else:
            new = EventValues.from_dict(_new)

        _old = d.pop("old", UNSET)
        old: EventValues | Unset
        if isinstance(_old, Unset):
            old = UNSET
        else:
            old = EventValues.from_dict(_old)

        event = cls(
            action=action,
            object_=object_,
            date_added=date_added,
            user_from=user_from,
            new=new,
            old=old,
        )

        event.additional_properties = d
        return event

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
