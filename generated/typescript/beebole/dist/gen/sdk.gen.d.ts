import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { AbsenceActivateData, AbsenceActivateResponses, AbsenceAddGroupData, AbsenceAddGroupResponses, AbsenceCreateData, AbsenceCreateResponses, AbsenceDeactivateData, AbsenceDeactivateResponses, AbsenceGetData, AbsenceGetResponses, AbsenceGroupsData, AbsenceGroupsResponses, AbsenceListData, AbsenceListResponses, AbsenceRemoveGroupData, AbsenceRemoveGroupResponses, AbsenceUpdateData, AbsenceUpdateResponses, BatchRunData, BatchRunResponses, CompanyActivateData, CompanyActivateResponses, CompanyAddGroupData, CompanyAddGroupResponses, CompanyAttachMemberData, CompanyAttachMemberResponses, CompanyAttachSpecificTaskData, CompanyAttachSpecificTaskResponses, CompanyClearCustomFieldValueData, CompanyClearCustomFieldValueResponses, CompanyCreateData, CompanyCreateResponses, CompanyCustomFieldsData, CompanyCustomFieldsResponses, CompanyDeactivateData, CompanyDeactivateResponses, CompanyDetachMemberData, CompanyDetachMemberResponses, CompanyDetachSpecificTaskData, CompanyDetachSpecificTaskResponses, CompanyDisableSpecificTasksData, CompanyDisableSpecificTasksResponses, CompanyEnableSpecificTasksData, CompanyEnableSpecificTasksResponses, CompanyGetData, CompanyGetResponses, CompanyGroupsData, CompanyGroupsResponses, CompanyListData, CompanyListResponses, CompanyMembersData, CompanyMembersResponses, CompanyRemoveGroupData, CompanyRemoveGroupResponses, CompanySetCustomFieldValueData, CompanySetCustomFieldValueResponses, CompanySpecificTasksData, CompanySpecificTasksResponses, CompanyUpdateData, CompanyUpdateResponses, CustomFieldListData, CustomFieldListResponses, GroupAssignmentsData, GroupAssignmentsResponses, GroupCreateData, GroupCreateResponses, GroupDeleteData, GroupDeleteResponses, GroupGetData, GroupGetResponses, GroupListData, GroupListResponses, GroupTreeData, GroupTreeResponses, GroupUpdateData, GroupUpdateResponses, PersonActivateData, PersonActivateResponses, PersonAddGroupData, PersonAddGroupResponses, PersonClearCustomFieldValueData, PersonClearCustomFieldValueResponses, PersonCreateData, PersonCreateResponses, PersonCustomFieldsData, PersonCustomFieldsResponses, PersonDeactivateData, PersonDeactivateResponses, PersonGetData, PersonGetResponses, PersonGroupsData, PersonGroupsResponses, PersonLeadersData, PersonLeadersResponses, PersonListData, PersonListResponses, PersonRemoveGroupData, PersonRemoveGroupResponses, PersonSetCustomFieldValueData, PersonSetCustomFieldValueResponses, PersonUpdateData, PersonUpdateResponses, ProjectActivateData, ProjectActivateResponses, ProjectAddGroupData, ProjectAddGroupResponses, ProjectAttachManagerData, ProjectAttachManagerResponses, ProjectAttachMemberData, ProjectAttachMemberResponses, ProjectAttachSpecificTaskData, ProjectAttachSpecificTaskResponses, ProjectClearCustomFieldValueData, ProjectClearCustomFieldValueResponses, ProjectCreateData, ProjectCreateResponses, ProjectCustomFieldsData, ProjectCustomFieldsResponses, ProjectDeactivateData, ProjectDeactivateResponses, ProjectDetachManagerData, ProjectDetachManagerResponses, ProjectDetachMemberData, ProjectDetachMemberResponses, ProjectDetachSpecificTaskData, ProjectDetachSpecificTaskResponses, ProjectDisableSpecificTasksData, ProjectDisableSpecificTasksResponses, ProjectEnableSpecificTasksData, ProjectEnableSpecificTasksResponses, ProjectGetData, ProjectGetResponses, ProjectGroupsData, ProjectGroupsResponses, ProjectListData, ProjectListResponses, ProjectManagersData, ProjectManagersResponses, ProjectMembersData, ProjectMembersResponses, ProjectRemoveGroupData, ProjectRemoveGroupResponses, ProjectSetCustomFieldValueData, ProjectSetCustomFieldValueResponses, ProjectSpecificTasksData, ProjectSpecificTasksResponses, ProjectUpdateData, ProjectUpdateResponses, SubprojectActivateData, SubprojectActivateResponses, SubprojectAddGroupData, SubprojectAddGroupResponses, SubprojectAttachMemberData, SubprojectAttachMemberResponses, SubprojectAttachSpecificTaskData, SubprojectAttachSpecificTaskResponses, SubprojectClearCustomFieldValueData, SubprojectClearCustomFieldValueResponses, SubprojectCreateData, SubprojectCreateResponses, SubprojectCustomFieldsData, SubprojectCustomFieldsResponses, SubprojectDeactivateData, SubprojectDeactivateResponses, SubprojectDetachMemberData, SubprojectDetachMemberResponses, SubprojectDetachSpecificTaskData, SubprojectDetachSpecificTaskResponses, SubprojectDisableSpecificTasksData, SubprojectDisableSpecificTasksResponses, SubprojectEnableSpecificTasksData, SubprojectEnableSpecificTasksResponses, SubprojectGetData, SubprojectGetResponses, SubprojectGroupsData, SubprojectGroupsResponses, SubprojectListData, SubprojectListResponses, SubprojectMembersData, SubprojectMembersResponses, SubprojectRemoveGroupData, SubprojectRemoveGroupResponses, SubprojectSetCustomFieldValueData, SubprojectSetCustomFieldValueResponses, SubprojectSpecificTasksData, SubprojectSpecificTasksResponses, SubprojectUpdateData, SubprojectUpdateResponses, TaskActivateData, TaskActivateResponses, TaskAddGroupData, TaskAddGroupResponses, TaskCreateData, TaskCreateResponses, TaskDeactivateData, TaskDeactivateResponses, TaskGetData, TaskGetResponses, TaskGroupsData, TaskGroupsResponses, TaskListData, TaskListResponses, TaskRemoveGroupData, TaskRemoveGroupResponses, TaskUpdateData, TaskUpdateResponses, TimeEntryApproveData, TimeEntryApproveResponses, TimeEntryCreateData, TimeEntryCreateResponses, TimeEntryDeleteData, TimeEntryDeleteResponses, TimeEntryExportData, TimeEntryExportResponses, TimeEntryGetData, TimeEntryGetEntitiesData, TimeEntryGetEntitiesResponses, TimeEntryGetJobInfoData, TimeEntryGetJobInfoResponses, TimeEntryGetResponses, TimeEntryGetTasksData, TimeEntryGetTasksResponses, TimeEntryListData, TimeEntryListResponses, TimeEntryLockData, TimeEntryLockResponses, TimeEntryRejectData, TimeEntryRejectResponses, TimeEntrySubmitData, TimeEntrySubmitResponses, TimeEntryUnlockData, TimeEntryUnlockResponses, TimeEntryUpdateData, TimeEntryUpdateResponses, TimeGetPeopleTimesheetsData, TimeGetPeopleTimesheetsResponses } from './types.gen.js';
export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: Record<string, unknown>;
};
/**
 * Run several services in one call
 *
 * Runs several services in one request: the body's `services` lists the bodies of the calls, each
 * the body that service takes on its own (with its `service` field), and the answer is a JSON array
 * with each call's own answer in the same place, in order: its success body or its error envelope.
 * A failing call does not stop the others, nor undo those before it. The token is checked once, for
 * the whole request; a body that is not such a list, or holds more than 20 calls, is refused as a
 * whole with the error envelope. Integrations use it to fetch the group tree and the custom fields
 * (the options of a report) in one round trip.
 */
