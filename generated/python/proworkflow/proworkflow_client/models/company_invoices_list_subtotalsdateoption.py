from enum import StrEnum


class CompanyInvoicesListSubtotalsdateoption(StrEnum):
    DUE = "due"
    INVOICED = "invoiced"
    PAID = "paid"

    def __str__(self) -> str:
        return str(self.value)
