from enum import StrEnum


class ActivityGetFilesListOrderBy(StrEnum):
    CREATEDAT = "createdAt"
    NAME = "name"
    SIZE = "size"
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