export declare const batchRun: <ThrowOnError extends boolean = true>(options: Options<BatchRunData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<BatchRunResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a project
 *
 * Creates a project under a company. Without `startDate` the project starts on the first day of the
 * current month. A request that gives an `xid` gets the `xid` back instead of the new numeric id, and
 * may use it to refer to the entity from then on.
 *
 * Vendor-doc correction: the vendor's examples carry `//` comments (here marking the optional fields)
 * and `...` for further list items, so they are not JSON as printed; requests and answers are plain
 * JSON.
 */
export declare const projectCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectCreateResponses, unknown, ThrowOnError, "fields">;
/**
 * Get a project
 *
 * Returns one project. The entity may be named by `xid` instead of `id`.
 */
export declare const projectGet: <ThrowOnError extends boolean = true>(options: Options<ProjectGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectGetResponses, unknown, ThrowOnError, "fields">;
/**
 * Update a project
 *
 * Changes a project: the object names it by `id` (or `xid`) and carries the values that change; the others keep their value.
 */
export declare const projectUpdate: <ThrowOnError extends boolean = true>(options: Options<ProjectUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectUpdateResponses, unknown, ThrowOnError, "fields">;
/**
 * List the projects of a company
 *
 * Returns the projects of one company, active or not.
 */
export declare const projectList: <ThrowOnError extends boolean = true>(options: Options<ProjectListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectListResponses, unknown, ThrowOnError, "fields">;
/**
 * Activate a project
 *
 * Makes a deactivated project active again, so it is offered for new time entries. The entity may be
 * named by `xid` instead of `id`.
 */
export declare const projectActivate: <ThrowOnError extends boolean = true>(options: Options<ProjectActivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectActivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Deactivate a project
 *
 * Marks a project inactive: it stays in the account and its logged time is kept, but it is no longer
 * offered for new time entries. The entity may be named by `xid` instead of `id`.
 */
export declare const projectDeactivate: <ThrowOnError extends boolean = true>(options: Options<ProjectDeactivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectDeactivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Attach a specific task to a project
 *
 * Adds a general task to the specific tasks of a project, the tasks time can be logged on for it.
 */
export declare const projectAttachSpecificTask: <ThrowOnError extends boolean = true>(options: Options<ProjectAttachSpecificTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectAttachSpecificTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * Detach a specific task from a project
 *
 * Removes a task from the specific tasks of a project.
 */
export declare const projectDetachSpecificTask: <ThrowOnError extends boolean = true>(options: Options<ProjectDetachSpecificTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectDetachSpecificTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * List the specific tasks of a project
 *
 * Returns the tasks attached to a project and whether specific tasks are disabled for it.
 */
export declare const projectSpecificTasks: <ThrowOnError extends boolean = true>(options: Options<ProjectSpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectSpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Enable specific tasks for a project
 *
 * Switches specific tasks back on for a project (they are on unless disabled).
 */
export declare const projectEnableSpecificTasks: <ThrowOnError extends boolean = true>(options: Options<ProjectEnableSpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectEnableSpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Disable specific tasks for a project
 *
 * Switches specific tasks off for a project.
 */
export declare const projectDisableSpecificTasks: <ThrowOnError extends boolean = true>(options: Options<ProjectDisableSpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectDisableSpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Add an exclusive member to a project
 *
 * Restricts time entry on a project to its exclusive members and adds one: a `person`, or a `group`
 * (never both in one call).
 */
export declare const projectAttachMember: <ThrowOnError extends boolean = true>(options: Options<ProjectAttachMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectAttachMemberResponses, unknown, ThrowOnError, "fields">;
/**
 * Remove an exclusive member from a project
 *
 * Removes a `person` or a `group` from the exclusive members of a project.
 */
export declare const projectDetachMember: <ThrowOnError extends boolean = true>(options: Options<ProjectDetachMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectDetachMemberResponses, unknown, ThrowOnError, "fields">;
/**
 * List the exclusive members of a project
 *
 * Returns the people and the groups that are exclusive members of a project.
 */
export declare const projectMembers: <ThrowOnError extends boolean = true>(options: Options<ProjectMembersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectMembersResponses, unknown, ThrowOnError, "fields">;
/**
 * Add a manager to a project
 *
 * Makes a person one of the project's managers.
 */
export declare const projectAttachManager: <ThrowOnError extends boolean = true>(options: Options<ProjectAttachManagerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectAttachManagerResponses, unknown, ThrowOnError, "fields">;
/**
 * Remove a manager from a project
 *
 * Removes a person from the project's managers.
 */
export declare const projectDetachManager: <ThrowOnError extends boolean = true>(options: Options<ProjectDetachManagerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectDetachManagerResponses, unknown, ThrowOnError, "fields">;
/**
 * List the managers of a project
 *
 * Returns the managers of a project. The list is under the key `members`, the same key the members
 * call uses, although these are managers.
 */
export declare const projectManagers: <ThrowOnError extends boolean = true>(options: Options<ProjectManagersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectManagersResponses, unknown, ThrowOnError, "fields">;
/**
 * Assign a group to a project
 *
 * Files a project under a group (groups classify entities for reports and filters).
 */
export declare const projectAddGroup: <ThrowOnError extends boolean = true>(options: Options<ProjectAddGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectAddGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Unassign a group from a project
 *
 * Takes a project out of a group.
 */
export declare const projectRemoveGroup: <ThrowOnError extends boolean = true>(options: Options<ProjectRemoveGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectRemoveGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * List the groups of a project
 *
 * Returns the groups a project is filed under, each with its number of child groups.
 */
export declare const projectGroups: <ThrowOnError extends boolean = true>(options: Options<ProjectGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * Set a custom field of a project
 *
 * Stores a value in one of the custom fields of a project.
 */
export declare const projectSetCustomFieldValue: <ThrowOnError extends boolean = true>(options: Options<ProjectSetCustomFieldValueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectSetCustomFieldValueResponses, unknown, ThrowOnError, "fields">;
/**
 * Clear a custom field of a project
 *
 * Removes the value of one custom field of a project.
 */
export declare const projectClearCustomFieldValue: <ThrowOnError extends boolean = true>(options: Options<ProjectClearCustomFieldValueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectClearCustomFieldValueResponses, unknown, ThrowOnError, "fields">;
/**
 * List the custom fields of a project
 *
 * Returns the custom fields that apply to a project, with the value where one is set.
 */
export declare const projectCustomFields: <ThrowOnError extends boolean = true>(options: Options<ProjectCustomFieldsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectCustomFieldsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create an absence type
 *
 * Creates an absence type (holiday, sick leave...) that people can log time on. A request that gives
 * an `xid` gets the `xid` back instead of the new numeric id, and may use it to refer to the entity
 * from then on.
 */
export declare const absenceCreate: <ThrowOnError extends boolean = true>(options: Options<AbsenceCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceCreateResponses, unknown, ThrowOnError, "fields">;
/**
 * Get an absence type
 *
 * Returns one absence type. The entity may be named by `xid` instead of `id`.
 */
export declare const absenceGet: <ThrowOnError extends boolean = true>(options: Options<AbsenceGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceGetResponses, unknown, ThrowOnError, "fields">;
/**
 * Update an absence type
 *
 * Changes an absence type: the object names it by `id` (or `xid`) and carries the new values.
 */
export declare const absenceUpdate: <ThrowOnError extends boolean = true>(options: Options<AbsenceUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceUpdateResponses, unknown, ThrowOnError, "fields">;
/**
 * List the absence types of a company
 *
 * Returns the absence types of one company, active or not.
 */
export declare const absenceList: <ThrowOnError extends boolean = true>(options: Options<AbsenceListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceListResponses, unknown, ThrowOnError, "fields">;
/**
 * Activate an absence type
 *
 * Makes a deactivated absence type active again, so it is offered for new time entries. The entity may
 * be named by `xid` instead of `id`.
 */
export declare const absenceActivate: <ThrowOnError extends boolean = true>(options: Options<AbsenceActivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceActivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Deactivate an absence type
 *
 * Marks an absence type inactive: it stays in the account and its logged time is kept, but it is no
 * longer offered for new time entries. The entity may be named by `xid` instead of `id`.
 */
export declare const absenceDeactivate: <ThrowOnError extends boolean = true>(options: Options<AbsenceDeactivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceDeactivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Assign a group to an absence type
 *
 * Files an absence type under a group (groups classify entities for reports and filters).
 */
export declare const absenceAddGroup: <ThrowOnError extends boolean = true>(options: Options<AbsenceAddGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceAddGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Unassign a group from an absence type
 *
 * Takes an absence type out of a group.
 */
export declare const absenceRemoveGroup: <ThrowOnError extends boolean = true>(options: Options<AbsenceRemoveGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceRemoveGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * List the groups of an absence type
 *
 * Returns the groups an absence type is filed under, each with its number of child groups.
 */
export declare const absenceGroups: <ThrowOnError extends boolean = true>(options: Options<AbsenceGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AbsenceGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a company
 *
 * Creates a company. A company is a customer unless `corporate` is true, which makes it one of the
 * account's own companies. A request that gives an `xid` gets the `xid` back instead of the new
 * numeric id, and may use it to refer to the entity from then on.
 */
export declare const companyCreate: <ThrowOnError extends boolean = true>(options: Options<CompanyCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyCreateResponses, unknown, ThrowOnError, "fields">;
/**
 * Get a company
 *
 * Returns one company. The entity may be named by `xid` instead of `id`.
 */
export declare const companyGet: <ThrowOnError extends boolean = true>(options: Options<CompanyGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyGetResponses, unknown, ThrowOnError, "fields">;
/**
 * Update a company
 *
 * Changes a company: the object names it by `id` (or `xid`) and carries the new values.
 */
export declare const companyUpdate: <ThrowOnError extends boolean = true>(options: Options<CompanyUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyUpdateResponses, unknown, ThrowOnError, "fields">;
/**
 * List companies
 *
 * Returns every company of the account.
 */
export declare const companyList: <ThrowOnError extends boolean = true>(options?: Options<CompanyListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyListResponses, unknown, ThrowOnError, "fields">;
/**
 * Activate a company
 *
 * Makes a deactivated company active again, so it is offered for new time entries. The entity may be
 * named by `xid` instead of `id`.
 */
export declare const companyActivate: <ThrowOnError extends boolean = true>(options: Options<CompanyActivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyActivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Deactivate a company
 *
 * Marks a company inactive: it stays in the account and its logged time is kept, but it is no longer
 * offered for new time entries. The entity may be named by `xid` instead of `id`.
 */
export declare const companyDeactivate: <ThrowOnError extends boolean = true>(options: Options<CompanyDeactivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyDeactivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Attach a specific task to a company
 *
 * Adds a general task to the specific tasks of a company, the tasks time can be logged on for it.
 */
export declare const companyAttachSpecificTask: <ThrowOnError extends boolean = true>(options: Options<CompanyAttachSpecificTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyAttachSpecificTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * Detach a specific task from a company
 *
 * Removes a task from the specific tasks of a company.
 */
export declare const companyDetachSpecificTask: <ThrowOnError extends boolean = true>(options: Options<CompanyDetachSpecificTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyDetachSpecificTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * List the specific tasks of a company
 *
 * Returns the tasks attached to a company and whether specific tasks are disabled for it.
 */
export declare const companySpecificTasks: <ThrowOnError extends boolean = true>(options: Options<CompanySpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanySpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Enable specific tasks for a company
 *
 * Switches specific tasks back on for a company (they are on unless disabled).
 */
export declare const companyEnableSpecificTasks: <ThrowOnError extends boolean = true>(options: Options<CompanyEnableSpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyEnableSpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Disable specific tasks for a company
 *
 * Switches specific tasks off for a company.
 */
export declare const companyDisableSpecificTasks: <ThrowOnError extends boolean = true>(options: Options<CompanyDisableSpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyDisableSpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Add an exclusive member to a company
 *
 * Restricts time entry on a company to its exclusive members and adds one: a `person`, or a `group`
 * (never both in one call).
 */
export declare const companyAttachMember: <ThrowOnError extends boolean = true>(options: Options<CompanyAttachMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyAttachMemberResponses, unknown, ThrowOnError, "fields">;
/**
 * Remove an exclusive member from a company
 *
 * Removes a `person` or a `group` from the exclusive members of a company.
 */
export declare const companyDetachMember: <ThrowOnError extends boolean = true>(options: Options<CompanyDetachMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyDetachMemberResponses, unknown, ThrowOnError, "fields">;
/**
 * List the exclusive members of a company
 *
 * Returns the people and the groups that are exclusive members of a company.
 */
export declare const companyMembers: <ThrowOnError extends boolean = true>(options: Options<CompanyMembersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyMembersResponses, unknown, ThrowOnError, "fields">;
/**
 * Assign a group to a company
 *
 * Files a company under a group (groups classify entities for reports and filters).
 */
export declare const companyAddGroup: <ThrowOnError extends boolean = true>(options: Options<CompanyAddGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyAddGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Unassign a group from a company
 *
 * Takes a company out of a group.
 */
export declare const companyRemoveGroup: <ThrowOnError extends boolean = true>(options: Options<CompanyRemoveGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyRemoveGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * List the groups of a company
 *
 * Returns the groups a company is filed under, each with its number of child groups.
 */
export declare const companyGroups: <ThrowOnError extends boolean = true>(options: Options<CompanyGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * Set a custom field of a company
 *
 * Stores a value in one of the custom fields of a company.
 */
export declare const companySetCustomFieldValue: <ThrowOnError extends boolean = true>(options: Options<CompanySetCustomFieldValueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanySetCustomFieldValueResponses, unknown, ThrowOnError, "fields">;
/**
 * Clear a custom field of a company
 *
 * Removes the value of one custom field of a company.
 */
export declare const companyClearCustomFieldValue: <ThrowOnError extends boolean = true>(options: Options<CompanyClearCustomFieldValueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyClearCustomFieldValueResponses, unknown, ThrowOnError, "fields">;
/**
 * List the custom fields of a company
 *
 * Returns the custom fields that apply to a company, with the value where one is set.
 */
export declare const companyCustomFields: <ThrowOnError extends boolean = true>(options: Options<CompanyCustomFieldsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyCustomFieldsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a person
 *
 * Creates a person in a company. With `email` the person also gets a login, and with `invite` an
 * invitation e-mail; `userGroup` sets the role (employee unless said otherwise) and `leaders` names
 * existing people as team leaders. A request that gives an `xid` gets the `xid` back instead of the
 * new numeric id, and may use it to refer to the entity from then on.
 */
export declare const personCreate: <ThrowOnError extends boolean = true>(options: Options<PersonCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonCreateResponses, unknown, ThrowOnError, "fields">;
/**
 * Get a person
 *
 * Returns one person. The entity may be named by `xid` instead of `id`.
 */
export declare const personGet: <ThrowOnError extends boolean = true>(options: Options<PersonGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonGetResponses, unknown, ThrowOnError, "fields">;
/**
 * Update a person
 *
 * Changes a person: the object names it by `id` (or `xid`) and carries the new values.
 */
export declare const personUpdate: <ThrowOnError extends boolean = true>(options: Options<PersonUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonUpdateResponses, unknown, ThrowOnError, "fields">;
/**
 * List the people of a company
 *
 * Returns the people of one company, active or not.
 */
export declare const personList: <ThrowOnError extends boolean = true>(options: Options<PersonListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonListResponses, unknown, ThrowOnError, "fields">;
/**
 * List the team leaders of a person
 *
 * Returns the people who lead the given person (who approve the person's time).
 */
export declare const personLeaders: <ThrowOnError extends boolean = true>(options: Options<PersonLeadersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonLeadersResponses, unknown, ThrowOnError, "fields">;
/**
 * Activate a person
 *
 * Makes a deactivated person active again, so it is offered for new time entries. The entity may be
 * named by `xid` instead of `id`.
 */
export declare const personActivate: <ThrowOnError extends boolean = true>(options: Options<PersonActivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonActivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Deactivate a person
 *
 * Marks a person inactive: it stays in the account and its logged time is kept, but it is no longer
 * offered for new time entries. The entity may be named by `xid` instead of `id`.
 */
export declare const personDeactivate: <ThrowOnError extends boolean = true>(options: Options<PersonDeactivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonDeactivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Assign a group to a person
 *
 * Files a person under a group (groups classify entities for reports and filters).
 */
export declare const personAddGroup: <ThrowOnError extends boolean = true>(options: Options<PersonAddGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonAddGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Unassign a group from a person
 *
 * Takes a person out of a group.
 */
export declare const personRemoveGroup: <ThrowOnError extends boolean = true>(options: Options<PersonRemoveGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonRemoveGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * List the groups of a person
 *
 * Returns the groups a person is filed under, each with its number of child groups.
 */
export declare const personGroups: <ThrowOnError extends boolean = true>(options: Options<PersonGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * Set a custom field of a person
 *
 * Stores a value in one of the custom fields of a person.
 */
export declare const personSetCustomFieldValue: <ThrowOnError extends boolean = true>(options: Options<PersonSetCustomFieldValueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonSetCustomFieldValueResponses, unknown, ThrowOnError, "fields">;
/**
 * Clear a custom field of a person
 *
 * Removes the value of one custom field of a person.
 */
export declare const personClearCustomFieldValue: <ThrowOnError extends boolean = true>(options: Options<PersonClearCustomFieldValueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonClearCustomFieldValueResponses, unknown, ThrowOnError, "fields">;
/**
 * List the custom fields of a person
 *
 * Returns the custom fields that apply to a person, with the value where one is set.
 */
export declare const personCustomFields: <ThrowOnError extends boolean = true>(options: Options<PersonCustomFieldsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PersonCustomFieldsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a subproject
 *
 * Creates a subproject under a project. A request that gives an `xid` gets the `xid` back instead of
 * the new numeric id, and may use it to refer to the entity from then on.
 */
export declare const subprojectCreate: <ThrowOnError extends boolean = true>(options: Options<SubprojectCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectCreateResponses, unknown, ThrowOnError, "fields">;
/**
 * Get a subproject
 *
 * Returns one subproject. The entity may be named by `xid` instead of `id`.
 *
 * Vendor-doc correction: the vendor's example gives the parent project the subproject's own id;
 * `project` is the parent, created separately, so its id differs.
 */
export declare const subprojectGet: <ThrowOnError extends boolean = true>(options: Options<SubprojectGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectGetResponses, unknown, ThrowOnError, "fields">;
/**
 * Update a subproject
 *
 * Changes a subproject: the object names it by `id` (or `xid`) and carries the new values.
 */
export declare const subprojectUpdate: <ThrowOnError extends boolean = true>(options: Options<SubprojectUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectUpdateResponses, unknown, ThrowOnError, "fields">;
/**
 * List the subprojects of a project
 *
 * Returns the subprojects of one project, active or not.
 */
export declare const subprojectList: <ThrowOnError extends boolean = true>(options: Options<SubprojectListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectListResponses, unknown, ThrowOnError, "fields">;
/**
 * Activate a subproject
 *
 * Makes a deactivated subproject active again, so it is offered for new time entries. The entity may
 * be named by `xid` instead of `id`.
 */
export declare const subprojectActivate: <ThrowOnError extends boolean = true>(options: Options<SubprojectActivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectActivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Deactivate a subproject
 *
 * Marks a subproject inactive: it stays in the account and its logged time is kept, but it is no
 * longer offered for new time entries. The entity may be named by `xid` instead of `id`.
 */
export declare const subprojectDeactivate: <ThrowOnError extends boolean = true>(options: Options<SubprojectDeactivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectDeactivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Attach a specific task to a subproject
 *
 * Adds a general task to the specific tasks of a subproject, the tasks time can be logged on for it.
 */
export declare const subprojectAttachSpecificTask: <ThrowOnError extends boolean = true>(options: Options<SubprojectAttachSpecificTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectAttachSpecificTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * Detach a specific task from a subproject
 *
 * Removes a task from the specific tasks of a subproject.
 */
export declare const subprojectDetachSpecificTask: <ThrowOnError extends boolean = true>(options: Options<SubprojectDetachSpecificTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectDetachSpecificTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * List the specific tasks of a subproject
 *
 * Returns the tasks attached to a subproject and whether specific tasks are disabled for it.
 */
export declare const subprojectSpecificTasks: <ThrowOnError extends boolean = true>(options: Options<SubprojectSpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectSpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Enable specific tasks for a subproject
 *
 * Switches specific tasks back on for a subproject (they are on unless disabled).
 */
export declare const subprojectEnableSpecificTasks: <ThrowOnError extends boolean = true>(options: Options<SubprojectEnableSpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectEnableSpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Disable specific tasks for a subproject
 *
 * Switches specific tasks off for a subproject.
 */
export declare const subprojectDisableSpecificTasks: <ThrowOnError extends boolean = true>(options: Options<SubprojectDisableSpecificTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectDisableSpecificTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Add an exclusive member to a subproject
 *
 * Restricts time entry on a subproject to its exclusive members and adds one: a `person`, or a `group`
 * (never both in one call).
 */
export declare const subprojectAttachMember: <ThrowOnError extends boolean = true>(options: Options<SubprojectAttachMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectAttachMemberResponses, unknown, ThrowOnError, "fields">;
/**
 * Remove an exclusive member from a subproject
 *
 * Removes a `person` or a `group` from the exclusive members of a subproject.
 */
export declare const subprojectDetachMember: <ThrowOnError extends boolean = true>(options: Options<SubprojectDetachMemberData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectDetachMemberResponses, unknown, ThrowOnError, "fields">;
/**
 * List the exclusive members of a subproject
 *
 * Returns the people and the groups that are exclusive members of a subproject.
 */
export declare const subprojectMembers: <ThrowOnError extends boolean = true>(options: Options<SubprojectMembersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectMembersResponses, unknown, ThrowOnError, "fields">;
/**
 * Assign a group to a subproject
 *
 * Files a subproject under a group (groups classify entities for reports and filters).
 */
export declare const subprojectAddGroup: <ThrowOnError extends boolean = true>(options: Options<SubprojectAddGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectAddGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Unassign a group from a subproject
 *
 * Takes a subproject out of a group.
 */
export declare const subprojectRemoveGroup: <ThrowOnError extends boolean = true>(options: Options<SubprojectRemoveGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectRemoveGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * List the groups of a subproject
 *
 * Returns the groups a subproject is filed under, each with its number of child groups.
 */
export declare const subprojectGroups: <ThrowOnError extends boolean = true>(options: Options<SubprojectGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * Set a custom field of a subproject
 *
 * Stores a value in one of the custom fields of a subproject.
 */
export declare const subprojectSetCustomFieldValue: <ThrowOnError extends boolean = true>(options: Options<SubprojectSetCustomFieldValueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectSetCustomFieldValueResponses, unknown, ThrowOnError, "fields">;
/**
 * Clear a custom field of a subproject
 *
 * Removes the value of one custom field of a subproject.
 */
export declare const subprojectClearCustomFieldValue: <ThrowOnError extends boolean = true>(options: Options<SubprojectClearCustomFieldValueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectClearCustomFieldValueResponses, unknown, ThrowOnError, "fields">;
/**
 * List the custom fields of a subproject
 *
 * Returns the custom fields that apply to a subproject, with the value where one is set.
 */
export declare const subprojectCustomFields: <ThrowOnError extends boolean = true>(options: Options<SubprojectCustomFieldsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubprojectCustomFieldsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a task
 *
 * Creates a general task for a company. Attached to a company, project or subproject it becomes one of
 * that entity's specific tasks. A request that gives an `xid` gets the `xid` back instead of the new
 * numeric id, and may use it to refer to the entity from then on.
 */
export declare const taskCreate: <ThrowOnError extends boolean = true>(options: Options<TaskCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskCreateResponses, unknown, ThrowOnError, "fields">;
/**
 * Get a task
 *
 * Returns one task. The entity may be named by `xid` instead of `id`.
 */
export declare const taskGet: <ThrowOnError extends boolean = true>(options: Options<TaskGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskGetResponses, unknown, ThrowOnError, "fields">;
/**
 * Update a task
 *
 * Changes a task: the object names it by `id` (or `xid`) and carries the new values.
 */
export declare const taskUpdate: <ThrowOnError extends boolean = true>(options: Options<TaskUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskUpdateResponses, unknown, ThrowOnError, "fields">;
/**
 * List the tasks of a company
 *
 * Returns the tasks of one company, active or not.
 */
export declare const taskList: <ThrowOnError extends boolean = true>(options: Options<TaskListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskListResponses, unknown, ThrowOnError, "fields">;
/**
 * Activate a task
 *
 * Makes a deactivated task active again, so it is offered for new time entries. The entity may be
 * named by `xid` instead of `id`.
 */
export declare const taskActivate: <ThrowOnError extends boolean = true>(options: Options<TaskActivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskActivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Deactivate a task
 *
 * Marks a task inactive: it stays in the account and its logged time is kept, but it is no longer
 * offered for new time entries. The entity may be named by `xid` instead of `id`.
 */
export declare const taskDeactivate: <ThrowOnError extends boolean = true>(options: Options<TaskDeactivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskDeactivateResponses, unknown, ThrowOnError, "fields">;
/**
 * Assign a group to a task
 *
 * Files a task under a group (groups classify entities for reports and filters).
 */
export declare const taskAddGroup: <ThrowOnError extends boolean = true>(options: Options<TaskAddGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskAddGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Unassign a group from a task
 *
 * Takes a task out of a group.
 */
export declare const taskRemoveGroup: <ThrowOnError extends boolean = true>(options: Options<TaskRemoveGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskRemoveGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * List the groups of a task
 *
 * Returns the groups a task is filed under, each with its number of child groups.
 */
export declare const taskGroups: <ThrowOnError extends boolean = true>(options: Options<TaskGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a group
 *
 * Creates a group, at the top of the tree or under the `parent` group. A request that gives an `xid`
 * gets the `xid` back instead of the new numeric id, and may use it to refer to the entity from then
 * on.
 */
export declare const groupCreate: <ThrowOnError extends boolean = true>(options: Options<GroupCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GroupCreateResponses, unknown, ThrowOnError, "fields">;
/**
 * Get a group
 *
 * Returns one group. The entity may be named by `xid` instead of `id`.
 */
export declare const groupGet: <ThrowOnError extends boolean = true>(options: Options<GroupGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GroupGetResponses, unknown, ThrowOnError, "fields">;
/**
 * Update a group
 *
 * Changes a group: the object names it by `id` (or `xid`) and carries the new values.
 */
export declare const groupUpdate: <ThrowOnError extends boolean = true>(options: Options<GroupUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GroupUpdateResponses, unknown, ThrowOnError, "fields">;
/**
 * Delete a group
 *
 * Deletes a group. A group still assigned to entities is only deleted when `force` is true. The entity
 * may be named by `xid` instead of `id`.
 *
 * Vendor-doc correction: the vendor's request example has a stray closing brace; the request is a
 * single JSON object.
 */
export declare const groupDelete: <ThrowOnError extends boolean = true>(options: Options<GroupDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GroupDeleteResponses, unknown, ThrowOnError, "fields">;
/**
 * List the groups of an entity
 *
 * Returns the groups one entity is filed under; the entity is given as exactly one of `absence`,
 * `company`, `project`, `subproject`, `task` or `person`.
 */
export declare const groupList: <ThrowOnError extends boolean = true>(options: Options<GroupListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GroupListResponses, unknown, ThrowOnError, "fields">;
/**
 * List the entities of a group
 *
 * Returns every entity filed under a group: companies, people, projects, subprojects, tasks and
 * absence types, each kind in its own list. The entity may be named by `xid` instead of `id`.
 */
export declare const groupAssignments: <ThrowOnError extends boolean = true>(options: Options<GroupAssignmentsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GroupAssignmentsResponses, unknown, ThrowOnError, "fields">;
/**
 * Get the tree of groups
 *
 * Returns all groups of the account as a tree: the top-level groups, each with the groups beneath it.
 *
 * Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
 * answer of this service has none, and an integration reads this answer by its payload key alone; so
 * `status` is optional here (`ok` when present). The mock sends it, as for every other service.
 */
export declare const groupTree: <ThrowOnError extends boolean = true>(options?: Options<GroupTreeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GroupTreeResponses, unknown, ThrowOnError, "fields">;
/**
 * List the custom fields
 *
 * Returns the custom fields defined on the account and the kind of entity each applies to. Values are
 * read and written through the entities' own custom-field services.
 *
 * Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
 * answer of this service has none, and an integration reads this answer by its payload key alone; so
 * `status` is optional here (`ok` when present). The mock sends it, as for every other service.
 */
export declare const customFieldList: <ThrowOnError extends boolean = true>(options?: Options<CustomFieldListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CustomFieldListResponses, unknown, ThrowOnError, "fields">;
/**
 * List where time can be logged
 *
 * Walks down the company → project → subproject tree for time entry: given a company, returns its
 * projects (each with its number of subprojects); given a project, its subprojects. Time is logged on
 * an entity without children, so a client calls this until it reaches one.
 *
 * Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
 * answer of this service has none, and an integration reads this answer by its payload key alone; so
 * `status` is optional here (`ok` when present). The mock sends it, as for every other service.
 */
export declare const timeEntryGetEntities: <ThrowOnError extends boolean = true>(options: Options<TimeEntryGetEntitiesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryGetEntitiesResponses, unknown, ThrowOnError, "fields">;
/**
 * List the tasks for a time entry
 *
 * Returns the tasks a time entry on the given leaf entity may (and then must) name. An empty list
 * means the entry takes no task.
 *
 * Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
 * answer of this service has none, and an integration reads this answer by its payload key alone; so
 * `status` is optional here (`ok` when present). The mock sends it, as for every other service.
 */
export declare const timeEntryGetTasks: <ThrowOnError extends boolean = true>(options: Options<TimeEntryGetTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryGetTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Log time
 *
 * Records hours of the token's owner on one day. The time goes on exactly one leaf of the company →
 * project → subproject tree (a company without projects, a project without subprojects, or a
 * subproject), or on an absence type. When that entity has tasks a `task` must be named too; for an
 * absence the task is ignored. Logging on an entity that has children is refused. The answer is the
 * new entry, in draft state.
 *
 * Vendor-doc correction: the rules on the vendor's page write the entity field as `suproject`; it is
 * `subproject`. Vendor-doc correction: the vendor's example answers a request for one day with an
 * entry dated another; the new entry has the requested date.
 */
export declare const timeEntryCreate: <ThrowOnError extends boolean = true>(options: Options<TimeEntryCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryCreateResponses, unknown, ThrowOnError, "fields">;
/**
 * Change a time entry
 *
 * Changes an existing time entry: the body names it by `id` and carries only what changes (entity,
 * task, day, hours, comment); whatever is left out keeps its value. The entry as changed must still
 * follow the rules for logging time. The answer is the entry as stored.
 */
export declare const timeEntryUpdate: <ThrowOnError extends boolean = true>(options: Options<TimeEntryUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryUpdateResponses, unknown, ThrowOnError, "fields">;
/**
 * Get a time entry
 *
 * Returns one time entry, named by its id and its day.
 */
export declare const timeEntryGet: <ThrowOnError extends boolean = true>(options: Options<TimeEntryGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryGetResponses, unknown, ThrowOnError, "fields">;
/**
 * Delete a time entry
 *
 * Deletes one time entry, named by its id and its day.
 */
export declare const timeEntryDelete: <ThrowOnError extends boolean = true>(options: Options<TimeEntryDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryDeleteResponses, unknown, ThrowOnError, "fields">;
/**
 * List time entries
 *
 * Returns a person's time entries from `from` to `to`, both days included. Without `person` the token
 * owner's entries are listed (an assumption, see the open questions).
 */
export declare const timeEntryList: <ThrowOnError extends boolean = true>(options: Options<TimeEntryListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryListResponses, unknown, ThrowOnError, "fields">;
/**
 * Submit time for approval
 *
 * Submits draft time for approval: all entries of `person` from `from` to `to`, or the single entry
 * named by `id` and `date`. Submitted entries have status `s`.
 */
export declare const timeEntrySubmit: <ThrowOnError extends boolean = true>(options: Options<TimeEntrySubmitData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntrySubmitResponses, unknown, ThrowOnError, "fields">;
/**
 * Approve submitted time
 *
 * Approves submitted time (status `a`): a person's entries in a period, or one entry by `id` and
 * `date`.
 */
export declare const timeEntryApprove: <ThrowOnError extends boolean = true>(options: Options<TimeEntryApproveData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryApproveResponses, unknown, ThrowOnError, "fields">;
/**
 * Reject submitted time
 *
 * Sends submitted time back to its owner (status `r`): a person's entries in a period, or one entry by
 * `id` and `date`. The `memo` is e-mailed to the person as the reason.
 */
export declare const timeEntryReject: <ThrowOnError extends boolean = true>(options: Options<TimeEntryRejectData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryRejectResponses, unknown, ThrowOnError, "fields">;
/**
 * Lock time
 *
 * Locks time (status `l`) so that nobody changes it any more: a person's entries in a period, or one
 * entry by `id` and `date`.
 */
export declare const timeEntryLock: <ThrowOnError extends boolean = true>(options: Options<TimeEntryLockData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryLockResponses, unknown, ThrowOnError, "fields">;
/**
 * Unlock time
 *
 * Lifts the lock on time entries: a person's entries in a period, or one entry by `id` and `date`.
 */
export declare const timeEntryUnlock: <ThrowOnError extends boolean = true>(options: Options<TimeEntryUnlockData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryUnlockResponses, unknown, ThrowOnError, "fields">;
/**
 * Start a time export
 *
 * Starts a background job that exports the time entries of a period, like the export module of the web
 * application. `show` picks the kind of report and `keys` the columns, which depend on it (see
 * `ExportColumn`, `QuotaColumn` and `GroupColumn`). The data
 * can be narrowed to one entity (one of `company`, `project`, `subproject`, `person`, `task`,
 * `absence`), to some approval states (`statusFilters`) and to groups (`gids`). The answer is a
 * running job; poll `time_entry.get_job_info` (about every five seconds) for the result, which is CSV
 * text unless `outputFormat` is `array`.
 */
export declare const timeEntryExport: <ThrowOnError extends boolean = true>(options: Options<TimeEntryExportData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryExportResponses, unknown, ThrowOnError, "fields">;
/**
 * Get the hours of every person over a period
 *
 * Undocumented service that integrations use to find the people who logged no time: for a period, the
 * hours each person logged, summed, among the entries in the given approval states. With `showAll`
 * every active person is listed, those without hours too (their sum is 0); without it only those who
 * logged some. The days are sent as `[year, month, day]` lists of digit strings. The one integration
 * seen marks the call with `undoc: true` and sends `true` in place of `x` as the Basic password; the
 * password is not checked, only the token.
 */
export declare const timeGetPeopleTimesheets: <ThrowOnError extends boolean = true>(options: Options<TimeGetPeopleTimesheetsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeGetPeopleTimesheetsResponses, unknown, ThrowOnError, "fields">;
/**
 * Get the state of an export
 *
 * Returns an export job: `running`, `error`, or `done` with the `result`. Stop polling on an error
 * answer or job status, or once the job is done and carries its result.
 */
export declare const timeEntryGetJobInfo: <ThrowOnError extends boolean = true>(options: Options<TimeEntryGetJobInfoData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeEntryGetJobInfoResponses, unknown, ThrowOnError, "fields">;
