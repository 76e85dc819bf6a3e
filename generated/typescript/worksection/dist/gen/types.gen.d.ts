export type ClientOptions = {
    baseUrl: 'https://{account}.worksection.com' | (string & {});
};
/**
 * Project state to list: `active`, `pending`, `archive` (the values of a project's `status`).
 */
export type ProjectFilter = 'active' | 'pending' | 'archive';
/**
 * Comma-separated list of `text` or `html`, `options`, `users` (spaces around commas allowed). `text` and `html` are the two forms of the one description field, so a list names at most one of them.
 */
export type ProjectExtra = string;
/**
 * What post_project and update_project add to their answer; the only value is `options`.
 */
export type ProjectWriteExtra = 'options';
/**
 * Parameters of get_projects as a JSON object (the 2026 clients' form).
 */
export type GetProjectsParameters = {
    /**
     * Only projects in this state.
     */
    filter?: ProjectFilter;
    /**
     * Extra data to include.
     */
    extra?: ProjectExtra;
};
/**
 * Success envelope of get_projects.
 */
export type GetProjectsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The projects, in the service's order.
     */
    data: Array<Project>;
};
/**
 * One project. Every project carries `id`, `name`, `page`, `status`, `company`, `user_from`,
 * `user_to` (the manager or the "no manager" marker) and `date_added`. `text`, `options` and `users`
 * come only when `extra` asks for them; `date_closed`, `date_start`, `date_end`, `max_time`,
 * `max_money` and `tags` only when set.
 *
 * Vendor-doc correction: the documentation prints dates as `YYYY—MM—DD HH:II` with em-dashes; the
 * service sends ASCII hyphens, and `II` means minutes: `YYYY-MM-DD HH:MM` for `date_added` and
 * `date_closed`, `YYYY-MM-DD` for `date_start` and `date_end`.
 *
 * Vendor-doc correction: the answer printed in the README of the vendor's 2023 PHP SDK shows projects
 * without `user_to` and `date_added`; it is trimmed, the service sends both for every project.
 * Output of the legacy v.05 admin API that a third-party Ruby client's README prints has projects
 * without `id` and `date_added` and people without `id`; the v2 API sends them all.
 */
export type Project = {
    /**
     * Identifier of the project, a string of digits.
     *
     * Vendor-doc correction: the documentation's sample shows only placeholders (`PROJECT_ID_1`);
     * recorded answers carry digit strings such as `"6622"`, while estimates and option flags are
     * JSON numbers.
     */
    id: string;
    /**
     * Name of the project (may be empty).
     */
    name: string;
    /**
     * Link to the project inside the account, `/project/<id>/`.
     *
     * Vendor-doc correction: the documentation's list of returned fields omits `page`, which its own
     * sample and every recorded answer contain.
     */
    page: string;
    /**
     * State of the project: `active`, `pending` (put to sleep) or `archive` (closed); the same words
     * select projects in `filter`.
     *
     * Vendor-doc correction: the documentation does not list the values of `status`; they are
     * `active`, `pending` and `archive` in vendor material.
     */
    status: 'active' | 'pending' | 'archive';
    /**
     * Name of the folder the project is filed in.
     */
    company: string;
    /**
     * Who created the project.
     */
    user_from: ProjectUser;
    /**
     * The project manager, or the "no manager" marker.
     */
    user_to: NoManager | ProjectUser;
    /**
     * The description, as plain text (`extra=text`) or HTML (`extra=html`); empty when there is none. Only with `extra=text` or `extra=html`.
     */
    text?: string;
    /**
     * When the project was created.
     */
    date_added: DateTimeMinutes;
    /**
     * When an archived project was closed; for a project active again, when it was last closed. Absent for projects never closed.
     */
    date_closed?: DateTimeMinutes;
    /**
     * Planned start, if set.
     */
    date_start?: DateOnly;
    /**
     * Due date, if set.
     */
    date_end?: DateOnly;
    /**
     * Restriction flags; only with `extra=options`.
     */
    options?: ProjectOptions;
    /**
     * Time estimate in hours, if set.
     */
    max_time?: number;
    /**
     * Financial estimate (budget) in the account's currency, if set.
     */
    max_money?: number;
    /**
     * The project's tags, if it has any.
     *
     * Vendor-doc correction: the documentation lists `tags` among the returned fields but leaves it
     * out of its sample; recorded answers carry it as an object of tag id to tag name.
     */
    tags?: ProjectTags;
    /**
     * The project team; only with `extra=users`.
     */
    users?: Array<ProjectUser>;
};
/**
 * A person of the account (author, manager or team member).
 */
export type ProjectUser = {
    /**
     * Identifier of the user, a string of digits.
     */
    id: string;
    /**
     * The user's e-mail address (their login).
     */
    email: string;
    /**
     * Display name.
     */
    name: string;
};
/**
 * What `user_to` holds when the project has no manager.
 */
export type NoManager = {
    /**
     * Always "0".
     */
    id: '0';
    /**
     * Always "NOONE".
     */
    email: 'NOONE';
    /**
     * A notice in the account's language, e.g. "Manager isn't assigned".
     */
    name: string;
};
/**
 * Restriction flags of the project, each 1 (on) or 0 (off). What assignees may do: `allow_close`
 * (mark tasks done), `allow_give` (hand a task to someone else), `allow_term` (change deadlines),
 * `allow_limit` (change estimates). Fields a new task must have (paid plans): `require_term`
 * (deadline), `require_tag` (stage or label), `require_limit` (estimate), `require_hidden`
 * (visibility). What users may not do (paid plans): `deny_comments_edit` (edit or delete comments),
 * `deny_task_edit` (edit or delete tasks), `deny_task_delete` (delete tasks). How costs are booked
 * (paid plans): `time_require` (a task can only be closed with costs booked), `time_today` (costs
 * only for the current day), `timer_only` (costs only from the timer). At most one of
 * `time_require`, `time_today` and `timer_only` is 1: the service refuses to set more than one
 * (`status_code` 11).
 */
export type ProjectOptions = {
    /**
     * Assignees may mark tasks as done.
     */
    allow_close: Flag;
    /**
     * Assignees may hand a task over to someone else.
     */
    allow_give: Flag;
    /**
     * Assignees may change deadlines.
     */
    allow_term: Flag;
    /**
     * Assignees may change estimates.
     */
    allow_limit: Flag;
    /**
     * New tasks need a deadline.
     */
    require_term: Flag;
    /**
     * New tasks need a stage or label.
     */
    require_tag: Flag;
    /**
     * New tasks need an estimate.
     */
    require_limit: Flag;
    /**
     * New tasks need their visibility set.
     */
    require_hidden: Flag;
    /**
     * Users may not edit or delete comments.
     */
    deny_comments_edit: Flag;
    /**
     * Users may not edit or delete tasks.
     */
    deny_task_edit: Flag;
    /**
     * Users may not delete tasks.
     */
    deny_task_delete: Flag;
    /**
     * A task can only be marked done with costs booked on it.
     */
    time_require: Flag;
    /**
     * Costs can only be booked for the current day.
     */
    time_today: Flag;
    /**
     * Costs can only be booked from the timer.
     */
    timer_only: Flag;
};
/**
 * 1 when the restriction is on, 0 when it is off.
 */
export type Flag = 0 | 1;
/**
 * Tag names by tag id (the ids are digit strings).
 */
export type ProjectTags = {
    [key: string]: string;
};
/**
 * A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
 */
export type DateTimeMinutes = string;
/**
 * A calendar date, `YYYY-MM-DD`.
 */
export type DateOnly = string;
/**
 * The id of a record as a request parameter, a string of digits (as the service returns ids).
 */
export type IdInput = string;
/**
 * An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
 */
export type IdValue = IdInput | number;
/**
 * A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
 */
export type DateInput = string;
/**
 * Success envelope of an action that answers with no data.
 */
export type OkResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
};
/**
 * How the service reports a failure, with HTTP 200. Codes seen in vendor material: 2 signature
 * (`hash` or `Authorization: Admin`) missing or wrong; 4 project or file not found; 5 task not
 * found; 6 timer already running; 7 timer not found or not running; 8 task is closed; 10 a required
 * field is missing, or none of several alternatives given, or a webhook not found; 11 a value is
 * invalid (an e-mail address, conflicting cost options, a webhook URL); 12 project or task already
 * in the requested state; 13 task has subtasks; 14 parent task is done; 16 tag not found. Codes 0,
 * 1, 3, 9 and 15 are not documented (the mock uses 1 for an unknown action and 9 for too many
 * requests).
 */
export type ErrorEnvelope = {
    /**
     * Always `error` in this envelope.
     */
    status: 'error';
    /**
     * The service's error code (see above).
     */
    status_code: number;
    /**
     * Short English explanation of the code.
     */
    message: string;
    /**
     * Sometimes sent, the field or value concerned (e.g. a field name or an e-mail address).
     */
    message_details?: string;
};
/**
 * A project name as the service takes it. The service refuses an empty one (code 10); it is still a string here because recorded calls send empty values to get that refusal.
 */
export type ProjectTitle = string;
/**
 * The e-mail address of a user of the account (their login).
 */
export type ProjectEmailInput = string;
/**
 * A user's e-mail address, or one of the markers `ANY` (anyone) and `NOONE` (nobody).
 */
export type ProjectAssigneeInput = ProjectEmailInput | 'ANY' | 'NOONE';
/**
 * One or more e-mail addresses joined by commas; spaces around the commas are tolerated (the vendor's own calls send `a@x, b@y`).
 */
export type ProjectEmailList = string;
/**
 * E-mail addresses in a JSON body: the comma-separated text of the query form, or a JSON array of addresses (what the vendor's 2026 clients send).
 */
export type ProjectMembersValue = ProjectEmailList | Array<ProjectEmailInput>;
/**
 * A non-negative number as query text, e.g. `150` or `12.5`.
 */
export type ProjectAmountInput = string;
/**
 * A non-negative number in a JSON body, as a number or as its digits.
 */
export type ProjectAmountValue = number | ProjectAmountInput;
/**
 * A restriction flag as a parameter: `1` turns it on, `0` off.
 *
 * Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to enable/disable",
 * which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the vendor's Postman
 * collection say and its recordings show.
 */
export type ProjectFlagInput = '0' | '1';
/**
 * A restriction flag in a JSON body: the number 0 or 1, or its text.
 */
export type ProjectFlagValue = Flag | ProjectFlagInput;
/**
 * Tag names or tag ids joined by commas (spaces around the commas are tolerated); may be empty, meaning none.
 */
export type ProjectTagRefList = string;
/**
 * Names joined by commas (spaces after the commas are tolerated). The service refuses an empty list (code 10); it is still a string here because recorded calls send empty values to get that refusal.
 */
export type ProjectNameList = string;
/**
 * A tag group given by its name or by its id (digits).
 */
export type ProjectTagGroupRef = string;
/**
 * A tag group in a JSON body: its name, or its id as digits or as a number.
 */
export type ProjectTagGroupValue = ProjectTagGroupRef | number;
/**
 * Kind of tag group: `status` (a set of statuses) or `label` (a set of labels).
 */
export type ProjectTagType = 'status' | 'label';
/**
 * Visibility of a tag group: `public` (every team, client teams included) or `private` (the company's own teams only).
 */
export type ProjectTagAccess = 'public' | 'private';
/**
 * A look-back period: a whole number and a unit letter, `m` minutes (up to 360), `h` hours (up to 72) or `d` days (up to 30). The pattern takes any number so that an out-of-range value reaches the service, which refuses it with code 10.
 */
export type EventsPeriod = string;
/**
 * A project folder. User folders (`type` `folder`) are made by people; team folders (`type` `company`) are made with each team and carry `client`.
 */
export type ProjectGroup = {
    /**
     * Id of the folder, a string of digits.
     */
    id: string;
    /**
     * Name of the folder (what a project's `company` shows).
     */
    title: string;
    /**
     * `folder` a user folder, `company` the folder of a team.
     */
    type: 'folder' | 'company';
    /**
     * Only on team folders: 0 for a team of the company itself, 1 for an external client's team.
     */
    client?: 0 | 1;
};
/**
 * A group of project tags: a set of statuses or of labels.
 */
export type ProjectTagGroup = {
    /**
     * Id of the group, a JSON number.
     */
    id: number;
    /**
     * Name of the group.
     */
    title: string;
    /**
     * `status` or `label`; empty for a group created without a type.
     */
    type: 'status' | 'label' | '';
    /**
     * Who sees the group's tags.
     */
    access: ProjectTagAccess;
    /**
     * Sent only inside a tag's `group` by get_project_tags: an undocumented number as text, `-4` for the
     * built-in "Project status" group in the recording. Its meaning is not known.
     *
     * Vendor-doc correction: the documentation describes a tag's group by id, title, type and access only; the
     * service also sends `id_group`.
     */
    id_group?: string;
};
/**
 * A project tag (a status or a label). get_project_tags sends its group too; add_project_tags only the id and title.
 */
export type ProjectTag = {
    /**
     * Id of the tag, a JSON number (a project's `tags` object uses it, as text, for a key).
     *
     * Vendor-doc correction: the tags page prints a tag's id once quoted (`"id": "LABEL_ID"`) and once bare;
     * the service sends a number.
     */
    id: number;
    /**
     * Name of the tag.
     */
    title: string;
    /**
     * The group of the tag (get_project_tags only).
     */
    group?: ProjectTagGroup;
    /**
     * Declared by the tag model of the vendor's 2026 clients; never seen in a recorded answer.
     */
    color?: string;
};
/**
 * A custom field defined for projects. Known only from the model of the vendor's 2026 clients (no documentation page, no recorded answer): which fields are always present, and the types of `id` and `options`, are not settled.
 */
export type ProjectCustomField = {
    /**
     * Id of the field (the clients read it as an integer).
     */
    id?: number | string;
    /**
     * Kind of field (values not published).
     */
    type?: string;
    /**
     * Name of the field.
     */
    name?: string;
    /**
     * Description of the field.
     */
    descr?: string;
    /**
     * The choices of a list-type field (shape of an item not published).
     */
    options?: Array<unknown>;
};
/**
 * What an assignee field holds when a task is assigned to anyone.
 */
export type EventAnyone = {
    /**
     * Always "2".
     */
    id: '2';
    /**
     * Always "ANY".
     */
    email: 'ANY';
    /**
     * A notice in the account's language, e.g. "Anyone".
     */
    name: string;
};
/**
 * What an event is about.
 */
export type EventObject = {
    /**
     * Kind of object.
     */
    type: 'project' | 'task' | 'comment';
    /**
     * Its id, a string of digits.
     */
    id: string;
    /**
     * Link inside the account: `/project/<id>/` for a project, `/project/<id>/<task id>/` for a task and for a comment (the task it is on).
     */
    page: string;
};
/**
 * Fields of the object by name: for `post` those given at creation, for `update` the changed ones (new values in `new`, previous ones in `old`). Which fields appear depends on the object; those below are the ones recorded. Values are as the service shows them elsewhere, except that cleared values are empty strings.
 */
export type EventValues = {
    /**
     * Name of a project or task.
     */
    title?: string;
    /**
     * Text of a comment or a description.
     */
    text?: string;
    /**
     * Priority of a task, 0 to 10, as text.
     */
    priority?: string;
    /**
     * Manager of a project or assignee of a task: a person, the no-manager marker or the anyone marker.
     */
    user_to?: NoManager | EventAnyone | ProjectUser;
    /**
     * Due date, or empty when there was none.
     */
    date_end?: DateOnly | '';
    /**
     * Due time `HH:MM`, or empty when there was none.
     */
    time_end?: string;
};
/**
 * One entry of the activity log: who did what to which object, and when.
 *
 * Vendor-doc correction: the documentation prints `date_added` as `YYYY—MM—DD HH:II` with em-dashes; the
 * service sends `YYYY-MM-DD HH:MM`.
 */
export type Event = {
    /**
     * `post` an object was created, `update` changed, `close` / `reopen` a task was closed / reopened, `delete` a comment was deleted.
     */
    action: 'post' | 'update' | 'close' | 'reopen' | 'delete';
    /**
     * The object concerned.
     */
    object: EventObject;
    /**
     * When it happened.
     */
    date_added: DateTimeMinutes;
    /**
     * Who did it.
     */
    user_from: ProjectUser;
    /**
     * For `post` the fields given, for `update` the changed fields' new values; absent for `close` and `reopen`.
     */
    new?: EventValues;
    /**
     * For `update` only: the changed fields' previous values.
     */
    old?: EventValues;
};
/**
 * Parameters of get_project as a JSON object (the 2026 clients' form).
 */
export type GetProjectParameters = {
    /**
     * Id of the project.
     */
    id_project: IdValue;
    /**
     * Extra data to include.
     */
    extra?: ProjectExtra;
};
/**
 * Success envelope of get_project: one project in `data`.
 */
export type GetProjectResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The project.
     */
    data: Project;
};
/**
 * Parameters of post_project as a JSON object (the 2026 clients' form), with the query form's names, dotted flag names included.
 */
export type PostProjectParameters = {
    /**
     * Name of the new project.
     */
    title: ProjectTitle;
    /**
     * Author's e-mail address.
     */
    email_user_from?: ProjectEmailInput;
    /**
     * Manager's e-mail address.
     */
    email_manager?: ProjectEmailInput;
    /**
     * Default assignee of new tasks: an e-mail address, ANY or NOONE.
     */
    email_user_to?: ProjectAssigneeInput;
    /**
     * Team members' e-mail addresses (added to the team on update).
     */
    members?: ProjectMembersValue;
    /**
     * Description of the project.
     */
    text?: string;
    /**
     * Name of the folder to file the project in.
     */
    company?: string;
    /**
     * Planned start, DD.MM.YYYY.
     */
    datestart?: DateInput;
    /**
     * Due date, DD.MM.YYYY.
     */
    dateend?: DateInput;
    /**
     * Time estimate in hours.
     */
    max_time?: ProjectAmountValue;
    /**
     * Financial estimate.
     */
    max_money?: ProjectAmountValue;
    /**
     * Tag names or ids, comma-separated.
     */
    tags?: ProjectTagRefList;
    /**
     * Extra data to include in the answer (`options`).
     */
    extra?: ProjectWriteExtra;
    /**
     * Restriction flag `allow_close`: Assignees may mark tasks as done.
     */
    'options.allow_close'?: ProjectFlagValue;
    /**
     * Restriction flag `allow_give`: Assignees may hand a task over to someone else.
     */
    'options.allow_give'?: ProjectFlagValue;
    /**
     * Restriction flag `allow_term`: Assignees may change deadlines.
     */
    'options.allow_term'?: ProjectFlagValue;
    /**
     * Restriction flag `allow_limit`: Assignees may change estimates.
     */
    'options.allow_limit'?: ProjectFlagValue;
    /**
     * Restriction flag `require_term`: New tasks need a deadline (paid plans).
     */
    'options.require_term'?: ProjectFlagValue;
    /**
     * Restriction flag `require_tag`: New tasks need a stage or label (paid plans).
     */
    'options.require_tag'?: ProjectFlagValue;
    /**
     * Restriction flag `require_limit`: New tasks need an estimate (paid plans).
     */
    'options.require_limit'?: ProjectFlagValue;
    /**
     * Restriction flag `require_hidden`: New tasks need their visibility set (paid plans).
     */
    'options.require_hidden'?: ProjectFlagValue;
    /**
     * Restriction flag `deny_comments_edit`: Users may not edit or delete comments (paid plans).
     */
    'options.deny_comments_edit'?: ProjectFlagValue;
    /**
     * Restriction flag `deny_task_edit`: Users may not edit or delete tasks (paid plans).
     */
    'options.deny_task_edit'?: ProjectFlagValue;
    /**
     * Restriction flag `deny_task_delete`: Users may not delete tasks (paid plans).
     */
    'options.deny_task_delete'?: ProjectFlagValue;
    /**
     * Restriction flag `time_require`: A task can only be marked done with costs booked on it (paid plans; at most one of the three cost flags).
     */
    'options.time_require'?: ProjectFlagValue;
    /**
     * Restriction flag `time_today`: Costs can only be booked for the current day (paid plans; at most one of the three cost flags).
     */
    'options.time_today'?: ProjectFlagValue;
    /**
     * Restriction flag `timer_only`: Costs can only be booked from the timer (paid plans; at most one of the three cost flags).
     */
    'options.timer_only'?: ProjectFlagValue;
};
/**
 * Success envelope of post_project: the new project in `data`.
 */
export type PostProjectResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The project as created.
     */
    data: Project;
};
/**
 * Parameters of update_project as a JSON object (the 2026 clients' form), with the query form's names, dotted flag names included.
 */
export type UpdateProjectParameters = {
    /**
     * Id of the project to change.
     */
    id_project: IdValue;
    /**
     * New name of the project.
     */
    title?: ProjectTitle;
    /**
     * Manager's e-mail address.
     */
    email_manager?: ProjectEmailInput;
    /**
     * Default assignee of new tasks: an e-mail address, ANY or NOONE.
     */
    email_user_to?: ProjectAssigneeInput;
    /**
     * Team members' e-mail addresses (added to the team on update).
     */
    members?: ProjectMembersValue;
    /**
     * Planned start, DD.MM.YYYY.
     */
    datestart?: DateInput;
    /**
     * Due date, DD.MM.YYYY.
     */
    dateend?: DateInput;
    /**
     * Time estimate in hours.
     */
    max_time?: ProjectAmountValue;
    /**
     * Financial estimate.
     */
    max_money?: ProjectAmountValue;
    /**
     * Tag names or ids, comma-separated; replaces the project's tags.
     */
    tags?: ProjectTagRefList;
    /**
     * Extra data to include in the answer (`options`).
     */
    extra?: ProjectWriteExtra;
    /**
     * Restriction flag `allow_close`: Assignees may mark tasks as done.
     */
    'options.allow_close'?: ProjectFlagValue;
    /**
     * Restriction flag `allow_give`: Assignees may hand a task over to someone else.
     */
    'options.allow_give'?: ProjectFlagValue;
    /**
     * Restriction flag `allow_term`: Assignees may change deadlines.
     */
    'options.allow_term'?: ProjectFlagValue;
    /**
     * Restriction flag `allow_limit`: Assignees may change estimates.
     */
    'options.allow_limit'?: ProjectFlagValue;
    /**
     * Restriction flag `require_term`: New tasks need a deadline (paid plans).
     */
    'options.require_term'?: ProjectFlagValue;
    /**
     * Restriction flag `require_tag`: New tasks need a stage or label (paid plans).
     */
    'options.require_tag'?: ProjectFlagValue;
    /**
     * Restriction flag `require_limit`: New tasks need an estimate (paid plans).
     */
    'options.require_limit'?: ProjectFlagValue;
    /**
     * Restriction flag `require_hidden`: New tasks need their visibility set (paid plans).
     */
    'options.require_hidden'?: ProjectFlagValue;
    /**
     * Restriction flag `deny_comments_edit`: Users may not edit or delete comments (paid plans).
     */
    'options.deny_comments_edit'?: ProjectFlagValue;
    /**
     * Restriction flag `deny_task_edit`: Users may not edit or delete tasks (paid plans).
     */
    'options.deny_task_edit'?: ProjectFlagValue;
    /**
     * Restriction flag `deny_task_delete`: Users may not delete tasks (paid plans).
     */
    'options.deny_task_delete'?: ProjectFlagValue;
    /**
     * Restriction flag `time_require`: A task can only be marked done with costs booked on it (paid plans; at most one of the three cost flags).
     */
    'options.time_require'?: ProjectFlagValue;
    /**
     * Restriction flag `time_today`: Costs can only be booked for the current day (paid plans; at most one of the three cost flags).
     */
    'options.time_today'?: ProjectFlagValue;
    /**
     * Restriction flag `timer_only`: Costs can only be booked from the timer (paid plans; at most one of the three cost flags).
     */
    'options.timer_only'?: ProjectFlagValue;
};
/**
 * Success envelope of update_project: the changed project in `data`.
 */
export type UpdateProjectResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The project as it is now.
     */
    data: Project;
};
/**
 * Parameters of close_project as a JSON object (the 2026 clients' form).
 */
export type CloseProjectParameters = {
    /**
     * Id of the project to archive.
     */
    id_project: IdValue;
};
/**
 * Success envelope of close_project: `status` `ok` and no data (the project is archived).
 */
export type CloseProjectResult = OkResult;
/**
 * Parameters of activate_project as a JSON object (the 2026 clients' form).
 */
export type ActivateProjectParameters = {
    /**
     * Id of the project to reactivate.
     */
    id_project: IdValue;
};
/**
 * Success envelope of activate_project: `status` `ok` and no data (the project is active again).
 */
export type ActivateProjectResult = OkResult;
/**
 * Parameters of add_project_members as a JSON object (the 2026 clients' form).
 */
export type AddProjectMembersParameters = {
    /**
     * Id of the project.
     */
    id_project: IdValue;
    /**
     * The people's e-mail addresses.
     */
    members: ProjectMembersValue;
};
/**
 * Success envelope of add_project_members: `status` `ok` and no data (the team is changed).
 */
export type AddProjectMembersResult = OkResult;
/**
 * Parameters of delete_project_members as a JSON object (the 2026 clients' form).
 */
export type DeleteProjectMembersParameters = {
    /**
     * Id of the project.
     */
    id_project: IdValue;
    /**
     * The people's e-mail addresses.
     */
    members: ProjectMembersValue;
};
/**
 * Success envelope of delete_project_members: `status` `ok` and no data (the team is changed).
 */
export type DeleteProjectMembersResult = OkResult;
/**
 * get_project_groups takes no parameters: an empty JSON object, or no body.
 */
export type GetProjectGroupsParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_project_groups: the folders in `data`.
 */
export type GetProjectGroupsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The folders.
     */
    data: Array<ProjectGroup>;
};
/**
 * Parameters of add_project_group as a JSON object (the 2026 clients' form).
 */
export type AddProjectGroupParameters = {
    /**
     * Name of the folder.
     */
    title: string;
};
/**
 * Success envelope of add_project_group: the folder in `data`.
 */
export type AddProjectGroupResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The folder.
     */
    data: ProjectGroup;
};
/**
 * Parameters of get_events as a JSON object (the 2026 clients' form).
 */
export type GetEventsParameters = {
    /**
     * How far back to look.
     */
    period: EventsPeriod;
    /**
     * Only this project's events.
     */
    id_project?: IdValue;
};
/**
 * Success envelope of get_events: the events in `data`.
 */
