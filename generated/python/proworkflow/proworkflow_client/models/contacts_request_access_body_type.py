from enum import StrEnum


class ContactsRequestAccessBodyType(StrEnum):
    CLIENT = "client"
    CONTRACTOR = "contractor"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
