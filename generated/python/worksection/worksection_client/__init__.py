"""A client library for accessing Worksection admin API v2"""

from .client import AuthenticatedClient, Client
from .lib import *  # noqa: F403  (hand-written runtime; never touched by the generator)
from .lib import __all__ as _lib_all

__all__ = ("AuthenticatedClient", "Client", *_lib_all)
