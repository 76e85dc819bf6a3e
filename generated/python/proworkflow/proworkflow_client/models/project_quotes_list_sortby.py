from enum import StrEnum


class ProjectQuotesListSortby(StrEnum):
    ID = "id"
    NUMBER = "number"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
