from enum import StrEnum


class KeywordMeAll(StrEnum):
    ALL = "all"
    ME = "me"

    def __str__(self) -> str:
        return str(self.value)
