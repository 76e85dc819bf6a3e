from enum import StrEnum


class EventObjectType(StrEnum):
    COMMENT = "comment"
    PROJECT = "project"
    TASK = "task"

    def __str__(self) -> str:
        return str(self.value)
