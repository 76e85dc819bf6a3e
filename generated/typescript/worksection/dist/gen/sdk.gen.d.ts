import { type Client, type Options as Options2, type TDataShape } from './client/index.js';
import type { ActivateProjectData, ActivateProjectJsonData, ActivateProjectJsonResponses, ActivateProjectResponses, AddContactData, AddContactGroupData, AddContactGroupJsonData, AddContactGroupJsonResponses, AddContactGroupResponses, AddContactJsonData, AddContactJsonResponses, AddContactResponses, AddCostsData, AddCostsJsonData, AddCostsJsonResponses, AddCostsResponses, AddProjectGroupData, AddProjectGroupJsonData, AddProjectGroupJsonResponses, AddProjectGroupResponses, AddProjectMembersData, AddProjectMembersJsonData, AddProjectMembersJsonResponses, AddProjectMembersResponses, AddProjectTagGroupsData, AddProjectTagGroupsJsonData, AddProjectTagGroupsJsonResponses, AddProjectTagGroupsResponses, AddProjectTagsData, AddProjectTagsJsonData, AddProjectTagsJsonResponses, AddProjectTagsResponses, AddTaskTagGroupsData, AddTaskTagGroupsJsonData, AddTaskTagGroupsJsonResponses, AddTaskTagGroupsResponses, AddTaskTagsData, AddTaskTagsJsonData, AddTaskTagsJsonResponses, AddTaskTagsResponses, AddUserData, AddUserGroupData, AddUserGroupJsonData, AddUserGroupJsonResponses, AddUserGroupResponses, AddUserJsonData, AddUserJsonResponses, AddUserResponses, AddWebhookData, AddWebhookJsonData, AddWebhookJsonResponses, AddWebhookResponses, CloseProjectData, CloseProjectJsonData, CloseProjectJsonResponses, CloseProjectResponses, CompleteTaskData, CompleteTaskJsonData, CompleteTaskJsonResponses, CompleteTaskResponses, DeleteCostsData, DeleteCostsJsonData, DeleteCostsJsonResponses, DeleteCostsResponses, DeleteMyTimerData, DeleteMyTimerJsonData, DeleteMyTimerJsonResponses, DeleteMyTimerResponses, DeleteProjectMembersData, DeleteProjectMembersJsonData, DeleteProjectMembersJsonResponses, DeleteProjectMembersResponses, DeleteWebhookData, DeleteWebhookJsonData, DeleteWebhookJsonResponses, DeleteWebhookResponses, DownloadData, DownloadJsonData, DownloadJsonResponses, DownloadResponses, GetAllTasksData, GetAllTasksJsonData, GetAllTasksJsonResponses, GetAllTasksResponses, GetCommentsData, GetCommentsJsonData, GetCommentsJsonResponses, GetCommentsResponses, GetContactGroupsData, GetContactGroupsJsonData, GetContactGroupsJsonResponses, GetContactGroupsResponses, GetContactsData, GetContactsJsonData, GetContactsJsonResponses, GetContactsResponses, GetCostsData, GetCostsJsonData, GetCostsJsonResponses, GetCostsResponses, GetCostsTotalData, GetCostsTotalJsonData, GetCostsTotalJsonResponses, GetCostsTotalResponses, GetEventsData, GetEventsJsonData, GetEventsJsonResponses, GetEventsResponses, GetFilesData, GetFilesJsonData, GetFilesJsonResponses, GetFilesResponses, GetMyTimerData, GetMyTimerJsonData, GetMyTimerJsonResponses, GetMyTimerResponses, GetProjectCustomFieldsData, GetProjectCustomFieldsJsonData, GetProjectCustomFieldsJsonResponses, GetProjectCustomFieldsResponses, GetProjectData, GetProjectGroupsData, GetProjectGroupsJsonData, GetProjectGroupsJsonResponses, GetProjectGroupsResponses, GetProjectJsonData, GetProjectJsonResponses, GetProjectResponses, GetProjectsData, GetProjectsJsonData, GetProjectsJsonResponses, GetProjectsResponses, GetProjectTagGroupsData, GetProjectTagGroupsJsonData, GetProjectTagGroupsJsonResponses, GetProjectTagGroupsResponses, GetProjectTagsData, GetProjectTagsJsonData, GetProjectTagsJsonResponses, GetProjectTagsResponses, GetTaskCustomFieldsData, GetTaskCustomFieldsJsonData, GetTaskCustomFieldsJsonResponses, GetTaskCustomFieldsResponses, GetTaskData, GetTaskJsonData, GetTaskJsonResponses, GetTaskResponses, GetTasksData, GetTasksJsonData, GetTasksJsonResponses, GetTasksResponses, GetTaskTagGroupsData, GetTaskTagGroupsJsonData, GetTaskTagGroupsJsonResponses, GetTaskTagGroupsResponses, GetTaskTagsData, GetTaskTagsJsonData, GetTaskTagsJsonResponses, GetTaskTagsResponses, GetTimersData, GetTimersJsonData, GetTimersJsonResponses, GetTimersResponses, GetUserGroupsData, GetUserGroupsJsonData, GetUserGroupsJsonResponses, GetUserGroupsResponses, GetUsersData, GetUsersJsonData, GetUsersJsonResponses, GetUsersResponses, GetUsersScheduleData, GetUsersScheduleJsonData, GetUsersScheduleJsonResponses, GetUsersScheduleResponses, GetWebhooksData, GetWebhooksJsonData, GetWebhooksJsonResponses, GetWebhooksResponses, MeData, MeJsonData, MeJsonResponses, MeResponses, PostCommentData, PostCommentJsonData, PostCommentJsonResponses, PostCommentResponses, PostProjectData, PostProjectJsonData, PostProjectJsonResponses, PostProjectResponses, PostTaskData, PostTaskJsonData, PostTaskJsonResponses, PostTaskResponses, ReopenTaskData, ReopenTaskJsonData, ReopenTaskJsonResponses, ReopenTaskResponses, SearchTasksData, SearchTasksJsonData, SearchTasksJsonResponses, SearchTasksResponses, StartMyTimerData, StartMyTimerJsonData, StartMyTimerJsonResponses, StartMyTimerResponses, StopMyTimerData, StopMyTimerJsonData, StopMyTimerJsonResponses, StopMyTimerResponses, StopTimerData, StopTimerJsonData, StopTimerJsonResponses, StopTimerResponses, SubscribeData, SubscribeJsonData, SubscribeJsonResponses, SubscribeResponses, UnsubscribeData, UnsubscribeJsonData, UnsubscribeJsonResponses, UnsubscribeResponses, UpdateCostsData, UpdateCostsJsonData, UpdateCostsJsonResponses, UpdateCostsResponses, UpdateProjectData, UpdateProjectJsonData, UpdateProjectJsonResponses, UpdateProjectResponses, UpdateProjectTagsData, UpdateProjectTagsJsonData, UpdateProjectTagsJsonResponses, UpdateProjectTagsResponses, UpdateTaskData, UpdateTaskJsonData, UpdateTaskJsonResponses, UpdateTaskResponses, UpdateTaskTagsData, UpdateTaskTagsJsonData, UpdateTaskTagsJsonResponses, UpdateTaskTagsResponses, UpdateUsersScheduleData, UpdateUsersScheduleJsonData, UpdateUsersScheduleJsonResponses, UpdateUsersScheduleResponses, UploadFilesData, UploadFilesResponses } from './types.gen.js';
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
 * List projects
 *
 * Returns every project of the account, optionally only those in one state (`filter`). The answer
 * always carries each project's id, name, link, state, folder, author, manager and creation time,
 * and its dates, estimates and tags when they are set; the description, the restriction options
 * and the team come only when `extra` asks for them.
 *
 * Vendor-doc correction: the vendor's page shows the request as `?action=get_projects` only; the
 * call goes to `https://{account}.worksection.com/api/admin/v2/` and must be signed (`hash`, or the
 * `Authorization: Admin` header).
 *
 * Vendor-doc correction: the vendor's sample answer is not valid JSON: option flags read `0..1` and
 * the second project is cut short with `... ... ...`. Flags are the integers 0 or 1, and every project
 * carries the same set of fields.
 */
