from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_user import ProjectUser


T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """One file of a project or a task.

    Vendor-doc correction: the documentation prints `date_added` as `YYYY—MM—DD HH:II` with em-dashes;
    the service sends `YYYY-MM-DD HH:MM` with ASCII hyphens.

        Attributes:
            id (str): Id of the file, a string of digits (what `download` takes).
            page (str): Direct download link inside the account (put the account's address in front), e.g.
                `/download/90412/`; some links carry a second number, e.g. `/download/16246/102/`.

                Vendor-doc correction: the documentation shows the link as `/download/FILE_ID`; recorded links end
                with a slash and may carry a second number.
            name (str): File name with its extension.
            size (str): Size in bytes, as a string of digits (the 2026 clients turn it into a number).
            date_added (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
            user_from (ProjectUser): A person of the account (author, manager or team member).
    """

    id: str
    page: str
    name: str
    size: str
    date_added: str
    user_from: ProjectUser
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        page = self.page

        name = self.name

        size = self.size

        date_added = self.date_added

        user_from = self.user_from.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "page": page,
                "name": name,
                "size": size,
                "date_added": date_added,
                "user_from": user_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_user import ProjectUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        page = d.pop("page")

        name = d.pop("name")

        size = d.pop("size")

        date_added = d.pop("date_added")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        file = cls(
            id=id,
            page=page,
            name=name,
            size=size,
            date_added=date_added,
            user_from=user_from,
        )

        file.additional_properties = d
        return file

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
