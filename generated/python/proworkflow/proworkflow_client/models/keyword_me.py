from enum import StrEnum


class KeywordMe(StrEnum):
    ME = "me"

    def __str__(self) -> str:
        return str(self.value)
