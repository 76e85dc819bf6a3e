import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { ActivityAddData, ActivityAddErrors, ActivityAddResponses, ActivityAttachFilesData, ActivityAttachFilesErrors, ActivityAttachFilesResponses, ActivityDownloadFileData, ActivityDownloadFileErrors, ActivityDownloadFileResponses, ActivityDownloadFileViaGetData, ActivityDownloadFileViaGetErrors, ActivityDownloadFileViaGetResponses, ActivityGetByIdData, ActivityGetByIdErrors, ActivityGetByIdResponses, ActivityGetFilesListData, ActivityGetFilesListErrors, ActivityGetFilesListResponses, ActivityGetListData, ActivityGetListErrors, ActivityGetListResponses, ActivityRemoveData, ActivityRemoveErrors, ActivityRemoveFileData, ActivityRemoveFileErrors, ActivityRemoveFileResponses, ActivityRemoveFileViaGetData, ActivityRemoveFileViaGetErrors, ActivityRemoveFileViaGetResponses, ActivityRemoveResponses, ActivityUpdateData, ActivityUpdateErrors, ActivityUpdateResponses, AuthenticationGetAuthorizedUserData, AuthenticationGetAuthorizedUserErrors, AuthenticationGetAuthorizedUserResponses, AuthenticationSignInData, AuthenticationSignInErrors, AuthenticationSignInResponses, AuthenticationSignOutData, AuthenticationSignOutErrors, AuthenticationSignOutResponses, MetainfoGetPrioritiesData, MetainfoGetPrioritiesErrors, MetainfoGetPrioritiesResponses, MetainfoGetStatusesData, MetainfoGetStatusesErrors, MetainfoGetStatusesResponses, ProjectsAddData, ProjectsAddErrors, ProjectsAddResponses, ProjectsGetAllData, ProjectsGetAllErrors, ProjectsGetAllResponses, ProjectsGetByIdData, ProjectsGetByIdErrors, ProjectsGetByIdResponses, ProjectsGetListData, ProjectsGetListErrors, ProjectsGetListResponses, ProjectsgroupsAddData, ProjectsgroupsAddErrors, ProjectsgroupsAddResponses, ProjectsgroupsGetAllData, ProjectsgroupsGetAllErrors, ProjectsgroupsGetAllResponses, ProjectsgroupsGetByIdData, ProjectsgroupsGetByIdErrors, ProjectsgroupsGetByIdResponses, ProjectsgroupsRemoveData, ProjectsgroupsRemoveErrors, ProjectsgroupsRemoveResponses, ProjectsgroupsUpdateData, ProjectsgroupsUpdateErrors, ProjectsgroupsUpdateResponses, ProjectsRemoveData, ProjectsRemoveErrors, ProjectsRemoveResponses, ProjectsUpdateData, ProjectsUpdateErrors, ProjectsUpdateResponses, TasksAddData, TasksAddErrors, TasksAddResponses, TasksGetByIdData, TasksGetByIdErrors, TasksGetByIdResponses, TasksGetListData, TasksGetListErrors, TasksGetListResponses, TasksRemoveData, TasksRemoveErrors, TasksRemoveResponses, TasksUpdateData, TasksUpdateErrors, TasksUpdateResponses, UsersAddData, UsersAddErrors, UsersAddResponses, UsersGetAllData, UsersGetAllErrors, UsersGetAllResponses, UsersGetByEmailData, UsersGetByEmailErrors, UsersGetByEmailResponses, UsersGetByIdData, UsersGetByIdErrors, UsersGetByIdResponses, UsersRemoveData, UsersRemoveErrors, UsersRemoveResponses, UsersUpdateData, UsersUpdateErrors, UsersUpdateResponses } from './types.gen.js';
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
 * Sign in and obtain a session id
 *
 * Checks the login e-mail and password and opens a session. The returned `sessionId` authorizes later calls when passed as the `sessionId` query parameter. Credentials travel in the query string; the service only answers over HTTPS. An older vendor guide gives sessions a 30-minute lifetime; whether it is an idle or an absolute timeout is not known.
 */
