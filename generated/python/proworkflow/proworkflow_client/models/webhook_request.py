from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..models.webhook_request_status import WebhookRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRequest")


@_attrs_define
class WebhookRequest:
    """One delivery of one event to one webhook (property names from a third party's reading of the vendor's page; types
    inferred).

        Attributes:
            requestid (int): Delivery id.
            resthookid (int): The webhook's id.
            event (WebhookEvent): An event a webhook is sent for: `new*`, `edit*` and `delete*` of contacts, companies,
                files (no edit), invoices, messages, projects, project requests, quotes, shared notes, tasks and time records;
                `newpending*` (an access request files a pending contact and company); `editcontactlocation`;
                `complete*`/`reactivate*` of projects and tasks; `approve*`/`decline*` of project requests;
                `starttimer`/`stoptimer`.
            dataid (int): Id of the item the event is about.
            url (str): The receiver's address.
            tries (int): Attempts made.
            starttime (str): Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset
                (e.g. `2026-06-24T00:00:00`).
            dataurl (str | Unset): The API address of that item (empty for delete events).
            httpstatuscode (int | None | Unset): HTTP status of the last attempt (`null` before the first answer, or when
                the receiver did not answer).
            completetime (str | Unset): When the receiver took it (empty while pending; a date-time in the account's local
                time, as `starttime`).
            nextruntime (str | Unset): When it will be tried next (empty when complete; a date-time in the account's local
                time, as `starttime`).
            status (WebhookRequestStatus | Unset): Pending or complete.
    """

    requestid: int
    resthookid: int
    event: WebhookEvent
    dataid: int
    url: str
    tries: int
    starttime: str
    dataurl: str | Unset = UNSET
    httpstatuscode: int | None | Unset = UNSET
    completetime: str | Unset = UNSET
    nextruntime: str | Unset = UNSET
    status: WebhookRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requestid = self.requestid

        resthookid = self.resthookid

        event = self.event.value

        dataid = self.dataid

        url = self.url

        tries = self.tries

        starttime = self.starttime

        dataurl = self.dataurl

        httpstatuscode: int | None | Unset
        if isinstance(self.httpstatuscode, Unset):
            httpstatuscode = UNSET
        else:
            httpstatuscode = self.httpstatuscode

        completetime = self.completetime

        nextruntime = self.nextruntime

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestid": requestid,
                "resthookid": resthookid,
                "event": event,
                "dataid": dataid,
                "url": url,
                "tries": tries,
                "starttime": starttime,
            }
        )
        if dataurl is not UNSET:
            field_dict["dataurl"] = dataurl
        if httpstatuscode is not UNSET:
            field_dict["httpstatuscode"] = httpstatuscode
        if completetime is not UNSET:
            field_dict["completetime"] = completetime
        if nextruntime is not UNSET:
            field_dict["nextruntime"] = nextruntime
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        requestid = d.pop("requestid")

        resthookid = d.pop("resthookid")

        event = WebhookEvent(d.pop("event"))

        dataid = d.pop("dataid")

        url = d.pop("url")

        tries = d.pop("tries")

        starttime = d.pop("starttime")

        dataurl = d.pop("dataurl", UNSET)

        def _parse_httpstatuscode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        httpstatuscode = _parse_httpstatuscode(d.pop("httpstatuscode", UNSET))

        completetime = d.pop("completetime", UNSET)

        nextruntime = d.pop("nextruntime", UNSET)

        _status = d.pop("status", UNSET)
        status: WebhookRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookRequestStatus(_status)

        webhook_request = cls(
            requestid=requestid,
            resthookid=resthookid,
            event=event,
            dataid=dataid,
            url=url,
            tries=tries,
            starttime=starttime,
            dataurl=dataurl,
            httpstatuscode=httpstatuscode,
            completetime=completetime,
            nextruntime=nextruntime,
            status=status,
        )

        webhook_request.additional_properties = d
        return webhook_request

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
