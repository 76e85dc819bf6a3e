from enum import StrEnum


class QuotesCreateBodyType(StrEnum):
    ESTIMATE = "estimate"
    QUOTE = "quote"

    def __str__(self) -> str:
        return str(self.value)
