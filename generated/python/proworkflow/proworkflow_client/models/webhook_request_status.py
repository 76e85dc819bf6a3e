from enum import StrEnum


class WebhookRequestStatus(StrEnum):
    COMPLETE = "complete"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