export type GetEventsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The events, oldest first in the recording.
     */
    data: Array<Event>;
};
/**
 * Parameters of get_project_tags as a JSON object (the 2026 clients' form); all optional.
 */
export type GetProjectTagsParameters = {
    /**
     * Only this group's tags.
     */
    group?: ProjectTagGroupValue;
    /**
     * Only groups of this type.
     */
    type?: ProjectTagType;
    /**
     * Only groups of this visibility.
     */
    access?: ProjectTagAccess;
};
/**
 * Success envelope of get_project_tags: the tags in `data`.
 */
export type GetProjectTagsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The tags.
     */
    data: Array<ProjectTag>;
};
/**
 * Parameters of add_project_tags as a JSON object (the 2026 clients' form).
 */
export type AddProjectTagsParameters = {
    /**
     * The group, by name or id.
     */
    group: ProjectTagGroupValue;
    /**
     * Names of the tags, comma-separated.
     */
    title: ProjectNameList;
};
/**
 * Success envelope of add_project_tags: the tags in `data`, each with `id` and `title`.
 */
export type AddProjectTagsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The tags.
     */
    data: Array<ProjectTag>;
};
/**
 * Parameters of update_project_tags as a JSON object (the 2026 clients' form).
 */
export type UpdateProjectTagsParameters = {
    /**
     * Id of the project.
     */
    id_project: IdValue;
    /**
     * Tags to set.
     */
    plus?: ProjectTagRefList;
    /**
     * Tags to take off.
     */
    minus?: ProjectTagRefList;
};
/**
 * Success envelope of update_project_tags: `status` `ok` and no data (the project's tags are changed).
 */
export type UpdateProjectTagsResult = OkResult;
/**
 * Parameters of get_project_tag_groups as a JSON object (the 2026 clients' form); all optional.
 */
export type GetProjectTagGroupsParameters = {
    /**
     * Only groups of this type.
     */
    type?: ProjectTagType;
    /**
     * Only groups of this visibility.
     */
    access?: ProjectTagAccess;
};
/**
 * Success envelope of get_project_tag_groups: the groups in `data`.
 */
export type GetProjectTagGroupsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The groups.
     */
    data: Array<ProjectTagGroup>;
};
/**
 * Parameters of add_project_tag_groups as a JSON object (the 2026 clients' form).
 */
export type AddProjectTagGroupsParameters = {
    /**
     * Names of the groups, comma-separated.
     */
    title: ProjectNameList;
    /**
     * Visibility of the groups.
     */
    access: ProjectTagAccess;
    /**
     * Type of the groups (optional).
     */
    type?: ProjectTagType;
};
/**
 * Success envelope of add_project_tag_groups: the groups in `data`.
 */
export type AddProjectTagGroupsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The groups.
     */
    data: Array<ProjectTagGroup>;
};
/**
 * get_project_custom_fields takes no parameters: an empty JSON object, or no body.
 */
export type GetProjectCustomFieldsParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_project_custom_fields: the fields in `data`.
 */
export type GetProjectCustomFieldsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The custom fields.
     */
    data: Array<ProjectCustomField>;
};
/**
 * Parameters of get_all_tasks as a JSON object (the 2026 clients' form).
 */
export type GetAllTasksParameters = {
    /**
     * `active` keeps only open tasks.
     */
    filter?: TaskActiveFilter;
    /**
     * Extra data to include (see the query parameter).
     */
    extra?: GetAllTasksExtra;
};
/**
 * Success envelope of get_all_tasks.
 */
export type GetAllTasksResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The tasks (top level only; subtasks under `child`).
     */
    data: Array<Task>;
};
/**
 * Parameters of get_tasks as a JSON object (the 2026 clients' form).
 */
export type GetTasksParameters = {
    /**
     * Id of the project.
     */
    id_project: IdValue;
    /**
     * `active` keeps only open tasks.
     */
    filter?: TaskActiveFilter;
    /**
     * Extra data to include (see the query parameter).
     */
    extra?: GetTasksExtra;
};
/**
 * Success envelope of get_tasks.
 */
export type GetTasksResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The project's tasks (top level only; subtasks under `child`).
     */
    data: Array<Task>;
};
/**
 * Parameters of get_task as a JSON object (the 2026 clients' form).
 */
export type GetTaskParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
    /**
     * `active` keeps only open subtasks under `child`.
     */
    filter?: TaskActiveFilter;
    /**
     * Extra data to include (see the query parameter).
     */
    extra?: GetTaskExtra;
};
/**
 * Success envelope of get_task.
 */
export type GetTaskResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The task.
     */
    data: Task;
};
/**
 * Parameters of post_task as a JSON object (the 2026 clients' form).
 *
 * Vendor-doc correction: the README of the vendor's 2026 PHP and Python clients creates a task with
 * `dateend` `2025-06-30` and `priority` `high`; the API takes dates as `DD.MM.YYYY` and priorities as
 * 0 to 10, as the API documentation, the Postman collection and the recorded call show.
 */
export type PostTaskParameters = {
    /**
     * Project to create the task in.
     */
    id_project: IdValue;
    /**
     * Name of the new task.
     */
    title: string;
    /**
     * Parent task, to create a subtask.
     */
    id_parent?: IdValue;
    /**
     * Author's e-mail.
     */
    email_user_from?: TaskEmailInput;
    /**
     * Assignee's e-mail, `ANY` or `NOONE`.
     */
    email_user_to?: TaskAssigneeInput;
    /**
     * Priority, 0 to 10.
     */
    priority?: TaskPriorityValue;
    /**
     * Description.
     */
    text?: string;
    /**
     * Checklist items (the query form's `todo[]`).
     */
    todo?: TaskTodoItems;
    /**
     * Start date, `DD.MM.YYYY`.
     */
    datestart?: DateInput;
    /**
     * Due date, `DD.MM.YYYY`.
     */
    dateend?: DateInput;
    /**
     * E-mails of people to subscribe.
     */
    subscribe?: TaskEmailListInput;
    /**
     * E-mails of the only people who may see the task.
     */
    hidden?: TaskEmailListInput;
    /**
     * E-mails of people to mention.
     */
    mention?: TaskEmailListInput;
    /**
     * Time estimate in hours.
     */
    max_time?: TaskEstimateValue;
    /**
     * Financial estimate.
     */
    max_money?: TaskEstimateValue;
    /**
     * Statuses and labels to set, by id or name.
     */
    tags?: TaskTagListInput;
    /**
     * Undocumented, see the query parameter.
     */
    extra?: PostTaskExtra;
    /**
     * Files uploaded beforehand with `upload_files`, to attach to the description (2026 clients; JSON form only).
     */
    files?: Array<TaskUploadedFile>;
};
/**
 * Parameters of post_task with files to attach, as `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]` (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).
 */
export type PostTaskMultipart = {
    /**
     * Project to create the task in.
     */
    id_project: IdInput;
    /**
     * Name of the new task.
     */
    title: string;
    /**
     * Parent task, to create a subtask.
     */
    id_parent?: IdInput;
    /**
     * Author's e-mail.
     */
    email_user_from?: TaskEmailInput;
    /**
     * Assignee's e-mail, `ANY` or `NOONE`.
     */
    email_user_to?: TaskAssigneeInput;
    /**
     * Priority, 0 to 10.
     */
    priority?: TaskPriorityInput;
    /**
     * Description.
     */
    text?: string;
    /**
     * Checklist items, one form field `todo[]` each.
     */
    'todo[]'?: TaskTodoItems;
    /**
     * Start date, `DD.MM.YYYY`.
     */
    datestart?: DateInput;
    /**
     * Due date, `DD.MM.YYYY`.
     */
    dateend?: DateInput;
    /**
     * E-mails of people to subscribe.
     */
    subscribe?: TaskEmailListInput;
    /**
     * E-mails of the only people who may see the task.
     */
    hidden?: TaskEmailListInput;
    /**
     * E-mails of people to mention.
     */
    mention?: TaskEmailListInput;
    /**
     * Time estimate in hours.
     */
    max_time?: TaskEstimateInput;
    /**
     * Financial estimate.
     */
    max_money?: TaskEstimateInput;
    /**
     * Statuses and labels to set, by id or name.
     */
    tags?: TaskTagListInput;
    /**
     * Undocumented, see the query parameter.
     */
    extra?: PostTaskExtra;
    [key: string]: Blob | File | IdInput | string | TaskEmailInput | TaskAssigneeInput | TaskPriorityInput | TaskTodoItems | DateInput | TaskEmailListInput | TaskEstimateInput | TaskTagListInput | PostTaskExtra | undefined;
};
/**
 * Success envelope of post_task.
 */
export type PostTaskResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The new task (with `text` when it has a description, and `parent` for a subtask).
     */
    data: Task;
};
/**
 * Parameters of update_task as a JSON object (the 2026 clients' form).
 */
export type UpdateTaskParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
    /**
     * New assignee's e-mail, `ANY` or `NOONE`.
     */
    email_user_to?: TaskAssigneeInput;
    /**
     * New priority, 0 to 10.
     */
    priority?: TaskPriorityValue;
    /**
     * New name.
     */
    title?: string;
    /**
     * New start date, `DD.MM.YYYY`.
     */
    datestart?: DateInput;
    /**
     * New due date, `DD.MM.YYYY`.
     */
    dateend?: DateInput;
    /**
     * New closing date of a done task, `DD.MM.YYYY`.
     */
    dateclosed?: DateInput;
    /**
     * New time estimate in hours.
     */
    max_time?: TaskEstimateValue;
    /**
     * New financial estimate.
     */
    max_money?: TaskEstimateValue;
    /**
     * Statuses and labels to set (2026 clients).
     */
    tags?: TaskTagListInput;
};
/**
 * Success envelope of update_task.
 */
export type UpdateTaskResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The task as changed.
     */
    data: Task;
};
/**
 * Parameters of complete_task as a JSON object (the 2026 clients' form).
 */
export type CompleteTaskParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
};
/**
 * Success envelope of complete_task; `data`, when sent, is the task.
 */
export type CompleteTaskResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The task (recorded once, with its state before the change).
     */
    data?: Task;
};
/**
 * Parameters of reopen_task as a JSON object (the 2026 clients' form).
 */
export type ReopenTaskParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
};
/**
 * Success envelope of reopen_task: `{"status": "ok"}`, no data.
 */
export type ReopenTaskResult = OkResult;
/**
 * Parameters of search_tasks as a JSON object (the 2026 clients' form). At least one of `id_project`,
 * `id_task`, `email_user_from`, `email_user_to` and `filter` is needed; the service, not the schema,
 * refuses a call without any (code 10).
 *
 * Vendor-doc correction: the vendor's 2023 SDK declares the project id as a required argument of
 * search_tasks; it is one of five alternatives, as the SDK's own docblock and the recorded refusal say.
 */
export type SearchTasksParameters = {
    /**
     * Only tasks of this project.
     */
    id_project?: IdValue;
    /**
     * Only this task.
     */
    id_task?: IdValue;
    /**
     * Only tasks created by this member.
     */
    email_user_from?: TaskEmailInput;
    /**
     * Only tasks assigned to this member.
     */
    email_user_to?: TaskEmailInput;
    /**
     * A search expression (see the query parameter for the language).
     */
    filter?: TaskSearchFilter;
    /**
     * `active` or `done`.
     */
    status?: TaskSearchStatus;
    /**
     * Extra data to include.
     */
    extra?: SearchTasksExtra;
};
/**
 * Success envelope of search_tasks.
 */
export type SearchTasksResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The matching tasks and subtasks, flat.
     */
    data: Array<Task>;
};
/**
 * Parameters of subscribe as a JSON object (the 2026 clients' form).
 */
export type SubscribeParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
    /**
     * E-mail of the member to subscribe.
     */
    email_user: TaskEmailInput;
};
/**
 * Success envelope of subscribe: `{"status": "ok"}`, no data.
 */
export type SubscribeResult = OkResult;
/**
 * Parameters of unsubscribe as a JSON object (the 2026 clients' form).
 */
export type UnsubscribeParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
    /**
     * E-mail of the member to unsubscribe.
     */
    email_user: TaskEmailInput;
};
/**
 * Success envelope of unsubscribe: `{"status": "ok"}`, no data.
 */
export type UnsubscribeResult = OkResult;
/**
 * Parameters of get_comments as a JSON object (the 2026 clients' form).
 */
export type GetCommentsParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
    /**
     * `files` adds the attached files.
     */
    extra?: GetCommentsExtra;
};
/**
 * Success envelope of get_comments.
 */
export type GetCommentsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The comments, newest first.
     */
    data: Array<Comment>;
};
/**
 * Parameters of post_comment as a JSON object (the 2026 clients' form). `text`, `todo` or both are
 * needed; the service, not the schema, refuses a comment with neither.
 *
 * Vendor-doc correction: the README of the vendor's 2026 PHP client marks an internal comment with
 * `'hidden' => 1`; `hidden` is a list of e-mail addresses of the people allowed to see the comment.
 */
export type PostCommentParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
    /**
     * Text of the comment.
     */
    text?: string;
    /**
     * Checklist items (the query form's `todo[]`).
     */
    todo?: TaskTodoItems;
    /**
     * Author's e-mail.
     */
    email_user_from?: TaskEmailInput;
    /**
     * E-mails of the only people who may see the comment.
     */
    hidden?: TaskEmailListInput;
    /**
     * E-mails of people to mention.
     */
    mention?: TaskEmailListInput;
};
/**
 * Parameters of post_comment with files to attach, as `multipart/form-data`: the parameters as text fields, each file a part named `attach[<n>]` (`n` any value, e.g. 0, 1, ...; the part's file name becomes the attachment's name).
 */
export type PostCommentMultipart = {
    /**
     * Id of the task.
     */
    id_task: IdInput;
    /**
     * Text of the comment.
     */
    text?: string;
    /**
     * Checklist items, one form field `todo[]` each.
     */
    'todo[]'?: TaskTodoItems;
    /**
     * Author's e-mail.
     */
    email_user_from?: TaskEmailInput;
    /**
     * E-mails of the only people who may see the comment.
     */
    hidden?: TaskEmailListInput;
    /**
     * E-mails of people to mention.
     */
    mention?: TaskEmailListInput;
    [key: string]: Blob | File | IdInput | string | TaskTodoItems | TaskEmailInput | TaskEmailListInput | undefined;
};
/**
 * Success envelope of post_comment.
 */
export type PostCommentResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The new comment.
     */
    data: Comment;
};
/**
 * Parameters of get_task_tags as a JSON object (the 2026 clients' form).
 */
export type GetTaskTagsParameters = {
    /**
     * Only this group's tags, by name or id.
     */
    group?: TaskTagGroupValue;
    /**
     * Only groups of this kind.
     */
    type?: TaskTagGroupType;
    /**
     * Only groups of this visibility.
     */
    access?: TaskTagAccess;
};
/**
 * Success envelope of get_task_tags.
 */
export type GetTaskTagsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The tags, each with its group.
     */
    data: Array<TaskTag>;
};
/**
 * Parameters of add_task_tags as a JSON object (the 2026 clients' form).
 */
export type AddTaskTagsParameters = {
    /**
     * The group, by name or id.
     */
    group: TaskTagGroupValue;
    /**
     * Comma-separated names of the tags to create.
     */
    title: string;
};
/**
 * Success envelope of add_task_tags.
 */
export type AddTaskTagsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The tags created (title and id).
     */
    data: Array<TaskTag>;
};
/**
 * Parameters of update_task_tags as a JSON object (the 2026 clients' form).
 */
export type UpdateTaskTagsParameters = {
    /**
     * Id of the task.
     */
    id_task: IdValue;
    /**
     * Tags to set.
     */
    plus?: TaskTagListInput;
    /**
     * Tags to remove.
     */
    minus?: TaskTagListInput;
};
/**
 * Success envelope of update_task_tags: `{"status": "ok"}`, no data.
 */
export type UpdateTaskTagsResult = OkResult;
/**
 * Parameters of get_task_tag_groups as a JSON object (the 2026 clients' form).
 */
export type GetTaskTagGroupsParameters = {
    /**
     * Only groups of this kind.
     */
    type?: TaskTagGroupType;
    /**
     * Only groups of this visibility.
     */
    access?: TaskTagAccess;
};
/**
 * Success envelope of get_task_tag_groups.
 */
export type GetTaskTagGroupsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The groups.
     */
    data: Array<TaskTagGroup>;
};
/**
 * Parameters of add_task_tag_groups as a JSON object (the 2026 clients' form).
 */
export type AddTaskTagGroupsParameters = {
    /**
     * Kind of the new groups.
     */
    type: TaskTagGroupType;
    /**
     * Visibility of the new groups.
     */
    access: TaskTagAccess;
    /**
     * Comma-separated names of the groups to create.
     */
    title: string;
};
/**
 * Success envelope of add_task_tag_groups.
 */
export type AddTaskTagGroupsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The groups created.
     */
    data: Array<TaskTagGroup>;
};
/**
 * Parameters of get_task_custom_fields as a JSON object (the 2026 clients' form).
 */
export type GetTaskCustomFieldsParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_task_custom_fields.
 */
export type GetTaskCustomFieldsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The custom fields.
     */
    data: Array<TaskCustomField>;
};
/**
 * The only filter value, `active` (open tasks only).
 */
export type TaskActiveFilter = 'active';
/**
 * Comma-separated list of `text` or `html` (not both), `files`, `comments`, `relations`, `subtasks`, `archive` (spaces around commas allowed).
 */
export type GetAllTasksExtra = string;
/**
 * Comma-separated list of `text` or `html` (not both), `files`, `comments`, `relations`, `subtasks`, `subscribers` (spaces around commas allowed).
 */
export type GetTasksExtra = string;
/**
 * Comma-separated list of `text` or `html` (not both), `files`, `comments`, `relations`, `subtasks`, `subscribers`, `custom_fields` (spaces around commas allowed).
 */
export type GetTaskExtra = string;
/**
 * `text` or `html`, not both (recorded once, undocumented).
 */
export type PostTaskExtra = string;
/**
 * Comma-separated list of `text` or `html` (not both), `files` (spaces around commas allowed).
 */
export type SearchTasksExtra = string;
/**
 * The only value, `files`.
 */
export type GetCommentsExtra = 'files';
/**
 * One e-mail address (of a member of the account).
 */
export type TaskEmailInput = string;
/**
 * E-mail addresses separated by commas (spaces after the commas allowed).
 */
export type TaskEmailListInput = string;
/**
 * A member's e-mail address, `ANY` (assigned to "Anyone") or `NOONE` (not assigned).
 */
export type TaskAssigneeInput = string;
/**
 * A priority as the query carries it, `0` to `10`.
 */
export type TaskPriorityInput = string;
/**
 * A priority in a JSON body, 0 to 10, as a number or as digits.
 */
export type TaskPriorityValue = TaskPriorityInput | number;
/**
 * A non-negative amount as the query carries it; a decimal point or a decimal comma is read as the fraction separator.
 */
export type TaskEstimateInput = string;
/**
 * A non-negative amount in a JSON body, as a number or as text.
 */
export type TaskEstimateValue = TaskEstimateInput | number;
/**
 * Checklist items, in order.
 */
export type TaskTodoItems = Array<string>;
/**
 * Tags separated by commas, each a tag's id or its full name (spaces after commas are tolerated). May be empty (nothing to do).
 */
export type TaskTagListInput = string;
/**
 * A tag group in a JSON body, by name or by id.
 */
export type TaskTagGroupValue = string | number;
/**
 * `status` (a task carries at most one status of the group) or `label` (any number).
 */
export type TaskTagGroupType = 'status' | 'label';
/**
 * `public` (visible to every team, client teams included) or `private` (the company's own teams only).
 */
export type TaskTagAccess = 'public' | 'private';
/**
 * A search expression of the query language described on the `filter` parameter of search_tasks.
 */
export type TaskSearchFilter = string;
/**
 * `active` (open) or `done`.
 */
export type TaskSearchStatus = 'active' | 'done';
/**
 * A file uploaded beforehand with `upload_files`, as that action returned it; the vendor's 2026
 * clients pass these objects back unchanged in `files` to attach the files to a new task.
 */
export type TaskUploadedFile = {
    /**
     * Upload id given by `upload_files`.
     */
    id: string;
    /**
     * File name extension.
     */
    ext?: string;
    /**
     * File name.
     */
    name?: string;
    /**
     * Icon reference given by `upload_files`, if any.
     */
    icon?: string | null;
    /**
     * Upload error given by `upload_files`, if any (files with an error are not sent by the clients).
     */
    error?: string | null;
};
/**
 * A task or subtask, in full: every entry carries `id`, `name`, `page`, `status`, `priority`,
 * `user_from`, `user_to`, `project` and `date_added` (the short entries that `get_task` lists under
 * `child` are `TaskShortEntry`). `date_start`, `date_end`, `date_closed`, `time_start`,
 * `time_end`, `max_time`, `max_money` and `tags` come only when set; `text`, `files`,
 * `has_comments`/`comments`, `relations`, `child`, `subscribers` and `custom_fields` only when
 * `extra` asks for them; `parent` only for a subtask, in the answers of `get_task`, `post_task` and
 * `update_task` (presumed).
 *
 * Vendor-doc correction: output of the legacy v.05 admin API that a third-party Ruby client's README
 * prints for get_all_tasks has tasks without `id` and `project` and people without `id`; the v2 API
 * sends them all.
 */
export type Task = {
    /**
     * Id of the task, a string of digits.
     */
    id: string;
    /**
     * Name of the task.
     */
    name: string;
    /**
     * Link of the task inside the account.
     */
    page: TaskPage;
    /**
     * `active` (open) or `done`.
     */
    status: TaskStatus;
    /**
     * Priority, 0 to 10, as a string of digits.
     *
     * Vendor-doc correction: the documentation gives the range (0..10) but not the type; the service
     * sends the priority as a string of digits (`"7"`) while estimates are JSON numbers.
     */
    priority: TaskPriority;
    /**
     * Who created the task.
     */
    user_from: ProjectUser;
    /**
     * Who the task is assigned to, or the "Anyone" / "nobody" marker.
     */
    user_to: TaskAssignee;
    /**
     * The project the task belongs to.
     */
    project: TaskProject;
    /**
     * The parent task, for a subtask.
     */
    parent?: TaskSummary;
    /**
     * The description, plain text (`extra=text`) or HTML (`extra=html`); checklist items and mentions are part of it.
     */
    text?: string;
    /**
     * When the task was created.
     */
    date_added: DateTimeMinutes;
    /**
     * Start date, if set.
     */
    date_start?: DateOnly;
    /**
     * Due date (or end date), if set.
     */
    date_end?: DateOnly;
    /**
     * When the task was done, for a done task.
     */
    date_closed?: DateTimeMinutes;
    /**
     * Start time on the start date, if set.
     *
     * Vendor-doc correction: the documentation's list of returned fields names `time_end` only;
     * recorded answers carry `time_start` as well, in the same `HH:MM` form.
     */
    time_start?: TaskTimeOfDay;
    /**
     * Due time on the due date, if set.
     */
    time_end?: TaskTimeOfDay;
    /**
     * Time estimate in hours, if set.
     */
    max_time?: number;
    /**
     * Financial estimate in the account's currency, if set.
     */
    max_money?: number;
    /**
     * The task's statuses and labels, if it has any.
     */
    tags?: TaskTagMap;
    /**
     * Files attached to the description; with `extra=files`.
     */
    files?: Array<TaskFile>;
    /**
     * 1 when the task has comments, else 0; recorded with `extra=comments`.
     */
    has_comments?: 0 | 1;
    /**
     * The five newest comments, newest first; with `extra=comments`.
     */
    comments?: Array<Comment>;
    /**
     * Dependencies on other tasks; with `extra=relations`, when the task has any.
     */
    relations?: TaskRelations;
    /**
     * The people subscribed to the task; with `extra=subscribers`.
     */
    subscribers?: Array<ProjectUser>;
    /**
     * The subtasks, each with its own `child` one level further down (two levels at most); with `extra=subtasks`, when there are any. Full entries in get_all_tasks and get_tasks, short ones (`TaskShortEntry`) in get_task.
     */
    child?: Array<TaskChild>;
    /**
     * Custom field values; with `extra=custom_fields` (get_task).
     */
    custom_fields?: Array<TaskCustomValue>;
};
/**
 * A subtask under `child`, in full (get_all_tasks, get_tasks) or short (get_task). The short form admits no other field, so an entry is exactly one of the two.
 */
export type TaskChild = Task | TaskShortEntry;
/**
 * A subtask as get_task lists it under `child`, its own subtasks nested the same way.
 */
export type TaskShortEntry = {
    /**
     * Id of the subtask.
     */
    id: string;
    /**
     * Name of the subtask.
     */
    name: string;
    /**
     * Link of the subtask.
     */
    page: TaskPage;
    /**
     * `active` or `done`.
     */
    status: TaskStatus;
    /**
     * Priority, 0 to 10, as digits.
     */
    priority: TaskPriority;
    /**
     * Its own subtasks, when there are any.
     */
    child?: Array<TaskShortEntry>;
};
/**
 * The short form of a task, as a parent or as the other end of a dependency.
 */
export type TaskSummary = {
    /**
     * Id of the task.
     */
    id: string;
    /**
     * Name of the task.
     */
    name: string;
    /**
     * Link of the task.
     */
    page: TaskPage;
    /**
     * `active` or `done`.
     */
    status: TaskStatus;
    /**
     * Priority, 0 to 10, as digits.
     */
    priority: TaskPriority;
};
/**
 * Link of a task inside the account: `/project/<project id>/<task id>/` for a task and
 * `/project/<project id>/<parent id>/<subtask id>/` for a subtask. A sub-subtask is linked under its
 * top-level task as well (`/project/<project id>/<top-level task id>/<sub-subtask id>/`), as recorded.
 */
export type TaskPage = string;
/**
 * `active` (open) or `done` (completed).
 */
export type TaskStatus = 'active' | 'done';
/**
 * A priority as the service returns it, `"0"` to `"10"`.
 */
export type TaskPriority = string;
/**
 * A time of day, `HH:MM`.
 */
export type TaskTimeOfDay = string;
/**
 * The project a task belongs to, in short.
 */
export type TaskProject = {
    /**
     * Id of the project.
     */
    id: string;
    /**
     * Name of the project.
     */
    name: string;
    /**
     * Link of the project, `/project/<id>/`.
     */
    page: string;
};
/**
 * Who a task is assigned to: a person, or one of two markers told apart by their `email`: `NOONE`
 * (not assigned, id "1") and `ANY` ("Anyone", id "2"). `anyOf` rather than `oneOf`, because the
 * markers' ids are ordinary digit strings and only the e-mail format tells them from a person.
 */
