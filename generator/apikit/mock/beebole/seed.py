"""The demo account the mock starts with (and returns to on ``reset()``); see the package docstring."""

from __future__ import annotations

from datetime import date

from apikit.mock.beebole.state import (
    APPROVED,
    SUBMITTED,
    Absence,
    BeeboleState,
    Company,
    CustomField,
    Entity,
    Group,
    Person,
    Project,
    Subproject,
    Task,
)

DEMO_TOKEN = "demo-token"


def seed_demo_account(state: BeeboleState) -> None:
    """Ids follow the order of creation below (one sequence for every kind)."""
    demo_corp = state.add(Company(name="Demo Corp", corporate=True))  # 1
    acme = state.add(Company(name="Acme Example"))  # 2
    globex = state.add(Company(name="Globex Example"))  # 3

    country = state.add(Group(name="Country"))  # 4
    france = state.add(Group(name="France", parent_id=country.id))  # 5
    spain = state.add(Group(name="Spain", parent_id=country.id))  # 6
    department = state.add(Group(name="Department"))  # 7
    engineering = state.add(Group(name="Engineering", parent_id=department.id))  # 8

    ada = _person(state, "Ada Admin", demo_corp, "admin", [france, engineering])  # 9
    lea = _person(state, "Lea Leader", demo_corp, "leader", [spain])  # 10
    ben = _person(state, "Ben Builder", demo_corp, "employee", [engineering])  # 11
    ben.leader_ids = [lea.id]
    state.tokens[DEMO_TOKEN] = ada.id

    state.add(Task(name="Administration", company_id=demo_corp.id))  # 12
    state.add(Task(name="Meetings", company_id=demo_corp.id))  # 13
    development = state.add(Task(name="Development", company_id=acme.id))  # 14
    testing = state.add(Task(name="Testing", company_id=acme.id))  # 15
    holiday = state.add(Absence(name="Holiday", company_id=demo_corp.id))  # 16
    state.add(Absence(name="Sick leave", company_id=demo_corp.id))  # 17

    website = state.add(
        Project(
            name="Website",
            company_id=acme.id,
            start_date=date(2024, 1, 1),
            description="Relaunch of the public site",
        )
    )  # 18
    support = state.add(Project(name="Support", company_id=acme.id, start_date=date(2024, 2, 1)))  # 19
    design = state.add(Subproject(name="Design", project_id=website.id))  # 20
    build = state.add(Subproject(name="Build", project_id=website.id))  # 21
    build.specific_task_ids = [development.id, testing.id]
    website.manager_ids = [ada.id]
    website.member_person_ids = [ben.id]
    website.member_group_ids = [engineering.id]
    acme.group_ids = [france.id]

    industry = _field(state, "Industry", "Company - Customer")  # 22
    _field(state, "Cost center", "Company - Corporate")  # 23
    location = _field(state, "Location", "Project")  # 24
    _field(state, "Phase code", "Subproject")  # 25
    employee_number = _field(state, "Employee number", "Person")  # 26
    _set(acme, industry, "Retail")
    _set(website, location, "Lyon")
    _set(ada, employee_number, "E-001")

    state.log_time(ada, build, development, date(2024, 5, 6), 6, "API work")  # 27
    state.log_time(ada, support, None, date(2024, 5, 7), 2, "Ticket triage")  # 28
    state.log_time(ada, holiday, None, date(2024, 5, 8), 8, "")  # 29
    state.log_time(ben, design, None, date(2024, 5, 6), 7.5, "Mock-ups").status = SUBMITTED  # 30
    state.log_time(ben, globex, None, date(2024, 5, 7), 3, "Workshop").status = APPROVED  # 31


def _person(state: BeeboleState, name: str, company: Company, user_group: str, groups: list[Group]) -> Person:
    email = name.lower().replace(" ", ".") + "@demo.example.com"
    person = Person(name=name, company_id=company.id, email=email, user_group=user_group)
    person.group_ids = [g.id for g in groups]
    return state.add(person)


def _field(state: BeeboleState, name: str, available_for: str) -> CustomField:
    return state.add(CustomField(name=name, available_for=available_for))


def _set(entity: Entity, custom_field: CustomField, value: str) -> None:
    entity.custom_values[custom_field.id] = value