export declare const authenticationSignIn: <ThrowOnError extends boolean = true>(options: Options<AuthenticationSignInData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AuthenticationSignInResponses, AuthenticationSignInErrors, ThrowOnError, "fields">;
/**
 * End the current session
 *
 * Invalidates the session given in `sessionId`; later calls with it are rejected.
 *
 * Vendor-doc correction: the vendor's example sends no arguments at all; a sign-out needs the session it should end, so this document requires `sessionId`.
 */
export declare const authenticationSignOut: <ThrowOnError extends boolean = true>(options?: Options<AuthenticationSignOutData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AuthenticationSignOutResponses, AuthenticationSignOutErrors, ThrowOnError, "fields">;
/**
 * Get the signed-in user
 *
 * Returns the user the request is authenticated as, either through `sessionId` or through `login` and `password` sent with the call. Useful to check a session and to learn the caller's id and role.
 *
 * Vendor-doc correction: the documentation lists "no arguments" while its own examples pass `login`+`password` or `sessionId`; these are the authentication parameters every call takes, not arguments of this call.
 */
export declare const authenticationGetAuthorizedUser: <ThrowOnError extends boolean = true>(options?: Options<AuthenticationGetAuthorizedUserData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<AuthenticationGetAuthorizedUserResponses, AuthenticationGetAuthorizedUserErrors, ThrowOnError, "fields">;
/**
 * List the status values
 *
 * Returns the statuses the account uses, with their names, so clients can label the numeric `status` values of projects and tasks. Accepts a session or `login`+`password`. The vendor references a list object here without defining it; the shape comes from captured runtime output.
 */
export declare const metainfoGetStatuses: <ThrowOnError extends boolean = true>(options?: Options<MetainfoGetStatusesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MetainfoGetStatusesResponses, MetainfoGetStatusesErrors, ThrowOnError, "fields">;
/**
 * List the priority values
 *
 * Returns the priorities the account uses, with their names, so clients can label the numeric `priority` values of projects and tasks. Accepts a session or `login`+`password`. The vendor references a list object here without defining it; the shape comes from captured runtime output.
 */
export declare const metainfoGetPriorities: <ThrowOnError extends boolean = true>(options?: Options<MetainfoGetPrioritiesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MetainfoGetPrioritiesResponses, MetainfoGetPrioritiesErrors, ThrowOnError, "fields">;
/**
 * Create a project
 *
 * Creates a project from the bracket arguments in `project` and returns it. Only the name is required.
 */
export declare const projectsAdd: <ThrowOnError extends boolean = true>(options: Options<ProjectsAddData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsAddResponses, ProjectsAddErrors, ThrowOnError, "fields">;
/**
 * Change a project
 *
 * Changes the project named by `project[id]`; only the fields sent are touched. Returns the project as stored afterwards.
 */
export declare const projectsUpdate: <ThrowOnError extends boolean = true>(options: Options<ProjectsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsUpdateResponses, ProjectsUpdateErrors, ThrowOnError, "fields">;
/**
 * Delete a project
 *
 * Deletes the project with the given id. Removing a project that is already gone is an error, not a `false` result.
 */
export declare const projectsRemove: <ThrowOnError extends boolean = true>(options: Options<ProjectsRemoveData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsRemoveResponses, ProjectsRemoveErrors, ThrowOnError, "fields">;
/**
 * Get a project
 *
 * Returns one project by id.
 *
 * Vendor-doc correction: the heading prints `/service/post/projects/getById`; reads live under `/service/get/`, as the vendor's own call example shows.
 */
export declare const projectsGetById: <ThrowOnError extends boolean = true>(options: Options<ProjectsGetByIdData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsGetByIdResponses, ProjectsGetByIdErrors, ThrowOnError, "fields">;
/**
 * List all projects
 *
 * Returns every project the caller can see, without filtering or paging. Pass `loadTeam=true` to include each project's team.
 *
 * Vendor-doc correction: the heading prints `/service/post/projects/getAll`; reads live under `/service/get/`, as the vendor's own call example shows.
 */
export declare const projectsGetAll: <ThrowOnError extends boolean = true>(options?: Options<ProjectsGetAllData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsGetAllResponses, ProjectsGetAllErrors, ThrowOnError, "fields">;
/**
 * Search projects
 *
 * Returns one page of the projects that match `filter`. Page with `offset` and `count`; `total` in the result gives the number of matches overall.
 *
 * Vendor-doc correction: the heading prints `/service/post/projects/getList`; reads live under `/service/get/`, as the vendor's own call example shows.
 */
export declare const projectsGetList: <ThrowOnError extends boolean = true>(options?: Options<ProjectsGetListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsGetListResponses, ProjectsGetListErrors, ThrowOnError, "fields">;
/**
 * Create a task
 *
 * Creates a task in a project from the bracket arguments in `task` and returns it. `name` and `projectId` are required.
 *
 * Vendor-doc correction: the vendor's call example sends only `task[name]`; a task always belongs to a project, so `task[projectId]` is required as well (unverified).
 */
export declare const tasksAdd: <ThrowOnError extends boolean = true>(options: Options<TasksAddData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksAddResponses, TasksAddErrors, ThrowOnError, "fields">;
/**
 * Change a task
 *
 * Changes the task named by `task[id]`; only the fields sent are touched. Returns the task as stored afterwards.
 */
export declare const tasksUpdate: <ThrowOnError extends boolean = true>(options: Options<TasksUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksUpdateResponses, TasksUpdateErrors, ThrowOnError, "fields">;
/**
 * Delete a task
 *
 * Deletes the task with the given id. Removing a task that is already gone is an error, not a `false` result.
 */
export declare const tasksRemove: <ThrowOnError extends boolean = true>(options: Options<TasksRemoveData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksRemoveResponses, TasksRemoveErrors, ThrowOnError, "fields">;
/**
 * Get a task
 *
 * Returns one task by id.
 */
export declare const tasksGetById: <ThrowOnError extends boolean = true>(options: Options<TasksGetByIdData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksGetByIdResponses, TasksGetByIdErrors, ThrowOnError, "fields">;
/**
 * Search tasks
 *
 * Returns one page of the tasks that match `filter` (project, parent, date ranges, progress, owner, assignee...). Page with `offset` and `count`. Only the newer capture of the vendor page lists these arguments.
 */
export declare const tasksGetList: <ThrowOnError extends boolean = true>(options?: Options<TasksGetListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksGetListResponses, TasksGetListErrors, ThrowOnError, "fields">;
/**
 * Create a user
 *
 * Creates a user account from the bracket arguments in `user` and returns it (without the password). First name, e-mail, password and security level are required.
 *
 * Vendor-doc correction: the vendor's call example sends only `user[firstName]`; an account cannot sign in without an e-mail and a password, and its rights come from its security level, so all four are required.
 */
export declare const usersAdd: <ThrowOnError extends boolean = true>(options: Options<UsersAddData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UsersAddResponses, UsersAddErrors, ThrowOnError, "fields">;
/**
 * Change a user
 *
 * Changes the user named by `user[id]`; only the fields sent are touched. Returns the user as stored afterwards.
 */
export declare const usersUpdate: <ThrowOnError extends boolean = true>(options: Options<UsersUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UsersUpdateResponses, UsersUpdateErrors, ThrowOnError, "fields">;
/**
 * Delete a user
 *
 * Deletes the user with the given id. Removing a user that is already gone is an error, not a `false` result.
 */
export declare const usersRemove: <ThrowOnError extends boolean = true>(options: Options<UsersRemoveData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UsersRemoveResponses, UsersRemoveErrors, ThrowOnError, "fields">;
/**
 * Get a user
 *
 * Returns one user by id.
 *
 * Vendor-doc correction: both captures of the vendor page print `/service/get/tasks/getById` for this call (a copy of the task entry); the user lookup lives under `users/`.
 */
export declare const usersGetById: <ThrowOnError extends boolean = true>(options: Options<UsersGetByIdData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UsersGetByIdResponses, UsersGetByIdErrors, ThrowOnError, "fields">;
/**
 * Find a user by e-mail
 *
 * Returns the user whose e-mail address is `email`.
 *
 * Vendor-doc correction: the older capture of the vendor page prints `/service/get/tasks/getByEmail`; the newer one has `users/`.
 */
export declare const usersGetByEmail: <ThrowOnError extends boolean = true>(options: Options<UsersGetByEmailData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UsersGetByEmailResponses, UsersGetByEmailErrors, ThrowOnError, "fields">;
/**
 * List all users
 *
 * Returns every user of the account the caller can see.
 */
export declare const usersGetAll: <ThrowOnError extends boolean = true>(options?: Options<UsersGetAllData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<UsersGetAllResponses, UsersGetAllErrors, ThrowOnError, "fields">;
/**
 * Post an activity
 *
 * Posts a message, progress note or other activity to a task and returns it. Files are attached afterwards with `activity/attachFiles`.
 */
export declare const activityAdd: <ThrowOnError extends boolean = true>(options: Options<ActivityAddData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityAddResponses, ActivityAddErrors, ThrowOnError, "fields">;
/**
 * Change an activity
 *
 * Changes the activity named by `activity[id]`; only the fields sent are touched. Returns the activity as stored afterwards.
 */
export declare const activityUpdate: <ThrowOnError extends boolean = true>(options: Options<ActivityUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityUpdateResponses, ActivityUpdateErrors, ThrowOnError, "fields">;
/**
 * Delete an activity
 *
 * Deletes the activity with the given id. Removing one that is already gone is an error, not a `false` result.
 */
export declare const activityRemove: <ThrowOnError extends boolean = true>(options: Options<ActivityRemoveData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityRemoveResponses, ActivityRemoveErrors, ThrowOnError, "fields">;
/**
 * Get an activity
 *
 * Returns one activity by id.
 */
export declare const activityGetById: <ThrowOnError extends boolean = true>(options: Options<ActivityGetByIdData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityGetByIdResponses, ActivityGetByIdErrors, ThrowOnError, "fields">;
/**
 * Search activities
 *
 * Returns one page of the activities that match `filter`. `withFiles=true` adds each activity's attachments, `withNames=true` adds the task and project names.
 *
 * Vendor-doc correction: the vendor's call example (`?sessionId=filter[taskId]=<taskId>&<sessionId>`) is garbled; the intended form is `?filter[taskId]=<taskId>&sessionId=<sessionId>`.
 */
export declare const activityGetList: <ThrowOnError extends boolean = true>(options?: Options<ActivityGetListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityGetListResponses, ActivityGetListErrors, ThrowOnError, "fields">;
/**
 * Attach files to an activity
 *
 * Attaches one or more files or document links to an existing activity. Each file is a numbered group of bracket arguments: `files[1][name]=a.txt&files[1][content]=...`.
 *
 * Only the file name appears in the vendor's example; how the bytes are uploaded is unknown. This document assumes base64 text in `files[N][content]`; treat that as unverified.
 *
 * Vendor-doc correction: the documentation types `files` as a FileList (the list object of the output side); the call takes a numbered map of upload entries.
 */
export declare const activityAttachFiles: <ThrowOnError extends boolean = true>(options: Options<ActivityAttachFilesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityAttachFilesResponses, ActivityAttachFilesErrors, ThrowOnError, "fields">;
/**
 * List attached files
 *
 * Returns one page of files attached to activities, limited by `filter` and sorted by `orderBy` (reversed with `orderReverse=true`).
 */
export declare const activityGetFilesList: <ThrowOnError extends boolean = true>(options?: Options<ActivityGetFilesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityGetFilesListResponses, ActivityGetFilesListErrors, ThrowOnError, "fields">;
/**
 * Delete an attached file
 *
 * Deletes one attached file by id. Removing a file that is already gone is an error, not a `false` result. The same call is also answered as `GET /service/get/activity/removeFile` (`activityRemoveFileViaGet`), the form of the vendor's call example.
 *
 * Vendor-doc correction: the vendor's heading says `POST /service/post/activity/removeFile` while its call example uses `GET /service/get/activity/removeFile`. Both forms are served; the heading's form is the documented one (it matches every other remove call and is what an integrator's catalogue calls), the example's form is an alias. Download a File has the same conflict and is resolved the same way.
 */
export declare const activityRemoveFile: <ThrowOnError extends boolean = true>(options: Options<ActivityRemoveFileData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityRemoveFileResponses, ActivityRemoveFileErrors, ThrowOnError, "fields">;
/**
 * Delete an attached file (the call example's GET form)
 *
 * The same call as `activityRemoveFile`, in the form of the vendor's call example: `GET /service/get/activity/removeFile?id=...`. Prefer the POST form.
 *
 * Vendor-doc correction: the call example's GET form disagrees with the heading's POST form; both are served (see `fivepm-activity-removefile-method` on `activityRemoveFile`).
 */
export declare const activityRemoveFileViaGet: <ThrowOnError extends boolean = true>(options: Options<ActivityRemoveFileViaGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityRemoveFileViaGetResponses, ActivityRemoveFileViaGetErrors, ThrowOnError, "fields">;
/**
 * Download an attached file
 *
 * Returns the bytes of one attached file. The body is assumed to be the raw file with a `Content-Disposition` header naming it; errors come back as the usual error document. The same call is also answered as `GET /service/get/activity/downloadFile` (`activityDownloadFileViaGet`), the form of the vendor's call example.
 *
 * Vendor-doc correction: the vendor's heading says `POST /service/post/activity/downloadFile` while its call example uses `GET /service/get/activity/downloadFile`. Both forms are served; the heading's form is the documented one (an integrator's catalogue calls it so), the example's form is an alias. Remove a File has the same conflict and is resolved the same way.
 */
export declare const activityDownloadFile: <ThrowOnError extends boolean = true>(options: Options<ActivityDownloadFileData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityDownloadFileResponses, ActivityDownloadFileErrors, ThrowOnError, "fields">;
/**
 * Download an attached file (the call example's GET form)
 *
 * The same call as `activityDownloadFile`, in the form of the vendor's call example: `GET /service/get/activity/downloadFile?id=...`.
 *
 * Vendor-doc correction: the call example's GET form disagrees with the heading's POST form; both are served (see `fivepm-activity-downloadfile-method` on `activityDownloadFile`).
 */
export declare const activityDownloadFileViaGet: <ThrowOnError extends boolean = true>(options: Options<ActivityDownloadFileViaGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ActivityDownloadFileViaGetResponses, ActivityDownloadFileViaGetErrors, ThrowOnError, "fields">;
/**
 * Create a project group
 *
 * Creates a project group with the name in `group[name]` and returns it.
 */
export declare const projectsgroupsAdd: <ThrowOnError extends boolean = true>(options: Options<ProjectsgroupsAddData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsgroupsAddResponses, ProjectsgroupsAddErrors, ThrowOnError, "fields">;
/**
 * Rename a project group
 *
 * Changes the name of the group named by `group[id]` and returns it.
 *
 * Vendor-doc correction: the vendor's example mixes prefixes (`group[id]=...&projectsgroups[name]=...`); this document uses `group[...]` for both, as the create call does.
 */
export declare const projectsgroupsUpdate: <ThrowOnError extends boolean = true>(options: Options<ProjectsgroupsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsgroupsUpdateResponses, ProjectsgroupsUpdateErrors, ThrowOnError, "fields">;
/**
 * Delete a project group
 *
 * Deletes the project group with the given id. Removing one that is already gone is an error, not a `false` result. What happens to the projects filed under it is not documented.
 */
export declare const projectsgroupsRemove: <ThrowOnError extends boolean = true>(options: Options<ProjectsgroupsRemoveData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsgroupsRemoveResponses, ProjectsgroupsRemoveErrors, ThrowOnError, "fields">;
/**
 * Get a project group
 *
 * Returns one project group by id.
 */
export declare const projectsgroupsGetById: <ThrowOnError extends boolean = true>(options: Options<ProjectsgroupsGetByIdData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsgroupsGetByIdResponses, ProjectsgroupsGetByIdErrors, ThrowOnError, "fields">;
/**
 * List all project groups
 *
 * Returns every project group of the account.
 */
export declare const projectsgroupsGetAll: <ThrowOnError extends boolean = true>(options?: Options<ProjectsgroupsGetAllData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsgroupsGetAllResponses, ProjectsgroupsGetAllErrors, ThrowOnError, "fields">;
