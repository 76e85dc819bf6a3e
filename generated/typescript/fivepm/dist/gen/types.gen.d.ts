export type ClientOptions = {
    baseUrl: 'https://{account}.5pmweb.com/api/v2' | (string & {});
};
/**
 * Response format selector: `xml` (used when the parameter is omitted) or `json`.
 */
export type RetType = 'xml' | 'json';
/**
 * Priority of a project or task: 1 low, 2 normal, 3 high, 4 urgent. Objects created without a priority get 2 (normal).
 *
 * Vendor-doc correction: the documentation names the default by its label ("normal"); the value sent and returned is 2.
 */
export type PriorityValue = 1 | 2 | 3 | 4;
/**
 * Workflow status of a project or task: 10 open, 20 on hold, 30 done. New objects are open (10). These are the v2 values; the retired 2008 API used 1/2/3.
 *
 * Vendor-doc correction: the documentation names the default by its label ("open"); the value is 10.
 */
export type StatusValue = 10 | 20 | 30;
/**
 * Colour of the star marker shown next to the object: 0 none, 1 violet, 2 orange, 3 red.
 */
export type FlagValue = 0 | 1 | 2 | 3;
/**
 * Role of a user account: "0" administrator, "100" regular user, "150" external user, "200" client. The vendor types this field as a string although the values are numbers; whether JSON output carries a string or a number is an open question.
 */
export type SecurityLevel = '0' | '100' | '150' | '200';
/**
 * Kind of activity: `msg` message, `progress` progress note, `file` note carrying files, `googledocs` link to a Google document, `ss_boards` SpiderScribe board, `ff_boards` FireFly screen.
 */
export type ActivityType = 'msg' | 'progress' | 'file' | 'googledocs' | 'ss_boards' | 'ff_boards';
/**
 * Kind of attachment: `file` an uploaded file; `googledocs`, `ss_boards`, `ff_boards`, `dropbox`, `onedrive` and `box` are references to documents kept in those services.
 */
export type FileType = 'file' | 'googledocs' | 'ss_boards' | 'ff_boards' | 'dropbox' | 'onedrive' | 'box';
/**
 * A project: the top-level container of tasks, with its team, dates and status.
 */
export type Project = {
    /**
     * Identifier of the project. The vendor types object ids as strings of digits, while every argument that takes such an id is an integer.
     */
    readonly id: string;
    /**
     * Display name of the project.
     */
    name?: string;
    /**
     * Free-text description; null (an empty element in XML) when there is none.
     */
    description?: string | null;
    /**
     * Tags as one comma-separated string; null when the project has no tags.
     */
    tags?: string | null;
    /**
     * Id of the user who created, and therefore owns, the project.
     */
    readonly ownerId?: number;
    /**
     * Id of the project group the project is filed under; null (an empty element in XML) when the project is in no group. Like every other unset field it is sent, not left out (captured output lists `groupId` and gives unset fields as empty elements).
     */
    groupId?: number | null;
    /**
     * Planned start; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
     */
    startDate?: string | null;
    /**
     * Planned end; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
     */
    endDate?: string | null;
    /**
     * Priority of the project (1 low to 4 urgent).
     */
    priority?: PriorityValue;
    /**
     * Workflow status of the project (10 open, 20 on hold, 30 done).
     */
    status?: StatusValue;
    /**
     * When the project was created. Format `YYYY-MM-DD HH:MM:SS`.
     */
    readonly createdAt?: string;
    /**
     * When the project was last changed. Format `YYYY-MM-DD HH:MM:SS`.
     */
    readonly updatedAt?: string;
    /**
     * Whether the project team is e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyProjectTeam?: boolean;
    /**
     * Whether the project's clients are e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyClient?: boolean;
    /**
     * When true, users outside the project team cannot see the project; clients still can.
     */
    hidden?: boolean;
    /**
     * Star marker colour (0 none, 1 violet, 2 orange, 3 red).
     */
    flag?: FlagValue;
    /**
     * Members of the project team. List calls fill it only when `loadTeam=true` is passed.
     */
    readonly team?: UserList;
    /**
     * Whether the calling user is allowed to change the project.
     */
    readonly can_edit?: boolean;
};
/**
 * A task inside a project. Tasks can be nested: a subtask names its parent in `parentId`. Captured output shows every field below plus an undocumented `prev`.
 */
export type Task = {
    /**
     * Identifier of the task. The vendor types object ids as strings of digits, while every argument that takes such an id is an integer.
     */
    readonly id: string;
    /**
     * Display name of the task.
     */
    name?: string;
    /**
     * Id of the parent task for a subtask; null for a top-level task.
     */
    parentId?: number | null;
    /**
     * Name of the parent task; null for a top-level task. Filled by the server.
     */
    readonly parentName?: string | null;
    /**
     * Free-text description; null (an empty element in XML) when there is none.
     */
    description?: string | null;
    /**
     * Tags as one comma-separated string; null when the task has no tags.
     */
    tags?: string | null;
    /**
     * Id of the project the task belongs to.
     */
    projectId?: number;
    /**
     * Id of the user who owns the task.
     */
    readonly ownerId?: number;
    /**
     * Id of the project group the task is filed under; null (an empty element in XML) when none. A new task takes its project's group unless `task[groupId]` says otherwise. The vendor lists it among the task's fields without marking it read-only (as it marks `parentName`), so it is an argument of add and update too; captured add/update/getById output lists it.
     */
    groupId?: number | null;
    /**
     * Planned start; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
     */
    startDate?: string | null;
    /**
     * Date the task ended or is due to end; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
     */
    endDate?: string | null;
    /**
     * Priority of the task (1 low to 4 urgent).
     */
    priority?: PriorityValue;
    /**
     * Completion in percent.
     */
    progress?: number;
    /**
     * Workflow status of the task (10 open, 20 on hold, 30 done).
     */
    status?: StatusValue;
    /**
     * When the task was created. Format `YYYY-MM-DD HH:MM:SS`.
     */
    readonly createdAt?: string;
    /**
     * When the task was last changed. Format `YYYY-MM-DD HH:MM:SS`.
     */
    readonly updatedAt?: string;
    /**
     * Whether the whole project team is e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyProjectTeam?: boolean;
    /**
     * Whether the users on the task's team are e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyTaskTeam?: boolean;
    /**
     * Whether the clients attached to the project are e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyClient?: boolean;
    /**
     * Individual users who are e-mailed about the change.
     */
    readonly notifyUsers?: UserList;
    /**
     * When true, users outside the task team cannot see the task; clients still can.
     */
    hidden?: boolean;
    /**
     * Star marker colour (0 none, 1 violet, 2 orange, 3 red).
     */
    flag?: FlagValue;
    /**
     * Hours booked on the task so far, summed over its activities.
     */
    readonly hoursDone?: number;
    /**
     * Expected effort in hours.
     */
    estimatedTime?: number;
    /**
     * Users assigned to the task. List calls fill it only when `loadTeam=true` is passed.
     */
    readonly team?: UserList;
    /**
     * Whether the calling user is allowed to change the task.
     */
    readonly can_edit?: boolean;
    /**
     * Not in the vendor documentation; seen in captured add/update/getById output. Its meaning is unknown (perhaps the id of the preceding task in the display order). Do not rely on it.
     */
    readonly prev?: string | null;
};
/**
 * A user account of the 5pm account (staff, external user or client). The password is never returned.
 */
export type User = {
    /**
     * Identifier of the user. The vendor types object ids as strings of digits, while every argument that takes such an id is an integer.
     */
    readonly id: string;
    /**
     * Job title.
     */
    title?: string;
    /**
     * E-mail address; also the login name.
     */
    email?: string;
    /**
     * Given name.
     */
    firstName?: string;
    /**
     * Family name.
     */
    lastName?: string;
    /**
     * Postal address.
     */
    address?: string;
    /**
     * Office phone number.
     */
    workPhone?: string;
    /**
     * Mobile phone number.
     */
    cellPhone?: string;
    /**
     * Company the user works for.
     */
    company?: string;
    /**
     * Role of the user ("0" admin to "200" client).
     */
    securityLevel?: SecurityLevel;
    /**
     * Free-text notes about the user.
     */
    comment?: string;
    /**
     * Whether the user may open other users' profiles.
     */
    canViewProfiles?: boolean;
    /**
     * Reference to the user's picture (URL or file name; the format is not documented). Empty when none is set.
     */
    readonly avatar?: string;
};
/**
 * An entry in a task's activity stream: a message, a progress report, or a note carrying files or links to documents.
 */
