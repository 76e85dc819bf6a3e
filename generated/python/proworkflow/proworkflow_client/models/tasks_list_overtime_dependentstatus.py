from enum import StrEnum


class TasksListOvertimeDependentstatus(StrEnum):
    ALL = "all"
    CURRENT = "current"
    NONCURRENT = "noncurrent"

    def __str__(self) -> str:
        return str(self.value)
