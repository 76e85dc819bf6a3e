from enum import StrEnum


class ProjectsListOvertimeAccountedfor(StrEnum):
    ACCOUNTEDFOR = "accountedfor"
    ALL = "all"
    UNACCOUNTEDFOR = "unaccountedfor"

    def __str__(self) -> str:
        return str(self.value)
