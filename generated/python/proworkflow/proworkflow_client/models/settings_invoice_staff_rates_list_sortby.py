from enum import StrEnum


class SettingsInvoiceStaffRatesListSortby(StrEnum):
    ID = "id"
    NAME = "name"
    RATE = "rate"

    def __str__(self) -> str:
        return str(self.value)
