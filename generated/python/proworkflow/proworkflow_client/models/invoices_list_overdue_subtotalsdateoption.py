from enum import StrEnum


class InvoicesListOverdueSubtotalsdateoption(StrEnum):
    DUE = "due"
    INVOICED = "invoiced"
    PAID = "paid"

    def __str__(self) -> str:
        return str(self.value)
