"""Contains all the data models used in inputs/outputs"""

from .activate_project_parameters import ActivateProjectParameters
from .activate_project_result import ActivateProjectResult
from .add_contact_group_parameters import AddContactGroupParameters
from .add_contact_group_result import AddContactGroupResult
from .add_contact_parameters import AddContactParameters
from .add_contact_result import AddContactResult
from .add_costs_parameters import AddCostsParameters
from .add_costs_result import AddCostsResult
from .add_project_group_parameters import AddProjectGroupParameters
from .add_project_group_result import AddProjectGroupResult
from .add_project_members_parameters import AddProjectMembersParameters
from .add_project_members_result import AddProjectMembersResult
from .add_project_tag_groups_parameters import AddProjectTagGroupsParameters
from .add_project_tag_groups_result import AddProjectTagGroupsResult
from .add_project_tags_parameters import AddProjectTagsParameters
from .add_project_tags_result import AddProjectTagsResult
from .add_task_tag_groups_parameters import AddTaskTagGroupsParameters
from .add_task_tag_groups_result import AddTaskTagGroupsResult
from .add_task_tags_parameters import AddTaskTagsParameters
from .add_task_tags_result import AddTaskTagsResult
from .add_user_group_client import AddUserGroupClient
from .add_user_group_parameters import AddUserGroupParameters
from .add_user_group_parameters_client_type_0 import AddUserGroupParametersClientType0
from .add_user_group_parameters_client_type_1 import AddUserGroupParametersClientType1
from .add_user_group_result import AddUserGroupResult
from .add_user_parameters import AddUserParameters
from .add_user_result import AddUserResult
from .add_webhook_parameters import AddWebhookParameters
from .add_webhook_result import AddWebhookResult
from .close_project_parameters import CloseProjectParameters
from .close_project_result import CloseProjectResult
from .comment import Comment
from .complete_task_parameters import CompleteTaskParameters
from .complete_task_result import CompleteTaskResult
from .contact import Contact
from .contact_group import ContactGroup
from .contact_group_type import ContactGroupType
from .cost import Cost
from .cost_is_rate import CostIsRate
from .cost_is_rate_value_type_0 import CostIsRateValueType0
from .cost_task import CostTask
from .cost_task_assignee_marker import CostTaskAssigneeMarker
from .cost_task_assignee_marker_email import CostTaskAssigneeMarkerEmail
from .cost_task_project import CostTaskProject
from .cost_task_status import CostTaskStatus
from .costs_is_timer import CostsIsTimer
from .costs_is_timer_value_type_0 import CostsIsTimerValueType0
from .costs_total import CostsTotal
from .costs_total_project import CostsTotalProject
from .costs_total_project_monthly_type_0 import CostsTotalProjectMonthlyType0
from .costs_total_project_tasks_type_0 import CostsTotalProjectTasksType0
from .costs_total_task import CostsTotalTask
from .costs_total_task_status import CostsTotalTaskStatus
from .delete_costs_parameters import DeleteCostsParameters
from .delete_costs_result import DeleteCostsResult
from .delete_my_timer_parameters import DeleteMyTimerParameters
from .delete_project_members_parameters import DeleteProjectMembersParameters
from .delete_project_members_result import DeleteProjectMembersResult
from .delete_webhook_parameters import DeleteWebhookParameters
from .download_parameters import DownloadParameters
from .error_envelope import ErrorEnvelope
from .event import Event
from .event_action import EventAction
from .event_anyone import EventAnyone
from .event_object import EventObject
from .event_object_type import EventObjectType
from .event_values import EventValues
from .file import File
from .flag import Flag
from .get_all_tasks_parameters import GetAllTasksParameters
from .get_all_tasks_result import GetAllTasksResult
from .get_comments_extra import GetCommentsExtra
from .get_comments_parameters import GetCommentsParameters
from .get_comments_result import GetCommentsResult
from .get_contact_groups_parameters import GetContactGroupsParameters
from .get_contact_groups_result import GetContactGroupsResult
from .get_contacts_parameters import GetContactsParameters
from .get_contacts_result import GetContactsResult
from .get_costs_parameters import GetCostsParameters
from .get_costs_result import GetCostsResult
from .get_costs_total_parameters import GetCostsTotalParameters
from .get_costs_total_result import GetCostsTotalResult
from .get_costs_total_result_projects_type_0 import GetCostsTotalResultProjectsType0
from .get_events_parameters import GetEventsParameters
from .get_events_result import GetEventsResult
from .get_files_result import GetFilesResult
from .get_my_timer_parameters import GetMyTimerParameters
from .get_my_timer_result import GetMyTimerResult
from .get_project_custom_fields_parameters import GetProjectCustomFieldsParameters
from .get_project_custom_fields_result import GetProjectCustomFieldsResult
from .get_project_groups_parameters import GetProjectGroupsParameters
from .get_project_groups_result import GetProjectGroupsResult
from .get_project_parameters import GetProjectParameters
from .get_project_result import GetProjectResult
from .get_project_tag_groups_parameters import GetProjectTagGroupsParameters
from .get_project_tag_groups_result import GetProjectTagGroupsResult
from .get_project_tags_parameters import GetProjectTagsParameters
from .get_project_tags_result import GetProjectTagsResult
from .get_projects_parameters import GetProjectsParameters
from .get_projects_result import GetProjectsResult
from .get_task_custom_fields_parameters import GetTaskCustomFieldsParameters
from .get_task_custom_fields_result import GetTaskCustomFieldsResult
from .get_task_parameters import GetTaskParameters
from .get_task_result import GetTaskResult
from .get_task_tag_groups_parameters import GetTaskTagGroupsParameters
from .get_task_tag_groups_result import GetTaskTagGroupsResult
from .get_task_tags_parameters import GetTaskTagsParameters
from .get_task_tags_result import GetTaskTagsResult
from .get_tasks_parameters import GetTasksParameters
from .get_tasks_result import GetTasksResult
from .get_timers_parameters import GetTimersParameters
from .get_timers_result import GetTimersResult
from .get_user_groups_parameters import GetUserGroupsParameters
from .get_user_groups_result import GetUserGroupsResult
from .get_users_parameters import GetUsersParameters
from .get_users_result import GetUsersResult
from .get_users_schedule_parameters import GetUsersScheduleParameters
from .get_users_schedule_result import GetUsersScheduleResult
from .get_users_schedule_result_data_type_0 import GetUsersScheduleResultDataType0
from .get_webhooks_parameters import GetWebhooksParameters
from .get_webhooks_result import GetWebhooksResult
from .me_parameters import MeParameters
from .me_profile import MeProfile
from .me_result import MeResult
from .my_timer import MyTimer
from .no_manager import NoManager
from .ok_result import OkResult
from .post_comment_multipart import PostCommentMultipart
from .post_comment_parameters import PostCommentParameters
from .post_comment_result import PostCommentResult
from .post_project_parameters import PostProjectParameters
from .post_project_result import PostProjectResult
from .post_task_multipart import PostTaskMultipart
from .post_task_parameters import PostTaskParameters
from .post_task_result import PostTaskResult
from .project import Project
from .project_assignee_input_type_1 import ProjectAssigneeInputType1
from .project_custom_field import ProjectCustomField
from .project_filter import ProjectFilter
from .project_flag_input import ProjectFlagInput
from .project_group import ProjectGroup
from .project_group_client import ProjectGroupClient
from .project_group_type import ProjectGroupType
from .project_options import ProjectOptions
from .project_status import ProjectStatus
from .project_tag import ProjectTag
from .project_tag_access import ProjectTagAccess
from .project_tag_group import ProjectTagGroup
from .project_tag_group_type import ProjectTagGroupType
from .project_tag_type import ProjectTagType
from .project_tags import ProjectTags
from .project_user import ProjectUser
from .project_write_extra import ProjectWriteExtra
from .reopen_task_parameters import ReopenTaskParameters
from .reopen_task_result import ReopenTaskResult
from .search_tasks_parameters import SearchTasksParameters
from .search_tasks_result import SearchTasksResult
from .start_my_timer_parameters import StartMyTimerParameters
from .stop_my_timer_parameters import StopMyTimerParameters
from .stop_timer_parameters import StopTimerParameters
from .subscribe_parameters import SubscribeParameters
from .subscribe_result import SubscribeResult
from .task import Task
from .task_active_filter import TaskActiveFilter
from .task_anyone import TaskAnyone
from .task_custom_field import TaskCustomField
from .task_custom_value import TaskCustomValue
from .task_custom_value_value_type_4 import TaskCustomValueValueType4
from .task_file import TaskFile
from .task_has_comments import TaskHasComments
from .task_project import TaskProject
from .task_relation import TaskRelation
from .task_relation_type import TaskRelationType
from .task_relations import TaskRelations
from .task_search_status import TaskSearchStatus
from .task_short_entry import TaskShortEntry
from .task_status import TaskStatus
from .task_summary import TaskSummary
from .task_tag import TaskTag
from .task_tag_access import TaskTagAccess
from .task_tag_group import TaskTagGroup
from .task_tag_group_type import TaskTagGroupType
from .task_tag_map import TaskTagMap
from .task_unassigned import TaskUnassigned
from .task_uploaded_file import TaskUploadedFile
from .timer import Timer
from .timer_anyone import TimerAnyone
from .timer_task import TimerTask
from .timer_task_project import TimerTaskProject
from .timer_task_status import TimerTaskStatus
from .unsubscribe_parameters import UnsubscribeParameters
from .unsubscribe_result import UnsubscribeResult
from .update_costs_parameters import UpdateCostsParameters
from .update_costs_result import UpdateCostsResult
from .update_project_parameters import UpdateProjectParameters
from .update_project_result import UpdateProjectResult
from .update_project_tags_parameters import UpdateProjectTagsParameters
from .update_project_tags_result import UpdateProjectTagsResult
from .update_task_parameters import UpdateTaskParameters
from .update_task_result import UpdateTaskResult
from .update_task_tags_parameters import UpdateTaskTagsParameters
from .update_task_tags_result import UpdateTaskTagsResult
from .update_users_schedule_parameters import UpdateUsersScheduleParameters
from .update_users_schedule_result import UpdateUsersScheduleResult
from .upload_files_form import UploadFilesForm
from .upload_files_result import UploadFilesResult
from .uploaded_file import UploadedFile
from .user import User
from .user_group import UserGroup
from .user_group_client import UserGroupClient
from .user_group_type import UserGroupType
from .user_invite_role import UserInviteRole
from .user_schedule import UserSchedule
from .user_schedule_day import UserScheduleDay
from .user_schedule_schedule_type_0 import UserScheduleScheduleType0
from .user_service_links_type_0 import UserServiceLinksType0
from .user_services import UserServices
from .users_schedule_update import UsersScheduleUpdate
from .users_schedule_update_additional_property import UsersScheduleUpdateAdditionalProperty
from .users_schedule_update_additional_property_additional_property import (
    UsersScheduleUpdateAdditionalPropertyAdditionalProperty,
)
from .webhook import Webhook
from .webhook_status import WebhookStatus

