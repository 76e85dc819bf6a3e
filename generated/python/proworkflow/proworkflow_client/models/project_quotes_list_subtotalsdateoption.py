from enum import StrEnum


class ProjectQuotesListSubtotalsdateoption(StrEnum):
    APPROVED = "approved"
    QUOTED = "quoted"

    def __str__(self) -> str:
        return str(self.value)
