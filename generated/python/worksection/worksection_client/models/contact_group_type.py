from enum import StrEnum


class ContactGroupType(StrEnum):
    FOLDER = "folder"
    PRESET = "preset"

    def __str__(self) -> str:
        return str(self.value)
