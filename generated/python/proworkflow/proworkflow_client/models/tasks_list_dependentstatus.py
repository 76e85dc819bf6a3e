from enum import StrEnum


class TasksListDependentstatus(StrEnum):
    ALL = "all"
    CURRENT = "current"
    NONCURRENT = "noncurrent"

    def __str__(self) -> str:
        return str(self.value)
