from enum import StrEnum


class SharedNotesListSortby(StrEnum):
    DATE = "date"
    ID = "id"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