export type TaskAssignee = TaskUnassigned | TaskAnyone | ProjectUser;
/**
 * What `user_to` holds when the task is assigned to nobody.
 */
export type TaskUnassigned = {
    /**
     * Always "1".
     */
    id: '1';
    /**
     * Always "NOONE".
     */
    email: 'NOONE';
    /**
     * A notice in the account's language, e.g. "Executive isn't assigned".
     */
    name: string;
};
/**
 * What `user_to` holds when the task is assigned to "Anyone" (whoever takes it).
 */
export type TaskAnyone = {
    /**
     * Always "2".
     */
    id: '2';
    /**
     * Always "ANY".
     */
    email: 'ANY';
    /**
     * A label in the account's language, e.g. "Anyone".
     */
    name: string;
};
/**
 * A file attached to a task's description or to a comment.
 */
export type TaskFile = {
    /**
     * Id of the file (for `download`).
     */
    id: string;
    /**
     * Download link, to put after the account's address (`/download/<id>/`).
     */
    page: string;
    /**
     * File name with its extension.
     */
    name: string;
    /**
     * Size in bytes, as a string of digits.
     */
    size: string;
};
/**
 * A comment of a task. `files` comes only with `extra=files` of get_comments (and only when the comment has files).
 */
export type Comment = {
    /**
     * Id of the comment.
     */
    id: string;
    /**
     * Link of the comment, the task's link plus `#com<id>`.
     */
    page: string;
    /**
     * Text of the comment (empty when it only carries files); checklist items and mentioned names are part of it.
     */
    text: string;
    /**
     * When the comment was posted.
     */
    date_added: DateTimeMinutes;
    /**
     * The comment's author.
     *
     * Vendor-doc correction: the documentation lists the author's `email` and `name` as returned fields
     * of their own; the service returns them (with the id) inside `user_from`, as the page's own sample
     * does.
     */
    user_from: ProjectUser;
    /**
     * Files attached to the comment.
     */
    files?: Array<TaskFile>;
};
/**
 * Dependencies of a task: `from` the tasks it depends on, `to` the tasks that depend on it (each list only when not empty).
 */
export type TaskRelations = {
    /**
     * Incoming dependencies (the other task comes first).
     */
    from?: Array<TaskRelation>;
    /**
     * Outgoing dependencies (the other task comes after).
     */
    to?: Array<TaskRelation>;
};
/**
 * One dependency between two tasks.
 */
export type TaskRelation = {
    /**
     * `finish-to-start` (one ends, the other starts) or `start-to-start` (both start together).
     */
    type: 'finish-to-start' | 'start-to-start';
    /**
     * The task at the other end.
     */
    task: TaskSummary;
};
/**
 * Names of a task's statuses and labels by tag id (ids are digit strings).
 */
export type TaskTagMap = {
    [key: string]: string;
};
/**
 * One custom field value of a task (get_task with `extra=custom_fields`). Known only from the
 * vendor's 2026 clients' models; no recorded answer shows one.
 */
export type TaskCustomValue = {
    /**
     * Id of the custom field.
     */
    id: TaskLooseId;
    /**
     * Kind of the field (values not documented).
     */
    type?: string;
    /**
     * Name of the field.
     */
    name?: string;
    /**
     * The value; its form depends on the field's kind (not documented; a list is presumed to hold the chosen options' names).
     */
    value?: string | number | boolean | Array<string> | {
        [key: string]: unknown;
    } | null;
};
/**
 * An id that the vendor's clients read as an integer; whether the service sends it as a number or as digits is not recorded, so both are accepted.
 */
export type TaskLooseId = number | string;
/**
 * A custom field that tasks of the account can carry.
 */
export type TaskCustomField = {
    /**
     * Id of the field.
     */
    id: TaskLooseId;
    /**
     * Kind of the field (values not documented).
     */
    type?: string;
    /**
     * Name of the field.
     */
    name: string;
    /**
     * Description of the field.
     */
    descr?: string;
    /**
     * The choices of a field with choices (form not documented; presumed their names).
     */
    options?: Array<string>;
};
/**
 * A task status or label. `get_task_tags` returns each with its `group`; `add_task_tags` returns only
 * `title` and `id` of the tags it created.
 */
export type TaskTag = {
    /**
     * Name of the tag.
     */
    title: string;
    /**
     * Id of the tag, a JSON number.
     *
     * Vendor-doc correction: the documentation's sample quotes the tag's id (`"LABEL_ID"`) but not the
     * group's; the service sends both as JSON numbers (the ids of `tags` on a task are object keys, so
     * strings there).
     */
    id: number;
    /**
     * The group the tag belongs to (get_task_tags).
     */
    group?: TaskTagGroup;
    /**
     * Colour of the tag; a field of the vendor's 2026 clients' model, never recorded.
     */
    color?: string;
};
/**
 * A group of task tags, either statuses or labels.
 */
export type TaskTagGroup = {
    /**
     * Name of the group.
     */
    title: string;
    /**
     * Id of the group, a JSON number.
     */
    id: number;
    /**
     * `status` or `label`.
     */
    type: TaskTagGroupType;
    /**
     * `public` or `private` (status groups are always public).
     */
    access: TaskTagAccess;
    /**
     * A second number, as digits, that recorded answers carry in the group of each tag of
     * `get_task_tags` (not in `get_task_tag_groups`); its meaning is not documented.
     *
     * Vendor-doc correction: the documentation describes the group of a tag with title, id, type and
     * access only; recorded answers add `id_group`.
     */
    id_group?: string;
};
/**
 * A member's role: owner, account admin, team admin, department admin, user, guest or reader. The
 * vendor's pages write them in lower case (`owner`, `account admin` ...); the recorded answers of the
 * service capitalise the first letter (`Owner`, `Account admin`, `User`). Both spellings are accepted
 * (a pattern rather than an enum, so that generated clients need no two constants for one role); the
 * mock answers the capitalised form, as recorded.
 */
export type UserRole = string;
/**
 * Role given to an invited member: `user` (a full member), `guest` or `reader` (read-only). Without
 * it the new member is a `user`. The vendor documents no other values (no owner or administrator roles).
 */
export type UserInviteRole = 'user' | 'guest' | 'reader';
/**
 * Links of one kind (messengers or social networks) by service name, e.g.
 * `{"WhatsApp": "+49 170 5550101"}`. The vendor's sample elides the values; an empty set is
 * presumed to come as `[]`, the way the service writes other empty collections (`"data": []`).
 */
export type UserServiceLinks = {
    [key: string]: string;
} | Array<string>;
/**
 * Messenger and social-network links of a person, as two maps of service name to link.
 */
export type UserServices = {
    /**
     * Messengers (WhatsApp, Telegram ...).
     */
    chats?: UserServiceLinks;
    /**
     * Social networks (LinkedIn ...).
     */
    socials?: UserServiceLinks;
};
/**
 * One member (user) of the account. The recorded answers always carry `id`, the names, `title`,
 * `rate`, `avatar`, `group`, `department`, `role` and `email`; phones and addresses only when
 * filled in. `url`, `services`, `contacts` and `date_added` are documented by the vendor's current
 * page but absent from the January 2024 recordings.
 */
export type User = {
    /**
     * Identifier of the user, a string of digits.
     */
    id: string;
    /**
     * First name (may be empty).
     */
    first_name: string;
    /**
     * Last name (may be empty).
     */
    last_name: string;
    /**
     * First and last name as shown in the account.
     */
    name: string;
    /**
     * Position or job title; empty when not set.
     */
    title: string;
    /**
     * Web address entered in the profile (documented; not in any recording).
     */
    url?: string;
    /**
     * Messenger and social links (documented; not in any recording).
     */
    services?: UserServices;
    /**
     * Free text of the profile's "other contacts" field; left out when empty.
     */
    contacts?: string;
    /**
     * When the user was invited; documented for admin callers
     * only. The vendor's field list spells it `data_added` while its sample shows `date_added`;
     * no recording shows either, so both names are described (see `data_added`).
     */
    date_added?: DateTimeMinutes;
    /**
     * The same date as `date_added`, under the spelling of the vendor's field list and of the 2026 clients' models.
     */
    data_added?: DateTimeMinutes;
    /**
     * Hourly rate in the account's currency (a JSON number). Always sent; a member invited without a rate has the account's default one (add_user answered `rate` 11 to a call that named none).
     */
    rate: number;
    /**
     * Absolute URL of the avatar image (a stock picture when none was uploaded).
     */
    avatar: string;
    /**
     * Name of the member's team (user group).
     */
    group: string;
    /**
     * Department within the team; empty when none.
     */
    department: string;
    /**
     * The member's role.
     *
     * Vendor-doc correction: the documentation lists the roles in lower case (`owner`,
     * `account admin`, `user` ...); the service's recorded answers capitalise the first letter
     * (`Owner`, `Account admin`, `User`). Both spellings are accepted.
     */
    role: UserRole;
    /**
     * The member's e-mail address, which is also their login.
     */
    email: string;
    /**
     * Main phone number; only when set.
     */
    phone?: string;
    /**
     * Office phone number; only when set.
     */
    phone2?: string;
    /**
     * Mobile phone number; only when set.
     */
    phone3?: string;
    /**
     * Home phone number; only when set.
     */
    phone4?: string;
    /**
     * Address; only when set.
     */
    address?: string;
    /**
     * Second address; only when set.
     */
    address2?: string;
};
/**
 * A team (user group) of the account: the company's own teams and client teams.
 *
 * Vendor-doc correction: the documentation's list of returned fields names only `id`, `title` and
 * `client`; its sample and every recorded answer also carry `type`, always `company`.
 */
export type UserGroup = {
    /**
     * Identifier of the team, a string of digits.
     */
    id: string;
    /**
     * Name of the team.
     */
    title: string;
    /**
     * Kind of group; always `company` for teams in all vendor material.
     */
    type: 'company';
    /**
     * 1 for a client (external) team, 0 for a team of the company.
     */
    client: 0 | 1;
};
/**
 * One contact: a person outside the account's membership, kept for reference; contacts cannot sign
 * in. Recorded answers always carry `id`, the names, `title` and `group`; the e-mail, phones and
 * addresses only when filled in (a recorded contact has a phone and no e-mail).
 */
export type Contact = {
    /**
     * Identifier of the contact, a string of digits.
     */
    id: string;
    /**
     * First name (may be empty).
     */
    first_name: string;
    /**
     * Last name (may be empty).
     */
    last_name: string;
    /**
     * First and last name as shown in the account.
     */
    name: string;
    /**
     * Position or job title; empty when not set.
     */
    title: string;
    /**
     * Web address entered in the profile (documented; not in any recording).
     */
    url?: string;
    /**
     * Messenger and social links (documented; not in any recording).
     */
    services?: UserServices;
    /**
     * Free text of the profile's "other contacts" field; left out when empty.
     */
    contacts?: string;
    /**
     * When the contact was added; documented for admin callers
     * only. The vendor's field list spells it `data_added` while its sample shows `date_added`;
     * no recording shows either, so both names are described (see `data_added`).
     */
    date_added?: DateTimeMinutes;
    /**
     * The same date as `date_added`, under the spelling of the vendor's field list and of the 2026 clients' models.
     */
    data_added?: DateTimeMinutes;
    /**
     * Name of the contact folder; contacts filed nowhere are in the preset folder `DEFAULT`.
     */
    group: string;
    /**
     * The contact's e-mail address; absent when the contact has none (recorded).
     */
    email?: string;
    /**
     * Main phone number; only when set.
     */
    phone?: string;
    /**
     * Office phone number; only when set.
     */
    phone2?: string;
    /**
     * Mobile phone number; only when set.
     */
    phone3?: string;
    /**
     * Home phone number; only when set.
     */
    phone4?: string;
    /**
     * Address; only when set.
     */
    address?: string;
    /**
     * Second address; only when set.
     */
    address2?: string;
};
/**
 * A contact folder: one of the four preset folders or a folder made by a member.
 */
export type ContactGroup = {
    /**
     * Identifier of the folder. The four preset folders have the JSON integers 1 to 4
     * (`USERS`, `DEFAULT`, `TEAM_ONLY`, `HIDDEN`); folders made by members have digit strings.
     *
     * Vendor-doc correction: the documentation's sample shows every id as a quoted placeholder
     * (`"GROUP_ID"`); the service answers the preset folders' ids as integers.
     */
    id: number | string;
    /**
     * Name of the folder; the presets are `USERS`, `DEFAULT`, `TEAM_ONLY` and `HIDDEN`.
     */
    title: string;
    /**
     * `preset` for the four built-in folders, `folder` for folders made by members.
     */
    type: 'preset' | 'folder';
};
/**
 * What a day is for a member: `vacation`, `sick-leave`, or `workday` (works on a day off).
 */
export type UserScheduleDay = 'vacation' | 'sick-leave' | 'workday';
/**
 * One member's marked days, as the member's "Schedule" window shows them.
 */
export type UserSchedule = {
    /**
     * The member's id.
     */
    id: string;
    /**
     * The member's e-mail address.
     */
    email: string;
    /**
     * The member's first and last name.
     */
    name: string;
    /**
     * The member's team.
     */
    group?: string;
    /**
     * The member's department (may be empty).
     */
    department?: string;
    /**
     * The marked days by date (`YYYY-MM-DD`), each `vacation`, `sick-leave` or `workday`. Ordinary
     * working days and ordinary days off are not listed. Presumed `[]` when nothing is marked.
     */
    schedule: {
        [key: string]: UserScheduleDay;
    } | Array<string>;
};
/**
 * Changes to members' schedules: an object whose keys name members (an e-mail address or a user id
 * as digits) and whose values map dates to what they become. Dates may be written `DD.MM.YYYY` or
 * `YYYY-MM-DD`. Values: `vacation`, `sick-leave`, `workday` (work on a day off), or `unset` (clear
 * the day). A value replaces whatever the day had; no `unset` is needed first.
 */
export type UsersScheduleUpdate = {
    [key: string]: {
        [key: string]: 'vacation' | 'sick-leave' | 'workday' | 'unset';
    };
};
/**
 * An amount of time as the service writes it: hours, a colon and two-digit minutes (`6:50`, `103:39`).
 */
export type CostTime = string;
/**
 * An amount of money in the account's currency as the service writes it: a decimal string with two decimals (`75.17`, `0.00`).
 */
export type CostMoney = string;
/**
 * Time to book, in hours, written one of three ways: a decimal number of hours with a point
 * (`0.15`, `1.5`) or a comma (`0,15`, `1,5`), a whole number of hours (`2`), or hours and minutes
 * with a colon (`0:09`, `2:15`, minutes `00`..`59`). `0.15`, `0,15` and `0:09` are the same
 * nine minutes. Parsing rule (mock): decimal hours h give round(h x 60) minutes; `H:MM` gives
 * H x 60 + MM minutes; the service shows the result as `H:MM`.
 */
export type CostTimeInput = string;
/**
 * Time to book in a JSON body: the text forms of `CostTimeInput`, or a JSON number of hours.
 */
export type CostTimeValue = CostTimeInput | number;
/**
 * Money to book in the account's currency, for costs not derived from an hourly rate: a whole or
 * decimal number with a point or a comma (`120`, `75.50`, `75,5`). The service keeps two decimals
 * (the mock rounds half up).
 */
export type CostMoneyInput = string;
/**
 * Money to book in a JSON body: the text forms of `CostMoneyInput`, or a JSON number.
 */
export type CostMoneyValue = CostMoneyInput | number;
/**
 * `1`: only cost lines whose time came from the timer; `0`: only lines entered by hand.
 */
export type CostsIsTimer = '0' | '1';
/**
 * `is_timer` in a JSON body: 1 or 0, as a number or as text.
 */
export type CostsIsTimerValue = 0 | 1 | CostsIsTimer;
/**
 * `1`: work out the money from the author's hourly rate and the booked time (a `money` value
 * is then ignored). The vendor documents only the value `1`; `0` is taken as "not given".
 */
export type CostIsRate = '1' | '0';
/**
 * `is_rate` in a JSON body: 1 or 0, as a number or as text.
 */
export type CostIsRateValue = 1 | 0 | CostIsRate;
/**
 * A get_costs search expression (see the `filter` parameter). The pattern checks its words only, not its grammar.
 */
export type CostsFilter = string;
/**
 * A project selection for get_costs_total: `project=ID`, `project in (ID, ID, ...)`, combined with
 * `and`, `or` (lower case) and parentheses, e.g. `project=3301 or project in (3302, 3303)`. The
 * pattern checks its words only.
 */
export type CostsTotalFilter = string;
/**
 * Comma-separated list of `projects`, `tasks`, `tasks_top_level` (spaces around commas allowed).
 */
export type CostsTotalExtra = string;
/**
 * What a task's `user_to` holds when the task is not assigned to one person: `ANY` (anyone may
 * take it; recorded as id "2", name "Anyone") or `NOONE` (nobody; presumed to look like the project's
 * "no manager" marker, id "0"). The name is in the account's language.
 */
export type CostTaskAssigneeMarker = {
    /**
     * "2" for anyone (recorded); "0" presumed for nobody.
     */
    id: string;
    /**
     * `ANY` or `NOONE` instead of an address.
     */
    email: 'ANY' | 'NOONE';
    /**
     * A label such as "Anyone".
     */
    name: string;
};
/**
 * The project a cost line's task belongs to.
 */
export type CostTaskProject = {
    /**
     * The project's id.
     */
    id: string;
    /**
     * The project's name.
     */
    name: string;
    /**
     * Link to the project, `/project/<id>/`.
     */
    page: string;
};
/**
 * The task (or subtask) a cost line is booked on, in the shape the task actions answer. Recorded
 * answers carry the fields marked required, and `date_closed` once the task is done; the vendor's
 * page adds the task's dates, end time, estimates and tags when they are set.
 */
export type CostTask = {
    /**
     * The task's id.
     */
    id: string;
    /**
     * The task's title.
     */
    name: string;
    /**
     * Link to the task, `/project/<project id>/<task id>/` (a subtask adds its own id).
     */
    page: string;
    /**
     * `active` (open) or `done` (closed).
     */
    status: 'active' | 'done';
    /**
     * Priority from 0 to 10, as a string of digits (`"1"`).
     *
     * Vendor-doc correction: the documentation's sample shows `"0..10"`, the range, not a value;
     * the service sends one number as a string.
     */
    priority: string;
    /**
     * Who created the task.
     */
    user_from: ProjectUser;
    /**
     * Who the task is assigned to, or the anyone/nobody marker.
     */
    user_to: ProjectUser | CostTaskAssigneeMarker;
    /**
     * The task's project.
     */
    project: CostTaskProject;
    /**
     * When the task was created.
     */
    date_added: DateTimeMinutes;
    /**
     * When the task was closed; only for done tasks.
     */
    date_closed?: DateTimeMinutes;
    /**
     * Planned start, if set.
     */
    date_start?: DateOnly;
    /**
     * Due date, if set.
     */
    date_end?: DateOnly;
    /**
     * Due time of day `HH:MM`, if set.
     */
    time_end?: string;
    /**
     * Time estimate in hours, if set.
     */
    max_time?: number;
    /**
     * Money estimate, if set.
     */
    max_money?: number;
    /**
     * The task's tags (statuses and labels) by tag id, if any.
     */
    tags?: ProjectTags;
};
/**
 * One cost line: time and/or money booked by one person on one task for one day.
 */
export type Cost = {
    /**
     * Identifier of the cost line (the `id_costs` of update_costs and delete_costs).
     */
    id: string;
    /**
     * The author's comment; empty when none.
     */
    comment: string;
    /**
     * Time booked (`0:00` when only money was booked).
     */
    time: CostTime;
    /**
     * Money booked (`0.00` when none).
     */
    money: CostMoney;
    /**
     * The day the cost is booked for, `YYYY-MM-DD`.
     *
     * Vendor-doc correction: the English page prints this date as `YYYY—MM—DD` with em-dashes;
     * the service sends ASCII hyphens.
     */
    date: DateOnly;
    /**
     * true when the time came from the timer, false when entered by hand.
     */
    is_timer: boolean;
    /**
     * The person the cost is booked for (its author).
     */
    user_from: ProjectUser;
    /**
     * The task the cost is booked on.
     */
    task: CostTask;
};
/**
 * Sum of the selected cost lines: time and money.
 */
export type CostsTotal = {
    /**
     * Total time.
     */
    time: CostTime;
    /**
     * Total money.
     */
    money: CostMoney;
};
/**
 * Costs of one task (or subtask) within a project's totals (`extra=projects,tasks` or `tasks_top_level`).
 */
export type CostsTotalTask = {
    /**
     * The task's id.
     */
    id: string;
    /**
     * The task's title.
     */
    name: string;
    /**
     * Link to the task.
     */
    page: string;
    /**
     * `active` or `done`.
     */
    status: 'active' | 'done';
    /**
     * Priority 0..10 as a digit string.
     */
    priority: string;
    /**
     * Time booked on the task (with `tasks_top_level`, its subtasks included).
     */
    time: CostTime;
    /**
     * Money booked on the task (likewise).
     */
    money: CostMoney;
};
/**
 * Costs of one project (`extra=projects`): its totals, its totals per month, and with `tasks` or `tasks_top_level` per task.
 */
export type CostsTotalProject = {
    /**
     * The project's id.
     */
    id: string;
    /**
     * The project's name.
     */
    name: string;
    /**
     * Link to the project.
     */
    page: string;
    /**
     * Time booked on the project.
     */
    time: CostTime;
    /**
     * Money booked on the project.
     */
    money: CostMoney;
    /**
     * Totals per calendar month, keyed `YYYY-MM`, newest first in the vendor's sample; presumed `[]` when empty.
     */
    monthly: {
        [key: string]: CostsTotal;
    } | Array<string>;
    /**
     * Costs per task keyed by task id; only with `extra=projects,tasks` (every task and subtask) or `projects,tasks_top_level` (top-level tasks, subtasks' costs included).
     */
    tasks?: {
        [key: string]: CostsTotalTask;
    } | Array<string>;
};
/**
 * Parameters of get_users as a JSON object (the 2026 clients' form); the action takes none, so the object is empty.
 */
export type GetUsersParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_users.
 */
export type GetUsersResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The members, in the service's order (recorded: by ascending id).
     */
    data: Array<User>;
};
/**
 * Parameters of add_user as a JSON object (the 2026 clients' form).
 */
export type AddUserParameters = {
    /**
     * E-mail address of the person to invite (required).
     */
    email: string;
    /**
     * First name.
     */
    first_name?: string;
    /**
     * Last name.
     */
    last_name?: string;
    /**
     * Position or job title.
     */
    title?: string;
    /**
     * Name of the team to join; without it the owner's own team.
     */
    group?: string;
    /**
     * Name of the department within the team.
     */
    department?: string;
    /**
     * Role: `user` (default), `guest` or `reader`.
     */
    role?: UserInviteRole;
};
/**
 * Success envelope of add_user: the new member.
 */
export type AddUserResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The invited member, with its new id.
     */
    data: User;
};
/**
 * Parameters of get_user_groups as a JSON object (the 2026 clients' form); the action takes none, so the object is empty.
 */
export type GetUserGroupsParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_user_groups.
 */
export type GetUserGroupsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The teams, in the service's order (recorded: by ascending id).
     */
    data: Array<UserGroup>;
};
/**
 * Parameters of add_user_group as a JSON object (the 2026 clients' form).
 */
export type AddUserGroupParameters = {
    /**
     * Name of the team (required).
     */
    title: string;
    /**
     * `1` for a client team, `0` (default) for a team of the company.
     */
    client?: 0 | 1 | '0' | '1';
};
/**
 * Success envelope of add_user_group: the team.
 */
export type AddUserGroupResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The team created (or found by its name).
     */
    data: UserGroup;
};
/**
 * Parameters of get_contacts as a JSON object (the 2026 clients' form); the action takes none, so the object is empty.
 */
export type GetContactsParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_contacts.
 */
export type GetContactsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The contacts, in the service's order (recorded: by ascending id).
     */
    data: Array<Contact>;
};
/**
 * Parameters of add_contact as a JSON object (the 2026 clients' form).
 */
export type AddContactParameters = {
    /**
     * The contact's e-mail address, one address (required).
     */
    email: string;
    /**
     * First and last name, separated by a space (required).
     */
    name: string;
    /**
     * Position.
     */
    title?: string;
    /**
     * Name of the contact folder; without it presumably `DEFAULT`.
     */
    group?: string;
    /**
     * Main phone number.
     */
    phone?: string;
    /**
     * Office phone number.
     */
    phone2?: string;
    /**
     * Mobile phone number.
     */
    phone3?: string;
    /**
     * Home phone number.
     */
    phone4?: string;
    /**
     * Address.
     */
    address?: string;
    /**
     * Second address.
     */
    address2?: string;
};
/**
 * Success envelope of add_contact: the new contact.
 */
export type AddContactResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The contact created, with its new id.
     */
    data: Contact;
};
/**
 * Parameters of get_contact_groups as a JSON object (the 2026 clients' form); the action takes none, so the object is empty.
 */
export type GetContactGroupsParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_contact_groups.
 */
export type GetContactGroupsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The folders: presets first, then members' folders by ascending id (recorded).
     */
    data: Array<ContactGroup>;
};
/**
 * Parameters of add_contact_group as a JSON object (the 2026 clients' form).
 */
export type AddContactGroupParameters = {
    /**
     * Name of the folder (required).
     */
    title: string;
};
/**
 * Success envelope of add_contact_group: the folder.
 */
export type AddContactGroupResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The folder created (or found by its name).
     */
    data: ContactGroup;
};
/**
 * Parameters of get_users_schedule as a JSON object (the 2026 clients' form).
 */
export type GetUsersScheduleParameters = {
    /**
     * Comma-separated text, or (the 2026 clients) a JSON array of e-mail addresses and ids. Members to include, comma-separated e-mail addresses or user ids (`jonas.berg@example.com,203`). Without it, every member.
     */
    users?: string | Array<string | IdValue>;
    /**
     * First day to include, `DD.MM.YYYY` (inclusive).
     */
    datestart?: DateInput;
    /**
     * Last day to include, `DD.MM.YYYY` (inclusive).
     */
    dateend?: DateInput;
};
/**
 * Success envelope of get_users_schedule.
 */
