from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.invoice import Invoice
    from ..models.project import Project
    from ..models.quote import Quote
    from ..models.task import Task


T = TypeVar("T", bound="CompanySummary")


@_attrs_define
class CompanySummary:
    """Up to `pagesize` rows of each requested data type.

    Attributes:
        contacts (list[Contact] | Unset): Contacts.
        invoices (list[Invoice] | Unset): Unpaid invoices (client companies).
        projects (list[Project] | Unset): Active projects (client companies).
        quotes (list[Quote] | Unset): Pending quotes (client companies).
        tasks (list[Task] | Unset): Active tasks (client companies).
        status (Literal['Success'] | Unset): Always `Success`.
        count (int | Unset): Item count.
    """

    contacts: list[Contact] | Unset = UNSET
    invoices: list[Invoice] | Unset = UNSET
    projects: list[Project] | Unset = UNSET
    quotes: list[Quote] | Unset = UNSET
    tasks: list[Task] | Unset = UNSET
    status: Literal["Success"] | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        quotes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = []
            for quotes_item_data in self.quotes:
                quotes_item = quotes_item_data.to_dict()
                quotes.append(quotes_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        status = self.status

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if projects is not UNSET:
            field_dict["projects"] = projects
        if quotes is not UNSET:
            field_dict["quotes"] = quotes
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if status is not UNSET:
            field_dict["status"] = status
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.project import Project  # noqa: PLC0415
        from ..models.quote import Quote  # noqa: PLC0415
        from ..models.task import Task  # noqa: PLC0415

        d = dict(src_dict)
        _contacts = d.pop("contacts", UNSET)
        contacts: list[Contact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = Contact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _invoices = d.pop("invoices", UNSET)
        invoices: list[Invoice] | Unset = UNSET
        if _invoices is not UNSET:
            invoices = []
            for invoices_item_data in _invoices:
                invoices_item = Invoice.from_dict(invoices_item_data)

                invoices.append(invoices_item)

        _projects = d.pop("projects", UNSET)
        projects: list[Project] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = Project.from_dict(projects_item_data)

                projects.append(projects_item)

        _quotes = d.pop("quotes", UNSET)
        quotes: list[Quote] | Unset = UNSET
        if _quotes is not UNSET:
            quotes = []
            for quotes_item_data in _quotes:
                quotes_item = Quote.from_dict(quotes_item_data)

                quotes.append(quotes_item)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Task] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = Task.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        status = cast(Literal["Success"] | Unset, d.pop("status", UNSET))
        if status != "Success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'Success', got '{status}'")

        count = d.pop("count", UNSET)

        company_summary = cls(
            contacts=contacts,
            invoices=invoices,
            projects=projects,
            quotes=quotes,
            tasks=tasks,
            status=status,
            count=count,
        )

        company_summary.additional_properties = d
        return company_summary

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
