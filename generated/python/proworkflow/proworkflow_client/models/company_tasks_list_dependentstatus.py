from enum import StrEnum


class CompanyTasksListDependentstatus(StrEnum):
    ALL = "all"
    CURRENT = "current"
    NONCURRENT = "noncurrent"

    def __str__(self) -> str:
        return str(self.value)