export type GetUsersScheduleResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The members' schedules keyed by member id (a JSON object); presumed `[]` when there is none.
     */
    data: {
        [key: string]: UserSchedule;
    } | Array<string>;
};
/**
 * Parameters of update_users_schedule as a JSON object (the 2026 clients' form).
 */
export type UpdateUsersScheduleParameters = {
    /**
     * The changes: member (e-mail address or id) to an object of dates (`DD.MM.YYYY` or `YYYY-MM-DD`) and values (`vacation`, `sick-leave`, `workday`, `unset`). In the query it is the JSON text of that object, URL-encoded; `contentSchema` gives its shape (`UsersScheduleUpdate`), which schema validators do not check inside the text: the mock parses it and refuses text that is not such an object.
     */
    data: UsersScheduleUpdate;
};
/**
 * Success envelope of update_users_schedule.
 */
export type UpdateUsersScheduleResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * Always empty.
     */
    data?: Array<string>;
    /**
     * How many days were newly marked and how many changed, e.g. `Days added: 2, days updated: 1`.
     */
    message?: string;
};
/**
 * Parameters of get_costs as a JSON object (the 2026 clients' form).
 */
export type GetCostsParameters = {
    /**
     * Only cost lines of tasks of this project.
     */
    id_project?: IdValue;
    /**
     * Only cost lines of this task (a subtask's own lines only; presumed). With `id_project` too, both must hold.
     */
    id_task?: IdValue;
    /**
     * First day to include, `DD.MM.YYYY` (inclusive), compared with each line's `date`. Without it there is no lower bound.
     */
    datestart?: DateInput;
    /**
     * Last day to include, `DD.MM.YYYY` (inclusive). Without it there is no upper bound.
     */
    dateend?: DateInput;
    /**
     * `1`: only lines whose time came from the timer; `0`: only lines entered by hand. Without it, both.
     */
    is_timer?: CostsIsTimerValue;
    /**
     * A search expression over cost lines; the syntax is described on the query parameter `filter` of getCosts.
     */
    filter?: CostsFilter;
};
/**
 * Success envelope of get_costs: the lines and their sum.
 */
export type GetCostsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The cost lines, in the service's order (recorded: by ascending id).
     */
    data: Array<Cost>;
    /**
     * Sum of the lines returned.
     */
    total: CostsTotal;
};
/**
 * Parameters of get_costs_total as a JSON object (the 2026 clients' form).
 */
export type GetCostsTotalParameters = {
    /**
     * Only cost lines of tasks of this project.
     */
    id_project?: IdValue;
    /**
     * Only cost lines of this task (a subtask's own lines only; presumed). With `id_project` too, both must hold.
     */
    id_task?: IdValue;
    /**
     * First day to include, `DD.MM.YYYY` (inclusive), compared with each line's `date`. Without it there is no lower bound.
     */
    datestart?: DateInput;
    /**
     * Last day to include, `DD.MM.YYYY` (inclusive). Without it there is no upper bound.
     */
    dateend?: DateInput;
    /**
     * `1`: only lines whose time came from the timer; `0`: only lines entered by hand. Without it, both.
     */
    is_timer?: CostsIsTimerValue;
    /**
     * Projects to sum, e.g. `project=3301` or `project in (3301, 3302)`, combined with `and`, `or` (lower case) and parentheses. Only `project` can be used here.
     */
    filter?: CostsTotalFilter;
    /**
     * What to add: `projects` (per-project and per-month totals), and with it `tasks` or `tasks_top_level` (per-task totals). Comma-separated.
     */
    extra?: CostsTotalExtra;
};
/**
 * Success envelope of get_costs_total (no `data`: the sum is in `total`).
 */
export type GetCostsTotalResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * Sum of the selected lines.
     */
    total: CostsTotal;
    /**
     * Per-project totals keyed by project id; only with `extra=projects` (presumed `[]` when no project has costs).
     */
    projects?: {
        [key: string]: CostsTotalProject;
    } | Array<string>;
};
/**
 * Parameters of add_costs as a JSON object (the 2026 clients' form).
 */
export type AddCostsParameters = {
    /**
     * The task (or subtask) to book on (required).
     */
    id_task: IdValue;
    /**
     * Time to book, in hours: `1.5`, `1,5`, `2` or `1:30` (see `CostTimeInput` for the parsing rule).
     */
    time?: CostTimeValue;
    /**
     * Money to book in the account's currency, when it is not derived from a rate (ignored with `is_rate=1`).
     */
    money?: CostMoneyValue;
    /**
     * `1`: the money is the author's hourly rate times the booked time; a `money` value is then ignored.
     */
    is_rate?: CostIsRateValue;
    /**
     * E-mail address of the member the cost is booked for. The vendor calls it required with an admin
     * signature, but the recorded admin call without it succeeded; who is then the author is not
     * known (the mock takes the account owner).
     */
    email_user_from?: string;
    /**
     * Comment on the cost line.
     */
    comment?: string;
    /**
     * Day the cost is booked for, `DD.MM.YYYY`. Without it, the current day (the account's time zone, presumed).
     */
    date?: DateInput;
};
/**
 * Success envelope of add_costs: the new line's id, with no `data`.
 */
export type AddCostsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * Id of the new cost line, a JSON number.
     *
     * Vendor-doc correction: the documentation's sample shows the id quoted (`"COSTS_ID"`);
     * the service answers a number (recorded `3706`), while get_costs lists ids as strings.
     */
    id: number;
};
/**
 * Parameters of update_costs as a JSON object (the 2026 clients' form).
 */
export type UpdateCostsParameters = {
    /**
     * The cost line to change (required).
     */
    id_costs: IdValue;
    /**
     * Time to book, in hours: `1.5`, `1,5`, `2` or `1:30` (see `CostTimeInput` for the parsing rule).
     */
    time?: CostTimeValue;
    /**
     * Money to book in the account's currency, when it is not derived from a rate (ignored with `is_rate=1`).
     */
    money?: CostMoneyValue;
    /**
     * `1`: the money is the author's hourly rate times the booked time; a `money` value is then ignored.
     */
    is_rate?: CostIsRateValue;
    /**
     * Comment on the cost line.
     */
    comment?: string;
    /**
     * Day the cost is booked for, `DD.MM.YYYY`. Without it, the current day (the account's time zone, presumed).
     */
    date?: DateInput;
};
/**
 * Success envelope of update_costs: only the status.
 */
export type UpdateCostsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
};
/**
 * Parameters of delete_costs as a JSON object (the 2026 clients' form).
 */
export type DeleteCostsParameters = {
    /**
     * The cost line to delete (required).
     */
    id_costs: IdValue;
};
/**
 * Success envelope of delete_costs: only the status.
 */
export type DeleteCostsResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
};
/**
 * Parameters of get_timers as a JSON object; the action takes none.
 */
export type GetTimersParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_timers.
 */
export type GetTimersResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The running timers, in the service's order (empty when none runs).
     */
    data: Array<Timer>;
};
/**
 * A running timer as the admin sees it.
 *
 * Vendor-doc correction: the documentation prints `date_started` as `YYYY—MM—DD HH:II` with em-dashes
 * (and the task's dates likewise); the service sends ASCII hyphens and `II` means minutes:
 * `YYYY-MM-DD HH:MM`.
 */
export type Timer = {
    /**
     * Id of the timer, a string of digits (what `stop_timer` takes).
     */
    id: string;
    /**
     * How long the timer has run when the answer was made, `HH:MM:SS`.
     */
    time: TimerClock;
    /**
     * When the timer was started.
     */
    date_started: DateTimeMinutes;
    /**
     * Who started the timer (whose cost it will book).
     */
    user_from: ProjectUser;
    /**
     * The task the timer runs on.
     */
    task: TimerTask;
};
/**
 * A duration as `HH:MM:SS` (hours may run past 99).
 */
export type TimerClock = string;
/**
 * The task a timer runs on, in the form `get_task` gives a task (only the fields set are sent).
 *
 * Vendor-doc correction: the documentation's sample gives the task's `user_from` and `user_to`
 * without `id`; recorded answers carry the id, and an assignee may be the "anyone" marker
 * (`{"id": "2", "email": "ANY", "name": "Anyone"}`) rather than a person.
 */
export type TimerTask = {
    /**
     * Id of the task, a string of digits.
     */
    id: string;
    /**
     * Name of the task.
     */
    name: string;
    /**
     * Link to the task inside the account, `/project/<project id>/<task id>/` (a subtask adds its own id).
     */
    page: string;
    /**
     * `active` (open) or `done` (closed). Only `active` is recorded for a timer's task.
     */
    status: 'active' | 'done';
    /**
     * Priority, a digit string from 0 to 10 (recorded `"1"` and `"8"`).
     */
    priority: string;
    /**
     * Who created the task.
     */
    user_from: ProjectUser;
    /**
     * The assignee, the "anyone" marker, or the "no one" marker.
     */
    user_to: ProjectUser | TimerAnyone | NoManager;
    /**
     * The task's project.
     */
    project: TimerTaskProject;
    /**
     * The task's description, when the service includes it.
     */
    text?: string;
    /**
     * When the task was created.
     */
    date_added: DateTimeMinutes;
    /**
     * Planned start, if set.
     */
    date_start?: DateOnly;
    /**
     * Due date, if set.
     */
    date_end?: DateOnly;
    /**
     * Due time of day, `HH:MM`, if set.
     */
    time_end?: string;
    /**
     * Time estimate in hours, if set.
     */
    max_time?: number;
    /**
     * Financial estimate in the account's currency, if set.
     */
    max_money?: number;
    /**
     * The task's tags (tag id to name), if it has any.
     */
    tags?: ProjectTags;
};
/**
 * What a task's `user_to` holds when the task is assigned to anyone.
 */
export type TimerAnyone = {
    /**
     * A fixed id; `"2"` in every recorded answer.
     */
    id: string;
    /**
     * Always "ANY".
     */
    email: 'ANY';
    /**
     * A notice in the account's language, e.g. "Anyone".
     */
    name: string;
};
/**
 * The project of a timer's task.
 */
export type TimerTaskProject = {
    /**
     * Id of the project, a string of digits.
     */
    id: string;
    /**
     * Name of the project.
     */
    name: string;
    /**
     * Link to the project inside the account, `/project/<id>/`.
     */
    page: string;
};
/**
 * Parameters of stop_timer as a JSON object (the 2026 clients' form).
 */
export type StopTimerParameters = {
    /**
     * Id of the running timer to stop.
     */
    timer: IdValue;
};
export type GetFilesParameters = unknown & {
    /**
     * The project whose files to list.
     */
    id_project?: IdValue;
    /**
     * The task whose files to list.
     */
    id_task?: IdValue;
};
/**
 * Success envelope of get_files.
 */
export type GetFilesResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The files, in the service's order (empty when there are none).
     */
    data: Array<File>;
};
/**
 * One file of a project or a task.
 *
 * Vendor-doc correction: the documentation prints `date_added` as `YYYY—MM—DD HH:II` with em-dashes;
 * the service sends `YYYY-MM-DD HH:MM` with ASCII hyphens.
 */
export type File = {
    /**
     * Id of the file, a string of digits (what `download` takes).
     */
    id: string;
    /**
     * Direct download link inside the account (put the account's address in front), e.g.
     * `/download/90412/`; some links carry a second number, e.g. `/download/16246/102/`.
     *
     * Vendor-doc correction: the documentation shows the link as `/download/FILE_ID`; recorded links end
     * with a slash and may carry a second number.
     */
    page: string;
    /**
     * File name with its extension.
     */
    name: string;
    /**
     * Size in bytes, as a string of digits (the 2026 clients turn it into a number).
     */
    size: string;
    /**
     * When the file was added.
     */
    date_added: DateTimeMinutes;
    /**
     * Who added the file.
     */
    user_from: ProjectUser;
};
/**
 * Parameters of download as a JSON object (the 2026 clients' form).
 */
export type DownloadParameters = {
    /**
     * Id of the file to download.
     */
    id_file: IdValue;
};
/**
 * The file's bytes, as stored (any content).
 */
export type DownloadResult = Blob | File;
/**
 * The `multipart/form-data` body of upload_files: one part per file, each named `files[]` and
 * carrying its file name. The vendor's clients send nothing else.
 */
export type UploadFilesForm = {
    /**
     * The files, one `files[]` part each.
     */
    'files[]': Array<Blob | File>;
};
/**
 * Success envelope of upload_files (reconstructed from the 2026 clients; never recorded).
 */
export type UploadFilesResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * One handle per uploaded file, in the order sent.
     */
    data: Array<UploadedFile>;
};
/**
 * The handle of one uploaded file, to pass as it is (the whole object) in `post_task`'s `files`.
 * A file the service refused has an empty `id` and its reason in `error`; the 2026 clients leave
 * such files out when creating the task.
 */
export type UploadedFile = {
    /**
     * The handle's id (kept as text by the clients, unlike file ids elsewhere); empty when the file was refused.
     */
    id: string;
    /**
     * The file name's extension.
     */
    ext?: string;
    /**
     * The file name.
     */
    name?: string;
    /**
     * An icon for the file's type, when the service gives one.
     */
    icon?: string | null;
    /**
     * Why this file was refused; absent or null when it was accepted.
     */
    error?: string | null;
};
/**
 * Parameters of get_webhooks as a JSON object; the action takes none.
 */
export type GetWebhooksParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_webhooks.
 */
export type GetWebhooksResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The webhooks, in the service's order (empty when there are none).
     */
    data: Array<Webhook>;
};
/**
 * One webhook of the account.
 */
export type Webhook = {
    /**
     * Id of the webhook, a string of digits here (add_webhook answers it as a number).
     */
    id: string;
    /**
     * Where the events are sent.
     */
    url: string;
    /**
     * The events sent, comma-separated.
     */
    events: WebhookEventList;
    /**
     * `active` (sending) or `paused` (switched off, by hand or after 10 failed deliveries).
     *
     * Vendor-doc correction: the FAQ describes the states as colours of the web interface ("disabled",
     * "working", "working, but has failed attempts"); the API reports `active` and `paused`.
     */
    status: 'active' | 'paused';
    /**
     * The projects the webhook is limited to, comma-separated ids; absent when it covers every project.
     */
    projects?: WebhookProjectList;
};
/**
 * Comma-separated event names (spaces after commas tolerated), e.g. `post_task,close_task`: a task
 * created (`post_task`), changed (`update_task`), closed (`close_task`) or deleted (`delete_task`); a
 * comment posted (`post_comment`), changed (`update_comment`) or deleted (`delete_comment`); a project
 * created (`post_project`) or changed (`update_project`). There is no event for a deleted project.
 *
 * Vendor-doc correction: the FAQ's and the announcement's event tables label the project-creation
 * event "Project deletion" while describing it as sent when a project is created; `post_project` is
 * the creation event.
 */
export type WebhookEventList = string;
/**
 * The `events` parameter: comma-separated event names (`WebhookEventList`), or empty. The service refuses an
 * empty list, but only after checking the URL (recorded), so the schema lets it through to that check.
 */
export type WebhookEventsInput = string;
/**
 * Comma-separated project ids (spaces around commas tolerated, as in `8522, 8530`).
 */
export type WebhookProjectList = string;
/**
 * An absolute http or https URL.
 */
export type WebhookTarget = string;
/**
 * Parameters of add_webhook as a JSON object (the 2026 clients' form).
 */
export type AddWebhookParameters = {
    /**
     * Where to send the events.
     */
    url: WebhookTarget;
    /**
     * The events to send, comma-separated (the clients join a list with commas).
     */
    events: WebhookEventsInput;
    /**
     * Only events of these projects, as comma-separated ids or a JSON array of ids.
     */
    projects?: WebhookProjectList | Array<IdValue>;
    /**
     * User name for HTTP basic authentication on the URL.
     */
    http_user?: string;
    /**
     * Password for HTTP basic authentication on the URL.
     */
    http_pass?: string;
};
/**
 * Success envelope of add_webhook, with the new id at the top level (no `data`).
 */
export type AddWebhookResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * Id of the new webhook, a JSON number here (get_webhooks gives it as a string).
     */
    id: number;
};
/**
 * Parameters of delete_webhook as a JSON object (the 2026 clients' form).
 */
export type DeleteWebhookParameters = {
    /**
     * Id of the webhook to delete.
     */
    id: IdValue;
};
/**
 * Parameters of me as a JSON object; the action takes none.
 */
export type MeParameters = {
    [key: string]: never;
};
/**
 * Success envelope of me.
 */
export type MeResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The token owner's profile, as one object.
     *
     * Vendor-doc correction: the documentation's sample puts the profile in a one-element array; the
     * recorded answer has the object itself.
     */
    data: MeProfile;
};
/**
 * A member's profile, as `me` gives it. Phones and addresses come only when filled in.
 *
 * Vendor-doc correction: the documentation's field list names `phone4` but its sample lacks it and
 * shows a `rate` the list does not name; the recorded answer has `phone4` and no `rate`. Both are
 * described here as optional.
 */
export type MeProfile = {
    /**
     * Id of the user, a string of digits.
     */
    id: string;
    /**
     * First name.
     */
    first_name?: string;
    /**
     * Last name.
     */
    last_name?: string;
    /**
     * First and last name.
     */
    name: string;
    /**
     * Position.
     */
    title?: string;
    /**
     * The user's rate, shown only in the documentation's sample (type not stated there).
     */
    rate?: number | string;
    /**
     * Address of the user's avatar image.
     */
    avatar?: string;
    /**
     * Team name.
     */
    group?: string;
    /**
     * Department name.
     */
    department?: string;
    /**
     * The user's role: owner, account admin, team admin, department admin, user, guest or reader.
     *
     * Vendor-doc correction: the documentation lists the roles in lower case; the recorded answer
     * reads `Owner`, capitalised. Both spellings are accepted here.
     */
    role: string;
    /**
     * E-mail address (the login).
     */
    email: string;
    /**
     * Main phone number, if set.
     */
    phone?: string;
    /**
     * Office phone number, if set.
     */
    phone2?: string;
    /**
     * Mobile phone number, if set.
     */
    phone3?: string;
    /**
     * Home phone number, if set.
     */
    phone4?: string;
    /**
     * Address, if set.
     */
    address?: string;
    /**
     * Additional address, if set.
     */
    address2?: string;
};
/**
 * Parameters of get_my_timer as a JSON object; the action takes none.
 */
export type GetMyTimerParameters = {
    [key: string]: never;
};
/**
 * Success envelope of get_my_timer.
 */
export type GetMyTimerResult = {
    /**
     * Always `ok` on success.
     */
    status: 'ok';
    /**
     * The running timer as one object (recorded); an empty array when none runs (assumed); a
     * one-element array as the documentation prints it is accepted too.
     *
     * Vendor-doc correction: the documentation puts the timer in a one-element array; the recorded
     * answer has the timer object itself.
     */
    data: MyTimer | Array<MyTimer>;
};
/**
 * The timer the token's user runs (no id and no `user_from`, unlike the admin's `Timer`).
 */
export type MyTimer = {
    /**
     * How long the timer has run, in seconds.
     *
     * Vendor-doc correction: the documentation shows the value as the placeholder `TIMER_VALUE`
     * without a type; the recorded answer has a number of seconds (4360 for a timer that `get_timers`
     * showed at 01:12:45), not the `HH:MM:SS` text of `get_timers`.
     */
    time: number;
    /**
     * When the timer was started.
     */
    date_started: DateTimeMinutes;
    /**
     * The task the timer runs on.
     */
    task: TimerTask;
};
/**
 * Parameters of start_my_timer as a JSON object (the 2026 clients' form).
 */
export type StartMyTimerParameters = {
    /**
     * The task to run the timer on.
     */
    id_task: IdValue;
};
/**
 * Parameters of stop_my_timer as a JSON object (the 2026 clients' form).
 */
export type StopMyTimerParameters = {
    /**
     * Comment of the cost entry the stopped timer books; may be empty.
     */
    comment?: string;
};
/**
 * Parameters of delete_my_timer as a JSON object; the action takes none.
 */
export type DeleteMyTimerParameters = {
    [key: string]: never;
};
export type MyTokenError = unknown & {
    /**
     * `error`, if the service uses its usual envelope here too.
     */
    status?: 'error';
    /**
     * An error code, if the service sends one.
     */
    status_code?: number;
    /**
     * The reason; `Access token is expired` for an expired token.
     */
    message?: string;
    /**
     * An OAuth error name (as the token endpoints send), if present.
     */
    error?: string;
    /**
     * The reason, as the token endpoints word it, if present.
     */
    errorDescription?: string;
};
/**
 * Names the action; always `get_projects` for this call.
 */
export type GetProjectsAction = 'get_projects';
/**
 * Only projects in this state: `active`, `pending` (put to sleep) or `archive` (closed). The values
 * are the project states the service reports in `status`. Without it every project is listed.
 *
 * Vendor-doc correction: the documentation page spells the archive filter `archived`; the service
 * reads `archive`, the word its answers use for an archived project's `status`. `archived` is
 * refused here.
 */
export type ProjectFilter2 = ProjectFilter;
/**
 * Extra data to include, as one comma-separated list (spaces after commas are tolerated):
 * `text` or `html` adds the description (`text`) as plain text or HTML, `options` adds the
 * restriction flags (`options`), `users` adds the team (`users`). For example
 * `extra=text,options,users`.
 *
 * Vendor-doc correction: the documentation page runs the parameter name into its description
 * ("extraadditional project info"); the parameter is called `extra`.
 */
export type ProjectExtra2 = ProjectExtra;
/**
 * Id of the project, as `get_projects` returns it. An id that names no project of the account is refused with `status_code` 4 ("Project is invalid").
 */
export type ProjectIdRequired = IdInput;
/**
 * Only the events of this project. Without it, the events of every project of the account.
 */
export type EventsProjectId = IdInput;
/**
 * Name of the new project. Missing or empty is refused with `status_code` 10 ("Field is required", `message_details` `title`).
 */
export type ProjectTitleRequired = ProjectTitle;
/**
 * New name of the project (returned as `name`).
 */
export type ProjectTitleOptional = ProjectTitle;
/**
 * E-mail address of the account user to record as the project's author (`user_from`). Without it the author is the account owner, as far as recordings show.
 */
export type ProjectEmailUserFrom = ProjectEmailInput;
/**
 * E-mail address of the account user who manages the project (`user_to`). Without it a new project has no manager (`user_to` is the no-manager marker).
 */
export type ProjectEmailManager = ProjectEmailInput;
/**
 * Who new tasks of the project are assigned to by default: a user's e-mail address, `ANY` ("Anyone") or `NOONE` (nobody; also what leaving it out means). It is not returned by the project actions.
 */
export type ProjectEmailUserTo = ProjectAssigneeInput;
/**
 * Team members as ONE comma-separated list of e-mail addresses of account users (spaces after the commas are tolerated), e.g. `members=jonas.berg@example.com, lena.fischer@example.com`. On post_project they make up the new project's team; on update_project they are added to the team (nobody is removed: that is delete_project_members).
 */
export type ProjectMembers = ProjectEmailList;
/**
 * The people, as ONE comma-separated list of e-mail addresses of account users (spaces after the commas are tolerated). An address that is not an account user is refused with `status_code` 11 ("Invalid email", the address in `message_details`).
 */
export type ProjectMembersRequired = ProjectEmailList;
/**
 * Description of the project. Text beyond 65,536 characters is cut off silently.
 */
export type ProjectText = string;
/**
 * Name of the folder (see get_project_groups) to file the project in; returned as `company`. Without it the project goes to a default folder (in the recordings, the account's own team folder).
 */
export type ProjectCompany = string;
/**
 * Planned start, `DD.MM.YYYY` (returned as `date_start`, `YYYY-MM-DD`).
 */
export type ProjectDateStart = DateInput;
/**
 * Due date, `DD.MM.YYYY` (returned as `date_end`, `YYYY-MM-DD`).
 */
export type ProjectDateEnd = DateInput;
/**
 * Time estimate in hours (returned as the number `max_time`).
 */
export type ProjectMaxTime = ProjectAmountInput;
/**
 * Financial estimate (budget) in the account's currency (returned as the number `max_money`).
 */
export type ProjectMaxMoney = ProjectAmountInput;
/**
 * Project tags (statuses and labels) as ONE comma-separated list of tag names (when the name is unique) or tag ids from get_project_tags, e.g. `tags=design, 7702`. On update_project the list replaces the tags the project had.
 */
export type ProjectTagsInput = ProjectTagRefList;
/**
 * `options` adds the restriction flags (`options`) to the answer; it is the only value the vendor documents for this action. The answer never carries the description or the team: the recorded post_project call set a description and `extra=options` and was answered without `text`.
 */
export type ProjectWriteExtra2 = ProjectWriteExtra;
/**
 * Restriction flag `allow_close`, `1` on or `0` off: Assignees may mark tasks as done. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionAllowClose = ProjectFlagInput;
/**
 * Restriction flag `allow_give`, `1` on or `0` off: Assignees may hand a task over to someone else. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionAllowGive = ProjectFlagInput;
/**
 * Restriction flag `allow_term`, `1` on or `0` off: Assignees may change deadlines. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionAllowTerm = ProjectFlagInput;
/**
 * Restriction flag `allow_limit`, `1` on or `0` off: Assignees may change estimates. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionAllowLimit = ProjectFlagInput;
/**
 * Restriction flag `require_term`, `1` on or `0` off: New tasks need a deadline (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionRequireTerm = ProjectFlagInput;
/**
 * Restriction flag `require_tag`, `1` on or `0` off: New tasks need a stage or label (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionRequireTag = ProjectFlagInput;
/**
 * Restriction flag `require_limit`, `1` on or `0` off: New tasks need an estimate (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionRequireLimit = ProjectFlagInput;
/**
 * Restriction flag `require_hidden`, `1` on or `0` off: New tasks need their visibility set (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionRequireHidden = ProjectFlagInput;
/**
 * Restriction flag `deny_comments_edit`, `1` on or `0` off: Users may not edit or delete comments (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionDenyCommentsEdit = ProjectFlagInput;
/**
 * Restriction flag `deny_task_edit`, `1` on or `0` off: Users may not edit or delete tasks (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionDenyTaskEdit = ProjectFlagInput;
/**
 * Restriction flag `deny_task_delete`, `1` on or `0` off: Users may not delete tasks (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionDenyTaskDelete = ProjectFlagInput;
/**
 * Restriction flag `time_require`, `1` on or `0` off: A task can only be marked done with costs booked on it (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionTimeRequire = ProjectFlagInput;
/**
 * Restriction flag `time_today`, `1` on or `0` off: Costs can only be booked for the current day (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionTimeToday = ProjectFlagInput;
/**
 * Restriction flag `timer_only`, `1` on or `0` off: Costs can only be booked from the timer (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
 */
