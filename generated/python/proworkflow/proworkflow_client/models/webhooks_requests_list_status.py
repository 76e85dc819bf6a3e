from enum import StrEnum


class WebhooksRequestsListStatus(StrEnum):
    ALL = "all"
    COMPLETE = "complete"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
