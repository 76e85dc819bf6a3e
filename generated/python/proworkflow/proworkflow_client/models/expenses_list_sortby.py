from enum import StrEnum


class ExpensesListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    NAME = "name"
    PROJECTID = "projectid"

    def __str__(self) -> str:
        return str(self.value)
