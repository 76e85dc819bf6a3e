"""Contains all the data models used in inputs/outputs"""

from .activity import Activity
from .activity_envelope import ActivityEnvelope
from .activity_filter import ActivityFilter
from .activity_input import ActivityInput
from .activity_list import ActivityList
from .activity_list_envelope import ActivityListEnvelope
from .activity_list_items import ActivityListItems
from .activity_type import ActivityType
from .activity_update import ActivityUpdate
from .attach_result import AttachResult
from .attach_result_envelope import AttachResultEnvelope
from .error import Error
from .error_envelope import ErrorEnvelope
from .error_envelope_data import ErrorEnvelopeData
from .file import File
from .file_filter import FileFilter
from .file_list import FileList
from .file_list_envelope import FileListEnvelope
from .file_list_items import FileListItems
from .file_type import FileType
from .file_upload import FileUpload
from .file_upload_list import FileUploadList
from .flag_value import FlagValue
from .group import Group
from .group_envelope import GroupEnvelope
from .group_input import GroupInput
from .group_list import GroupList
from .group_list_envelope import GroupListEnvelope
from .group_list_items import GroupListItems
from .group_update import GroupUpdate
from .image_info import ImageInfo
from .priority import Priority
from .priority_list import PriorityList
from .priority_list_envelope import PriorityListEnvelope
from .priority_value import PriorityValue
from .project import Project
from .project_envelope import ProjectEnvelope
from .project_filter import ProjectFilter
from .project_input import ProjectInput
from .project_list import ProjectList
from .project_list_envelope import ProjectListEnvelope
from .project_list_items import ProjectListItems
from .project_update import ProjectUpdate
from .remove_result import RemoveResult
from .remove_result_envelope import RemoveResultEnvelope
from .ret_type import RetType
from .security_level import SecurityLevel
from .session_result import SessionResult
from .session_result_envelope import SessionResultEnvelope
from .sign_out_result import SignOutResult
from .sign_out_result_envelope import SignOutResultEnvelope
from .status import Status
from .status_list import StatusList
from .status_list_envelope import StatusListEnvelope
from .status_value import StatusValue
from .task import Task
from .task_envelope import TaskEnvelope
from .task_filter import TaskFilter
from .task_input import TaskInput
from .task_list import TaskList
from .task_list_envelope import TaskListEnvelope
from .task_list_items import TaskListItems
from .task_update import TaskUpdate
from .user import User
from .user_envelope import UserEnvelope
from .user_input import UserInput
from .user_list import UserList
from .user_list_envelope import UserListEnvelope
from .user_list_items import UserListItems
from .user_update import UserUpdate

__all__ = (
    "Activity",
    "ActivityEnvelope",
    "ActivityFilter",
    "ActivityInput",
    "ActivityList",
    "ActivityListEnvelope",
    "ActivityListItems",
    "ActivityType",
    "ActivityUpdate",
    "AttachResult",
    "AttachResultEnvelope",
    "Error",
    "ErrorEnvelope",
    "ErrorEnvelopeData",
    "File",
    "FileFilter",
    "FileList",
    "FileListEnvelope",
    "FileListItems",
    "FileType",
    "FileUpload",
    "FileUploadList",
    "FlagValue",
    "Group",
    "GroupEnvelope",
    "GroupInput",
    "GroupList",
    "GroupListEnvelope",
    "GroupListItems",
    "GroupUpdate",
    "ImageInfo",
    "Priority",
    "PriorityList",
    "PriorityListEnvelope",
    "PriorityValue",
    "Project",
    "ProjectEnvelope",
    "ProjectFilter",
    "ProjectInput",
    "ProjectList",
    "ProjectListEnvelope",
    "ProjectListItems",
    "ProjectUpdate",
    "RemoveResult",
    "RemoveResultEnvelope",
    "RetType",
    "SecurityLevel",
    "SessionResult",
    "SessionResultEnvelope",
    "SignOutResult",
    "SignOutResultEnvelope",
    "Status",
    "StatusList",
    "StatusListEnvelope",
    "StatusValue",
    "Task",
    "TaskEnvelope",
    "TaskFilter",
    "TaskInput",
    "TaskList",
    "TaskListEnvelope",
    "TaskListItems",
    "TaskUpdate",
    "User",
    "UserEnvelope",
    "UserInput",
    "UserList",
    "UserListEnvelope",
    "UserListItems",
    "UserUpdate",
)