export type Activity = {
    /**
     * Identifier of the activity. The vendor types object ids as strings of digits, while every argument that takes such an id is an integer.
     */
    readonly id: string;
    /**
     * Id of the task the activity was posted to.
     */
    taskId?: number;
    /**
     * Name of that task. Filled by the server; list calls include it when `withNames=true`.
     */
    readonly taskName?: string;
    /**
     * Id of the project of that task.
     */
    readonly projectId?: number;
    /**
     * Name of that project. Filled by the server; list calls include it when `withNames=true`.
     */
    readonly projectName?: string;
    /**
     * Kind of activity.
     */
    type?: ActivityType;
    /**
     * Body text of the activity.
     */
    text?: string;
    /**
     * Id of the user who posted the activity.
     */
    readonly ownerId?: number;
    /**
     * Task progress in percent reported with this activity.
     */
    progress?: number;
    /**
     * Hours spent on the task that this activity reports.
     */
    hoursDone?: number;
    /**
     * When the activity was created. Format `YYYY-MM-DD HH:MM:SS`.
     */
    readonly createdAt?: string;
    /**
     * When the activity was last changed. Format `YYYY-MM-DD HH:MM:SS`.
     */
    readonly updatedAt?: string;
    /**
     * Whether the project team is e-mailed about the activity. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyProjectTeam?: boolean;
    /**
     * Whether the task team is e-mailed about the activity. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyTaskTeam?: boolean;
    /**
     * Whether the project's clients are e-mailed about the activity. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyClient?: boolean;
    /**
     * Individual users who are e-mailed about the activity.
     */
    readonly notifyUsers?: UserList;
    /**
     * When true, clients do not see the activity. Ignored for progress notes, which always stay visible because they can change the task's status.
     */
    hideFromClients?: boolean;
    /**
     * Date and time the activity is posted under. Format `YYYY-MM-DD HH:MM:SS`.
     */
    date?: string;
    /**
     * Files and document links attached to the activity; list calls include them when `withFiles=true`.
     */
    readonly files?: FileList;
};
/**
 * A file or document link attached to an activity.
 */
export type File = {
    /**
     * Identifier of the file. The vendor types object ids as strings of digits, while every argument that takes such an id is an integer.
     */
    readonly id: string;
    /**
     * Id of the activity the file is attached to.
     */
    activityId?: number;
    /**
     * Kind of the activity the file is attached to.
     */
    activityType?: ActivityType;
    /**
     * Original file name, or the title of a linked document.
     */
    name?: string;
    /**
     * Kind of attachment.
     */
    type?: FileType;
    /**
     * Size in bytes (0 for links).
     */
    size?: number;
    /**
     * Undocumented. Presumably the target URL of a linked document; empty for uploaded files in list output.
     */
    content?: string;
    /**
     * When the file was attached. Format `YYYY-MM-DD HH:MM:SS`.
     */
    readonly createdAt?: string;
    /**
     * Whether the calling user may change or remove the file.
     */
    readonly can_edit?: boolean;
    /**
     * Whether the server can render a thumbnail for the file.
     */
    readonly can_thumb?: boolean;
    /**
     * Address of the thumbnail image; null when there is none.
     */
    readonly url_thumb?: string | null;
    /**
     * Pixel size, for image files.
     */
    readonly image_info?: ImageInfo;
};
/**
 * Pixel dimensions of an image attachment.
 */
export type ImageInfo = {
    /**
     * Width in pixels.
     */
    width?: number;
    /**
     * Height in pixels.
     */
    height?: number;
};
/**
 * A project group (the API calls the resource `projectsgroups`): a named folder that projects are filed under. Unlike other objects its id is documented as an integer.
 */
export type Group = {
    /**
     * Identifier of the group.
     */
    readonly id: number;
    /**
     * Display name of the group.
     */
    name?: string;
};
/**
 * One entry of the account's status catalogue. Shape taken from captured runtime output (not in the vendor documentation).
 */
export type Status = {
    /**
     * Status value as used in the `status` field of projects and tasks.
     */
    id: number;
    /**
     * Human-readable status name. In XML the text is a CDATA section, as captured output shows it.
     */
    name: string;
    /**
     * Short machine name of the status. In XML the text is a CDATA section, as captured output shows it.
     */
    alias?: string;
    /**
     * Whether an object in this status counts as finished.
     */
    is_final?: boolean;
};
/**
 * One entry of the account's priority catalogue. Shape taken from captured runtime output (not in the vendor documentation).
 */
