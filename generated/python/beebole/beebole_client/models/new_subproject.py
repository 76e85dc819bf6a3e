from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="NewSubproject")


@_attrs_define
class NewSubproject:
    """A subproject to create, under a project.

    Attributes:
        name (str): Display name.
        project (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
    """

    name: str
    project: IdRef | XidRef
    xid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        name = self.name

        project: dict[str, Any]
        if isinstance(self.project, IdRef):
            project = self.project.to_dict()
        else:
            project = self.project.to_dict()

        xid = self.xid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "project": project,
            }
        )
        if xid is not UNSET:
            field_dict["xid"] = xid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_project(data: object) -> IdRef | XidRef:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ref_type_0 = IdRef.from_dict(data)

                return componentsschemas_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ref_type_1 = XidRef.from_dict(data)

            return componentsschemas_ref_type_1

        project = _parse_project(d.pop("project"))

        xid = d.pop("xid", UNSET)

        new_subproject = cls(
            name=name,
            project=project,
            xid=xid,
        )

        return new_subproject
