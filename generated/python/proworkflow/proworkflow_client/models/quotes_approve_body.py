from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuotesApproveBody")


@_attrs_define
class QuotesApproveBody:
    """Request body of quotesApprove.

    Attributes:
        approveddate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a
            unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        projectid (int | Unset): Project to attach the quote to.
    """

    approveddate: str | Unset = UNSET
    projectid: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        approveddate = self.approveddate

        projectid = self.projectid

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if approveddate is not UNSET:
            field_dict["approveddate"] = approveddate
        if projectid is not UNSET:
            field_dict["projectid"] = projectid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approveddate = d.pop("approveddate", UNSET)

        projectid = d.pop("projectid", UNSET)

        quotes_approve_body = cls(
            approveddate=approveddate,
            projectid=projectid,
        )

        return quotes_approve_body