export type Priority = {
    /**
     * Priority value as used in the `priority` field of projects and tasks.
     */
    id: number;
    /**
     * Human-readable priority name. In XML the text is a CDATA section, as captured output shows it.
     */
    name: string;
    /**
     * Whether new objects get this priority when none is given.
     */
    default?: boolean;
};
/**
 * A page of users. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type UserList = {
    /**
     * Wrapper element holding one `item` per user.
     */
    items: {
        /**
         * The users on this page.
         */
        item?: Array<User>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of projects. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type ProjectList = {
    /**
     * Wrapper element holding one `item` per project.
     */
    items: {
        /**
         * The projects on this page.
         */
        item?: Array<Project>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of tasks. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type TaskList = {
    /**
     * Wrapper element holding one `item` per task.
     */
    items: {
        /**
         * The tasks on this page.
         */
        item?: Array<Task>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of activities. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type ActivityList = {
    /**
     * Wrapper element holding one `item` per activity.
     */
    items: {
        /**
         * The activities on this page.
         */
        item?: Array<Activity>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of files. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type FileList = {
    /**
     * Wrapper element holding one `item` per file.
     */
    items: {
        /**
         * The files on this page.
         */
        item?: Array<File>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of project groups. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type GroupList = {
    /**
     * Wrapper element holding one `item` per group.
     */
    items: {
        /**
         * The project groups on this page.
         */
        item?: Array<Group>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * The status catalogue: one `item` element per entry directly under `data` (no count or total). Shape taken from captured runtime output; the vendor references this object but never defines it.
 *
 * Vendor-doc correction: the reference page says the call returns a field `list` holding a StatusList object; captured output has no `list` element, the entries sit directly under `data`.
 */
export type StatusList = {
    /**
     * The status entries.
     */
    item: Array<Status>;
};
/**
 * The priority catalogue: one `item` element per entry directly under `data` (no count or total). Shape taken from captured runtime output; the vendor references this object but never defines it.
 *
 * Vendor-doc correction: the reference page says the call returns a field `list` holding a PriorityList object; captured output has no `list` element, the entries sit directly under `data`.
 */
export type PriorityList = {
    /**
     * The priority entries.
     */
    item: Array<Priority>;
};
/**
 * Result of a successful sign-in.
 */
export type SessionResult = {
    /**
     * Session token to pass as the `sessionId` query parameter on later calls.
     */
    sessionId: string;
};
/**
 * Result of signing out.
 */
export type SignOutResult = {
    /**
     * True when the session was ended.
     */
    signOutState: boolean;
};
/**
 * Result of a remove call. Success is `true`; a missing or already removed object gives an error response instead of `false`.
 */
export type RemoveResult = {
    /**
     * True when the object was deleted.
     */
    status: boolean;
};
/**
 * Result of attaching files.
 *
 * Vendor-doc correction: the documentation types the result as a boolean `status` but describes it as a file item carrying an "attached" flag. This document follows the type line; the real body is unverified.
 */
export type AttachResult = {
    /**
     * True when the files were attached.
     */
    status: boolean;
};
/**
 * Fields for creating a project. Only `name` is required; unset fields take the server defaults (priority 2, status 10, flag 0). Sent as bracket arguments (`project[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type ProjectInput = {
    /**
     * Display name of the project.
     */
    name: string;
    /**
     * Free-text description.
     */
    description?: string;
    /**
     * Tags as one comma-separated string.
     */
    tags?: string;
    /**
     * Id of the project group to file the project under.
     */
    groupId?: number;
    /**
     * Planned start. Format `YYYY-MM-DD HH:MM:SS`.
     */
    startDate?: string;
    /**
     * Planned end. Format `YYYY-MM-DD HH:MM:SS`.
     */
    endDate?: string;
    /**
     * Priority (1 low to 4 urgent).
     */
    priority?: PriorityValue;
    /**
     * Workflow status (10 open, 20 on hold, 30 done).
     */
    status?: StatusValue;
    /**
     * E-mail the project team about this change.
     */
    notifyProjectTeam?: boolean;
    /**
     * E-mail the project's clients about this change.
     */
    notifyClient?: boolean;
    /**
     * Hide the project from users outside its team (clients still see it).
     */
    hidden?: boolean;
    /**
     * Star marker colour (0 none, 1 violet, 2 orange, 3 red).
     */
    flag?: FlagValue;
};
/**
 * Fields for changing a project: `id` picks the project, every other field is optional and only the fields sent are changed. Sent as bracket arguments (`project[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type ProjectUpdate = {
    /**
     * Id of the project to change.
     */
    id: number;
    /**
     * Display name of the project.
     */
    name?: string;
    /**
     * Free-text description.
     */
    description?: string;
    /**
     * Tags as one comma-separated string.
     */
    tags?: string;
    /**
     * Id of the project group to file the project under.
     */
    groupId?: number;
    /**
     * Planned start. Format `YYYY-MM-DD HH:MM:SS`.
     */
    startDate?: string;
    /**
     * Planned end. Format `YYYY-MM-DD HH:MM:SS`.
     */
    endDate?: string;
    /**
     * Priority (1 low to 4 urgent).
     */
    priority?: PriorityValue;
    /**
     * Workflow status (10 open, 20 on hold, 30 done).
     */
    status?: StatusValue;
    /**
     * E-mail the project team about this change.
     */
    notifyProjectTeam?: boolean;
    /**
     * E-mail the project's clients about this change.
     */
    notifyClient?: boolean;
    /**
     * Hide the project from users outside its team (clients still see it).
     */
    hidden?: boolean;
    /**
     * Star marker colour (0 none, 1 violet, 2 orange, 3 red).
     */
    flag?: FlagValue;
};
/**
 * Fields for creating a task. `name` and `projectId` are required (a task always belongs to a project); unset fields take the server defaults (priority 2, status 10, flag 0). Sent as bracket arguments (`task[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type TaskInput = {
    /**
     * Display name of the task.
     */
    name: string;
    /**
     * Id of the project the task belongs to.
     */
    projectId: number;
    /**
     * Id of the project group to file the task under; a new task takes its project's group when this is not given.
     */
    groupId?: number;
    /**
     * Id of the parent task, to create or move a subtask.
     */
    parentId?: number;
    /**
     * Free-text description.
     */
    description?: string;
    /**
     * Tags as one comma-separated string.
     */
    tags?: string;
    /**
     * Planned start. Format `YYYY-MM-DD HH:MM:SS`.
     */
    startDate?: string;
    /**
     * Planned or actual end. Format `YYYY-MM-DD HH:MM:SS`.
     */
    endDate?: string;
    /**
     * Priority (1 low to 4 urgent).
     */
    priority?: PriorityValue;
    /**
     * Completion in percent.
     */
    progress?: number;
    /**
     * Workflow status (10 open, 20 on hold, 30 done).
     */
    status?: StatusValue;
    /**
     * E-mail the whole project team about this change.
     */
    notifyProjectTeam?: boolean;
    /**
     * E-mail the task team about this change.
     */
    notifyTaskTeam?: boolean;
    /**
     * E-mail the project's clients about this change.
     */
    notifyClient?: boolean;
    /**
     * Hide the task from users outside its team (clients still see it).
     */
    hidden?: boolean;
    /**
     * Star marker colour (0 none, 1 violet, 2 orange, 3 red).
     */
    flag?: FlagValue;
    /**
     * Expected effort in hours.
     */
    estimatedTime?: number;
};
/**
 * Fields for changing a task: `id` picks the task, every other field is optional and only the fields sent are changed. Sent as bracket arguments (`task[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type TaskUpdate = {
    /**
     * Id of the task to change.
     */
    id: number;
    /**
     * Display name of the task.
     */
    name?: string;
    /**
     * Id of the project the task belongs to.
     */
    projectId?: number;
    /**
     * Id of the project group to file the task under; a new task takes its project's group when this is not given.
     */
    groupId?: number;
    /**
     * Id of the parent task, to create or move a subtask.
     */
    parentId?: number;
    /**
     * Free-text description.
     */
    description?: string;
    /**
     * Tags as one comma-separated string.
     */
    tags?: string;
    /**
     * Planned start. Format `YYYY-MM-DD HH:MM:SS`.
     */
    startDate?: string;
    /**
     * Planned or actual end. Format `YYYY-MM-DD HH:MM:SS`.
     */
    endDate?: string;
    /**
     * Priority (1 low to 4 urgent).
     */
    priority?: PriorityValue;
    /**
     * Completion in percent.
     */
    progress?: number;
    /**
     * Workflow status (10 open, 20 on hold, 30 done).
     */
    status?: StatusValue;
    /**
     * E-mail the whole project team about this change.
     */
    notifyProjectTeam?: boolean;
    /**
     * E-mail the task team about this change.
     */
    notifyTaskTeam?: boolean;
    /**
     * E-mail the project's clients about this change.
     */
    notifyClient?: boolean;
    /**
     * Hide the task from users outside its team (clients still see it).
     */
    hidden?: boolean;
    /**
     * Star marker colour (0 none, 1 violet, 2 orange, 3 red).
     */
    flag?: FlagValue;
    /**
     * Expected effort in hours.
     */
    estimatedTime?: number;
};
/**
 * Fields for creating a user. `firstName`, `email`, `password` and `securityLevel` are required. Sent as bracket arguments (`user[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type UserInput = {
    /**
     * Given name.
     */
    firstName: string;
    /**
     * Family name.
     */
    lastName?: string;
    /**
     * E-mail address; becomes the login name.
     */
    email: string;
    /**
     * Role ("0" admin, "100" user, "150" external user, "200" client).
     */
    securityLevel: SecurityLevel;
    /**
     * Job title.
     */
    title?: string;
    /**
     * Postal address.
     */
    address?: string;
    /**
     * Office phone number.
     */
    workPhone?: string;
    /**
     * Mobile phone number.
     */
    cellPhone?: string;
    /**
     * Company the user works for.
     */
    company?: string;
    /**
     * Free-text notes about the user.
     */
    comment?: string;
    /**
     * Allow the user to open other users' profiles.
     */
    canViewProfiles?: boolean;
};
/**
 * Fields for changing a user: `id` picks the user, every other field is optional and only the fields sent are changed. Sent as bracket arguments (`user[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type UserUpdate = {
    /**
     * Id of the user to change.
     */
    id: number;
    /**
     * Given name.
     */
    firstName?: string;
    /**
     * Family name.
     */
    lastName?: string;
    /**
     * E-mail address; becomes the login name.
     */
    email?: string;
    /**
     * Role ("0" admin, "100" user, "150" external user, "200" client).
     */
    securityLevel?: SecurityLevel;
    /**
     * Job title.
     */
    title?: string;
    /**
     * Postal address.
     */
    address?: string;
    /**
     * Office phone number.
     */
    workPhone?: string;
    /**
     * Mobile phone number.
     */
    cellPhone?: string;
    /**
     * Company the user works for.
     */
    company?: string;
    /**
     * Free-text notes about the user.
     */
    comment?: string;
    /**
     * Allow the user to open other users' profiles.
     */
    canViewProfiles?: boolean;
};
/**
 * Fields for posting an activity to a task. `taskId`, `type` and `text` are required. Sent as bracket arguments (`activity[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type ActivityInput = {
    /**
     * Id of the task to post the activity to.
     */
    taskId: number;
    /**
     * Kind of activity.
     */
    type: ActivityType;
    /**
     * Body text.
     */
    text: string;
    /**
     * Task progress in percent to report (progress notes).
     */
    progress?: number;
    /**
     * Hours spent on the task to report.
     */
    hoursDone?: number;
    /**
     * E-mail the project team about the activity.
     */
    notifyProjectTeam?: boolean;
    /**
     * E-mail the task team about the activity.
     */
    notifyTaskTeam?: boolean;
    /**
     * E-mail the project's clients about the activity.
     */
    notifyClient?: boolean;
    /**
     * Hide the activity from clients (has no effect on progress notes).
     */
    hideFromClients?: boolean;
    /**
     * Date and time to post the activity under. Format `YYYY-MM-DD HH:MM:SS`.
     */
    date?: string;
};
/**
 * Fields for changing an activity: `id` picks the activity, every other field is optional and only the fields sent are changed. Sent as bracket arguments (`activity[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type ActivityUpdate = {
    /**
     * Id of the activity to change.
     */
    id: number;
    /**
     * Id of the task to post the activity to.
     */
    taskId?: number;
    /**
     * Kind of activity.
     */
    type?: ActivityType;
    /**
     * Body text.
     */
    text?: string;
    /**
     * Task progress in percent to report (progress notes).
     */
    progress?: number;
    /**
     * Hours spent on the task to report.
     */
    hoursDone?: number;
    /**
     * E-mail the project team about the activity.
     */
    notifyProjectTeam?: boolean;
    /**
     * E-mail the task team about the activity.
     */
    notifyTaskTeam?: boolean;
    /**
     * E-mail the project's clients about the activity.
     */
    notifyClient?: boolean;
    /**
     * Hide the activity from clients (has no effect on progress notes).
     */
    hideFromClients?: boolean;
    /**
     * Date and time to post the activity under. Format `YYYY-MM-DD HH:MM:SS`.
     */
    date?: string;
};
/**
 * Fields for creating a project group. Sent as `group[name]=...`.
 */
export type GroupInput = {
    /**
     * Display name of the group.
     */
    name: string;
};
/**
 * Fields for renaming a project group: `id` picks the group. Sent as `group[id]=...&group[name]=...`.
 */
export type GroupUpdate = {
    /**
     * Id of the group to change.
     */
    id: number;
    /**
     * Display name of the group.
     */
    name?: string;
};
/**
 * One file to attach. Only `name` appears in the vendor's example; how the file's bytes travel is an open question. This document assumes the base64 text of the bytes in `content`.
 */
export type FileUpload = {
    /**
     * File name to store the attachment under.
     */
    name: string;
    /**
     * Kind of attachment.
     */
    type?: FileType;
    /**
     * The file's bytes, base64-encoded (assumption; the upload mechanics are OPEN: the server might instead expect a multipart upload or a URL for link types).
     */
    content?: string;
};
/**
 * Files to attach, keyed by a running number starting at 1. On the wire: `files[1][name]=a.txt&files[1][content]=...&files[2][name]=...`.
 */
export type FileUploadList = {
    [key: string]: FileUpload;
};
/**
 * Conditions for `projects/getList`. Whether `name` must match the whole name or a part of it is not documented. Conditions combine: all given ones must hold (assumed).
 *
 * Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent as `filter[key]=value`.
 */
export type ProjectFilter = {
    /**
     * Only projects in this project group.
     */
    groupId?: number;
    /**
     * Only projects owned by this user.
     */
    ownerId?: number;
    /**
     * Only projects whose name matches this text.
     */
    name?: string;
    /**
     * Only projects this user is on the team of (by user id).
     */
    assignedTo?: number;
    /**
     * When true, only projects that are still active (not closed).
     */
    active?: boolean;
    /**
     * Leave out projects closed more than this many days ago.
     */
    hide_old_object_period?: number;
};
/**
 * Conditions for `tasks/getList`. Whether `name` must match the whole name or a part of it is not documented. Whether the From/Before date bounds include the given day is not documented. Conditions combine: all given ones must hold (assumed).
 *
 * Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent as `filter[key]=value`.
 */
export type TaskFilter = {
    /**
     * Only tasks of this project.
     */
    projectId?: number;
    /**
     * Only subtasks of this task.
     */
    parentId?: number;
    /**
     * Earliest start date. Format `YYYY-MM-DD`.
     */
    startedFrom?: string;
    /**
     * Latest start date. Format `YYYY-MM-DD`.
     */
    startedBefore?: string;
    /**
     * Earliest end (deadline) date. Format `YYYY-MM-DD`.
     */
    deadlineFrom?: string;
    /**
     * Latest end (deadline) date. Format `YYYY-MM-DD`.
     */
    deadlineBefore?: string;
    /**
     * Only tasks with progress below this percentage.
     */
    progressLessThan?: number;
    /**
     * Only tasks with progress above this percentage.
     */
    progressMoreThan?: number;
    /**
     * Earliest creation date. Format `YYYY-MM-DD`.
     */
    createdFrom?: string;
    /**
     * Latest creation date. Format `YYYY-MM-DD`.
     */
    createdBefore?: string;
    /**
     * Earliest date of last change. Format `YYYY-MM-DD`.
     */
    updatedFrom?: string;
    /**
     * Latest date of last change. Format `YYYY-MM-DD`.
     */
    updatedBefore?: string;
    /**
     * Only tasks filed under this project group.
     */
    groupId?: number;
    /**
     * Only tasks owned by this user.
     */
    ownerId?: number;
    /**
     * Only tasks whose name matches this text.
     */
    name?: string;
    /**
     * Only tasks this user is assigned to (by user id).
     */
    assignedTo?: number;
    /**
     * When true, only tasks that are still active (not closed).
     */
    active?: boolean;
    /**
     * Leave out tasks closed more than this many days ago.
     */
    hide_old_object_period?: number;
};
/**
 * Conditions for `activity/getList`. The project/task conditions apply to the task the activity was posted to. Note the age filter is called `hide_non_active` here, not `hide_old_object_period` as elsewhere (kept as documented). Conditions combine: all given ones must hold (assumed).
 *
 * Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent as `filter[key]=value`.
 */
export type ActivityFilter = {
    /**
     * Only activities posted to tasks of this project.
     */
    projectId?: number;
    /**
     * Only activities posted to this task.
     */
    taskId?: number;
    /**
     * Only activities of this kind.
     */
    type?: ActivityType;
    /**
     * Only activities in projects of this project group.
     */
    groupId?: number;
    /**
     * Only activities on projects/tasks this user is assigned to (by user id).
     */
    assignedTo?: number;
    /**
     * When true, only activities on projects/tasks that are still active.
     */
    active?: boolean;
    /**
     * Leave out activities on projects/tasks closed more than this many days ago.
     */
    hide_non_active?: number;
};
/**
 * Conditions for `activity/getFilesList`; they apply to the project/task the file was posted to. Conditions combine: all given ones must hold (assumed).
 *
 * Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent as `filter[key]=value`.
 */
export type FileFilter = {
    /**
     * Only files posted in this project.
     */
    projectId?: number;
    /**
     * Only files posted to this task.
     */
    taskId?: number;
    /**
     * Only files on projects/tasks this user is assigned to (by user id).
     */
    assignedTo?: number;
    /**
     * When true, only files on projects/tasks that are still active.
     */
    active?: boolean;
    /**
     * Leave out files on projects/tasks closed more than this many days ago.
     */
    hide_old_object_period?: number;
};
/**
 * Success body carrying the new session id. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type SessionResultEnvelope = {
    /**
     * The new session id.
     */
    data: SessionResult;
};
/**
 * Success body carrying the sign-out outcome. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type SignOutResultEnvelope = {
    /**
     * The sign-out outcome.
     */
    data: SignOutResult;
};
/**
 * Success body carrying the outcome of a remove call. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type RemoveResultEnvelope = {
    /**
     * The outcome of a remove call.
     */
    data: RemoveResult;
};
/**
 * Success body carrying the outcome of attaching files. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type AttachResultEnvelope = {
    /**
     * The outcome of attaching files.
     */
    data: AttachResult;
};
/**
 * Success body carrying the status catalogue. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type StatusListEnvelope = {
    /**
     * The status catalogue.
     */
    data: StatusList;
};
/**
 * Success body carrying the priority catalogue. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type PriorityListEnvelope = {
    /**
     * The priority catalogue.
     */
    data: PriorityList;
};
/**
 * Success body carrying one project. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type ProjectEnvelope = {
    /**
     * One project.
     */
    data: Project;
};
/**
 * Success body carrying a page of projects. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type ProjectListEnvelope = {
    /**
     * A page of projects.
     */
    data: ProjectList;
};
/**
 * Success body carrying one task. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type TaskEnvelope = {
    /**
     * One task.
     */
    data: Task;
};
/**
 * Success body carrying a page of tasks. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type TaskListEnvelope = {
    /**
     * A page of tasks.
     */
    data: TaskList;
};
/**
 * Success body carrying one user. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type UserEnvelope = {
    /**
     * One user.
     */
    data: User;
};
/**
 * Success body carrying a list of users. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type UserListEnvelope = {
    /**
     * A list of users.
     */
    data: UserList;
};
/**
 * Success body carrying one activity. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type ActivityEnvelope = {
    /**
     * One activity.
     */
    data: Activity;
};
/**
 * Success body carrying a page of activities. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type ActivityListEnvelope = {
    /**
     * A page of activities.
     */
    data: ActivityList;
};
/**
 * Success body carrying a page of files. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type FileListEnvelope = {
    /**
     * A page of files.
     */
    data: FileList;
};
/**
 * Success body carrying one project group. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type GroupEnvelope = {
    /**
     * One project group.
     */
    data: Group;
};
/**
 * Success body carrying the list of project groups. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type GroupListEnvelope = {
    /**
     * The list of project groups.
     */
    data: GroupList;
};
/**
 * An error report. The vendor documents no error format; this shape is the toolkit's assumption (the 2008 XML API used an `<error>` element with a text message).
 */
