from enum import StrEnum


class EventAction(StrEnum):
    CLOSE = "close"
    DELETE = "delete"
    POST = "post"
    REOPEN = "reopen"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
