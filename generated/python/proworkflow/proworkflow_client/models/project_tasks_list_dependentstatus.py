from enum import StrEnum


class ProjectTasksListDependentstatus(StrEnum):
    ALL = "all"
    CURRENT = "current"
    NONCURRENT = "noncurrent"

    def __str__(self) -> str:
        return str(self.value)
