"""Contacts and their folders: get_contacts, add_contact, get_contact_groups, add_contact_group.

Contacts are people kept for reference, who cannot sign in. Each sits in one folder: one of the four
presets the service has in every account (``USERS``, ``DEFAULT``, ``TEAM_ONLY``, ``HIDDEN``, ids 1 to
4, answered with integer ids) or a folder members made (digit-string ids). A contact added without a
folder goes to ``DEFAULT``.

Demo data: the presets, the folders "Clients" (401) and "Suppliers" (402); contacts 501 Hannah Wells
(Clients, e-mail, phone, address), 502 Sam Okafor (Suppliers, a phone and no e-mail) and 503 Lena
Fischer (DEFAULT, e-mail only).

Choices where the vendor is silent: folder titles compare without regard to letter case; add_contact
with a ``group`` no folder has creates that folder (as add_contact_group would); an address already
used by another contact is accepted (contacts are not logins).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from apikit.mock.records import refers_to, wire
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, action, date_time_out, ok
from apikit.mock.worksection.errors import invalid_email, required
from apikit.mock.worksection.people import CONTACT_FIELDS, looks_like_one_address

PRESETS = ("USERS", "DEFAULT", "TEAM_ONLY", "HIDDEN")
"""The folders every account has, ids 1 to 4 in this order."""
DEFAULT_FOLDER = 2


@collection("contact_folders", kind="contact_folder", first_id=401)
@dataclass
class ContactFolder:
    id: int
    title: str
    preset: bool = False
    """One of the service's four (ids 1 to 4), not made by a member."""


@collection("contacts", kind="contact", first_id=501)
@dataclass
class Contact:
    id: int
    name: str
    first_name: str
    last_name: str
    folder: int = field(default=DEFAULT_FOLDER, metadata=wire("group") | refers_to("contact_folder"))
    title: str = ""
    email: str | None = None
    phone: str = ""
    phone2: str = ""
    phone3: str = ""
    phone4: str = ""
    address: str = ""
    address2: str = ""
    added: datetime | None = field(default=None, metadata=wire("date_added"))


def seed(account: Account) -> None:
    for number, title in enumerate(PRESETS, start=1):
        account.add("contact_folders", ContactFolder(number, title, preset=True))
    account.add("contact_folders", ContactFolder(401, "Clients"))
    account.add("contact_folders", ContactFolder(402, "Suppliers"))
    for contact in (
        Contact(
            501,
            "Hannah Wells",
            "Hannah",
            "Wells",
            folder=401,
            title="Head of purchasing",
            email="hannah.wells@example.com",
            phone="+1 555 0140",
            address="4 Quay Road, Port Alder",
            added=datetime(2024, 1, 22, 15, 10),
        ),
        Contact(502, "Sam Okafor", "Sam", "Okafor", folder=402, phone="+1 555 0177"),
        Contact(503, "Lena Fischer", "Lena", "Fischer", email="lena.fischer@example.com"),
    ):
        account.add("contacts", contact)


# --- answers ------------------------------------------------------------------------------------------


def folder_out(folder: ContactFolder) -> Row:
    """Presets answer with integer ids, members' folders with digit strings (recorded)."""
    if folder.preset:
        return {"id": folder.id, "title": folder.title, "type": "preset"}
    return {"id": str(folder.id), "title": folder.title, "type": "folder"}


def contact_out(account: Account, contact: Contact) -> Row:
    """A contact: names, title and folder always; e-mail, phones and addresses when set (recorded)."""
    folder: ContactFolder | None = account.find("contact_folders", contact.folder)
    out: Row = {
        "id": str(contact.id),
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "name": contact.name,
        "title": contact.title,
        "group": folder.title if folder is not None else PRESETS[DEFAULT_FOLDER - 1],
    }
    if contact.email is not None:
        out["email"] = contact.email
    out.update({name: getattr(contact, name) for name in CONTACT_FIELDS if getattr(contact, name)})
    if contact.added is not None:
        out["date_added"] = date_time_out(contact.added)
    return out


def folder_titled(account: Account, title: str) -> ContactFolder:
    """The folder of that title (letter case ignored; presets included), made when there is none."""
    wanted = title.strip()
    for folder in account.records("contact_folders"):
        if folder.title.lower() == wanted.lower():
            found: ContactFolder = folder
            return found
    return account.add("contact_folders", ContactFolder(account.new_id("contact_folders"), wanted))


# --- actions ------------------------------------------------------------------------------------------


@action("get_contacts")
def get_contacts(ctx: Ctx) -> Row:
    return ok([contact_out(ctx.account, contact) for contact in ctx.account.records("contacts")])


@action("add_contact")
def add_contact(ctx: Ctx) -> Row:
    email = ctx.need("email")
    if not looks_like_one_address(email.strip()):
        raise invalid_email(email)  # recorded: the value as given, e.g. a list of two
    name = ctx.need("name").strip()
    if not name:
        raise required("name")
    first, _, last = name.partition(" ")
    group = ctx.text("group")
    contact = Contact(
        ctx.account.new_id("contacts"),
        name,
        first,
        last.strip(),
        folder=folder_titled(ctx.account, group).id if group and group.strip() else DEFAULT_FOLDER,
        title=ctx.text("title", "") or "",
        email=email.strip(),
        # Phones and addresses are kept as received (recorded: a "+" that the unencoded URL turned
        # into a space came back as a space).
        phone=ctx.text("phone", "") or "",
        phone2=ctx.text("phone2", "") or "",
        phone3=ctx.text("phone3", "") or "",
        phone4=ctx.text("phone4", "") or "",
        address=ctx.text("address", "") or "",
        address2=ctx.text("address2", "") or "",
        added=ctx.now,
    )
    return ok(contact_out(ctx.account, ctx.account.add("contacts", contact)))


@action("get_contact_groups")
def get_contact_groups(ctx: Ctx) -> Row:
    """The presets first, then members' folders, each by ascending id (recorded)."""
    folders = ctx.account.records("contact_folders")
    ordered = sorted(folders, key=lambda folder: (not folder.preset, folder.id))
    return ok([folder_out(folder) for folder in ordered])


@action("add_contact_group")
def add_contact_group(ctx: Ctx) -> Row:
    title = ctx.need("title")
    if not title.strip():
        raise required("title")
    return ok(folder_out(folder_titled(ctx.account, title)))