export type ProjectOptionTimerOnly = ProjectFlagInput;
/**
 * Name of the folder. Missing or empty is refused with `status_code` 10 ("Field is required", `message_details` `title`).
 */
export type ProjectGroupTitle = string;
/**
 * How far back to look, as a whole number followed by its unit: `1m` to `360m` (minutes), `1h` to `72h`
 * (hours) or `1d` to `30d` (days), e.g. `3d`. A value outside these ranges (the recording sent `60d`) is
 * refused like a missing one: `status_code` 10, "Field is required", `message_details` `period`.
 *
 * Vendor-doc correction: the vendor's page calls the possible values "integer"; the value is text, a
 * number and a unit letter, as the page's own sample `period=3d` shows.
 */
export type EventsPeriod2 = EventsPeriod;
/**
 * Only the tags of this group, given by its name or its id (from get_project_tag_groups, or `group.id` in this action's answer).
 */
export type ProjectTagGroupFilter = ProjectTagGroupRef;
/**
 * Only groups of this type: `status` or `label`.
 */
export type ProjectTagTypeFilter = ProjectTagType;
/**
 * Only groups of this visibility: `public` (all teams, client teams included) or `private` (the company's own teams). Status groups are always public.
 */
export type ProjectTagAccessFilter = ProjectTagAccess;
/**
 * The group to create the tags in, by name or id (see get_project_tag_groups). Missing or empty is refused with `status_code` 10 ("Field is required", `message_details` `group (id or title)`).
 */
export type ProjectTagGroupRequired = ProjectTagGroupRef;
/**
 * Names of the tags to create, as ONE comma-separated list (spaces after the commas are tolerated). Names that already exist in the group are not created again.
 */
export type ProjectTagTitles = ProjectNameList;
/**
 * Tags to set on the project, as ONE comma-separated list of tag names (full match) or ids. A name or id that is no project tag is refused with `status_code` 16 ("Tag is invalid", the name in `message_details`). Empty means none.
 */
export type ProjectTagsPlus = ProjectTagRefList;
/**
 * Tags to take off the project, in the same form as `plus`. Empty means none.
 */
export type ProjectTagsMinus = ProjectTagRefList;
/**
 * Names of the groups to create, as ONE comma-separated list (spaces after the commas are tolerated). Names that already exist are not created again. Missing or empty is refused with `status_code` 10 ("Field is required", `message_details` `title`).
 */
export type ProjectTagGroupTitles = ProjectNameList;
/**
 * Visibility of the new groups: `public` (all teams, client teams included) or `private` (the company's own teams). Status groups are always public whatever is sent.
 */
export type ProjectTagGroupAccess = ProjectTagAccess;
/**
 * Type of the new groups: `status` or `label`. Optional: groups created without it are answered (and
 * listed) with an empty `type`.
 *
 * Vendor-doc correction: the vendor's 2023 SDK documents `type` as required for this action (as the
 * documentation page does for add_task_tag_groups); the vendor's own Postman request leaves it out and the
 * service creates the groups, with `type` "".
 */
export type ProjectTagGroupType = ProjectTagType;
/**
 * Names the action; always `get_project` for this call.
 */
export type GetProjectAction = 'get_project';
/**
 * Names the action; always `post_project` for this call.
 */
export type PostProjectAction = 'post_project';
/**
 * Names the action; always `update_project` for this call.
 */
export type UpdateProjectAction = 'update_project';
/**
 * Names the action; always `close_project` for this call.
 */
export type CloseProjectAction = 'close_project';
/**
 * Names the action; always `activate_project` for this call.
 */
export type ActivateProjectAction = 'activate_project';
/**
 * Names the action; always `add_project_members` for this call.
 */
export type AddProjectMembersAction = 'add_project_members';
/**
 * Names the action; always `delete_project_members` for this call.
 */
export type DeleteProjectMembersAction = 'delete_project_members';
/**
 * Names the action; always `get_project_groups` for this call.
 */
export type GetProjectGroupsAction = 'get_project_groups';
/**
 * Names the action; always `add_project_group` for this call.
 */
export type AddProjectGroupAction = 'add_project_group';
/**
 * Names the action; always `get_events` for this call.
 */
export type GetEventsAction = 'get_events';
/**
 * Names the action; always `get_project_tags` for this call.
 */
export type GetProjectTagsAction = 'get_project_tags';
/**
 * Names the action; always `add_project_tags` for this call.
 */
export type AddProjectTagsAction = 'add_project_tags';
/**
 * Names the action; always `update_project_tags` for this call.
 */
export type UpdateProjectTagsAction = 'update_project_tags';
/**
 * Names the action; always `get_project_tag_groups` for this call.
 */
export type GetProjectTagGroupsAction = 'get_project_tag_groups';
/**
 * Names the action; always `add_project_tag_groups` for this call.
 */
export type AddProjectTagGroupsAction = 'add_project_tag_groups';
/**
 * Names the action; always `get_project_custom_fields` for this call.
 */
export type GetProjectCustomFieldsAction = 'get_project_custom_fields';
/**
 * Names the action; always `get_all_tasks` for this call.
 */
export type GetAllTasksAction = 'get_all_tasks';
/**
 * Names the action; always `get_tasks` for this call.
 */
export type GetTasksAction = 'get_tasks';
/**
 * Names the action; always `get_task` for this call.
 */
export type GetTaskAction = 'get_task';
/**
 * Names the action; always `post_task` for this call.
 */
export type PostTaskAction = 'post_task';
/**
 * Names the action; always `update_task` for this call.
 */
export type UpdateTaskAction = 'update_task';
/**
 * Names the action; always `complete_task` for this call.
 */
export type CompleteTaskAction = 'complete_task';
/**
 * Names the action; always `reopen_task` for this call.
 */
export type ReopenTaskAction = 'reopen_task';
/**
 * Names the action; always `search_tasks` for this call.
 */
export type SearchTasksAction = 'search_tasks';
/**
 * Names the action; always `subscribe` for this call.
 */
export type SubscribeAction = 'subscribe';
/**
 * Names the action; always `unsubscribe` for this call.
 */
export type UnsubscribeAction = 'unsubscribe';
/**
 * Names the action; always `get_comments` for this call.
 */
export type GetCommentsAction = 'get_comments';
/**
 * Names the action; always `post_comment` for this call.
 */
export type PostCommentAction = 'post_comment';
/**
 * Names the action; always `get_task_tags` for this call.
 */
export type GetTaskTagsAction = 'get_task_tags';
/**
 * Names the action; always `add_task_tags` for this call.
 */
export type AddTaskTagsAction = 'add_task_tags';
/**
 * Names the action; always `update_task_tags` for this call.
 */
export type UpdateTaskTagsAction = 'update_task_tags';
/**
 * Names the action; always `get_task_tag_groups` for this call.
 */
export type GetTaskTagGroupsAction = 'get_task_tag_groups';
/**
 * Names the action; always `add_task_tag_groups` for this call.
 */
export type AddTaskTagGroupsAction = 'add_task_tag_groups';
/**
 * Names the action; always `get_task_custom_fields` for this call.
 */
export type GetTaskCustomFieldsAction = 'get_task_custom_fields';
/**
 * Id of the project whose tasks are meant (from `get_projects`).
 */
export type TaskProjectId = IdInput;
/**
 * Id of the task or subtask (any nesting level) the call is about.
 */
export type TaskId = IdInput;
/**
 * `active` keeps only open tasks (for `get_task`: only open subtasks under `child`). Without it open
 * and done tasks both come. There is no value that keeps only done tasks.
 */
export type TaskActiveFilter2 = TaskActiveFilter;
/**
 * Extra data to include, one comma-separated list (spaces after the commas are tolerated):
 * `text` or `html` adds the description (`text`) as plain text or HTML; `files` the files attached
 * to the description (`files`); `comments` the five newest comments and `has_comments`;
 * `relations` the dependencies on other tasks (`relations`); `subtasks` the subtasks, nested under
 * `child` (two levels deep); `archive` also lists the tasks of archived projects, which are left
 * out otherwise.
 */
export type GetAllTasksExtra2 = GetAllTasksExtra;
/**
 * Extra data to include, one comma-separated list (spaces after the commas are tolerated): `text`
 * or `html` (the description), `files` (files attached to the description), `comments` (the five
 * newest comments and `has_comments`), `relations` (dependencies), `subtasks` (subtasks under
 * `child`, two levels deep), `subscribers` (the people subscribed to each task).
 */
export type GetTasksExtra2 = GetTasksExtra;
/**
 * Extra data to include, one comma-separated list (spaces after the commas are tolerated): `text`
 * or `html` (the description), `files`, `comments` (the five newest and `has_comments`),
 * `relations`, `subtasks` (the subtasks under `child`, as short entries), `subscribers`, and
 * `custom_fields` (the task's custom field values; named only by the vendor's 2026 clients).
 */
export type GetTaskExtra2 = GetTaskExtra;
/**
 * Project to create the task in. The vendor's SDK notes that the project may be active, put to sleep or archived.
 */
export type PostTaskProjectId = IdInput;
/**
 * Name of the new task. An empty value is refused with code 10 (`Field is required`).
 */
export type PostTaskTitle = string;
/**
 * Makes the new task a subtask of this task (of the same project). Tasks nest at most two levels
 * below a top-level task. A parent that is done is refused with code 8 (`Task is closed`).
 */
export type PostTaskIdParent = IdInput;
/**
 * E-mail of the member to record as author. Without it the author is the account's owner (presumed; a user token sets it to its user).
 */
export type TaskEmailUserFrom = TaskEmailInput;
/**
 * Who the task is assigned to: a member's e-mail address, `ANY` ("Anyone") or `NOONE` (nobody).
 * Without it a new task is assigned to nobody; `update_task` leaves the assignee as it is.
 */
export type TaskEmailUserTo = TaskAssigneeInput;
/**
 * Priority from 0 to 10. A new task without it gets 1.
 */
export type TaskPriority2 = TaskPriorityInput;
/**
 * Description of the task (plain text; cut at 65,536 characters).
 */
export type PostTaskText = string;
/**
 * Checklist items, one per repetition of the parameter (`todo[]=Draft&todo[]=Review`). The service
 * appends them to the description, one line each, after a bullet (`\r\n• Draft`).
 */
export type TaskTodo = TaskTodoItems;
/**
 * Start date, `DD.MM.YYYY`.
 */
export type TaskDateStart = DateInput;
/**
 * Due date (or end date when a start date is set), `DD.MM.YYYY`.
 */
export type TaskDateEnd = DateInput;
/**
 * Comma-separated e-mail addresses of members to subscribe to the new task (they are notified of its changes).
 */
export type PostTaskSubscribe = TaskEmailListInput;
/**
 * Comma-separated e-mail addresses of the only members who may see the new task; it is hidden from everybody else. Without it the task is visible to the project's team.
 */
export type PostTaskHidden = TaskEmailListInput;
/**
 * Comma-separated e-mail addresses of members to mention; the mentions are added at the end of the description (not at a chosen place).
 */
export type PostTaskMention = TaskEmailListInput;
/**
 * Time estimate in hours (a decimal point, or a decimal comma, for fractions).
 */
export type TaskMaxTime = TaskEstimateInput;
/**
 * Financial estimate (budget) in the account's currency.
 */
export type TaskMaxMoney = TaskEstimateInput;
/**
 * Comma-separated statuses and labels to set on the task, each by its id or by its name (a name
 * only where it is unique); ids and names come from `get_task_tags`.
 */
export type TaskTagsInput = TaskTagListInput;
/**
 * Not in the vendor's parameter list for `post_task`, but sent (`extra=text`) by the vendor's own
 * Postman collection in a recorded call; presumably chooses the form of `text` in the answer
 * (`text` plain, `html` HTML). Whether it has any effect is not known.
 */
export type PostTaskExtra2 = PostTaskExtra;
/**
 * New name of the task.
 */
export type UpdateTaskTitle = string;
/**
 * Closing date of a done task, `DD.MM.YYYY` (corrects when it was done).
 */
export type UpdateTaskDateClosed = DateInput;
/**
 * Only tasks of this project. One of the five search parameters.
 */
export type SearchTasksIdProject = IdInput;
/**
 * Only this task (and, presumably, its subtasks). One of the five search parameters.
 */
export type SearchTasksIdTask = IdInput;
/**
 * Only tasks created by this member. One of the five search parameters.
 */
export type SearchTasksEmailUserFrom = TaskEmailInput;
/**
 * Only tasks assigned to this member. One of the five search parameters.
 */
export type SearchTasksEmailUserTo = TaskEmailInput;
/**
 * A search expression (one of the five search parameters). The language, as the vendor documents it:
 *
 * ```
 * expression = term { ("and" | "or") term }
 * term       = "(" expression ")" | condition
 * condition  = number-field "=" integer
 * | number-field "in" "(" integer { "," integer } ")"
 * | "name" ( "=" | "has" ) text
 * | date-field ( "=" | "!=" | "<" | ">" | "<=" | ">=" ) date
 * number-field = "id" | "project" | "parent"
 * date-field   = "dateadd" | "datestart" | "dateend" | "dateclose"
 * (also spelt "date_added", "date_start", "date_end", "date_closed")
 * text         = "'" characters other than "'" "'"
 * date         = "'" DD.MM.YYYY "'"
 * ```
 *
 * Fields: `id` the task's id, `project` its project's id, `parent` its parent task's id (so
 * `parent = N` lists the subtasks of N), `name` its name (`=` the whole name, `has` a part of it),
 * `dateadd` the day it was created, `datestart` its start date, `dateend` its due or end date,
 * `dateclose` the day it was done. `and` and `or` are written in lower case only; parentheses group.
 * Spaces around operators are optional (`dateend>'25.05.2021'` and `project = 2456` both appear in
 * vendor material). Examples: `project = 2456`; `id in (1234, 1240)`; `name = 'Task Report'`;
 * `name has 'Report'`; `dateadd = '01.05.2021'`;
 * `(name has 'Report' or name has 'Approval') and (dateend>'25.05.2021' and dateend<'31.05.2021')`.
 *
 * Vendor-doc correction: the documentation prints the not-equal operator with a space (`! =`); it is
 * taken here as the two-character operator `!=`, like `>=` and `<=`, which are printed without one.
 *
 * Not documented, assumed here: `and` binds tighter than `or`; matching of names ignores letter case;
 * a quote cannot occur inside a text value; a condition on a date a task does not have is false; an
 * unknown field (e.g. `priority`) or malformed expression is refused.
 */
export type SearchTasksFilter = TaskSearchFilter;
/**
 * `active` keeps only open tasks, `done` only done ones. Not a search parameter on its own: one of the five must be given too.
 */
export type SearchTasksStatus = TaskSearchStatus;
/**
 * Extra data to include, comma-separated: `text` or `html` (the description) and `files` (files attached to it).
 */
export type SearchTasksExtra2 = SearchTasksExtra;
/**
 * E-mail address of one member of the account. Anything else (for instance two addresses separated by
 * a comma) is refused with code 11 (`Invalid email`, `message_details` the value as given).
 */
export type TaskEmailUser = TaskEmailInput;
/**
 * `files` adds the files attached to each comment (`files`).
 */
export type GetCommentsExtra2 = GetCommentsExtra;
/**
 * Text of the comment. `text`, `todo[]` or both must be given.
 */
export type PostCommentText = string;
/**
 * E-mail of the member to record as the comment's author. Without it the author is the account's owner (presumed; a user token sets it to its user).
 */
export type PostCommentEmailUserFrom = TaskEmailInput;
/**
 * Comma-separated e-mail addresses of the only members who may see the comment; it is hidden from everybody else.
 */
export type PostCommentHidden = TaskEmailListInput;
/**
 * Comma-separated e-mail addresses of members to mention; the service appends their names at the end of the comment's text.
 */
export type PostCommentMention = TaskEmailListInput;
/**
 * Only the tags of this group, given by its name or its id (from `get_task_tag_groups`, or the `group` of a tag).
 */
export type GetTaskTagsGroup = string;
/**
 * Only groups of this kind, `status` (a task has at most one status of the group) or `label`.
 */
export type TaskTagGroupType2 = TaskTagGroupType;
/**
 * Only groups of this visibility, `public` (every team, client teams included) or `private` (the company's own teams only).
 */
export type TaskTagAccess2 = TaskTagAccess;
/**
 * The group to create the tags in, by name or id. Missing or empty, the call is refused with code 10 (`Field is required`, `message_details` "group (id or title)").
 */
export type AddTaskTagsGroup = string;
/**
 * Comma-separated names of the tags to create; a name the group already has is not created again.
 */
export type AddTaskTagsTitle = string;
/**
 * Comma-separated tags to set on the task, each by its full name or its id. A status replaces the task's other status of the same group (presumed).
 */
export type UpdateTaskTagsPlus = TaskTagListInput;
/**
 * Comma-separated tags to take off the task, by full name or id.
 */
export type UpdateTaskTagsMinus = TaskTagListInput;
/**
 * Kind of the new groups, `status` or `label`.
 */
export type AddTaskTagGroupsType = TaskTagGroupType;
/**
 * Visibility of the new groups, `public` or `private`. Status groups are always public, whatever is asked.
 */
export type AddTaskTagGroupsAccess = TaskTagAccess;
/**
 * Comma-separated names of the groups to create; a name that exists already is not created again. Missing or empty, the call is refused with code 10 (`Field is required`, `message_details` "title").
 */
export type AddTaskTagGroupsTitle = string;
/**
 * Names the action; always `get_users` for this call.
 */
export type GetUsersAction = 'get_users';
/**
 * Names the action; always `add_user` for this call.
 */
export type AddUserAction = 'add_user';
/**
 * E-mail address of the person to invite (required).
 */
export type UserInviteEmail = string;
/**
 * First name.
 */
export type UserInviteFirstName = string;
/**
 * Last name.
 */
export type UserInviteLastName = string;
/**
 * Position or job title.
 */
export type UserInviteTitle = string;
/**
 * Name of the team to join; without it the owner's own team.
 */
export type UserInviteGroup = string;
/**
 * Name of the department within the team.
 */
export type UserInviteDepartment = string;
/**
 * Role: `user` (default), `guest` or `reader`.
 */
export type UserInviteRole2 = UserInviteRole;
/**
 * Names the action; always `get_user_groups` for this call.
 */
export type GetUserGroupsAction = 'get_user_groups';
/**
 * Names the action; always `add_user_group` for this call.
 */
export type AddUserGroupAction = 'add_user_group';
/**
 * Name of the team (required).
 */
export type UserGroupTitle = string;
/**
 * `1` for a client team, `0` (default) for a team of the company.
 */
export type UserGroupClient = '0' | '1';
/**
 * Names the action; always `get_contacts` for this call.
 */
export type GetContactsAction = 'get_contacts';
/**
 * Names the action; always `add_contact` for this call.
 */
export type AddContactAction = 'add_contact';
/**
 * The contact's e-mail address, one address (required).
 */
export type ContactEmail = string;
/**
 * First and last name, separated by a space (required).
 */
export type ContactName = string;
/**
 * Position.
 */
export type ContactTitle = string;
/**
 * Name of the contact folder; without it presumably `DEFAULT`.
 */
export type ContactFolder = string;
/**
 * Main phone number.
 */
export type ContactPhone = string;
/**
 * Office phone number.
 */
export type ContactPhone2 = string;
/**
 * Mobile phone number.
 */
export type ContactPhone3 = string;
/**
 * Home phone number.
 */
export type ContactPhone4 = string;
/**
 * Address.
 */
export type ContactAddress = string;
/**
 * Second address.
 */
export type ContactAddress2 = string;
/**
 * Names the action; always `get_contact_groups` for this call.
 */
export type GetContactGroupsAction = 'get_contact_groups';
/**
 * Names the action; always `add_contact_group` for this call.
 */
export type AddContactGroupAction = 'add_contact_group';
/**
 * Name of the folder (required).
 */
export type ContactGroupTitle = string;
/**
 * Names the action; always `get_users_schedule` for this call.
 */
export type GetUsersScheduleAction = 'get_users_schedule';
/**
 * Members to include, comma-separated e-mail addresses or user ids (`jonas.berg@example.com,203`). Without it, every member.
 */
export type ScheduleUsers = string;
/**
 * First day to include, `DD.MM.YYYY` (inclusive).
 */
export type ScheduleDateStart = DateInput;
/**
 * Last day to include, `DD.MM.YYYY` (inclusive).
 */
export type ScheduleDateEnd = DateInput;
/**
 * Names the action; always `update_users_schedule` for this call.
 */
export type UpdateUsersScheduleAction = 'update_users_schedule';
/**
 * The changes: member (e-mail address or id) to an object of dates (`DD.MM.YYYY` or `YYYY-MM-DD`) and values (`vacation`, `sick-leave`, `workday`, `unset`). In the query it is the JSON text of that object, URL-encoded; `contentSchema` gives its shape (`UsersScheduleUpdate`), which schema validators do not check inside the text: the mock parses it and refuses text that is not such an object.
 */
export type ScheduleData = string;
/**
 * Names the action; always `get_costs` for this call.
 */
export type GetCostsAction = 'get_costs';
/**
 * Only cost lines of tasks of this project.
 */
export type CostsIdProject = IdInput;
/**
 * Only cost lines of this task (a subtask's own lines only; presumed). With `id_project` too, both must hold.
 */
export type CostsIdTask = IdInput;
/**
 * First day to include, `DD.MM.YYYY` (inclusive), compared with each line's `date`. Without it there is no lower bound.
 */
export type CostsDateStart = DateInput;
/**
 * Last day to include, `DD.MM.YYYY` (inclusive). Without it there is no upper bound.
 */
export type CostsDateEnd = DateInput;
/**
 * `1`: only lines whose time came from the timer; `0`: only lines entered by hand. Without it, both.
 */
export type CostsIsTimer2 = CostsIsTimer;
/**
 * A search expression over cost lines (the syntax of `search_tasks`). Conditions:
 *
 * - `id` (the task's id) and `project` (the project's id), integers: `id=330142`,
 * `project in (3301, 3302)`; operators `=` and `in` with a parenthesised comma list;
 * - `comment`, text in single quotes: `comment='Monthly report'` (whole comment) or
 * `comment has 'report'` (part of it);
 * - `dateadd`, the cost line's date as `'DD.MM.YYYY'` in single quotes: operators `=`, `!=`, `<`,
 * `<=`, `>`, `>=`, e.g. `dateadd>='01.05.2025'`.
 *
 * Conditions combine with `and`, `or` (lower case only) and parentheses:
 * `(comment has 'report' or comment has 'review') and dateadd>'01.05.2025'`. Spaces around operators
 * are optional. Parsing rules assumed here (the mock's): `and` binds tighter than `or`; keywords and
 * field names are lower case; a quoted value cannot contain a quote; `has` ignores letter case, `=`
 * on text compares exactly. The older names `task` (for `id`) and `date_added` (for `dateadd`) are
 * accepted too. The filter narrows whatever `id_project`, `id_task`, `datestart`, `dateend` and
 * `is_timer` select (all conditions must hold).
 *
 * Vendor-doc correction: the documentation writes the date form as `'DD.MM. YYYY'` (with a space);
 * the dates are `'DD.MM.YYYY'`, as the vendor's Russian and Ukrainian pages and all its examples
 * show.
 *
 * Vendor-doc correction: an older English page and the 2023 SDK name the task field `task` and the
 * date field `dateadd or date_added`; the current pages and the Postman collection say `id` and
 * `dateadd`. This document takes the current names and accepts the older ones.
 *
 * Vendor-doc correction: the Postman collection prints the not-equal operator as `! =` and gives a
 * combined example whose date range (`dateadd<'25.05.2021' and dateadd>'31.05.2021'`) can match
 * nothing; the operator is `!=`, as on the `search_tasks` page.
 */
export type CostsFilter2 = CostsFilter;
/**
 * Names the action; always `get_costs_total` for this call.
 */
export type GetCostsTotalAction = 'get_costs_total';
/**
 * Projects to sum, e.g. `project=3301` or `project in (3301, 3302)`, combined with `and`, `or` (lower case) and parentheses. Only `project` can be used here.
 */
export type CostsTotalFilter2 = CostsTotalFilter;
/**
 * What to add: `projects` (per-project and per-month totals), and with it `tasks` or `tasks_top_level` (per-task totals). Comma-separated.
 */
export type CostsTotalExtra2 = CostsTotalExtra;
/**
 * Names the action; always `add_costs` for this call.
 */
export type AddCostsAction = 'add_costs';
/**
 * The task (or subtask) to book on (required).
 */
export type AddCostsIdTask = IdInput;
/**
 * Time to book, in hours: `1.5`, `1,5`, `2` or `1:30` (see `CostTimeInput` for the parsing rule).
 */
export type CostBookTime = CostTimeInput;
/**
 * Money to book in the account's currency, when it is not derived from a rate (ignored with `is_rate=1`).
 */
export type CostBookMoney = CostMoneyInput;
/**
 * `1`: the money is the author's hourly rate times the booked time; a `money` value is then ignored.
 */
export type CostBookIsRate = CostIsRate;
/**
 * E-mail address of the member the cost is booked for. The vendor calls it required with an admin
 * signature, but the recorded admin call without it succeeded; who is then the author is not
 * known (the mock takes the account owner).
 *
 * Vendor-doc correction: the documentation says `email_user_from` is required when the call is
 * signed with the admin key; a recorded admin call without it was accepted.
 */
export type AddCostsEmailUserFrom = string;
/**
 * Comment on the cost line.
 */
export type CostBookComment = string;
/**
 * Day the cost is booked for, `DD.MM.YYYY`. Without it, the current day (the account's time zone, presumed).
 */
export type CostBookDate = DateInput;
/**
 * Names the action; always `update_costs` for this call.
 */
export type UpdateCostsAction = 'update_costs';
/**
 * The cost line to change (required; digits, or the number add_costs answers).
 */
export type UpdateCostsIdCosts = IdValue;
/**
 * Names the action; always `delete_costs` for this call.
 */
export type DeleteCostsAction = 'delete_costs';
/**
 * The cost line to delete (required; digits, or the number add_costs answers).
 */
export type DeleteCostsIdCosts = IdValue;
/**
 * Names the action; always `get_timers` for this call.
 */
export type GetTimersAction = 'get_timers';
/**
 * Names the action; always `stop_timer` for this call.
 */
