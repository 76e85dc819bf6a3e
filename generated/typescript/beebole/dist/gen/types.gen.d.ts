export type ClientOptions = {
    baseUrl: 'https://beebole-apps.com' | (string & {});
};
/**
 * Numeric id the service gives an entity.
 */
export type Id = number;
/**
 * External id: the caller's own identifier, given when the entity was created. Once set, it can stand in for the numeric `id` wherever the entity is referred to.
 */
export type Xid = string;
/**
 * A calendar day, `YYYY-MM-DD`.
 */
export type Date = string;
/**
 * Display name.
 */
export type Name = string;
/**
 * Marks a successful answer; failures carry `error` (see ErrorEnvelope).
 */
export type StatusOk = 'ok';
/**
 * Reference by numeric id.
 */
export type IdRef = {
    id: Id;
};
/**
 * Reference by external id.
 */
export type XidRef = {
    xid: Xid;
};
/**
 * A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created with an external id. Exactly one of the two.
 */
export type Ref = IdRef | XidRef;
/**
 * A count of related entities, given instead of the entities themselves.
 */
export type CountRef = {
    /**
     * How many there are.
     */
    count: number;
};
/**
 * Success without a payload.
 */
export type Ok = {
    status: StatusOk;
};
/**
 * How every failure is reported, on HTTP 200: an unknown or missing `service`, a body that is not JSON or does not fit the service, an unknown id, a broken rule (for example time logged on an entity that has children), and, as far as is known, a bad or missing token.
 *
 * Vendor-doc correction: the introduction of the vendor's pages labels a success body as the request and this error body as the response; both are answers of the service.
 */
export type ErrorEnvelope = {
    /**
     * Marks a failed call.
     */
    status: 'error';
    /**
     * Why the call failed, in words meant for people.
     */
    message: string;
};
/**
 * Answer to a create: the new entity's numeric `id`, or its `xid` when the request gave one.
 */
export type CreateOk = {
    status: StatusOk;
    id?: Id;
    xid?: Xid;
};
/**
 * An entity's id and name.
 */
export type NamedRef = {
    id: Id;
    name: Name;
};
/**
 * An entity's id, name and whether it is active.
 */
export type ActiveItem = {
    id: Id;
    name: Name;
    active: boolean;
};
/**
 * A group with the number of groups directly beneath it.
 */
export type GroupItem = {
    id: Id;
    name: Name;
    groups: CountRef;
};
/**
 * Groups assigned to an entity.
 */
export type GroupsOk = {
    status: StatusOk;
    groups: Array<GroupItem>;
};
/**
 * The specific tasks attached to an entity and whether specific tasks are switched off for it.
 */
export type SpecificTasksOk = {
    status: StatusOk;
    /**
     * True when specific tasks are switched off for the entity.
     */
    disabled: boolean;
    specificTasks: Array<ActiveItem>;
};
/**
 * Exclusive members of an entity: people and groups, listed apart.
 */
export type MembersOk = {
    status: StatusOk;
    /**
     * People who are exclusive members.
     */
    members: Array<NamedRef>;
    /**
     * Groups whose people are exclusive members.
     */
    groups: Array<NamedRef>;
};
/**
 * A project manager. `email` is present when the person has a user account.
 */
export type Manager = {
    id: Id;
    name: Name;
    email?: string;
    active: boolean;
};
/**
 * Managers of a project. The vendor names the list `members`, as in the members call.
 */
export type Managers = {
    status: StatusOk;
    /**
     * The managers (the key is `members`).
     */
    members: Array<Manager>;
};
/**
 * A custom field that applies to an entity, with the entity's value if set.
 */
export type CustomFieldValue = {
    id: Id;
    name: Name;
    /**
     * Absent when no value is set for this entity.
     */
    value?: string;
};
/**
 * The custom fields of an entity and their values.
 */
export type CustomFieldsOk = {
    status: StatusOk;
    customFields: Array<CustomFieldValue>;
};
/**
 * Which custom field to set, and its value.
 */
export type CustomFieldSetting = {
    id: Id;
    /**
     * The new value.
     */
    value: string;
};
/**
 * Which custom field to clear.
 */
export type CustomFieldClearing = {
    id: Id;
};
/**
 * The person's role: administrator, contractor, employee (the default), project manager or team leader.
 */
export type UserGroup = 'admin' | 'contractor' | 'employee' | 'pm' | 'leader';
/**
 * Identifies an existing person (a team leader) by any of its keys. When several are given the service uses the first it can: `id`, then `xid`, then `email`, then `name`.
 */
export type PersonLookup = {
    id?: Id;
    xid?: Xid;
    name?: Name;
    email?: string;
};
/**
 * A company: a customer, or the account's own (corporate) company. Carries `id`, or `xid` instead when the entity was created with an external id.
 */
export type Company = {
    id?: Id;
    xid?: Xid;
    name: Name;
    projects: CountRef;
    active: boolean;
};
/**
 * A project of a company. Carries `id`, or `xid` instead when the entity was created with an external id.
 */
export type Project = {
    id?: Id;
    xid?: Xid;
    name: Name;
    startDate: Date;
    description?: string;
    company: Ref;
    subprojects: CountRef;
    active: boolean;
};
/**
 * A subproject of a project. Carries `id`, or `xid` instead when the entity was created with an external id.
 */
export type Subproject = {
    id?: Id;
    xid?: Xid;
    name: Name;
    project: Ref;
    active: boolean;
};
/**
 * A general task of a company. Carries `id`, or `xid` instead when the entity was created with an external id.
 */
export type Task = {
    id?: Id;
    xid?: Xid;
    name: Name;
    company: Ref;
    active: boolean;
};
/**
 * An absence type (leave, sickness...). Carries `id`, or `xid` instead when the entity was created with an external id.
 */
export type Absence = {
    id?: Id;
    xid?: Xid;
    name: Name;
    company: Ref;
    active: boolean;
};
/**
 * A person (employee, contractor...) of a company. Carries `id`, or `xid` instead when the entity was created with an external id.
 */
export type Person = {
    id?: Id;
    xid?: Xid;
    name: Name;
    company: Ref;
    active: boolean;
    /**
     * User name of the person's login; absent without one.
     */
    email?: string;
    userGroup: UserGroup;
    leaders: CountRef;
};
/**
 * A group in the account's tree of groups. Carries `id`, or `xid` instead when the entity was created with an external id.
 */
export type Group = {
    id?: Id;
    xid?: Xid;
    name: Name;
    /**
     * The parent group; absent for a top-level group.
     */
    parent?: Ref;
};
/**
 * A group and, recursively, the groups beneath it.
 */
export type GroupTreeNode = {
    id: Id;
    name: Name;
    /**
     * Child groups; absent on a leaf.
     */
    groups?: Array<GroupTreeNode>;
};
/**
 * A person assigned to a group.
 */