export declare const getProjects: <ThrowOnError extends boolean = true>(options?: Options<GetProjectsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectsResponses, unknown, ThrowOnError, "fields">;
/**
 * List projects (POST, JSON body)
 *
 * The same call as `getProjects`, sent the way the vendor's 2026 PHP and Python clients
 * send every admin action: `POST /api/admin/v2?action=get_projects`, the parameters as a JSON
 * object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
 * header. An empty body means no parameters. The vendor's documentation also allows POST with the
 * parameters in the query string (its Postman collection does that, signed with `hash`), so
 * `filter` and `extra` are accepted there too. This document requires a parameter given in both
 * places to mean the same in both (the mock refuses a mismatch with code 11); how the service
 * merges them is not known.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; the documented URL has it. The
 * service answers both (so does the mock); this document keys the operation by the documented one.
 */
export declare const getProjectsJson: <ThrowOnError extends boolean = true>(options?: Options<GetProjectsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Get one project
 *
 * Returns one project, picked by `id_project`, with the same fields as a project in get_projects: always its id, name, link, state, folder, author, manager and creation time; its dates, estimates and tags when they are set; the description, the restriction flags and the team only when `extra` asks for them (`extra=text,options,users`). An id that names no project of the account is answered with `status_code` 4, "Project is invalid".
 */
export declare const getProject: <ThrowOnError extends boolean = true>(options: Options<GetProjectData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectResponses, unknown, ThrowOnError, "fields">;
/**
 * Get one project (POST, JSON body)
 *
 * The same call as `getProject`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_project` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `getProject` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const getProjectJson: <ThrowOnError extends boolean = true>(options: Options<GetProjectJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a project
 *
 * Creates a project, always in the active state, and answers with it; its new id is `data.id`. Only
 * `title` is required.
 *
 * Parameters are sent as the service names them: each restriction flag is its own parameter with a dotted
 * name, `options.allow_close=1`; people and tags are ONE comma-separated string each,
 * `members=jonas.berg@example.com, lena.fischer@example.com` and `tags=design, urgent` (spaces after the
 * commas are tolerated). Dates go in as `DD.MM.YYYY` and come back as `YYYY-MM-DD`; estimates go in as
 * text and come back as numbers.
 *
 * Defaults: without `email_user_from` the author is presumably the account owner (the recordings show the
 * same author for every project created without it); without `email_manager` the project has no manager
 * (`user_to` is the no-manager marker); without `company` it is filed in a default folder; flags left out
 * are off. Of the three cost-booking flags (`options.time_require`, `options.time_today`,
 * `options.timer_only`) at most one may be 1: asking for more is refused with `status_code` 11 and a
 * message naming the three. An e-mail address that is not an account user is presumably refused with
 * `status_code` 11 ("Invalid email"), as the member actions do. The answer carries the restriction flags
 * only with `extra=options`; it never carries the team or the default assignee.
 *
 * The vendor notes that files can be attached to the description on creation, by sending them as parts of
 * a multipart POST (see the files actions); that form is not described here.
 */
export declare const postProject: <ThrowOnError extends boolean = true>(options: Options<PostProjectData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PostProjectResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a project (POST, JSON body)
 *
 * The same call as `postProject`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=post_project` with the parameters as one JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are
 * those of the query form; values may be JSON numbers where the clients send numbers (ids, flags,
 * estimates). The vendor also allows POST with every parameter in the query string (its Postman collection
 * does that); such a call is the query form `postProject` sent by POST. The 2026 clients post to
 * `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 *
 * The 2026 clients pass the caller's parameters through unchanged, so the restriction flags keep their
 * dotted names as JSON keys (`"options.allow_close": 1`); whether the service would also take a nested
 * `options` object is not known. `members` may be a JSON array of addresses here (the clients' member
 * methods send one).
 */
export declare const postProjectJson: <ThrowOnError extends boolean = true>(options: Options<PostProjectJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PostProjectJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Change a project
 *
 * Changes the given fields of a project and answers with the project as it is afterwards. Only `id_project` is required; every parameter left out keeps its value. `title` renames the project (returned as `name`); `members` ADDS the listed people to the team and removes nobody (delete_project_members removes); `tags` REPLACES the project's tags with the listed ones. The author, description and folder are not among its parameters. Parameter forms and the one-of-three rule for the cost-booking flags (`status_code` 11) are those of post_project. The answer carries the restriction flags only with `extra=options`. An id that names no project is refused with `status_code` 4, as get_project does (presumed; not recorded for this action).
 */
export declare const updateProject: <ThrowOnError extends boolean = true>(options: Options<UpdateProjectData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateProjectResponses, unknown, ThrowOnError, "fields">;
/**
 * Change a project (POST, JSON body)
 *
 * The same call as `updateProject`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=update_project` with the parameters as one JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are
 * those of the query form; values may be JSON numbers where the clients send numbers (ids, flags,
 * estimates). The vendor also allows POST with every parameter in the query string (its Postman collection
 * does that); such a call is the query form `updateProject` sent by POST. The 2026 clients post to
 * `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 *
 * As for post_project, the restriction flags keep their dotted names as JSON keys and `members` may be a
 * JSON array of addresses.
 */
export declare const updateProjectJson: <ThrowOnError extends boolean = true>(options: Options<UpdateProjectJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateProjectJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Archive a project
 *
 * Archives (closes) a project and answers `{"status": "ok"}` without data. Afterwards the project is listed with `status` `archive` and a `date_closed`, and `filter=archive` selects it. A project that is already archived is refused with `status_code` 12, "Project is already closed"; an unknown id with `status_code` 4 (presumed, as get_project).
 */
export declare const closeProject: <ThrowOnError extends boolean = true>(options: Options<CloseProjectData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CloseProjectResponses, unknown, ThrowOnError, "fields">;
/**
 * Archive a project (POST, JSON body)
 *
 * The same call as `closeProject`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=close_project` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `closeProject` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const closeProjectJson: <ThrowOnError extends boolean = true>(options: Options<CloseProjectJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CloseProjectJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Reactivate an archived project
 *
 * Makes an archived project active again and answers `{"status": "ok"}` without data. The project keeps its last `date_closed`. A project that is already active is refused with `status_code` 12, "Project is already active"; an unknown id with `status_code` 4 (presumed, as get_project). What it does to a sleeping (`pending`) project is not known.
 */
export declare const activateProject: <ThrowOnError extends boolean = true>(options: Options<ActivateProjectData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivateProjectResponses, unknown, ThrowOnError, "fields">;
/**
 * Reactivate an archived project (POST, JSON body)
 *
 * The same call as `activateProject`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=activate_project` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `activateProject` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const activateProjectJson: <ThrowOnError extends boolean = true>(options: Options<ActivateProjectJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivateProjectJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Add people to a project's team
 *
 * Adds the listed account users to the project's team and answers `{"status": "ok"}` without data. People are named by their e-mail addresses, as ONE comma-separated string (`members=jonas.berg@example.com, lena.fischer@example.com`). An address that is not a user of the account is refused with `status_code` 11, "Invalid email", the address in `message_details`; an unknown project with `status_code` 4 (presumed, as get_project). Whether naming someone already on the team is an error is not known (the mock treats it as nothing to do).
 */
export declare const addProjectMembers: <ThrowOnError extends boolean = true>(options: Options<AddProjectMembersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddProjectMembersResponses, unknown, ThrowOnError, "fields">;
/**
 * Add people to a project's team (POST, JSON body)
 *
 * The same call as `addProjectMembers`, sent the way the vendor's 2026 PHP and Python clients send every
 * admin action: `POST /api/admin/v2?action=add_project_members` with the parameters as one JSON object in
 * the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The
 * names are those of the query form; values may be JSON numbers where the clients send numbers (ids,
 * flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman
 * collection does that); such a call is the query form `addProjectMembers` sent by POST. The 2026 clients
 * post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 *
 * The 2026 clients send `members` as a JSON array of addresses; the comma-separated text of the query form
 * is accepted too.
 */
export declare const addProjectMembersJson: <ThrowOnError extends boolean = true>(options: Options<AddProjectMembersJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddProjectMembersJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Remove people from a project's team
 *
 * Removes the listed account users from the project's team and answers `{"status": "ok"}` without data. People are named by their e-mail addresses, as ONE comma-separated string (`members=jonas.berg@example.com, lena.fischer@example.com`). An address that is not a user of the account is refused with `status_code` 11, "Invalid email", the address in `message_details`; an unknown project with `status_code` 4 (presumed, as get_project). Whether naming someone not on the team is an error is not known (the mock treats it as nothing to do).
 */
export declare const deleteProjectMembers: <ThrowOnError extends boolean = true>(options: Options<DeleteProjectMembersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteProjectMembersResponses, unknown, ThrowOnError, "fields">;
/**
 * Remove people from a project's team (POST, JSON body)
 *
 * The same call as `deleteProjectMembers`, sent the way the vendor's 2026 PHP and Python clients send
 * every admin action: `POST /api/admin/v2?action=delete_project_members` with the parameters as one JSON
 * object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
 * header. The names are those of the query form; values may be JSON numbers where the clients send numbers
 * (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its
 * Postman collection does that); such a call is the query form `deleteProjectMembers` sent by POST. The
 * 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with
 * it.
 *
 * The 2026 clients send `members` as a JSON array of addresses; the comma-separated text of the query form
 * is accepted too.
 */
export declare const deleteProjectMembersJson: <ThrowOnError extends boolean = true>(options: Options<DeleteProjectMembersJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteProjectMembersJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List project folders
 *
 * Returns every project folder of the account: the folders people made (`type` `folder`) and the folder each team has (`type` `company`, with `client` 0 for the company's own teams and 1 for client teams). A project's `company` is the title of its folder. Takes no parameters; the recorded answer is in alphabetical order of title.
 */
export declare const getProjectGroups: <ThrowOnError extends boolean = true>(options?: Options<GetProjectGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * List project folders (POST, JSON body)
 *
 * The same call as `getProjectGroups`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_project_groups` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `getProjectGroups` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const getProjectGroupsJson: <ThrowOnError extends boolean = true>(options?: Options<GetProjectGroupsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectGroupsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a project folder
 *
 * Creates a user folder with the given title, unless a folder of that name exists already, and answers
 * with the folder (`type` `folder`). Whether the existing folder is then answered, as presumed here, is
 * not recorded. A missing or empty title is refused with `status_code` 10, "Field is required",
 * `message_details` `title`.
 *
 * Vendor-doc correction: the vendor's Postman collection sets `action=add_project_groups` (plural) on this
 * request; the action is `add_project_group`, as its own recorded calls, the documentation and every
 * vendor client send it.
 */
export declare const addProjectGroup: <ThrowOnError extends boolean = true>(options: Options<AddProjectGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddProjectGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a project folder (POST, JSON body)
 *
 * The same call as `addProjectGroup`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=add_project_group` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `addProjectGroup` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const addProjectGroupJson: <ThrowOnError extends boolean = true>(options: Options<AddProjectGroupJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddProjectGroupJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Read the activity log
 *
 * Returns what happened in the account's projects during the last `period` (e.g. `3d`, the last three
 * days): each event says what was done (`post` created, `update` changed, `close` / `reopen` a task,
 * `delete` a comment), to which object (project, task or comment), by whom and when, and for creations and
 * changes the fields concerned (`new`, and `old` for changes). With `id_project` only that project's
 * events. The recording lists events oldest first. The vendor recommends webhooks over polling this.
 *
 * A missing `period`, or one outside 1m-360m, 1h-72h or 1d-30d, is refused with `status_code` 10, "Field
 * is required", `message_details` `period` (recorded for `period=60d`). An unknown `id_project` is
 * presumably refused with `status_code` 4.
 */
export declare const getEvents: <ThrowOnError extends boolean = true>(options: Options<GetEventsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetEventsResponses, unknown, ThrowOnError, "fields">;
/**
 * Read the activity log (POST, JSON body)
 *
 * The same call as `getEvents`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_events` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `getEvents` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const getEventsJson: <ThrowOnError extends boolean = true>(options: Options<GetEventsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetEventsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List project tags
 *
 * Returns the account's project tags (the statuses and labels a project can carry), each with its group. `group` (a name or an id), `type` and `access` narrow the list to one group, one type of group or one visibility. The ids are the keys of a project's `tags`.
 */
export declare const getProjectTags: <ThrowOnError extends boolean = true>(options?: Options<GetProjectTagsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectTagsResponses, unknown, ThrowOnError, "fields">;
/**
 * List project tags (POST, JSON body)
 *
 * The same call as `getProjectTags`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_project_tags` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `getProjectTags` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const getProjectTagsJson: <ThrowOnError extends boolean = true>(options?: Options<GetProjectTagsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectTagsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create project tags
 *
 * Creates project tags with the listed names in one group, skipping names the group has already, and answers with the tags (`id` and `title`). A missing or empty `group` is refused with `status_code` 10, "Field is required", `message_details` `group (id or title)` (checked before `title`); a missing `title` presumably with `message_details` `title`.
 */
export declare const addProjectTags: <ThrowOnError extends boolean = true>(options: Options<AddProjectTagsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddProjectTagsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create project tags (POST, JSON body)
 *
 * The same call as `addProjectTags`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=add_project_tags` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `addProjectTags` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const addProjectTagsJson: <ThrowOnError extends boolean = true>(options: Options<AddProjectTagsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddProjectTagsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Set and unset tags on a project
 *
 * Sets the tags listed in `plus` on a project and takes off those in `minus`, and answers `{"status": "ok"}` without data. Tags are named by their full name or by id. A name or id that is no project tag is refused with `status_code` 16, "Tag is invalid", the name in `message_details`; an unknown project with `status_code` 4 (presumed). Setting a status presumably replaces the project's other status of the same group. The 2026 clients always send both lists, empty when there is nothing to do.
 */
export declare const updateProjectTags: <ThrowOnError extends boolean = true>(options: Options<UpdateProjectTagsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateProjectTagsResponses, unknown, ThrowOnError, "fields">;
/**
 * Set and unset tags on a project (POST, JSON body)
 *
 * The same call as `updateProjectTags`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=update_project_tags` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `updateProjectTags` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const updateProjectTagsJson: <ThrowOnError extends boolean = true>(options: Options<UpdateProjectTagsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateProjectTagsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List project tag groups
 *
 * Returns the groups of project tags: each with its id, title, type (`status`, `label`, or empty for a group created without a type) and visibility. `type` and `access` narrow the list.
 */
export declare const getProjectTagGroups: <ThrowOnError extends boolean = true>(options?: Options<GetProjectTagGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectTagGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * List project tag groups (POST, JSON body)
 *
 * The same call as `getProjectTagGroups`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_project_tag_groups` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `getProjectTagGroups` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const getProjectTagGroupsJson: <ThrowOnError extends boolean = true>(options?: Options<GetProjectTagGroupsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectTagGroupsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create project tag groups
 *
 * Creates project tag groups with the listed names, skipping names that exist, and answers with the groups. `access` sets their visibility (status groups are always public); `type` (`status` or `label`) may be left out, and the groups then have an empty `type`. A missing or empty `title` is refused with `status_code` 10, "Field is required", `message_details` `title`.
 */
export declare const addProjectTagGroups: <ThrowOnError extends boolean = true>(options: Options<AddProjectTagGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddProjectTagGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create project tag groups (POST, JSON body)
 *
 * The same call as `addProjectTagGroups`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=add_project_tag_groups` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `addProjectTagGroups` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const addProjectTagGroupsJson: <ThrowOnError extends boolean = true>(options: Options<AddProjectTagGroupsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddProjectTagGroupsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List project custom fields
 *
 * Returns the custom fields defined for projects (id, type, name, description and the choices of a list field). Known only from the vendor's 2026 clients, which call it with no parameters; it has no documentation page and no recorded answer, so the shape of a field is reconstructed from the clients' model and the GET query form by analogy with the other actions.
 */
export declare const getProjectCustomFields: <ThrowOnError extends boolean = true>(options?: Options<GetProjectCustomFieldsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectCustomFieldsResponses, unknown, ThrowOnError, "fields">;
/**
 * List project custom fields (POST, JSON body)
 *
 * The same call as `getProjectCustomFields`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_project_custom_fields` with the parameters as one JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. The names are those of the query form; values may be JSON numbers where the clients send numbers (ids, flags, estimates). The vendor also allows POST with every parameter in the query string (its Postman collection does that); such a call is the query form `getProjectCustomFields` sent by POST. The 2026 clients post to `/api/admin/v2` without the final slash; this document uses the documented URL with it.
 */
export declare const getProjectCustomFieldsJson: <ThrowOnError extends boolean = true>(options?: Options<GetProjectCustomFieldsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetProjectCustomFieldsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List the tasks of every project
 *
 * Returns the tasks of all the account's projects, open and done, except tasks whose publication is
 * delayed and, unless `extra` names `archive`, the tasks of archived projects. Subtasks are not listed
 * at the top level: `extra=subtasks` nests them under their parent's `child` (two levels: subtask and
 * sub-subtask). `filter=active` keeps open tasks only. Each task comes with its id, name, link, state,
 * priority, author, assignee, project and creation time, plus its dates, estimates and tags when set;
 * the description, files, newest comments and dependencies come when `extra` asks for them.
 *
 * The answer holds at most 10,000 tasks; beyond that the service refuses the call ("Too many tasks
 * (10000 max)", code not documented). Recorded answers list the tasks in ascending id order.
 */
export declare const getAllTasks: <ThrowOnError extends boolean = true>(options?: Options<GetAllTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAllTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * List the tasks of every project (POST, JSON body)
 *
 * The same call as `getAllTasks`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_all_tasks`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Returns the tasks of all the account's projects, open and done, except tasks whose publication is
 * delayed and, unless `extra` names `archive`, the tasks of archived projects. Subtasks are not listed
 * at the top level: `extra=subtasks` nests them under their parent's `child` (two levels: subtask and
 * sub-subtask). `filter=active` keeps open tasks only. Each task comes with its id, name, link, state,
 * priority, author, assignee, project and creation time, plus its dates, estimates and tags when set;
 * the description, files, newest comments and dependencies come when `extra` asks for them.
 *
 * The answer holds at most 10,000 tasks; beyond that the service refuses the call ("Too many tasks
 * (10000 max)", code not documented). Recorded answers list the tasks in ascending id order.
 */
export declare const getAllTasksJson: <ThrowOnError extends boolean = true>(options?: Options<GetAllTasksJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetAllTasksJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List the tasks of one project
 *
 * Returns the tasks of one project, open and done, except tasks whose publication is delayed.
 * Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
 * `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
 * ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
 * Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.
 */
export declare const getTasks: <ThrowOnError extends boolean = true>(options: Options<GetTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * List the tasks of one project (POST, JSON body)
 *
 * The same call as `getTasks`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_tasks`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Returns the tasks of one project, open and done, except tasks whose publication is delayed.
 * Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
 * `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
 * ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
 * Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.
 */
export declare const getTasksJson: <ThrowOnError extends boolean = true>(options: Options<GetTasksJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTasksJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Get one task
 *
 * Returns one task or subtask, open or done (not one whose publication is delayed), with the same
 * fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
 * `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
 * own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
 * (`Task is invalid`).
 */
export declare const getTask: <ThrowOnError extends boolean = true>(options: Options<GetTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * Get one task (POST, JSON body)
 *
 * The same call as `getTask`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_task`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Returns one task or subtask, open or done (not one whose publication is delayed), with the same
 * fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
 * `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
 * own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
 * (`Task is invalid`).
 */
export declare const getTaskJson: <ThrowOnError extends boolean = true>(options: Options<GetTaskJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTaskJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a task or subtask
 *
 * Creates a task in a project (whatever the project's state), or a subtask when `id_parent` names a
 * task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
 * it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
 * (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
 * restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
 * call (see the POST form).
 *
 * Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
 * project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).
 */
export declare const postTask: <ThrowOnError extends boolean = true>(options: Options<PostTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PostTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a task or subtask (POST, JSON body)
 *
 * The same call as `postTask`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=post_task`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`), and `files`
 * (JSON form only) attaches files uploaded beforehand with `upload_files`, as the 2026 clients do.
 *
 * The vendor's own way to attach files is this POST as `multipart/form-data`, each file one part
 * named `attach[<n>]` (any `n`); the vendor's example keeps the other parameters in the signed query
 * string. Since this operation's query carries only `action`, the multipart form below carries the
 * parameters as form fields next to the files; whether the service reads parameters from a multipart
 * body (PHP services usually do) is not documented.
 *
 * What the call does: Creates a task in a project (whatever the project's state), or a subtask when `id_parent` names a
 * task of that project, and returns it. Without `email_user_to` nobody is assigned; without `priority`
 * it is 1; the author is `email_user_from`, else the account's owner (presumed). Checklist items
 * (`todo[]`) and mentions are appended to the description. `subscribe` subscribes people, `hidden`
 * restricts who may see the task, `tags` sets statuses and labels. Files can be attached in the same
 * call (see the POST form).
 *
 * Refusals: a missing or empty `title` or `id_project` (code 10, `Field is required`); an unknown
 * project (code 4) or parent (code 5); a parent that is done (code 8, `Task is closed`, recorded).
 */
export declare const postTaskJson: <ThrowOnError extends boolean = true>(options: Options<PostTaskJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PostTaskJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Change a task
 *
 * Changes the given fields of an open or done task or subtask and returns it; fields not given keep
 * their values. `dateclosed` corrects the closing date of a done task. An unknown task is refused
 * with code 5 (`Task is invalid`).
 *
 * `tags` is named for update_task only by the vendor's 2026 clients; the documentation lists the other
 * parameters.
 */
export declare const updateTask: <ThrowOnError extends boolean = true>(options: Options<UpdateTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * Change a task (POST, JSON body)
 *
 * The same call as `updateTask`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=update_task`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Changes the given fields of an open or done task or subtask and returns it; fields not given keep
 * their values. `dateclosed` corrects the closing date of a done task. An unknown task is refused
 * with code 5 (`Task is invalid`).
 */
export declare const updateTaskJson: <ThrowOnError extends boolean = true>(options: Options<UpdateTaskJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateTaskJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Mark a task as done
 *
 * Marks an open task or subtask as done. Refusals: an unknown task (code 5), a task already done (code
 * 12, `Task is already closed`), a task with open subtasks (code 13, `Task has children`). With the
 * project option `time_require` a task can only be closed once costs are booked on it (refusal not
 * recorded).
 *
 * The vendor's clients treat the answer as a bare `ok`; the one recorded success carries the task in
 * `data`, still showing `status` `active` (apparently the task as it was before the change), so
 * `data` is optional here.
 */
export declare const completeTask: <ThrowOnError extends boolean = true>(options: Options<CompleteTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompleteTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * Mark a task as done (POST, JSON body)
 *
 * The same call as `completeTask`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=complete_task`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Marks an open task or subtask as done. Refusals: an unknown task (code 5), a task already done (code
 * 12, `Task is already closed`), a task with open subtasks (code 13, `Task has children`). With the
 * project option `time_require` a task can only be closed once costs are booked on it (refusal not
 * recorded).
 *
 * The vendor's clients treat the answer as a bare `ok`; the one recorded success carries the task in
 * `data`, still showing `status` `active` (apparently the task as it was before the change), so
 * `data` is optional here.
 */
export declare const completeTaskJson: <ThrowOnError extends boolean = true>(options: Options<CompleteTaskJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompleteTaskJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Reopen a done task
 *
 * Makes a done task or subtask open again. Refusals: an unknown task (code 5), a task already open
 * (code 12, `Task is already active`), a subtask whose parent is done (code 14, `Parent task is done`).
 * The answer carries no data.
 */
export declare const reopenTask: <ThrowOnError extends boolean = true>(options: Options<ReopenTaskData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ReopenTaskResponses, unknown, ThrowOnError, "fields">;
/**
 * Reopen a done task (POST, JSON body)
 *
 * The same call as `reopenTask`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=reopen_task`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Makes a done task or subtask open again. Refusals: an unknown task (code 5), a task already open
 * (code 12, `Task is already active`), a subtask whose parent is done (code 14, `Parent task is done`).
 * The answer carries no data.
 */
export declare const reopenTaskJson: <ThrowOnError extends boolean = true>(options: Options<ReopenTaskJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ReopenTaskJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Search tasks
 *
 * Returns the tasks and subtasks (flat, each with its own link) that meet every criterion given: a
 * project, a task, an author, an assignee, a search expression (`filter`, a small query language
 * described on the parameter) and optionally a state (`status`). At least one of `id_project`,
 * `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
 * refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
 * single parameter is required, so the schema leaves that rule to the service. `extra` adds the
 * description or files. Recorded answers list the tasks in ascending id order.
 */
export declare const searchTasks: <ThrowOnError extends boolean = true>(options?: Options<SearchTasksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SearchTasksResponses, unknown, ThrowOnError, "fields">;
/**
 * Search tasks (POST, JSON body)
 *
 * The same call as `searchTasks`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=search_tasks`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Returns the tasks and subtasks (flat, each with its own link) that meet every criterion given: a
 * project, a task, an author, an assignee, a search expression (`filter`, a small query language
 * described on the parameter) and optionally a state (`status`). At least one of `id_project`,
 * `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
 * refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
 * single parameter is required, so the schema leaves that rule to the service. `extra` adds the
 * description or files. Recorded answers list the tasks in ascending id order.
 */
export declare const searchTasksJson: <ThrowOnError extends boolean = true>(options?: Options<SearchTasksJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SearchTasksJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Subscribe a member to a task
 *
 * Adds one member to the subscribers of a task or subtask (subscribers are notified of its changes;
 * `get_task` with `extra=subscribers` lists them). The answer carries no data. Refusals: an unknown
 * task (code 5, presumed), an `email_user` that is not one member's address (code 11, `Invalid email`,
 * `message_details` the value as given; recorded for two comma-separated addresses).
 */
export declare const subscribe: <ThrowOnError extends boolean = true>(options: Options<SubscribeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubscribeResponses, unknown, ThrowOnError, "fields">;
/**
 * Subscribe a member to a task (POST, JSON body)
 *
 * The same call as `subscribe`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=subscribe`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Adds one member to the subscribers of a task or subtask (subscribers are notified of its changes;
 * `get_task` with `extra=subscribers` lists them). The answer carries no data. Refusals: an unknown
 * task (code 5, presumed), an `email_user` that is not one member's address (code 11, `Invalid email`,
 * `message_details` the value as given; recorded for two comma-separated addresses).
 */
export declare const subscribeJson: <ThrowOnError extends boolean = true>(options: Options<SubscribeJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SubscribeJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Unsubscribe a member from a task
 *
 * Removes one member from the subscribers of a task or subtask. The answer carries no data. Refusals
 * as for `subscribe`: an unknown task (code 5, presumed), an `email_user` that is not one member's
 * address (code 11, `Invalid email`, `message_details` the value as given).
 */
export declare const unsubscribe: <ThrowOnError extends boolean = true>(options: Options<UnsubscribeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UnsubscribeResponses, unknown, ThrowOnError, "fields">;
/**
 * Unsubscribe a member from a task (POST, JSON body)
 *
 * The same call as `unsubscribe`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=unsubscribe`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Removes one member from the subscribers of a task or subtask. The answer carries no data. Refusals
 * as for `subscribe`: an unknown task (code 5, presumed), an `email_user` that is not one member's
 * address (code 11, `Invalid email`, `message_details` the value as given).
 */
export declare const unsubscribeJson: <ThrowOnError extends boolean = true>(options: Options<UnsubscribeJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UnsubscribeJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List the comments of a task
 *
 * Returns every comment of a task or subtask, newest first (as recorded), each with its id, link,
 * text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
 * refused with code 5 (`Task is invalid`).
 *
 * Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
 * field of the comment) and prints the date with em-dashes; the service sends valid JSON and
 * `YYYY-MM-DD HH:MM`.
 */
export declare const getComments: <ThrowOnError extends boolean = true>(options: Options<GetCommentsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetCommentsResponses, unknown, ThrowOnError, "fields">;
/**
 * List the comments of a task (POST, JSON body)
 *
 * The same call as `getComments`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_comments`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Returns every comment of a task or subtask, newest first (as recorded), each with its id, link,
 * text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
 * refused with code 5 (`Task is invalid`).
 *
 * Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
 * field of the comment) and prints the date with em-dashes; the service sends valid JSON and
 * `YYYY-MM-DD HH:MM`.
 */
export declare const getCommentsJson: <ThrowOnError extends boolean = true>(options: Options<GetCommentsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetCommentsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Comment on a task
 *
 * Posts a comment on a task or subtask and returns it. `text`, checklist items (`todo[]`) or both must
 * be given; the items are appended to the text one per line after a bullet, and mentioned members'
 * names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
 * is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
 * (see the POST form).
 *
 * Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
 * `text` nor `todo[]` (code 10, presumed `At least one of fields required`).
 */
export declare const postComment: <ThrowOnError extends boolean = true>(options: Options<PostCommentData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PostCommentResponses, unknown, ThrowOnError, "fields">;
/**
 * Comment on a task (POST, JSON body)
 *
 * The same call as `postComment`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=post_comment`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * In the JSON body the checklist is `todo`, an array (the query form spells it `todo[]`).
 *
 * To attach files the vendor documents this POST as `multipart/form-data`, each file one part named
 * `attach[<n>]`, the other parameters in the signed query string. Since this operation's query carries
 * only `action`, the multipart form below carries the parameters as form fields next to the files;
 * whether the service reads parameters from a multipart body is not documented.
 *
 * What the call does: Posts a comment on a task or subtask and returns it. `text`, checklist items (`todo[]`) or both must
 * be given; the items are appended to the text one per line after a bullet, and mentioned members'
 * names are appended at the end (as recorded). `hidden` restricts who may see the comment. The author
 * is `email_user_from`, else the account's owner (presumed). Files can be attached in the same call
 * (see the POST form).
 *
 * Refusals: an unknown task (code 5, `Task is invalid`; checked before the text, as recorded); neither
 * `text` nor `todo[]` (code 10, presumed `At least one of fields required`).
 */
export declare const postCommentJson: <ThrowOnError extends boolean = true>(options: Options<PostCommentJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<PostCommentJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List task statuses and labels
 *
 * Returns the account's task tags (statuses and labels), each with its group, optionally only those of
 * one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
 * keep the groups' own order.
 */
export declare const getTaskTags: <ThrowOnError extends boolean = true>(options?: Options<GetTaskTagsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTaskTagsResponses, unknown, ThrowOnError, "fields">;
/**
 * List task statuses and labels (POST, JSON body)
 *
 * The same call as `getTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_task_tags`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Returns the account's task tags (statuses and labels), each with its group, optionally only those of
 * one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
 * keep the groups' own order.
 */
export declare const getTaskTagsJson: <ThrowOnError extends boolean = true>(options?: Options<GetTaskTagsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTaskTagsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create task statuses or labels
 *
 * Creates tags in a group (statuses or labels, as the group is), one per comma-separated name of
 * `title`, skipping names the group already has, and returns the created ones (title and id). A missing
 * or empty `group` is refused with code 10 (`Field is required`, `message_details` "group (id or
 * title)").
 */
export declare const addTaskTags: <ThrowOnError extends boolean = true>(options: Options<AddTaskTagsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddTaskTagsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create task statuses or labels (POST, JSON body)
 *
 * The same call as `addTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=add_task_tags`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Creates tags in a group (statuses or labels, as the group is), one per comma-separated name of
 * `title`, skipping names the group already has, and returns the created ones (title and id). A missing
 * or empty `group` is refused with code 10 (`Field is required`, `message_details` "group (id or
 * title)").
 */
export declare const addTaskTagsJson: <ThrowOnError extends boolean = true>(options: Options<AddTaskTagsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddTaskTagsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Set and remove tags on a task
 *
 * Sets the tags named in `plus` on a task or subtask and removes those named in `minus`, each by its
 * full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
 * that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
 * is changed, presumed).
 */
export declare const updateTaskTags: <ThrowOnError extends boolean = true>(options: Options<UpdateTaskTagsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateTaskTagsResponses, unknown, ThrowOnError, "fields">;
/**
 * Set and remove tags on a task (POST, JSON body)
 *
 * The same call as `updateTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=update_task_tags`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * The 2026 clients always send both `plus` and `minus`, as comma-joined ids, empty when there is nothing to add or remove.
 *
 * What the call does: Sets the tags named in `plus` on a task or subtask and removes those named in `minus`, each by its
 * full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
 * that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
 * is changed, presumed).
 */
export declare const updateTaskTagsJson: <ThrowOnError extends boolean = true>(options: Options<UpdateTaskTagsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateTaskTagsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List task tag groups
 *
 * Returns the account's groups of task tags, optionally only those of one kind (`type`) or one visibility (`access`).
 */
export declare const getTaskTagGroups: <ThrowOnError extends boolean = true>(options?: Options<GetTaskTagGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTaskTagGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * List task tag groups (POST, JSON body)
 *
 * The same call as `getTaskTagGroups`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_task_tag_groups`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * What the call does: Returns the account's groups of task tags, optionally only those of one kind (`type`) or one visibility (`access`).
 */
export declare const getTaskTagGroupsJson: <ThrowOnError extends boolean = true>(options?: Options<GetTaskTagGroupsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTaskTagGroupsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create task tag groups
 *
 * Creates groups of task tags of one kind and visibility, one per comma-separated name of `title`,
 * skipping names that exist already, and returns them. Status groups are public whatever `access`
 * says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
 * "title").
 */
export declare const addTaskTagGroups: <ThrowOnError extends boolean = true>(options: Options<AddTaskTagGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddTaskTagGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * Create task tag groups (POST, JSON body)
 *
 * The same call as `addTaskTagGroups`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=add_task_tag_groups`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form.
 *
 * The 2026 clients create one group per call and always send `type` `label`.
 *
 * What the call does: Creates groups of task tags of one kind and visibility, one per comma-separated name of `title`,
 * skipping names that exist already, and returns them. Status groups are public whatever `access`
 * says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
 * "title").
 */
export declare const addTaskTagGroupsJson: <ThrowOnError extends boolean = true>(options: Options<AddTaskTagGroupsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddTaskTagGroupsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List task custom fields
 *
 * Returns the custom fields that tasks of the account can carry. Known only from the vendor's 2026
 * clients (which call it with no parameters and read id, type, name, description and options of each
 * field); no documentation page or recording describes it, so the shapes here are reconstructed.
 */
export declare const getTaskCustomFields: <ThrowOnError extends boolean = true>(options?: Options<GetTaskCustomFieldsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTaskCustomFieldsResponses, unknown, ThrowOnError, "fields">;
/**
 * List task custom fields (POST, JSON body)
 *
 * The same call as `getTaskCustomFields`, sent the way the vendor's 2026 PHP and Python clients send every admin action: `POST /api/admin/v2?action=get_task_custom_fields`, the parameters as a JSON object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the query form. The action takes no parameters: the body is empty or `{}`.
 *
 * What the call does: Returns the custom fields that tasks of the account can carry. Known only from the vendor's 2026
 * clients (which call it with no parameters and read id, type, name, description and options of each
 * field); no documentation page or recording describes it, so the shapes here are reconstructed.
 */
export declare const getTaskCustomFieldsJson: <ThrowOnError extends boolean = true>(options?: Options<GetTaskCustomFieldsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTaskCustomFieldsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List account members
 *
 * Returns every member (user) of the account: names, position, hourly rate, avatar, team,
 * department, role and e-mail address, plus phones and addresses where they were filled in. Reads
 * only; takes no parameters other than the signature. There is no paging: all members come in one
 * answer (an answer holds at most 10,000 records). The recorded answer lists members by ascending id.
 *
 * Failures: only those every call can meet (signature, `status_code` 2; too many requests).
 */
export declare const getUsers: <ThrowOnError extends boolean = true>(options?: Options<GetUsersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetUsersResponses, unknown, ThrowOnError, "fields">;
/**
 * List account members (POST, JSON body)
 *
 * The same call as `getUsers`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=get_users` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * The action takes no parameters: the clients send no body; an empty object is accepted too.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const getUsersJson: <ThrowOnError extends boolean = true>(options?: Options<GetUsersJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetUsersJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Invite a member
 *
 * Invites a person to the account by e-mail address: the service creates the member at once and
 * answers with it (its new `id` included); the person receives an invitation. Without `group` the
 * member joins the team of the account owner (the caller's own team); with it, the team of that
 * name. Without `role` the member is a `user`.
 *
 * Without names, the recorded answer shows first and last name taken from the address
 * (`kate.greenway@...` gave `kate` and `greenway`: the part before `@`, split at the first dot), an
 * empty `title` and `department`, a stock avatar and a rate although none was given (presumably the
 * account's default rate).
 *
 * Failures: `email` missing or empty, `status_code` 10 `Field is required` with `message_details`
 * `email` (recorded); an address that is not valid, 11 `Invalid email` with the address in
 * `message_details` (as add_contact answers; not recorded for add_user). What an address already
 * in the account, or an unknown team, gives is not known.
 */
export declare const addUser: <ThrowOnError extends boolean = true>(options: Options<AddUserData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddUserResponses, unknown, ThrowOnError, "fields">;
/**
 * Invite a member (POST, JSON body)
 *
 * The same call as `addUser`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=add_user` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * The values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const addUserJson: <ThrowOnError extends boolean = true>(options: Options<AddUserJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddUserJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List teams
 *
 * Returns the account's teams (user groups): the company's own teams (`client` 0) and client teams
 * (`client` 1), each with id, name and `type` (always `company`). Reads only; no parameters, no
 * paging. The recorded answer lists teams by ascending id.
 */
export declare const getUserGroups: <ThrowOnError extends boolean = true>(options?: Options<GetUserGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetUserGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * List teams (POST, JSON body)
 *
 * The same call as `getUserGroups`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=get_user_groups` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * The action takes no parameters: the clients send no body; an empty object is accepted too.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const getUserGroupsJson: <ThrowOnError extends boolean = true>(options?: Options<GetUserGroupsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetUserGroupsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a team
 *
 * Creates a team (user group) with the given name, unless a team of that name already exists; the
 * answer carries the team either way (the new one, or, presumably, the existing one with its id).
 * `client=1` makes it a client team, `client=0` (the default) a team of the company.
 *
 * Failures: `title` missing or empty, `status_code` 10 `Field is required` with `message_details`
 * `title` (recorded).
 */
export declare const addUserGroup: <ThrowOnError extends boolean = true>(options: Options<AddUserGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddUserGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a team (POST, JSON body)
 *
 * The same call as `addUserGroup`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=add_user_group` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * Ids, numbers and flags may be JSON numbers (the clients pass them through as given) or
 * text; the other values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const addUserGroupJson: <ThrowOnError extends boolean = true>(options: Options<AddUserGroupJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddUserGroupJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List contacts
 *
 * Returns every contact of the account with names, position, contact folder (`group`) and the
 * e-mail, phones and addresses that were filled in. Contacts are people kept for reference who
 * cannot sign in. Reads only; no parameters, no paging. The recorded answer lists contacts by
 * ascending id.
 */
export declare const getContacts: <ThrowOnError extends boolean = true>(options?: Options<GetContactsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetContactsResponses, unknown, ThrowOnError, "fields">;
/**
 * List contacts (POST, JSON body)
 *
 * The same call as `getContacts`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=get_contacts` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * The action takes no parameters: the clients send no body; an empty object is accepted too.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const getContactsJson: <ThrowOnError extends boolean = true>(options?: Options<GetContactsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetContactsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a contact
 *
 * Creates a contact (no invitation is sent; contacts cannot sign in) and answers with it, its new
 * `id` included. `name` is split into first and last name at the first space (as recorded for
 * `Brian Dragonfly`; how a longer name splits is not known). `group` names the contact folder;
 * without it the contact presumably lands in the preset folder `DEFAULT` (where a recorded contact
 * filed nowhere sits).
 *
 * Failures: `email` or `name` missing or empty, `status_code` 10 `Field is required` with the
 * parameter's name in `message_details` (as every add_* action answers; not recorded for
 * add_contact); an `email` that is not one valid address, 11 `Invalid email` with the value in
 * `message_details` (recorded for a comma-separated pair of addresses).
 */
export declare const addContact: <ThrowOnError extends boolean = true>(options: Options<AddContactData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddContactResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a contact (POST, JSON body)
 *
 * The same call as `addContact`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=add_contact` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * The values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const addContactJson: <ThrowOnError extends boolean = true>(options: Options<AddContactJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddContactJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List contact folders
 *
 * Returns the contact folders: first the four preset folders (`USERS`, `DEFAULT`, `TEAM_ONLY`,
 * `HIDDEN`, integer ids 1 to 4, `type` `preset`), then the folders members made (digit-string ids,
 * `type` `folder`), as recorded. Reads only; no parameters, no paging.
 */
export declare const getContactGroups: <ThrowOnError extends boolean = true>(options?: Options<GetContactGroupsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetContactGroupsResponses, unknown, ThrowOnError, "fields">;
/**
 * List contact folders (POST, JSON body)
 *
 * The same call as `getContactGroups`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=get_contact_groups` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * The action takes no parameters: the clients send no body; an empty object is accepted too.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const getContactGroupsJson: <ThrowOnError extends boolean = true>(options?: Options<GetContactGroupsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetContactGroupsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a contact folder
 *
 * Creates a contact folder with the given name unless one of that name exists, and answers with the
 * folder (`type` `folder`; presumably the existing one when the name is taken).
 *
 * Failures: `title` missing or empty, `status_code` 10 `Field is required` with `message_details`
 * `title` (recorded).
 */
export declare const addContactGroup: <ThrowOnError extends boolean = true>(options: Options<AddContactGroupData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddContactGroupResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a contact folder (POST, JSON body)
 *
 * The same call as `addContactGroup`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=add_contact_group` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * The values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const addContactGroupJson: <ThrowOnError extends boolean = true>(options: Options<AddContactGroupJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddContactGroupJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Read members' marked days
 *
 * Returns the days marked in members' "Schedule" window: vacations, sick leave and days off worked
 * (`workday`), keyed by member id. Ordinary days are not listed. `users` limits the answer to some
 * members (e-mail addresses or ids, comma-separated); `datestart` and `dateend` limit the dates
 * (inclusive). Reads only. Members without marked days presumably come with an empty `schedule`.
 *
 * Failures: beyond the signature, not documented. The vendor's 2026 PHP client marks this action
 * "TODO: Action is invalid", which suggests the service refused it when they tried.
 *
 * Vendor-doc correction: the documentation's sample answer is not JSON (a trailing comma after the
 * last day, and the second member elided as `... ... ...`); the answer is a JSON object of members
 * keyed by id.
 */
export declare const getUsersSchedule: <ThrowOnError extends boolean = true>(options?: Options<GetUsersScheduleData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetUsersScheduleResponses, unknown, ThrowOnError, "fields">;
/**
 * Read members' marked days (POST, JSON body)
 *
 * The same call as `getUsersSchedule`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=get_users_schedule` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * Ids, numbers and flags may be JSON numbers (the clients pass them through as given) or
 * text; the other values are the same text as in the query form.
 *
 * `users` may be a JSON array of e-mail addresses and ids, as the 2026 clients send it.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const getUsersScheduleJson: <ThrowOnError extends boolean = true>(options?: Options<GetUsersScheduleJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetUsersScheduleJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Mark or clear members' days
 *
 * Marks days in members' schedules as vacation, sick leave or a day off worked, or clears them
 * (`unset`). `data` maps each member (e-mail address or id) to the days to change; a new value
 * replaces the old one. Changes the account's state: the days appear in each member's "Schedule"
 * window. The answer carries an empty `data` and a `message` counting the days added and updated
 * (`Days added: 2, days updated: 1`); the vendor's example counts a cleared day among the updated
 * ones.
 *
 * In the query form, `data` is the JSON text of that object (URL-encoded); the JSON form sends the
 * object itself (`{"data": {...}}`, as the 2026 clients do).
 *
 * Failures: `data` missing, `status_code` 10 `Field is required` (presumed, like every required
 * parameter). What an unknown member, a bad date or a bad value give is not documented.
 *
 * Vendor-doc correction: the 2026 PHP client's README shows `data` as weekly working hours per
 * member (`{"user@...": {"mon": 8, ...}}`); the API page defines it as dates mapped to `vacation`,
 * `sick-leave`, `workday` or `unset`, which this document follows.
 */
export declare const updateUsersSchedule: <ThrowOnError extends boolean = true>(options: Options<UpdateUsersScheduleData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateUsersScheduleResponses, unknown, ThrowOnError, "fields">;
/**
 * Mark or clear members' days (POST, JSON body)
 *
 * The same call as `updateUsersSchedule`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=update_users_schedule` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * `data` is the object itself here, not JSON text.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const updateUsersScheduleJson: <ThrowOnError extends boolean = true>(options: Options<UpdateUsersScheduleJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateUsersScheduleJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List cost lines
 *
 * Returns the cost lines (time and money booked on tasks) of the whole account, or of one project
 * (`id_project`) or task (`id_task`), optionally narrowed by date (`datestart`, `dateend`, both
 * inclusive), by origin (`is_timer`) and by a search expression (`filter`). Each line carries its
 * author and the task it is booked on (with the task's project); `total` sums the time and money of
 * the lines returned. Reads only. No paging (at most 10,000 records per answer). The recorded
 * answer lists lines by ascending id.
 *
 * Failures: an unknown project, `status_code` 4 `Project is invalid`; an unknown task, 5 `Task is
 * invalid` (the codes every other action answers for them; not recorded for get_costs). An invalid
 * filter's answer is not documented.
 *
 * Vendor-doc correction: an older English page and the 2023 SDK describe a `page` parameter
 * (a link to the project or task); the current API takes `id_project` and `id_task`.
 *
 * Vendor-doc correction: the documentation's sample answer is not JSON (trailing commas after the
 * task's tags and after the task, the second line elided as `... ... ...`); the service answers
 * plain JSON.
 */
export declare const getCosts: <ThrowOnError extends boolean = true>(options?: Options<GetCostsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetCostsResponses, unknown, ThrowOnError, "fields">;
/**
 * List cost lines (POST, JSON body)
 *
 * The same call as `getCosts`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=get_costs` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * Ids, numbers and flags may be JSON numbers (the clients pass them through as given) or
 * text; the other values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const getCostsJson: <ThrowOnError extends boolean = true>(options?: Options<GetCostsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetCostsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Sum cost lines
 *
 * Returns the sum of time and money booked on the account, one project (`id_project`), several
 * projects (`filter`) or one task (`id_task`), optionally narrowed by date (`datestart`, `dateend`,
 * inclusive) and origin (`is_timer`). `extra=projects` adds, per project of the selection (every
 * project when nothing selects one), its totals and its totals per month; adding `tasks` gives each
 * task's and subtask's totals within its project, `tasks_top_level` each top-level task's totals
 * with its subtasks' included. `tasks` and `tasks_top_level` only act together with `projects`;
 * `projects` is ignored when `id_task` is given. Reads only.
 *
 * Without `extra` the answer has no `data`, only `total` (recorded). With `projects` it adds
 * `projects`, an object keyed by project id, each with `tasks` keyed by task id when asked for.
 *
 * Failures: an unknown project, `status_code` 4; an unknown task, 5 (presumed, as for get_costs).
 *
 * Vendor-doc correction: the documentation's sample answers are not JSON (a trailing comma after
 * `money`, elisions written `... ... ...`, trailing commas in `tasks`, and `"priority": "0..10"`);
 * the service answers plain JSON with one priority value.
 */
export declare const getCostsTotal: <ThrowOnError extends boolean = true>(options?: Options<GetCostsTotalData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetCostsTotalResponses, unknown, ThrowOnError, "fields">;
/**
 * Sum cost lines (POST, JSON body)
 *
 * The same call as `getCostsTotal`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=get_costs_total` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * Ids, numbers and flags may be JSON numbers (the clients pass them through as given) or
 * text; the other values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const getCostsTotalJson: <ThrowOnError extends boolean = true>(options?: Options<GetCostsTotalJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetCostsTotalJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Book time or money on a task
 *
 * Creates a cost line on a task: time (`time`), money (`money`), or both, for a day (`date`, by
 * default today), with an optional comment. With `is_rate=1` the money is the author's hourly rate
 * (`rate` in get_users) times the time, and `money` is ignored. The author is the member named by
 * `email_user_from`. The answer carries only the new line's id, as a JSON number (not a string, unlike
 * the ids get_costs returns).
 *
 * Failures: `id_task` missing, `status_code` 10 `Field is required` (`id_task`); neither `time` nor
 * `money` given (or both empty), 10 `Field is required` with `message_details` `time or money`
 * (recorded); an unknown task, 5 `Task is invalid` (presumed); an `email_user_from` that is no
 * member, 11 `Invalid email` (presumed, as subscribe answers). Whether the project's booking
 * restrictions (costs only for today, only from the timer) apply to this call is not known.
 */
export declare const addCosts: <ThrowOnError extends boolean = true>(options: Options<AddCostsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddCostsResponses, unknown, ThrowOnError, "fields">;
/**
 * Book time or money on a task (POST, JSON body)
 *
 * The same call as `addCosts`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=add_costs` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * Ids, numbers and flags may be JSON numbers (the clients pass them through as given) or
 * text; the other values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const addCostsJson: <ThrowOnError extends boolean = true>(options: Options<AddCostsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddCostsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Change a cost line
 *
 * Changes one cost line (`id_costs`, from get_costs): its time, money, comment or day. With
 * `is_rate=1` and a new `time` the money is recomputed from the author's hourly rate; without a new
 * `time`, `is_rate` has no effect (per the vendor). The author and the task cannot be changed. The
 * answer is `{"status": "ok"}`.
 *
 * Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
 * cost id gives is not documented (the mock: 10 `Costs not found`, a guess).
 *
 * Vendor-doc correction: the documentation's sample request names the line `id=ID_COSTS`; the
 * parameter is `id_costs`, as its own parameter list and the recorded request say.
 *
 * Vendor-doc correction: the English page's sample answer `{"status": "ok",}` has a trailing comma;
 * the answer is `{"status": "ok"}`.
 */
export declare const updateCosts: <ThrowOnError extends boolean = true>(options: Options<UpdateCostsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateCostsResponses, unknown, ThrowOnError, "fields">;
/**
 * Change a cost line (POST, JSON body)
 *
 * The same call as `updateCosts`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=update_costs` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * Ids, numbers and flags may be JSON numbers (the clients pass them through as given) or
 * text; the other values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const updateCostsJson: <ThrowOnError extends boolean = true>(options: Options<UpdateCostsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UpdateCostsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Delete a cost line
 *
 * Deletes one cost line (`id_costs`, from get_costs) for good; its time and money leave the task's
 * and project's totals. The answer is `{"status": "ok"}`.
 *
 * Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
 * cost id gives is not documented (the mock: 10 `Costs not found`, a guess).
 *
 * Vendor-doc correction: the documentation's sample request names the line `id=COSTS_ID`; the
 * parameter is `id_costs`, as its own parameter list and the recorded request say.
 */
export declare const deleteCosts: <ThrowOnError extends boolean = true>(options: Options<DeleteCostsData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteCostsResponses, unknown, ThrowOnError, "fields">;
/**
 * Delete a cost line (POST, JSON body)
 *
 * The same call as `deleteCosts`, sent the way the vendor's 2026 PHP and Python clients send every admin
 * action: `POST /api/admin/v2?action=delete_costs` with the parameters as a JSON object in the body
 * (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
 *
 * Ids, numbers and flags may be JSON numbers (the clients pass them through as given) or
 * text; the other values are the same text as in the query form.
 *
 * The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
 * uses the documented URL with it.
 */
export declare const deleteCostsJson: <ThrowOnError extends boolean = true>(options: Options<DeleteCostsJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteCostsJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List running timers
 *
 * Returns every timer running at this moment in the account: who started it, when, how long it
 * has run so far (`time`, `HH:MM:SS`), and the task it runs on with that task's project. Nothing
 * changes. The list is empty when no timer runs.
 *
 * Vendor-doc correction: the documentation's sample answer is not valid JSON: the second timer is
 * elided as `... ... ...` and the task's `tags` repeat the key `TAG_ID`. Every timer carries the
 * same set of fields, and `tags` is an object of tag id to tag name.
 */
export declare const getTimers: <ThrowOnError extends boolean = true>(options?: Options<GetTimersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTimersResponses, unknown, ThrowOnError, "fields">;
/**
 * List running timers (POST, JSON body)
 *
 * The same call as `getTimers`, sent the way the vendor's 2026 PHP and Python clients send every
 * admin action: `POST /api/admin/v2?action=get_timers` with an `Authorization: Admin ...` header.
 * The action takes no parameters, so the body is empty (the clients send none) or `{}`.
 */
export declare const getTimersJson: <ThrowOnError extends boolean = true>(options?: Options<GetTimersJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetTimersJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Stop a running timer
 *
 * Stops the running timer `timer` (an id from `getTimers`) and keeps its time: the time it ran is
 * booked as a cost entry of the user who started it, on the timer's task, and the timer is gone
 * from `getTimers`. The answer carries no data (neither the cost's id nor the time booked).
 *
 * Errors: `status_code` 7 `Timer not found` when no running timer has that id (presumably also
 * for a timer stopped already, since a stopped timer no longer exists); 10 `Field is required` when
 * `timer` is missing (assumed, as for other required fields).
 */
export declare const stopTimer: <ThrowOnError extends boolean = true>(options: Options<StopTimerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StopTimerResponses, unknown, ThrowOnError, "fields">;
/**
 * Stop a running timer (POST, JSON body)
 *
 * The same call as `stopTimer`, as the vendor's 2026 clients send it: `POST
 * /api/admin/v2?action=stop_timer`, body `{"timer": <id>}` (the clients send the id as a number),
 * signed with `Authorization: Admin ...`.
 */
export declare const stopTimerJson: <ThrowOnError extends boolean = true>(options: Options<StopTimerJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StopTimerJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * List the files of a project or a task
 *
 * Lists the files of one project (`id_project`): those attached to its description and those put
 * in its Files section; or of one task (`id_task`): those attached to its description and to its
 * comments. At least one of the two ids must be given; with both, the task's files are listed
 * (assumed).
 * Nothing changes. Each file comes with its id (for `download`), its download link, name, size in
 * bytes, when it was added and by whom.
 *
 * Errors: `status_code` 4 `Project is invalid` for an unknown project; 5 `Task is invalid` for an
 * unknown task; 10 `Field is required` when neither id is given.
 *
 * Vendor-doc correction: the documentation's sample answer elides the second file as `... ... ...`;
 * every file carries the same set of fields.
 */
export declare const getFiles: <ThrowOnError extends boolean = true>(options?: Options<GetFilesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetFilesResponses, unknown, ThrowOnError, "fields">;
/**
 * List the files of a project or a task (POST, JSON body)
 *
 * The same call as `getFiles`, as the vendor's 2026 clients send it: `POST
 * /api/admin/v2?action=get_files`, body `{"id_project": <id>}` or `{"id_task": <id>}` (ids as
 * numbers), signed with `Authorization: Admin ...`. The clients refuse to send the call without one
 * of the two ids.
 */
export declare const getFilesJson: <ThrowOnError extends boolean = true>(options: Options<GetFilesJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetFilesJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Download a file
 *
 * Sends the content of the file `id_file` (an id from `getFiles`, or from a task's or comment's
 * files). Nothing changes.
 *
 * Exception to the JSON answers of every other action: on success the body is the file's bytes,
 * not JSON, with `Content-Type: application/x-download` and a `Content-Disposition: attachment;
 * filename*=UTF-8''<name>` header naming the file (as recorded). A failure is the usual JSON error
 * envelope with HTTP 200 and `Content-Type: application/json`: `status_code` 4 `File not found`
 * for an unknown id, 10 `Field is required` when `id_file` is missing. Clients tell the two apart
 * by the content type, as the vendor's 2026 clients do (they also treat an answer without
 * `Content-Disposition` as a failure).
 */
export declare const download: <ThrowOnError extends boolean = true>(options: Options<DownloadData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DownloadResponses, unknown, ThrowOnError, "fields">;
/**
 * Download a file (POST, JSON body)
 *
 * The same call as `download`, as the vendor's 2026 clients send it: `POST
 * /api/admin/v2?action=download`, body `{"id_file": <id>}` (a number), `Accept: **`, signed with
 * `Authorization: Admin ...`. Same exception: the file's bytes on success, the JSON error envelope
 * otherwise.
 */
export declare const downloadJson: <ThrowOnError extends boolean = true>(options: Options<DownloadJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DownloadJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Upload files to attach later
 *
 * Uploads one or several files and answers, for each, a handle (`id`, `ext`, `name`, `icon`,
 * and `error` when that file was refused). The files are not attached to anything yet: the call
 * takes no project, task or comment. A client attaches them afterwards by passing the handles
 * with no `error` as the `files` parameter of `post_task` (the 2026 clients do that), so the
 * service keeps them, presumably for a while, until then.
 *
 * Exception to the two request forms: this is a single POST operation. A file travels only as a
 * `multipart/form-data` body, which neither the query form (GET) nor a JSON body can carry. The
 * body has one part per file, every part named `files[]` with the file name in its
 * `Content-Disposition` (the vendor's clients send `Content-Type: application/octet-stream` or a
 * type guessed from the name); there are no other fields. The query carries `action=upload_files`,
 * and the call is signed like any admin call (`Authorization: Admin ...` as the 2026 clients do,
 * or the `hash` of the query string, which then covers only `action`). The same call goes to
 * `/api/oauth2?action=upload_files` with a user token.
 *
 * This action is known only from the vendor's 2026 clients: no documentation page, no recorded
 * answer. The documented way to attach files remains the `attach[n]` file parts of a multipart
 * `post_task`, `post_comment` or `post_project` call.
 *
 * Errors assumed (not recorded): `status_code` 10 `Field is required` with `message_details`
 * `files` when the body has no file part; a file refused on its own comes back in the list with
 * an empty `id` and its `error` set.
 */
export declare const uploadFiles: <ThrowOnError extends boolean = true>(options: Options<UploadFilesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UploadFilesResponses, unknown, ThrowOnError, "fields">;
/**
 * List webhooks
 *
 * Lists the account's webhooks: id, target URL, the events it sends (one comma-separated text),
 * its state (`active` or `paused`) and, when it is limited to some projects, their ids (one
 * comma-separated text). Nothing changes. Neither the basic-authentication user nor the password
 * is shown.
 */
export declare const getWebhooks: <ThrowOnError extends boolean = true>(options?: Options<GetWebhooksData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetWebhooksResponses, unknown, ThrowOnError, "fields">;
/**
 * List webhooks (POST, JSON body)
 *
 * The same call as `getWebhooks`, as the vendor's 2026 clients send it: `POST
 * /api/admin/v2?action=get_webhooks` with no body, signed with `Authorization: Admin ...`.
 */
export declare const getWebhooksJson: <ThrowOnError extends boolean = true>(options?: Options<GetWebhooksJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetWebhooksJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a webhook
 *
 * Creates a webhook that will send the chosen `events` (comma-separated names, see
 * `WebhookEventList`) to `url`, for every project or only for those listed in `projects`, optionally
 * with HTTP basic authentication (`http_user`, `http_pass`). Before creating it the service calls
 * the URL, which must answer HTTP 200 with the JSON `{"status": "OK"}` (within 5 seconds, as the
 * FAQ says of every delivery). On success the answer carries the new webhook's id as a number at
 * the top level (`{"status": "ok", "id": 130}`), not under `data`; `getWebhooks` then lists it,
 * with its id as a string.
 *
 * Errors: `status_code` 11 `Url should respond 200 HTTP_CODE and JSON {status:OK}` with the URL in
 * `message_details` when the URL does not answer as required (recorded; the URL is checked even
 * when `events` is empty); 10 `Field is required` when `url` or `events` is missing (assumed).
 *
 * What a delivery carries is not documented. Event names pair an action with an object
 * (`post_task`, `update_comment` ...), like the `action` and `object.type` of `get_events`
 * entries; presumably a delivery is a JSON POST describing one such event.
 */
export declare const addWebhook: <ThrowOnError extends boolean = true>(options: Options<AddWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddWebhookResponses, unknown, ThrowOnError, "fields">;
/**
 * Create a webhook (POST, JSON body)
 *
 * The same call as `addWebhook`, as the vendor's 2026 clients send it: `POST
 * /api/admin/v2?action=add_webhook`, body `{"url": ..., "events": "post_task,close_task", ...}`
 * signed with `Authorization: Admin ...`. The clients join the events into one comma-separated
 * text; their README passes `projects` as a JSON array of project ids, which this document accepts
 * next to the comma-separated text of the query form.
 */
export declare const addWebhookJson: <ThrowOnError extends boolean = true>(options: Options<AddWebhookJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AddWebhookJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Delete a webhook
 *
 * Deletes the webhook `id` (from `getWebhooks` or `addWebhook`); it sends nothing more and is gone
 * from `getWebhooks`. The answer carries no data.
 *
 * Errors: `status_code` 10 `WebHook not found` for an unknown id (recorded; code 10 here, not the 4
 * used for other unknown records); with no `id` at all, presumably 10 as well (assumed `Field is
 * required`).
 */
export declare const deleteWebhook: <ThrowOnError extends boolean = true>(options: Options<DeleteWebhookData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteWebhookResponses, unknown, ThrowOnError, "fields">;
/**
 * Delete a webhook (POST, JSON body)
 *
 * The same call as `deleteWebhook`, as the vendor's 2026 clients send it: `POST
 * /api/admin/v2?action=delete_webhook`, body `{"id": <id>}` (a number), signed with
 * `Authorization: Admin ...`.
 */
export declare const deleteWebhookJson: <ThrowOnError extends boolean = true>(options: Options<DeleteWebhookJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteWebhookJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Show the token owner's profile
 *
 * Returns the profile of the user the access token belongs to: names, position, avatar, team,
 * department, role, e-mail address and the phones and addresses filled in. Nothing changes.
 *
 * A user-token action: `GET https://{account}.worksection.com/api/oauth2?action=me` with
 * `Authorization: Bearer <access token>` (scheme `UserOAuth`), as the vendor documents calls with
 * a user token. The documentation also allows the token as the query parameter `access_token`
 * instead of the header (the 2023 SDK and the Postman collection send it so). The admin key is not
 * accepted for this action.
 *
 * A missing, malformed or expired token is refused with HTTP 401 (`MyTokenRejected`); other
 * failures come as the error envelope with HTTP 200.
 */
export declare const me: <ThrowOnError extends boolean = true>(options?: Options<MeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MeResponses, unknown, ThrowOnError, "fields">;
/**
 * Show the token owner's profile (POST, JSON body)
 *
 * The same call as `me`, as the vendor's 2026 PHP and Python clients send every user-token action:
 * `POST https://{account}.worksection.com/api/oauth2?action=me`, `Authorization: Bearer <access
 * token>`, JSON parameters in the body (none for this action, so no body). When the answer is
 * HTTP 401 and its message says the token is expired, those clients fetch a new token with the
 * refresh token and repeat the call once.
 */
export declare const meJson: <ThrowOnError extends boolean = true>(options?: Options<MeJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MeJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Show the token owner's running timer
 *
 * Returns the timer the token's user is running: how long it has run, in seconds (`time`, a
 * number, unlike the `HH:MM:SS` text of `getTimers`), when it started, and its task. A user runs
 * at most one timer. Nothing changes.
 *
 * With no timer running the answer is presumably `{"status": "ok", "data": []}` (not recorded;
 * both 2026 clients read an empty list as "no timer"), and that is what this document assumes.
 *
 * A user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.
 */
export declare const getMyTimer: <ThrowOnError extends boolean = true>(options?: Options<GetMyTimerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetMyTimerResponses, unknown, ThrowOnError, "fields">;
/**
 * Show the token owner's running timer (POST, JSON body)
 *
 * The same call as `getMyTimer`, as the vendor's 2026 clients send it: `POST
 * /api/oauth2?action=get_my_timer` with `Authorization: Bearer <access token>` and no body.
 */
export declare const getMyTimerJson: <ThrowOnError extends boolean = true>(options?: Options<GetMyTimerJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<GetMyTimerJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Start the token owner's timer on a task
 *
 * Starts a timer for the token's user on the task `id_task`. It then shows in `getMyTimer` and,
 * for the admin, in `getTimers`. The answer carries no data.
 *
 * Errors: `status_code` 6 `Timer is already started` when the user already runs a timer (recorded;
 * a user runs one timer at a time); 5 `Task is invalid` for an unknown task and 10 `Field is
 * required` without `id_task` (both assumed). A user-token action (`Authorization: Bearer`, see
 * `me`); HTTP 401 for a bad or expired token.
 */
export declare const startMyTimer: <ThrowOnError extends boolean = true>(options: Options<StartMyTimerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StartMyTimerResponses, unknown, ThrowOnError, "fields">;
/**
 * Start the token owner's timer on a task (POST, JSON body)
 *
 * The same call as `startMyTimer`, as the vendor's 2026 clients send it: `POST
 * /api/oauth2?action=start_my_timer`, body `{"id_task": <id>}` (a number), `Authorization: Bearer
 * <access token>`.
 */
export declare const startMyTimerJson: <ThrowOnError extends boolean = true>(options: Options<StartMyTimerJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StartMyTimerJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Stop the token owner's timer and book its time
 *
 * Stops the timer the token's user is running and books its time as a cost entry of that user on
 * the timer's task, with `comment` as the entry's comment when given. The answer carries no data.
 *
 * Errors: `status_code` 7 `Timer is not started` when the user runs no timer (recorded). A
 * user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.
 */
export declare const stopMyTimer: <ThrowOnError extends boolean = true>(options?: Options<StopMyTimerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StopMyTimerResponses, unknown, ThrowOnError, "fields">;
/**
 * Stop the token owner's timer and book its time (POST, JSON body)
 *
 * The same call as `stopMyTimer`, as the vendor's 2026 clients send it: `POST
 * /api/oauth2?action=stop_my_timer`, body `{"comment": "..."}` (the clients always send the key,
 * an empty text when the caller gave no comment), `Authorization: Bearer <access token>`.
 */
export declare const stopMyTimerJson: <ThrowOnError extends boolean = true>(options?: Options<StopMyTimerJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<StopMyTimerJsonResponses, unknown, ThrowOnError, "fields">;
/**
 * Discard the token owner's timer
 *
 * Stops the timer the token's user is running without booking anything: the time it ran is
 * dropped. The answer carries no data.
 *
 * Errors (assumed, not recorded): `status_code` 7 `Timer is not started` when the user runs no
 * timer, as `stopMyTimer` answers. A user-token action (`Authorization: Bearer`, see `me`); HTTP
 * 401 for a bad or expired token.
 */
export declare const deleteMyTimer: <ThrowOnError extends boolean = true>(options?: Options<DeleteMyTimerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteMyTimerResponses, unknown, ThrowOnError, "fields">;
/**
 * Discard the token owner's timer (POST, JSON body)
 *
 * The same call as `deleteMyTimer`, as the vendor's 2026 clients send it: `POST
 * /api/oauth2?action=delete_my_timer` with `Authorization: Bearer <access token>` and no body.
 */
export declare const deleteMyTimerJson: <ThrowOnError extends boolean = true>(options?: Options<DeleteMyTimerJsonData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<DeleteMyTimerJsonResponses, unknown, ThrowOnError, "fields">;
