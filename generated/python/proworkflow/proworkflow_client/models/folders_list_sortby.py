from enum import StrEnum


class FoldersListSortby(StrEnum):
    ID = "id"
    NAME = "name"
    PROJECTID = "projectid"

    def __str__(self) -> str:
        return str(self.value)
