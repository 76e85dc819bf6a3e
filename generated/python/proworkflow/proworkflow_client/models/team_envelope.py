from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team import Team


T = TypeVar("T", bound="TeamEnvelope")


@_attrs_define
class TeamEnvelope:
    """Single-item envelope: the item sits under `team`.

    Attributes:
        team (Team): A team of staff (Advanced plan): the top of the org chart, holding staff groups.
        status (Literal['Success']): Always `Success`.
        count (int | Unset): Always 1.
    """

    team: Team
    status: Literal["Success"]
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team = self.team.to_dict()

        status = self.status

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team": team,
                "status": status,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team import Team  # noqa: PLC0415

        d = dict(src_dict)
        team = Team.from_dict(d.pop("team"))

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        count = d.pop("count", UNSET)

        team_envelope = cls(
            team=team,
            status=status,
            count=count,
        )

        team_envelope.additional_properties = d
        return team_envelope

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
