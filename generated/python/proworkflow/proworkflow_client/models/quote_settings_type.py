from enum import StrEnum


class QuoteSettingsType(StrEnum):
    ESTIMATE = "estimate"
    QUOTE = "quote"

    def __str__(self) -> str:
        return str(self.value)
