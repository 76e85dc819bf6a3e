from enum import StrEnum


class EventsListSortby(StrEnum):
    ID = "id"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
