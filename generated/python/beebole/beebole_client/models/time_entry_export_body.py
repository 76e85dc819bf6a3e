from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.export_column import ExportColumn
from ..models.export_show import ExportShow
from ..models.quota_column import QuotaColumn
from ..models.time_entry_export_body_output_format import TimeEntryExportBodyOutputFormat
from ..models.time_entry_status import TimeEntryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="TimeEntryExportBody")


@_attrs_define
class TimeEntryExportBody:
    """
    Attributes:
        service (Literal['time_entry.export']): Names the service called. Default: 'time_entry.export'.
        from_ (datetime.date): A calendar day, `YYYY-MM-DD`.
        to (datetime.date): A calendar day, `YYYY-MM-DD`.
        keys (list[ExportColumn | QuotaColumn | str]): The columns to export, in order; the report's kind (`show`)
            decides which apply.
        show (ExportShow | Unset): The kind of report: `all` time, `work` only, `abs` (absences) only, or `quota` (time-
            off allowances, with columns of its own).
        status_filters (list[TimeEntryStatus] | Unset): Only entries in these approval states.
        company (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
        project (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
        subproject (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an
            entity created with an external id. Exactly one of the two.
        person (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
        task (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
        absence (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
        gids (list[int] | Unset): Only time of these groups.
        output_format (TimeEntryExportBodyOutputFormat | Unset): `array` for rows of cells instead of CSV text.
    """

    from_: datetime.date
    to: datetime.date
    keys: list[ExportColumn | QuotaColumn | str]
    service: Literal["time_entry.export"] = "time_entry.export"
    show: ExportShow | Unset = UNSET
    status_filters: list[TimeEntryStatus] | Unset = UNSET
    company: IdRef | Unset | XidRef = UNSET
    project: IdRef | Unset | XidRef = UNSET
    subproject: IdRef | Unset | XidRef = UNSET
    person: IdRef | Unset | XidRef = UNSET
    task: IdRef | Unset | XidRef = UNSET
    absence: IdRef | Unset | XidRef = UNSET
    gids: list[int] | Unset = UNSET
    output_format: TimeEntryExportBodyOutputFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        keys = []
        for keys_item_data in self.keys:
            keys_item: str
            if isinstance(keys_item_data, ExportColumn):
                keys_item = keys_item_data.value
            elif isinstance(keys_item_data, QuotaColumn):
                keys_item = keys_item_data.value
            else:
                keys_item = keys_item_data
            keys.append(keys_item)

        show: str | Unset = UNSET
        if not isinstance(self.show, Unset):
            show = self.show.value

        status_filters: list[str] | Unset = UNSET
        if not isinstance(self.status_filters, Unset):
            status_filters = []
            for status_filters_item_data in self.status_filters:
                status_filters_item = status_filters_item_data.value
                status_filters.append(status_filters_item)

        company: dict[str, Any] | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, IdRef):
            company = self.company.to_dict()
        else:
            company = self.company.to_dict()

        project: dict[str, Any] | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, IdRef):
            project = self.project.to_dict()
        else:
            project = self.project.to_dict()

        subproject: dict[str, Any] | Unset
        if isinstance(self.subproject, Unset):
            subproject = UNSET
        elif isinstance(self.subproject, IdRef):
            subproject = self.subproject.to_dict()
        else:
            subproject = self.subproject.to_dict()

        person: dict[str, Any] | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, IdRef):
            person = self.person.to_dict()
        else:
            person = self.person.to_dict()

        task: dict[str, Any] | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        elif isinstance(self.task, IdRef):
            task = self.task.to_dict()
        else:
            task = self.task.to_dict()

        absence: dict[str, Any] | Unset
        if isinstance(self.absence, Unset):
            absence = UNSET
        elif isinstance(self.absence, IdRef):
            absence = self.absence.to_dict()
        else:
            absence = self.absence.to_dict()

        gids: list[int] | Unset = UNSET
        if not isinstance(self.gids, Unset):
            gids = self.gids

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "from": from_,
                "to": to,
                "keys": keys,
            }
        )
        if show is not UNSET:
            field_dict["show"] = show
        if status_filters is not UNSET:
            field_dict["statusFilters"] = status_filters
        if company is not UNSET:
            field_dict["company"] = company
        if project is not UNSET:
            field_dict["project"] = project
        if subproject is not UNSET:
            field_dict["subproject"] = subproject
        if person is not UNSET:
            field_dict["person"] = person
        if task is not UNSET:
            field_dict["task"] = task
        if absence is not UNSET:
            field_dict["absence"] = absence
        if gids is not UNSET:
            field_dict["gids"] = gids
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["time_entry.export"], d.pop("service"))
        if service != "time_entry.export":
            raise ValueError(f"service must match const 'time_entry.export', got '{service}'")

        from_ = datetime.date.fromisoformat(d.pop("from"))

        to = datetime.date.fromisoformat(d.pop("to"))

        keys = []
        _keys = d.pop("keys")
        for keys_item_data in _keys:

            def _parse_keys_item(data: object) -> ExportColumn | QuotaColumn | str:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    keys_item_type_0 = ExportColumn(data)

                    return keys_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    keys_item_type_1 = QuotaColumn(data)

                    return keys_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ExportColumn | QuotaColumn | str, data)

            keys_item = _parse_keys_item(keys_item_data)

            keys.append(keys_item)

        _show = d.pop("show", UNSET)
        show: ExportShow | Unset
        if isinstance(_show, Unset):
            show = UNSET
        else:
            show = ExportShow(_show)

        _status_filters = d.pop("statusFilters", UNSET)
        status_filters: list[TimeEntryStatus] | Unset = UNSET
        if _status_filters is not UNSET:
            status_filters = []
            for status_filters_item_data in _status_filters:
                status_filters_item = TimeEntryStatus(status_filters_item_data)

                status_filters.append(status_filters_item)

        def _parse_company(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
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

        company = _parse_company(d.pop("company", UNSET))

        def _parse_project(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
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

        project = _parse_project(d.pop("project", UNSET))

        def _parse_subproject(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
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

        subproject = _parse_subproject(d.pop("subproject", UNSET))

        def _parse_person(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
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

        person = _parse_person(d.pop("person", UNSET))

        def _parse_task(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
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

        task = _parse_task(d.pop("task", UNSET))

        def _parse_absence(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
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

        absence = _parse_absence(d.pop("absence", UNSET))

        gids = cast(list[int], d.pop("gids", UNSET))

        _output_format = d.pop("outputFormat", UNSET)
        output_format: TimeEntryExportBodyOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = TimeEntryExportBodyOutputFormat(_output_format)

        time_entry_export_body = cls(
            service=service,
            from_=from_,
            to=to,
            keys=keys,
            show=show,
            status_filters=status_filters,
            company=company,
            project=project,
            subproject=subproject,
            person=person,
            task=task,
            absence=absence,
            gids=gids,
            output_format=output_format,
        )

        return time_entry_export_body
