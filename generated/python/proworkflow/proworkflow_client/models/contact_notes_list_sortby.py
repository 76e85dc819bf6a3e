from enum import StrEnum


class ContactNotesListSortby(StrEnum):
    DATE = "date"
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
