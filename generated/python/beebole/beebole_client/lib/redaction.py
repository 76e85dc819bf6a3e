"""Keeps credentials out of the log records of httpx, httpcore and hpack.

httpx logs every request's full URL at INFO, and credentials can travel in the query string (a
password, a session id, a replayable md5 ``hash``); httpcore and hpack log response headers and
HTTP/2 header lists at DEBUG. A ``logging.Filter`` on those loggers rewrites each record before any
handler sees it: the values of secret query parameters and credential headers become
``[redacted]`` (so ``sessionId=[redacted]`` still says a session was sent), and so does every
secret value a live client registered (password, API key, token, Basic credentials).

This file is the same in every apikit client package (each is installed on its own and cannot
import another); a test holds the copies identical.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import weakref
from collections.abc import Iterable, Mapping
from typing import Protocol
from urllib.parse import quote, quote_plus

REDACTED = "[redacted]"

# Every logger that can print a URL or a header. getLogger creates a missing one, so a module that
# is imported later (httpcore's HTTP/2 code, hpack) picks up the filter when it asks for its logger.
LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
    "hpack.hpack",
    "hpack.table",
)
# Loggers these libraries may add in later versions: whatever exists under them is covered too.
LOGGER_FAMILIES = ("httpx.", "httpcore.", "hpack.")

# Query (or form) parameters whose values are credentials, whoever sends them.
SECRET_PARAMETERS = ("password", "sessionid", "hash", "apikey", "api_key", "token", "access_token")
# Headers whose values are credentials, in any of the shapes they are logged in: ``Name: value``,
# ``(b'name', b'value')`` (httpcore, hpack) or ``'name': 'value'`` (a dict's repr). The value runs
# to the next quote or line end, which may hide a little more than the value: never less.
SECRET_HEADERS = ("authorization", "proxy-authorization", "apikey", "x-api-key", "cookie", "set-cookie")

# A value shorter than this is too common to replace wherever it appears (Beebole's password is
# "x"); such a value is still hidden where it is a parameter or header value.
SHORTEST_SECRET = 4

_PARAMETER = re.compile(
    r"(?<![\w.~%-])((?:" + "|".join(SECRET_PARAMETERS) + r")=)(['\"]?)[^&#\s'\"<>]*",
    re.IGNORECASE,
)
_HEADER_NAME = "|".join(re.escape(name) for name in SECRET_HEADERS)
_HEADER = re.compile(
    r"(?<![\w-])((?:" + _HEADER_NAME + r")['\"]?\s*[:,]\s*(?:b?['\"])?)[^'\"\r\n]*",
    re.IGNORECASE,
)


class SecretHolder(Protocol):
    """Anything that knows secrets of its own (a client's auth), asked afresh for every record, so
    a session id issued later is covered as soon as it exists."""

    def secret_values(self) -> Iterable[str]: ...


def basic_credentials(username: str, password: str) -> str:
    """What HTTP Basic puts after ``Basic ``: it decodes to the password, so it is a secret too."""
    return base64.b64encode(f"{username}:{password}".encode()).decode("ascii")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with secret parameter and header values, and every one of ``secrets``, replaced."""
    text = _PARAMETER.sub(lambda match: match.group(1) + match.group(2) + REDACTED, text)
    text = _HEADER.sub(lambda match: match.group(1) + REDACTED, text)
    for secret in _spellings(secrets):
        text = text.replace(secret, REDACTED)
    return text


def _spellings(secrets: Iterable[str]) -> list[str]:
    """Each secret as it is and as it looks in a URL, longest first so that no shorter secret
    leaves part of a longer one behind."""
    found = set()
    for secret in secrets:
        if len(secret) >= SHORTEST_SECRET:
            found.update({secret, quote(secret, safe=""), quote_plus(secret, safe="")})
    return sorted(found, key=len, reverse=True)


class SecretFilter(logging.Filter):
    """Redacts a record's message (template and arguments together), exception text and stack.

    A record that held a secret leaves with its message formatted and its arguments gone, and an
    exception that held one with its text formatted and ``exc_info`` gone; others pass unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self._holders: weakref.WeakSet[SecretHolder] = weakref.WeakSet()
        self._lock = threading.Lock()

    def add(self, holder: SecretHolder) -> None:
        # Held weakly: a client that is gone takes its secrets with it instead of piling them up.
        with self._lock:
            self._holders.add(holder)

    def secrets(self) -> list[str]:
        with self._lock:  # another thread may connect while this one logs
            holders = list(self._holders)
        return [value for holder in holders for value in holder.secret_values() if value]

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self.secrets()
        try:
            message = record.getMessage()
        except Exception:  # logging prints a record that cannot be formatted as template and arguments
            record.msg = redact(str(record.msg), secrets)
            record.args = _redacted_args(record.args, secrets)
        else:
            clean = redact(message, secrets)
            if clean != message:
                # The arguments are gone once formatted into the message: a handler formatting the
                # record again cannot bring back what was in them (a URL object, a header tuple).
                record.msg, record.args = clean, None
        text = record.exc_text
        if not text and record.exc_info:
            # Exception messages can hold a URL (httpx.HTTPStatusError's does).
            text = logging.Formatter().formatException(record.exc_info)
        if text:
            clean = redact(text, secrets)
            if clean != text:
                # The exception itself still says it: only the redacted text, which formatters use
                # instead of formatting exc_info, may reach a handler.
                record.exc_text, record.exc_info = clean, None
        if record.stack_info:
            record.stack_info = redact(record.stack_info, secrets)
        return True


def _redacted_args(args: object, secrets: list[str]) -> tuple[str, ...] | None:
    if args is None:
        return None
    values = args.values() if isinstance(args, Mapping) else args if isinstance(args, tuple) else (args,)
    return tuple(redact(str(value), secrets) for value in values)


_FILTER = SecretFilter()
_INSTALL_LOCK = threading.Lock()


def install() -> None:
    """Puts the filter on every logger that could print a secret (the package does it on import,
    so even a bare generated ``Client`` gets its parameters and headers hidden). Idempotent."""
    with _INSTALL_LOCK:
        existing = [
            name
            for name, logger in list(logging.Logger.manager.loggerDict.items())
            if isinstance(logger, logging.Logger) and name.startswith(LOGGER_FAMILIES)
        ]
        for name in (*LOGGERS, *existing):
            logging.getLogger(name).addFilter(_FILTER)  # addFilter skips a filter already there


def protect(holder: SecretHolder) -> None:
    """Registers ``holder``'s secrets (each client's auth does, when made) and installs the filter
    again, in case a logging setup since the import cleared the loggers' filters."""
    _FILTER.add(holder)
    install()
