from enum import StrEnum


class SettingsApifieldsListType(StrEnum):
    COMPANY = "company"
    CONTACT = "contact"
    INVOICE = "invoice"
    PROJECT = "project"
    QUOTE = "quote"
    TASK = "task"
    TIME = "time"

    def __str__(self) -> str:
        return str(self.value)
