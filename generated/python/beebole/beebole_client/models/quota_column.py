from enum import StrEnum


class QuotaColumn(StrEnum):
    AVAILABLE = "available"
    AVAILABLEINDAYS = "availableInDays"
    BALANCE = "balance"
    BALANCEINDAYS = "balanceInDays"
    FROMTO = "fromTo"
    TAKEN = "taken"
    TAKENINDAYS = "takenInDays"

    def __str__(self) -> str:
        return str(self.value)