export type Error = {
    /**
     * Numeric error code. The toolkit uses the HTTP status code; 5pm's own codes are unknown.
     */
    code: number;
    /**
     * Human-readable explanation of the failure.
     */
    message: string;
};
/**
 * Body of an error response: the error report under the `data` root element.
 */
export type ErrorEnvelope = {
    /**
     * Root element of the error document.
     */
    data: {
        /**
         * The error report.
         */
        error: Error;
    };
};
/**
 * A project: the top-level container of tasks, with its team, dates and status.
 */
export type ProjectWritable = {
    /**
     * Display name of the project.
     */
    name?: string;
    /**
     * Free-text description; null (an empty element in XML) when there is none.
     */
    description?: string | null;
    /**
     * Tags as one comma-separated string; null when the project has no tags.
     */
    tags?: string | null;
    /**
     * Id of the project group the project is filed under; null (an empty element in XML) when the project is in no group. Like every other unset field it is sent, not left out (captured output lists `groupId` and gives unset fields as empty elements).
     */
    groupId?: number | null;
    /**
     * Planned start; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
     */
    startDate?: string | null;
    /**
     * Planned end; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
     */
    endDate?: string | null;
    /**
     * Priority of the project (1 low to 4 urgent).
     */
    priority?: PriorityValue;
    /**
     * Workflow status of the project (10 open, 20 on hold, 30 done).
     */
    status?: StatusValue;
    /**
     * Whether the project team is e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyProjectTeam?: boolean;
    /**
     * Whether the project's clients are e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyClient?: boolean;
    /**
     * When true, users outside the project team cannot see the project; clients still can.
     */
    hidden?: boolean;
    /**
     * Star marker colour (0 none, 1 violet, 2 orange, 3 red).
     */
    flag?: FlagValue;
};
/**
 * A task inside a project. Tasks can be nested: a subtask names its parent in `parentId`. Captured output shows every field below plus an undocumented `prev`.
 */
