from enum import StrEnum


class ProjectStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVE = "archive"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
