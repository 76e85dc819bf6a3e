from enum import StrEnum


class ProjectExpensesListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    NAME = "name"
    PROJECTID = "projectid"

    def __str__(self) -> str:
        return str(self.value)
