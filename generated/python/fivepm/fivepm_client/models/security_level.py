from enum import StrEnum


class SecurityLevel(StrEnum):
    VALUE_0 = "0"
    VALUE_1 = "100"
    VALUE_2 = "150"
    VALUE_3 = "200"

    def __str__(self) -> str:
        return str(self.value)
