from enum import StrEnum


class ProjectQuotesListTaxable(StrEnum):
    ALL = "all"
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
