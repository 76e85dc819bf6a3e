from enum import StrEnum


class SettingsApifieldsListSortby(StrEnum):
    ID = "id"
    NAME = "name"
    TYPE = "type"

    def __str__(self) -> str:
        return str(self.value)
