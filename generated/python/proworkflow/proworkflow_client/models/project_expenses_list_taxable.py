from enum import StrEnum


class ProjectExpensesListTaxable(StrEnum):
    ALL = "all"
    NONTAXABLE = "nontaxable"
    TAXABLE = "taxable"

    def __str__(self) -> str:
        return str(self.value)