export type StopTimerAction = 'stop_timer';
/**
 * Id of the running timer to stop, as `getTimers` gives it.
 */
export type TimerId = IdInput;
/**
 * Names the action; always `get_files` for this call.
 */
export type GetFilesAction = 'get_files';
/**
 * The project whose files to list. Required unless `id_task` is given.
 */
export type FileProjectId = IdInput;
/**
 * The task whose files to list (its description's and its comments'). Required unless `id_project` is given.
 */
export type FileTaskId = IdInput;
/**
 * Names the action; always `download` for this call.
 */
export type DownloadAction = 'download';
/**
 * Id of the file to download, as `getFiles` gives it.
 */
export type FileId = IdInput;
/**
 * Names the action; always `upload_files` for this call.
 */
export type UploadFilesAction = 'upload_files';
/**
 * Names the action; always `get_webhooks` for this call.
 */
export type GetWebhooksAction = 'get_webhooks';
/**
 * Names the action; always `add_webhook` for this call.
 */
export type AddWebhookAction = 'add_webhook';
/**
 * Where to send the events. The service calls it before creating the webhook; it must answer HTTP
 * 200 with the JSON `{"status": "OK"}`.
 */
export type WebhookUrl = WebhookTarget;
/**
 * The events to send, comma-separated, e.g. `post_task,close_task,post_comment`. Required; an empty
 * value passes the schema only so that the service's own refusal can answer it (a recorded call with
 * `events=` was refused for its URL, which the service checks first).
 */
export type WebhookEvents = WebhookEventsInput;
/**
 * Only events of these projects, as comma-separated project ids (spaces after the commas are tolerated, as recorded). Without it, events of every project are sent.
 */
export type WebhookProjects = WebhookProjectList;
/**
 * User name for HTTP basic authentication on the URL, if it needs one.
 */
export type WebhookHttpUser = string;
/**
 * Password for HTTP basic authentication on the URL, with `http_user`.
 */
export type WebhookHttpPass = string;
/**
 * Names the action; always `delete_webhook` for this call.
 */
export type DeleteWebhookAction = 'delete_webhook';
/**
 * Id of the webhook to delete (digits; add_webhook answers it as a number, which is taken as it is).
 */
export type WebhookId = IdValue;
/**
 * Names the action; always `me` for this call.
 */
export type MeAction = 'me';
/**
 * Names the action; always `get_my_timer` for this call.
 */
export type GetMyTimerAction = 'get_my_timer';
/**
 * Names the action; always `start_my_timer` for this call.
 */
export type StartMyTimerAction = 'start_my_timer';
/**
 * The task to run the timer on.
 */
export type MyTimerTaskId = IdInput;
/**
 * Names the action; always `stop_my_timer` for this call.
 */
export type StopMyTimerAction = 'stop_my_timer';
/**
 * Comment of the cost entry the stopped timer books; may be empty.
 */
export type MyTimerComment = string;
/**
 * Names the action; always `delete_my_timer` for this call.
 */
