from enum import StrEnum


class TaskDependentstatus(StrEnum):
    CURRENT = "current"
    NONCURRENT = "noncurrent"

    def __str__(self) -> str:
        return str(self.value)