export type AssignedPerson = {
    id: Id;
    name: Name;
    active: boolean;
    email?: string;
};
/**
 * A custom field defined on the account.
 */
export type CustomFieldDefinition = {
    id: Id;
    name: Name;
    /**
     * Which kind of entity the field applies to, as a label (e.g. `Company - Customer`).
     */
    availableFor: string;
};
/**
 * Approval state of a time entry, one letter: `d` draft (still editable by its owner), `s` submitted for approval, `a` approved, `r` rejected (sent back to the owner), `l` locked (no change possible until unlocked).
 */
export type TimeEntryStatus = 'd' | 's' | 'a' | 'r' | 'l';
/**
 * Time spent, in hours (decimals allowed).
 */
export type Hours = number;
/**
 * A project offered for time entry, with its number of subprojects.
 */
export type ProjectNode = {
    id: Id;
    name: Name;
    active: boolean;
    subprojects: CountRef;
};
/**
 * Hours a person logged on one day, on exactly one of `company`, `project`, `subproject` or `absence` (the leaf it was logged on), optionally with a `task`.
 */
export type TimeEntry = {
    id: Id;
    date: Date;
    hours: Hours;
    status: TimeEntryStatus;
    comment?: string;
    company?: ActiveItem;
    project?: ActiveItem;
    subproject?: ActiveItem;
    absence?: ActiveItem;
    /**
     * The task, when time was logged with one.
     */
    task?: ActiveItem;
};
/**
 * One time entry.
 */
export type TimeEntryOk = {
    status: StatusOk;
    timeEntry: TimeEntry;
};
/**
 * The kind of report: `all` time, `work` only, `abs` (absences) only, or `quota` (time-off allowances, with columns of its own).
 */
export type ExportShow = 'all' | 'work' | 'abs' | 'quota';
/**
 * A column of an `all`, `work` or `abs` report (`x-labels` gives the label the web application shows for each).
 */
export type ExportColumn = 'absence' | 'absenceId' | 'activity' | 'billing' | 'billingPercent' | 'billingRatio' | 'billableSplit' | 'billability' | 'budget' | 'workDays' | 'remWorkDays' | 'workHours' | 'remWorkHours' | 'comment' | 'company' | 'companyId' | 'cost' | 'costsPercent' | 'date' | 'dailyCost' | 'dailyRate' | 'inDays' | 'eventId' | 'hourlyCost' | 'hourlyRate' | 'hours' | 'hoursPercent' | 'isAtWork' | 'month' | 'overtime' | 'weeklyOvertime' | 'person' | 'personId' | 'profit' | 'profitPercent' | 'profitRatio' | 'project' | 'projectId' | 'status' | 'task' | 'taskId' | 'etime' | 'stime' | 'subproject' | 'subprojectId' | 'week';
/**
 * A column only a `quota` report has (time-off allowances); `company`, `companyId`, `person`, `personId`, `absence`, `absenceId` and `inDays` apply there too.
 */
export type QuotaColumn = 'available' | 'balance' | 'taken' | 'availableInDays' | 'balanceInDays' | 'takenInDays' | 'fromTo';
/**
 * `gid` and the id of a group (the column gives the group beneath it each entry falls under) or of a custom field (its value).
 */
export type GroupColumn = string;
/**
 * A day as `[year, month, day]`, each a string of digits (`["2026", "03", "01"]`).
 */
export type DayParts = [
    string,
    string,
    string
];
/**
 * The people's hours over the period, in one item.
 */
export type PeopleTimesheetsOk = {
    status: StatusOk;
    items: Array<PeopleTimesheetsItem>;
};
/**
 * A list of people with their hours.
 */
export type PeopleTimesheetsItem = {
    people: Array<PersonTimesheet>;
};
/**
 * One person's hours over the period.
 */
export type PersonTimesheet = {
    /**
     * The person's id.
     */
    eid: Id;
    /**
     * The person.
     */
    doc: {
        name: Name;
    };
    /**
     * The person's hours.
     */
    hours: {
        /**
         * Hours logged over the period, in the asked approval states.
         */
        sum: number;
    };
};
/**
 * One call of a batch, the body its service takes on its own; it is checked against that service's request schema when it runs.
 */
export type BatchCall = {
    /**
     * Names the service called.
     */
    service: string;
};
/**
 * Each call's answer, in the order of the calls.
 */
export type BatchAnswers = Array<BatchCallOk | ErrorEnvelope>;
/**
 * A call's success body, as that service answers it on its own.
 */
export type BatchCallOk = {
    status?: StatusOk;
};
/**
 * A background export job.
 */
export type Job = {
    id: Id;
    /**
     * `running` while the export is being built, then `done` or `error`.
     */
    status: 'running' | 'done' | 'error';
    /**
     * The export, once `done`: CSV text, or rows of cells when `outputFormat` is `array`.
     */
    result?: string | Array<Array<string | number | boolean | null>>;
};
/**
 * The state of an export job.
 */
export type JobOk = {
    status: StatusOk;
    job: Job;
};
/**
 * A company to create.
 */
export type NewCompany = {
    xid?: Xid;
    name: Name;
    /**
     * True for one of the account's own companies, false (the default) for a customer.
     */
    corporate?: boolean;
};
/**
 * A project to create, under a company.
 */
export type NewProject = {
    xid?: Xid;
    name: Name;
    /**
     * First day of the project; the first day of the current month when left out.
     */
    startDate?: Date;
    description?: string;
    company: Ref;
};
/**
 * A subproject to create, under a project.
 */
export type NewSubproject = {
    xid?: Xid;
    name: Name;
    project: Ref;
};
/**
 * A general task to create for a company.
 */
export type NewTask = {
    xid?: Xid;
    name: Name;
    company: Ref;
};
/**
 * An absence type to create for a company.
 */
export type NewAbsence = {
    xid?: Xid;
    name: Name;
    company: Ref;
};
/**
 * A person to create, in a company.
 */
export type NewPerson = {
    xid?: Xid;
    name: Name;
    company: Ref;
    /**
     * Gives the person a login with this user name.
     */
    email?: string;
    /**
     * Send the person an invitation e-mail; needs `email`.
     */
    invite?: boolean;
    userGroup?: UserGroup;
    /**
     * The person's team leaders, existing people.
     */
    leaders?: Array<PersonLookup>;
};
/**
 * A group to create.
 */
export type NewGroup = {
    xid?: Xid;
    name: Name;
    /**
     * Parent group; a top-level group without it.
     */
    parent?: Ref;
};
/**
 * The company (by `id` or `xid`) and its new name.
 */
export type CompanyUpdate = {
    id?: Id;
    xid?: Xid;
    name: Name;
};
/**
 * The project (by `id` or `xid`) and the values that change; a left-out `name`, `startDate` or `description` keeps its value.
 */
export type ProjectUpdate = {
    id?: Id;
    xid?: Xid;
    name?: Name;
    startDate?: Date;
    description?: string;
};
/**
 * The subproject (by `id` or `xid`) and its new name.
 */
