from enum import StrEnum


class ProjectsListOverdueAccountedfor(StrEnum):
    ACCOUNTEDFOR = "accountedfor"
    ALL = "all"
    UNACCOUNTEDFOR = "unaccountedfor"

    def __str__(self) -> str:
        return str(self.value)
