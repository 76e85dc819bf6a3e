from enum import StrEnum


class ProjectInvoicesListStatus(StrEnum):
    ALL = "all"
    PAID = "paid"
    UNPAID = "unpaid"

    def __str__(self) -> str:
        return str(self.value)
