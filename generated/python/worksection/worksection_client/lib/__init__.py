"""Hand-written runtime for the Worksection client; the generator never touches this folder.

``connect`` gives a generated ``Client`` that signs every call for the caller: by default with the
documented ``hash`` query parameter (md5 of the query string as sent, then the API key), or with
the ``Authorization: Admin`` HMAC header of the vendor's newer clients. ``connect_user`` gives one
for the user-token actions, with a person's OAuth access token, renewed with its refresh token when
it expires (``oauth``). Error envelopes, which the service sends with HTTP 200, are raised as
``WorksectionError`` carrying ``status_code``. Requests time out after ``DEFAULT_TIMEOUT`` unless
``timeout=...`` says otherwise, and the API key, tokens and signatures are redacted from httpx's and
httpcore's log records (``redaction``).
"""

from . import redaction
from .connect import DEFAULT_TIMEOUT, connect, connect_user
from .errors import WorksectionError, WorksectionHTTPError
from .oauth import REFRESH_URL, AppCredentials, Tokens, WorksectionOAuthError, WorksectionTokenAuth
from .signing import WorksectionHashAuth, WorksectionHmacAuth, admin_authorization, query_hash

# On import, not only in connect(): a bare generated Client can carry credentials too (set up by
# its caller), and their parameters and headers get hidden all the same.
redaction.install()

__all__ = [
    "DEFAULT_TIMEOUT",
    "REFRESH_URL",
    "AppCredentials",
    "Tokens",
    "WorksectionOAuthError",
    "WorksectionTokenAuth",
    "WorksectionError",
    "WorksectionHTTPError",
    "WorksectionHashAuth",
    "WorksectionHmacAuth",
    "admin_authorization",
    "connect",
    "connect_user",
    "query_hash",
]
