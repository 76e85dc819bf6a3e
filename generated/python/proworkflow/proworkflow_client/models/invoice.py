from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_field_value import ApiFieldValue
    from ..models.invoice_totals import InvoiceTotals
    from ..models.invoice_xero import InvoiceXero
    from ..models.project_ref import ProjectRef


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice.

    Attributes:
        id (int): Invoice id.
        number (str | Unset): Invoice number.
        title (str | Unset): Title.
        companyid (int | Unset): Company id.
        companyname (str | Unset): Company name.
        status (InvoiceStatus | Unset): Payment status.
        projectid (int | Unset): Project id.
        invoiceddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        duedate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        paiddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        totals (InvoiceTotals | Unset): Money totals (key names inferred from the separate subtotal/taxtotal/grandtotal
            fields).
        subtotal (float | Unset): Total before tax.
        taxtotal (float | Unset): Tax.
        grandtotal (float | Unset): Total with tax.
        description (str | Unset): Description.
        taxable (bool | Unset): Whether tax applies.
        taxrate (float | Unset): Tax rate in percent.
        purchaseordernumber (str | Unset): Purchase order number.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        project (ProjectRef | Unset): A project embedded in another item (the `project` field bundle).
        contactid (int | Unset): Client contact the invoice is for.
        contactname (str | Unset): That contact's name.
        emaileddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        emailedto (str | Unset): Addresses the invoice was last e-mailed to (`emailedto`); empty when never sent.
        invoicedbyid (int | Unset): Staff contact who made the invoice (`invoicedby`).
        invoicedby (str | Unset): That contact's name (`invoicedby`).
        showcostbreakdown (bool | Unset): Whether the web application shows the cost breakdown (`showcostbreakdown`).
        customfieldname (str | Unset): Name of the invoice's custom field (`customfield`).
        customfieldvalue (str | Unset): Its value (`customfield`).
        xero (InvoiceXero | Unset): The invoice's Xero link (`xero`, staff callers of accounts with the Xero integration
            only; its keys are not documented).
        apifields (list[ApiFieldValue] | Unset): API-only custom fields (`apifields`).
    """

    id: int
    number: str | Unset = UNSET
    title: str | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    status: InvoiceStatus | Unset = UNSET
    projectid: int | Unset = UNSET
    invoiceddate: str | Unset = UNSET
    duedate: str | Unset = UNSET
    paiddate: str | Unset = UNSET
    totals: InvoiceTotals | Unset = UNSET
    subtotal: float | Unset = UNSET
    taxtotal: float | Unset = UNSET
    grandtotal: float | Unset = UNSET
    description: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    taxrate: float | Unset = UNSET
    purchaseordernumber: str | Unset = UNSET
    lastmodified: str | Unset = UNSET
    project: ProjectRef | Unset = UNSET
    contactid: int | Unset = UNSET
    contactname: str | Unset = UNSET
    emaileddate: str | Unset = UNSET
    emailedto: str | Unset = UNSET
    invoicedbyid: int | Unset = UNSET
    invoicedby: str | Unset = UNSET
    showcostbreakdown: bool | Unset = UNSET
    customfieldname: str | Unset = UNSET
    customfieldvalue: str | Unset = UNSET
    xero: InvoiceXero | Unset = UNSET
    apifields: list[ApiFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        title = self.title

        companyid = self.companyid

        companyname = self.companyname

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        projectid = self.projectid

        invoiceddate = self.invoiceddate

        duedate = self.duedate

        paiddate = self.paiddate

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        subtotal = self.subtotal

        taxtotal = self.taxtotal

        grandtotal = self.grandtotal

        description = self.description

        taxable = self.taxable

        taxrate = self.taxrate

        purchaseordernumber = self.purchaseordernumber

        lastmodified = self.lastmodified

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        contactid = self.contactid

        contactname = self.contactname

        emaileddate = self.emaileddate

        emailedto = self.emailedto

        invoicedbyid = self.invoicedbyid

        invoicedby = self.invoicedby

        showcostbreakdown = self.showcostbreakdown

        customfieldname = self.customfieldname

        customfieldvalue = self.customfieldvalue

        xero: dict[str, Any] | Unset = UNSET
        if not isinstance(self.xero, Unset):
            xero = self.xero.to_dict()

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if status is not UNSET:
            field_dict["status"] = status
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if invoiceddate is not UNSET:
            field_dict["invoiceddate"] = invoiceddate
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if paiddate is not UNSET:
            field_dict["paiddate"] = paiddate
        if totals is not UNSET:
            field_dict["totals"] = totals
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if taxtotal is not UNSET:
            field_dict["taxtotal"] = taxtotal
        if grandtotal is not UNSET:
            field_dict["grandtotal"] = grandtotal
        if description is not UNSET:
            field_dict["description"] = description
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if taxrate is not UNSET:
            field_dict["taxrate"] = taxrate
        if purchaseordernumber is not UNSET:
            field_dict["purchaseordernumber"] = purchaseordernumber
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified
        if project is not UNSET:
            field_dict["project"] = project
        if contactid is not UNSET:
            field_dict["contactid"] = contactid
        if contactname is not UNSET:
            field_dict["contactname"] = contactname
        if emaileddate is not UNSET:
            field_dict["emaileddate"] = emaileddate
        if emailedto is not UNSET:
            field_dict["emailedto"] = emailedto
        if invoicedbyid is not UNSET:
            field_dict["invoicedbyid"] = invoicedbyid
        if invoicedby is not UNSET:
            field_dict["invoicedby"] = invoicedby
        if showcostbreakdown is not UNSET:
            field_dict["showcostbreakdown"] = showcostbreakdown
        if customfieldname is not UNSET:
            field_dict["customfieldname"] = customfieldname
        if customfieldvalue is not UNSET:
            field_dict["customfieldvalue"] = customfieldvalue
        if xero is not UNSET:
            field_dict["xero"] = xero
        if apifields is not UNSET:
            field_dict["apifields"] = apifields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_field_value import ApiFieldValue  # noqa: PLC0415
        from ..models.invoice_totals import InvoiceTotals  # noqa: PLC0415
        from ..models.invoice_xero import InvoiceXero  # noqa: PLC0415
        from ..models.project_ref import ProjectRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        _status = d.pop("status", UNSET)
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        projectid = d.pop("projectid", UNSET)

        invoiceddate = d.pop("invoiceddate", UNSET)

        duedate = d.pop("duedate", UNSET)

        paiddate = d.pop("paiddate", UNSET)

        _totals = d.pop("totals", UNSET)
        totals: InvoiceTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = InvoiceTotals.from_dict(_totals)

        subtotal = d.pop("subtotal", UNSET)

        taxtotal = d.pop("taxtotal", UNSET)

        grandtotal = d.pop("grandtotal", UNSET)

        description = d.pop("description", UNSET)

        taxable = d.pop("taxable", UNSET)

        taxrate = d.pop("taxrate", UNSET)

        purchaseordernumber = d.pop("purchaseordernumber", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        _project = d.pop("project", UNSET)
        project: ProjectRef | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ProjectRef.from_dict(_project)

        contactid = d.pop("contactid", UNSET)

        contactname = d.pop("contactname", UNSET)

        emaileddate = d.pop("emaileddate", UNSET)

        emailedto = d.pop("emailedto", UNSET)

        invoicedbyid = d.pop("invoicedbyid", UNSET)

        invoicedby = d.pop("invoicedby", UNSET)

        showcostbreakdown = d.pop("showcostbreakdown", UNSET)

        customfieldname = d.pop("customfieldname", UNSET)

        customfieldvalue = d.pop("customfieldvalue", UNSET)

        _xero = d.pop("xero", UNSET)
        xero: InvoiceXero | Unset
        if isinstance(_xero, Unset):
            xero = UNSET
        else:
            xero = InvoiceXero.from_dict(_xero)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[ApiFieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = ApiFieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        invoice = cls(
            id=id,
            number=number,
            title=title,
            companyid=companyid,
            companyname=companyname,
            status=status,
            projectid=projectid,
            invoiceddate=invoiceddate,
            duedate=duedate,
            paiddate=paiddate,
            totals=totals,
            subtotal=subtotal,
            taxtotal=taxtotal,
            grandtotal=grandtotal,
            description=description,
            taxable=taxable,
            taxrate=taxrate,
            purchaseordernumber=purchaseordernumber,
            lastmodified=lastmodified,
            project=project,
            contactid=contactid,
            contactname=contactname,
            emaileddate=emaileddate,
            emailedto=emailedto,
            invoicedbyid=invoicedbyid,
            invoicedby=invoicedby,
            showcostbreakdown=showcostbreakdown,
            customfieldname=customfieldname,
            customfieldvalue=customfieldvalue,
            xero=xero,
            apifields=apifields,
        )

        invoice.additional_properties = d
        return invoice

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
