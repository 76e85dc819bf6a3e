from enum import StrEnum


class ProjectSharedNotesListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
