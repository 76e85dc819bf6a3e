from enum import StrEnum


class ProjectInvoicesListSubtotalsdateoption(StrEnum):
    DUE = "due"
    INVOICED = "invoiced"
    PAID = "paid"

    def __str__(self) -> str:
        return str(self.value)
