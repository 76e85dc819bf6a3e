from enum import StrEnum


class ProjectExpensesListInvoiced(StrEnum):
    ALL = "all"
    INVOICED = "invoiced"
    UNINVOICED = "uninvoiced"

    def __str__(self) -> str:
        return str(self.value)
