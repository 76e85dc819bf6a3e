from enum import StrEnum


class SettingsFixedCostItemsListSortby(StrEnum):
    ID = "id"
    NAME = "name"
    RATE = "rate"

    def __str__(self) -> str:
        return str(self.value)
