from enum import StrEnum


class TasksListOverdueDependentstatus(StrEnum):
    ALL = "all"
    CURRENT = "current"
    NONCURRENT = "noncurrent"

    def __str__(self) -> str:
        return str(self.value)
