"""Contains all the data models used in inputs/outputs"""

from .absence import Absence
from .absence_activate_body import AbsenceActivateBody
from .absence_add_group_body import AbsenceAddGroupBody
from .absence_create_body import AbsenceCreateBody
from .absence_deactivate_body import AbsenceDeactivateBody
from .absence_get_body import AbsenceGetBody
from .absence_get_ok import AbsenceGetOk
from .absence_groups_body import AbsenceGroupsBody
from .absence_list_body import AbsenceListBody
from .absence_list_ok import AbsenceListOk
from .absence_remove_group_body import AbsenceRemoveGroupBody
from .absence_update import AbsenceUpdate
from .absence_update_body import AbsenceUpdateBody
from .active_item import ActiveItem
from .assigned_person import AssignedPerson
from .batch_call import BatchCall
from .batch_call_ok import BatchCallOk
from .batch_run_body import BatchRunBody
from .company import Company
from .company_activate_body import CompanyActivateBody
from .company_add_group_body import CompanyAddGroupBody
from .company_attach_member_by_group import CompanyAttachMemberByGroup
from .company_attach_member_by_person import CompanyAttachMemberByPerson
from .company_attach_specific_task_body import CompanyAttachSpecificTaskBody
from .company_clear_custom_field_value_body import CompanyClearCustomFieldValueBody
from .company_create_body import CompanyCreateBody
from .company_custom_fields_body import CompanyCustomFieldsBody
from .company_deactivate_body import CompanyDeactivateBody
from .company_detach_member_by_group import CompanyDetachMemberByGroup
from .company_detach_member_by_person import CompanyDetachMemberByPerson
from .company_detach_specific_task_body import CompanyDetachSpecificTaskBody
from .company_disable_specific_tasks_body import CompanyDisableSpecificTasksBody
from .company_enable_specific_tasks_body import CompanyEnableSpecificTasksBody
from .company_get_body import CompanyGetBody
from .company_get_ok import CompanyGetOk
from .company_groups_body import CompanyGroupsBody
from .company_list_body import CompanyListBody
from .company_list_ok import CompanyListOk
from .company_members_body import CompanyMembersBody
from .company_remove_group_body import CompanyRemoveGroupBody
from .company_set_custom_field_value_body import CompanySetCustomFieldValueBody
from .company_specific_tasks_body import CompanySpecificTasksBody
from .company_update import CompanyUpdate
from .company_update_body import CompanyUpdateBody
from .count_ref import CountRef
from .create_ok import CreateOk
from .custom_field_clearing import CustomFieldClearing
from .custom_field_definition import CustomFieldDefinition
from .custom_field_list_body import CustomFieldListBody
from .custom_field_list_ok import CustomFieldListOk
from .custom_field_setting import CustomFieldSetting
from .custom_field_value import CustomFieldValue
from .custom_fields_ok import CustomFieldsOk
from .error_envelope import ErrorEnvelope
from .export_column import ExportColumn
from .export_show import ExportShow
from .group import Group
from .group_assignments_body import GroupAssignmentsBody
from .group_assignments_ok import GroupAssignmentsOk
from .group_create_body import GroupCreateBody
from .group_delete_body import GroupDeleteBody
from .group_get_body import GroupGetBody
from .group_get_ok import GroupGetOk
from .group_item import GroupItem
from .group_list_for_absence import GroupListForAbsence
from .group_list_for_company import GroupListForCompany
from .group_list_for_person import GroupListForPerson
from .group_list_for_project import GroupListForProject
from .group_list_for_subproject import GroupListForSubproject
from .group_list_for_task import GroupListForTask
from .group_tree_body import GroupTreeBody
from .group_tree_node import GroupTreeNode
from .group_tree_ok import GroupTreeOk
from .group_update import GroupUpdate
from .group_update_body import GroupUpdateBody
from .groups_ok import GroupsOk
from .id_ref import IdRef
from .job import Job
from .job_ok import JobOk
from .job_status import JobStatus
from .manager import Manager
from .managers import Managers
from .members_ok import MembersOk
from .named_ref import NamedRef
from .new_absence import NewAbsence
from .new_company import NewCompany
from .new_group import NewGroup
from .new_person import NewPerson
from .new_project import NewProject
from .new_subproject import NewSubproject
from .new_task import NewTask
from .ok import Ok
from .people_timesheets_item import PeopleTimesheetsItem
from .people_timesheets_ok import PeopleTimesheetsOk
from .person import Person
from .person_activate_body import PersonActivateBody
from .person_add_group_body import PersonAddGroupBody
from .person_clear_custom_field_value_body import PersonClearCustomFieldValueBody
from .person_create_body import PersonCreateBody
from .person_custom_fields_body import PersonCustomFieldsBody
from .person_deactivate_body import PersonDeactivateBody
from .person_get_body import PersonGetBody
from .person_get_ok import PersonGetOk
from .person_groups_body import PersonGroupsBody
from .person_leaders_body import PersonLeadersBody
from .person_leaders_ok import PersonLeadersOk
from .person_list_body import PersonListBody
from .person_list_ok import PersonListOk
from .person_lookup import PersonLookup
from .person_remove_group_body import PersonRemoveGroupBody
from .person_set_custom_field_value_body import PersonSetCustomFieldValueBody
from .person_timesheet import PersonTimesheet
from .person_timesheet_doc import PersonTimesheetDoc
from .person_timesheet_hours import PersonTimesheetHours
from .person_update import PersonUpdate
from .person_update_body import PersonUpdateBody
from .project import Project
from .project_activate_body import ProjectActivateBody
from .project_add_group_body import ProjectAddGroupBody
from .project_attach_manager_body import ProjectAttachManagerBody
from .project_attach_member_by_group import ProjectAttachMemberByGroup
from .project_attach_member_by_person import ProjectAttachMemberByPerson
from .project_attach_specific_task_body import ProjectAttachSpecificTaskBody
from .project_clear_custom_field_value_body import ProjectClearCustomFieldValueBody
from .project_create_body import ProjectCreateBody
from .project_custom_fields_body import ProjectCustomFieldsBody
from .project_deactivate_body import ProjectDeactivateBody
from .project_detach_manager_body import ProjectDetachManagerBody
from .project_detach_member_by_group import ProjectDetachMemberByGroup
from .project_detach_member_by_person import ProjectDetachMemberByPerson
from .project_detach_specific_task_body import ProjectDetachSpecificTaskBody
from .project_disable_specific_tasks_body import ProjectDisableSpecificTasksBody
from .project_enable_specific_tasks_body import ProjectEnableSpecificTasksBody
from .project_get_body import ProjectGetBody
from .project_get_ok import ProjectGetOk
from .project_groups_body import ProjectGroupsBody
from .project_list_body import ProjectListBody
from .project_list_ok import ProjectListOk
from .project_managers_body import ProjectManagersBody
from .project_members_body import ProjectMembersBody
from .project_node import ProjectNode
from .project_remove_group_body import ProjectRemoveGroupBody
from .project_set_custom_field_value_body import ProjectSetCustomFieldValueBody
from .project_specific_tasks_body import ProjectSpecificTasksBody
from .project_update import ProjectUpdate
from .project_update_body import ProjectUpdateBody
from .quota_column import QuotaColumn
from .specific_tasks_ok import SpecificTasksOk
from .subproject import Subproject
from .subproject_activate_body import SubprojectActivateBody
from .subproject_add_group_body import SubprojectAddGroupBody
from .subproject_attach_member_by_group import SubprojectAttachMemberByGroup
from .subproject_attach_member_by_person import SubprojectAttachMemberByPerson
from .subproject_attach_specific_task_body import SubprojectAttachSpecificTaskBody
from .subproject_clear_custom_field_value_body import SubprojectClearCustomFieldValueBody
from .subproject_create_body import SubprojectCreateBody
from .subproject_custom_fields_body import SubprojectCustomFieldsBody
from .subproject_deactivate_body import SubprojectDeactivateBody
from .subproject_detach_member_by_group import SubprojectDetachMemberByGroup
from .subproject_detach_member_by_person import SubprojectDetachMemberByPerson
from .subproject_detach_specific_task_body import SubprojectDetachSpecificTaskBody
from .subproject_disable_specific_tasks_body import SubprojectDisableSpecificTasksBody
from .subproject_enable_specific_tasks_body import SubprojectEnableSpecificTasksBody
from .subproject_get_body import SubprojectGetBody
from .subproject_get_ok import SubprojectGetOk
from .subproject_groups_body import SubprojectGroupsBody
from .subproject_list_body import SubprojectListBody
from .subproject_list_ok import SubprojectListOk
from .subproject_members_body import SubprojectMembersBody
from .subproject_remove_group_body import SubprojectRemoveGroupBody
from .subproject_set_custom_field_value_body import SubprojectSetCustomFieldValueBody
from .subproject_specific_tasks_body import SubprojectSpecificTasksBody
from .subproject_update import SubprojectUpdate
from .subproject_update_body import SubprojectUpdateBody
from .task import Task
from .task_activate_body import TaskActivateBody
from .task_add_group_body import TaskAddGroupBody
from .task_create_body import TaskCreateBody
from .task_deactivate_body import TaskDeactivateBody
from .task_get_body import TaskGetBody
from .task_get_ok import TaskGetOk
from .task_groups_body import TaskGroupsBody
from .task_list_body import TaskListBody
from .task_list_ok import TaskListOk
from .task_remove_group_body import TaskRemoveGroupBody
from .task_update import TaskUpdate
from .task_update_body import TaskUpdateBody
from .time_entry import TimeEntry
from .time_entry_approve_for_entry import TimeEntryApproveForEntry
from .time_entry_approve_for_period import TimeEntryApproveForPeriod
from .time_entry_create_on_absence import TimeEntryCreateOnAbsence
from .time_entry_create_on_company import TimeEntryCreateOnCompany
from .time_entry_create_on_project import TimeEntryCreateOnProject
from .time_entry_create_on_subproject import TimeEntryCreateOnSubproject
from .time_entry_delete_body import TimeEntryDeleteBody
from .time_entry_entities_ok import TimeEntryEntitiesOk
from .time_entry_export_body import TimeEntryExportBody
from .time_entry_export_body_output_format import TimeEntryExportBodyOutputFormat
from .time_entry_get_body import TimeEntryGetBody
from .time_entry_get_entities_for_company import TimeEntryGetEntitiesForCompany
from .time_entry_get_entities_for_project import TimeEntryGetEntitiesForProject
from .time_entry_get_job_info_body import TimeEntryGetJobInfoBody
from .time_entry_get_job_info_body_output_format import TimeEntryGetJobInfoBodyOutputFormat
from .time_entry_get_tasks_for_company import TimeEntryGetTasksForCompany
from .time_entry_get_tasks_for_project import TimeEntryGetTasksForProject
from .time_entry_get_tasks_for_subproject import TimeEntryGetTasksForSubproject
from .time_entry_list_body import TimeEntryListBody
from .time_entry_list_ok import TimeEntryListOk
from .time_entry_lock_for_entry import TimeEntryLockForEntry
from .time_entry_lock_for_period import TimeEntryLockForPeriod
from .time_entry_ok import TimeEntryOk
from .time_entry_reject_for_entry import TimeEntryRejectForEntry
from .time_entry_reject_for_period import TimeEntryRejectForPeriod
from .time_entry_status import TimeEntryStatus
from .time_entry_submit_for_entry import TimeEntrySubmitForEntry
from .time_entry_submit_for_period import TimeEntrySubmitForPeriod
from .time_entry_tasks_ok import TimeEntryTasksOk
from .time_entry_unlock_for_entry import TimeEntryUnlockForEntry
from .time_entry_unlock_for_period import TimeEntryUnlockForPeriod
from .time_entry_update_keeping_entity import TimeEntryUpdateKeepingEntity
from .time_entry_update_on_absence import TimeEntryUpdateOnAbsence
from .time_entry_update_on_company import TimeEntryUpdateOnCompany
from .time_entry_update_on_project import TimeEntryUpdateOnProject
from .time_entry_update_on_subproject import TimeEntryUpdateOnSubproject
from .time_get_people_timesheets_body import TimeGetPeopleTimesheetsBody
from .user_group import UserGroup
from .xid_ref import XidRef

