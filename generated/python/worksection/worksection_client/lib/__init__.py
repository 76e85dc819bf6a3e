"""Hand-written runtime for the Worksection client; the generator never touches this folder.

``connect`` gives a generated ``Client`` that signs every call for the caller: by default with the
documented ``hash`` query parameter (md5 of the query string as sent, then the API key), or with
the ``Authorization: Admin`` HMAC header of the vendor's newer clients. Error envelopes, which the
service sends with HTTP 200, are raised as ``WorksectionError`` carrying ``status_code``.
"""

from .connect import connect
from .errors import WorksectionError, WorksectionHTTPError
from .signing import WorksectionHashAuth, WorksectionHmacAuth, admin_authorization, query_hash

__all__ = [
    "WorksectionError",
    "WorksectionHTTPError",
    "WorksectionHashAuth",
    "WorksectionHmacAuth",
    "admin_authorization",
    "connect",
    "query_hash",
]
