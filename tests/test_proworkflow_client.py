"""The ProWorkflow client runtime against an in-process transport that answers like the service.

(The behaviour-faithful mock server is a separate piece of work; this checks the runtime itself:
credentials, rate-limit waits, error envelopes, paging, and the filter helpers against the spec.)
"""

from __future__ import annotations

import asyncio
import base64
import datetime
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from proworkflow_client import (
    ProWorkflowBadRequest,
    ProWorkflowNotFound,
    ProWorkflowRateLimited,
    ProWorkflowUnauthorized,
    aiter_items,
    connect,
    filters,
    iter_items,
)
from proworkflow_client.api.companies import companies_get, companies_list
from proworkflow_client.api.contacts import contacts_list
from proworkflow_client.models import CompanyEnvelope

from apikit.build import load_valid_spec
from apikit.project import Project
from apikit.spec import schema_validator
from tests.support import ROOT

KEY, USER, PASSWORD = "key-123", "ann@example.com", "pw-secret"
CONTACTS = [{"id": n, "name": f"Contact {n}", "type": "staff"} for n in range(1, 24)]


def fake_service(
    calls: list[httpx.Request], *, rate_limited: int = 0
) -> Callable[[httpx.Request], httpx.Response]:
    state = {"limited": rate_limited}

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if request.headers.get("apikey") != KEY or request.headers.get("authorization") != basic(
            USER, PASSWORD
        ):
            return httpx.Response(401)
        if state["limited"]:
            state["limited"] -= 1
            return httpx.Response(429, json={"status": "Error", "details": ["Too many requests"]},
                                  headers={"x-ratelimit-reset": "2"})  # fmt: skip
        if request.url.path == "/contacts":
            number, size = int(request.url.params["pagenumber"]), int(request.url.params["pagesize"])
            rows = CONTACTS[(number - 1) * size : number * size]
            return httpx.Response(200, json={"count": len(rows), "totalcount": len(CONTACTS),
                                             "status": "Success", "contacts": rows})  # fmt: skip
        if request.url.path == "/companies/7":
            return httpx.Response(
                200, json={"count": 1, "status": "Success", "company": {"id": 7, "name": "Acme"}}
            )
        if request.url.path == "/companies":
            return httpx.Response(400, json={"status": "Error", "details": ["pagenumber needs pagesize"]})
        return httpx.Response(404, json={"status": "Error", "details": ["Company not found"]})

    return answer


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def client_for(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> Any:
    sleeps: list[float] = []
    client = connect(KEY, USER, PASSWORD, httpx_args={"transport": httpx.MockTransport(handler)}, **options)
    client.get_httpx_client().auth._sleep = sleeps.append  # no real waiting in tests
    return client, sleeps


def test_credentials_go_on_every_call_and_never_show() -> None:
    calls: list[httpx.Request] = []
    client, _ = client_for(fake_service(calls))
    company = companies_get.sync(client=client, companyid=7)
    assert isinstance(company, CompanyEnvelope) and company.company.name == "Acme"
    assert calls[0].headers["apikey"] == KEY
    for secret in (KEY, PASSWORD):
        assert secret not in repr(client) and secret not in repr(client.get_httpx_client().auth)


def test_wrong_credentials_raise_unauthorized() -> None:
    calls: list[httpx.Request] = []
    client = connect(KEY, USER, "wrong", httpx_args={"transport": httpx.MockTransport(fake_service(calls))})
    with pytest.raises(ProWorkflowUnauthorized) as failure:
        companies_get.sync(client=client, companyid=7)
    assert failure.value.status_code == 401 and "wrong" not in str(failure.value)


def test_error_envelope_becomes_a_typed_exception_with_details() -> None:
    client, _ = client_for(fake_service([]))
    with pytest.raises(ProWorkflowNotFound) as missing:
        companies_get.sync(client=client, companyid=8)
    assert missing.value.details == ["Company not found"]
    with pytest.raises(ProWorkflowBadRequest, match="pagenumber needs pagesize"):
        companies_list.sync(client=client, pagenumber=2)


def test_rate_limit_is_waited_out_then_given_up() -> None:
    calls: list[httpx.Request] = []
    client, sleeps = client_for(fake_service(calls, rate_limited=2))
    assert isinstance(companies_get.sync(client=client, companyid=7), CompanyEnvelope)
    assert sleeps == [2.0, 2.0] and len(calls) == 3
    stubborn, sleeps = client_for(fake_service([], rate_limited=10), max_retries=3)
    with pytest.raises(ProWorkflowRateLimited):
        companies_get.sync(client=stubborn, companyid=7)
    assert sleeps == [2.0, 2.0, 2.0]


def test_paging_stops_at_totalcount_sync_and_async() -> None:
    calls: list[httpx.Request] = []
    client, _ = client_for(fake_service(calls))
    names = [c.name for c in iter_items(contacts_list.sync, client=client, page_size=10)]
    assert names == [c["name"] for c in CONTACTS]
    assert [r.url.params["pagenumber"] for r in calls] == ["1", "2", "3"]

    async def collect() -> list[int]:
        async_client = connect(
            KEY, USER, PASSWORD, httpx_args={"transport": httpx.MockTransport(fake_service([]))}
        )
        async with async_client:
            return [c.id async for c in aiter_items(contacts_list.asyncio, client=async_client, page_size=5)]

    assert asyncio.run(collect()) == [c["id"] for c in CONTACTS]


SPEC = load_valid_spec(Project(ROOT), "proworkflow")
HELPERS = [
    ("IdList", filters.ids([1, 2, 3])),
    ("NegatableIdList", filters.not_in([1, 2])),
    ("ContactIdList", filters.ME),
    ("ContactIdList", filters.ALL),
    ("NegatableSearch", filters.excluding("layout")),
    ("Comparison", filters.gte(3000)),
    ("Comparison", filters.lte(12.5)),
    ("DateFilter", filters.on(datetime.date(2014, 1, 18))),
    ("DateFilter", filters.weeks(-3)),
    ("DateFilter", filters.months(1)),
    ("DateFilter", filters.days(0)),
    ("DateTimeFilter", filters.at(datetime.datetime(2014, 1, 18, 13, 20))),
    ("DateTimeFilter", filters.ago(hours=12)),
    ("ApiFieldFilter", filters.api_fields({2: "Europe", 3: "Industrial"})),
]


@pytest.mark.parametrize(("schema", "value"), HELPERS)
def test_filter_helpers_spell_what_the_spec_accepts(schema: str, value: str) -> None:
    validator = schema_validator(SPEC, {"$ref": f"#/components/schemas/{schema}"})
    assert validator.is_valid(value), f"{value!r} is not a valid {schema}"


def test_filter_helpers_refuse_nonsense() -> None:
    for bad in (
        lambda: filters.ids([]),
        lambda: filters.excluding("!x"),
        lambda: filters.ago(hours=1, days=1),
    ):
        with pytest.raises(ValueError):
            bad()