__all__ = (
    "Absence",
    "AbsenceActivateBody",
    "AbsenceAddGroupBody",
    "AbsenceCreateBody",
    "AbsenceDeactivateBody",
    "AbsenceGetBody",
    "AbsenceGetOk",
    "AbsenceGroupsBody",
    "AbsenceListBody",
    "AbsenceListOk",
    "AbsenceRemoveGroupBody",
    "AbsenceUpdate",
    "AbsenceUpdateBody",
    "ActiveItem",
    "AssignedPerson",
    "BatchCall",
    "BatchCallOk",
    "BatchRunBody",
    "Company",
    "CompanyActivateBody",
    "CompanyAddGroupBody",
    "CompanyAttachMemberByGroup",
    "CompanyAttachMemberByPerson",
    "CompanyAttachSpecificTaskBody",
    "CompanyClearCustomFieldValueBody",
    "CompanyCreateBody",
    "CompanyCustomFieldsBody",
    "CompanyDeactivateBody",
    "CompanyDetachMemberByGroup",
    "CompanyDetachMemberByPerson",
    "CompanyDetachSpecificTaskBody",
    "CompanyDisableSpecificTasksBody",
    "CompanyEnableSpecificTasksBody",
    "CompanyGetBody",
    "CompanyGetOk",
    "CompanyGroupsBody",
    "CompanyListBody",
    "CompanyListOk",
    "CompanyMembersBody",
    "CompanyRemoveGroupBody",
    "CompanySetCustomFieldValueBody",
    "CompanySpecificTasksBody",
    "CompanyUpdate",
    "CompanyUpdateBody",
    "CountRef",
    "CreateOk",
    "CustomFieldClearing",
    "CustomFieldDefinition",
    "CustomFieldListBody",
    "CustomFieldListOk",
    "CustomFieldSetting",
    "CustomFieldsOk",
    "CustomFieldValue",
    "ErrorEnvelope",
    "ExportColumn",
    "ExportShow",
    "Group",
    "GroupAssignmentsBody",
    "GroupAssignmentsOk",
    "GroupCreateBody",
    "GroupDeleteBody",
    "GroupGetBody",
    "GroupGetOk",
    "GroupItem",
    "GroupListForAbsence",
    "GroupListForCompany",
    "GroupListForPerson",
    "GroupListForProject",
    "GroupListForSubproject",
    "GroupListForTask",
    "GroupsOk",
    "GroupTreeBody",
    "GroupTreeNode",
    "GroupTreeOk",
    "GroupUpdate",
    "GroupUpdateBody",
    "IdRef",
    "Job",
    "JobOk",
    "JobStatus",
    "Manager",
    "Managers",
    "MembersOk",
    "NamedRef",
    "NewAbsence",
    "NewCompany",
    "NewGroup",
    "NewPerson",
    "NewProject",
    "NewSubproject",
    "NewTask",
    "Ok",
    "PeopleTimesheetsItem",
    "PeopleTimesheetsOk",
    "Person",
    "PersonActivateBody",
    "PersonAddGroupBody",
    "PersonClearCustomFieldValueBody",
    "PersonCreateBody",
    "PersonCustomFieldsBody",
    "PersonDeactivateBody",
    "PersonGetBody",
    "PersonGetOk",
    "PersonGroupsBody",
    "PersonLeadersBody",
    "PersonLeadersOk",
    "PersonListBody",
    "PersonListOk",
    "PersonLookup",
    "PersonRemoveGroupBody",
    "PersonSetCustomFieldValueBody",
    "PersonTimesheet",
    "PersonTimesheetDoc",
    "PersonTimesheetHours",
    "PersonUpdate",
    "PersonUpdateBody",
    "Project",
    "ProjectActivateBody",
    "ProjectAddGroupBody",
    "ProjectAttachManagerBody",
    "ProjectAttachMemberByGroup",
    "ProjectAttachMemberByPerson",
    "ProjectAttachSpecificTaskBody",
    "ProjectClearCustomFieldValueBody",
    "ProjectCreateBody",
    "ProjectCustomFieldsBody",
    "ProjectDeactivateBody",
    "ProjectDetachManagerBody",
    "ProjectDetachMemberByGroup",
    "ProjectDetachMemberByPerson",
    "ProjectDetachSpecificTaskBody",
    "ProjectDisableSpecificTasksBody",
    "ProjectEnableSpecificTasksBody",
    "ProjectGetBody",
    "ProjectGetOk",
    "ProjectGroupsBody",
    "ProjectListBody",
    "ProjectListOk",
    "ProjectManagersBody",
    "ProjectMembersBody",
    "ProjectNode",
    "ProjectRemoveGroupBody",
    "ProjectSetCustomFieldValueBody",
    "ProjectSpecificTasksBody",
    "ProjectUpdate",
    "ProjectUpdateBody",
    "QuotaColumn",
    "SpecificTasksOk",
    "Subproject",
    "SubprojectActivateBody",
    "SubprojectAddGroupBody",
    "SubprojectAttachMemberByGroup",
    "SubprojectAttachMemberByPerson",
    "SubprojectAttachSpecificTaskBody",
    "SubprojectClearCustomFieldValueBody",
    "SubprojectCreateBody",
    "SubprojectCustomFieldsBody",
    "SubprojectDeactivateBody",
    "SubprojectDetachMemberByGroup",
    "SubprojectDetachMemberByPerson",
    "SubprojectDetachSpecificTaskBody",
    "SubprojectDisableSpecificTasksBody",
    "SubprojectEnableSpecificTasksBody",
    "SubprojectGetBody",
    "SubprojectGetOk",
    "SubprojectGroupsBody",
    "SubprojectListBody",
    "SubprojectListOk",
    "SubprojectMembersBody",
    "SubprojectRemoveGroupBody",
    "SubprojectSetCustomFieldValueBody",
    "SubprojectSpecificTasksBody",
    "SubprojectUpdate",
    "SubprojectUpdateBody",
    "Task",
    "TaskActivateBody",
    "TaskAddGroupBody",
    "TaskCreateBody",
    "TaskDeactivateBody",
    "TaskGetBody",
    "TaskGetOk",
    "TaskGroupsBody",
    "TaskListBody",
    "TaskListOk",
    "TaskRemoveGroupBody",
    "TaskUpdate",
    "TaskUpdateBody",
    "TimeEntry",
    "TimeEntryApproveForEntry",
    "TimeEntryApproveForPeriod",
    "TimeEntryCreateOnAbsence",
    "TimeEntryCreateOnCompany",
    "TimeEntryCreateOnProject",
    "TimeEntryCreateOnSubproject",
    "TimeEntryDeleteBody",
    "TimeEntryEntitiesOk",
    "TimeEntryExportBody",
    "TimeEntryExportBodyOutputFormat",
    "TimeEntryGetBody",
    "TimeEntryGetEntitiesForCompany",
    "TimeEntryGetEntitiesForProject",
    "TimeEntryGetJobInfoBody",
    "TimeEntryGetJobInfoBodyOutputFormat",
    "TimeEntryGetTasksForCompany",
    "TimeEntryGetTasksForProject",
    "TimeEntryGetTasksForSubproject",
    "TimeEntryListBody",
    "TimeEntryListOk",
    "TimeEntryLockForEntry",
    "TimeEntryLockForPeriod",
    "TimeEntryOk",
    "TimeEntryRejectForEntry",
    "TimeEntryRejectForPeriod",
    "TimeEntryStatus",
    "TimeEntrySubmitForEntry",
    "TimeEntrySubmitForPeriod",
    "TimeEntryTasksOk",
    "TimeEntryUnlockForEntry",
    "TimeEntryUnlockForPeriod",
    "TimeEntryUpdateKeepingEntity",
    "TimeEntryUpdateOnAbsence",
    "TimeEntryUpdateOnCompany",
    "TimeEntryUpdateOnProject",
    "TimeEntryUpdateOnSubproject",
    "TimeGetPeopleTimesheetsBody",
    "UserGroup",
    "XidRef",
)
