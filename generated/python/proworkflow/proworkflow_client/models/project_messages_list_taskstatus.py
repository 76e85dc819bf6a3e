from enum import StrEnum


class ProjectMessagesListTaskstatus(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    COMPLETE = "complete"

    def __str__(self) -> str:
        return str(self.value)