export type TaskWritable = {
    /**
     * Display name of the task.
     */
    name?: string;
    /**
     * Id of the parent task for a subtask; null for a top-level task.
     */
    parentId?: number | null;
    /**
     * Free-text description; null (an empty element in XML) when there is none.
     */
    description?: string | null;
    /**
     * Tags as one comma-separated string; null when the task has no tags.
     */
    tags?: string | null;
    /**
     * Id of the project the task belongs to.
     */
    projectId?: number;
    /**
     * Id of the project group the task is filed under; null (an empty element in XML) when none. A new task takes its project's group unless `task[groupId]` says otherwise. The vendor lists it among the task's fields without marking it read-only (as it marks `parentName`), so it is an argument of add and update too; captured add/update/getById output lists it.
     */
    groupId?: number | null;
    /**
     * Planned start; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
     */
    startDate?: string | null;
    /**
     * Date the task ended or is due to end; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
     */
    endDate?: string | null;
    /**
     * Priority of the task (1 low to 4 urgent).
     */
    priority?: PriorityValue;
    /**
     * Completion in percent.
     */
    progress?: number;
    /**
     * Workflow status of the task (10 open, 20 on hold, 30 done).
     */
    status?: StatusValue;
    /**
     * Whether the whole project team is e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyProjectTeam?: boolean;
    /**
     * Whether the users on the task's team are e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyTaskTeam?: boolean;
    /**
     * Whether the clients attached to the project are e-mailed about the change. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyClient?: boolean;
    /**
     * When true, users outside the task team cannot see the task; clients still can.
     */
    hidden?: boolean;
    /**
     * Star marker colour (0 none, 1 violet, 2 orange, 3 red).
     */
    flag?: FlagValue;
    /**
     * Expected effort in hours.
     */
    estimatedTime?: number;
};
/**
 * A user account of the 5pm account (staff, external user or client). The password is never returned.
 */
export type UserWritable = {
    /**
     * Job title.
     */
    title?: string;
    /**
     * E-mail address; also the login name.
     */
    email?: string;
    /**
     * Password. Only sent by the client on add/update; never present in output.
     */
    password?: string;
    /**
     * Given name.
     */
    firstName?: string;
    /**
     * Family name.
     */
    lastName?: string;
    /**
     * Postal address.
     */
    address?: string;
    /**
     * Office phone number.
     */
    workPhone?: string;
    /**
     * Mobile phone number.
     */
    cellPhone?: string;
    /**
     * Company the user works for.
     */
    company?: string;
    /**
     * Role of the user ("0" admin to "200" client).
     */
    securityLevel?: SecurityLevel;
    /**
     * Free-text notes about the user.
     */
    comment?: string;
    /**
     * Whether the user may open other users' profiles.
     */
    canViewProfiles?: boolean;
};
/**
 * An entry in a task's activity stream: a message, a progress report, or a note carrying files or links to documents.
 */
export type ActivityWritable = {
    /**
     * Id of the task the activity was posted to.
     */
    taskId?: number;
    /**
     * Kind of activity.
     */
    type?: ActivityType;
    /**
     * Body text of the activity.
     */
    text?: string;
    /**
     * Task progress in percent reported with this activity.
     */
    progress?: number;
    /**
     * Hours spent on the task that this activity reports.
     */
    hoursDone?: number;
    /**
     * Whether the project team is e-mailed about the activity. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyProjectTeam?: boolean;
    /**
     * Whether the task team is e-mailed about the activity. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyTaskTeam?: boolean;
    /**
     * Whether the project's clients are e-mailed about the activity. Mostly meaningful as an argument of add/update calls; echoed in output.
     */
    notifyClient?: boolean;
    /**
     * When true, clients do not see the activity. Ignored for progress notes, which always stay visible because they can change the task's status.
     */
    hideFromClients?: boolean;
    /**
     * Date and time the activity is posted under. Format `YYYY-MM-DD HH:MM:SS`.
     */
    date?: string;
};
/**
 * A file or document link attached to an activity.
 */
export type FileWritable = {
    /**
     * Id of the activity the file is attached to.
     */
    activityId?: number;
    /**
     * Kind of the activity the file is attached to.
     */
    activityType?: ActivityType;
    /**
     * Original file name, or the title of a linked document.
     */
    name?: string;
    /**
     * Kind of attachment.
     */
    type?: FileType;
    /**
     * Size in bytes (0 for links).
     */
    size?: number;
    /**
     * Undocumented. Presumably the target URL of a linked document; empty for uploaded files in list output.
     */
    content?: string;
};
/**
 * A project group (the API calls the resource `projectsgroups`): a named folder that projects are filed under. Unlike other objects its id is documented as an integer.
 */
export type GroupWritable = {
    /**
     * Display name of the group.
     */
    name?: string;
};
/**
 * A page of users. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type UserListWritable = {
    /**
     * Wrapper element holding one `item` per user.
     */
    items: {
        /**
         * The users on this page.
         */
        item?: Array<UserWritable>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of projects. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type ProjectListWritable = {
    /**
     * Wrapper element holding one `item` per project.
     */
    items: {
        /**
         * The projects on this page.
         */
        item?: Array<ProjectWritable>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of tasks. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type TaskListWritable = {
    /**
     * Wrapper element holding one `item` per task.
     */
    items: {
        /**
         * The tasks on this page.
         */
        item?: Array<TaskWritable>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of activities. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type ActivityListWritable = {
    /**
     * Wrapper element holding one `item` per activity.
     */
    items: {
        /**
         * The activities on this page.
         */
        item?: Array<ActivityWritable>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of files. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type FileListWritable = {
    /**
     * Wrapper element holding one `item` per file.
     */
    items: {
        /**
         * The files on this page.
         */
        item?: Array<FileWritable>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * A page of project groups. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
 */
export type GroupListWritable = {
    /**
     * Wrapper element holding one `item` per group.
     */
    items: {
        /**
         * The project groups on this page.
         */
        item?: Array<GroupWritable>;
    };
    /**
     * Number of entries in this response.
     */
    count: number;
    /**
     * Number of entries that match overall, across all pages.
     */
    total: number;
};
/**
 * Fields for creating a user. `firstName`, `email`, `password` and `securityLevel` are required. Sent as bracket arguments (`user[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type UserInputWritable = {
    /**
     * Given name.
     */
    firstName: string;
    /**
     * Family name.
     */
    lastName?: string;
    /**
     * E-mail address; becomes the login name.
     */
    email: string;
    /**
     * Password for signing in.
     */
    password: string;
    /**
     * Role ("0" admin, "100" user, "150" external user, "200" client).
     */
    securityLevel: SecurityLevel;
    /**
     * Job title.
     */
    title?: string;
    /**
     * Postal address.
     */
    address?: string;
    /**
     * Office phone number.
     */
    workPhone?: string;
    /**
     * Mobile phone number.
     */
    cellPhone?: string;
    /**
     * Company the user works for.
     */
    company?: string;
    /**
     * Free-text notes about the user.
     */
    comment?: string;
    /**
     * Allow the user to open other users' profiles.
     */
    canViewProfiles?: boolean;
};
/**
 * Fields for changing a user: `id` picks the user, every other field is optional and only the fields sent are changed. Sent as bracket arguments (`user[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not documented, so they are left out.
 */
export type UserUpdateWritable = {
    /**
     * Id of the user to change.
     */
    id: number;
    /**
     * Given name.
     */
    firstName?: string;
    /**
     * Family name.
     */
    lastName?: string;
    /**
     * E-mail address; becomes the login name.
     */
    email?: string;
    /**
     * Password for signing in.
     */
    password?: string;
    /**
     * Role ("0" admin, "100" user, "150" external user, "200" client).
     */
    securityLevel?: SecurityLevel;
    /**
     * Job title.
     */
    title?: string;
    /**
     * Postal address.
     */
    address?: string;
    /**
     * Office phone number.
     */
    workPhone?: string;
    /**
     * Mobile phone number.
     */
    cellPhone?: string;
    /**
     * Company the user works for.
     */
    company?: string;
    /**
     * Free-text notes about the user.
     */
    comment?: string;
    /**
     * Allow the user to open other users' profiles.
     */
    canViewProfiles?: boolean;
};
/**
 * Success body carrying one project. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type ProjectEnvelopeWritable = {
    /**
     * One project.
     */
    data: ProjectWritable;
};
/**
 * Success body carrying a page of projects. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type ProjectListEnvelopeWritable = {
    /**
     * A page of projects.
     */
    data: ProjectListWritable;
};
/**
 * Success body carrying one task. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type TaskEnvelopeWritable = {
    /**
     * One task.
     */
    data: TaskWritable;
};
/**
 * Success body carrying a page of tasks. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type TaskListEnvelopeWritable = {
    /**
     * A page of tasks.
     */
    data: TaskListWritable;
};
/**
 * Success body carrying one user. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type UserEnvelopeWritable = {
    /**
     * One user.
     */
    data: UserWritable;
};
/**
 * Success body carrying a list of users. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type UserListEnvelopeWritable = {
    /**
     * A list of users.
     */
    data: UserListWritable;
};
/**
 * Success body carrying one activity. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type ActivityEnvelopeWritable = {
    /**
     * One activity.
     */
    data: ActivityWritable;
};
/**
 * Success body carrying a page of activities. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type ActivityListEnvelopeWritable = {
    /**
     * A page of activities.
     */
    data: ActivityListWritable;
};
/**
 * Success body carrying a page of files. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type FileListEnvelopeWritable = {
    /**
     * A page of files.
     */
    data: FileListWritable;
};
/**
 * Success body carrying one project group. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type GroupEnvelopeWritable = {
    /**
     * One project group.
     */
    data: GroupWritable;
};
/**
 * Success body carrying the list of project groups. In XML the `data` element is the document root; in JSON (`retType=json`) it is the single top-level key.
 */
