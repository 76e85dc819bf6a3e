from enum import StrEnum


class ContactsCreateBodyType(StrEnum):
    CLIENT = "client"
    CONTRACTOR = "contractor"
    OTHER = "other"
    STAFF = "staff"

    def __str__(self) -> str:
        return str(self.value)
