from enum import StrEnum


class WebhookEventGroup(StrEnum):
    COMPANY = "company"
    CONTACT = "contact"
    FILE = "file"
    INVOICE = "invoice"
    MESSAGE = "message"
    PROJECT = "project"
    PROJECTREQUEST = "projectrequest"
    QUOTE = "quote"
    SHAREDNOTE = "sharednote"
    TASK = "task"
    TIME = "time"
    TIMER = "timer"

    def __str__(self) -> str:
        return str(self.value)
