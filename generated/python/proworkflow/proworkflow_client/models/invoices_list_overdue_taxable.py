from enum import StrEnum


class InvoicesListOverdueTaxable(StrEnum):
    ALL = "all"
    FALSE = "false"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)
