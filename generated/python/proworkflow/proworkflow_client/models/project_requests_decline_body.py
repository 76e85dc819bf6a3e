from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectRequestsDeclineBody")


@_attrs_define
class ProjectRequestsDeclineBody:
    """Request body of projectRequestsDecline."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        project_requests_decline_body = cls()

        return project_requests_decline_body
