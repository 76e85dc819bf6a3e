"""Worksection API v2 for the mock engine: one demo account, every admin and user-token action.

Admin calls go to ``/api/admin/v2/`` (or ``/api/admin/v2``, as the vendor's 2026 clients send them)
and name their action in the query (``?action=get_projects``). GET carries the parameters in the
query; POST carries them as a JSON body (the vendor's 2026 clients) or in the query with no body (the
vendor's Postman collection: served as the query form). A parameter given in both places must mean
the same in both. The five user-token actions (``me``, ``get_my_timer``, ``start_my_timer``,
``stop_my_timer``, ``delete_my_timer``) go to ``/api/oauth2`` with an access token.

Admin signatures (either one is enough; the API key itself never travels):

- ``hash`` query parameter: the lowercase hex MD5 of the query string exactly as received (the raw
  bytes, still percent-encoded, in the order sent) without its ``hash`` pair, with the API key
  appended. ``?action=get_projects&filter=active&hash=<md5("action=get_projects&filter=active" + key)>``.
- ``Authorization: Admin <unix_time>_<hex HMAC-SHA256(key=API key, msg="<action>:<unix_time>")>``.
  A timestamp more than ``hmac_max_skew`` seconds (default 300, i.e. 5 minutes) before or after the
  mock's clock is refused as stale, so a captured header cannot be replayed for long.

Access tokens: ``Authorization: Bearer <token>`` or ``access_token=<token>``. ``access_tokens=`` maps
tokens to :class:`~apikit.mock.worksection.behaviour.AccessToken` (a person, an expiry); by default
``DEMO_ACCESS_TOKEN`` (``demo-access-token-olivia``) acts as person 101 and never expires. A missing,
unknown or expired token gets HTTP 401 ``{"status": "error", "message": "Access token is expired"}``
(or ``... is invalid``, ``... is missing``), the one refusal of this API that is not HTTP 200.

Answers are ``{"status": "ok", ...}``. Failures come, like the vendor's, with HTTP 200 as
``{"status": "error", "status_code": N, "message": ..., "message_details"?: ...}``, with the codes
recorded from the service (:mod:`.errors`): 2 signature missing, wrong or stale; 4 unknown project or
file; 5 unknown task; 6/7 timer already running / not running; 8 task closed; 10 a required field
missing or empty (the details name it); 11 an invalid value (an unknown parameter, a bad JSON body, a
value given differently in the query and the body, an unknown e-mail address...); 12 already in that
state; 13 task has subtasks; 14 parent task closed; 16 unknown tag. The mock's own choices where the
vendor's are undocumented: 1 a missing or unknown action, 9 too many requests.

Other HTTP statuses: 414 with an empty body for a URL longer than 8 KB (the vendor's web server does
that), 404/405 with the envelope for a path or method that serves no action (``Allow`` names the
methods of the action asked for), 500 only for a mock bug.

Checks run in this order: URL length, action, signature or token, rate limit, then the parameters
(the engine validates them against the spec) and the handler. So an unsigned call is refused for its
signature whatever its parameters, and every signed call naming a known action counts against the
rate limit.

Rate limit: the vendor allows one request per second per account. ``min_interval`` (seconds) turns the
same rule on in the mock: a call that arrives sooner than ``min_interval`` after the last call let
through is refused with code 9. Refused calls do not restart the wait, and unsigned ones do not count.
It is **off by default** (``min_interval=0``) because test suites, schemathesis and generated clients
send many calls per second; pass ``min_interval=1.0`` to reproduce the vendor.

Demo account (seeded unless ``seed=False``): account ``demo`` (``https://demo.worksection.com``),
admin API key ``DEMO_API_KEY`` = ``5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1`` (``api_key=`` sets another).
Each family module's docstring describes its part; the ids:

========================  ==============================================================================
people (members)          101 Olivia Brandt (owner), 102 Marcus Lee, 103 Priya Raman, 104 Tomás Ortega
teams                     301 Northwind Studio, 302 Harbor Foods
contacts                  folders 1-4 (the service's presets), 401 Clients, 402 Suppliers; 501-503
projects                  2101 Website redesign (active), 2102 Mobile app beta (active), 2103 Office
                          relocation (pending), 2104 Annual report 2023 (archive)
project folders           4401-4405; tag groups 91-93 with tags 5501-5508; custom fields 61-62
tasks                     3101-3111 (3102, 3107, 3111 subtasks; 3103, 3106 done; 3109 delayed: never shown)
task tags                 groups 301-304 with tags 6101-6111
comments                  4101-4108; attachments 7101-7104
costs                     4101-4107; timer 5101 (Priya, running)
files                     6101-6104 (one with a non-ASCII name)
webhooks                  121 (project 2101), 122 (paused)
events                    9001-9009
========================  ==============================================================================

All state (the account and the rate-limit clock) sits behind one lock. The clock is injectable
(``clock=``, Unix seconds) so tests can age signatures and tokens and step through the rate limit.

The account can be shown and replaced as plain data (:meth:`WorksectionBehaviour.snapshot`,
:meth:`WorksectionBehaviour.restore`): ``{"people": [...], "projects": [...], "tasks": [...], ...}``,
one list per collection, records by id, dates as ISO text, file bytes as base64. The API key, the
access tokens and the rate limit's clock are configuration, not state: none is in a snapshot, and a
restore keeps them.

Where things are: :mod:`.behaviour` (routing, signatures, tokens, rate limit, envelope),
:mod:`.signing`, :mod:`.errors` (codes), :mod:`.account` (records by collection, snapshots),
:mod:`.actions` (how a family adds its actions), and one module per family of actions:
:mod:`.people`, :mod:`.contacts`, :mod:`.projects`, :mod:`.project_tags`, :mod:`.events`,
:mod:`.tasks` (with :mod:`.search`, the ``search_tasks`` filter language), :mod:`.task_tags`,
:mod:`.comments`, :mod:`.costs`, :mod:`.timers`, :mod:`.files`, :mod:`.webhooks`.
"""

from apikit.mock.worksection.behaviour import (
    DEMO_ACCESS_TOKEN,
    DEMO_ACCOUNT,
    DEMO_API_KEY,
    WorksectionBehaviour,
    create_behaviour,
)
from apikit.mock.worksection.signing import (
    action_hash,
    admin_header,
    query_hash_is_valid,
    split_signed_query,
)

__all__ = [
    "DEMO_ACCESS_TOKEN",
    "DEMO_ACCOUNT",
    "DEMO_API_KEY",
    "WorksectionBehaviour",
    "action_hash",
    "admin_header",
    "create_behaviour",
    "query_hash_is_valid",
    "split_signed_query",
]
