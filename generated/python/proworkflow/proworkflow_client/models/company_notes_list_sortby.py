from enum import StrEnum


class CompanyNotesListSortby(StrEnum):
    DATE = "date"
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
