from enum import StrEnum


class SettingsQuoteHourlyRatesListSortby(StrEnum):
    ID = "id"
    NAME = "name"
    RATE = "rate"

    def __str__(self) -> str:
        return str(self.value)
