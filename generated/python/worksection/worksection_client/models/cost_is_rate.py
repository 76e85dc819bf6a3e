from enum import StrEnum


class CostIsRate(StrEnum):
    VALUE_0 = "1"
    VALUE_1 = "0"

    def __str__(self) -> str:
        return str(self.value)
