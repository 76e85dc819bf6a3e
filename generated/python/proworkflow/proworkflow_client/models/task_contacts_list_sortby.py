from enum import StrEnum


class TaskContactsListSortby(StrEnum):
    FIRSTNAME = "firstname"
    ID = "id"
    LASTNAME = "lastname"

    def __str__(self) -> str:
        return str(self.value)
