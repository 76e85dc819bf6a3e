from enum import StrEnum


class SettingsContactRolesListSortby(StrEnum):
    ID = "id"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