__all__ = (
    "ActivateProjectParameters",
    "ActivateProjectResult",
    "AddContactGroupParameters",
    "AddContactGroupResult",
    "AddContactParameters",
    "AddContactResult",
    "AddCostsParameters",
    "AddCostsResult",
    "AddProjectGroupParameters",
    "AddProjectGroupResult",
    "AddProjectMembersParameters",
    "AddProjectMembersResult",
    "AddProjectTagGroupsParameters",
    "AddProjectTagGroupsResult",
    "AddProjectTagsParameters",
    "AddProjectTagsResult",
    "AddTaskTagGroupsParameters",
    "AddTaskTagGroupsResult",
    "AddTaskTagsParameters",
    "AddTaskTagsResult",
    "AddUserGroupClient",
    "AddUserGroupParameters",
    "AddUserGroupParametersClientType0",
    "AddUserGroupParametersClientType1",
    "AddUserGroupResult",
    "AddUserParameters",
    "AddUserResult",
    "AddWebhookParameters",
    "AddWebhookResult",
    "CloseProjectParameters",
    "CloseProjectResult",
    "Comment",
    "CompleteTaskParameters",
    "CompleteTaskResult",
    "Contact",
    "ContactGroup",
    "ContactGroupType",
    "Cost",
    "CostIsRate",
    "CostIsRateValueType0",
    "CostsIsTimer",
    "CostsIsTimerValueType0",
    "CostsTotal",
    "CostsTotalProject",
    "CostsTotalProjectMonthlyType0",
    "CostsTotalProjectTasksType0",
    "CostsTotalTask",
    "CostsTotalTaskStatus",
    "CostTask",
    "CostTaskAssigneeMarker",
    "CostTaskAssigneeMarkerEmail",
    "CostTaskProject",
    "CostTaskStatus",
    "DeleteCostsParameters",
    "DeleteCostsResult",
    "DeleteMyTimerParameters",
    "DeleteProjectMembersParameters",
    "DeleteProjectMembersResult",
    "DeleteWebhookParameters",
    "DownloadParameters",
    "ErrorEnvelope",
    "Event",
    "EventAction",
    "EventAnyone",
    "EventObject",
    "EventObjectType",
    "EventValues",
    "File",
    "Flag",
    "GetAllTasksParameters",
    "GetAllTasksResult",
    "GetCommentsExtra",
    "GetCommentsParameters",
    "GetCommentsResult",
    "GetContactGroupsParameters",
    "GetContactGroupsResult",
    "GetContactsParameters",
    "GetContactsResult",
    "GetCostsParameters",
    "GetCostsResult",
    "GetCostsTotalParameters",
    "GetCostsTotalResult",
    "GetCostsTotalResultProjectsType0",
    "GetEventsParameters",
    "GetEventsResult",
    "GetFilesResult",
    "GetMyTimerParameters",
    "GetMyTimerResult",
    "GetProjectCustomFieldsParameters",
    "GetProjectCustomFieldsResult",
    "GetProjectGroupsParameters",
    "GetProjectGroupsResult",
    "GetProjectParameters",
    "GetProjectResult",
    "GetProjectsParameters",
    "GetProjectsResult",
    "GetProjectTagGroupsParameters",
    "GetProjectTagGroupsResult",
    "GetProjectTagsParameters",
    "GetProjectTagsResult",
    "GetTaskCustomFieldsParameters",
    "GetTaskCustomFieldsResult",
    "GetTaskParameters",
    "GetTaskResult",
    "GetTasksParameters",
    "GetTasksResult",
    "GetTaskTagGroupsParameters",
    "GetTaskTagGroupsResult",
    "GetTaskTagsParameters",
    "GetTaskTagsResult",
    "GetTimersParameters",
    "GetTimersResult",
    "GetUserGroupsParameters",
    "GetUserGroupsResult",
    "GetUsersParameters",
    "GetUsersResult",
    "GetUsersScheduleParameters",
    "GetUsersScheduleResult",
    "GetUsersScheduleResultDataType0",
    "GetWebhooksParameters",
    "GetWebhooksResult",
    "MeParameters",
    "MeProfile",
    "MeResult",
    "MyTimer",
    "NoManager",
    "OkResult",
    "PostCommentMultipart",
    "PostCommentParameters",
    "PostCommentResult",
    "PostProjectParameters",
    "PostProjectResult",
    "PostTaskMultipart",
    "PostTaskParameters",
    "PostTaskResult",
    "Project",
    "ProjectAssigneeInputType1",
    "ProjectCustomField",
    "ProjectFilter",
    "ProjectFlagInput",
    "ProjectGroup",
    "ProjectGroupClient",
    "ProjectGroupType",
    "ProjectOptions",
    "ProjectStatus",
    "ProjectTag",
    "ProjectTagAccess",
    "ProjectTagGroup",
    "ProjectTagGroupType",
    "ProjectTags",
    "ProjectTagType",
    "ProjectUser",
    "ProjectWriteExtra",
    "ReopenTaskParameters",
    "ReopenTaskResult",
    "SearchTasksParameters",
    "SearchTasksResult",
    "StartMyTimerParameters",
    "StopMyTimerParameters",
    "StopTimerParameters",
    "SubscribeParameters",
    "SubscribeResult",
    "Task",
    "TaskActiveFilter",
    "TaskAnyone",
    "TaskCustomField",
    "TaskCustomValue",
    "TaskCustomValueValueType4",
    "TaskFile",
    "TaskHasComments",
    "TaskProject",
    "TaskRelation",
    "TaskRelations",
    "TaskRelationType",
    "TaskSearchStatus",
    "TaskShortEntry",
    "TaskStatus",
    "TaskSummary",
    "TaskTag",
    "TaskTagAccess",
    "TaskTagGroup",
    "TaskTagGroupType",
    "TaskTagMap",
    "TaskUnassigned",
    "TaskUploadedFile",
    "Timer",
    "TimerAnyone",
    "TimerTask",
    "TimerTaskProject",
    "TimerTaskStatus",
    "UnsubscribeParameters",
    "UnsubscribeResult",
    "UpdateCostsParameters",
    "UpdateCostsResult",
    "UpdateProjectParameters",
    "UpdateProjectResult",
    "UpdateProjectTagsParameters",
    "UpdateProjectTagsResult",
    "UpdateTaskParameters",
    "UpdateTaskResult",
    "UpdateTaskTagsParameters",
    "UpdateTaskTagsResult",
    "UpdateUsersScheduleParameters",
    "UpdateUsersScheduleResult",
    "UploadedFile",
    "UploadFilesForm",
    "UploadFilesResult",
    "User",
    "UserGroup",
    "UserGroupClient",
    "UserGroupType",
    "UserInviteRole",
    "UserSchedule",
    "UserScheduleDay",
    "UserScheduleScheduleType0",
    "UserServiceLinksType0",
    "UserServices",
    "UsersScheduleUpdate",
    "UsersScheduleUpdateAdditionalProperty",
    "UsersScheduleUpdateAdditionalPropertyAdditionalProperty",
    "Webhook",
    "WebhookStatus",
)