export type GroupListEnvelopeWritable = {
    /**
     * The list of project groups.
     */
    data: GroupListWritable;
};
/**
 * Response format: `xml` (the default when omitted) or `json`.
 */
export type RetType2 = RetType;
/**
 * Zero-based position of the first entry to return.
 */
export type Offset = number;
/**
 * Maximum number of entries to return. Without it the server decides (its default is not documented).
 */
export type Count = number;
/**
 * When true, each returned object carries its `team`.
 */
export type LoadTeam = boolean;
/**
 * Id of the project.
 */
export type ProjectId = number;
/**
 * Id of the task.
 */
export type TaskId = number;
/**
 * Id of the user.
 */
export type UserId = number;
/**
 * Id of the activity.
 */
export type ActivityId = number;
/**
 * Id of the file.
 */
export type FileId = number;
/**
 * Id of the project group.
 */
export type GroupId = number;
export type AuthenticationSignInData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Login name of the user, which is the user's e-mail address.
         */
        login: string;
        /**
         * The user's password.
         */
        password: string;
    };
    url: '/service/get/authentication/signIn';
};
export type AuthenticationSignInErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * Wrong login or password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type AuthenticationSignInError = AuthenticationSignInErrors[keyof AuthenticationSignInErrors];
export type AuthenticationSignInResponses = {
    /**
     * Signed in; the body carries the session id.
     */
    200: SessionResultEnvelope;
};
export type AuthenticationSignInResponse = AuthenticationSignInResponses[keyof AuthenticationSignInResponses];
export type AuthenticationSignOutData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/service/get/authentication/signOut';
};
export type AuthenticationSignOutErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type AuthenticationSignOutError = AuthenticationSignOutErrors[keyof AuthenticationSignOutErrors];
export type AuthenticationSignOutResponses = {
    /**
     * Session ended.
     */
    200: SignOutResultEnvelope;
};
export type AuthenticationSignOutResponse = AuthenticationSignOutResponses[keyof AuthenticationSignOutResponses];
export type AuthenticationGetAuthorizedUserData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/service/get/authentication/getAuthorizedUser';
};
export type AuthenticationGetAuthorizedUserErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type AuthenticationGetAuthorizedUserError = AuthenticationGetAuthorizedUserErrors[keyof AuthenticationGetAuthorizedUserErrors];
export type AuthenticationGetAuthorizedUserResponses = {
    /**
     * The authenticated user.
     */
    200: UserEnvelope;
};
export type AuthenticationGetAuthorizedUserResponse = AuthenticationGetAuthorizedUserResponses[keyof AuthenticationGetAuthorizedUserResponses];
export type MetainfoGetStatusesData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/service/get/metainfo/getStatuses';
};
export type MetainfoGetStatusesErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type MetainfoGetStatusesError = MetainfoGetStatusesErrors[keyof MetainfoGetStatusesErrors];
export type MetainfoGetStatusesResponses = {
    /**
     * The statuses catalogue.
     */
    200: StatusListEnvelope;
};
export type MetainfoGetStatusesResponse = MetainfoGetStatusesResponses[keyof MetainfoGetStatusesResponses];
export type MetainfoGetPrioritiesData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/service/get/metainfo/getPriorities';
};
export type MetainfoGetPrioritiesErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type MetainfoGetPrioritiesError = MetainfoGetPrioritiesErrors[keyof MetainfoGetPrioritiesErrors];
export type MetainfoGetPrioritiesResponses = {
    /**
     * The priorities catalogue.
     */
    200: PriorityListEnvelope;
};
export type MetainfoGetPrioritiesResponse = MetainfoGetPrioritiesResponses[keyof MetainfoGetPrioritiesResponses];
export type ProjectsAddData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The new project, as `project[field]=value` arguments.
         */
        project: ProjectInput;
    };
    url: '/service/post/projects/add';
};
export type ProjectsAddErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ProjectsAddError = ProjectsAddErrors[keyof ProjectsAddErrors];
export type ProjectsAddResponses = {
    /**
     * The created project.
     */
    200: ProjectEnvelope;
};
export type ProjectsAddResponse = ProjectsAddResponses[keyof ProjectsAddResponses];
export type ProjectsUpdateData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The project id and the fields to change.
         */
        project: ProjectUpdate;
    };
    url: '/service/post/projects/update';
};
export type ProjectsUpdateErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ProjectsUpdateError = ProjectsUpdateErrors[keyof ProjectsUpdateErrors];
export type ProjectsUpdateResponses = {
    /**
     * The updated project.
     */
    200: ProjectEnvelope;
};
export type ProjectsUpdateResponse = ProjectsUpdateResponses[keyof ProjectsUpdateResponses];
export type ProjectsRemoveData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project.
         */
        id: number;
    };
    url: '/service/post/projects/remove';
};
export type ProjectsRemoveErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ProjectsRemoveError = ProjectsRemoveErrors[keyof ProjectsRemoveErrors];
export type ProjectsRemoveResponses = {
    /**
     * The project was deleted.
     */
    200: RemoveResultEnvelope;
};
export type ProjectsRemoveResponse = ProjectsRemoveResponses[keyof ProjectsRemoveResponses];
export type ProjectsGetByIdData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project.
         */
        id: number;
    };
    url: '/service/get/projects/getById';
};
export type ProjectsGetByIdErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ProjectsGetByIdError = ProjectsGetByIdErrors[keyof ProjectsGetByIdErrors];
export type ProjectsGetByIdResponses = {
    /**
     * The project.
     */
    200: ProjectEnvelope;
};
export type ProjectsGetByIdResponse = ProjectsGetByIdResponses[keyof ProjectsGetByIdResponses];
export type ProjectsGetAllData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * When true, each returned object carries its `team`.
         */
        loadTeam?: boolean;
    };
    url: '/service/get/projects/getAll';
};
export type ProjectsGetAllErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type ProjectsGetAllError = ProjectsGetAllErrors[keyof ProjectsGetAllErrors];
export type ProjectsGetAllResponses = {
    /**
     * All visible projects.
     */
    200: ProjectListEnvelope;
};
export type ProjectsGetAllResponse = ProjectsGetAllResponses[keyof ProjectsGetAllResponses];
export type ProjectsGetListData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * When true, each returned object carries its `team`.
         */
        loadTeam?: boolean;
        /**
         * Optional conditions, sent as `filter[key]=value`. Without a filter every visible entry is listed.
         */
        filter?: ProjectFilter;
        /**
         * Zero-based position of the first entry to return.
         */
        offset?: number;
        /**
         * Maximum number of entries to return. Without it the server decides (its default is not documented).
         */
        count?: number;
    };
    url: '/service/get/projects/getList';
};
export type ProjectsGetListErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type ProjectsGetListError = ProjectsGetListErrors[keyof ProjectsGetListErrors];
export type ProjectsGetListResponses = {
    /**
     * A page of matching projects.
     */
    200: ProjectListEnvelope;
};
export type ProjectsGetListResponse = ProjectsGetListResponses[keyof ProjectsGetListResponses];
export type TasksAddData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The new task, as `task[field]=value` arguments.
         */
        task: TaskInput;
    };
    url: '/service/post/tasks/add';
};
export type TasksAddErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
    /**
     * The request is well formed but clashes with what is stored: an e-mail address another user already has, a task made its own ancestor, removing the signed-in account (assumed status; the vendor documents none).
     */
    409: ErrorEnvelope;
};
export type TasksAddError = TasksAddErrors[keyof TasksAddErrors];
export type TasksAddResponses = {
    /**
     * The created task.
     */
    200: TaskEnvelope;
};
export type TasksAddResponse = TasksAddResponses[keyof TasksAddResponses];
export type TasksUpdateData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The task id and the fields to change.
         */
        task: TaskUpdate;
    };
    url: '/service/post/tasks/update';
};
export type TasksUpdateErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
    /**
     * The request is well formed but clashes with what is stored: an e-mail address another user already has, a task made its own ancestor, removing the signed-in account (assumed status; the vendor documents none).
     */
    409: ErrorEnvelope;
};
export type TasksUpdateError = TasksUpdateErrors[keyof TasksUpdateErrors];
export type TasksUpdateResponses = {
    /**
     * The updated task.
     */
    200: TaskEnvelope;
};
export type TasksUpdateResponse = TasksUpdateResponses[keyof TasksUpdateResponses];
export type TasksRemoveData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task.
         */
        id: number;
    };
    url: '/service/post/tasks/remove';
};
export type TasksRemoveErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type TasksRemoveError = TasksRemoveErrors[keyof TasksRemoveErrors];
export type TasksRemoveResponses = {
    /**
     * The task was deleted.
     */
    200: RemoveResultEnvelope;
};
export type TasksRemoveResponse = TasksRemoveResponses[keyof TasksRemoveResponses];
export type TasksGetByIdData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the task.
         */
        id: number;
    };
    url: '/service/get/tasks/getById';
};
export type TasksGetByIdErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type TasksGetByIdError = TasksGetByIdErrors[keyof TasksGetByIdErrors];
export type TasksGetByIdResponses = {
    /**
     * The task.
     */
    200: TaskEnvelope;
};
export type TasksGetByIdResponse = TasksGetByIdResponses[keyof TasksGetByIdResponses];
export type TasksGetListData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * When true, each returned object carries its `team`.
         */
        loadTeam?: boolean;
        /**
         * Optional conditions, sent as `filter[key]=value`. Without a filter every visible entry is listed.
         */
        filter?: TaskFilter;
        /**
         * Zero-based position of the first entry to return.
         */
        offset?: number;
        /**
         * Maximum number of entries to return. Without it the server decides (its default is not documented).
         */
        count?: number;
    };
    url: '/service/get/tasks/getList';
};
export type TasksGetListErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type TasksGetListError = TasksGetListErrors[keyof TasksGetListErrors];
export type TasksGetListResponses = {
    /**
     * A page of matching tasks.
     */
    200: TaskListEnvelope;
};
export type TasksGetListResponse = TasksGetListResponses[keyof TasksGetListResponses];
export type UsersAddData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The new user, as `user[field]=value` arguments.
         */
        user: UserInputWritable;
    };
    url: '/service/post/users/add';
};
export type UsersAddErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The request is well formed but clashes with what is stored: an e-mail address another user already has, a task made its own ancestor, removing the signed-in account (assumed status; the vendor documents none).
     */
    409: ErrorEnvelope;
};
export type UsersAddError = UsersAddErrors[keyof UsersAddErrors];
export type UsersAddResponses = {
    /**
     * The created user.
     */
    200: UserEnvelope;
};
export type UsersAddResponse = UsersAddResponses[keyof UsersAddResponses];
export type UsersUpdateData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The user id and the fields to change.
         */
        user: UserUpdateWritable;
    };
    url: '/service/post/users/update';
};
export type UsersUpdateErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
    /**
     * The request is well formed but clashes with what is stored: an e-mail address another user already has, a task made its own ancestor, removing the signed-in account (assumed status; the vendor documents none).
     */
    409: ErrorEnvelope;
};
export type UsersUpdateError = UsersUpdateErrors[keyof UsersUpdateErrors];
export type UsersUpdateResponses = {
    /**
     * The updated user.
     */
    200: UserEnvelope;
};
export type UsersUpdateResponse = UsersUpdateResponses[keyof UsersUpdateResponses];
export type UsersRemoveData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the user.
         */
        id: number;
    };
    url: '/service/post/users/remove';
};
export type UsersRemoveErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
    /**
     * The request is well formed but clashes with what is stored: an e-mail address another user already has, a task made its own ancestor, removing the signed-in account (assumed status; the vendor documents none).
     */
    409: ErrorEnvelope;
};
export type UsersRemoveError = UsersRemoveErrors[keyof UsersRemoveErrors];
export type UsersRemoveResponses = {
    /**
     * The user was deleted.
     */
    200: RemoveResultEnvelope;
};
export type UsersRemoveResponse = UsersRemoveResponses[keyof UsersRemoveResponses];
export type UsersGetByIdData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the user.
         */
        id: number;
    };
    url: '/service/get/users/getById';
};
export type UsersGetByIdErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type UsersGetByIdError = UsersGetByIdErrors[keyof UsersGetByIdErrors];
export type UsersGetByIdResponses = {
    /**
     * The user.
     */
    200: UserEnvelope;
};
export type UsersGetByIdResponse = UsersGetByIdResponses[keyof UsersGetByIdResponses];
export type UsersGetByEmailData = {
    body?: never;
    path?: never;
    query: {
        /**
         * E-mail address to look up.
         */
        email: string;
    };
    url: '/service/get/users/getByEmail';
};
export type UsersGetByEmailErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type UsersGetByEmailError = UsersGetByEmailErrors[keyof UsersGetByEmailErrors];
export type UsersGetByEmailResponses = {
    /**
     * The user.
     */
    200: UserEnvelope;
};
export type UsersGetByEmailResponse = UsersGetByEmailResponses[keyof UsersGetByEmailResponses];
export type UsersGetAllData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/service/get/users/getAll';
};
export type UsersGetAllErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type UsersGetAllError = UsersGetAllErrors[keyof UsersGetAllErrors];
export type UsersGetAllResponses = {
    /**
     * All visible users.
     */
    200: UserListEnvelope;
};
export type UsersGetAllResponse = UsersGetAllResponses[keyof UsersGetAllResponses];
export type ActivityAddData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The new activity, as `activity[field]=value` arguments.
         */
        activity: ActivityInput;
    };
    url: '/service/post/activity/add';
};
export type ActivityAddErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityAddError = ActivityAddErrors[keyof ActivityAddErrors];
export type ActivityAddResponses = {
    /**
     * The created activity.
     */
    200: ActivityEnvelope;
};
export type ActivityAddResponse = ActivityAddResponses[keyof ActivityAddResponses];
export type ActivityUpdateData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The activity id and the fields to change.
         */
        activity: ActivityUpdate;
    };
    url: '/service/post/activity/update';
};
export type ActivityUpdateErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityUpdateError = ActivityUpdateErrors[keyof ActivityUpdateErrors];
export type ActivityUpdateResponses = {
    /**
     * The updated activity.
     */
    200: ActivityEnvelope;
};
export type ActivityUpdateResponse = ActivityUpdateResponses[keyof ActivityUpdateResponses];
export type ActivityRemoveData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the activity.
         */
        id: number;
    };
    url: '/service/post/activity/remove';
};
export type ActivityRemoveErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityRemoveError = ActivityRemoveErrors[keyof ActivityRemoveErrors];
export type ActivityRemoveResponses = {
    /**
     * The activity was deleted.
     */
    200: RemoveResultEnvelope;
};
export type ActivityRemoveResponse = ActivityRemoveResponses[keyof ActivityRemoveResponses];
export type ActivityGetByIdData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the activity.
         */
        id: number;
    };
    url: '/service/get/activity/getById';
};
export type ActivityGetByIdErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityGetByIdError = ActivityGetByIdErrors[keyof ActivityGetByIdErrors];
export type ActivityGetByIdResponses = {
    /**
     * The activity.
     */
    200: ActivityEnvelope;
};
export type ActivityGetByIdResponse = ActivityGetByIdResponses[keyof ActivityGetByIdResponses];
export type ActivityGetListData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Optional conditions, sent as `filter[key]=value`. Without a filter every visible entry is listed.
         */
        filter?: ActivityFilter;
        /**
         * Zero-based position of the first entry to return.
         */
        offset?: number;
        /**
         * Maximum number of entries to return. Without it the server decides (its default is not documented).
         */
        count?: number;
        /**
         * When true, each activity carries its `files`.
         */
        withFiles?: boolean;
        /**
         * When true, each activity carries `taskName` and `projectName`.
         */
        withNames?: boolean;
    };
    url: '/service/get/activity/getList';
};
export type ActivityGetListErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type ActivityGetListError = ActivityGetListErrors[keyof ActivityGetListErrors];
export type ActivityGetListResponses = {
    /**
     * A page of matching activities.
     */
    200: ActivityListEnvelope;
};
export type ActivityGetListResponse = ActivityGetListResponses[keyof ActivityGetListResponses];
export type ActivityAttachFilesData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the activity to attach the files to.
         */
        activityId: number;
        /**
         * The files, as `files[N][field]=value` arguments numbered from 1. OpenAPI's `deepObject` style defines one bracket level (`files[N]=...`); this argument has two, so `x-bracket-nesting: 2` says every level is spelt in brackets, PHP style: `files[1][name]=a.txt&files[1][content]=...`. That is what the service reads, and what the generated client and schemathesis send.
         */
        files: FileUploadList;
    };
    url: '/service/post/activity/attachFiles';
};
export type ActivityAttachFilesErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityAttachFilesError = ActivityAttachFilesErrors[keyof ActivityAttachFilesErrors];
export type ActivityAttachFilesResponses = {
    /**
     * The files were attached.
     */
    200: AttachResultEnvelope;
};
export type ActivityAttachFilesResponse = ActivityAttachFilesResponses[keyof ActivityAttachFilesResponses];
export type ActivityGetFilesListData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Optional conditions, sent as `filter[key]=value`. Without a filter every visible entry is listed.
         */
        filter?: FileFilter;
        /**
         * Zero-based position of the first entry to return.
         */
        offset?: number;
        /**
         * Maximum number of entries to return. Without it the server decides (its default is not documented).
         */
        count?: number;
        /**
         * File field to sort by. The vendor documents the argument as a string and lists no values, so any text is accepted here; the sortable fields of a file (`name`, `size`, `createdAt`, `type`) are the likely ones. The mock sorts by those and keeps the default order (by id) for any other value.
         */
        orderBy?: string;
        /**
         * When true, sort in the opposite order.
         *
         * Vendor-doc correction: the reference types `orderReverse` as a string ("Reverse sorting order.") without naming a value; it is a yes/no switch, modelled as a boolean (`true`/`false`; the mock also reads `1`/`0`).
         */
        orderReverse?: boolean;
    };
    url: '/service/get/activity/getFilesList';
};
export type ActivityGetFilesListErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type ActivityGetFilesListError = ActivityGetFilesListErrors[keyof ActivityGetFilesListErrors];
export type ActivityGetFilesListResponses = {
    /**
     * A page of files.
     */
    200: FileListEnvelope;
};
export type ActivityGetFilesListResponse = ActivityGetFilesListResponses[keyof ActivityGetFilesListResponses];
export type ActivityRemoveFileData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the file.
         */
        id: number;
    };
    url: '/service/post/activity/removeFile';
};
export type ActivityRemoveFileErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityRemoveFileError = ActivityRemoveFileErrors[keyof ActivityRemoveFileErrors];
export type ActivityRemoveFileResponses = {
    /**
     * The file was deleted.
     */
    200: RemoveResultEnvelope;
};
export type ActivityRemoveFileResponse = ActivityRemoveFileResponses[keyof ActivityRemoveFileResponses];
export type ActivityRemoveFileViaGetData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the file.
         */
        id: number;
    };
    url: '/service/get/activity/removeFile';
};
export type ActivityRemoveFileViaGetErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityRemoveFileViaGetError = ActivityRemoveFileViaGetErrors[keyof ActivityRemoveFileViaGetErrors];
export type ActivityRemoveFileViaGetResponses = {
    /**
     * The file was deleted.
     */
    200: RemoveResultEnvelope;
};
export type ActivityRemoveFileViaGetResponse = ActivityRemoveFileViaGetResponses[keyof ActivityRemoveFileViaGetResponses];
export type ActivityDownloadFileData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the file.
         */
        id: number;
    };
    url: '/service/post/activity/downloadFile';
};
export type ActivityDownloadFileErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityDownloadFileError = ActivityDownloadFileErrors[keyof ActivityDownloadFileErrors];
export type ActivityDownloadFileResponses = {
    /**
     * Raw bytes of the file.
     */
    200: Blob | File;
};
export type ActivityDownloadFileResponse = ActivityDownloadFileResponses[keyof ActivityDownloadFileResponses];
export type ActivityDownloadFileViaGetData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the file.
         */
        id: number;
    };
    url: '/service/get/activity/downloadFile';
};
export type ActivityDownloadFileViaGetErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ActivityDownloadFileViaGetError = ActivityDownloadFileViaGetErrors[keyof ActivityDownloadFileViaGetErrors];
export type ActivityDownloadFileViaGetResponses = {
    /**
     * Raw bytes of the file.
     */
    200: Blob | File;
};
export type ActivityDownloadFileViaGetResponse = ActivityDownloadFileViaGetResponses[keyof ActivityDownloadFileViaGetResponses];
export type ProjectsgroupsAddData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The new group, as `group[name]=value`.
         */
        group: GroupInput;
    };
    url: '/service/post/projectsgroups/add';
};
export type ProjectsgroupsAddErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type ProjectsgroupsAddError = ProjectsgroupsAddErrors[keyof ProjectsgroupsAddErrors];
export type ProjectsgroupsAddResponses = {
    /**
     * The created group.
     */
    200: GroupEnvelope;
};
export type ProjectsgroupsAddResponse = ProjectsgroupsAddResponses[keyof ProjectsgroupsAddResponses];
export type ProjectsgroupsUpdateData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The group id and its new name.
         */
        group: GroupUpdate;
    };
    url: '/service/post/projectsgroups/update';
};
export type ProjectsgroupsUpdateErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ProjectsgroupsUpdateError = ProjectsgroupsUpdateErrors[keyof ProjectsgroupsUpdateErrors];
export type ProjectsgroupsUpdateResponses = {
    /**
     * The updated group.
     */
    200: GroupEnvelope;
};
export type ProjectsgroupsUpdateResponse = ProjectsgroupsUpdateResponses[keyof ProjectsgroupsUpdateResponses];
export type ProjectsgroupsRemoveData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project group.
         */
        id: number;
    };
    url: '/service/post/projectsgroups/remove';
};
export type ProjectsgroupsRemoveErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ProjectsgroupsRemoveError = ProjectsgroupsRemoveErrors[keyof ProjectsgroupsRemoveErrors];
export type ProjectsgroupsRemoveResponses = {
    /**
     * The group was deleted.
     */
    200: RemoveResultEnvelope;
};
export type ProjectsgroupsRemoveResponse = ProjectsgroupsRemoveResponses[keyof ProjectsgroupsRemoveResponses];
export type ProjectsgroupsGetByIdData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Id of the project group.
         */
        id: number;
    };
    url: '/service/get/projectsgroups/getById';
};
export type ProjectsgroupsGetByIdErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
    /**
     * The object, or an object the arguments refer to (a project, task, group or parent task id), does not exist or was already removed (assumed status; the vendor documents none).
     */
    404: ErrorEnvelope;
};
export type ProjectsgroupsGetByIdError = ProjectsgroupsGetByIdErrors[keyof ProjectsgroupsGetByIdErrors];
export type ProjectsgroupsGetByIdResponses = {
    /**
     * The group.
     */
    200: GroupEnvelope;
};
export type ProjectsgroupsGetByIdResponse = ProjectsgroupsGetByIdResponses[keyof ProjectsgroupsGetByIdResponses];
export type ProjectsgroupsGetAllData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/service/get/projectsgroups/getAll';
};
export type ProjectsgroupsGetAllErrors = {
    /**
     * An argument is missing, malformed or out of range (assumed status; the vendor documents none).
     */
    400: ErrorEnvelope;
    /**
     * No session, an invalid or expired session, or wrong login/password (assumed status; the vendor documents none).
     */
    401: ErrorEnvelope;
};
export type ProjectsgroupsGetAllError = ProjectsgroupsGetAllErrors[keyof ProjectsgroupsGetAllErrors];
export type ProjectsgroupsGetAllResponses = {
    /**
     * All project groups.
     */
    200: GroupListEnvelope;
};
export type ProjectsgroupsGetAllResponse = ProjectsgroupsGetAllResponses[keyof ProjectsgroupsGetAllResponses];
