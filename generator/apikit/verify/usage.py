"""The one error `apikit verify` raises for an option it cannot use, so the command line can name it."""

from __future__ import annotations


class VerifyUsageError(ValueError):
    """An option value that verify cannot use. ``option`` is the option as the user typed it; the
    message never repeats a credential (the caller shows it as given)."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(f"{option}: {message}")
        self.option = option
        self.message = message
