from enum import StrEnum


class SimpleResultStatus(StrEnum):
    SUCCESS = "Success"

    def __str__(self) -> str:
        return str(self.value)
