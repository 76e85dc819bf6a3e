from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expense_project import ExpenseProject
    from ..models.named_ref import NamedRef


T = TypeVar("T", bound="Expense")


@_attrs_define
class Expense:
    """An expense.

    Attributes:
        id (int): Expense id.
        name (str | Unset): Name.
        description (str | Unset): Description.
        cost (float | Unset): Cost.
        date (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset
            (e.g. `2026-06-24T00:00:00`).
        invoiced (bool | Unset): Invoiced flag.
        taxable (bool | Unset): Taxable flag.
        project (ExpenseProject | Unset): Project id, number and title.
        projectid (int | Unset): Project id.
        companyid (int | Unset): Company of the project (`company`).
        companyname (str | Unset): Its name (`company`).
        company (NamedRef | Unset): A linked item (company, contact, task, file, template) embedded as its id and name.
        contactid (int | Unset): Contact who added the expense (`contact`).
        contactname (str | Unset): That contact's name (`contact`).
        contact (NamedRef | Unset): A linked item (company, contact, task, file, template) embedded as its id and name.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    cost: float | Unset = UNSET
    date: str | Unset = UNSET
    invoiced: bool | Unset = UNSET
    taxable: bool | Unset = UNSET
    project: ExpenseProject | Unset = UNSET
    projectid: int | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    company: NamedRef | Unset = UNSET
    contactid: int | Unset = UNSET
    contactname: str | Unset = UNSET
    contact: NamedRef | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        cost = self.cost

        date = self.date

        invoiced = self.invoiced

        taxable = self.taxable

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        projectid = self.projectid

        companyid = self.companyid

        companyname = self.companyname

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        contactid = self.contactid

        contactname = self.contactname

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        lastmodified = self.lastmodified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if cost is not UNSET:
            field_dict["cost"] = cost
        if date is not UNSET:
            field_dict["date"] = date
        if invoiced is not UNSET:
            field_dict["invoiced"] = invoiced
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if project is not UNSET:
            field_dict["project"] = project
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if company is not UNSET:
            field_dict["company"] = company
        if contactid is not UNSET:
            field_dict["contactid"] = contactid
        if contactname is not UNSET:
            field_dict["contactname"] = contactname
        if contact is not UNSET:
            field_dict["contact"] = contact
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expense_project import ExpenseProject  # noqa: PLC0415
        from ..models.named_ref import NamedRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        cost = d.pop("cost", UNSET)

        date = d.pop("date", UNSET)

        invoiced = d.pop("invoiced", UNSET)

        taxable = d.pop("taxable", UNSET)

        _project = d.pop("project", UNSET)
        project: ExpenseProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ExpenseProject.from_dict(_project)

        projectid = d.pop("projectid", UNSET)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        _company = d.pop("company", UNSET)
        company: NamedRef | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = NamedRef.from_dict(_company)

        contactid = d.pop("contactid", UNSET)

        contactname = d.pop("contactname", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: NamedRef | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = NamedRef.from_dict(_contact)

        lastmodified = d.pop("lastmodified", UNSET)

        expense = cls(
            id=id,
            name=name,
            description=description,
            cost=cost,
            date=date,
            invoiced=invoiced,
            taxable=taxable,
            project=project,
            projectid=projectid,
            companyid=companyid,
            companyname=companyname,
            company=company,
            contactid=contactid,
            contactname=contactname,
            contact=contact,
            lastmodified=lastmodified,
        )

        expense.additional_properties = d
        return expense

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