export type DeleteMyTimerAction = 'delete_my_timer';
export type GetProjectsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only projects in this state: `active`, `pending` (put to sleep) or `archive` (closed). The values
         * are the project states the service reports in `status`. Without it every project is listed.
         *
         * Vendor-doc correction: the documentation page spells the archive filter `archived`; the service
         * reads `archive`, the word its answers use for an archived project's `status`. `archived` is
         * refused here.
         */
        filter?: ProjectFilter;
        /**
         * Extra data to include, as one comma-separated list (spaces after commas are tolerated):
         * `text` or `html` adds the description (`text`) as plain text or HTML, `options` adds the
         * restriction flags (`options`), `users` adds the team (`users`). For example
         * `extra=text,options,users`.
         *
         * Vendor-doc correction: the documentation page runs the parameter name into its description
         * ("extraadditional project info"); the parameter is called `extra`.
         */
        extra?: ProjectExtra;
    };
    url: '/api/admin/v2/#get_projects';
};
export type GetProjectsResponses = {
    /**
     * The projects (`status` `ok`), or the error envelope (`status` `error`): the service reports
     * failures such as a wrong signature with HTTP 200 too.
     */
    200: GetProjectsResult;
};
export type GetProjectsResponse = GetProjectsResponses[keyof GetProjectsResponses];
export type GetProjectsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form); may be empty.
     */
    body?: GetProjectsParameters;
    path?: never;
    query?: {
        /**
         * Only projects in this state: `active`, `pending` (put to sleep) or `archive` (closed). The values
         * are the project states the service reports in `status`. Without it every project is listed.
         *
         * Vendor-doc correction: the documentation page spells the archive filter `archived`; the service
         * reads `archive`, the word its answers use for an archived project's `status`. `archived` is
         * refused here.
         */
        filter?: ProjectFilter;
        /**
         * Extra data to include, as one comma-separated list (spaces after commas are tolerated):
         * `text` or `html` adds the description (`text`) as plain text or HTML, `options` adds the
         * restriction flags (`options`), `users` adds the team (`users`). For example
         * `extra=text,options,users`.
         *
         * Vendor-doc correction: the documentation page runs the parameter name into its description
         * ("extraadditional project info"); the parameter is called `extra`.
         */
        extra?: ProjectExtra;
    };
    url: '/api/admin/v2/#get_projects';
};
export type GetProjectsJsonResponses = {
    /**
     * The projects (`status` `ok`), or the error envelope (`status` `error`): the service reports
     * failures such as a wrong signature with HTTP 200 too.
     */
    200: GetProjectsResult;
};
export type GetProjectsJsonResponse = GetProjectsJsonResponses[keyof GetProjectsJsonResponses];
export type GetProjectData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project, as `get_projects` returns it. An id that names no project of the account is refused with `status_code` 4 ("Project is invalid").
         */
        id_project: IdInput;
        /**
         * Extra data to include, as one comma-separated list (spaces after commas are tolerated):
         * `text` or `html` adds the description (`text`) as plain text or HTML, `options` adds the
         * restriction flags (`options`), `users` adds the team (`users`). For example
         * `extra=text,options,users`.
         *
         * Vendor-doc correction: the documentation page runs the parameter name into its description
         * ("extraadditional project info"); the parameter is called `extra`.
         */
        extra?: ProjectExtra;
    };
    url: '/api/admin/v2/#get_project';
};
export type GetProjectResponses = {
    /**
     * The project (`status` `ok`, the project in `data`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectResult;
};
export type GetProjectResponse = GetProjectResponses[keyof GetProjectResponses];
export type GetProjectJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: GetProjectParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_project';
};
export type GetProjectJsonResponses = {
    /**
     * The project (`status` `ok`, the project in `data`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectResult;
};
export type GetProjectJsonResponse = GetProjectJsonResponses[keyof GetProjectJsonResponses];
export type PostProjectData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Name of the new project. Missing or empty is refused with `status_code` 10 ("Field is required", `message_details` `title`).
         */
        title: ProjectTitle;
        /**
         * E-mail address of the account user to record as the project's author (`user_from`). Without it the author is the account owner, as far as recordings show.
         */
        email_user_from?: ProjectEmailInput;
        /**
         * E-mail address of the account user who manages the project (`user_to`). Without it a new project has no manager (`user_to` is the no-manager marker).
         */
        email_manager?: ProjectEmailInput;
        /**
         * Who new tasks of the project are assigned to by default: a user's e-mail address, `ANY` ("Anyone") or `NOONE` (nobody; also what leaving it out means). It is not returned by the project actions.
         */
        email_user_to?: ProjectAssigneeInput;
        /**
         * Team members as ONE comma-separated list of e-mail addresses of account users (spaces after the commas are tolerated), e.g. `members=jonas.berg@example.com, lena.fischer@example.com`. On post_project they make up the new project's team; on update_project they are added to the team (nobody is removed: that is delete_project_members).
         */
        members?: ProjectEmailList;
        /**
         * Description of the project. Text beyond 65,536 characters is cut off silently.
         */
        text?: string;
        /**
         * Name of the folder (see get_project_groups) to file the project in; returned as `company`. Without it the project goes to a default folder (in the recordings, the account's own team folder).
         */
        company?: string;
        /**
         * Planned start, `DD.MM.YYYY` (returned as `date_start`, `YYYY-MM-DD`).
         */
        datestart?: DateInput;
        /**
         * Due date, `DD.MM.YYYY` (returned as `date_end`, `YYYY-MM-DD`).
         */
        dateend?: DateInput;
        /**
         * Time estimate in hours (returned as the number `max_time`).
         */
        max_time?: ProjectAmountInput;
        /**
         * Financial estimate (budget) in the account's currency (returned as the number `max_money`).
         */
        max_money?: ProjectAmountInput;
        /**
         * Project tags (statuses and labels) as ONE comma-separated list of tag names (when the name is unique) or tag ids from get_project_tags, e.g. `tags=design, 7702`. On update_project the list replaces the tags the project had.
         */
        tags?: ProjectTagRefList;
        /**
         * `options` adds the restriction flags (`options`) to the answer; it is the only value the vendor documents for this action. The answer never carries the description or the team: the recorded post_project call set a description and `extra=options` and was answered without `text`.
         */
        extra?: ProjectWriteExtra;
        /**
         * Restriction flag `allow_close`, `1` on or `0` off: Assignees may mark tasks as done. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.allow_close'?: ProjectFlagInput;
        /**
         * Restriction flag `allow_give`, `1` on or `0` off: Assignees may hand a task over to someone else. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.allow_give'?: ProjectFlagInput;
        /**
         * Restriction flag `allow_term`, `1` on or `0` off: Assignees may change deadlines. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.allow_term'?: ProjectFlagInput;
        /**
         * Restriction flag `allow_limit`, `1` on or `0` off: Assignees may change estimates. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.allow_limit'?: ProjectFlagInput;
        /**
         * Restriction flag `require_term`, `1` on or `0` off: New tasks need a deadline (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.require_term'?: ProjectFlagInput;
        /**
         * Restriction flag `require_tag`, `1` on or `0` off: New tasks need a stage or label (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.require_tag'?: ProjectFlagInput;
        /**
         * Restriction flag `require_limit`, `1` on or `0` off: New tasks need an estimate (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.require_limit'?: ProjectFlagInput;
        /**
         * Restriction flag `require_hidden`, `1` on or `0` off: New tasks need their visibility set (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.require_hidden'?: ProjectFlagInput;
        /**
         * Restriction flag `deny_comments_edit`, `1` on or `0` off: Users may not edit or delete comments (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.deny_comments_edit'?: ProjectFlagInput;
        /**
         * Restriction flag `deny_task_edit`, `1` on or `0` off: Users may not edit or delete tasks (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.deny_task_edit'?: ProjectFlagInput;
        /**
         * Restriction flag `deny_task_delete`, `1` on or `0` off: Users may not delete tasks (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.deny_task_delete'?: ProjectFlagInput;
        /**
         * Restriction flag `time_require`, `1` on or `0` off: A task can only be marked done with costs booked on it (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.time_require'?: ProjectFlagInput;
        /**
         * Restriction flag `time_today`, `1` on or `0` off: Costs can only be booked for the current day (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.time_today'?: ProjectFlagInput;
        /**
         * Restriction flag `timer_only`, `1` on or `0` off: Costs can only be booked from the timer (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.timer_only'?: ProjectFlagInput;
    };
    url: '/api/admin/v2/#post_project';
};
export type PostProjectResponses = {
    /**
     * The new project (`status` `ok`, the project in `data`), or the error envelope, also with HTTP 200.
     */
    200: PostProjectResult;
};
export type PostProjectResponse = PostProjectResponses[keyof PostProjectResponses];
export type PostProjectJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: PostProjectParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#post_project';
};
export type PostProjectJsonResponses = {
    /**
     * The new project (`status` `ok`, the project in `data`), or the error envelope, also with HTTP 200.
     */
    200: PostProjectResult;
};
export type PostProjectJsonResponse = PostProjectJsonResponses[keyof PostProjectJsonResponses];
export type UpdateProjectData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project, as `get_projects` returns it. An id that names no project of the account is refused with `status_code` 4 ("Project is invalid").
         */
        id_project: IdInput;
        /**
         * New name of the project (returned as `name`).
         */
        title?: ProjectTitle;
        /**
         * E-mail address of the account user who manages the project (`user_to`). Without it a new project has no manager (`user_to` is the no-manager marker).
         */
        email_manager?: ProjectEmailInput;
        /**
         * Who new tasks of the project are assigned to by default: a user's e-mail address, `ANY` ("Anyone") or `NOONE` (nobody; also what leaving it out means). It is not returned by the project actions.
         */
        email_user_to?: ProjectAssigneeInput;
        /**
         * Team members as ONE comma-separated list of e-mail addresses of account users (spaces after the commas are tolerated), e.g. `members=jonas.berg@example.com, lena.fischer@example.com`. On post_project they make up the new project's team; on update_project they are added to the team (nobody is removed: that is delete_project_members).
         */
        members?: ProjectEmailList;
        /**
         * Planned start, `DD.MM.YYYY` (returned as `date_start`, `YYYY-MM-DD`).
         */
        datestart?: DateInput;
        /**
         * Due date, `DD.MM.YYYY` (returned as `date_end`, `YYYY-MM-DD`).
         */
        dateend?: DateInput;
        /**
         * Time estimate in hours (returned as the number `max_time`).
         */
        max_time?: ProjectAmountInput;
        /**
         * Financial estimate (budget) in the account's currency (returned as the number `max_money`).
         */
        max_money?: ProjectAmountInput;
        /**
         * Project tags (statuses and labels) as ONE comma-separated list of tag names (when the name is unique) or tag ids from get_project_tags, e.g. `tags=design, 7702`. On update_project the list replaces the tags the project had.
         */
        tags?: ProjectTagRefList;
        /**
         * `options` adds the restriction flags (`options`) to the answer; it is the only value the vendor documents for this action. The answer never carries the description or the team: the recorded post_project call set a description and `extra=options` and was answered without `text`.
         */
        extra?: ProjectWriteExtra;
        /**
         * Restriction flag `allow_close`, `1` on or `0` off: Assignees may mark tasks as done. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.allow_close'?: ProjectFlagInput;
        /**
         * Restriction flag `allow_give`, `1` on or `0` off: Assignees may hand a task over to someone else. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.allow_give'?: ProjectFlagInput;
        /**
         * Restriction flag `allow_term`, `1` on or `0` off: Assignees may change deadlines. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.allow_term'?: ProjectFlagInput;
        /**
         * Restriction flag `allow_limit`, `1` on or `0` off: Assignees may change estimates. The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.allow_limit'?: ProjectFlagInput;
        /**
         * Restriction flag `require_term`, `1` on or `0` off: New tasks need a deadline (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.require_term'?: ProjectFlagInput;
        /**
         * Restriction flag `require_tag`, `1` on or `0` off: New tasks need a stage or label (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.require_tag'?: ProjectFlagInput;
        /**
         * Restriction flag `require_limit`, `1` on or `0` off: New tasks need an estimate (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.require_limit'?: ProjectFlagInput;
        /**
         * Restriction flag `require_hidden`, `1` on or `0` off: New tasks need their visibility set (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.require_hidden'?: ProjectFlagInput;
        /**
         * Restriction flag `deny_comments_edit`, `1` on or `0` off: Users may not edit or delete comments (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.deny_comments_edit'?: ProjectFlagInput;
        /**
         * Restriction flag `deny_task_edit`, `1` on or `0` off: Users may not edit or delete tasks (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.deny_task_edit'?: ProjectFlagInput;
        /**
         * Restriction flag `deny_task_delete`, `1` on or `0` off: Users may not delete tasks (paid plans). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.deny_task_delete'?: ProjectFlagInput;
        /**
         * Restriction flag `time_require`, `1` on or `0` off: A task can only be marked done with costs booked on it (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.time_require'?: ProjectFlagInput;
        /**
         * Restriction flag `time_today`, `1` on or `0` off: Costs can only be booked for the current day (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.time_today'?: ProjectFlagInput;
        /**
         * Restriction flag `timer_only`, `1` on or `0` off: Costs can only be booked from the timer (paid plans; at most one of the three cost flags). The name is sent as written, with the dot. Left out, the flag keeps its value (off for a new project).
         */
        'options.timer_only'?: ProjectFlagInput;
    };
    url: '/api/admin/v2/#update_project';
};
export type UpdateProjectResponses = {
    /**
     * The project as changed (`status` `ok`, the project in `data`), or the error envelope, also with HTTP 200.
     */
    200: UpdateProjectResult;
};
export type UpdateProjectResponse = UpdateProjectResponses[keyof UpdateProjectResponses];
export type UpdateProjectJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: UpdateProjectParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#update_project';
};
export type UpdateProjectJsonResponses = {
    /**
     * The project as changed (`status` `ok`, the project in `data`), or the error envelope, also with HTTP 200.
     */
    200: UpdateProjectResult;
};
export type UpdateProjectJsonResponse = UpdateProjectJsonResponses[keyof UpdateProjectJsonResponses];
export type CloseProjectData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project, as `get_projects` returns it. An id that names no project of the account is refused with `status_code` 4 ("Project is invalid").
         */
        id_project: IdInput;
    };
    url: '/api/admin/v2/#close_project';
};
export type CloseProjectResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: CloseProjectResult;
};
export type CloseProjectResponse = CloseProjectResponses[keyof CloseProjectResponses];
export type CloseProjectJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: CloseProjectParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#close_project';
};
export type CloseProjectJsonResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: CloseProjectResult;
};
export type CloseProjectJsonResponse = CloseProjectJsonResponses[keyof CloseProjectJsonResponses];
export type ActivateProjectData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project, as `get_projects` returns it. An id that names no project of the account is refused with `status_code` 4 ("Project is invalid").
         */
        id_project: IdInput;
    };
    url: '/api/admin/v2/#activate_project';
};
export type ActivateProjectResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: ActivateProjectResult;
};
export type ActivateProjectResponse = ActivateProjectResponses[keyof ActivateProjectResponses];
export type ActivateProjectJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: ActivateProjectParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#activate_project';
};
export type ActivateProjectJsonResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: ActivateProjectResult;
};
export type ActivateProjectJsonResponse = ActivateProjectJsonResponses[keyof ActivateProjectJsonResponses];
export type AddProjectMembersData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project, as `get_projects` returns it. An id that names no project of the account is refused with `status_code` 4 ("Project is invalid").
         */
        id_project: IdInput;
        /**
         * The people, as ONE comma-separated list of e-mail addresses of account users (spaces after the commas are tolerated). An address that is not an account user is refused with `status_code` 11 ("Invalid email", the address in `message_details`).
         */
        members: ProjectEmailList;
    };
    url: '/api/admin/v2/#add_project_members';
};
export type AddProjectMembersResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: AddProjectMembersResult;
};
export type AddProjectMembersResponse = AddProjectMembersResponses[keyof AddProjectMembersResponses];
export type AddProjectMembersJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: AddProjectMembersParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_project_members';
};
export type AddProjectMembersJsonResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: AddProjectMembersResult;
};
export type AddProjectMembersJsonResponse = AddProjectMembersJsonResponses[keyof AddProjectMembersJsonResponses];
export type DeleteProjectMembersData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project, as `get_projects` returns it. An id that names no project of the account is refused with `status_code` 4 ("Project is invalid").
         */
        id_project: IdInput;
        /**
         * The people, as ONE comma-separated list of e-mail addresses of account users (spaces after the commas are tolerated). An address that is not an account user is refused with `status_code` 11 ("Invalid email", the address in `message_details`).
         */
        members: ProjectEmailList;
    };
    url: '/api/admin/v2/#delete_project_members';
};
export type DeleteProjectMembersResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: DeleteProjectMembersResult;
};
export type DeleteProjectMembersResponse = DeleteProjectMembersResponses[keyof DeleteProjectMembersResponses];
export type DeleteProjectMembersJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: DeleteProjectMembersParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#delete_project_members';
};
export type DeleteProjectMembersJsonResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: DeleteProjectMembersResult;
};
export type DeleteProjectMembersJsonResponse = DeleteProjectMembersJsonResponses[keyof DeleteProjectMembersJsonResponses];
export type GetProjectGroupsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_project_groups';
};
export type GetProjectGroupsResponses = {
    /**
     * The folders (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectGroupsResult;
};
export type GetProjectGroupsResponse = GetProjectGroupsResponses[keyof GetProjectGroupsResponses];
export type GetProjectGroupsJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form); may be empty.
     */
    body?: GetProjectGroupsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_project_groups';
};
export type GetProjectGroupsJsonResponses = {
    /**
     * The folders (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectGroupsResult;
};
export type GetProjectGroupsJsonResponse = GetProjectGroupsJsonResponses[keyof GetProjectGroupsJsonResponses];
export type AddProjectGroupData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Name of the folder. Missing or empty is refused with `status_code` 10 ("Field is required", `message_details` `title`).
         */
        title: string;
    };
    url: '/api/admin/v2/#add_project_group';
};
export type AddProjectGroupResponses = {
    /**
     * The folder (`status` `ok`, the folder in `data`), or the error envelope, also with HTTP 200.
     */
    200: AddProjectGroupResult;
};
export type AddProjectGroupResponse = AddProjectGroupResponses[keyof AddProjectGroupResponses];
export type AddProjectGroupJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: AddProjectGroupParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_project_group';
};
export type AddProjectGroupJsonResponses = {
    /**
     * The folder (`status` `ok`, the folder in `data`), or the error envelope, also with HTTP 200.
     */
    200: AddProjectGroupResult;
};
export type AddProjectGroupJsonResponse = AddProjectGroupJsonResponses[keyof AddProjectGroupJsonResponses];
export type GetEventsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * How far back to look, as a whole number followed by its unit: `1m` to `360m` (minutes), `1h` to `72h`
         * (hours) or `1d` to `30d` (days), e.g. `3d`. A value outside these ranges (the recording sent `60d`) is
         * refused like a missing one: `status_code` 10, "Field is required", `message_details` `period`.
         *
         * Vendor-doc correction: the vendor's page calls the possible values "integer"; the value is text, a
         * number and a unit letter, as the page's own sample `period=3d` shows.
         */
        period: EventsPeriod;
        /**
         * Only the events of this project. Without it, the events of every project of the account.
         */
        id_project?: IdInput;
    };
    url: '/api/admin/v2/#get_events';
};
export type GetEventsResponses = {
    /**
     * The events (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetEventsResult;
};
export type GetEventsResponse = GetEventsResponses[keyof GetEventsResponses];
export type GetEventsJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: GetEventsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_events';
};
export type GetEventsJsonResponses = {
    /**
     * The events (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetEventsResult;
};
export type GetEventsJsonResponse = GetEventsJsonResponses[keyof GetEventsJsonResponses];
export type GetProjectTagsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only the tags of this group, given by its name or its id (from get_project_tag_groups, or `group.id` in this action's answer).
         */
        group?: ProjectTagGroupRef;
        /**
         * Only groups of this type: `status` or `label`.
         */
        type?: ProjectTagType;
        /**
         * Only groups of this visibility: `public` (all teams, client teams included) or `private` (the company's own teams). Status groups are always public.
         */
        access?: ProjectTagAccess;
    };
    url: '/api/admin/v2/#get_project_tags';
};
export type GetProjectTagsResponses = {
    /**
     * The tags (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectTagsResult;
};
export type GetProjectTagsResponse = GetProjectTagsResponses[keyof GetProjectTagsResponses];
export type GetProjectTagsJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form); may be empty.
     */
    body?: GetProjectTagsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_project_tags';
};
export type GetProjectTagsJsonResponses = {
    /**
     * The tags (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectTagsResult;
};
export type GetProjectTagsJsonResponse = GetProjectTagsJsonResponses[keyof GetProjectTagsJsonResponses];
export type AddProjectTagsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The group to create the tags in, by name or id (see get_project_tag_groups). Missing or empty is refused with `status_code` 10 ("Field is required", `message_details` `group (id or title)`).
         */
        group: ProjectTagGroupRef;
        /**
         * Names of the tags to create, as ONE comma-separated list (spaces after the commas are tolerated). Names that already exist in the group are not created again.
         */
        title: ProjectNameList;
    };
    url: '/api/admin/v2/#add_project_tags';
};
export type AddProjectTagsResponses = {
    /**
     * The tags (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: AddProjectTagsResult;
};
export type AddProjectTagsResponse = AddProjectTagsResponses[keyof AddProjectTagsResponses];
export type AddProjectTagsJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: AddProjectTagsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_project_tags';
};
export type AddProjectTagsJsonResponses = {
    /**
     * The tags (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: AddProjectTagsResult;
};
export type AddProjectTagsJsonResponse = AddProjectTagsJsonResponses[keyof AddProjectTagsJsonResponses];
export type UpdateProjectTagsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project, as `get_projects` returns it. An id that names no project of the account is refused with `status_code` 4 ("Project is invalid").
         */
        id_project: IdInput;
        /**
         * Tags to set on the project, as ONE comma-separated list of tag names (full match) or ids. A name or id that is no project tag is refused with `status_code` 16 ("Tag is invalid", the name in `message_details`). Empty means none.
         */
        plus?: ProjectTagRefList;
        /**
         * Tags to take off the project, in the same form as `plus`. Empty means none.
         */
        minus?: ProjectTagRefList;
    };
    url: '/api/admin/v2/#update_project_tags';
};
export type UpdateProjectTagsResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: UpdateProjectTagsResult;
};
export type UpdateProjectTagsResponse = UpdateProjectTagsResponses[keyof UpdateProjectTagsResponses];
export type UpdateProjectTagsJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: UpdateProjectTagsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#update_project_tags';
};
export type UpdateProjectTagsJsonResponses = {
    /**
     * `{"status": "ok"}`, or the error envelope, also with HTTP 200.
     */
    200: UpdateProjectTagsResult;
};
export type UpdateProjectTagsJsonResponse = UpdateProjectTagsJsonResponses[keyof UpdateProjectTagsJsonResponses];
export type GetProjectTagGroupsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only groups of this type: `status` or `label`.
         */
        type?: ProjectTagType;
        /**
         * Only groups of this visibility: `public` (all teams, client teams included) or `private` (the company's own teams). Status groups are always public.
         */
        access?: ProjectTagAccess;
    };
    url: '/api/admin/v2/#get_project_tag_groups';
};
export type GetProjectTagGroupsResponses = {
    /**
     * The groups (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectTagGroupsResult;
};
export type GetProjectTagGroupsResponse = GetProjectTagGroupsResponses[keyof GetProjectTagGroupsResponses];
export type GetProjectTagGroupsJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form); may be empty.
     */
    body?: GetProjectTagGroupsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_project_tag_groups';
};
export type GetProjectTagGroupsJsonResponses = {
    /**
     * The groups (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectTagGroupsResult;
};
export type GetProjectTagGroupsJsonResponse = GetProjectTagGroupsJsonResponses[keyof GetProjectTagGroupsJsonResponses];
export type AddProjectTagGroupsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Names of the groups to create, as ONE comma-separated list (spaces after the commas are tolerated). Names that already exist are not created again. Missing or empty is refused with `status_code` 10 ("Field is required", `message_details` `title`).
         */
        title: ProjectNameList;
        /**
         * Visibility of the new groups: `public` (all teams, client teams included) or `private` (the company's own teams). Status groups are always public whatever is sent.
         */
        access: ProjectTagAccess;
        /**
         * Type of the new groups: `status` or `label`. Optional: groups created without it are answered (and
         * listed) with an empty `type`.
         *
         * Vendor-doc correction: the vendor's 2023 SDK documents `type` as required for this action (as the
         * documentation page does for add_task_tag_groups); the vendor's own Postman request leaves it out and the
         * service creates the groups, with `type` "".
         */
        type?: ProjectTagType;
    };
    url: '/api/admin/v2/#add_project_tag_groups';
};
export type AddProjectTagGroupsResponses = {
    /**
     * The groups (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: AddProjectTagGroupsResult;
};
export type AddProjectTagGroupsResponse = AddProjectTagGroupsResponses[keyof AddProjectTagGroupsResponses];
export type AddProjectTagGroupsJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form).
     */
    body: AddProjectTagGroupsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_project_tag_groups';
};
export type AddProjectTagGroupsJsonResponses = {
    /**
     * The groups (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: AddProjectTagGroupsResult;
};
export type AddProjectTagGroupsJsonResponse = AddProjectTagGroupsJsonResponses[keyof AddProjectTagGroupsJsonResponses];
export type GetProjectCustomFieldsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_project_custom_fields';
};
export type GetProjectCustomFieldsResponses = {
    /**
     * The custom fields (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectCustomFieldsResult;
};
export type GetProjectCustomFieldsResponse = GetProjectCustomFieldsResponses[keyof GetProjectCustomFieldsResponses];
export type GetProjectCustomFieldsJsonData = {
    /**
     * The call's parameters as a JSON object (the 2026 clients' form); may be empty.
     */
    body?: GetProjectCustomFieldsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_project_custom_fields';
};
export type GetProjectCustomFieldsJsonResponses = {
    /**
     * The custom fields (`status` `ok`), or the error envelope, also with HTTP 200.
     */
    200: GetProjectCustomFieldsResult;
};
export type GetProjectCustomFieldsJsonResponse = GetProjectCustomFieldsJsonResponses[keyof GetProjectCustomFieldsJsonResponses];
export type GetAllTasksData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * `active` keeps only open tasks (for `get_task`: only open subtasks under `child`). Without it open
         * and done tasks both come. There is no value that keeps only done tasks.
         */
        filter?: TaskActiveFilter;
        /**
         * Extra data to include, one comma-separated list (spaces after the commas are tolerated):
         * `text` or `html` adds the description (`text`) as plain text or HTML; `files` the files attached
         * to the description (`files`); `comments` the five newest comments and `has_comments`;
         * `relations` the dependencies on other tasks (`relations`); `subtasks` the subtasks, nested under
         * `child` (two levels deep); `archive` also lists the tasks of archived projects, which are left
         * out otherwise.
         */
        extra?: GetAllTasksExtra;
    };
    url: '/api/admin/v2/#get_all_tasks';
};
export type GetAllTasksResponses = {
    /**
     * The account's tasks (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetAllTasksResult;
};
export type GetAllTasksResponse = GetAllTasksResponses[keyof GetAllTasksResponses];
export type GetAllTasksJsonData = {
    /**
     * The call's parameters (the 2026 clients' form); may be empty.
     */
    body?: GetAllTasksParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_all_tasks';
};
export type GetAllTasksJsonResponses = {
    /**
     * The account's tasks (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetAllTasksResult;
};
export type GetAllTasksJsonResponse = GetAllTasksJsonResponses[keyof GetAllTasksJsonResponses];
export type GetTasksData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project whose tasks are meant (from `get_projects`).
         */
        id_project: IdInput;
        /**
         * `active` keeps only open tasks (for `get_task`: only open subtasks under `child`). Without it open
         * and done tasks both come. There is no value that keeps only done tasks.
         */
        filter?: TaskActiveFilter;
        /**
         * Extra data to include, one comma-separated list (spaces after the commas are tolerated): `text`
         * or `html` (the description), `files` (files attached to the description), `comments` (the five
         * newest comments and `has_comments`), `relations` (dependencies), `subtasks` (subtasks under
         * `child`, two levels deep), `subscribers` (the people subscribed to each task).
         */
        extra?: GetTasksExtra;
    };
    url: '/api/admin/v2/#get_tasks';
};
export type GetTasksResponses = {
    /**
     * The project's tasks (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTasksResult;
};
export type GetTasksResponse = GetTasksResponses[keyof GetTasksResponses];
export type GetTasksJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: GetTasksParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_tasks';
};
export type GetTasksJsonResponses = {
    /**
     * The project's tasks (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTasksResult;
};
export type GetTasksJsonResponse = GetTasksJsonResponses[keyof GetTasksJsonResponses];
export type GetTaskData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
        /**
         * `active` keeps only open tasks (for `get_task`: only open subtasks under `child`). Without it open
         * and done tasks both come. There is no value that keeps only done tasks.
         */
        filter?: TaskActiveFilter;
        /**
         * Extra data to include, one comma-separated list (spaces after the commas are tolerated): `text`
         * or `html` (the description), `files`, `comments` (the five newest and `has_comments`),
         * `relations`, `subtasks` (the subtasks under `child`, as short entries), `subscribers`, and
         * `custom_fields` (the task's custom field values; named only by the vendor's 2026 clients).
         */
        extra?: GetTaskExtra;
    };
    url: '/api/admin/v2/#get_task';
};
export type GetTaskResponses = {
    /**
     * The task (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTaskResult;
};
export type GetTaskResponse = GetTaskResponses[keyof GetTaskResponses];
export type GetTaskJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: GetTaskParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_task';
};
export type GetTaskJsonResponses = {
    /**
     * The task (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTaskResult;
};
export type GetTaskJsonResponse = GetTaskJsonResponses[keyof GetTaskJsonResponses];
export type PostTaskData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Project to create the task in. The vendor's SDK notes that the project may be active, put to sleep or archived.
         */
        id_project: IdInput;
        /**
         * Name of the new task. An empty value is refused with code 10 (`Field is required`).
         */
        title: string;
        /**
         * Makes the new task a subtask of this task (of the same project). Tasks nest at most two levels
         * below a top-level task. A parent that is done is refused with code 8 (`Task is closed`).
         */
        id_parent?: IdInput;
        /**
         * E-mail of the member to record as author. Without it the author is the account's owner (presumed; a user token sets it to its user).
         */
        email_user_from?: TaskEmailInput;
        /**
         * Who the task is assigned to: a member's e-mail address, `ANY` ("Anyone") or `NOONE` (nobody).
         * Without it a new task is assigned to nobody; `update_task` leaves the assignee as it is.
         */
        email_user_to?: TaskAssigneeInput;
        /**
         * Priority from 0 to 10. A new task without it gets 1.
         */
        priority?: TaskPriorityInput;
        /**
         * Description of the task (plain text; cut at 65,536 characters).
         */
        text?: string;
        /**
         * Checklist items, one per repetition of the parameter (`todo[]=Draft&todo[]=Review`). The service
         * appends them to the description, one line each, after a bullet (`\r\n• Draft`).
         */
        'todo[]'?: TaskTodoItems;
        /**
         * Start date, `DD.MM.YYYY`.
         */
        datestart?: DateInput;
        /**
         * Due date (or end date when a start date is set), `DD.MM.YYYY`.
         */
        dateend?: DateInput;
        /**
         * Comma-separated e-mail addresses of members to subscribe to the new task (they are notified of its changes).
         */
        subscribe?: TaskEmailListInput;
        /**
         * Comma-separated e-mail addresses of the only members who may see the new task; it is hidden from everybody else. Without it the task is visible to the project's team.
         */
        hidden?: TaskEmailListInput;
        /**
         * Comma-separated e-mail addresses of members to mention; the mentions are added at the end of the description (not at a chosen place).
         */
        mention?: TaskEmailListInput;
        /**
         * Time estimate in hours (a decimal point, or a decimal comma, for fractions).
         */
        max_time?: TaskEstimateInput;
        /**
         * Financial estimate (budget) in the account's currency.
         */
        max_money?: TaskEstimateInput;
        /**
         * Comma-separated statuses and labels to set on the task, each by its id or by its name (a name
         * only where it is unique); ids and names come from `get_task_tags`.
         */
        tags?: TaskTagListInput;
        /**
         * Not in the vendor's parameter list for `post_task`, but sent (`extra=text`) by the vendor's own
         * Postman collection in a recorded call; presumably chooses the form of `text` in the answer
         * (`text` plain, `html` HTML). Whether it has any effect is not known.
         */
        extra?: PostTaskExtra;
    };
    url: '/api/admin/v2/#post_task';
};
export type PostTaskResponses = {
    /**
     * The new task (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: PostTaskResult;
};
export type PostTaskResponse = PostTaskResponses[keyof PostTaskResponses];
export type PostTaskJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: PostTaskParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#post_task';
};
export type PostTaskJsonResponses = {
    /**
     * The new task (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: PostTaskResult;
};
export type PostTaskJsonResponse = PostTaskJsonResponses[keyof PostTaskJsonResponses];
export type UpdateTaskData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
        /**
         * Who the task is assigned to: a member's e-mail address, `ANY` ("Anyone") or `NOONE` (nobody).
         * Without it a new task is assigned to nobody; `update_task` leaves the assignee as it is.
         */
        email_user_to?: TaskAssigneeInput;
        /**
         * Priority from 0 to 10. A new task without it gets 1.
         */
        priority?: TaskPriorityInput;
        /**
         * New name of the task.
         */
        title?: string;
        /**
         * Start date, `DD.MM.YYYY`.
         */
        datestart?: DateInput;
        /**
         * Due date (or end date when a start date is set), `DD.MM.YYYY`.
         */
        dateend?: DateInput;
        /**
         * Closing date of a done task, `DD.MM.YYYY` (corrects when it was done).
         */
        dateclosed?: DateInput;
        /**
         * Time estimate in hours (a decimal point, or a decimal comma, for fractions).
         */
        max_time?: TaskEstimateInput;
        /**
         * Financial estimate (budget) in the account's currency.
         */
        max_money?: TaskEstimateInput;
        /**
         * Comma-separated statuses and labels to set on the task, each by its id or by its name (a name
         * only where it is unique); ids and names come from `get_task_tags`.
         */
        tags?: TaskTagListInput;
    };
    url: '/api/admin/v2/#update_task';
};
export type UpdateTaskResponses = {
    /**
     * The changed task (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: UpdateTaskResult;
};
export type UpdateTaskResponse = UpdateTaskResponses[keyof UpdateTaskResponses];
export type UpdateTaskJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: UpdateTaskParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#update_task';
};
export type UpdateTaskJsonResponses = {
    /**
     * The changed task (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: UpdateTaskResult;
};
export type UpdateTaskJsonResponse = UpdateTaskJsonResponses[keyof UpdateTaskJsonResponses];
export type CompleteTaskData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
    };
    url: '/api/admin/v2/#complete_task';
};
export type CompleteTaskResponses = {
    /**
     * `ok` (with the task, as recorded), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: CompleteTaskResult;
};
export type CompleteTaskResponse = CompleteTaskResponses[keyof CompleteTaskResponses];
export type CompleteTaskJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: CompleteTaskParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#complete_task';
};
export type CompleteTaskJsonResponses = {
    /**
     * `ok` (with the task, as recorded), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: CompleteTaskResult;
};
export type CompleteTaskJsonResponse = CompleteTaskJsonResponses[keyof CompleteTaskJsonResponses];
export type ReopenTaskData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
    };
    url: '/api/admin/v2/#reopen_task';
};
export type ReopenTaskResponses = {
    /**
     * `ok`, or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: ReopenTaskResult;
};
export type ReopenTaskResponse = ReopenTaskResponses[keyof ReopenTaskResponses];
export type ReopenTaskJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: ReopenTaskParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#reopen_task';
};
export type ReopenTaskJsonResponses = {
    /**
     * `ok`, or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: ReopenTaskResult;
};
export type ReopenTaskJsonResponse = ReopenTaskJsonResponses[keyof ReopenTaskJsonResponses];
export type SearchTasksData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only tasks of this project. One of the five search parameters.
         */
        id_project?: IdInput;
        /**
         * Only this task (and, presumably, its subtasks). One of the five search parameters.
         */
        id_task?: IdInput;
        /**
         * Only tasks created by this member. One of the five search parameters.
         */
        email_user_from?: TaskEmailInput;
        /**
         * Only tasks assigned to this member. One of the five search parameters.
         */
        email_user_to?: TaskEmailInput;
        /**
         * A search expression (one of the five search parameters). The language, as the vendor documents it:
         *
         * ```
         * expression = term { ("and" | "or") term }
         * term       = "(" expression ")" | condition
         * condition  = number-field "=" integer
         * | number-field "in" "(" integer { "," integer } ")"
         * | "name" ( "=" | "has" ) text
         * | date-field ( "=" | "!=" | "<" | ">" | "<=" | ">=" ) date
         * number-field = "id" | "project" | "parent"
         * date-field   = "dateadd" | "datestart" | "dateend" | "dateclose"
         * (also spelt "date_added", "date_start", "date_end", "date_closed")
         * text         = "'" characters other than "'" "'"
         * date         = "'" DD.MM.YYYY "'"
         * ```
         *
         * Fields: `id` the task's id, `project` its project's id, `parent` its parent task's id (so
         * `parent = N` lists the subtasks of N), `name` its name (`=` the whole name, `has` a part of it),
         * `dateadd` the day it was created, `datestart` its start date, `dateend` its due or end date,
         * `dateclose` the day it was done. `and` and `or` are written in lower case only; parentheses group.
         * Spaces around operators are optional (`dateend>'25.05.2021'` and `project = 2456` both appear in
         * vendor material). Examples: `project = 2456`; `id in (1234, 1240)`; `name = 'Task Report'`;
         * `name has 'Report'`; `dateadd = '01.05.2021'`;
         * `(name has 'Report' or name has 'Approval') and (dateend>'25.05.2021' and dateend<'31.05.2021')`.
         *
         * Vendor-doc correction: the documentation prints the not-equal operator with a space (`! =`); it is
         * taken here as the two-character operator `!=`, like `>=` and `<=`, which are printed without one.
         *
         * Not documented, assumed here: `and` binds tighter than `or`; matching of names ignores letter case;
         * a quote cannot occur inside a text value; a condition on a date a task does not have is false; an
         * unknown field (e.g. `priority`) or malformed expression is refused.
         */
        filter?: TaskSearchFilter;
        /**
         * `active` keeps only open tasks, `done` only done ones. Not a search parameter on its own: one of the five must be given too.
         */
        status?: TaskSearchStatus;
        /**
         * Extra data to include, comma-separated: `text` or `html` (the description) and `files` (files attached to it).
         */
        extra?: SearchTasksExtra;
    };
    url: '/api/admin/v2/#search_tasks';
};
export type SearchTasksResponses = {
    /**
     * The matching tasks (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: SearchTasksResult;
};
export type SearchTasksResponse = SearchTasksResponses[keyof SearchTasksResponses];
export type SearchTasksJsonData = {
    /**
     * The call's parameters (the 2026 clients' form); may be empty.
     */
    body?: SearchTasksParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#search_tasks';
};
export type SearchTasksJsonResponses = {
    /**
     * The matching tasks (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: SearchTasksResult;
};
export type SearchTasksJsonResponse = SearchTasksJsonResponses[keyof SearchTasksJsonResponses];
export type SubscribeData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
        /**
         * E-mail address of one member of the account. Anything else (for instance two addresses separated by
         * a comma) is refused with code 11 (`Invalid email`, `message_details` the value as given).
         */
        email_user: TaskEmailInput;
    };
    url: '/api/admin/v2/#subscribe';
};
export type SubscribeResponses = {
    /**
     * `ok`, or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: SubscribeResult;
};
export type SubscribeResponse = SubscribeResponses[keyof SubscribeResponses];
export type SubscribeJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: SubscribeParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#subscribe';
};
export type SubscribeJsonResponses = {
    /**
     * `ok`, or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: SubscribeResult;
};
export type SubscribeJsonResponse = SubscribeJsonResponses[keyof SubscribeJsonResponses];
export type UnsubscribeData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
        /**
         * E-mail address of one member of the account. Anything else (for instance two addresses separated by
         * a comma) is refused with code 11 (`Invalid email`, `message_details` the value as given).
         */
        email_user: TaskEmailInput;
    };
    url: '/api/admin/v2/#unsubscribe';
};
export type UnsubscribeResponses = {
    /**
     * `ok`, or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: UnsubscribeResult;
};
export type UnsubscribeResponse = UnsubscribeResponses[keyof UnsubscribeResponses];
export type UnsubscribeJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: UnsubscribeParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#unsubscribe';
};
export type UnsubscribeJsonResponses = {
    /**
     * `ok`, or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: UnsubscribeResult;
};
export type UnsubscribeJsonResponse = UnsubscribeJsonResponses[keyof UnsubscribeJsonResponses];
export type GetCommentsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
        /**
         * `files` adds the files attached to each comment (`files`).
         */
        extra?: GetCommentsExtra;
    };
    url: '/api/admin/v2/#get_comments';
};
export type GetCommentsResponses = {
    /**
     * The task's comments (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetCommentsResult;
};
export type GetCommentsResponse = GetCommentsResponses[keyof GetCommentsResponses];
export type GetCommentsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: GetCommentsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_comments';
};
export type GetCommentsJsonResponses = {
    /**
     * The task's comments (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetCommentsResult;
};
export type GetCommentsJsonResponse = GetCommentsJsonResponses[keyof GetCommentsJsonResponses];
export type PostCommentData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
        /**
         * Text of the comment. `text`, `todo[]` or both must be given.
         */
        text?: string;
        /**
         * Checklist items, one per repetition of the parameter (`todo[]=Draft&todo[]=Review`). The service
         * appends them to the description, one line each, after a bullet (`\r\n• Draft`).
         */
        'todo[]'?: TaskTodoItems;
        /**
         * E-mail of the member to record as the comment's author. Without it the author is the account's owner (presumed; a user token sets it to its user).
         */
        email_user_from?: TaskEmailInput;
        /**
         * Comma-separated e-mail addresses of the only members who may see the comment; it is hidden from everybody else.
         */
        hidden?: TaskEmailListInput;
        /**
         * Comma-separated e-mail addresses of members to mention; the service appends their names at the end of the comment's text.
         */
        mention?: TaskEmailListInput;
    };
    url: '/api/admin/v2/#post_comment';
};
export type PostCommentResponses = {
    /**
     * The new comment (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: PostCommentResult;
};
export type PostCommentResponse = PostCommentResponses[keyof PostCommentResponses];
export type PostCommentJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: PostCommentParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#post_comment';
};
export type PostCommentJsonResponses = {
    /**
     * The new comment (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: PostCommentResult;
};
export type PostCommentJsonResponse = PostCommentJsonResponses[keyof PostCommentJsonResponses];
export type GetTaskTagsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only the tags of this group, given by its name or its id (from `get_task_tag_groups`, or the `group` of a tag).
         */
        group?: string;
        /**
         * Only groups of this kind, `status` (a task has at most one status of the group) or `label`.
         */
        type?: TaskTagGroupType;
        /**
         * Only groups of this visibility, `public` (every team, client teams included) or `private` (the company's own teams only).
         */
        access?: TaskTagAccess;
    };
    url: '/api/admin/v2/#get_task_tags';
};
export type GetTaskTagsResponses = {
    /**
     * The tags (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTaskTagsResult;
};
export type GetTaskTagsResponse = GetTaskTagsResponses[keyof GetTaskTagsResponses];
export type GetTaskTagsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form); may be empty.
     */
    body?: GetTaskTagsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_task_tags';
};
export type GetTaskTagsJsonResponses = {
    /**
     * The tags (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTaskTagsResult;
};
export type GetTaskTagsJsonResponse = GetTaskTagsJsonResponses[keyof GetTaskTagsJsonResponses];
export type AddTaskTagsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The group to create the tags in, by name or id. Missing or empty, the call is refused with code 10 (`Field is required`, `message_details` "group (id or title)").
         */
        group: string;
        /**
         * Comma-separated names of the tags to create; a name the group already has is not created again.
         */
        title: string;
    };
    url: '/api/admin/v2/#add_task_tags';
};
export type AddTaskTagsResponses = {
    /**
     * The created tags (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: AddTaskTagsResult;
};
export type AddTaskTagsResponse = AddTaskTagsResponses[keyof AddTaskTagsResponses];
export type AddTaskTagsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: AddTaskTagsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_task_tags';
};
export type AddTaskTagsJsonResponses = {
    /**
     * The created tags (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: AddTaskTagsResult;
};
export type AddTaskTagsJsonResponse = AddTaskTagsJsonResponses[keyof AddTaskTagsJsonResponses];
export type UpdateTaskTagsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task or subtask (any nesting level) the call is about.
         */
        id_task: IdInput;
        /**
         * Comma-separated tags to set on the task, each by its full name or its id. A status replaces the task's other status of the same group (presumed).
         */
        plus?: TaskTagListInput;
        /**
         * Comma-separated tags to take off the task, by full name or id.
         */
        minus?: TaskTagListInput;
    };
    url: '/api/admin/v2/#update_task_tags';
};
export type UpdateTaskTagsResponses = {
    /**
     * `ok`, or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: UpdateTaskTagsResult;
};
export type UpdateTaskTagsResponse = UpdateTaskTagsResponses[keyof UpdateTaskTagsResponses];
export type UpdateTaskTagsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: UpdateTaskTagsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#update_task_tags';
};
export type UpdateTaskTagsJsonResponses = {
    /**
     * `ok`, or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: UpdateTaskTagsResult;
};
export type UpdateTaskTagsJsonResponse = UpdateTaskTagsJsonResponses[keyof UpdateTaskTagsJsonResponses];
export type GetTaskTagGroupsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only groups of this kind, `status` (a task has at most one status of the group) or `label`.
         */
        type?: TaskTagGroupType;
        /**
         * Only groups of this visibility, `public` (every team, client teams included) or `private` (the company's own teams only).
         */
        access?: TaskTagAccess;
    };
    url: '/api/admin/v2/#get_task_tag_groups';
};
export type GetTaskTagGroupsResponses = {
    /**
     * The groups (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTaskTagGroupsResult;
};
export type GetTaskTagGroupsResponse = GetTaskTagGroupsResponses[keyof GetTaskTagGroupsResponses];
export type GetTaskTagGroupsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form); may be empty.
     */
    body?: GetTaskTagGroupsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_task_tag_groups';
};
export type GetTaskTagGroupsJsonResponses = {
    /**
     * The groups (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTaskTagGroupsResult;
};
export type GetTaskTagGroupsJsonResponse = GetTaskTagGroupsJsonResponses[keyof GetTaskTagGroupsJsonResponses];
export type AddTaskTagGroupsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Kind of the new groups, `status` or `label`.
         */
        type: TaskTagGroupType;
        /**
         * Visibility of the new groups, `public` or `private`. Status groups are always public, whatever is asked.
         */
        access: TaskTagAccess;
        /**
         * Comma-separated names of the groups to create; a name that exists already is not created again. Missing or empty, the call is refused with code 10 (`Field is required`, `message_details` "title").
         */
        title: string;
    };
    url: '/api/admin/v2/#add_task_tag_groups';
};
export type AddTaskTagGroupsResponses = {
    /**
     * The created groups (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: AddTaskTagGroupsResult;
};
export type AddTaskTagGroupsResponse = AddTaskTagGroupsResponses[keyof AddTaskTagGroupsResponses];
export type AddTaskTagGroupsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: AddTaskTagGroupsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_task_tag_groups';
};
export type AddTaskTagGroupsJsonResponses = {
    /**
     * The created groups (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: AddTaskTagGroupsResult;
};
export type AddTaskTagGroupsJsonResponse = AddTaskTagGroupsJsonResponses[keyof AddTaskTagGroupsJsonResponses];
export type GetTaskCustomFieldsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_task_custom_fields';
};
export type GetTaskCustomFieldsResponses = {
    /**
     * The custom fields (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTaskCustomFieldsResult;
};
export type GetTaskCustomFieldsResponse = GetTaskCustomFieldsResponses[keyof GetTaskCustomFieldsResponses];
export type GetTaskCustomFieldsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form); may be empty.
     */
    body?: GetTaskCustomFieldsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_task_custom_fields';
};
export type GetTaskCustomFieldsJsonResponses = {
    /**
     * The custom fields (`status` `ok`), or the error envelope (`status` `error`), which the service sends with HTTP 200 as well.
     */
    200: GetTaskCustomFieldsResult;
};
export type GetTaskCustomFieldsJsonResponse = GetTaskCustomFieldsJsonResponses[keyof GetTaskCustomFieldsJsonResponses];
export type GetUsersData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_users';
};
export type GetUsersResponses = {
    /**
     * The get_users result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetUsersResult;
};
export type GetUsersResponse = GetUsersResponses[keyof GetUsersResponses];
export type GetUsersJsonData = {
    /**
     * The call's parameters (the 2026 clients' form). May be empty.
     */
    body?: GetUsersParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_users';
};
export type GetUsersJsonResponses = {
    /**
     * The get_users result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetUsersResult;
};
export type GetUsersJsonResponse = GetUsersJsonResponses[keyof GetUsersJsonResponses];
export type AddUserData = {
    body?: never;
    path?: never;
    query: {
        /**
         * E-mail address of the person to invite (required).
         */
        email: string;
        /**
         * First name.
         */
        first_name?: string;
        /**
         * Last name.
         */
        last_name?: string;
        /**
         * Position or job title.
         */
        title?: string;
        /**
         * Name of the team to join; without it the owner's own team.
         */
        group?: string;
        /**
         * Name of the department within the team.
         */
        department?: string;
        /**
         * Role: `user` (default), `guest` or `reader`.
         */
        role?: UserInviteRole;
    };
    url: '/api/admin/v2/#add_user';
};
export type AddUserResponses = {
    /**
     * The add_user result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddUserResult;
};
export type AddUserResponse = AddUserResponses[keyof AddUserResponses];
export type AddUserJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: AddUserParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_user';
};
export type AddUserJsonResponses = {
    /**
     * The add_user result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddUserResult;
};
export type AddUserJsonResponse = AddUserJsonResponses[keyof AddUserJsonResponses];
export type GetUserGroupsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_user_groups';
};
export type GetUserGroupsResponses = {
    /**
     * The get_user_groups result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetUserGroupsResult;
};
export type GetUserGroupsResponse = GetUserGroupsResponses[keyof GetUserGroupsResponses];
export type GetUserGroupsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form). May be empty.
     */
    body?: GetUserGroupsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_user_groups';
};
export type GetUserGroupsJsonResponses = {
    /**
     * The get_user_groups result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetUserGroupsResult;
};
export type GetUserGroupsJsonResponse = GetUserGroupsJsonResponses[keyof GetUserGroupsJsonResponses];
export type AddUserGroupData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Name of the team (required).
         */
        title: string;
        /**
         * `1` for a client team, `0` (default) for a team of the company.
         */
        client?: '0' | '1';
    };
    url: '/api/admin/v2/#add_user_group';
};
export type AddUserGroupResponses = {
    /**
     * The add_user_group result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddUserGroupResult;
};
export type AddUserGroupResponse = AddUserGroupResponses[keyof AddUserGroupResponses];
export type AddUserGroupJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: AddUserGroupParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_user_group';
};
export type AddUserGroupJsonResponses = {
    /**
     * The add_user_group result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddUserGroupResult;
};
export type AddUserGroupJsonResponse = AddUserGroupJsonResponses[keyof AddUserGroupJsonResponses];
export type GetContactsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_contacts';
};
export type GetContactsResponses = {
    /**
     * The get_contacts result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetContactsResult;
};
export type GetContactsResponse = GetContactsResponses[keyof GetContactsResponses];
export type GetContactsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form). May be empty.
     */
    body?: GetContactsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_contacts';
};
export type GetContactsJsonResponses = {
    /**
     * The get_contacts result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetContactsResult;
};
export type GetContactsJsonResponse = GetContactsJsonResponses[keyof GetContactsJsonResponses];
export type AddContactData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The contact's e-mail address, one address (required).
         */
        email: string;
        /**
         * First and last name, separated by a space (required).
         */
        name: string;
        /**
         * Position.
         */
        title?: string;
        /**
         * Name of the contact folder; without it presumably `DEFAULT`.
         */
        group?: string;
        /**
         * Main phone number.
         */
        phone?: string;
        /**
         * Office phone number.
         */
        phone2?: string;
        /**
         * Mobile phone number.
         */
        phone3?: string;
        /**
         * Home phone number.
         */
        phone4?: string;
        /**
         * Address.
         */
        address?: string;
        /**
         * Second address.
         */
        address2?: string;
    };
    url: '/api/admin/v2/#add_contact';
};
export type AddContactResponses = {
    /**
     * The add_contact result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddContactResult;
};
export type AddContactResponse = AddContactResponses[keyof AddContactResponses];
export type AddContactJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: AddContactParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_contact';
};
export type AddContactJsonResponses = {
    /**
     * The add_contact result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddContactResult;
};
export type AddContactJsonResponse = AddContactJsonResponses[keyof AddContactJsonResponses];
export type GetContactGroupsData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_contact_groups';
};
export type GetContactGroupsResponses = {
    /**
     * The get_contact_groups result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetContactGroupsResult;
};
export type GetContactGroupsResponse = GetContactGroupsResponses[keyof GetContactGroupsResponses];
export type GetContactGroupsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form). May be empty.
     */
    body?: GetContactGroupsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_contact_groups';
};
export type GetContactGroupsJsonResponses = {
    /**
     * The get_contact_groups result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetContactGroupsResult;
};
export type GetContactGroupsJsonResponse = GetContactGroupsJsonResponses[keyof GetContactGroupsJsonResponses];
export type AddContactGroupData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Name of the folder (required).
         */
        title: string;
    };
    url: '/api/admin/v2/#add_contact_group';
};
export type AddContactGroupResponses = {
    /**
     * The add_contact_group result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddContactGroupResult;
};
export type AddContactGroupResponse = AddContactGroupResponses[keyof AddContactGroupResponses];
export type AddContactGroupJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: AddContactGroupParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_contact_group';
};
export type AddContactGroupJsonResponses = {
    /**
     * The add_contact_group result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddContactGroupResult;
};
export type AddContactGroupJsonResponse = AddContactGroupJsonResponses[keyof AddContactGroupJsonResponses];
export type GetUsersScheduleData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Members to include, comma-separated e-mail addresses or user ids (`jonas.berg@example.com,203`). Without it, every member.
         */
        users?: string;
        /**
         * First day to include, `DD.MM.YYYY` (inclusive).
         */
        datestart?: DateInput;
        /**
         * Last day to include, `DD.MM.YYYY` (inclusive).
         */
        dateend?: DateInput;
    };
    url: '/api/admin/v2/#get_users_schedule';
};
export type GetUsersScheduleResponses = {
    /**
     * The get_users_schedule result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetUsersScheduleResult;
};
export type GetUsersScheduleResponse = GetUsersScheduleResponses[keyof GetUsersScheduleResponses];
export type GetUsersScheduleJsonData = {
    /**
     * The call's parameters (the 2026 clients' form). May be empty.
     */
    body?: GetUsersScheduleParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_users_schedule';
};
export type GetUsersScheduleJsonResponses = {
    /**
     * The get_users_schedule result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetUsersScheduleResult;
};
export type GetUsersScheduleJsonResponse = GetUsersScheduleJsonResponses[keyof GetUsersScheduleJsonResponses];
export type UpdateUsersScheduleData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The changes: member (e-mail address or id) to an object of dates (`DD.MM.YYYY` or `YYYY-MM-DD`) and values (`vacation`, `sick-leave`, `workday`, `unset`). In the query it is the JSON text of that object, URL-encoded; `contentSchema` gives its shape (`UsersScheduleUpdate`), which schema validators do not check inside the text: the mock parses it and refuses text that is not such an object.
         */
        data: string;
    };
    url: '/api/admin/v2/#update_users_schedule';
};
export type UpdateUsersScheduleResponses = {
    /**
     * The update_users_schedule result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: UpdateUsersScheduleResult;
};
export type UpdateUsersScheduleResponse = UpdateUsersScheduleResponses[keyof UpdateUsersScheduleResponses];
export type UpdateUsersScheduleJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: UpdateUsersScheduleParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#update_users_schedule';
};
export type UpdateUsersScheduleJsonResponses = {
    /**
     * The update_users_schedule result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: UpdateUsersScheduleResult;
};
export type UpdateUsersScheduleJsonResponse = UpdateUsersScheduleJsonResponses[keyof UpdateUsersScheduleJsonResponses];
export type GetCostsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only cost lines of tasks of this project.
         */
        id_project?: IdInput;
        /**
         * Only cost lines of this task (a subtask's own lines only; presumed). With `id_project` too, both must hold.
         */
        id_task?: IdInput;
        /**
         * First day to include, `DD.MM.YYYY` (inclusive), compared with each line's `date`. Without it there is no lower bound.
         */
        datestart?: DateInput;
        /**
         * Last day to include, `DD.MM.YYYY` (inclusive). Without it there is no upper bound.
         */
        dateend?: DateInput;
        /**
         * `1`: only lines whose time came from the timer; `0`: only lines entered by hand. Without it, both.
         */
        is_timer?: CostsIsTimer;
        /**
         * A search expression over cost lines (the syntax of `search_tasks`). Conditions:
         *
         * - `id` (the task's id) and `project` (the project's id), integers: `id=330142`,
         * `project in (3301, 3302)`; operators `=` and `in` with a parenthesised comma list;
         * - `comment`, text in single quotes: `comment='Monthly report'` (whole comment) or
         * `comment has 'report'` (part of it);
         * - `dateadd`, the cost line's date as `'DD.MM.YYYY'` in single quotes: operators `=`, `!=`, `<`,
         * `<=`, `>`, `>=`, e.g. `dateadd>='01.05.2025'`.
         *
         * Conditions combine with `and`, `or` (lower case only) and parentheses:
         * `(comment has 'report' or comment has 'review') and dateadd>'01.05.2025'`. Spaces around operators
         * are optional. Parsing rules assumed here (the mock's): `and` binds tighter than `or`; keywords and
         * field names are lower case; a quoted value cannot contain a quote; `has` ignores letter case, `=`
         * on text compares exactly. The older names `task` (for `id`) and `date_added` (for `dateadd`) are
         * accepted too. The filter narrows whatever `id_project`, `id_task`, `datestart`, `dateend` and
         * `is_timer` select (all conditions must hold).
         *
         * Vendor-doc correction: the documentation writes the date form as `'DD.MM. YYYY'` (with a space);
         * the dates are `'DD.MM.YYYY'`, as the vendor's Russian and Ukrainian pages and all its examples
         * show.
         *
         * Vendor-doc correction: an older English page and the 2023 SDK name the task field `task` and the
         * date field `dateadd or date_added`; the current pages and the Postman collection say `id` and
         * `dateadd`. This document takes the current names and accepts the older ones.
         *
         * Vendor-doc correction: the Postman collection prints the not-equal operator as `! =` and gives a
         * combined example whose date range (`dateadd<'25.05.2021' and dateadd>'31.05.2021'`) can match
         * nothing; the operator is `!=`, as on the `search_tasks` page.
         */
        filter?: CostsFilter;
    };
    url: '/api/admin/v2/#get_costs';
};
export type GetCostsResponses = {
    /**
     * The get_costs result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetCostsResult;
};
export type GetCostsResponse = GetCostsResponses[keyof GetCostsResponses];
export type GetCostsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form). May be empty.
     */
    body?: GetCostsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_costs';
};
export type GetCostsJsonResponses = {
    /**
     * The get_costs result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetCostsResult;
};
export type GetCostsJsonResponse = GetCostsJsonResponses[keyof GetCostsJsonResponses];
export type GetCostsTotalData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only cost lines of tasks of this project.
         */
        id_project?: IdInput;
        /**
         * Only cost lines of this task (a subtask's own lines only; presumed). With `id_project` too, both must hold.
         */
        id_task?: IdInput;
        /**
         * First day to include, `DD.MM.YYYY` (inclusive), compared with each line's `date`. Without it there is no lower bound.
         */
        datestart?: DateInput;
        /**
         * Last day to include, `DD.MM.YYYY` (inclusive). Without it there is no upper bound.
         */
        dateend?: DateInput;
        /**
         * `1`: only lines whose time came from the timer; `0`: only lines entered by hand. Without it, both.
         */
        is_timer?: CostsIsTimer;
        /**
         * Projects to sum, e.g. `project=3301` or `project in (3301, 3302)`, combined with `and`, `or` (lower case) and parentheses. Only `project` can be used here.
         */
        filter?: CostsTotalFilter;
        /**
         * What to add: `projects` (per-project and per-month totals), and with it `tasks` or `tasks_top_level` (per-task totals). Comma-separated.
         */
        extra?: CostsTotalExtra;
    };
    url: '/api/admin/v2/#get_costs_total';
};
export type GetCostsTotalResponses = {
    /**
     * The get_costs_total result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetCostsTotalResult;
};
export type GetCostsTotalResponse = GetCostsTotalResponses[keyof GetCostsTotalResponses];
export type GetCostsTotalJsonData = {
    /**
     * The call's parameters (the 2026 clients' form). May be empty.
     */
    body?: GetCostsTotalParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_costs_total';
};
export type GetCostsTotalJsonResponses = {
    /**
     * The get_costs_total result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: GetCostsTotalResult;
};
export type GetCostsTotalJsonResponse = GetCostsTotalJsonResponses[keyof GetCostsTotalJsonResponses];
export type AddCostsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The task (or subtask) to book on (required).
         */
        id_task: IdInput;
        /**
         * Time to book, in hours: `1.5`, `1,5`, `2` or `1:30` (see `CostTimeInput` for the parsing rule).
         */
        time?: CostTimeInput;
        /**
         * Money to book in the account's currency, when it is not derived from a rate (ignored with `is_rate=1`).
         */
        money?: CostMoneyInput;
        /**
         * `1`: the money is the author's hourly rate times the booked time; a `money` value is then ignored.
         */
        is_rate?: CostIsRate;
        /**
         * E-mail address of the member the cost is booked for. The vendor calls it required with an admin
         * signature, but the recorded admin call without it succeeded; who is then the author is not
         * known (the mock takes the account owner).
         *
         * Vendor-doc correction: the documentation says `email_user_from` is required when the call is
         * signed with the admin key; a recorded admin call without it was accepted.
         */
        email_user_from?: string;
        /**
         * Comment on the cost line.
         */
        comment?: string;
        /**
         * Day the cost is booked for, `DD.MM.YYYY`. Without it, the current day (the account's time zone, presumed).
         */
        date?: DateInput;
    };
    url: '/api/admin/v2/#add_costs';
};
export type AddCostsResponses = {
    /**
     * The add_costs result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddCostsResult;
};
export type AddCostsResponse = AddCostsResponses[keyof AddCostsResponses];
export type AddCostsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: AddCostsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_costs';
};
export type AddCostsJsonResponses = {
    /**
     * The add_costs result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: AddCostsResult;
};
export type AddCostsJsonResponse = AddCostsJsonResponses[keyof AddCostsJsonResponses];
export type UpdateCostsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The cost line to change (required; digits, or the number add_costs answers).
         */
        id_costs: IdValue;
        /**
         * Time to book, in hours: `1.5`, `1,5`, `2` or `1:30` (see `CostTimeInput` for the parsing rule).
         */
        time?: CostTimeInput;
        /**
         * Money to book in the account's currency, when it is not derived from a rate (ignored with `is_rate=1`).
         */
        money?: CostMoneyInput;
        /**
         * `1`: the money is the author's hourly rate times the booked time; a `money` value is then ignored.
         */
        is_rate?: CostIsRate;
        /**
         * Comment on the cost line.
         */
        comment?: string;
        /**
         * Day the cost is booked for, `DD.MM.YYYY`. Without it, the current day (the account's time zone, presumed).
         */
        date?: DateInput;
    };
    url: '/api/admin/v2/#update_costs';
};
export type UpdateCostsResponses = {
    /**
     * The update_costs result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: UpdateCostsResult;
};
export type UpdateCostsResponse = UpdateCostsResponses[keyof UpdateCostsResponses];
export type UpdateCostsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: UpdateCostsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#update_costs';
};
export type UpdateCostsJsonResponses = {
    /**
     * The update_costs result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: UpdateCostsResult;
};
export type UpdateCostsJsonResponse = UpdateCostsJsonResponses[keyof UpdateCostsJsonResponses];
export type DeleteCostsData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The cost line to delete (required; digits, or the number add_costs answers).
         */
        id_costs: IdValue;
    };
    url: '/api/admin/v2/#delete_costs';
};
export type DeleteCostsResponses = {
    /**
     * The delete_costs result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: DeleteCostsResult;
};
export type DeleteCostsResponse = DeleteCostsResponses[keyof DeleteCostsResponses];
export type DeleteCostsJsonData = {
    /**
     * The call's parameters (the 2026 clients' form).
     */
    body: DeleteCostsParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#delete_costs';
};
export type DeleteCostsJsonResponses = {
    /**
     * The delete_costs result (`status` `ok`) or the error envelope (`status` `error`): the service
     * reports failures with HTTP 200 too.
     */
    200: DeleteCostsResult;
};
export type DeleteCostsJsonResponse = DeleteCostsJsonResponses[keyof DeleteCostsJsonResponses];
export type GetTimersData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_timers';
};
export type GetTimersResponses = {
    /**
     * The running timers (`status` `ok`), or the error envelope (`status` `error`) with HTTP 200, as
     * every failure of this API.
     */
    200: GetTimersResult;
};
export type GetTimersResponse = GetTimersResponses[keyof GetTimersResponses];
export type GetTimersJsonData = {
    /**
     * No parameters; an empty body or an empty object.
     */
    body?: GetTimersParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_timers';
};
export type GetTimersJsonResponses = {
    /**
     * The running timers (`status` `ok`), or the error envelope (`status` `error`) with HTTP 200, as
     * every failure of this API.
     */
    200: GetTimersResult;
};
export type GetTimersJsonResponse = GetTimersJsonResponses[keyof GetTimersJsonResponses];
export type StopTimerData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the running timer to stop, as `getTimers` gives it.
         */
        timer: IdInput;
    };
    url: '/api/admin/v2/#stop_timer';
};
export type StopTimerResponses = {
    /**
     * `{"status": "ok"}` once the timer is stopped and its time booked, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type StopTimerResponse = StopTimerResponses[keyof StopTimerResponses];
export type StopTimerJsonData = {
    /**
     * The timer to stop.
     */
    body: StopTimerParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#stop_timer';
};
export type StopTimerJsonResponses = {
    /**
     * `{"status": "ok"}` once the timer is stopped and its time booked, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type StopTimerJsonResponse = StopTimerJsonResponses[keyof StopTimerJsonResponses];
export type GetFilesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * The project whose files to list. Required unless `id_task` is given.
         */
        id_project?: IdInput;
        /**
         * The task whose files to list (its description's and its comments'). Required unless `id_project` is given.
         */
        id_task?: IdInput;
    };
    url: '/api/admin/v2/#get_files';
};
export type GetFilesResponses = {
    /**
     * The files (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: GetFilesResult;
};
export type GetFilesResponse = GetFilesResponses[keyof GetFilesResponses];
export type GetFilesJsonData = {
    /**
     * The project or the task whose files to list.
     */
    body: GetFilesParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_files';
};
export type GetFilesJsonResponses = {
    /**
     * The files (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: GetFilesResult;
};
export type GetFilesJsonResponse = GetFilesJsonResponses[keyof GetFilesJsonResponses];
export type DownloadData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the file to download, as `getFiles` gives it.
         */
        id_file: IdInput;
    };
    url: '/api/admin/v2/#download';
};
export type DownloadResponses = {
    /**
     * The file itself (any content, named by `Content-Disposition`), or the error envelope as JSON with
     * HTTP 200; the media type tells which. The service was recorded sending files as
     * `application/x-download`; `application/octet-stream` stands for any other non-JSON type it might
     * use (the vendor's clients read every non-JSON answer as the file), and lets client generators
     * that do not know `application/x-download` treat the answer as bytes.
     */
    200: ErrorEnvelope;
};
export type DownloadResponse = DownloadResponses[keyof DownloadResponses];
export type DownloadJsonData = {
    /**
     * The file to download.
     */
    body: DownloadParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#download';
};
export type DownloadJsonResponses = {
    /**
     * The file itself (any content, named by `Content-Disposition`), or the error envelope as JSON with
     * HTTP 200; the media type tells which. The service was recorded sending files as
     * `application/x-download`; `application/octet-stream` stands for any other non-JSON type it might
     * use (the vendor's clients read every non-JSON answer as the file), and lets client generators
     * that do not know `application/x-download` treat the answer as bytes.
     */
    200: ErrorEnvelope;
};
export type DownloadJsonResponse = DownloadJsonResponses[keyof DownloadJsonResponses];
export type UploadFilesData = {
    /**
     * The files, each as a `files[]` part.
     */
    body: UploadFilesForm;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#upload_files';
};
export type UploadFilesResponses = {
    /**
     * A handle for every uploaded file (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: UploadFilesResult;
};
export type UploadFilesResponse = UploadFilesResponses[keyof UploadFilesResponses];
export type GetWebhooksData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_webhooks';
};
export type GetWebhooksResponses = {
    /**
     * The webhooks (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: GetWebhooksResult;
};
export type GetWebhooksResponse = GetWebhooksResponses[keyof GetWebhooksResponses];
export type GetWebhooksJsonData = {
    /**
     * No parameters; an empty body or an empty object.
     */
    body?: GetWebhooksParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#get_webhooks';
};
export type GetWebhooksJsonResponses = {
    /**
     * The webhooks (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: GetWebhooksResult;
};
export type GetWebhooksJsonResponse = GetWebhooksJsonResponses[keyof GetWebhooksJsonResponses];
export type AddWebhookData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Where to send the events. The service calls it before creating the webhook; it must answer HTTP
         * 200 with the JSON `{"status": "OK"}`.
         */
        url: WebhookTarget;
        /**
         * The events to send, comma-separated, e.g. `post_task,close_task,post_comment`. Required; an empty
         * value passes the schema only so that the service's own refusal can answer it (a recorded call with
         * `events=` was refused for its URL, which the service checks first).
         */
        events: WebhookEventsInput;
        /**
         * Only events of these projects, as comma-separated project ids (spaces after the commas are tolerated, as recorded). Without it, events of every project are sent.
         */
        projects?: WebhookProjectList;
        /**
         * User name for HTTP basic authentication on the URL, if it needs one.
         */
        http_user?: string;
        /**
         * Password for HTTP basic authentication on the URL, with `http_user`.
         */
        http_pass?: string;
    };
    url: '/api/admin/v2/#add_webhook';
};
export type AddWebhookResponses = {
    /**
     * The new webhook's id at the top level (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: AddWebhookResult;
};
export type AddWebhookResponse = AddWebhookResponses[keyof AddWebhookResponses];
export type AddWebhookJsonData = {
    /**
     * The webhook to create.
     */
    body: AddWebhookParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#add_webhook';
};
export type AddWebhookJsonResponses = {
    /**
     * The new webhook's id at the top level (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: AddWebhookResult;
};
export type AddWebhookJsonResponse = AddWebhookJsonResponses[keyof AddWebhookJsonResponses];
export type DeleteWebhookData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the webhook to delete (digits; add_webhook answers it as a number, which is taken as it is).
         */
        id: IdValue;
    };
    url: '/api/admin/v2/#delete_webhook';
};
export type DeleteWebhookResponses = {
    /**
     * `{"status": "ok"}` once the webhook is deleted, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type DeleteWebhookResponse = DeleteWebhookResponses[keyof DeleteWebhookResponses];
export type DeleteWebhookJsonData = {
    /**
     * The webhook to delete.
     */
    body: DeleteWebhookParameters;
    path?: never;
    query?: never;
    url: '/api/admin/v2/#delete_webhook';
};
export type DeleteWebhookJsonResponses = {
    /**
     * `{"status": "ok"}` once the webhook is deleted, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type DeleteWebhookJsonResponse = DeleteWebhookJsonResponses[keyof DeleteWebhookJsonResponses];
export type MeData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/oauth2#me';
};
export type MeResponses = {
    /**
     * The token owner's profile (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: MeResult;
};
export type MeResponse = MeResponses[keyof MeResponses];
export type MeJsonData = {
    /**
     * No parameters; an empty body or an empty object.
     */
    body?: MeParameters;
    path?: never;
    query?: never;
    url: '/api/oauth2#me';
};
export type MeJsonResponses = {
    /**
     * The token owner's profile (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: MeResult;
};
export type MeJsonResponse = MeJsonResponses[keyof MeJsonResponses];
export type GetMyTimerData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/oauth2#get_my_timer';
};
export type GetMyTimerResponses = {
    /**
     * The token owner's running timer (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: GetMyTimerResult;
};
export type GetMyTimerResponse = GetMyTimerResponses[keyof GetMyTimerResponses];
export type GetMyTimerJsonData = {
    /**
     * No parameters; an empty body or an empty object.
     */
    body?: GetMyTimerParameters;
    path?: never;
    query?: never;
    url: '/api/oauth2#get_my_timer';
};
export type GetMyTimerJsonResponses = {
    /**
     * The token owner's running timer (`status` `ok`), or the error envelope with HTTP 200.
     */
    200: GetMyTimerResult;
};
export type GetMyTimerJsonResponse = GetMyTimerJsonResponses[keyof GetMyTimerJsonResponses];
export type StartMyTimerData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The task to run the timer on.
         */
        id_task: IdInput;
    };
    url: '/api/oauth2#start_my_timer';
};
export type StartMyTimerResponses = {
    /**
     * `{"status": "ok"}` once the timer runs, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type StartMyTimerResponse = StartMyTimerResponses[keyof StartMyTimerResponses];
export type StartMyTimerJsonData = {
    /**
     * The task to run the timer on.
     */
    body: StartMyTimerParameters;
    path?: never;
    query?: never;
    url: '/api/oauth2#start_my_timer';
};
export type StartMyTimerJsonResponses = {
    /**
     * `{"status": "ok"}` once the timer runs, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type StartMyTimerJsonResponse = StartMyTimerJsonResponses[keyof StartMyTimerJsonResponses];
export type StopMyTimerData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Comment of the cost entry the stopped timer books; may be empty.
         */
        comment?: string;
    };
    url: '/api/oauth2#stop_my_timer';
};
export type StopMyTimerResponses = {
    /**
     * `{"status": "ok"}` once the timer is stopped and booked, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type StopMyTimerResponse = StopMyTimerResponses[keyof StopMyTimerResponses];
export type StopMyTimerJsonData = {
    /**
     * The optional comment of the cost entry; may be empty.
     */
    body?: StopMyTimerParameters;
    path?: never;
    query?: never;
    url: '/api/oauth2#stop_my_timer';
};
export type StopMyTimerJsonResponses = {
    /**
     * `{"status": "ok"}` once the timer is stopped and booked, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type StopMyTimerJsonResponse = StopMyTimerJsonResponses[keyof StopMyTimerJsonResponses];
export type DeleteMyTimerData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/oauth2#delete_my_timer';
};
export type DeleteMyTimerResponses = {
    /**
     * `{"status": "ok"}` once the timer is discarded, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type DeleteMyTimerResponse = DeleteMyTimerResponses[keyof DeleteMyTimerResponses];
export type DeleteMyTimerJsonData = {
    /**
     * No parameters; an empty body or an empty object.
     */
    body?: DeleteMyTimerParameters;
    path?: never;
    query?: never;
    url: '/api/oauth2#delete_my_timer';
};
export type DeleteMyTimerJsonResponses = {
    /**
     * `{"status": "ok"}` once the timer is discarded, or the error envelope with HTTP 200.
     */
    200: OkResult;
};
export type DeleteMyTimerJsonResponse = DeleteMyTimerJsonResponses[keyof DeleteMyTimerJsonResponses];
