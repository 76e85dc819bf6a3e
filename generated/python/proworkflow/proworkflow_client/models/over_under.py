from enum import StrEnum


class OverUnder(StrEnum):
    OVER = "over"
    UNDER = "under"

    def __str__(self) -> str:
        return str(self.value)
