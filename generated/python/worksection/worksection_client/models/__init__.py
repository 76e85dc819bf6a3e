"""Contains all the data models used in inputs/outputs"""

from .error_envelope import ErrorEnvelope
from .flag import Flag
from .get_projects_parameters import GetProjectsParameters
from .get_projects_result import GetProjectsResult
from .no_manager import NoManager
from .project import Project
from .project_filter import ProjectFilter
from .project_options import ProjectOptions
from .project_status import ProjectStatus
from .project_tags import ProjectTags
from .project_user import ProjectUser

__all__ = (
    "ErrorEnvelope",
    "Flag",
    "GetProjectsParameters",
    "GetProjectsResult",
    "NoManager",
    "Project",
    "ProjectFilter",
    "ProjectOptions",
    "ProjectStatus",
    "ProjectTags",
    "ProjectUser",
)
