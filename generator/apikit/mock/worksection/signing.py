"""Worksection's two admin signatures, as the mock checks them and clients make them.

- ``hash`` query parameter: the lowercase hex MD5 of the query string exactly as received (the raw
  bytes, still percent-encoded, in the order sent) without its ``hash`` pair, with the API key
  appended. ``?action=get_projects&filter=active&hash=<md5("action=get_projects&filter=active" + key)>``.
- ``Authorization: Admin <unix_time>_<hex HMAC-SHA256(key=API key, msg="<action>:<unix_time>")>``.

The API key itself never travels.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

NO_HASH = "no hash parameter"


def action_hash(signed_query: bytes, api_key: str) -> str:
    """The ``hash`` a query string (already without its ``hash`` pair) must carry."""
    return hashlib.md5(signed_query + api_key.encode("utf-8")).hexdigest()


def _decoded(raw: bytes) -> bytes:
    return unquote_to_bytes(raw.replace(b"+", b" "))


def split_signed_query(query_string: bytes) -> tuple[bytes, list[bytes]]:
    """The query string as received minus its ``hash`` pairs, and the (decoded) ``hash`` values.

    Everything else stays byte for byte as it arrived: order, escaping, even empty fields.
    """
    kept: list[bytes] = []
    hashes: list[bytes] = []
    for pair in query_string.split(b"&"):
        name, _, value = pair.partition(b"=")
        if _decoded(name) == b"hash":
            hashes.append(_decoded(value))
        else:
            kept.append(pair)
    return b"&".join(kept), hashes


def query_hash_problem(query_string: bytes, api_key: str) -> str | None:
    """Why the query's ``hash`` does not sign it with ``api_key``; None when it does."""
    signed, hashes = split_signed_query(query_string)
    if not hashes:
        return NO_HASH
    if len(hashes) > 1:
        return "more than one hash parameter"
    expected = action_hash(signed, api_key).encode("ascii")
    if not hmac.compare_digest(hashes[0].lower(), expected):
        return "the hash does not match the query string"
    return None


def query_hash_is_valid(query_string: bytes, api_key: str) -> bool:
    """True when ``query_string`` (as received, ``hash`` included) is signed with ``api_key``."""
    return query_hash_problem(query_string, api_key) is None


def admin_signature(action: str, timestamp: int, api_key: str) -> str:
    """The hex HMAC-SHA256 of ``<action>:<timestamp>`` keyed with the API key."""
    message = f"{action}:{timestamp}".encode()
    return hmac.new(api_key.encode("utf-8"), message, hashlib.sha256).hexdigest()


def admin_header(action: str, timestamp: int, api_key: str) -> str:
    """A complete ``Authorization`` value for ``action`` at ``timestamp`` (what a client sends)."""
    return f"Admin {timestamp}_{admin_signature(action, timestamp, api_key)}"


@dataclass(frozen=True)
class AdminToken:
    """The parts of an ``Authorization: Admin <time>_<signature>`` header."""

    timestamp: int
    signature: str = field(repr=False)


def is_admin_header(value: str) -> bool:
    """Whether an ``Authorization`` value uses the ``Admin`` scheme (schemes ignore case)."""
    return value.strip().partition(" ")[0].lower() == "admin"


def parse_admin_header(value: str) -> AdminToken | None:
    """The token of an ``Admin`` authorization header; None for another scheme or a malformed one."""
    if not is_admin_header(value):
        return None
    token = value.strip().partition(" ")[2]
    stamp, separator, signature = token.strip().partition("_")
    if not separator or not stamp.isascii() or not stamp.isdigit() or len(stamp) > 12:
        return None
    return AdminToken(int(stamp), signature)


def admin_header_problem(value: str, action: str, api_key: str, now: float, max_skew: float) -> str | None:
    """Why an ``Authorization`` value does not sign ``action`` now; None when it does."""
    token = parse_admin_header(value)
    if token is None:
        return "the Authorization header is not 'Admin <unix_time>_<signature>'"
    expected = admin_signature(action, token.timestamp, api_key).encode("ascii")
    if not hmac.compare_digest(token.signature.lower().encode("utf-8"), expected):
        return "the Authorization signature does not match"
    if abs(now - token.timestamp) > max_skew:
        return f"the Authorization timestamp is more than {max_skew:g} s away from the server clock"
    return None