export type SubprojectUpdate = {
    id?: Id;
    xid?: Xid;
    name: Name;
};
/**
 * The task (by `id` or `xid`) and its new name.
 */
export type TaskUpdate = {
    id?: Id;
    xid?: Xid;
    name: Name;
};
/**
 * The absence type (by `id` or `xid`) and its new name.
 */
export type AbsenceUpdate = {
    id?: Id;
    xid?: Xid;
    name: Name;
};
/**
 * The person (by `id` or `xid`) and its new values; left-out optional fields keep their value.
 */
export type PersonUpdate = {
    id?: Id;
    xid?: Xid;
    name: Name;
    email?: string;
    invite?: boolean;
    userGroup?: UserGroup;
    /**
     * Replaces the person's team leaders.
     */
    leaders?: Array<PersonLookup>;
};
/**
 * The group (by `id` or `xid`) and its new name.
 */
export type GroupUpdate = {
    id?: Id;
    xid?: Xid;
    name: Name;
};
/**
 * One project.
 */
export type ProjectGetOk = {
    status: StatusOk;
    project: Project;
};
/**
 * A list of projects.
 */
export type ProjectListOk = {
    status: StatusOk;
    projects: Array<Project>;
};
/**
 * One absence type.
 */
export type AbsenceGetOk = {
    status: StatusOk;
    absence: Absence;
};
/**
 * A list of absence types.
 */
export type AbsenceListOk = {
    status: StatusOk;
    absences: Array<Absence>;
};
/**
 * One company.
 */
export type CompanyGetOk = {
    status: StatusOk;
    company: Company;
};
/**
 * A list of companies.
 */
export type CompanyListOk = {
    status: StatusOk;
    companies: Array<Company>;
};
/**
 * One person.
 */
export type PersonGetOk = {
    status: StatusOk;
    person: Person;
};
/**
 * A list of people.
 */
export type PersonListOk = {
    status: StatusOk;
    people: Array<Person>;
};
/**
 * The team leaders of a person.
 */
export type PersonLeadersOk = {
    status: StatusOk;
    leaders: Array<Person>;
};
/**
 * One subproject.
 */
export type SubprojectGetOk = {
    status: StatusOk;
    subproject: Subproject;
};
/**
 * A list of subprojects.
 */
export type SubprojectListOk = {
    status: StatusOk;
    subprojects: Array<Subproject>;
};
/**
 * One task.
 */
export type TaskGetOk = {
    status: StatusOk;
    task: Task;
};
/**
 * A list of tasks.
 */
export type TaskListOk = {
    status: StatusOk;
    tasks: Array<Task>;
};
/**
 * One group.
 */
export type GroupGetOk = {
    status: StatusOk;
    group: Group;
};
/**
 * The entities filed under a group, by kind. A kind with no entity may be left out.
 */
export type GroupAssignmentsOk = {
    status: StatusOk;
    companies?: Array<ActiveItem>;
    people?: Array<AssignedPerson>;
    projects?: Array<ActiveItem>;
    subprojects?: Array<ActiveItem>;
    tasks?: Array<ActiveItem>;
    absences?: Array<ActiveItem>;
};
/**
 * The account's groups as a tree.
 */
export type GroupTreeOk = {
    status?: StatusOk;
    groups: Array<GroupTreeNode>;
};
/**
 * The custom fields of the account.
 */
export type CustomFieldListOk = {
    status?: StatusOk;
    customFields: Array<CustomFieldDefinition>;
};
/**
 * What lies beneath the given entity: the projects of a company, or the subprojects of a project.
 */
export type TimeEntryEntitiesOk = {
    status?: StatusOk;
    /**
     * Answer for a company.
     */
    projects?: Array<ProjectNode>;
    /**
     * Answer for a project.
     */
    subprojects?: Array<ActiveItem>;
};
/**
 * Tasks that can go with a time entry on the entity.
 */
export type TimeEntryTasksOk = {
    status?: StatusOk;
    tasks: Array<ActiveItem>;
};
/**
 * Time entries in a period.
 */
