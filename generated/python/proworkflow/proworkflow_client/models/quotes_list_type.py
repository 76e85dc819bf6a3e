from enum import StrEnum


class QuotesListType(StrEnum):
    ALL = "all"
    ESTIMATE = "estimate"
    QUOTE = "quote"

    def __str__(self) -> str:
        return str(self.value)
