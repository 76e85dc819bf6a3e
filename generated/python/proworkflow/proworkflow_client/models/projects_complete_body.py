from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectsCompleteBody")


@_attrs_define
class ProjectsCompleteBody:
    """Request body of projectsComplete.

    Attributes:
        completedate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a
            unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
    """

    completedate: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        completedate = self.completedate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if completedate is not UNSET:
            field_dict["completedate"] = completedate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completedate = d.pop("completedate", UNSET)

        projects_complete_body = cls(
            completedate=completedate,
        )

        return projects_complete_body