export type TimeEntryListOk = {
    status: StatusOk;
    timeEntries: Array<TimeEntry>;
};
export type BatchRunData = {
    body: {
        /**
         * The calls, run in this order.
         */
        services: Array<BatchCall>;
    };
    path?: never;
    query?: never;
    url: '/api/v2#services';
};
export type BatchRunResponses = {
    /**
     * The answer: one answer per call, in order, or the error envelope when the request as a whole is refused.
     */
    200: BatchAnswers;
};
export type BatchRunResponse = BatchRunResponses[keyof BatchRunResponses];
export type ProjectCreateData = {
    body: {
        project: NewProject;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.create';
};
export type ProjectCreateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CreateOk;
};
export type ProjectCreateResponse = ProjectCreateResponses[keyof ProjectCreateResponses];
export type ProjectGetData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.get';
};
export type ProjectGetResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: ProjectGetOk;
};
export type ProjectGetResponse = ProjectGetResponses[keyof ProjectGetResponses];
export type ProjectUpdateData = {
    body: {
        project: ProjectUpdate;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.update';
};
export type ProjectUpdateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectUpdateResponse = ProjectUpdateResponses[keyof ProjectUpdateResponses];
export type ProjectListData = {
    body: {
        /**
         * The company whose projects are listed.
         */
        company: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.list';
};
export type ProjectListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: ProjectListOk;
};
export type ProjectListResponse = ProjectListResponses[keyof ProjectListResponses];
export type ProjectActivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.activate';
};
export type ProjectActivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectActivateResponse = ProjectActivateResponses[keyof ProjectActivateResponses];
export type ProjectDeactivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.deactivate';
};
export type ProjectDeactivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectDeactivateResponse = ProjectDeactivateResponses[keyof ProjectDeactivateResponses];
export type ProjectAttachSpecificTaskData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The general task.
         */
        task: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.attach_specific_task';
};
export type ProjectAttachSpecificTaskResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectAttachSpecificTaskResponse = ProjectAttachSpecificTaskResponses[keyof ProjectAttachSpecificTaskResponses];
export type ProjectDetachSpecificTaskData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The general task.
         */
        task: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.detach_specific_task';
};
export type ProjectDetachSpecificTaskResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectDetachSpecificTaskResponse = ProjectDetachSpecificTaskResponses[keyof ProjectDetachSpecificTaskResponses];
export type ProjectSpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.specific_tasks';
};
export type ProjectSpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: SpecificTasksOk;
};
export type ProjectSpecificTasksResponse = ProjectSpecificTasksResponses[keyof ProjectSpecificTasksResponses];
export type ProjectEnableSpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.enable_specific_tasks';
};
export type ProjectEnableSpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectEnableSpecificTasksResponse = ProjectEnableSpecificTasksResponses[keyof ProjectEnableSpecificTasksResponses];
export type ProjectDisableSpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.disable_specific_tasks';
};
export type ProjectDisableSpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectDisableSpecificTasksResponse = ProjectDisableSpecificTasksResponses[keyof ProjectDisableSpecificTasksResponses];
export type ProjectAttachMemberData = {
    body: ({
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person: Ref;
    } | {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A group to add or remove, instead of a person.
         */
        group: Ref;
    }) & {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person?: Ref;
        /**
         * A group to add or remove, instead of a person.
         */
        group?: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.attach_member';
};
export type ProjectAttachMemberResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectAttachMemberResponse = ProjectAttachMemberResponses[keyof ProjectAttachMemberResponses];
export type ProjectDetachMemberData = {
    body: ({
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person: Ref;
    } | {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A group to add or remove, instead of a person.
         */
        group: Ref;
    }) & {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person?: Ref;
        /**
         * A group to add or remove, instead of a person.
         */
        group?: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.detach_member';
};
export type ProjectDetachMemberResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectDetachMemberResponse = ProjectDetachMemberResponses[keyof ProjectDetachMemberResponses];
export type ProjectMembersData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.members';
};
export type ProjectMembersResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: MembersOk;
};
export type ProjectMembersResponse = ProjectMembersResponses[keyof ProjectMembersResponses];
export type ProjectAttachManagerData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The person.
         */
        person: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.attach_manager';
};
export type ProjectAttachManagerResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectAttachManagerResponse = ProjectAttachManagerResponses[keyof ProjectAttachManagerResponses];
export type ProjectDetachManagerData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The person.
         */
        person: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.detach_manager';
};
export type ProjectDetachManagerResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectDetachManagerResponse = ProjectDetachManagerResponses[keyof ProjectDetachManagerResponses];
export type ProjectManagersData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.managers';
};
export type ProjectManagersResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Managers;
};
export type ProjectManagersResponse = ProjectManagersResponses[keyof ProjectManagersResponses];
export type ProjectAddGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.add_group';
};
export type ProjectAddGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectAddGroupResponse = ProjectAddGroupResponses[keyof ProjectAddGroupResponses];
export type ProjectRemoveGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.remove_group';
};
export type ProjectRemoveGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectRemoveGroupResponse = ProjectRemoveGroupResponses[keyof ProjectRemoveGroupResponses];
export type ProjectGroupsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.groups';
};
export type ProjectGroupsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupsOk;
};
export type ProjectGroupsResponse = ProjectGroupsResponses[keyof ProjectGroupsResponses];
export type ProjectSetCustomFieldValueData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        customField: CustomFieldSetting;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.set_custom_field_value';
};
export type ProjectSetCustomFieldValueResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectSetCustomFieldValueResponse = ProjectSetCustomFieldValueResponses[keyof ProjectSetCustomFieldValueResponses];
export type ProjectClearCustomFieldValueData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        customField: CustomFieldClearing;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.clear_custom_field_value';
};
export type ProjectClearCustomFieldValueResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type ProjectClearCustomFieldValueResponse = ProjectClearCustomFieldValueResponses[keyof ProjectClearCustomFieldValueResponses];
export type ProjectCustomFieldsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#project.custom_fields';
};
export type ProjectCustomFieldsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CustomFieldsOk;
};
export type ProjectCustomFieldsResponse = ProjectCustomFieldsResponses[keyof ProjectCustomFieldsResponses];
export type AbsenceCreateData = {
    body: {
        absence: NewAbsence;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.create';
};
export type AbsenceCreateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CreateOk;
};
export type AbsenceCreateResponse = AbsenceCreateResponses[keyof AbsenceCreateResponses];
export type AbsenceGetData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.get';
};
export type AbsenceGetResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: AbsenceGetOk;
};
export type AbsenceGetResponse = AbsenceGetResponses[keyof AbsenceGetResponses];
export type AbsenceUpdateData = {
    body: {
        absence: AbsenceUpdate;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.update';
};
export type AbsenceUpdateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type AbsenceUpdateResponse = AbsenceUpdateResponses[keyof AbsenceUpdateResponses];
export type AbsenceListData = {
    body: {
        /**
         * The company whose absence types are listed.
         */
        company: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.list';
};
export type AbsenceListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: AbsenceListOk;
};
export type AbsenceListResponse = AbsenceListResponses[keyof AbsenceListResponses];
export type AbsenceActivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.activate';
};
export type AbsenceActivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type AbsenceActivateResponse = AbsenceActivateResponses[keyof AbsenceActivateResponses];
export type AbsenceDeactivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.deactivate';
};
export type AbsenceDeactivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type AbsenceDeactivateResponse = AbsenceDeactivateResponses[keyof AbsenceDeactivateResponses];
export type AbsenceAddGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.add_group';
};
export type AbsenceAddGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type AbsenceAddGroupResponse = AbsenceAddGroupResponses[keyof AbsenceAddGroupResponses];
export type AbsenceRemoveGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.remove_group';
};
export type AbsenceRemoveGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type AbsenceRemoveGroupResponse = AbsenceRemoveGroupResponses[keyof AbsenceRemoveGroupResponses];
export type AbsenceGroupsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#absence.groups';
};
export type AbsenceGroupsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupsOk;
};
export type AbsenceGroupsResponse = AbsenceGroupsResponses[keyof AbsenceGroupsResponses];
export type CompanyCreateData = {
    body: {
        company: NewCompany;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.create';
};
export type CompanyCreateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CreateOk;
};
export type CompanyCreateResponse = CompanyCreateResponses[keyof CompanyCreateResponses];
export type CompanyGetData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.get';
};
export type CompanyGetResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CompanyGetOk;
};
export type CompanyGetResponse = CompanyGetResponses[keyof CompanyGetResponses];
export type CompanyUpdateData = {
    body: {
        company: CompanyUpdate;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.update';
};
export type CompanyUpdateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyUpdateResponse = CompanyUpdateResponses[keyof CompanyUpdateResponses];
export type CompanyListData = {
    body?: {
        [key: string]: never;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.list';
};
export type CompanyListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CompanyListOk;
};
export type CompanyListResponse = CompanyListResponses[keyof CompanyListResponses];
export type CompanyActivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.activate';
};
export type CompanyActivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyActivateResponse = CompanyActivateResponses[keyof CompanyActivateResponses];
export type CompanyDeactivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.deactivate';
};
export type CompanyDeactivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyDeactivateResponse = CompanyDeactivateResponses[keyof CompanyDeactivateResponses];
export type CompanyAttachSpecificTaskData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The general task.
         */
        task: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.attach_specific_task';
};
export type CompanyAttachSpecificTaskResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyAttachSpecificTaskResponse = CompanyAttachSpecificTaskResponses[keyof CompanyAttachSpecificTaskResponses];
export type CompanyDetachSpecificTaskData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The general task.
         */
        task: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.detach_specific_task';
};
export type CompanyDetachSpecificTaskResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyDetachSpecificTaskResponse = CompanyDetachSpecificTaskResponses[keyof CompanyDetachSpecificTaskResponses];
export type CompanySpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.specific_tasks';
};
export type CompanySpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: SpecificTasksOk;
};
export type CompanySpecificTasksResponse = CompanySpecificTasksResponses[keyof CompanySpecificTasksResponses];
export type CompanyEnableSpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.enable_specific_tasks';
};
export type CompanyEnableSpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyEnableSpecificTasksResponse = CompanyEnableSpecificTasksResponses[keyof CompanyEnableSpecificTasksResponses];
export type CompanyDisableSpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.disable_specific_tasks';
};
export type CompanyDisableSpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyDisableSpecificTasksResponse = CompanyDisableSpecificTasksResponses[keyof CompanyDisableSpecificTasksResponses];
export type CompanyAttachMemberData = {
    body: ({
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person: Ref;
    } | {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A group to add or remove, instead of a person.
         */
        group: Ref;
    }) & {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person?: Ref;
        /**
         * A group to add or remove, instead of a person.
         */
        group?: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.attach_member';
};
export type CompanyAttachMemberResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyAttachMemberResponse = CompanyAttachMemberResponses[keyof CompanyAttachMemberResponses];
export type CompanyDetachMemberData = {
    body: ({
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person: Ref;
    } | {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A group to add or remove, instead of a person.
         */
        group: Ref;
    }) & {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person?: Ref;
        /**
         * A group to add or remove, instead of a person.
         */
        group?: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.detach_member';
};
export type CompanyDetachMemberResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyDetachMemberResponse = CompanyDetachMemberResponses[keyof CompanyDetachMemberResponses];
export type CompanyMembersData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.members';
};
export type CompanyMembersResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: MembersOk;
};
export type CompanyMembersResponse = CompanyMembersResponses[keyof CompanyMembersResponses];
export type CompanyAddGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.add_group';
};
export type CompanyAddGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyAddGroupResponse = CompanyAddGroupResponses[keyof CompanyAddGroupResponses];
export type CompanyRemoveGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.remove_group';
};
export type CompanyRemoveGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyRemoveGroupResponse = CompanyRemoveGroupResponses[keyof CompanyRemoveGroupResponses];
export type CompanyGroupsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.groups';
};
export type CompanyGroupsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupsOk;
};
export type CompanyGroupsResponse = CompanyGroupsResponses[keyof CompanyGroupsResponses];
export type CompanySetCustomFieldValueData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        customField: CustomFieldSetting;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.set_custom_field_value';
};
export type CompanySetCustomFieldValueResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanySetCustomFieldValueResponse = CompanySetCustomFieldValueResponses[keyof CompanySetCustomFieldValueResponses];
export type CompanyClearCustomFieldValueData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        customField: CustomFieldClearing;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.clear_custom_field_value';
};
export type CompanyClearCustomFieldValueResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type CompanyClearCustomFieldValueResponse = CompanyClearCustomFieldValueResponses[keyof CompanyClearCustomFieldValueResponses];
export type CompanyCustomFieldsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#company.custom_fields';
};
export type CompanyCustomFieldsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CustomFieldsOk;
};
export type CompanyCustomFieldsResponse = CompanyCustomFieldsResponses[keyof CompanyCustomFieldsResponses];
export type PersonCreateData = {
    body: {
        person: NewPerson;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.create';
};
export type PersonCreateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CreateOk;
};
export type PersonCreateResponse = PersonCreateResponses[keyof PersonCreateResponses];
export type PersonGetData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.get';
};
export type PersonGetResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: PersonGetOk;
};
export type PersonGetResponse = PersonGetResponses[keyof PersonGetResponses];
export type PersonUpdateData = {
    body: {
        person: PersonUpdate;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.update';
};
export type PersonUpdateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type PersonUpdateResponse = PersonUpdateResponses[keyof PersonUpdateResponses];
export type PersonListData = {
    body: {
        /**
         * The company whose people are listed.
         */
        company: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.list';
};
export type PersonListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: PersonListOk;
};
export type PersonListResponse = PersonListResponses[keyof PersonListResponses];
export type PersonLeadersData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.leaders';
};
export type PersonLeadersResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: PersonLeadersOk;
};
export type PersonLeadersResponse = PersonLeadersResponses[keyof PersonLeadersResponses];
export type PersonActivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.activate';
};
export type PersonActivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type PersonActivateResponse = PersonActivateResponses[keyof PersonActivateResponses];
export type PersonDeactivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.deactivate';
};
export type PersonDeactivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type PersonDeactivateResponse = PersonDeactivateResponses[keyof PersonDeactivateResponses];
export type PersonAddGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.add_group';
};
export type PersonAddGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type PersonAddGroupResponse = PersonAddGroupResponses[keyof PersonAddGroupResponses];
export type PersonRemoveGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.remove_group';
};
export type PersonRemoveGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type PersonRemoveGroupResponse = PersonRemoveGroupResponses[keyof PersonRemoveGroupResponses];
export type PersonGroupsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.groups';
};
export type PersonGroupsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupsOk;
};
export type PersonGroupsResponse = PersonGroupsResponses[keyof PersonGroupsResponses];
export type PersonSetCustomFieldValueData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        customField: CustomFieldSetting;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.set_custom_field_value';
};
export type PersonSetCustomFieldValueResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type PersonSetCustomFieldValueResponse = PersonSetCustomFieldValueResponses[keyof PersonSetCustomFieldValueResponses];
export type PersonClearCustomFieldValueData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        customField: CustomFieldClearing;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.clear_custom_field_value';
};
export type PersonClearCustomFieldValueResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type PersonClearCustomFieldValueResponse = PersonClearCustomFieldValueResponses[keyof PersonClearCustomFieldValueResponses];
export type PersonCustomFieldsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#person.custom_fields';
};
export type PersonCustomFieldsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CustomFieldsOk;
};
export type PersonCustomFieldsResponse = PersonCustomFieldsResponses[keyof PersonCustomFieldsResponses];
export type SubprojectCreateData = {
    body: {
        subproject: NewSubproject;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.create';
};
export type SubprojectCreateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CreateOk;
};
export type SubprojectCreateResponse = SubprojectCreateResponses[keyof SubprojectCreateResponses];
export type SubprojectGetData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.get';
};
export type SubprojectGetResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: SubprojectGetOk;
};
export type SubprojectGetResponse = SubprojectGetResponses[keyof SubprojectGetResponses];
export type SubprojectUpdateData = {
    body: {
        subproject: SubprojectUpdate;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.update';
};
export type SubprojectUpdateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectUpdateResponse = SubprojectUpdateResponses[keyof SubprojectUpdateResponses];
export type SubprojectListData = {
    body: {
        /**
         * The project whose subprojects are listed.
         */
        project: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.list';
};
export type SubprojectListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: SubprojectListOk;
};
export type SubprojectListResponse = SubprojectListResponses[keyof SubprojectListResponses];
export type SubprojectActivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.activate';
};
export type SubprojectActivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectActivateResponse = SubprojectActivateResponses[keyof SubprojectActivateResponses];
export type SubprojectDeactivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.deactivate';
};
export type SubprojectDeactivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectDeactivateResponse = SubprojectDeactivateResponses[keyof SubprojectDeactivateResponses];
export type SubprojectAttachSpecificTaskData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The general task.
         */
        task: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.attach_specific_task';
};
export type SubprojectAttachSpecificTaskResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectAttachSpecificTaskResponse = SubprojectAttachSpecificTaskResponses[keyof SubprojectAttachSpecificTaskResponses];
export type SubprojectDetachSpecificTaskData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The general task.
         */
        task: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.detach_specific_task';
};
export type SubprojectDetachSpecificTaskResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectDetachSpecificTaskResponse = SubprojectDetachSpecificTaskResponses[keyof SubprojectDetachSpecificTaskResponses];
export type SubprojectSpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.specific_tasks';
};
export type SubprojectSpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: SpecificTasksOk;
};
export type SubprojectSpecificTasksResponse = SubprojectSpecificTasksResponses[keyof SubprojectSpecificTasksResponses];
export type SubprojectEnableSpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.enable_specific_tasks';
};
export type SubprojectEnableSpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectEnableSpecificTasksResponse = SubprojectEnableSpecificTasksResponses[keyof SubprojectEnableSpecificTasksResponses];
export type SubprojectDisableSpecificTasksData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.disable_specific_tasks';
};
export type SubprojectDisableSpecificTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectDisableSpecificTasksResponse = SubprojectDisableSpecificTasksResponses[keyof SubprojectDisableSpecificTasksResponses];
export type SubprojectAttachMemberData = {
    body: ({
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person: Ref;
    } | {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A group to add or remove, instead of a person.
         */
        group: Ref;
    }) & {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person?: Ref;
        /**
         * A group to add or remove, instead of a person.
         */
        group?: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.attach_member';
};
export type SubprojectAttachMemberResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectAttachMemberResponse = SubprojectAttachMemberResponses[keyof SubprojectAttachMemberResponses];
export type SubprojectDetachMemberData = {
    body: ({
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person: Ref;
    } | {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A group to add or remove, instead of a person.
         */
        group: Ref;
    }) & {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * A person to add or remove.
         */
        person?: Ref;
        /**
         * A group to add or remove, instead of a person.
         */
        group?: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.detach_member';
};
export type SubprojectDetachMemberResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectDetachMemberResponse = SubprojectDetachMemberResponses[keyof SubprojectDetachMemberResponses];
export type SubprojectMembersData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.members';
};
export type SubprojectMembersResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: MembersOk;
};
export type SubprojectMembersResponse = SubprojectMembersResponses[keyof SubprojectMembersResponses];
export type SubprojectAddGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.add_group';
};
export type SubprojectAddGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectAddGroupResponse = SubprojectAddGroupResponses[keyof SubprojectAddGroupResponses];
export type SubprojectRemoveGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.remove_group';
};
export type SubprojectRemoveGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectRemoveGroupResponse = SubprojectRemoveGroupResponses[keyof SubprojectRemoveGroupResponses];
export type SubprojectGroupsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.groups';
};
export type SubprojectGroupsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupsOk;
};
export type SubprojectGroupsResponse = SubprojectGroupsResponses[keyof SubprojectGroupsResponses];
export type SubprojectSetCustomFieldValueData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        customField: CustomFieldSetting;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.set_custom_field_value';
};
export type SubprojectSetCustomFieldValueResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectSetCustomFieldValueResponse = SubprojectSetCustomFieldValueResponses[keyof SubprojectSetCustomFieldValueResponses];
export type SubprojectClearCustomFieldValueData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        customField: CustomFieldClearing;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.clear_custom_field_value';
};
export type SubprojectClearCustomFieldValueResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type SubprojectClearCustomFieldValueResponse = SubprojectClearCustomFieldValueResponses[keyof SubprojectClearCustomFieldValueResponses];
export type SubprojectCustomFieldsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#subproject.custom_fields';
};
export type SubprojectCustomFieldsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CustomFieldsOk;
};
export type SubprojectCustomFieldsResponse = SubprojectCustomFieldsResponses[keyof SubprojectCustomFieldsResponses];
export type TaskCreateData = {
    body: {
        task: NewTask;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.create';
};
export type TaskCreateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CreateOk;
};
export type TaskCreateResponse = TaskCreateResponses[keyof TaskCreateResponses];
export type TaskGetData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.get';
};
export type TaskGetResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: TaskGetOk;
};
export type TaskGetResponse = TaskGetResponses[keyof TaskGetResponses];
export type TaskUpdateData = {
    body: {
        task: TaskUpdate;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.update';
};
export type TaskUpdateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TaskUpdateResponse = TaskUpdateResponses[keyof TaskUpdateResponses];
export type TaskListData = {
    body: {
        /**
         * The company whose tasks are listed.
         */
        company: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.list';
};
export type TaskListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: TaskListOk;
};
export type TaskListResponse = TaskListResponses[keyof TaskListResponses];
export type TaskActivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.activate';
};
export type TaskActivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TaskActivateResponse = TaskActivateResponses[keyof TaskActivateResponses];
export type TaskDeactivateData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.deactivate';
};
export type TaskDeactivateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TaskDeactivateResponse = TaskDeactivateResponses[keyof TaskDeactivateResponses];
export type TaskAddGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.add_group';
};
export type TaskAddGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TaskAddGroupResponse = TaskAddGroupResponses[keyof TaskAddGroupResponses];
export type TaskRemoveGroupData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * The group.
         */
        group: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.remove_group';
};
export type TaskRemoveGroupResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TaskRemoveGroupResponse = TaskRemoveGroupResponses[keyof TaskRemoveGroupResponses];
export type TaskGroupsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#task.groups';
};
export type TaskGroupsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupsOk;
};
export type TaskGroupsResponse = TaskGroupsResponses[keyof TaskGroupsResponses];
export type GroupCreateData = {
    body: {
        group: NewGroup;
    };
    path?: never;
    query?: never;
    url: '/api/v2#group.create';
};
export type GroupCreateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CreateOk;
};
export type GroupCreateResponse = GroupCreateResponses[keyof GroupCreateResponses];
export type GroupGetData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#group.get';
};
export type GroupGetResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupGetOk;
};
export type GroupGetResponse = GroupGetResponses[keyof GroupGetResponses];
export type GroupUpdateData = {
    body: {
        group: GroupUpdate;
    };
    path?: never;
    query?: never;
    url: '/api/v2#group.update';
};
export type GroupUpdateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type GroupUpdateResponse = GroupUpdateResponses[keyof GroupUpdateResponses];
export type GroupDeleteData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
        /**
         * Delete the group even while entities are assigned to it.
         */
        force?: boolean;
    };
    path?: never;
    query?: never;
    url: '/api/v2#group.delete';
};
export type GroupDeleteResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type GroupDeleteResponse = GroupDeleteResponses[keyof GroupDeleteResponses];
export type GroupListData = {
    body: ({
        /**
         * The absence type.
         */
        absence: Ref;
    } | {
        /**
         * The company.
         */
        company: Ref;
    } | {
        /**
         * The project.
         */
        project: Ref;
    } | {
        /**
         * The subproject.
         */
        subproject: Ref;
    } | {
        /**
         * The task.
         */
        task: Ref;
    } | {
        /**
         * The person.
         */
        person: Ref;
    }) & {
        /**
         * The absence type.
         */
        absence?: Ref;
        /**
         * The company.
         */
        company?: Ref;
        /**
         * The project.
         */
        project?: Ref;
        /**
         * The subproject.
         */
        subproject?: Ref;
        /**
         * The task.
         */
        task?: Ref;
        /**
         * The person.
         */
        person?: Ref;
    };
    path?: never;
    query?: never;
    url: '/api/v2#group.list';
};
export type GroupListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupsOk;
};
export type GroupListResponse = GroupListResponses[keyof GroupListResponses];
export type GroupAssignmentsData = {
    body: {
        /**
         * The entity's id.
         */
        id?: Id;
        /**
         * The entity's external id, instead of `id`.
         */
        xid?: Xid;
    };
    path?: never;
    query?: never;
    url: '/api/v2#group.assignments';
};
export type GroupAssignmentsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupAssignmentsOk;
};
export type GroupAssignmentsResponse = GroupAssignmentsResponses[keyof GroupAssignmentsResponses];
export type GroupTreeData = {
    body?: {
        [key: string]: never;
    };
    path?: never;
    query?: never;
    url: '/api/v2#group.tree';
};
export type GroupTreeResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: GroupTreeOk;
};
export type GroupTreeResponse = GroupTreeResponses[keyof GroupTreeResponses];
export type CustomFieldListData = {
    body?: {
        [key: string]: never;
    };
    path?: never;
    query?: never;
    url: '/api/v2#custom_field.list';
};
export type CustomFieldListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: CustomFieldListOk;
};
export type CustomFieldListResponse = CustomFieldListResponses[keyof CustomFieldListResponses];
export type TimeEntryGetEntitiesData = {
    body: ({
        /**
         * List this company's projects.
         */
        company: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
    } | {
        /**
         * List this project's subprojects.
         */
        project: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
    }) & {
        /**
         * List this company's projects.
         */
        company?: Ref;
        /**
         * List this project's subprojects.
         */
        project?: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.get_entities';
};
export type TimeEntryGetEntitiesResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: TimeEntryEntitiesOk;
};
export type TimeEntryGetEntitiesResponse = TimeEntryGetEntitiesResponses[keyof TimeEntryGetEntitiesResponses];
export type TimeEntryGetTasksData = {
    body: ({
        company: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
    } | {
        project: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
    } | {
        subproject: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
    }) & {
        company?: Ref;
        project?: Ref;
        subproject?: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.get_tasks';
};
export type TimeEntryGetTasksResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: TimeEntryTasksOk;
};
export type TimeEntryGetTasksResponse = TimeEntryGetTasksResponses[keyof TimeEntryGetTasksResponses];
export type TimeEntryCreateData = {
    body: ({
        /**
         * Log the time on this company.
         */
        company: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
        hours: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    } | {
        /**
         * Log the time on this project.
         */
        project: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
        hours: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    } | {
        /**
         * Log the time on this subproject.
         */
        subproject: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
        hours: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    } | {
        /**
         * Log the time on this absence type.
         */
        absence: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
        hours: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    }) & {
        /**
         * Log the time on this company.
         */
        company?: Ref;
        /**
         * Log the time on this project.
         */
        project?: Ref;
        /**
         * Log the time on this subproject.
         */
        subproject?: Ref;
        /**
         * Log the time on this absence type.
         */
        absence?: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date: Date;
        hours: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.create';
};
export type TimeEntryCreateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: TimeEntryOk;
};
export type TimeEntryCreateResponse = TimeEntryCreateResponses[keyof TimeEntryCreateResponses];
export type TimeEntryUpdateData = {
    body: ({
        /**
         * The time entry.
         */
        id: Id;
        /**
         * Log the time on this company.
         */
        company: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date?: Date;
        hours?: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    } | {
        /**
         * The time entry.
         */
        id: Id;
        /**
         * Log the time on this project.
         */
        project: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date?: Date;
        hours?: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    } | {
        /**
         * The time entry.
         */
        id: Id;
        /**
         * Log the time on this subproject.
         */
        subproject: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date?: Date;
        hours?: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    } | {
        /**
         * The time entry.
         */
        id: Id;
        /**
         * Log the time on this absence type.
         */
        absence: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date?: Date;
        hours?: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    } | {
        /**
         * The time entry.
         */
        id: Id;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date?: Date;
        hours?: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    }) & {
        /**
         * The time entry.
         */
        id: Id;
        /**
         * Log the time on this company.
         */
        company?: Ref;
        /**
         * Log the time on this project.
         */
        project?: Ref;
        /**
         * Log the time on this subproject.
         */
        subproject?: Ref;
        /**
         * Log the time on this absence type.
         */
        absence?: Ref;
        /**
         * The task; required when the entity has tasks, ignored for an absence.
         */
        task?: Ref;
        /**
         * The day the time is for.
         */
        date?: Date;
        hours?: Hours;
        /**
         * Free text kept with the entry.
         */
        comment?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.update';
};
export type TimeEntryUpdateResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: TimeEntryOk;
};
export type TimeEntryUpdateResponse = TimeEntryUpdateResponses[keyof TimeEntryUpdateResponses];
export type TimeEntryGetData = {
    body: {
        /**
         * The time entry.
         */
        id: Id;
        /**
         * The day of the entry.
         */
        date: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.get';
};
export type TimeEntryGetResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: TimeEntryOk;
};
export type TimeEntryGetResponse = TimeEntryGetResponses[keyof TimeEntryGetResponses];
export type TimeEntryDeleteData = {
    body: {
        /**
         * The time entry.
         */
        id: Id;
        /**
         * The day of the entry.
         */
        date: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.delete';
};
export type TimeEntryDeleteResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TimeEntryDeleteResponse = TimeEntryDeleteResponses[keyof TimeEntryDeleteResponses];
export type TimeEntryListData = {
    body: {
        /**
         * Whose entries; the token's owner when left out.
         */
        person?: Ref;
        /**
         * First day of the period.
         */
        from: Date;
        /**
         * Last day of the period (included).
         */
        to: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.list';
};
export type TimeEntryListResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: TimeEntryListOk;
};
export type TimeEntryListResponse = TimeEntryListResponses[keyof TimeEntryListResponses];
export type TimeEntrySubmitData = {
    body: ({
        /**
         * Whose entries, with `from` and `to`.
         */
        person: Ref;
        /**
         * First day of the period.
         */
        from: Date;
        /**
         * Last day of the period (included).
         */
        to: Date;
    } | {
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date: Date;
    }) & {
        /**
         * Whose entries, with `from` and `to`.
         */
        person?: Ref;
        /**
         * First day of the period.
         */
        from?: Date;
        /**
         * Last day of the period (included).
         */
        to?: Date;
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id?: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date?: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.submit';
};
export type TimeEntrySubmitResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TimeEntrySubmitResponse = TimeEntrySubmitResponses[keyof TimeEntrySubmitResponses];
export type TimeEntryApproveData = {
    body: ({
        /**
         * Whose entries, with `from` and `to`.
         */
        person: Ref;
        /**
         * First day of the period.
         */
        from: Date;
        /**
         * Last day of the period (included).
         */
        to: Date;
    } | {
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date: Date;
    }) & {
        /**
         * Whose entries, with `from` and `to`.
         */
        person?: Ref;
        /**
         * First day of the period.
         */
        from?: Date;
        /**
         * Last day of the period (included).
         */
        to?: Date;
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id?: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date?: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.approve';
};
export type TimeEntryApproveResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TimeEntryApproveResponse = TimeEntryApproveResponses[keyof TimeEntryApproveResponses];
export type TimeEntryRejectData = {
    body: ({
        /**
         * Whose entries, with `from` and `to`.
         */
        person: Ref;
        /**
         * First day of the period.
         */
        from: Date;
        /**
         * Last day of the period (included).
         */
        to: Date;
        /**
         * The reason, e-mailed to the person.
         */
        memo?: string;
    } | {
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date: Date;
        /**
         * The reason, e-mailed to the person.
         */
        memo?: string;
    }) & {
        /**
         * Whose entries, with `from` and `to`.
         */
        person?: Ref;
        /**
         * First day of the period.
         */
        from?: Date;
        /**
         * Last day of the period (included).
         */
        to?: Date;
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id?: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date?: Date;
        /**
         * The reason, e-mailed to the person.
         */
        memo?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.reject';
};
export type TimeEntryRejectResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TimeEntryRejectResponse = TimeEntryRejectResponses[keyof TimeEntryRejectResponses];
export type TimeEntryLockData = {
    body: ({
        /**
         * Whose entries, with `from` and `to`.
         */
        person: Ref;
        /**
         * First day of the period.
         */
        from: Date;
        /**
         * Last day of the period (included).
         */
        to: Date;
    } | {
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date: Date;
    }) & {
        /**
         * Whose entries, with `from` and `to`.
         */
        person?: Ref;
        /**
         * First day of the period.
         */
        from?: Date;
        /**
         * Last day of the period (included).
         */
        to?: Date;
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id?: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date?: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.lock';
};
export type TimeEntryLockResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TimeEntryLockResponse = TimeEntryLockResponses[keyof TimeEntryLockResponses];
export type TimeEntryUnlockData = {
    body: ({
        /**
         * Whose entries, with `from` and `to`.
         */
        person: Ref;
        /**
         * First day of the period.
         */
        from: Date;
        /**
         * Last day of the period (included).
         */
        to: Date;
    } | {
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date: Date;
    }) & {
        /**
         * Whose entries, with `from` and `to`.
         */
        person?: Ref;
        /**
         * First day of the period.
         */
        from?: Date;
        /**
         * Last day of the period (included).
         */
        to?: Date;
        /**
         * A single time entry, with `date`, instead of a period.
         */
        id?: Id;
        /**
         * The day of the single entry named by `id`.
         */
        date?: Date;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.unlock';
};
export type TimeEntryUnlockResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: Ok;
};
export type TimeEntryUnlockResponse = TimeEntryUnlockResponses[keyof TimeEntryUnlockResponses];
export type TimeEntryExportData = {
    body: {
        /**
         * First day of the period.
         */
        from: Date;
        /**
         * Last day of the period (included).
         */
        to: Date;
        show?: ExportShow;
        /**
         * The columns to export, in order; the report's kind (`show`) decides which apply.
         */
        keys: Array<ExportColumn | QuotaColumn | GroupColumn>;
        /**
         * Only entries in these approval states.
         */
        statusFilters?: Array<TimeEntryStatus>;
        /**
         * Only time of this company.
         */
        company?: Ref;
        /**
         * Only time of this project.
         */
        project?: Ref;
        /**
         * Only time of this subproject.
         */
        subproject?: Ref;
        /**
         * Only time of this person.
         */
        person?: Ref;
        /**
         * Only time of this task.
         */
        task?: Ref;
        /**
         * Only time of this absence type.
         */
        absence?: Ref;
        /**
         * Only time of these groups.
         */
        gids?: Array<Id>;
        /**
         * `array` for rows of cells instead of CSV text.
         */
        outputFormat?: 'array';
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.export';
};
export type TimeEntryExportResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: JobOk;
};
export type TimeEntryExportResponse = TimeEntryExportResponses[keyof TimeEntryExportResponses];
export type TimeGetPeopleTimesheetsData = {
    body: {
        /**
         * Marks the call of an undocumented service, as the integration that uses it does.
         */
        undoc?: boolean;
        /**
         * First day of the period.
         */
        from: DayParts;
        /**
         * Last day of the period (included).
         */
        to: DayParts;
        show?: ExportShow;
        /**
         * Only entries in these approval states (all when left out).
         */
        statusFilters?: Array<TimeEntryStatus>;
        /**
         * List every active person, those without hours too.
         */
        showAll?: boolean;
        /**
         * Breakdown of each person's hours; only the empty list is known.
         */
        details?: Array<string>;
    };
    path?: never;
    query?: never;
    url: '/api/v2#time.get_people_timesheets';
};
export type TimeGetPeopleTimesheetsResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: PeopleTimesheetsOk;
};
export type TimeGetPeopleTimesheetsResponse = TimeGetPeopleTimesheetsResponses[keyof TimeGetPeopleTimesheetsResponses];
export type TimeEntryGetJobInfoData = {
    body: {
        /**
         * The job.
         */
        id: Id;
        /**
         * `array` for rows of cells instead of CSV text.
         */
        outputFormat?: 'array';
    };
    path?: never;
    query?: never;
    url: '/api/v2#time_entry.get_job_info';
};
export type TimeEntryGetJobInfoResponses = {
    /**
     * The answer: the service's success body (`status: ok`) or the error envelope (`status: error`).
     */
    200: JobOk;
};
export type TimeEntryGetJobInfoResponse = TimeEntryGetJobInfoResponses[keyof TimeEntryGetJobInfoResponses];
