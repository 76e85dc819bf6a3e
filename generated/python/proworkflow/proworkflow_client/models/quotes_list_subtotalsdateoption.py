from enum import StrEnum


class QuotesListSubtotalsdateoption(StrEnum):
    APPROVED = "approved"
    QUOTED = "quoted"

    def __str__(self) -> str:
        return str(self.value)
