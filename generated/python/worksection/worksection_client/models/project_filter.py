from enum import StrEnum


class ProjectFilter(StrEnum):
    ACTIVE = "active"
    ARCHIVE = "archive"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
