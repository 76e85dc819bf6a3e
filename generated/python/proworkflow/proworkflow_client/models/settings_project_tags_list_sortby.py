from enum import StrEnum


class SettingsProjectTagsListSortby(StrEnum):
    ID = "id"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
