export type ClientOptions = {
    baseUrl: 'https://api.proworkflow.net' | (string & {});
};
export type Webhooks = WebhookNewcontactWebhookRequest | WebhookNewpendingcontactWebhookRequest | WebhookEditcontactWebhookRequest | WebhookEditcontactlocationWebhookRequest | WebhookDeletecontactWebhookRequest | WebhookNewcompanyWebhookRequest | WebhookNewpendingcompanyWebhookRequest | WebhookEditcompanyWebhookRequest | WebhookDeletecompanyWebhookRequest | WebhookNewfileWebhookRequest | WebhookDeletefileWebhookRequest | WebhookNewinvoiceWebhookRequest | WebhookEditinvoiceWebhookRequest | WebhookDeleteinvoiceWebhookRequest | WebhookNewmessageWebhookRequest | WebhookEditmessageWebhookRequest | WebhookDeletemessageWebhookRequest | WebhookNewprojectWebhookRequest | WebhookEditprojectWebhookRequest | WebhookDeleteprojectWebhookRequest | WebhookCompleteprojectWebhookRequest | WebhookReactivateprojectWebhookRequest | WebhookNewprojectrequestWebhookRequest | WebhookEditprojectrequestWebhookRequest | WebhookDeleteprojectrequestWebhookRequest | WebhookApproveprojectrequestWebhookRequest | WebhookDeclineprojectrequestWebhookRequest | WebhookNewquoteWebhookRequest | WebhookEditquoteWebhookRequest | WebhookDeletequoteWebhookRequest | WebhookNewsharednoteWebhookRequest | WebhookEditsharednoteWebhookRequest | WebhookDeletesharednoteWebhookRequest | WebhookNewtaskWebhookRequest | WebhookEdittaskWebhookRequest | WebhookDeletetaskWebhookRequest | WebhookCompletetaskWebhookRequest | WebhookReactivatetaskWebhookRequest | WebhookNewtimeWebhookRequest | WebhookEdittimeWebhookRequest | WebhookDeletetimeWebhookRequest | WebhookStarttimerWebhookRequest | WebhookStoptimerWebhookRequest;
/**
 * One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids mean "any of them".
 */
export type IdList = string;
/**
 * An id list (`1,2`); a leading `!` turns the filter round, so `!1,2` matches everything except those ids.
 */
export type NegatableIdList = string;
/**
 * `me` stands for the contact whose credentials make the request.
 */
export type KeywordMe = 'me';
/**
 * `me` is the calling contact; `all` lifts the restriction (or, in assignments, means everyone concerned).
 */
export type KeywordMeAll = 'me' | 'all';
/**
 * `me` is the calling contact, `unassigned` matches tasks with nobody assigned, `all` lifts the restriction.
 */
export type KeywordMeUnassignedAll = 'me' | 'unassigned' | 'all';
/**
 * An id list or the keyword `me`.
 */
export type IdListOrMe = IdList | KeywordMe;
/**
 * Contact ids separated by commas, or `me` (the caller) or `all`. Used both as a filter and as an assignment list in request bodies, where it is always a comma string and never a JSON array (an array makes the service fail with HTTP 500).
 */
export type ContactIdList = IdList | KeywordMeAll;
/**
 * Contact ids separated by commas, optionally prefixed with `!` to exclude them, or `me` / `all`.
 */
export type NegatableContactIdList = NegatableIdList | KeywordMeAll;
/**
 * Contact ids separated by commas, or `me`, `unassigned` or `all`.
 */
export type TaskContactFilter = IdList | KeywordMeUnassignedAll;
/**
 * A single contact id, or `me` for the caller.
 */
export type ContactIdOrMe = number | KeywordMe;
/**
 * Text to look for (case-insensitive "contains"). A leading `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
 */
export type NegatableSearch = string;
/**
 * A number for an exact match, `gte<number>` for "greater than or equal", `lte<number>` for "less than or equal".
 */
export type Comparison = string;
/**
 * `gte<n>%` / `lte<n>%`: at least / at most n percent of the reference amount (quote total, or allocated time).
 */
export type PercentComparison = string;
/**
 * `over`: greater than the reference amount; `under`: less than or equal to it.
 */
export type OverUnder = 'over' | 'under';
/**
 * A `Comparison`, a percentage comparison against the reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by the percentage and over/under forms.
 */
export type TotalComparison = Comparison | PercentComparison | OverUnder;
/**
 * Minutes per staff contact and working day (shape inferred, see the operation's x-evidence).
 */
export type WorkloadList = {
    /**
     * Contacts in this answer.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * What the minutes mean.
     */
    mode?: 'workload' | 'availability';
    /**
     * One row per staff contact.
     */
    workload: Array<WorkloadContact>;
};
/**
 * The workload (or availability) of one staff contact.
 */
export type WorkloadContact = {
    /**
     * Staff contact id.
     */
    contactid: number;
    /**
     * Contact name.
     */
    contactname?: string;
    /**
     * Working days of the range, in order.
     */
    days: Array<WorkloadDay>;
    /**
     * Sum of the days' minutes.
     */
    total?: number;
    [key: string]: unknown;
};
/**
 * A day from today on, relative to today: `+` then a count and a unit (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`.
 */
export type WorkloadDate = string;
/**
 * One working day of a contact.
 */
export type WorkloadDay = {
    date: Timestamp;
    /**
     * Minutes of work scheduled (workload) or still free (availability; negative when overbooked).
     */
    minutes: number;
    [key: string]: unknown;
};
/**
 * A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d` (today).
 */
export type DateFilter = string;
/**
 * A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d` (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
 */
export type DateTimeFilter = string;
/**
 * A local date and time `yyyy-mm-ddThh:mm`, or `now` for the current time.
 */
export type DateTimeOrNow = string;
/**
 * `<api field id>,<text>`: rows whose API field contains the text. Several pairs are joined with `||`; the same field id may repeat to look for several values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
 */
export type ApiFieldFilter = string;
/**
 * `<custom field id>,<text>` pairs joined with `||`, matched against project custom fields; combine with `customfieldsmode`.
 */
export type CustomFieldFilter = string;
/**
 * Whether a row must match any (`any`) or every (`all`) one of the listed values.
 */
export type MatchMode = 'any' | 'all';
/**
 * Sort direction: ascending (default) or descending.
 */
export type SortOrder = 'asc' | 'desc';
/**
 * Where a new line goes: `auto` (at the end), `after<lineid>` / `before<lineid>` (existing lines move to make room), or an explicit display-order number such as `1.1` (existing lines are NOT renumbered).
 */
export type DisplayOrder = number | string;
/**
 * A fixed discount (`500`) or a percentage (`10%`).
 */
export type DiscountValue = number | string;
/**
 * An amount, or `auto` to let the service total the related quotes/invoices.
 */
export type AmountOrAuto = number | string;
/**
 * One API field or custom field value in a request body.
 */
export type FieldValue = {
    /**
     * Field id (see the settings calls for the list).
     */
    id: number;
    /**
     * Value to store; an empty string clears it.
     */
    value: string;
};
/**
 * Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset (e.g. `2026-06-24T00:00:00`).
 */
export type Timestamp = string;
/**
 * One API-only custom field of an item, as the `apifields` field returns it and write bodies send it (`{"id": 2, "value": "Europe"}`).
 */
export type ApiFieldValue = {
    /**
     * Field id (from the account's API field settings).
     */
    id: number;
    /**
     * Field name.
     */
    name?: string;
    /**
     * The item's value for the field.
     */
    value?: string;
    [key: string]: unknown;
};
/**
 * One custom field (Advanced plan) of a project or project request, as `customfields` returns it.
 */
export type CustomFieldValue = {
    /**
     * Custom field id.
     */
    id: number;
    /**
     * Field name.
     */
    name?: string;
    /**
     * The item's value for the field.
     */
    value?: string;
    [key: string]: unknown;
};
/**
 * A linked item (company, contact, task, file, template) embedded as its id and name.
 */
export type NamedRef = {
    /**
     * Id of the linked item.
     */
    id: number;
    /**
     * Its name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * A project embedded in another item (the `project` field bundle).
 */
export type ProjectRef = {
    /**
     * Project id.
     */
    id: number;
    /**
     * Project number.
     */
    number?: string;
    /**
     * Project title.
     */
    title?: string;
    [key: string]: unknown;
};
/**
 * Body of every JSON error answer. There are no machine-readable error codes.
 */
export type ErrorEnvelope = {
    /**
     * Always `Error`.
     */
    status: 'Error';
    /**
     * Human-readable messages; an array of strings on 4xx answers, sometimes a bare string on 500s. Some messages contain HTML.
     */
    details: Array<string> | string;
};
/**
 * One affected item; which descriptive keys appear besides `id` depends on the resource.
 */
export type WriteResultItem = {
    /**
     * Id of the created, changed or deleted item.
     */
    id: number;
    /**
     * Name, for items that have one.
     */
    name?: string;
    /**
     * Number, for numbered items.
     */
    number?: string;
    /**
     * Title, for titled items.
     */
    title?: string;
    [key: string]: unknown;
};
/**
 * Answer to every create, update, delete and action call.
 */
export type WriteResult = {
    /**
     * Short human-readable outcome such as `Contact Updated` or `Contact/s Added`; the wording varies, so do not match on it.
     */
    message?: string;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * One entry per affected item, in input order for batch creates.
     */
    details: Array<WriteResultItem>;
};
/**
 * Minimal success answer for calls whose body is not documented.
 */
export type SimpleResult = {
    /**
     * `Success` when the request was accepted.
     */
    status: 'Success';
    /**
     * Human-readable outcome.
     */
    message?: string;
    /**
     * Further messages, if any.
     */
    details?: Array<string>;
    [key: string]: unknown;
};
/**
 * A tag.
 */
export type Tag = {
    /**
     * Tag id.
     */
    id: number;
    /**
     * Tag name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * A staff group (Advanced plan); staff belong to groups and, through them, to teams.
 */
export type Group = {
    /**
     * Group id.
     */
    id: number;
    /**
     * Group name.
     */
    name?: string;
    /**
     * The team the group sits under (GET /settings/contacts/teams).
     */
    teamid?: number;
    [key: string]: unknown;
};
/**
 * A staff role.
 */
export type Role = {
    /**
     * Role id.
     */
    id: number;
    /**
     * Role name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * A permission setting of a contact; further keys are not documented.
 */
export type Permission = {
    /**
     * Permission id.
     */
    id: number;
    /**
     * Permission name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * Postal address (key names inferred from the write parameters).
 */
export type Address = {
    /**
     * Address1 part of the address.
     */
    address1?: string;
    /**
     * Address2 part of the address.
     */
    address2?: string;
    /**
     * Address3 part of the address.
     */
    address3?: string;
    /**
     * City part of the address.
     */
    city?: string;
    /**
     * State part of the address.
     */
    state?: string;
    /**
     * Zipcode part of the address.
     */
    zipcode?: string;
    /**
     * Country part of the address.
     */
    country?: string;
    [key: string]: unknown;
};
/**
 * A contact embedded in another item.
 */
export type ContactRef = {
    /**
     * Contact id.
     */
    id: number;
    /**
     * Full name.
     */
    name?: string;
    /**
     * First name.
     */
    firstname?: string;
    /**
     * Last name.
     */
    lastname?: string;
    /**
     * Contact type.
     */
    type?: string;
    /**
     * E-mail address (with contactdetails=true).
     */
    email?: string;
    /**
     * Phone (with contactdetails=true).
     */
    phone?: string;
    /**
     * Image URL (with contactdetails=true).
     */
    image?: string;
    [key: string]: unknown;
};
/**
 * A company; the `fields` parameter chooses which keys a list returns.
 */
export type Company = {
    /**
     * Company id.
     */
    id: number;
    /**
     * Company name.
     */
    name?: string;
    /**
     * Short code.
     */
    code?: string;
    /**
     * Company type.
     */
    type?: 'client' | 'contractor' | 'staff' | 'other';
    address?: Address;
    /**
     * Phone.
     */
    phone?: string;
    /**
     * Fax.
     */
    fax?: string;
    /**
     * E-mail.
     */
    email?: string;
    /**
     * Website.
     */
    website?: string;
    /**
     * Image link.
     */
    image?: string;
    lastmodified?: Timestamp;
    /**
     * Tags.
     */
    tags?: Array<Tag>;
    /**
     * Contacts of the company.
     */
    contacts?: Array<ContactRef>;
    /**
     * API-only custom fields (item shape not documented).
     */
    apifields?: Array<{
        [key: string]: unknown;
    }>;
    [key: string]: unknown;
};
/**
 * A contact.
 */
export type Contact = {
    /**
     * Contact id.
     */
    id: number;
    /**
     * Full name.
     */
    name?: string;
    /**
     * First name.
     */
    firstname?: string;
    /**
     * Last name.
     */
    lastname?: string;
    /**
     * Contact type.
     */
    type?: 'staff' | 'client' | 'contractor' | 'other';
    /**
     * Company id.
     */
    companyid?: number;
    /**
     * Company name.
     */
    companyname?: string;
    /**
     * E-mail (staff callers only on lists).
     */
    email?: string;
    /**
     * Job title.
     */
    title?: string;
    /**
     * Work phone.
     */
    workphone?: string;
    /**
     * Mobile phone.
     */
    mobilephone?: string;
    /**
     * Fax.
     */
    fax?: string;
    /**
     * Whether the contact may log in.
     */
    allowlogin?: boolean;
    /**
     * Login name.
     */
    username?: string;
    /**
     * Last known latitude.
     */
    latitude?: number;
    /**
     * Last known longitude.
     */
    longitude?: number;
    locationtime?: Timestamp;
    /**
     * Account plan (seen on /me, e.g. `Advanced`).
     */
    plan?: string;
    /**
     * Division id (Advanced plan).
     */
    divisionid?: number;
    /**
     * Image link.
     */
    image?: string;
    lastmodified?: Timestamp;
    /**
     * Groups.
     */
    groups?: Array<Group>;
    /**
     * Roles.
     */
    roles?: Array<Role>;
    /**
     * Tags.
     */
    tags?: Array<Tag>;
    /**
     * Teams (Advanced plan), the teams of the contact's groups.
     */
    teams?: Array<Team>;
    /**
     * API-only custom fields.
     */
    apifields?: Array<{
        [key: string]: unknown;
    }>;
    address?: Address;
    [key: string]: unknown;
};
/**
 * Where a contact was last seen.
 */
export type ContactLocation = {
    /**
     * Contact id.
     */
    id: number;
    /**
     * First name.
     */
    firstname?: string;
    /**
     * Last name.
     */
    lastname?: string;
    /**
     * Latitude.
     */
    latitude?: number;
    /**
     * Longitude.
     */
    longitude?: number;
    locationtime?: Timestamp;
    [key: string]: unknown;
};
/**
 * A contact's last known position.
 */
export type Location = {
    /**
     * Latitude.
     */
    latitude?: number;
    /**
     * Longitude.
     */
    longitude?: number;
    locationtime?: Timestamp;
    [key: string]: unknown;
};
/**
 * Money totals (key names inferred from the separate subtotal/taxtotal/grandtotal fields).
 */
export type InvoiceTotals = {
    /**
     * Total before tax.
     */
    subtotal?: number;
    /**
     * Tax.
     */
    taxtotal?: number;
    /**
     * Total with tax.
     */
    grandtotal?: number;
    [key: string]: unknown;
};
/**
 * An invoice.
 */
export type Invoice = {
    /**
     * Invoice id.
     */
    id: number;
    /**
     * Invoice number.
     */
    number?: string;
    /**
     * Title.
     */
    title?: string;
    /**
     * Company id.
     */
    companyid?: number;
    /**
     * Company name.
     */
    companyname?: string;
    /**
     * Payment status.
     */
    status?: 'paid' | 'unpaid';
    /**
     * Project id.
     */
    projectid?: number;
    invoiceddate?: Timestamp;
    duedate?: Timestamp;
    paiddate?: Timestamp;
    totals?: InvoiceTotals;
    /**
     * Total before tax.
     */
    subtotal?: number;
    /**
     * Tax.
     */
    taxtotal?: number;
    /**
     * Total with tax.
     */
    grandtotal?: number;
    /**
     * Description.
     */
    description?: string;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    /**
     * Tax rate in percent.
     */
    taxrate?: number;
    /**
     * Purchase order number.
     */
    purchaseordernumber?: string;
    lastmodified?: Timestamp;
    project?: ProjectRef;
    /**
     * Client contact the invoice is for.
     */
    contactid?: number;
    /**
     * That contact's name.
     */
    contactname?: string;
    emaileddate?: Timestamp;
    /**
     * Addresses the invoice was last e-mailed to (`emailedto`); empty when never sent.
     */
    emailedto?: string;
    /**
     * Staff contact who made the invoice (`invoicedby`).
     */
    invoicedbyid?: number;
    /**
     * That contact's name (`invoicedby`).
     */
    invoicedby?: string;
    /**
     * Whether the web application shows the cost breakdown (`showcostbreakdown`).
     */
    showcostbreakdown?: boolean;
    /**
     * Name of the invoice's custom field (`customfield`).
     */
    customfieldname?: string;
    /**
     * Its value (`customfield`).
     */
    customfieldvalue?: string;
    /**
     * The invoice's Xero link (`xero`, staff callers of accounts with the Xero integration only; its keys are not documented).
     */
    xero?: {
        [key: string]: unknown;
    };
    /**
     * API-only custom fields (`apifields`).
     */
    apifields?: Array<ApiFieldValue>;
    [key: string]: unknown;
};
/**
 * A line of an invoice.
 */
export type InvoiceLine = {
    /**
     * Line id.
     */
    id: number;
    /**
     * Line type.
     */
    type?: 'heading' | 'lineitem' | 'taskrate' | 'staffrate' | 'expense';
    /**
     * Name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Quantity.
     */
    quantity?: number;
    /**
     * Rate (per hour for time lines).
     */
    rate?: number;
    /**
     * Minutes (time lines).
     */
    time?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    /**
     * Display order.
     */
    displayorder?: number;
    /**
     * What the line is worth, before tax (quantity x rate, or minutes / 60 x hourly rate).
     */
    total?: number;
    [key: string]: unknown;
};
/**
 * A quote or estimate; its totals are computed from its lines.
 */
export type Quote = {
    /**
     * Quote id.
     */
    id: number;
    /**
     * Quote number.
     */
    number?: string;
    /**
     * Title.
     */
    title?: string;
    /**
     * Quote status.
     */
    status?: 'pending' | 'approved' | 'declined';
    /**
     * Quote or estimate.
     */
    type?: 'quote' | 'estimate';
    /**
     * Project id.
     */
    projectid?: number;
    /**
     * The project (id, number, title).
     */
    project?: {
        [key: string]: unknown;
    };
    /**
     * Company id.
     */
    companyid?: number;
    /**
     * Company name.
     */
    companyname?: string;
    /**
     * Client contact the quote is for.
     */
    contactid?: number;
    /**
     * Name of that contact.
     */
    contactname?: string;
    /**
     * Description.
     */
    description?: string;
    quoteddate?: Timestamp;
    validtodate?: Timestamp;
    approveddate?: Timestamp;
    /**
     * Name of the staff contact who made the quote.
     */
    quotedby?: string;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    /**
     * Tax rate in percent.
     */
    taxrate?: number;
    totals?: InvoiceTotals;
    /**
     * Total before tax.
     */
    subtotal?: number;
    /**
     * Tax.
     */
    taxtotal?: number;
    /**
     * Total with tax.
     */
    grandtotal?: number;
    /**
     * API field values.
     */
    apifields?: Array<{
        [key: string]: unknown;
    }>;
    lastmodified?: Timestamp;
    emaileddate?: Timestamp;
    /**
     * Addresses the quote was last e-mailed to (`emailedto`); empty when never sent.
     */
    emailedto?: string;
    /**
     * Staff contact who made the quote (`quotedby`).
     */
    quotedbyid?: number;
    address?: Address;
    [key: string]: unknown;
};
/**
 * Single-item envelope: the item sits under `quote`.
 */
export type QuoteEnvelope = {
    quote: Quote;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * A line of a quote.
 */
export type QuoteLine = {
    /**
     * Line id.
     */
    id: number;
    /**
     * Quote the line belongs to.
     */
    quoteid?: number;
    /**
     * Line type.
     */
    type?: 'heading' | 'lineitem' | 'taskrate' | 'staffrate';
    /**
     * Name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Quantity (line items).
     */
    quantity?: number;
    /**
     * Rate (per hour for time lines).
     */
    rate?: number;
    /**
     * Minutes (time lines).
     */
    time?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    /**
     * Display order.
     */
    displayorder?: number;
    /**
     * Amount of the line: quantity x rate, or minutes / 60 x hourly rate.
     */
    total?: number;
    [key: string]: unknown;
};
/**
 * Single-item envelope: the item sits under `line`.
 */
export type QuoteLineEnvelope = {
    line: QuoteLine;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * One quote line in a request. Depending on `type`: `heading` needs `name`; `lineitem` needs `name` or `description` plus `quantity` and `rate`; `taskrate` and `staffrate` need `name`, `time` and `rate`.
 */
export type QuoteLineInput = unknown & {
    /**
     * Line type.
     */
    type: 'heading' | 'lineitem' | 'taskrate' | 'staffrate';
    /**
     * Name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Quantity.
     */
    quantity?: number;
    /**
     * Rate; per hour for time lines.
     */
    rate?: number;
    /**
     * Minutes (time lines).
     */
    time?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    displayorder?: DisplayOrder;
};
/**
 * List envelope: the rows sit under `lines`.
 */
export type QuoteLineList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    lines: Array<QuoteLine>;
};
/**
 * Request body of quoteLinesCreate: one line (see QuoteLineInput for what each type needs).
 */
export type QuoteLinesCreateBody = unknown & {
    /**
     * Line type.
     */
    type: 'heading' | 'lineitem' | 'taskrate' | 'staffrate';
    /**
     * Name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Quantity.
     */
    quantity?: number;
    /**
     * Rate; per hour for time lines.
     */
    rate?: number;
    /**
     * Minutes (time lines).
     */
    time?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean | null;
    /**
     * Position of the line.
     */
    displayorder?: DisplayOrder | null;
};
/**
 * Several items created in one call; the answer lists one id per item, in order.
 */
export type QuoteLinesCreateBodyList = Array<QuoteLinesCreateBody>;
/**
 * Request body of quoteLinesUpdate.
 */
export type QuoteLinesUpdateBody = {
    /**
     * Description.
     */
    description?: string;
    /**
     * Position of the line.
     */
    displayorder?: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Quantity (line items).
     */
    quantity?: number;
    /**
     * Rate; per hour for time lines.
     */
    rate?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    /**
     * Minutes (task and staff rate lines).
     */
    time?: number;
};
/**
 * A project.
 */
export type Project = {
    /**
     * Project id.
     */
    id: number;
    /**
     * Project number.
     */
    number?: string;
    /**
     * Title.
     */
    title?: string;
    /**
     * Company id.
     */
    companyid?: number;
    /**
     * Company name.
     */
    companyname?: string;
    startdate?: Timestamp;
    duedate?: Timestamp;
    completedate?: Timestamp;
    /**
     * Status: `active` or `complete`.
     */
    status?: string;
    /**
     * Priority.
     */
    priority?: number;
    /**
     * Share of finished tasks, in percent.
     */
    percentcomplete?: number;
    /**
     * Description.
     */
    description?: string;
    /**
     * Project manager's contact id.
     */
    managerid?: number;
    /**
     * Project manager's name.
     */
    managername?: string;
    /**
     * Minutes tracked on the project's tasks.
     */
    timetracked?: number;
    /**
     * Allocated time in minutes.
     */
    timeallocated?: number;
    /**
     * Quoted value.
     */
    quotetotal?: number;
    /**
     * Invoiced value.
     */
    invoicetotal?: number;
    /**
     * Sum of the project's expenses.
     */
    expensestotal?: number;
    /**
     * Everyone on the project.
     */
    contacts?: Array<ContactRef>;
    lastmodified?: Timestamp;
    /**
     * Project category id (`fields` name `category`).
     */
    categoryid?: number;
    /**
     * Project category name (`category`).
     */
    categoryname?: string;
    /**
     * Custom status id (`customstatus`, Advanced plan); absent when none is set.
     */
    customstatusid?: number;
    /**
     * Custom status name (`customstatus`).
     */
    customstatusname?: string;
    /**
     * Custom status colour, hex RGB such as `00FF00` (`customstatus`).
     */
    customstatuscolor?: string;
    /**
     * Group in charge of the project (`group`, Advanced plan); absent when none.
     */
    groupid?: number;
    /**
     * Name of that group (`group`).
     */
    groupname?: string;
    /**
     * Team in charge of the project (`team`, Advanced plan); absent when none.
     */
    teamid?: number;
    /**
     * Name of that team (`team`).
     */
    teamname?: string;
    /**
     * `internal` for a project of an internal client (a staff contact), otherwise `external` (`type`, Advanced plan).
     */
    type?: 'internal' | 'external';
    /**
     * Team of the internal client (`company` on internal projects).
     */
    internalclientteamid?: number;
    /**
     * Its name.
     */
    internalclientteamname?: string;
    /**
     * Group of the internal client (`company` on internal projects).
     */
    internalclientgroupid?: number;
    /**
     * Its name.
     */
    internalclientgroupname?: string;
    /**
     * Accounted-for status (`accountedfor`).
     */
    accountedfor?: boolean;
    /**
     * Invoiced status (`invoiced`).
     */
    invoiced?: boolean;
    /**
     * Paid status (`paid`).
     */
    paid?: boolean;
    /**
     * Private notes (`privatenotes`, staff callers only).
     */
    privatenotes?: string;
    /**
     * Purchase order number.
     */
    purchaseordernumber?: string;
    /**
     * Title of the project's custom form (`customform`, Advanced plan).
     */
    customformtitle?: string;
    /**
     * Content of that form (`customform`).
     */
    customformcontent?: string;
    /**
     * API-only custom fields (`apifields`, or `apifield<N>` for one).
     */
    apifields?: Array<ApiFieldValue>;
    /**
     * Custom fields (`customfields`, Advanced plan).
     */
    customfields?: Array<CustomFieldValue>;
    /**
     * The project's tags (/settings/projects/tags), each with its current name.
     */
    tags?: Array<ProjectTag>;
    [key: string]: unknown;
};
/**
 * A task.
 */
export type Task = {
    /**
     * Task id.
     */
    id: number;
    /**
     * Task name.
     */
    name?: string;
    /**
     * Task type.
     */
    type?: string;
    /**
     * Position in the project.
     */
    order?: number;
    /**
     * Status.
     */
    status?: string;
    /**
     * Project id.
     */
    projectid?: number;
    startdate?: Timestamp;
    duedate?: Timestamp;
    completedate?: Timestamp;
    /**
     * Project number.
     */
    projectnumber?: string;
    /**
     * Project title.
     */
    projecttitle?: string;
    /**
     * Company of the project.
     */
    companyid?: number;
    /**
     * Company name.
     */
    companyname?: string;
    /**
     * Task category (general tasks).
     */
    categoryid?: number;
    /**
     * Description.
     */
    description?: string;
    /**
     * Priority, 1 (highest) to 5.
     */
    priority?: number;
    /**
     * Whether time on the task is billable.
     */
    billable?: boolean;
    /**
     * Assigned contacts.
     */
    contacts?: Array<ContactRef>;
    /**
     * Minutes allocated.
     */
    timeallocated?: number;
    /**
     * Minutes tracked.
     */
    timetracked?: number;
    lastmodified?: Timestamp;
    /**
     * Task category name (`category`, general tasks).
     */
    categoryname?: string;
    /**
     * Contact who added the task (`creator`).
     */
    creatorid?: number;
    /**
     * That contact's name (`creator`).
     */
    creatorname?: string;
    /**
     * Whether the task depends on another task (`dependent`).
     */
    dependent?: boolean;
    /**
     * Whether a dependent task can be worked on now (`dependent`; only on dependent tasks).
     */
    dependentstatus?: 'current' | 'noncurrent';
    /**
     * Category of the task's project (`projectcategory`).
     */
    projectcategoryid?: number;
    /**
     * Its name (`projectcategory`).
     */
    projectcategoryname?: string;
    /**
     * Manager of the task's project (`projectmanager`).
     */
    projectmanagerid?: number;
    /**
     * Its name (`projectmanager`).
     */
    projectmanagername?: string;
    /**
     * Whether time on the task is taxable.
     */
    taxable?: boolean;
    /**
     * API-only custom fields (`apifields`).
     */
    apifields?: Array<ApiFieldValue>;
    /**
     * The task tags it carries (`/settings/tasks/tags`), shown when the task is read by id.
     */
    tags?: Array<Tag>;
    [key: string]: unknown;
};
/**
 * A time record.
 */
export type TimeRecord = {
    /**
     * Time record id.
     */
    id: number;
    /**
     * Minutes tracked.
     */
    timetracked?: number;
    date?: Timestamp;
    /**
     * Contact id.
     */
    contactid?: number;
    /**
     * Task id.
     */
    taskid?: number;
    /**
     * Project id.
     */
    projectid?: number;
    /**
     * Billable flag.
     */
    billable?: boolean;
    /**
     * Name of who tracked the time.
     */
    contactname?: string;
    /**
     * Task name.
     */
    taskname?: string;
    /**
     * Project title.
     */
    projecttitle?: string;
    starttime?: Timestamp;
    endtime?: Timestamp;
    /**
     * Notes.
     */
    notes?: string;
    /**
     * Whether a timer is still running on this record.
     */
    running?: boolean;
    lastmodified?: Timestamp;
    /**
     * Company of the record's project (`company`).
     */
    companyid?: number;
    /**
     * Its name (`company`).
     */
    companyname?: string;
    /**
     * Project number (`project`).
     */
    projectnumber?: string;
    /**
     * Category of the record's project (`category`).
     */
    categoryid?: number;
    /**
     * Its name (`category`).
     */
    categoryname?: string;
    /**
     * Minutes allocated to the record's task (`tasktimetotals`).
     */
    tasktimeallocated?: number;
    /**
     * Minutes tracked on the record's task by everyone (`tasktimetotals`).
     */
    tasktimetracked?: number;
    /**
     * API-only custom fields (`apifields`).
     */
    apifields?: Array<ApiFieldValue>;
    [key: string]: unknown;
};
/**
 * One subtotal row: the grouping keys asked for in `subtotals` plus the sum. Only non-zero groups are returned.
 */
export type Subtotal = {
    /**
     * Contact name of the group.
     */
    contactname?: string;
    /**
     * Project id of the group.
     */
    projectid?: number;
    /**
     * Project title of the group.
     */
    projecttitle?: string;
    /**
     * Task id of the group.
     */
    taskid?: number;
    /**
     * Task name of the group.
     */
    taskname?: string;
    /**
     * Category id of the group.
     */
    categoryid?: number;
    /**
     * Category name of the group.
     */
    categoryname?: string;
    /**
     * Group id of the group.
     */
    groupid?: number;
    /**
     * Group name of the group.
     */
    groupname?: string;
    /**
     * Team id of the group.
     */
    teamid?: number;
    /**
     * Team name of the group.
     */
    teamname?: string;
    /**
     * Internal client's group id of the group.
     */
    internalclientgroupid?: number;
    /**
     * Internal client's group name of the group.
     */
    internalclientgroupname?: string;
    /**
     * Internal client's team id of the group.
     */
    internalclientteamid?: number;
    /**
     * Internal client's team name of the group.
     */
    internalclientteamname?: string;
    /**
     * Project number of the group.
     */
    projectnumber?: string;
    /**
     * Status of the group (paid/unpaid, approved/pending/declined...).
     */
    status?: string;
    /**
     * Billable flag of the group (time).
     */
    billable?: boolean;
    /**
     * The day of the group (`yyyy-mm-dd`).
     */
    day?: string;
    /**
     * The week of the group (its first day, `yyyy-mm-dd`).
     */
    week?: string;
    /**
     * The month of the group (`yyyy-mm`).
     */
    month?: string;
    /**
     * The year of the group (`yyyy`).
     */
    year?: string;
    /**
     * Sum for the group.
     */
    subtotal?: number;
    /**
     * Company id of the group.
     */
    companyid?: number;
    /**
     * Company name of the group.
     */
    companyname?: string;
    /**
     * Contact id of the group.
     */
    contactid?: number;
    [key: string]: unknown;
};
/**
 * A calendar event.
 */
export type Event = {
    /**
     * Event id.
     */
    id: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * Description.
     */
    description?: string;
    starttime?: Timestamp;
    endtime?: Timestamp;
    /**
     * Staff assigned to the event.
     */
    contacts?: Array<ContactRef>;
    lastmodified?: Timestamp;
    [key: string]: unknown;
};
/**
 * An expense.
 */
export type Expense = {
    /**
     * Expense id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Cost.
     */
    cost?: number;
    date?: Timestamp;
    /**
     * Invoiced flag.
     */
    invoiced?: boolean;
    /**
     * Taxable flag.
     */
    taxable?: boolean;
    /**
     * Project id, number and title.
     */
    project?: {
        [key: string]: unknown;
    };
    /**
     * Project id.
     */
    projectid?: number;
    /**
     * Company of the project (`company`).
     */
    companyid?: number;
    /**
     * Its name (`company`).
     */
    companyname?: string;
    company?: NamedRef;
    /**
     * Contact who added the expense (`contact`).
     */
    contactid?: number;
    /**
     * That contact's name (`contact`).
     */
    contactname?: string;
    contact?: NamedRef;
    lastmodified?: Timestamp;
    [key: string]: unknown;
};
/**
 * A file.
 */
export type File = {
    /**
     * File id.
     */
    id: number;
    /**
     * File name.
     */
    name?: string;
    date?: Timestamp;
    /**
     * Size in bytes.
     */
    size?: number;
    /**
     * Signed download link.
     */
    link?: string;
    /**
     * Base64 content (only with content=true and files up to 1 MB).
     */
    content?: string;
    /**
     * Project id/number/title.
     */
    project?: {
        [key: string]: unknown;
    };
    /**
     * Task id/name.
     */
    task?: {
        [key: string]: unknown;
    };
    /**
     * Folder id/name.
     */
    folder?: {
        [key: string]: unknown;
    };
    /**
     * `all` when public, otherwise the contacts who may see it.
     */
    contacts?: 'all' | Array<ContactRef>;
    /**
     * Project the file belongs to (`project`).
     */
    projectid?: number;
    /**
     * Task the file is attached to (`task`).
     */
    taskid?: number;
    /**
     * Custom folder holding the file (`folder`).
     */
    folderid?: number;
    lastmodified?: Timestamp;
    [key: string]: unknown;
};
/**
 * A custom file folder.
 */
export type Folder = {
    /**
     * Folder id.
     */
    id: number;
    /**
     * Folder name.
     */
    name?: string;
    /**
     * Project id/number/title.
     */
    project?: {
        [key: string]: unknown;
    };
    /**
     * `all` for a public folder, else the contacts with access.
     */
    contacts?: 'all' | Array<ContactRef>;
    /**
     * Project of the folder (`project`).
     */
    projectid?: number;
    lastmodified?: Timestamp;
    [key: string]: unknown;
};
/**
 * A discussion message.
 */
export type Message = {
    /**
     * Message id.
     */
    id: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * Text.
     */
    content?: string;
    /**
     * First message of the discussion; an empty string for a message that starts one.
     */
    originalmessageid?: number | string;
    date?: Timestamp;
    /**
     * Public flag.
     */
    public?: boolean;
    /**
     * Author.
     */
    author?: {
        [key: string]: unknown;
    };
    /**
     * Recipients.
     */
    contacts?: Array<ContactRef>;
    /**
     * Attached files.
     */
    files?: Array<{
        [key: string]: unknown;
    }>;
    /**
     * Project of the discussion (`project`).
     */
    projectid?: number;
    project?: ProjectRef;
    /**
     * Task of the discussion (`task`), when it is on a task.
     */
    taskid?: number;
    task?: NamedRef;
    lastmodified?: Timestamp;
    [key: string]: unknown;
};
/**
 * A note.
 */
export type Note = {
    /**
     * Note id.
     */
    id: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * Text.
     */
    content?: string;
    /**
     * Note category.
     */
    category?: {
        [key: string]: unknown;
    };
    date?: Timestamp;
    lastmodified?: Timestamp;
    /**
     * Contacts the note is assigned to.
     */
    contacts?: Array<ContactRef>;
    [key: string]: unknown;
};
/**
 * A project request.
 */
export type ProjectRequest = {
    /**
     * Request id.
     */
    id: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Budget.
     */
    budget?: number;
    startdate?: Timestamp;
    duedate?: Timestamp;
    submitteddate?: Timestamp;
    lastmodified?: Timestamp;
    /**
     * Where the request stands.
     */
    status?: 'pending' | 'approved' | 'declined';
    /**
     * Project made when the request was approved.
     */
    projectid?: number;
    /**
     * Company the request is for.
     */
    companyid?: number;
    /**
     * Contact who made the request.
     */
    clientid?: number;
    /**
     * Contact the request was sent to.
     */
    recipientid?: number;
    company?: NamedRef;
    client?: NamedRef;
    recipient?: NamedRef;
    /**
     * Project template the request uses (`template`, Advanced plan); absent when none.
     */
    templateid?: number;
    /**
     * Its name (`template`).
     */
    templatename?: string;
    /**
     * Title of the request's custom form (`customform`, Advanced plan).
     */
    customformtitle?: string;
    /**
     * Content of that form (`customform`).
     */
    customformcontent?: string;
    /**
     * Files attached to the request (`files`).
     */
    files?: Array<NamedRef>;
    /**
     * API-only custom fields (`apifields`).
     */
    apifields?: Array<ApiFieldValue>;
    /**
     * Custom fields (`customfields`, Advanced plan).
     */
    customfields?: Array<CustomFieldValue>;
    [key: string]: unknown;
};
/**
 * Single-item envelope: the item sits under `projectrequest`.
 */
export type ProjectRequestEnvelope = {
    projectrequest: ProjectRequest;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Up to `pagesize` rows of each requested data type.
 */
export type CompanySummary = {
    /**
     * Contacts.
     */
    contacts?: Array<Contact>;
    /**
     * Unpaid invoices (client companies).
     */
    invoices?: Array<Invoice>;
    /**
     * Active projects (client companies).
     */
    projects?: Array<Project>;
    /**
     * Pending quotes (client companies).
     */
    quotes?: Array<Quote>;
    /**
     * Active tasks (client companies).
     */
    tasks?: Array<Task>;
    /**
     * Always `Success`.
     */
    status?: 'Success';
    /**
     * Item count.
     */
    count?: number;
    [key: string]: unknown;
};
/**
 * Up to `pagesize` rows of each requested data type.
 */
export type ContactSummary = {
    /**
     * Active projects.
     */
    projects?: Array<Project>;
    /**
     * Active tasks.
     */
    tasks?: Array<Task>;
    /**
     * Always `Success`.
     */
    status?: 'Success';
    /**
     * Item count.
     */
    count?: number;
    [key: string]: unknown;
};
/**
 * Account and caller details. Whether they sit at the top level (as public clients read them) or under a key is not settled.
 */
export type LoginResult = {
    /**
     * `Success` on success.
     */
    status?: string;
    /**
     * The account API key, unless the account owner hides it.
     */
    apikey?: string;
    /**
     * Id of the caller.
     */
    userid?: number;
    /**
     * Account company name.
     */
    companyname?: string;
    /**
     * Item count.
     */
    count?: number;
    [key: string]: unknown;
};
/**
 * One invoice line in a request. Depending on `type`: `heading` needs `name`; `lineitem` needs `name` or `description` plus `quantity` and `rate`; `expense` needs `name`, `quantity` and `rate`; `taskrate` and `staffrate` need `name`, `time` and `rate`.
 */
export type InvoiceLineInput = unknown & {
    /**
     * Line type.
     */
    type: 'heading' | 'lineitem' | 'taskrate' | 'staffrate' | 'expense';
    /**
     * Name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Quantity.
     */
    quantity?: number;
    /**
     * Rate; per hour for time lines.
     */
    rate?: number;
    /**
     * Minutes (time lines).
     */
    time?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    displayorder?: DisplayOrder;
};
/**
 * List envelope: the rows sit under `companies`.
 */
export type CompanyList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    companies: Array<Company>;
};
/**
 * Request body of companiesCreate.
 */
export type CompaniesCreateBody = {
    /**
     * Name.
     */
    name: string;
    /**
     * Type.
     */
    type: 'client' | 'contractor' | 'other';
    /**
     * First address line.
     */
    address1?: string | null;
    /**
     * Second address line.
     */
    address2?: string | null;
    /**
     * Third address line.
     */
    address3?: string | null;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * City.
     */
    city?: string | null;
    /**
     * Short code (abbreviation of the company name).
     */
    code?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * E-mail address.
     */
    email?: string | null;
    /**
     * Facebook page address.
     */
    facebook?: string | null;
    /**
     * Fax number.
     */
    fax?: string | null;
    /**
     * Base64 PNG image, 80x80 pixels, at most 100 KB; ignored on batch creates.
     */
    imagecontent?: string | null;
    /**
     * LinkedIn page address.
     */
    linkedin?: string | null;
    /**
     * Phone number.
     */
    phone?: string | null;
    /**
     * State or region.
     */
    state?: string | null;
    /**
     * Tag ids, comma-separated.
     */
    tagid?: IdList | null;
    /**
     * Twitter page address.
     */
    twitter?: string | null;
    /**
     * Website address.
     */
    website?: string | null;
    /**
     * Postal code.
     */
    zipcode?: string | null;
};
/**
 * Several items created in one call; the answer lists one id per item, in order.
 */
export type CompaniesCreateBodyList = Array<CompaniesCreateBody>;
/**
 * Single-item envelope: the item sits under `company`.
 */
export type CompanyEnvelope = {
    company: Company;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of companiesUpdate.
 */
export type CompaniesUpdateBody = {
    /**
     * First address line.
     */
    address1?: string;
    /**
     * Second address line.
     */
    address2?: string;
    /**
     * Third address line.
     */
    address3?: string;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue>;
    /**
     * City.
     */
    city?: string;
    /**
     * Short code (abbreviation of the company name).
     */
    code?: string;
    /**
     * Country.
     */
    country?: string;
    /**
     * E-mail address.
     */
    email?: string;
    /**
     * Facebook page address.
     */
    facebook?: string;
    /**
     * Fax number.
     */
    fax?: string;
    /**
     * Base64 PNG image, 80x80 pixels, at most 100 KB; ignored on batch creates.
     */
    imagecontent?: string;
    /**
     * LinkedIn page address.
     */
    linkedin?: string;
    /**
     * Name.
     */
    name?: string;
    /**
     * Phone number.
     */
    phone?: string;
    /**
     * State or region.
     */
    state?: string;
    /**
     * Twitter page address.
     */
    twitter?: string;
    /**
     * Website address.
     */
    website?: string;
    /**
     * Postal code.
     */
    zipcode?: string;
};
/**
 * List envelope: the rows sit under `contacts`.
 */
export type ContactList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    contacts: Array<Contact>;
};
/**
 * Request body of companyContactsCreate.
 */
export type CompanyContactsCreateBody = {
    /**
     * First name.
     */
    firstname: string;
    /**
     * Last name.
     */
    lastname: string;
    /**
     * First address line.
     */
    address1?: string | null;
    /**
     * Second address line.
     */
    address2?: string | null;
    /**
     * Third address line.
     */
    address3?: string | null;
    /**
     * Grant (`true`) or deny (`false`) login access.
     */
    allowlogin?: boolean | null;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * City.
     */
    city?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * E-mail address.
     */
    email?: string | null;
    /**
     * Facebook page address.
     */
    facebook?: string | null;
    /**
     * Fax number.
     */
    fax?: string | null;
    /**
     * Group ids, comma-separated.
     */
    groupid?: IdList | null;
    /**
     * LinkedIn page address.
     */
    linkedin?: string | null;
    /**
     * Mobile phone number.
     */
    mobilephone?: string | null;
    /**
     * Login password.
     */
    password?: string | null;
    /**
     * Role ids, comma-separated.
     */
    roleid?: IdList | null;
    /**
     * State or region.
     */
    state?: string | null;
    /**
     * Tag ids, comma-separated.
     */
    tagid?: IdList | null;
    /**
     * Title.
     */
    title?: string | null;
    /**
     * Twitter page address.
     */
    twitter?: string | null;
    /**
     * Login name.
     */
    username?: string | null;
    /**
     * Work phone number.
     */
    workphone?: string | null;
    /**
     * Postal code.
     */
    zipcode?: string | null;
};
/**
 * Several items created in one call; the answer lists one id per item, in order.
 */
export type CompanyContactsCreateBodyList = Array<CompanyContactsCreateBody>;
/**
 * List envelope: the rows sit under `invoices`. With `fields=none` only the totals come back, so the row array may be missing.
 */
export type InvoiceList = {
    /**
     * Rows in this answer.
     */
    count?: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    invoices?: Array<Invoice>;
    /**
     * Sum over all matching rows (money, or minutes for time records).
     */
    total?: number;
    /**
     * Grouped sums, present when `subtotals` is used.
     */
    subtotals?: Array<Subtotal>;
};
/**
 * List envelope: the rows sit under `notes`.
 */
export type NoteList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    notes: Array<Note>;
};
/**
 * Request body of companyNotesCreate.
 */
export type CompanyNotesCreateBody = {
    /**
     * Text content.
     */
    content: string;
    /**
     * Optional title (accepted per the NUMA live tests; not in the vendor list).
     */
    title?: string | null;
};
/**
 * Single-item envelope: the item sits under `note`.
 */
export type NoteEnvelope = {
    note: Note;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `projects`.
 */
export type ProjectList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    projects: Array<Project>;
};
/**
 * Request body of companyProjectsCreate.
 */
export type CompanyProjectsCreateBody = {
    /**
     * Title.
     */
    title: string;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * Autonumbering scheme id (/settings/projects/autonumbering) for an `auto` number; the default scheme when left out.
     */
    autonumberid?: number | null;
    /**
     * Project category id (/settings/projects/categories).
     */
    categoryid?: number | null;
    /**
     * Whether clients may see the project.
     */
    clientaccess?: boolean | null;
    /**
     * Client contacts to assign (ids).
     */
    clients?: IdList | null;
    /**
     * Completion date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    completedate?: DateFilter | null;
    /**
     * Contractor contacts to assign (ids).
     */
    contractors?: IdList | null;
    /**
     * Project custom field values as `{id, value}` objects (ids from /settings/projects/customfields, Advanced plan).
     */
    customfields?: Array<FieldValue> | null;
    /**
     * Custom form content.
     */
    customformcontent?: string | null;
    /**
     * Custom form title.
     */
    customformtitle?: string | null;
    /**
     * Custom status id (/settings/projects/customstatuses, Advanced plan).
     */
    customstatusid?: number | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    duedate?: DateFilter | null;
    /**
     * Send e-mail alerts about the new project.
     */
    emailalerts?: boolean | null;
    /**
     * Group ids, comma-separated.
     */
    groupid?: number | null;
    /**
     * Invoiced value, or `auto` to use the sum of the project invoices.
     */
    invoicetotal?: AmountOrAuto | null;
    /**
     * Project manager: a contact id or `me`.
     */
    managerid?: ContactIdOrMe | null;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string | null;
    /**
     * Priority number.
     */
    priority?: number | null;
    /**
     * Notes only staff can read.
     */
    privatenotes?: string | null;
    /**
     * Quoted value, or `auto` to use the sum of the project quotes.
     */
    quotetotal?: AmountOrAuto | null;
    /**
     * Staff to assign: contact ids or `me`.
     */
    staff?: IdListOrMe | null;
    /**
     * Start date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    startdate?: DateFilter | null;
    /**
     * Project tag ids (/settings/projects/tags), comma-separated.
     */
    tagid?: IdList | null;
    /**
     * Project template id (/settings/projects/templates, Advanced plan); values sent override the template's.
     */
    templateid?: number | null;
    /**
     * Allocated time in minutes.
     */
    timeallocated?: number | null;
};
/**
 * List envelope: the rows sit under `quotes`. With `fields=none` only the totals come back, so the row array may be missing.
 */
export type QuoteList = {
    /**
     * Rows in this answer.
     */
    count?: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    quotes?: Array<Quote>;
    /**
     * Sum over all matching rows (money, or minutes for time records).
     */
    total?: number;
    /**
     * Grouped sums, present when `subtotals` is used.
     */
    subtotals?: Array<Subtotal>;
};
/**
 * Request body of quotesApprove.
 */
export type QuotesApproveBody = {
    /**
     * Approval date; today if left out. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    approveddate?: DateFilter;
    /**
     * Project to attach the quote to.
     */
    projectid?: number;
};
/**
 * Request body of quotesCreate.
 */
export type QuotesCreateBody = {
    /**
     * Client contact the quote is for.
     */
    contactid: number;
    /**
     * Quote lines.
     */
    lines: Array<QuoteLineInput>;
    /**
     * Title.
     */
    title: string;
    /**
     * First address line.
     */
    address1?: string | null;
    /**
     * Second address line.
     */
    address2?: string | null;
    /**
     * Third address line.
     */
    address3?: string | null;
    /**
     * City.
     */
    city?: string | null;
    /**
     * State or region.
     */
    state?: string | null;
    /**
     * Postal code.
     */
    zipcode?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * Company the quote is for; the contact's company if left out.
     */
    companyid?: number | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string | null;
    /**
     * Project the quote is attached to.
     */
    projectid?: number | null;
    /**
     * Quote date (default today). An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    quoteddate?: DateFilter | null;
    /**
     * Whether tax applies.
     */
    taxable?: boolean | null;
    /**
     * Tax rate in percent.
     */
    taxrate?: number | null;
    /**
     * Quote or estimate.
     */
    type?: 'quote' | 'estimate' | null;
    /**
     * Last day the quote is valid. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    validtodate?: DateFilter | null;
};
/**
 * Request body of projectQuotesCreate (the project is the one in the path).
 */
export type QuotesCreateInProjectBody = {
    /**
     * Client contact the quote is for.
     */
    contactid: number;
    /**
     * Quote lines.
     */
    lines: Array<QuoteLineInput>;
    /**
     * Title.
     */
    title: string;
    /**
     * First address line.
     */
    address1?: string | null;
    /**
     * Second address line.
     */
    address2?: string | null;
    /**
     * Third address line.
     */
    address3?: string | null;
    /**
     * City.
     */
    city?: string | null;
    /**
     * State or region.
     */
    state?: string | null;
    /**
     * Postal code.
     */
    zipcode?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * Company the quote is for; the contact's company if left out.
     */
    companyid?: number | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string | null;
    /**
     * Quote date (default today). An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    quoteddate?: DateFilter | null;
    /**
     * Whether tax applies.
     */
    taxable?: boolean | null;
    /**
     * Tax rate in percent.
     */
    taxrate?: number | null;
    /**
     * Quote or estimate.
     */
    type?: 'quote' | 'estimate' | null;
    /**
     * Last day the quote is valid. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    validtodate?: DateFilter | null;
};
/**
 * Request body of quotesDecline.
 */
export type QuotesDeclineBody = {
    [key: string]: never;
};
/**
 * Request body of quotesMarkAsPending.
 */
export type QuotesMarkAsPendingBody = {
    [key: string]: never;
};
/**
 * Request body of quotesUpdate.
 */
export type QuotesUpdateBody = {
    /**
     * Lines to add to the quote.
     */
    lines?: Array<QuoteLineInput>;
    /**
     * Title (cannot be emptied).
     */
    title?: string;
    /**
     * First address line.
     */
    address1?: string;
    /**
     * Second address line.
     */
    address2?: string;
    /**
     * Third address line.
     */
    address3?: string;
    /**
     * City.
     */
    city?: string;
    /**
     * State or region.
     */
    state?: string;
    /**
     * Postal code.
     */
    zipcode?: string;
    /**
     * Country.
     */
    country?: string;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue>;
    /**
     * Description.
     */
    description?: string;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string;
    /**
     * Project the quote is attached to; an empty string detaches it.
     */
    projectid?: number | '';
    /**
     * Quote date (default today). An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    quoteddate?: DateFilter;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    /**
     * Tax rate in percent.
     */
    taxrate?: number;
    /**
     * Quote or estimate.
     */
    type?: 'quote' | 'estimate';
    /**
     * Last day the quote is valid; an empty string clears it.
     */
    validtodate?: DateFilter | '';
};
/**
 * List envelope: the rows sit under `tags`.
 */
export type TagList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    tags: Array<Tag>;
};
/**
 * Request body of companyTagsUpdate.
 */
export type CompanyTagsUpdateBody = {
    /**
     * Tag ids, comma-separated.
     */
    tagid: IdList;
    /**
     * `true` removes the listed ids; `false` (default) adds them.
     */
    remove?: boolean;
};
/**
 * List envelope: the rows sit under `tasks`.
 */
export type TaskList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    tasks: Array<Task>;
};
/**
 * Request body of projectTasksCreate (the project comes from the path).
 */
export type ProjectTasksCreateBody = unknown & {
    /**
     * Task name.
     */
    name?: string;
    /**
     * Task template (`/settings/tasks/templates`) to apply in place of a single task. One task is added per task of the template, in its order, each with that task's name and settings; the body's own values win and go to every one of them. A template without tasks is refused (400).
     */
    templateid?: number;
    /**
     * Task tags (`/settings/tasks/tags`) the task carries, comma-separated ids.
     */
    tagid?: IdList | null;
    /**
     * Assignees (a comma string, never a JSON array); `me` by default.
     */
    contacts?: TaskContacts | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Priority, 1 (highest) to 5; 3 (normal) by default (or the template's).
     */
    priority?: number | null;
    /**
     * Start date, absolute or relative (`+0d`).
     */
    startdate?: DateFilter | null;
    /**
     * Due date, absolute or relative (`+1w`).
     */
    duedate?: DateFilter | null;
    /**
     * Completion date: the task is created already complete.
     */
    completedate?: DateFilter | null;
    /**
     * Whether time on the task is billable (true by default, or the template's).
     */
    billable?: boolean | null;
    /**
     * Whether the task is taxable (true by default, or the template's).
     */
    taxable?: boolean | null;
    /**
     * Minutes allocated to the task (0 by default, or the template's).
     */
    timeallocated?: number | null;
    /**
     * Position in the project; `auto` (default) puts the task last.
     */
    order?: number | 'auto' | null;
    /**
     * API field values.
     */
    apifields?: Array<FieldValue> | null;
};
/**
 * Several items created in one call; the answer lists one id per item, in order.
 */
export type ProjectTasksCreateBodyList = Array<ProjectTasksCreateBody>;
/**
 * Request body of tasksAdjustDates.
 */
export type TaskAdjustDatesBody = {
    /**
     * How far to move: a sign, a count and `d`/`w`/`m`/`y` (`+1w`, `-3d`).
     */
    adjustment: string;
    /**
     * Which dates move: both (`all`), the start date or the due date.
     */
    dates?: 'all' | 'start' | 'due';
};
/**
 * Request body of tasksComplete.
 */
export type TaskCompleteBody = {
    /**
     * Completion date; today if left out.
     */
    completedate?: DateFilter;
};
/**
 * Task assignees as a comma string: contact ids and `me`, or `allstaff` (every staff contact), `all` (everyone on the project; all staff for a general task) or `none`. Never a JSON array (the service fails with HTTP 500 then).
 */
export type TaskContacts = string;
/**
 * Request body of taskContactsUpdate.
 */
export type TaskContactsUpdateBody = {
    /**
     * Contacts to add (or remove).
     */
    contacts: TaskContacts;
    /**
     * `true` takes the listed contacts off; `false` (default) adds them.
     */
    remove?: boolean;
};
/**
 * Single-item envelope: the item sits under `task`.
 */
export type TaskEnvelope = {
    task: Task;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of taskFilesCreate (the task comes from the path).
 */
export type TaskFilesCreateBody = {
    /**
     * The file's bytes, base64-encoded (standard alphabet, padded).
     */
    content: string;
    /**
     * Name.
     */
    name: string;
};
export type TaskMessagesCreateBody = unknown & {
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts?: ContactIdList;
    /**
     * Text content.
     */
    content: string;
    /**
     * Message id of the discussion to reply to.
     */
    originalmessageid?: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * Ids of already uploaded files to attach, comma-separated.
     */
    files?: IdList | null;
    /**
     * Send e-mail notifications.
     */
    notifications?: boolean | null;
    /**
     * Make the discussion public (`true`) or private.
     */
    public?: boolean | null;
    /**
     * Alternative name for `files` used by the vendor's sample and call text.
     */
    fileid?: IdList | null;
};
/**
 * Request body of tasksReactivate.
 */
export type TaskReactivateBody = {
    [key: string]: never;
};
/**
 * Request body of taskTimeCreate (the task comes from the path). The period must be one of the combinations `starttime` & `endtime`, `starttime` & `timetracked`, `endtime` & `timetracked` or `timetracked` (with or without `date`); the service checks this itself and answers 400 otherwise.
 */
export type TaskTimeCreateBody = {
    /**
     * Start (`yyyy-mm-ddThh:mm` or `now`).
     */
    starttime?: DateTimeOrNow | null;
    /**
     * End (`yyyy-mm-ddThh:mm` or `now`).
     */
    endtime?: DateTimeOrNow | null;
    /**
     * Minutes tracked.
     */
    timetracked?: number | null;
    /**
     * Day the time is booked on, with `timetracked` alone (absolute or relative).
     */
    date?: DateFilter | null;
    /**
     * Who tracked the time; `me` by default.
     */
    contactid?: ContactIdOrMe | null;
    /**
     * Notes.
     */
    notes?: string | null;
    /**
     * Whether the time is billable (the task's setting by default).
     */
    billable?: boolean | null;
};
/**
 * Request body of the timer calls.
 */
export type TaskTimerBody = {
    /**
     * Notes for the time record.
     */
    notes?: string;
};
/**
 * Request body of tasksBulkDelete.
 */
export type TasksBulkDeleteBody = {
    /**
     * Ids of the tasks to delete, comma-separated, all of one project.
     */
    taskid: IdList;
};
/**
 * Request body of tasksCreate: a name (or a template) and a project or category.
 */
export type TasksCreateBody = unknown & unknown & {
    /**
     * Task name.
     */
    name?: string;
    /**
     * Project of a project task.
     */
    projectid?: number;
    /**
     * Task category of a general task (a task outside projects).
     */
    categoryid?: number;
    /**
     * Task template (`/settings/tasks/templates`) to apply in place of a single task. One task is added per task of the template, in its order, each with that task's name and settings; the body's own values win and go to every one of them. A template without tasks is refused (400).
     */
    templateid?: number;
    /**
     * Task tags (`/settings/tasks/tags`) the task carries, comma-separated ids.
     */
    tagid?: IdList | null;
    /**
     * Assignees (a comma string, never a JSON array); `me` by default.
     */
    contacts?: TaskContacts | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Priority, 1 (highest) to 5; 3 (normal) by default (or the template's).
     */
    priority?: number | null;
    /**
     * Start date, absolute or relative (`+0d`).
     */
    startdate?: DateFilter | null;
    /**
     * Due date, absolute or relative (`+1w`).
     */
    duedate?: DateFilter | null;
    /**
     * Completion date: the task is created already complete.
     */
    completedate?: DateFilter | null;
    /**
     * Whether time on the task is billable (true by default, or the template's).
     */
    billable?: boolean | null;
    /**
     * Whether the task is taxable (true by default, or the template's).
     */
    taxable?: boolean | null;
    /**
     * Minutes allocated to the task (0 by default, or the template's).
     */
    timeallocated?: number | null;
    /**
     * Position in the project; `auto` (default) puts the task last.
     */
    order?: number | 'auto' | null;
    /**
     * API field values.
     */
    apifields?: Array<FieldValue> | null;
};
/**
 * Several tasks created in one call, all in the same project (or category); the answer lists one id per item, in order.
 */
export type TasksCreateBodyList = Array<TasksCreateBody>;
/**
 * Request body of tasksUpdate: only the properties sent change.
 */
export type TasksUpdateBody = {
    /**
     * Task name.
     */
    name?: string;
    /**
     * Assignees (a comma string, never a JSON array); `me` by default.
     */
    contacts?: TaskContacts;
    /**
     * Description.
     */
    description?: string;
    /**
     * Priority, 1 (highest) to 5; 3 (normal) by default.
     */
    priority?: number;
    /**
     * Whether time on the task is billable.
     */
    billable?: boolean;
    /**
     * Whether the task is taxable.
     */
    taxable?: boolean;
    /**
     * Minutes allocated to the task.
     */
    timeallocated?: number;
    /**
     * Position in the project; `auto` (default) puts the task last.
     */
    order?: number | 'auto';
    /**
     * API field values.
     */
    apifields?: Array<FieldValue>;
    /**
     * Start date; an empty string clears it.
     */
    startdate?: DateFilter | '';
    /**
     * Due date; an empty string clears it.
     */
    duedate?: DateFilter | '';
    /**
     * Task category (`/settings/tasks/categories`) a general task moves to; a project task has none, so sending it for one is refused (400). Vendor-doc correction: the catalog's task model marks `categoryid` as set on create only, while the same write-up's domain model lists it as writable; this document takes it as writable on general tasks.
     */
    categoryid?: number;
    /**
     * Task tags (`/settings/tasks/tags`) the task carries from now on, comma-separated ids (they replace the task's tags); an empty string takes every tag off.
     */
    tagid?: IdList | '';
};
/**
 * A category general tasks are filed under.
 */
export type SettingsTaskCategory = {
    /**
     * Category id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * List envelope: the rows sit under `categories`.
 */
export type SettingsTaskCategoryList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    categories: Array<SettingsTaskCategory>;
};
/**
 * Single-item envelope: the item sits under `category`.
 */
export type SettingsTaskCategoryEnvelope = {
    category: SettingsTaskCategory;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of settingsTaskCategoriesCreate.
 */
export type SettingsTaskCategoriesCreateBody = {
    /**
     * Name, unique among task categories.
     */
    name: string;
};
/**
 * Request body of settingsTaskCategoriesUpdate.
 */
export type SettingsTaskCategoriesUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * Single-item envelope: the item sits under `tag`.
 */
export type SettingsTaskTagEnvelope = {
    tag: Tag;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of settingsTaskTagsCreate.
 */
export type SettingsTaskTagsCreateBody = {
    /**
     * Name, unique among task tags.
     */
    name: string;
};
/**
 * Request body of settingsTaskTagsUpdate.
 */
export type SettingsTaskTagsUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * A named set of ready-made tasks (its tasks are listed under `/settings/tasks/templates/{tasktemplateid}/tasks`).
 */
export type SettingsTaskTemplate = {
    /**
     * Template id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * List envelope: the rows sit under `templates`.
 */
export type SettingsTaskTemplateList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    templates: Array<SettingsTaskTemplate>;
};
/**
 * Single-item envelope: the item sits under `template`.
 */
export type SettingsTaskTemplateEnvelope = {
    template: SettingsTaskTemplate;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of settingsTaskTemplatesCreate.
 */
export type SettingsTaskTemplatesCreateBody = {
    /**
     * Name, unique among task templates.
     */
    name: string;
};
/**
 * Request body of settingsTaskTemplatesUpdate.
 */
export type SettingsTaskTemplatesUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * One task of a task template: what each task added from the template is given.
 */
export type SettingsTaskTemplateTask = {
    /**
     * Id of the template's task.
     */
    id: number;
    /**
     * The template it belongs to.
     */
    tasktemplateid?: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Priority, 1 (highest) to 5; 3 (normal) by default.
     */
    priority?: number;
    /**
     * Minutes allocated to the task (0 by default).
     */
    timeallocated?: number;
    /**
     * Whether time on the task is billable (true by default).
     */
    billable?: boolean;
    /**
     * Whether the task is taxable (true by default).
     */
    taxable?: boolean;
    [key: string]: unknown;
};
/**
 * List envelope: the rows sit under `tasks`.
 */
export type SettingsTaskTemplateTaskList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    tasks: Array<SettingsTaskTemplateTask>;
};
/**
 * Single-item envelope: the item sits under `task`.
 */
export type SettingsTaskTemplateTaskEnvelope = {
    task: SettingsTaskTemplateTask;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of settingsTaskTemplateTasksCreate.
 */
export type SettingsTaskTemplateTasksCreateBody = {
    /**
     * Name the task is given.
     */
    name: string;
    /**
     * Description the task is given.
     */
    description?: string | null;
    /**
     * Priority, 1 (highest) to 5; 3 (normal) by default.
     */
    priority?: number | null;
    /**
     * Minutes allocated to the task (0 by default).
     */
    timeallocated?: number | null;
    /**
     * Whether time on the task is billable (true by default).
     */
    billable?: boolean | null;
    /**
     * Whether the task is taxable (true by default).
     */
    taxable?: boolean | null;
};
/**
 * Request body of settingsTaskTemplateTasksUpdate: only the properties sent change.
 */
export type SettingsTaskTemplateTasksUpdateBody = {
    /**
     * Name the task is given.
     */
    name?: string;
    /**
     * Description the task is given.
     */
    description?: string;
    /**
     * Priority, 1 (highest) to 5; 3 (normal) by default.
     */
    priority?: number;
    /**
     * Minutes allocated to the task (0 by default).
     */
    timeallocated?: number;
    /**
     * Whether time on the task is billable (true by default).
     */
    billable?: boolean;
    /**
     * Whether the task is taxable (true by default).
     */
    taxable?: boolean;
};
/**
 * List envelope: the rows sit under `timerecords`. With `fields=none` only the totals come back, so the row array may be missing.
 */
export type TimeRecordList = {
    /**
     * Rows in this answer.
     */
    count?: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    timerecords?: Array<TimeRecord>;
    /**
     * Sum over all matching rows (money, or minutes for time records).
     */
    total?: number;
    /**
     * Grouped sums, present when `subtotals` is used.
     */
    subtotals?: Array<Subtotal>;
};
/**
 * Request body of timeCreate. The period must be one of the combinations `starttime` & `endtime`, `starttime` & `timetracked`, `endtime` & `timetracked` or `timetracked` (with or without `date`); the service checks this itself and answers 400 otherwise.
 */
export type TimeCreateBody = {
    /**
     * Task the time is tracked on.
     */
    taskid: number;
    /**
     * Start (`yyyy-mm-ddThh:mm` or `now`).
     */
    starttime?: DateTimeOrNow | null;
    /**
     * End (`yyyy-mm-ddThh:mm` or `now`).
     */
    endtime?: DateTimeOrNow | null;
    /**
     * Minutes tracked.
     */
    timetracked?: number | null;
    /**
     * Day the time is booked on, with `timetracked` alone (absolute or relative).
     */
    date?: DateFilter | null;
    /**
     * Who tracked the time; `me` by default.
     */
    contactid?: ContactIdOrMe | null;
    /**
     * Notes.
     */
    notes?: string | null;
    /**
     * Whether the time is billable (the task's setting by default).
     */
    billable?: boolean | null;
};
/**
 * Single-item envelope: the item sits under `timerecord`.
 */
export type TimeRecordEnvelope = {
    timerecord: TimeRecord;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of timeUpdate: only the properties sent change; an empty `notes` clears them.
 */
export type TimeUpdateBody = {
    /**
     * Start (`yyyy-mm-ddThh:mm` or `now`).
     */
    starttime?: DateTimeOrNow;
    /**
     * End (`yyyy-mm-ddThh:mm` or `now`).
     */
    endtime?: DateTimeOrNow;
    /**
     * Minutes tracked.
     */
    timetracked?: number;
    /**
     * Day the time is booked on, with `timetracked` alone (absolute or relative).
     */
    date?: DateFilter;
    /**
     * Who tracked the time; `me` by default.
     */
    contactid?: ContactIdOrMe;
    /**
     * Notes.
     */
    notes?: string;
    /**
     * Whether the time is billable (the task's setting by default).
     */
    billable?: boolean;
};
/**
 * A running timer.
 */
export type Timer = {
    /**
     * Time record id of the running timer.
     */
    id: number;
    /**
     * Whose timer it is.
     */
    contactid?: number;
    /**
     * Name of that contact.
     */
    contactname?: string;
    /**
     * Task id.
     */
    taskid?: number;
    /**
     * Task name.
     */
    taskname?: string;
    /**
     * Project id (project tasks only).
     */
    projectid?: number;
    /**
     * Project title.
     */
    projecttitle?: string;
    starttime?: Timestamp;
    /**
     * Seconds the timer has run.
     */
    timetrackedseconds: number;
    /**
     * Whole minutes the timer has run.
     */
    timetracked: number;
    /**
     * Notes.
     */
    notes?: string;
    [key: string]: unknown;
};
/**
 * List envelope of the running timers: the rows sit under `timerecords`.
 */
export type TimerList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Running timers in total.
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The running timers; always an array.
     */
    timerecords: Array<Timer>;
};
/**
 * Request body of contactsCreate.
 */
export type ContactsCreateBody = {
    /**
     * companyid.
     */
    companyid: number;
    /**
     * First name.
     */
    firstname: string;
    /**
     * Last name.
     */
    lastname: string;
    /**
     * Type.
     */
    type: 'staff' | 'client' | 'contractor' | 'other';
    /**
     * Permission to submit project requests.
     */
    addprojectrequest?: boolean | null;
    /**
     * First address line.
     */
    address1?: string | null;
    /**
     * Second address line.
     */
    address2?: string | null;
    /**
     * Third address line.
     */
    address3?: string | null;
    /**
     * Grant (`true`) or deny (`false`) login access.
     */
    allowlogin?: boolean | null;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * City.
     */
    city?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * E-mail address.
     */
    email?: string | null;
    /**
     * Facebook page address.
     */
    facebook?: string | null;
    /**
     * Fax number.
     */
    fax?: string | null;
    /**
     * Group ids, comma-separated.
     */
    groupid?: IdList | null;
    /**
     * Base64 PNG image, 80x80 pixels, at most 100 KB; ignored on batch creates.
     */
    imagecontent?: string | null;
    /**
     * LinkedIn page address.
     */
    linkedin?: string | null;
    /**
     * Mobile phone number.
     */
    mobilephone?: string | null;
    /**
     * Login password.
     */
    password?: string | null;
    /**
     * Role ids, comma-separated.
     */
    roleid?: IdList | null;
    /**
     * State or region.
     */
    state?: string | null;
    /**
     * Tag ids, comma-separated.
     */
    tagid?: IdList | null;
    /**
     * Title.
     */
    title?: string | null;
    /**
     * Twitter page address.
     */
    twitter?: string | null;
    /**
     * Login name.
     */
    username?: string | null;
    /**
     * Permission to see every project of the company.
     */
    viewallcompanyprojects?: boolean | null;
    /**
     * Permission to see every task of visible projects.
     */
    viewallprojecttasks?: boolean | null;
    /**
     * Permission to see archived projects.
     */
    viewarchivedprojects?: boolean | null;
    /**
     * Permission to see the calendar.
     */
    viewcalendar?: boolean | null;
    /**
     * Permission to see quotes and invoices.
     */
    viewquotesandinvoices?: boolean | null;
    /**
     * Permission to see time information.
     */
    viewtimeinformation?: boolean | null;
    /**
     * Permission to see the timeline.
     */
    viewtimeline?: boolean | null;
    /**
     * Work phone number.
     */
    workphone?: string | null;
    /**
     * Postal code.
     */
    zipcode?: string | null;
};
/**
 * Several items created in one call; the answer lists one id per item, in order.
 */
export type ContactsCreateBodyList = Array<ContactsCreateBody>;
/**
 * Single-item envelope: the item sits under `contact`.
 */
export type ContactEnvelope = {
    contact: Contact;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of contactsUpdate.
 */
export type ContactsUpdateBody = {
    /**
     * Permission to submit project requests.
     */
    addprojectrequest?: boolean;
    /**
     * First address line.
     */
    address1?: string;
    /**
     * Second address line.
     */
    address2?: string;
    /**
     * Third address line.
     */
    address3?: string;
    /**
     * Grant (`true`) or deny (`false`) login access.
     */
    allowlogin?: boolean;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue>;
    /**
     * City.
     */
    city?: string;
    /**
     * companyid.
     */
    companyid?: number;
    /**
     * Country.
     */
    country?: string;
    /**
     * E-mail address.
     */
    email?: string;
    /**
     * Facebook page address.
     */
    facebook?: string;
    /**
     * Fax number.
     */
    fax?: string;
    /**
     * First name.
     */
    firstname?: string;
    /**
     * Group ids, comma-separated.
     */
    groupid?: IdList;
    /**
     * Base64 PNG image, 80x80 pixels, at most 100 KB; ignored on batch creates.
     */
    imagecontent?: string;
    /**
     * Last name.
     */
    lastname?: string;
    /**
     * LinkedIn page address.
     */
    linkedin?: string;
    /**
     * Mobile phone number.
     */
    mobilephone?: string;
    /**
     * Login password.
     */
    password?: string;
    /**
     * Role ids, comma-separated.
     */
    roleid?: IdList;
    /**
     * State or region.
     */
    state?: string;
    /**
     * Tag ids, comma-separated.
     */
    tagid?: IdList;
    /**
     * Title.
     */
    title?: string;
    /**
     * Twitter page address.
     */
    twitter?: string;
    /**
     * Login name.
     */
    username?: string;
    /**
     * Permission to see every project of the company.
     */
    viewallcompanyprojects?: boolean;
    /**
     * Permission to see every task of visible projects.
     */
    viewallprojecttasks?: boolean;
    /**
     * Permission to see archived projects.
     */
    viewarchivedprojects?: boolean;
    /**
     * Permission to see the calendar.
     */
    viewcalendar?: boolean;
    /**
     * Permission to see quotes and invoices.
     */
    viewquotesandinvoices?: boolean;
    /**
     * Permission to see time information.
     */
    viewtimeinformation?: boolean;
    /**
     * Permission to see the timeline.
     */
    viewtimeline?: boolean;
    /**
     * Work phone number.
     */
    workphone?: string;
    /**
     * Postal code.
     */
    zipcode?: string;
};
/**
 * List envelope: the rows sit under `groups`.
 */
export type GroupList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    groups: Array<Group>;
};
/**
 * Request body of contactGroupsUpdate.
 */
export type ContactGroupsUpdateBody = {
    /**
     * Group ids, comma-separated.
     */
    groupid: IdList;
    /**
     * `true` removes the listed ids; `false` (default) adds them.
     */
    remove?: boolean;
};
/**
 * Single-item envelope: the item sits under `location`.
 */
export type LocationEnvelope = {
    location: Location;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
export type ContactLocationUpdateBody = unknown & {
    /**
     * Street address to geocode into a position; fails if geocoding fails.
     */
    address?: string;
    /**
     * Latitude in degrees.
     */
    latitude?: number;
    /**
     * Longitude in degrees.
     */
    longitude?: number;
};
/**
 * Request body of contactNotesCreate.
 */
export type ContactNotesCreateBody = {
    /**
     * Text content.
     */
    content: string;
    /**
     * Optional title (accepted per the NUMA live tests; not in the vendor list).
     */
    title?: string | null;
};
/**
 * List envelope: the rows sit under `permissions`.
 */
export type PermissionList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    permissions: Array<Permission>;
};
/**
 * Single-item envelope: the item sits under `permission`.
 */
export type PermissionEnvelope = {
    permission: Permission;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of contactProjectsCreate.
 */
export type ContactProjectsCreateBody = {
    /**
     * Title.
     */
    title: string;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * Autonumbering scheme id (/settings/projects/autonumbering) for an `auto` number; the default scheme when left out.
     */
    autonumberid?: number | null;
    /**
     * Project category id (/settings/projects/categories).
     */
    categoryid?: number | null;
    /**
     * Whether clients may see the project.
     */
    clientaccess?: boolean | null;
    /**
     * Client contacts to assign (ids).
     */
    clients?: IdList | null;
    /**
     * Completion date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    completedate?: DateFilter | null;
    /**
     * Contractor contacts to assign (ids).
     */
    contractors?: IdList | null;
    /**
     * Project custom field values as `{id, value}` objects (ids from /settings/projects/customfields, Advanced plan).
     */
    customfields?: Array<FieldValue> | null;
    /**
     * Custom form content.
     */
    customformcontent?: string | null;
    /**
     * Custom form title.
     */
    customformtitle?: string | null;
    /**
     * Custom status id (/settings/projects/customstatuses, Advanced plan).
     */
    customstatusid?: number | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    duedate?: DateFilter | null;
    /**
     * Send e-mail alerts about the new project.
     */
    emailalerts?: boolean | null;
    /**
     * Group ids, comma-separated.
     */
    groupid?: number | null;
    /**
     * Invoiced value, or `auto` to use the sum of the project invoices.
     */
    invoicetotal?: AmountOrAuto | null;
    /**
     * Project manager: a contact id or `me`.
     */
    managerid?: ContactIdOrMe | null;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string | null;
    /**
     * Priority number.
     */
    priority?: number | null;
    /**
     * Notes only staff can read.
     */
    privatenotes?: string | null;
    /**
     * Quoted value, or `auto` to use the sum of the project quotes.
     */
    quotetotal?: AmountOrAuto | null;
    /**
     * Staff to assign: contact ids or `me`.
     */
    staff?: IdListOrMe | null;
    /**
     * Start date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    startdate?: DateFilter | null;
    /**
     * Project tag ids (/settings/projects/tags), comma-separated.
     */
    tagid?: IdList | null;
    /**
     * Project template id (/settings/projects/templates, Advanced plan); values sent override the template's.
     */
    templateid?: number | null;
    /**
     * Allocated time in minutes.
     */
    timeallocated?: number | null;
};
/**
 * List envelope: the rows sit under `roles`.
 */
export type RoleList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    roles: Array<Role>;
};
/**
 * A note shared with everyone on a project (shape inferred, see the operations' x-evidence).
 */
export type SharedNote = {
    /**
     * Shared note id.
     */
    id: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * Text.
     */
    content?: string;
    /**
     * Project the note is shared on.
     */
    projectid?: number;
    /**
     * The project (id, number, title).
     */
    project?: {
        [key: string]: unknown;
    };
    /**
     * Contact who shared the note (id, name).
     */
    author?: {
        [key: string]: unknown;
    };
    date?: Timestamp;
    lastmodified?: Timestamp;
    [key: string]: unknown;
};
/**
 * Single-item envelope: the item sits under `sharednote`.
 */
export type SharedNoteEnvelope = {
    sharednote: SharedNote;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `sharednotes`.
 */
export type SharedNoteList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    sharednotes: Array<SharedNote>;
};
/**
 * Request body of sharedNotesCreate.
 */
export type SharedNotesCreateBody = {
    /**
     * Project to share the note on.
     */
    projectid: number;
    /**
     * Title.
     */
    title: string;
    /**
     * Text.
     */
    content?: string | null;
};
/**
 * Request body of projectSharedNotesCreate (the project is the one in the path).
 */
export type SharedNotesCreateInProjectBody = {
    /**
     * Title.
     */
    title: string;
    /**
     * Text.
     */
    content?: string | null;
};
/**
 * Request body of sharedNotesUpdate.
 */
export type SharedNotesUpdateBody = {
    /**
     * Title.
     */
    title?: string;
    /**
     * Text; an empty string clears it.
     */
    content?: string;
};
/**
 * Request body of contactRolesUpdate.
 */
export type ContactRolesUpdateBody = {
    /**
     * Role ids, comma-separated.
     */
    roleid: IdList;
    /**
     * `true` removes the listed ids; `false` (default) adds them.
     */
    remove?: boolean;
};
/**
 * Request body of contactTagsUpdate.
 */
export type ContactTagsUpdateBody = {
    /**
     * Tag ids, comma-separated.
     */
    tagid: IdList;
    /**
     * `true` removes the listed ids; `false` (default) adds them.
     */
    remove?: boolean;
};
/**
 * List envelope: the rows sit under `contacts`.
 */
export type ContactLocationList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    contacts: Array<ContactLocation>;
};
/**
 * Request body of contactsRequestAccess.
 */
export type ContactsRequestAccessBody = {
    /**
     * Company name.
     */
    companyname: string;
    /**
     * E-mail address.
     */
    email: string;
    /**
     * First name.
     */
    firstname: string;
    /**
     * Last name.
     */
    lastname: string;
    /**
     * Type.
     */
    type: 'staff' | 'client' | 'contractor';
};
/**
 * List envelope: the rows sit under `events`.
 */
export type EventList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    events: Array<Event>;
};
/**
 * Request body of eventsCreate.
 */
export type EventsCreateBody = {
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts: ContactIdList;
    /**
     * End, local time, or `now`.
     */
    endtime: DateTimeOrNow;
    /**
     * Start, local time, or `now`.
     */
    starttime: DateTimeOrNow;
    /**
     * Title.
     */
    title: string;
    /**
     * Description.
     */
    description?: string | null;
};
/**
 * Single-item envelope: the item sits under `event`.
 */
export type EventEnvelope = {
    event: Event;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of eventsUpdate.
 */
export type EventsUpdateBody = {
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts?: ContactIdList;
    /**
     * Description.
     */
    description?: string;
    /**
     * End, local time, or `now`.
     */
    endtime?: DateTimeOrNow;
    /**
     * Start, local time, or `now`.
     */
    starttime?: DateTimeOrNow;
    /**
     * Title.
     */
    title?: string;
};
/**
 * List envelope: the rows sit under `expenses`.
 */
export type ExpenseList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    expenses: Array<Expense>;
};
/**
 * Request body of expensesCreate.
 */
export type ExpensesCreateBody = {
    /**
     * Cost amount.
     */
    cost: number;
    /**
     * Name.
     */
    name: string;
    /**
     * Project id.
     */
    projectid: number;
    /**
     * Date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    date?: DateFilter | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Whether the expense was invoiced.
     */
    invoiced?: boolean | null;
    /**
     * Whether tax applies.
     */
    taxable?: boolean | null;
};
/**
 * Single-item envelope: the item sits under `expense`.
 */
export type ExpenseEnvelope = {
    expense: Expense;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of expensesUpdate.
 */
export type ExpensesUpdateBody = {
    /**
     * Cost amount.
     */
    cost?: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    date?: DateFilter;
    /**
     * Description.
     */
    description?: string;
    /**
     * Whether the expense was invoiced.
     */
    invoiced?: boolean;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
};
/**
 * List envelope: the rows sit under `files`.
 */
export type FileList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    files: Array<File>;
};
export type FilesCreateBody = unknown & {
    /**
     * The file's bytes, base64-encoded (standard alphabet, padded).
     */
    content: string;
    /**
     * Folder id.
     */
    folderid?: number;
    /**
     * Name.
     */
    name: string;
    /**
     * Project id.
     */
    projectid?: number;
    /**
     * Task id.
     */
    taskid?: number;
};
/**
 * Single-item envelope: the item sits under `file`.
 */
export type FileEnvelope = {
    file: File;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `folders`.
 */
export type FolderList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    folders: Array<Folder>;
};
/**
 * Request body of foldersCreate.
 */
export type FoldersCreateBody = {
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts: ContactIdList;
    /**
     * Name.
     */
    name: string;
    /**
     * Project id.
     */
    projectid: number;
};
/**
 * Single-item envelope: the item sits under `folder`.
 */
export type FolderEnvelope = {
    folder: Folder;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of invoicesCreate.
 */
export type InvoicesCreateBody = {
    /**
     * companyid.
     */
    companyid?: number | null;
    /**
     * Contact id.
     */
    contactid: number;
    /**
     * Invoice lines.
     */
    lines: Array<InvoiceLineInput>;
    /**
     * Project id.
     */
    projectid?: number | null;
    /**
     * Title.
     */
    title?: string | null;
    /**
     * First address line.
     */
    address1?: string | null;
    /**
     * Second address line.
     */
    address2?: string | null;
    /**
     * Third address line.
     */
    address3?: string | null;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * City.
     */
    city?: string | null;
    /**
     * Company name.
     */
    companyname?: string | null;
    /**
     * Contact name printed on the invoice.
     */
    contactname?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Label of the discount line.
     */
    discountdescription?: string | null;
    /**
     * Discount: an amount or a percentage such as `10%`.
     */
    discountvalue?: DiscountValue | null;
    /**
     * Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    duedate?: DateFilter | null;
    /**
     * Invoice date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    invoiceddate?: DateFilter | null;
    /**
     * Also flag the project as invoiced.
     */
    markprojectasinvoiced?: boolean | null;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string | null;
    /**
     * Show the cost breakdown on the invoice.
     */
    showcostbreakdown?: boolean | null;
    /**
     * State or region.
     */
    state?: string | null;
    /**
     * Whether tax applies.
     */
    taxable?: boolean | null;
    /**
     * Tax rate in percent.
     */
    taxrate?: number | null;
    /**
     * Payment terms text.
     */
    terms?: string | null;
    /**
     * Postal code.
     */
    zipcode?: string | null;
};
/**
 * Single-item envelope: the item sits under `invoice`.
 */
export type InvoiceEnvelope = {
    invoice: Invoice;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of invoicesUpdate.
 */
export type InvoicesUpdateBody = {
    /**
     * First address line.
     */
    address1?: string;
    /**
     * Second address line.
     */
    address2?: string;
    /**
     * Third address line.
     */
    address3?: string;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue>;
    /**
     * City.
     */
    city?: string;
    /**
     * Company name.
     */
    companyname?: string;
    /**
     * Contact name printed on the invoice.
     */
    contactname?: string;
    /**
     * Country.
     */
    country?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Label of the discount line.
     */
    discountdescription?: string;
    /**
     * Discount: an amount or a percentage such as `10%`.
     */
    discountvalue?: DiscountValue;
    /**
     * Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    duedate?: DateFilter;
    /**
     * Invoice date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    invoiceddate?: DateFilter;
    /**
     * Invoice lines.
     */
    lines?: Array<InvoiceLineInput>;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string;
    /**
     * Date paid; the caller's current date if left out. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    paiddate?: DateFilter;
    /**
     * Project id.
     */
    projectid?: number;
    /**
     * Show the cost breakdown on the invoice.
     */
    showcostbreakdown?: boolean;
    /**
     * State or region.
     */
    state?: string;
    /**
     * Payment status.
     */
    status?: 'unpaid' | 'paid';
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    /**
     * Tax rate in percent.
     */
    taxrate?: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * Postal code.
     */
    zipcode?: string;
};
/**
 * List envelope: the rows sit under `lines`.
 */
export type InvoiceLineList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    lines: Array<InvoiceLine>;
};
/**
 * Request body of invoiceLinesCreate.
 */
export type InvoiceLinesCreateBody = unknown & {
    /**
     * Type; what else a line needs depends on it: `heading` a `name`; `lineitem` a `name` or a `description`, a `quantity` and a `rate`; `expense` a `name`, a `quantity` and a `rate`; `taskrate` and `staffrate` a `name`, a `time` (minutes) and a `rate` (per hour).
     */
    type: 'heading' | 'lineitem' | 'staffrate' | 'taskrate' | 'expense';
    /**
     * Description.
     */
    description?: string;
    /**
     * Position of the line.
     */
    displayorder?: DisplayOrder | null;
    /**
     * Name.
     */
    name?: string;
    /**
     * Quantity (line items and expenses).
     */
    quantity?: number;
    /**
     * Rate; per hour for time lines.
     */
    rate?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean | null;
    /**
     * Minutes (task and staff rate lines).
     */
    time?: number;
};
/**
 * Several items created in one call; the answer lists one id per item, in order.
 */
export type InvoiceLinesCreateBodyList = Array<InvoiceLinesCreateBody>;
/**
 * Single-item envelope: the item sits under `line`.
 */
export type InvoiceLineEnvelope = {
    line: InvoiceLine;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of invoiceLinesUpdate.
 */
export type InvoiceLinesUpdateBody = {
    /**
     * Description.
     */
    description?: string;
    /**
     * Position of the line.
     */
    displayorder?: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Quantity (line items and expenses).
     */
    quantity?: number;
    /**
     * Rate; per hour for time lines.
     */
    rate?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    /**
     * Minutes (task and staff rate lines).
     */
    time?: number;
};
/**
 * Request body of invoicesMarkAsPaid.
 */
export type InvoicesMarkAsPaidBody = {
    /**
     * Date paid; the caller's current date if left out. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    paiddate?: DateFilter;
};
/**
 * Request body of invoicesMarkAsUnpaid.
 */
export type InvoicesMarkAsUnpaidBody = {
    [key: string]: never;
};
/**
 * Request body of meUpdate.
 */
export type MeUpdateBody = {
    /**
     * First address line.
     */
    address1?: string;
    /**
     * Second address line.
     */
    address2?: string;
    /**
     * Third address line.
     */
    address3?: string;
    /**
     * City.
     */
    city?: string;
    /**
     * Country.
     */
    country?: string;
    /**
     * E-mail address.
     */
    email?: string;
    /**
     * First name.
     */
    firstname?: string;
    /**
     * Last name.
     */
    lastname?: string;
    /**
     * Mobile phone number.
     */
    mobilephone?: string;
    /**
     * Login password.
     */
    password?: string;
    /**
     * State or region.
     */
    state?: string;
    /**
     * Title.
     */
    title?: string;
    /**
     * Login name.
     */
    username?: string;
    /**
     * Work phone number.
     */
    workphone?: string;
    /**
     * Postal code.
     */
    zipcode?: string;
};
/**
 * List envelope: the rows sit under `messages`.
 */
export type MessageList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    messages: Array<Message>;
};
export type MessagesCreateBody = unknown & {
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts?: ContactIdList;
    /**
     * Text content.
     */
    content: string;
    /**
     * Message id of the discussion to reply to.
     */
    originalmessageid?: number;
    /**
     * Project id.
     */
    projectid?: number;
    /**
     * Task id.
     */
    taskid?: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * Ids of already uploaded files to attach, comma-separated.
     */
    files?: IdList | null;
    /**
     * Send e-mail notifications.
     */
    notifications?: boolean | null;
    /**
     * Make the discussion public (`true`) or private.
     */
    public?: boolean | null;
    /**
     * Alternative name for `files` used by the vendor's sample and call text.
     */
    fileid?: IdList | null;
};
/**
 * Single-item envelope: the item sits under `message`.
 */
export type MessageEnvelope = {
    message: Message;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of messagesUpdate.
 */
export type MessagesUpdateBody = {
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts?: ContactIdList;
    /**
     * Send e-mail notifications.
     */
    notifications?: boolean;
    /**
     * Make the discussion public (`true`) or private.
     */
    public?: boolean;
};
/**
 * Request body of notesCreate.
 */
export type NotesCreateBody = {
    /**
     * Category id.
     */
    categoryid: number;
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts: ContactIdList;
    /**
     * Text content.
     */
    content: string;
    /**
     * Title.
     */
    title: string;
};
/**
 * Request body of notesUpdate.
 */
export type NotesUpdateBody = {
    /**
     * Category id.
     */
    categoryid?: number;
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts?: ContactIdList;
    /**
     * Text content.
     */
    content?: string;
    /**
     * Title.
     */
    title?: string;
};
/**
 * List envelope: the rows sit under `projectrequests`.
 */
export type ProjectRequestList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    projectrequests: Array<ProjectRequest>;
};
/**
 * Request body of projectRequestsApprove.
 */
export type ProjectRequestsApproveBody = {
    /**
     * Autonumbering scheme for the project number (settings).
     */
    autonumberid?: number;
    /**
     * Give the requesting client access to the new project.
     */
    clientaccess?: boolean;
    /**
     * Send the usual new-project e-mail alerts.
     */
    emailalerts?: boolean;
    /**
     * Project number, or `auto` for the next number.
     */
    number?: string;
};
/**
 * Request body of projectRequestsCreate.
 */
export type ProjectRequestsCreateBody = {
    /**
     * Title.
     */
    title: string;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * Budget amount.
     */
    budget?: number | null;
    /**
     * Contact id.
     */
    contactid?: number | null;
    /**
     * Project custom field values as `{id, value}` objects (Advanced plan).
     */
    customfields?: Array<FieldValue> | null;
    /**
     * Custom form content.
     */
    customformcontent?: string | null;
    /**
     * Custom form title.
     */
    customformtitle?: string | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Division to submit to (Advanced plan).
     */
    divisionid?: number | null;
    /**
     * Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    duedate?: DateFilter | null;
    /**
     * Group ids, comma-separated.
     */
    groupid?: number | null;
    /**
     * Start date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    startdate?: DateFilter | null;
    /**
     * Project template id (Advanced plan); values sent override the template.
     */
    templateid?: number | null;
};
/**
 * Request body of projectRequestsDecline.
 */
export type ProjectRequestsDeclineBody = {
    [key: string]: never;
};
/**
 * Request body of projectRequestsUpdate.
 */
export type ProjectRequestsUpdateBody = {
    /**
     * Title (cannot be emptied).
     */
    title?: string;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue>;
    /**
     * Budget amount.
     */
    budget?: number;
    /**
     * Project custom field values as `{id, value}` objects (Advanced plan).
     */
    customfields?: Array<FieldValue>;
    /**
     * Description.
     */
    description?: string;
    /**
     * Due date (absolute or relative); an empty string clears it.
     */
    duedate?: DateFilter | '';
    /**
     * Start date (absolute or relative); an empty string clears it.
     */
    startdate?: DateFilter | '';
};
/**
 * Single-item envelope: the item sits under `project`.
 */
export type ProjectEnvelope = {
    project: Project;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
export type ProjectsCreateBody = unknown & {
    /**
     * Title.
     */
    title: string;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * Autonumbering scheme id (/settings/projects/autonumbering) for an `auto` number; the default scheme when left out.
     */
    autonumberid?: number | null;
    /**
     * Project category id (/settings/projects/categories).
     */
    categoryid?: number | null;
    /**
     * Whether clients may see the project.
     */
    clientaccess?: boolean | null;
    /**
     * Client contacts to assign (ids).
     */
    clients?: IdList | null;
    /**
     * Client company the project is for (external projects).
     */
    companyid?: number;
    /**
     * Completion date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    completedate?: DateFilter | null;
    /**
     * Contractor contacts to assign (ids).
     */
    contractors?: IdList | null;
    /**
     * Project custom field values as `{id, value}` objects (ids from /settings/projects/customfields, Advanced plan).
     */
    customfields?: Array<FieldValue> | null;
    /**
     * Custom form content.
     */
    customformcontent?: string | null;
    /**
     * Custom form title.
     */
    customformtitle?: string | null;
    /**
     * Custom status id (/settings/projects/customstatuses, Advanced plan).
     */
    customstatusid?: number | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    duedate?: DateFilter | null;
    /**
     * Send e-mail alerts about the new project.
     */
    emailalerts?: boolean | null;
    /**
     * Group ids, comma-separated.
     */
    groupid?: number | null;
    /**
     * Staff contact the project is for (internal projects, Advanced plan).
     */
    internalclientcontactid?: number;
    /**
     * Group of the internal client, when that contact is in several groups.
     */
    internalclientgroupid?: number | null;
    /**
     * Invoiced value, or `auto` to use the sum of the project invoices.
     */
    invoicetotal?: AmountOrAuto | null;
    /**
     * Project manager: a contact id or `me`.
     */
    managerid?: ContactIdOrMe | null;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string | null;
    /**
     * Priority number.
     */
    priority?: number | null;
    /**
     * Notes only staff can read.
     */
    privatenotes?: string | null;
    /**
     * Purchase order number.
     */
    purchaseordernumber?: string | null;
    /**
     * Quoted value, or `auto` to use the sum of the project quotes.
     */
    quotetotal?: AmountOrAuto | null;
    /**
     * Staff to assign: contact ids or `me`.
     */
    staff?: IdListOrMe | null;
    /**
     * Start date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    startdate?: DateFilter | null;
    /**
     * Project tag ids (/settings/projects/tags), comma-separated.
     */
    tagid?: IdList | null;
    /**
     * Project template id (/settings/projects/templates, Advanced plan); values sent override the template's.
     */
    templateid?: number | null;
    /**
     * Allocated time in minutes.
     */
    timeallocated?: number | null;
};
/**
 * Request body of projectsUpdate. Every property is optional; an empty string clears a text or date.
 */
export type ProjectsUpdateBody = {
    /**
     * Marked as accounted for.
     */
    accountedfor?: boolean;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue>;
    /**
     * Project category id (/settings/projects/categories).
     */
    categoryid?: number;
    /**
     * Whether clients may see the project.
     */
    clientaccess?: boolean;
    /**
     * Client contacts to assign (ids).
     */
    clients?: IdList;
    /**
     * Client company the project is for (external projects).
     */
    companyid?: number;
    /**
     * Completion date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`. An empty string clears it.
     */
    completedate?: DateFilter | '';
    /**
     * Contractor contacts to assign (ids).
     */
    contractors?: IdList;
    /**
     * Project custom field values as `{id, value}` objects (ids from /settings/projects/customfields, Advanced plan).
     */
    customfields?: Array<FieldValue>;
    /**
     * Custom form content.
     */
    customformcontent?: string;
    /**
     * Custom form title.
     */
    customformtitle?: string;
    /**
     * Custom status id (/settings/projects/customstatuses, Advanced plan).
     */
    customstatusid?: number;
    /**
     * Description.
     */
    description?: string;
    /**
     * Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`. An empty string clears it.
     */
    duedate?: DateFilter | '';
    /**
     * Send e-mail alerts about the new project.
     */
    emailalerts?: boolean;
    /**
     * Group ids, comma-separated.
     */
    groupid?: number;
    /**
     * Staff contact the project is for (internal projects, Advanced plan).
     */
    internalclientcontactid?: number;
    /**
     * Marked as invoiced.
     */
    invoiced?: boolean;
    /**
     * Invoiced value, or `auto` to use the sum of the project invoices.
     */
    invoicetotal?: AmountOrAuto;
    /**
     * Project manager: a contact id or `me`.
     */
    managerid?: ContactIdOrMe;
    /**
     * Number.
     */
    number?: string;
    /**
     * Marked as paid.
     */
    paid?: boolean;
    /**
     * Priority number.
     */
    priority?: number;
    /**
     * Notes only staff can read.
     */
    privatenotes?: string;
    /**
     * Purchase order number.
     */
    purchaseordernumber?: string;
    /**
     * Quoted value, or `auto` to use the sum of the project quotes.
     */
    quotetotal?: AmountOrAuto;
    /**
     * Staff to assign: contact ids or `me`.
     */
    staff?: IdListOrMe;
    /**
     * Start date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`. An empty string clears it.
     */
    startdate?: DateFilter | '';
    /**
     * Project tag ids (/settings/projects/tags), comma-separated; the project carries these tags and no others (an empty string takes every tag off).
     */
    tagid?: IdList;
    /**
     * Allocated time in minutes.
     */
    timeallocated?: number;
    /**
     * Title (cannot be cleared).
     */
    title?: string;
};
/**
 * Whether one contact can access one project.
 */
export type ProjectAccess = {
    /**
     * Project id.
     */
    projectid: number;
    /**
     * Contact id.
     */
    contactid: number;
    /**
     * Whether the contact can open the project.
     */
    access: boolean;
    [key: string]: unknown;
};
/**
 * Single-item envelope: the answer sits under `access`.
 */
export type ProjectAccessEnvelope = {
    access: ProjectAccess;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of projectsAdjustDates.
 */
export type ProjectsAdjustDatesBody = {
    /**
     * Shift: a sign, a count and a unit (`d`, `w`, `m`, `y`), e.g. `+1w` (a week later) or `-3d` (three days earlier).
     */
    adjustment: string;
    /**
     * Which of the project's own dates move; none when left out.
     */
    dates?: 'all' | 'start' | 'due';
    /**
     * Which tasks of the project have their dates moved; none when left out.
     */
    tasks?: 'all' | 'active' | 'complete';
    /**
     * Which dates of those tasks move.
     */
    taskdates?: 'all' | 'start' | 'due';
};
/**
 * A link bookmarked in a project (property names inferred).
 */
export type Bookmark = {
    /**
     * Bookmark id.
     */
    id: number;
    /**
     * Title.
     */
    title?: string;
    /**
     * The bookmarked address.
     */
    url?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Project id.
     */
    projectid?: number;
    date?: Timestamp;
    lastmodified?: Timestamp;
    [key: string]: unknown;
};
/**
 * List envelope: the rows sit under `bookmarks`.
 */
export type BookmarkList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    bookmarks: Array<Bookmark>;
};
/**
 * Single-item envelope: the item sits under `bookmark`.
 */
export type BookmarkEnvelope = {
    bookmark: Bookmark;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of projectBookmarksCreate.
 */
export type ProjectBookmarksCreateBody = {
    /**
     * Title.
     */
    title: string;
    /**
     * The address to bookmark.
     */
    url: string;
    /**
     * Description.
     */
    description?: string | null;
};
/**
 * Request body of projectBookmarksUpdate.
 */
export type ProjectBookmarksUpdateBody = {
    /**
     * Title (cannot be cleared).
     */
    title?: string;
    /**
     * The address (cannot be cleared).
     */
    url?: string;
    /**
     * Description; an empty string clears it.
     */
    description?: string;
};
/**
 * Request body of projectsComplete.
 */
export type ProjectsCompleteBody = {
    /**
     * Completion date for the project and its active tasks; today if left out. An absolute `yyyy-mm-dd` date or a relative one such as `+0d`.
     */
    completedate?: DateFilter;
};
export type ProjectContactsUpdateBody = unknown & {
    /**
     * Staff contacts: ids separated by commas, or `me`.
     */
    staff?: IdListOrMe;
    /**
     * Client contacts: ids separated by commas.
     */
    clients?: IdList;
    /**
     * Contractor contacts: ids separated by commas.
     */
    contractors?: IdList;
    /**
     * Take the contacts off the project instead of adding them.
     */
    remove?: boolean;
};
/**
 * Request body of projectExpensesCreate (that of expensesCreate without `projectid`).
 */
export type ProjectExpensesCreateBody = {
    /**
     * Cost amount.
     */
    cost: number;
    /**
     * Name.
     */
    name: string;
    /**
     * Date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    date?: DateFilter | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Whether the expense was invoiced.
     */
    invoiced?: boolean | null;
    /**
     * Whether tax applies.
     */
    taxable?: boolean | null;
};
/**
 * Request body of projectFilesCreate (that of filesCreate, the project fixed by the path).
 */
export type ProjectFilesCreateBody = {
    /**
     * The file's bytes, base64-encoded (standard alphabet, padded).
     */
    content: string;
    /**
     * Name.
     */
    name: string;
};
/**
 * Request body of projectInvoicesCreate (that of invoicesCreate without `projectid`).
 */
export type ProjectInvoicesCreateBody = {
    /**
     * companyid.
     */
    companyid?: number | null;
    /**
     * Contact id.
     */
    contactid: number;
    /**
     * Invoice lines.
     */
    lines: Array<InvoiceLineInput>;
    /**
     * Title.
     */
    title?: string | null;
    /**
     * First address line.
     */
    address1?: string | null;
    /**
     * Second address line.
     */
    address2?: string | null;
    /**
     * Third address line.
     */
    address3?: string | null;
    /**
     * API field values as `{id, value}` objects.
     */
    apifields?: Array<FieldValue> | null;
    /**
     * City.
     */
    city?: string | null;
    /**
     * Company name.
     */
    companyname?: string | null;
    /**
     * Contact name printed on the invoice.
     */
    contactname?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Label of the discount line.
     */
    discountdescription?: string | null;
    /**
     * Discount: an amount or a percentage such as `10%`.
     */
    discountvalue?: DiscountValue | null;
    /**
     * Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    duedate?: DateFilter | null;
    /**
     * Invoice date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
     */
    invoiceddate?: DateFilter | null;
    /**
     * Also flag the project as invoiced.
     */
    markprojectasinvoiced?: boolean | null;
    /**
     * Number, or `auto` for the next number of the autonumbering scheme.
     */
    number?: string | null;
    /**
     * Show the cost breakdown on the invoice.
     */
    showcostbreakdown?: boolean | null;
    /**
     * State or region.
     */
    state?: string | null;
    /**
     * Whether tax applies.
     */
    taxable?: boolean | null;
    /**
     * Tax rate in percent.
     */
    taxrate?: number | null;
    /**
     * Payment terms text.
     */
    terms?: string | null;
    /**
     * Postal code.
     */
    zipcode?: string | null;
};
export type ProjectMessagesCreateBody = unknown & {
    /**
     * Contacts: ids separated by commas, `me` or `all` (a comma string, never a JSON array).
     */
    contacts?: ContactIdList;
    /**
     * Text content.
     */
    content: string;
    /**
     * Message id of the discussion to reply to.
     */
    originalmessageid?: number;
    /**
     * Task id.
     */
    taskid?: number | null;
    /**
     * Title.
     */
    title?: string;
    /**
     * Ids of already uploaded files to attach, comma-separated.
     */
    files?: IdList | null;
    /**
     * Send e-mail notifications.
     */
    notifications?: boolean | null;
    /**
     * Make the discussion public (`true`) or private.
     */
    public?: boolean | null;
    /**
     * Alternative name for `files` used by the vendor's sample and call text.
     */
    fileid?: IdList | null;
};
/**
 * Request body of projectsReactivate.
 */
export type ProjectsReactivateBody = {
    [key: string]: never;
};
/**
 * The options of one project (only the options named by public sources are listed).
 */
export type ProjectSettings = {
    /**
     * Project id.
     */
    id: number;
    /**
     * Whether the project's clients can see it.
     */
    clientaccess?: boolean;
    /**
     * Whether e-mail alerts go out about the project.
     */
    emailalerts?: boolean;
    [key: string]: unknown;
};
/**
 * Single-item envelope: the options sit under `settings`.
 */
export type ProjectSettingsEnvelope = {
    settings: ProjectSettings;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of projectSettingsUpdate.
 */
export type ProjectSettingsUpdateBody = {
    /**
     * Whether the project's clients can see it.
     */
    clientaccess?: boolean;
    /**
     * Whether e-mail alerts go out about the project.
     */
    emailalerts?: boolean;
};
/**
 * The account's general settings (properties inferred).
 */
export type AccountSettings = {
    /**
     * Account (business) name.
     */
    name: string;
    /**
     * The account's web address.
     */
    accounturl?: string;
    /**
     * ISO 4217 code of the account's currency.
     */
    currency?: string;
    /**
     * IANA time zone the account's times are in.
     */
    timezone?: string;
    /**
     * How the web application writes dates.
     */
    dateformat?: string;
    /**
     * First day of the week.
     */
    weekstart?: 'monday' | 'sunday';
    [key: string]: unknown;
};
/**
 * The account's staff licences (properties inferred).
 */
export type AccountLicense = {
    /**
     * Staff licences of the account.
     */
    stafflicenses: number;
    /**
     * Staff contacts who may log in.
     */
    staffused?: number;
    /**
     * Licences not in use.
     */
    stafffree?: number;
    [key: string]: unknown;
};
/**
 * The account's branding (properties inferred).
 */
export type LookAndFeel = {
    /**
     * Account name shown on the login page.
     */
    name?: string;
    /**
     * Address of the account's logo (empty when none).
     */
    logo?: string;
    /**
     * Header colour (hex).
     */
    headercolor?: string;
    /**
     * Header text colour (hex).
     */
    textcolor?: string;
    [key: string]: unknown;
};
/**
 * The account's plan (properties besides `plan` inferred).
 */
export type AccountPlan = {
    /**
     * Plan name: `Solo`, `Professional` or `Advanced`.
     */
    plan: string;
    /**
     * How the plan is billed.
     */
    billingcycle?: 'monthly' | 'annual';
    [key: string]: unknown;
};
/**
 * An API-only custom field of one item type.
 */
export type ApiField = {
    /**
     * Field id.
     */
    id: number;
    /**
     * Field name, unique within its type.
     */
    name?: string;
    /**
     * The item type the field belongs to.
     */
    type?: 'company' | 'contact' | 'invoice' | 'project' | 'quote' | 'task' | 'time';
    /**
     * Whether only staff see the field's values.
     */
    private?: boolean;
    [key: string]: unknown;
};
/**
 * A category general notes are filed under.
 */
export type SettingsNoteCategory = {
    /**
     * Category id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * The account's project settings (properties inferred).
 */
export type AccountProjectSettings = {
    /**
     * Whether a new project lets its clients see it, unless the project says otherwise.
     */
    clientaccess: boolean;
    /**
     * Whether a new project sends e-mail alerts, unless the project says otherwise.
     */
    emailalerts: boolean;
    [key: string]: unknown;
};
/**
 * A scheme for numbering new projects (properties inferred).
 */
export type ProjectAutonumbering = {
    /**
     * Scheme id (a project write's `autonumberid`).
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Text before the digits (may be empty).
     */
    prefix?: string;
    /**
     * The number the next project numbered by this scheme gets.
     */
    nextnumber?: string;
    /**
     * Whether projects sent without `autonumberid` use it.
     */
    default?: boolean;
    [key: string]: unknown;
};
/**
 * A category projects are filed under.
 */
export type ProjectCategory = {
    /**
     * Category id.
     */
    id: number;
    /**
     * Name, unique among project categories.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * A project custom field (Advanced plan; properties besides id and name unknown).
 */
export type ProjectCustomField = {
    /**
     * Custom field id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * A custom project status (Advanced plan).
 */
export type ProjectCustomStatus = {
    /**
     * Custom status id.
     */
    id: number;
    /**
     * Name, unique among custom statuses.
     */
    name?: string;
    /**
     * Colour, hex RGB such as `00FF00`.
     */
    color?: string;
    [key: string]: unknown;
};
/**
 * A tag projects can carry.
 */
export type ProjectTag = {
    /**
     * Tag id.
     */
    id: number;
    /**
     * Name, unique among project tags.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * A project template (properties besides id and name inferred).
 */
export type ProjectTemplate = {
    /**
     * Template id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Description a project made from the template starts with.
     */
    description?: string;
    /**
     * Project category a project made from the template is filed under; absent when none.
     */
    categoryid?: number;
    /**
     * Name of that category.
     */
    categoryname?: string;
    [key: string]: unknown;
};
/**
 * A ready-made priced item for quote and invoice lines (properties inferred).
 */
export type FixedCostItem = {
    /**
     * Item id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Description.
     */
    description?: string;
    /**
     * Price of one unit.
     */
    rate?: number;
    /**
     * Whether tax applies.
     */
    taxable?: boolean;
    [key: string]: unknown;
};
/**
 * An hourly rate for one service (properties inferred).
 */
export type ServiceRate = {
    /**
     * Rate id.
     */
    id: number;
    /**
     * The service (kind of work).
     */
    name?: string;
    /**
     * Price per hour.
     */
    rate?: number;
    [key: string]: unknown;
};
/**
 * The hourly rate of one staff contact (properties inferred).
 */
export type StaffRate = {
    /**
     * Rate id.
     */
    id: number;
    /**
     * The staff contact.
     */
    contactid?: number;
    /**
     * The staff contact's name.
     */
    name?: string;
    /**
     * Price per hour.
     */
    rate?: number;
    [key: string]: unknown;
};
/**
 * How items numbered `auto` are numbered (properties inferred).
 */
export type AutonumberingScheme = {
    /**
     * Scheme id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    /**
     * Text before the counter (`INV-`).
     */
    prefix?: string;
    /**
     * Minimum digits of the counter, zero-padded (4 gives `0004`).
     */
    digits?: number;
    /**
     * The counter value the next item numbered `auto` gets.
     */
    nextnumber?: number;
    [key: string]: unknown;
};
/**
 * A layout invoices or quotes are written and sent with (properties inferred).
 */
export type BillingTemplate = {
    /**
     * Template id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * The defaults new quotes take (properties inferred).
 */
export type QuoteSettings = {
    /**
     * What a new quote is unless its create call says.
     */
    type?: 'quote' | 'estimate';
    /**
     * Whether a new quote is taxable unless its create call says.
     */
    taxable?: boolean;
    /**
     * Tax rate (percent) of a new quote unless its create call says.
     */
    taxrate?: number;
    [key: string]: unknown;
};
/**
 * Single-item envelope: the AccountSettings sits under `settings`, as on every account settings call.
 */
export type AccountSettingsEnvelope = {
    settings: AccountSettings;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Single-item envelope: the AccountLicense sits under `settings`, as on every account settings call.
 */
export type AccountLicenseEnvelope = {
    settings: AccountLicense;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Single-item envelope: the LookAndFeel sits under `settings`, as on every account settings call.
 */
export type LookAndFeelEnvelope = {
    settings: LookAndFeel;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Single-item envelope: the AccountPlan sits under `settings`, as on every account settings call.
 */
export type AccountPlanEnvelope = {
    settings: AccountPlan;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `apifields`.
 */
export type ApiFieldList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    apifields: Array<ApiField>;
};
/**
 * Single-item envelope: the item sits under `apifield`.
 */
export type ApiFieldEnvelope = {
    apifield: ApiField;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `categories`.
 */
export type SettingsNoteCategoryList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    categories: Array<SettingsNoteCategory>;
};
/**
 * Single-item envelope: the item sits under `category`.
 */
export type SettingsNoteCategoryEnvelope = {
    category: SettingsNoteCategory;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Single-item envelope: the AccountProjectSettings sits under `settings`, as on every account settings call.
 */
export type AccountProjectSettingsEnvelope = {
    settings: AccountProjectSettings;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `autonumbering`.
 */
export type ProjectAutonumberingList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    autonumbering: Array<ProjectAutonumbering>;
};
/**
 * List envelope: the rows sit under `categories`.
 */
export type ProjectCategoryList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    categories: Array<ProjectCategory>;
};
/**
 * Single-item envelope: the item sits under `category`.
 */
export type ProjectCategoryEnvelope = {
    category: ProjectCategory;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `customfields`.
 */
export type ProjectCustomFieldList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    customfields: Array<ProjectCustomField>;
};
/**
 * List envelope: the rows sit under `customstatuses`.
 */
export type ProjectCustomStatusList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    customstatuses: Array<ProjectCustomStatus>;
};
/**
 * Single-item envelope: the item sits under `customstatus`.
 */
export type ProjectCustomStatusEnvelope = {
    customstatus: ProjectCustomStatus;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `tags`.
 */
export type ProjectTagList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    tags: Array<ProjectTag>;
};
/**
 * Single-item envelope: the item sits under `tag`.
 */
export type ProjectTagEnvelope = {
    tag: ProjectTag;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `templates`.
 */
export type ProjectTemplateList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    templates: Array<ProjectTemplate>;
};
/**
 * Single-item envelope: the item sits under `template`.
 */
export type ProjectTemplateEnvelope = {
    template: ProjectTemplate;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `fixedcostitems`.
 */
export type FixedCostItemList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    fixedcostitems: Array<FixedCostItem>;
};
/**
 * List envelope: the rows sit under `servicerates`.
 */
export type ServiceRateList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    servicerates: Array<ServiceRate>;
};
/**
 * List envelope: the rows sit under `staffrates`.
 */
export type StaffRateList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    staffrates: Array<StaffRate>;
};
/**
 * Single-item envelope: the QuoteSettings sits under `settings`, as on every account settings call.
 */
export type QuoteSettingsEnvelope = {
    settings: QuoteSettings;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `autonumbering`.
 */
export type AutonumberingList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    autonumbering: Array<AutonumberingScheme>;
};
/**
 * List envelope: the rows sit under `hourlyrates`.
 */
export type HourlyRateList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    hourlyrates: Array<ServiceRate>;
};
/**
 * List envelope: the rows sit under `templates`.
 */
export type BillingTemplateList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    templates: Array<BillingTemplate>;
};
/**
 * Single-item envelope: the item sits under `template`.
 */
export type BillingTemplateEnvelope = {
    template: BillingTemplate;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of settingsApifieldsCreate.
 */
export type SettingsApifieldsCreateBody = {
    /**
     * Field name, unique within the type.
     */
    name: string;
    /**
     * Item type (cannot change later).
     */
    type: 'company' | 'contact' | 'invoice' | 'project' | 'quote' | 'task' | 'time';
    /**
     * Whether only staff see the values (default false).
     */
    private?: boolean | null;
};
/**
 * Request body of settingsApifieldsUpdate (`type` cannot change).
 */
export type SettingsApifieldsUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name?: string;
    /**
     * Whether only staff see the values.
     */
    private?: boolean;
};
/**
 * Request body of settingsNoteCategoriesCreate.
 */
export type SettingsNoteCategoriesCreateBody = {
    /**
     * Name, unique among note categories.
     */
    name: string;
};
/**
 * Request body of settingsNoteCategoriesUpdate.
 */
export type SettingsNoteCategoriesUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * Request body of settingsProjectCategoriesCreate.
 */
export type SettingsProjectCategoriesCreateBody = {
    /**
     * Name, unique among project categories.
     */
    name: string;
};
/**
 * Request body of settingsProjectCategoriesUpdate.
 */
export type SettingsProjectCategoriesUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * Request body of settingsProjectCustomStatusesCreate.
 */
export type SettingsProjectCustomStatusesCreateBody = {
    /**
     * Name, unique among custom statuses.
     */
    name: string;
    /**
     * Colour, hex RGB such as `3366FF`.
     */
    color: string;
};
/**
 * Request body of settingsProjectCustomStatusesUpdate.
 */
export type SettingsProjectCustomStatusesUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name?: string;
    /**
     * New colour, hex RGB.
     */
    color?: string;
};
/**
 * Request body of settingsProjectTagsCreate.
 */
export type SettingsProjectTagsCreateBody = {
    /**
     * Name, unique among project tags.
     */
    name: string;
};
/**
 * Request body of settingsProjectTagsUpdate.
 */
export type SettingsProjectTagsUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * Request body of settingsFixedCostItemsCreate.
 */
export type SettingsFixedCostItemsCreateBody = {
    /**
     * Name.
     */
    name: string;
    /**
     * Description.
     */
    description?: string | null;
    /**
     * Price of one unit (default 0).
     */
    rate?: number | null;
    /**
     * Whether tax applies (default true).
     */
    taxable?: boolean | null;
};
/**
 * A team of staff (Advanced plan): the top of the org chart, holding staff groups.
 */
export type Team = {
    /**
     * Team id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * A division of the account (Advanced plan), which companies and contacts belong to.
 */
export type Division = {
    /**
     * Division id.
     */
    id: number;
    /**
     * Name.
     */
    name?: string;
    [key: string]: unknown;
};
/**
 * List envelope: the rows sit under `divisions`.
 */
export type DivisionList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    divisions: Array<Division>;
};
/**
 * Single-item envelope: the item sits under `division`.
 */
export type DivisionEnvelope = {
    division: Division;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Single-item envelope: the item sits under `group`.
 */
export type GroupEnvelope = {
    group: Group;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Single-item envelope: the item sits under `role`.
 */
export type RoleEnvelope = {
    role: Role;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Single-item envelope: the item sits under `tag`.
 */
export type ContactTagEnvelope = {
    tag: Tag;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * List envelope: the rows sit under `teams`.
 */
export type TeamList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total (paging ignored).
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    teams: Array<Team>;
};
/**
 * Single-item envelope: the item sits under `team`.
 */
export type TeamEnvelope = {
    team: Team;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of settingsContactDivisionsUpdate.
 */
export type SettingsContactDivisionsUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * Request body of settingsContactGroupsCreate.
 */
export type SettingsContactGroupsCreateBody = {
    /**
     * Name, unique within its team.
     */
    name: string;
    /**
     * The team the group sits under.
     */
    teamid: number;
};
/**
 * Request body of settingsContactGroupsUpdate.
 */
export type SettingsContactGroupsUpdateBody = {
    /**
     * New name, unique within the group's team (cannot be cleared).
     */
    name?: string;
    /**
     * The team to move the group under.
     */
    teamid?: number;
};
/**
 * Request body of settingsContactTagsCreate.
 */
export type SettingsContactTagsCreateBody = {
    /**
     * Name, unique among tags.
     */
    name: string;
};
/**
 * Request body of settingsContactTagsUpdate.
 */
export type SettingsContactTagsUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * Request body of settingsContactTeamsCreate.
 */
export type SettingsContactTeamsCreateBody = {
    /**
     * Name, unique among teams.
     */
    name: string;
};
/**
 * Request body of settingsContactTeamsUpdate.
 */
export type SettingsContactTeamsUpdateBody = {
    /**
     * New name (cannot be cleared).
     */
    name: string;
};
/**
 * An event a webhook is sent for: `new*`, `edit*` and `delete*` of contacts, companies, files (no edit), invoices, messages, projects, project requests, quotes, shared notes, tasks and time records; `newpending*` (an access request files a pending contact and company); `editcontactlocation`; `complete*`/`reactivate*` of projects and tasks; `approve*`/`decline*` of project requests; `starttimer`/`stoptimer`.
 */
export type WebhookEvent = 'newcontact' | 'newpendingcontact' | 'editcontact' | 'editcontactlocation' | 'deletecontact' | 'newcompany' | 'newpendingcompany' | 'editcompany' | 'deletecompany' | 'newfile' | 'deletefile' | 'newinvoice' | 'editinvoice' | 'deleteinvoice' | 'newmessage' | 'editmessage' | 'deletemessage' | 'newproject' | 'editproject' | 'deleteproject' | 'completeproject' | 'reactivateproject' | 'newprojectrequest' | 'editprojectrequest' | 'deleteprojectrequest' | 'approveprojectrequest' | 'declineprojectrequest' | 'newquote' | 'editquote' | 'deletequote' | 'newsharednote' | 'editsharednote' | 'deletesharednote' | 'newtask' | 'edittask' | 'deletetask' | 'completetask' | 'reactivatetask' | 'newtime' | 'edittime' | 'deletetime' | 'starttimer' | 'stoptimer';
/**
 * The kind of item events are about: `newproject`, `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
 */
export type WebhookEventGroup = 'company' | 'contact' | 'file' | 'invoice' | 'message' | 'project' | 'projectrequest' | 'quote' | 'sharednote' | 'task' | 'time' | 'timer';
/**
 * One event subscription (`id`, `event`, `url` documented; the rest inferred).
 */
export type Webhook = {
    /**
     * Webhook id.
     */
    id: number;
    event: WebhookEvent;
    /**
     * Where the event is sent.
     */
    url: string;
    /**
     * The staff contact who added the webhook (e-mailed when it is removed).
     */
    contactid?: number;
    date?: Timestamp;
    lastmodified?: Timestamp;
    [key: string]: unknown;
};
/**
 * List envelope: the rows sit under `webhooks`.
 */
export type WebhookList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total.
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    webhooks: Array<Webhook>;
};
/**
 * Single-item envelope: the item sits under `webhook`.
 */
export type WebhookEnvelope = {
    webhook: Webhook;
    /**
     * Always 1.
     */
    count?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
};
/**
 * Request body of webhooksCreate.
 */
export type WebhooksCreateBody = {
    event: WebhookEvent;
    /**
     * The receiver's address (http or https).
     */
    url: string;
};
/**
 * Request body of webhooksUpdate: the address only (the event cannot change).
 */
export type WebhooksUpdateBody = {
    /**
     * The receiver's address (http or https).
     */
    url: string;
};
/**
 * One delivery of one event to one webhook (property names from a third party's reading of the vendor's page; types inferred).
 */
export type WebhookRequest = {
    /**
     * Delivery id.
     */
    requestid: number;
    /**
     * The webhook's id.
     */
    resthookid: number;
    event: WebhookEvent;
    /**
     * Id of the item the event is about.
     */
    dataid: number;
    /**
     * The API address of that item (empty for delete events).
     */
    dataurl?: string;
    /**
     * The receiver's address.
     */
    url: string;
    /**
     * HTTP status of the last attempt (`null` before the first answer, or when the receiver did not answer).
     */
    httpstatuscode?: number | null;
    /**
     * Attempts made.
     */
    tries: number;
    starttime: Timestamp;
    /**
     * When the receiver took it (empty while pending; a date-time in the account's local time, as `starttime`).
     */
    completetime?: string;
    /**
     * When it will be tried next (empty when complete; a date-time in the account's local time, as `starttime`).
     */
    nextruntime?: string;
    /**
     * Pending or complete.
     */
    status?: 'pending' | 'complete';
    [key: string]: unknown;
};
/**
 * List envelope: the deliveries sit under `requests`.
 */
export type WebhookRequestList = {
    /**
     * Rows in this answer.
     */
    count: number;
    /**
     * Rows matching the filters in total.
     */
    totalcount?: number;
    /**
     * Always `Success`.
     */
    status: 'Success';
    /**
     * The rows; always an array, even for one row.
     */
    requests: Array<WebhookRequest>;
};
/**
 * What a delete event POSTs: the id only, since there is nothing left to read.
 */
export type WebhookDeletedItemPayload = {
    /**
     * Id of the deleted item.
     */
    id: number;
};
/**
 * What an event about an item of `/companies` POSTs: its id and API address.
 */
export type CompanyEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../companies/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/contacts` POSTs: its id and API address.
 */
export type ContactEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../contacts/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/files` POSTs: its id and API address.
 */
export type FileEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../files/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/invoices` POSTs: its id and API address.
 */
export type InvoiceEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../invoices/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/messages` POSTs: its id and API address.
 */
export type MessageEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../messages/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/projectrequests` POSTs: its id and API address.
 */
export type ProjectRequestEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../projectrequests/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/projects` POSTs: its id and API address.
 */
export type ProjectEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../projects/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/quotes` POSTs: its id and API address.
 */
export type QuoteEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../quotes/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/sharednotes` POSTs: its id and API address.
 */
export type SharedNoteEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../sharednotes/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/tasks` POSTs: its id and API address.
 */
export type TaskEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../tasks/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * What an event about an item of `/time` POSTs: its id and API address.
 */
export type TimeRecordEventPayload = {
    /**
     * Id of the item.
     */
    id: number;
    /**
     * The API address to GET the item from (`.../time/<id>`).
     */
    url: string;
    [key: string]: unknown;
};
/**
 * Company id.
 */
export type PathCompanyid = number;
/**
 * Contact id.
 */
export type PathContactid = number;
/**
 * Note id.
 */
export type PathNoteid = number;
/**
 * Permission id, as listed by the settings/contacts/permissions call.
 */
export type PathPermissionid = number;
/**
 * Project request id.
 */
export type PathProjectrequestid = number;
/**
 * Quote id.
 */
export type PathQuoteid = number;
/**
 * Quote line id.
 */
export type PathQuotelineid = number;
/**
 * Shared note id.
 */
export type PathSharednoteid = number;
/**
 * Event id.
 */
export type PathEventid = number;
/**
 * Expense id.
 */
export type PathExpenseid = number;
/**
 * File id.
 */
export type PathFileid = number;
/**
 * Custom folder id.
 */
export type PathFolderid = number;
/**
 * Invoice id.
 */
export type PathInvoiceid = number;
/**
 * Invoice line id.
 */
export type PathLineid = number;
/**
 * Message id.
 */
export type PathMessageid = number;
/**
 * Project id.
 */
export type PathProjectid = number;
/**
 * Task id.
 */
export type PathTaskid = number;
/**
 * Task category id.
 */
export type PathTaskcategoryid = number;
/**
 * Task tag id.
 */
export type PathTasktagid = number;
/**
 * Task template id.
 */
export type PathTasktemplateid = number;
/**
 * Id of a task of the task template (not a task of `/tasks`).
 */
export type PathTasktemplatetaskid = number;
/**
 * Time record id.
 */
export type PathTimerecordid = number;
/**
 * Bookmark id.
 */
export type PathBookmarkid = number;
/**
 * API field id.
 */
export type PathFieldid = number;
/**
 * Note category id.
 */
export type PathNotecategoryid = number;
/**
 * Division id.
 */
export type PathDivisionid = number;
/**
 * Staff group id.
 */
export type PathGroupid = number;
/**
 * Role id.
 */
export type PathRoleid = number;
/**
 * Contact tag id.
 */
export type PathContacttagid = number;
/**
 * Team id.
 */
export type PathTeamid = number;
/**
 * Project category id.
 */
export type PathProjectcategoryid = number;
/**
 * Custom status id.
 */
export type PathCustomstatusid = number;
/**
 * Project tag id.
 */
export type PathProjecttagid = number;
/**
 * Project template id.
 */
export type PathProjecttemplateid = number;
/**
 * Invoice template id.
 */
export type PathInvoicetemplateid = number;
/**
 * Quote template id.
 */
export type PathQuotetemplateid = number;
/**
 * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
 */
export type IfNoneMatch = string;
/**
 * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
 */
export type Idfrom = number;
/**
 * Upper id bound (see the note on `idfrom`).
 */
export type Idto = number;
/**
 * Webhook id.
 */
export type PathWebhookid = number;
export type CompaniesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `address`, `apifields`, `code`, `contacts`, `email`, `fax`, `image`, `lastmodified`, `name`, `phone`, `tags`, `type`, `website`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * `true`: return email, image, phone for contacts; `false`: the opposite. Default `false`.
         */
        contactdetails?: boolean;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Like `lastmodifiedfrom`, with an absolute moment read in UTC rather than the account's local time (an age such as `12h` means the same with either).
         */
        lastmodifiedutcfrom?: DateTimeFilter;
        /**
         * Like `lastmodifiedto`, with an absolute moment read in UTC rather than the account's local time (an age such as `12h` means the same with either).
         */
        lastmodifiedutcto?: DateTimeFilter;
        /**
         * `true`: pending Companies; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on code; prefix with `!` to exclude matches.
         */
        searchcode?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * Restrict by type: `client` (client companies); `contractor` (contractor companies); `other` (other companies); `staff` (staff companies).
         */
        type?: 'client' | 'contractor' | 'other' | 'staff';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'code';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies';
};
export type CompaniesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompaniesListError = CompaniesListErrors[keyof CompaniesListErrors];
export type CompaniesListResponses = {
    /**
     * The matching rows.
     */
    200: CompanyList;
};
export type CompaniesListResponse = CompaniesListResponses[keyof CompaniesListResponses];
export type CompaniesCreateData = {
    body: CompaniesCreateBody | CompaniesCreateBodyList;
    path?: never;
    query?: never;
    url: '/companies';
};
export type CompaniesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompaniesCreateError = CompaniesCreateErrors[keyof CompaniesCreateErrors];
export type CompaniesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type CompaniesCreateResponse = CompaniesCreateResponses[keyof CompaniesCreateResponses];
export type CompaniesDeleteData = {
    body?: never;
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * `true`: delete Company Contacts; `false`: the opposite. Default `true`.
         */
        deletecontacts?: boolean;
    };
    url: '/companies/{companyid}';
};
export type CompaniesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompaniesDeleteError = CompaniesDeleteErrors[keyof CompaniesDeleteErrors];
export type CompaniesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type CompaniesDeleteResponse = CompaniesDeleteResponses[keyof CompaniesDeleteResponses];
export type CompaniesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: never;
    url: '/companies/{companyid}';
};
export type CompaniesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompaniesGetError = CompaniesGetErrors[keyof CompaniesGetErrors];
export type CompaniesGetResponses = {
    /**
     * The item.
     */
    200: CompanyEnvelope;
};
export type CompaniesGetResponse = CompaniesGetResponses[keyof CompaniesGetResponses];
export type CompaniesUpdateData = {
    body: CompaniesUpdateBody;
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: never;
    url: '/companies/{companyid}';
};
export type CompaniesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompaniesUpdateError = CompaniesUpdateErrors[keyof CompaniesUpdateErrors];
export type CompaniesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type CompaniesUpdateResponse = CompaniesUpdateResponses[keyof CompaniesUpdateResponses];
export type CompanyContactsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `address`, `company`, `email`, `groups`, `image`, `lastmodified`, `location`, `logindetails`, `name`, `phone`, `tags`, `teams`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * `true`: contacts with Login Access; `false`: the opposite.
         */
        allowlogin?: boolean;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Like `lastmodifiedfrom`, with an absolute moment read in UTC rather than the account's local time (an age such as `12h` means the same with either).
         */
        lastmodifiedutcfrom?: DateTimeFilter;
        /**
         * Like `lastmodifiedto`, with an absolute moment read in UTC rather than the account's local time (an age such as `12h` means the same with either).
         */
        lastmodifiedutcto?: DateTimeFilter;
        /**
         * `true`: pending Contacts; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `firstname`).
         */
        sortby?: 'id' | 'firstname' | 'lastname';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/{companyid}/contacts';
};
export type CompanyContactsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyContactsListError = CompanyContactsListErrors[keyof CompanyContactsListErrors];
export type CompanyContactsListResponses = {
    /**
     * The matching rows.
     */
    200: ContactList;
};
export type CompanyContactsListResponse = CompanyContactsListResponses[keyof CompanyContactsListResponses];
export type CompanyContactsCreateData = {
    body: CompanyContactsCreateBody | CompanyContactsCreateBodyList;
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: never;
    url: '/companies/{companyid}/contacts';
};
export type CompanyContactsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyContactsCreateError = CompanyContactsCreateErrors[keyof CompanyContactsCreateErrors];
export type CompanyContactsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type CompanyContactsCreateResponse = CompanyContactsCreateResponses[keyof CompanyContactsCreateResponses];
export type CompanyInvoicesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `company`, `dates`, `description`, `duedate`, `emaileddate`, `emailedto`, `grandtotal`, `invoicedby`, `invoiceddate`, `lastmodified`, `number`, `paiddate`, `project`, `purchaseordernumber`, `status`, `subtotal`, `taxable`, `taxtotal`, `title`, `totals`, `xero`, `none`, `projectid`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Vendor-doc correction: default includes `projectid`, which is not in the list of names; this document assumes `projectid` accepted as a field name.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `company`, `project`, `status`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Restrict by subtotalsdateoption: `invoiced` (group by invoiced date); `due` (group by due date); `paid` (group by paid date).
         */
        subtotalsdateoption?: 'invoiced' | 'due' | 'paid';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Compare the grandtotal figure: an exact number or a `gte`/`lte` bound.
         */
        grandtotal?: Comparison;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose invoiced date is on or after this date (absolute or relative).
         */
        invoiceddatefrom?: DateFilter;
        /**
         * Only rows whose invoiced date is on or before this date (absolute or relative).
         */
        invoiceddateto?: DateFilter;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows whose paid date is on or after this date (absolute or relative).
         */
        paiddatefrom?: DateFilter;
        /**
         * Only rows whose paid date is on or before this date (absolute or relative).
         */
        paiddateto?: DateFilter;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Restrict by status: `paid` (paid invoices); `unpaid` (unpaid invoices); `all` (all invoices).
         */
        status?: 'paid' | 'unpaid' | 'all';
        /**
         * Compare the subtotal figure: an exact number or a `gte`/`lte` bound.
         */
        subtotal?: Comparison;
        /**
         * Restrict by taxable: `true` (taxable invoices); `false` (non-taxable invoices); `all` (all invoices).
         */
        taxable?: 'true' | 'false' | 'all';
        /**
         * Compare the taxtotal figure: an exact number or a `gte`/`lte` bound.
         */
        taxtotal?: Comparison;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'number' | 'title';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/{companyid}/invoices';
};
export type CompanyInvoicesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyInvoicesListError = CompanyInvoicesListErrors[keyof CompanyInvoicesListErrors];
export type CompanyInvoicesListResponses = {
    /**
     * The matching rows.
     */
    200: InvoiceList;
};
export type CompanyInvoicesListResponse = CompanyInvoicesListResponses[keyof CompanyInvoicesListResponses];
export type CompanyNotesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `date`).
         */
        sortby?: 'id' | 'date';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/{companyid}/notes';
};
export type CompanyNotesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyNotesListError = CompanyNotesListErrors[keyof CompanyNotesListErrors];
export type CompanyNotesListResponses = {
    /**
     * The matching rows.
     */
    200: NoteList;
};
export type CompanyNotesListResponse = CompanyNotesListResponses[keyof CompanyNotesListResponses];
export type CompanyNotesCreateData = {
    body: CompanyNotesCreateBody;
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: never;
    url: '/companies/{companyid}/notes';
};
export type CompanyNotesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyNotesCreateError = CompanyNotesCreateErrors[keyof CompanyNotesCreateErrors];
export type CompanyNotesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type CompanyNotesCreateResponse = CompanyNotesCreateResponses[keyof CompanyNotesCreateResponses];
export type CompanyNotesDeleteData = {
    body?: never;
    path: {
        /**
         * Company id.
         */
        companyid: number;
        /**
         * Note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/companies/{companyid}/notes/{noteid}';
};
export type CompanyNotesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyNotesDeleteError = CompanyNotesDeleteErrors[keyof CompanyNotesDeleteErrors];
export type CompanyNotesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type CompanyNotesDeleteResponse = CompanyNotesDeleteResponses[keyof CompanyNotesDeleteResponses];
export type CompanyNotesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
        /**
         * Note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/companies/{companyid}/notes/{noteid}';
};
export type CompanyNotesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyNotesGetError = CompanyNotesGetErrors[keyof CompanyNotesGetErrors];
export type CompanyNotesGetResponses = {
    /**
     * The item.
     */
    200: NoteEnvelope;
};
export type CompanyNotesGetResponse = CompanyNotesGetResponses[keyof CompanyNotesGetResponses];
export type CompanyProjectsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `accountedfor`, `apifields`, `category`, `company`, `completedate`, `contacts`, `customfields`, `customform`, `customstatus`, `dates`, `description`, `duedate`, `expensestotal`, `group`, `invoiced`, `invoicetotal`, `lastmodified`, `manager`, `number`, `paid`, `percentcomplete`, `priority`, `privatenotes`, `quotetotal`, `startdate`, `status`, `team`, `timeallocated`, `timetracked`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Restrict by accountedfor: `accountedfor` (projects marked as accounted for); `unaccountedfor` (projects marked as unaccounted for); `all` (all projects).
         */
        accountedfor?: 'accountedfor' | 'unaccountedfor' | 'all';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        contacts?: NegatableContactIdList;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Match project custom field values (`id,text` pairs joined by `||`).
         */
        customfields?: CustomFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `customfields` pairs.
         */
        customfieldsmode?: MatchMode;
        /**
         * Only rows linked to these custom statuses (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        customstatusid?: NegatableIdList;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Only rows linked to projects managed by these groups (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        groupid?: NegatableIdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Restrict by invoiced: `invoiced` (projects marked as invoiced); `uninvoiced` (projects marked as uninvoiced); `all` (all projects).
         */
        invoiced?: 'invoiced' | 'uninvoiced' | 'all';
        /**
         * Compare the invoicetotal figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        invoicetotal?: TotalComparison;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        managerid?: NegatableContactIdList;
        /**
         * Restrict by paid: `paid` (projects marked as paid); `unpaid` (projects marked as unpaid); `all` (all projects).
         */
        paid?: 'paid' | 'unpaid' | 'all';
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Compare the quotetotal figure: an exact number or a `gte`/`lte` bound.
         */
        quotetotal?: Comparison;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on customform; prefix with `!` to exclude matches.
         */
        searchcustomform?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active projects); `complete` (completed projects); `all` (all projects).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Only rows linked to projects managed by these teams (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        teamid?: NegatableIdList;
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Restrict by timebillable: `all` (all time); `billable` (billable time only); `nonbillable` (non-billable time only).
         */
        timebillable?: 'all' | 'billable' | 'nonbillable';
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'title' | 'number' | 'startdate' | 'duedate' | 'completedate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/{companyid}/projects';
};
export type CompanyProjectsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyProjectsListError = CompanyProjectsListErrors[keyof CompanyProjectsListErrors];
export type CompanyProjectsListResponses = {
    /**
     * The matching rows.
     */
    200: ProjectList;
};
export type CompanyProjectsListResponse = CompanyProjectsListResponses[keyof CompanyProjectsListResponses];
export type CompanyProjectsCreateData = {
    body: CompanyProjectsCreateBody;
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: never;
    url: '/companies/{companyid}/projects';
};
export type CompanyProjectsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyProjectsCreateError = CompanyProjectsCreateErrors[keyof CompanyProjectsCreateErrors];
export type CompanyProjectsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type CompanyProjectsCreateResponse = CompanyProjectsCreateResponses[keyof CompanyProjectsCreateResponses];
export type CompanyQuotesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `approveddate`, `company`, `dates`, `description`, `emaileddate`, `emailedto`, `lastmodified`, `number`, `project`, `quotedby`, `quoteddate`, `status`, `taxable`, `title`, `totals`, `type`, `validtodate`, `none`, `projectid`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Vendor-doc correction: default includes `projectid`, which is not in the list of names; this document assumes `projectid` accepted as a field name.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `company`, `project`, `status`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Restrict by subtotalsdateoption: `approved` (group by approved date); `quoted` (group by quoted date).
         */
        subtotalsdateoption?: 'approved' | 'quoted';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows whose approval date is on or after this date (absolute or relative).
         */
        approveddatefrom?: DateFilter;
        /**
         * Only rows whose approval date is on or before this date (absolute or relative).
         */
        approveddateto?: DateFilter;
        /**
         * Compare the grandtotal figure: an exact number or a `gte`/`lte` bound.
         */
        grandtotal?: Comparison;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows whose quote date is on or after this date (absolute or relative).
         */
        quoteddatefrom?: DateFilter;
        /**
         * Only rows whose quote date is on or before this date (absolute or relative).
         */
        quoteddateto?: DateFilter;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Restrict by status: `pending` (pending quotes); `approved` (approved quotes); `active` (pending and approved quotes); `declined` (declined quotes); `all` (all quotes).
         */
        status?: 'pending' | 'approved' | 'active' | 'declined' | 'all';
        /**
         * Compare the subtotal figure: an exact number or a `gte`/`lte` bound.
         */
        subtotal?: Comparison;
        /**
         * Restrict by taxable: `true` (taxable quotes); `false` (non-taxable quotes); `all` (all quotes).
         */
        taxable?: 'true' | 'false' | 'all';
        /**
         * Compare the taxtotal figure: an exact number or a `gte`/`lte` bound.
         */
        taxtotal?: Comparison;
        /**
         * Restrict by type: `estimate` (estimates); `quote` (quotes); `all` (estimates and quotes).
         */
        type?: 'estimate' | 'quote' | 'all';
        /**
         * Only rows whose valid-to date is on or after this date (absolute or relative).
         */
        validtodatefrom?: DateFilter;
        /**
         * Only rows whose valid-to date is on or before this date (absolute or relative).
         */
        validtodateto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'number' | 'title';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/{companyid}/quotes';
};
export type CompanyQuotesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyQuotesListError = CompanyQuotesListErrors[keyof CompanyQuotesListErrors];
export type CompanyQuotesListResponses = {
    /**
     * The matching rows.
     */
    200: QuoteList;
};
export type CompanyQuotesListResponse = CompanyQuotesListResponses[keyof CompanyQuotesListResponses];
export type CompanySummaryGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * Which data types to include: `all` (default) or a comma-separated choice of `contacts`, `invoices`, `projects`, `quotes`, `tasks`.
         */
        types?: string;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Defaults to 1 here, applied to each data type.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Defaults to 10 here, per data type.
         */
        pagesize?: number;
    };
    url: '/companies/{companyid}/summary';
};
export type CompanySummaryGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanySummaryGetError = CompanySummaryGetErrors[keyof CompanySummaryGetErrors];
export type CompanySummaryGetResponses = {
    /**
     * The summary.
     */
    200: CompanySummary;
};
export type CompanySummaryGetResponse = CompanySummaryGetResponses[keyof CompanySummaryGetResponses];
export type CompanyTagsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: never;
    url: '/companies/{companyid}/tags';
};
export type CompanyTagsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyTagsListError = CompanyTagsListErrors[keyof CompanyTagsListErrors];
export type CompanyTagsListResponses = {
    /**
     * The matching rows.
     */
    200: TagList;
};
export type CompanyTagsListResponse = CompanyTagsListResponses[keyof CompanyTagsListResponses];
export type CompanyTagsUpdateData = {
    body: CompanyTagsUpdateBody;
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: never;
    url: '/companies/{companyid}/tags';
};
export type CompanyTagsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyTagsUpdateError = CompanyTagsUpdateErrors[keyof CompanyTagsUpdateErrors];
export type CompanyTagsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type CompanyTagsUpdateResponse = CompanyTagsUpdateResponses[keyof CompanyTagsUpdateResponses];
export type CompanyTasksListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `completedate`, `contacts`, `creator`, `dates`, `dependent`, `description`, `duedate`, `lastmodified`, `name`, `order`, `priority`, `project`, `projectcategory`, `projectmanager`, `startdate`, `status`, `timeallocated`, `timetracked`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `true` (billable tasks); `false` (non-billable tasks); `all` (all tasks).
         */
        billable?: 'true' | 'false' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `unassigned` selects rows nobody is assigned to. `all` removes the restriction.
         */
        contacts?: TaskContactFilter;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Restrict by dependentstatus: `current` (current dependent tasks); `noncurrent` (non-current dependent tasks); `all` (all dependent tasks).
         */
        dependentstatus?: 'current' | 'noncurrent' | 'all';
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * `true`: include General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * Restrict by projectstatus: `active` (tasks in active projects); `complete` (tasks in completed projects); `all` (tasks in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * `true`: include Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active tasks); `complete` (completed tasks); `all` (all tasks).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * Restrict by type: `normal` (normal tasks); `bold` (bold tasks); `heading` (heading tasks); `nonheading` (non-heading tasks (normal + bold)); `all` (all tasks).
         */
        type?: 'normal' | 'bold' | 'heading' | 'nonheading' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'order' | 'name' | 'startdate' | 'duedate' | 'completedate' | 'projectid' | 'projectnumber' | 'projecttitle';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/{companyid}/tasks';
};
export type CompanyTasksListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyTasksListError = CompanyTasksListErrors[keyof CompanyTasksListErrors];
export type CompanyTasksListResponses = {
    /**
     * The matching rows.
     */
    200: TaskList;
};
export type CompanyTasksListResponse = CompanyTasksListResponses[keyof CompanyTasksListResponses];
export type CompanyTimeListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Company id.
         */
        companyid: number;
    };
    query?: {
        /**
         * The first day of the tracking period (absolute or relative date); six days ago (`-6d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedfrom?: DateFilter;
        /**
         * The last day of the tracking period (absolute or relative date); today (`+0d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedto?: DateFilter;
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `contact`, `dates`, `lastmodified`, `notes`, `project`, `task`, `tasktimetotals`, `timetracked`, `none`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `billable`, `category`, `company`, `contact`, `group`, `internalclientgroup`, `internalclientteam`, `project`, `task`, `team`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `billable` (billable time); `nonbillable` (non-billable time); `all` (all time).
         */
        billable?: 'billable' | 'nonbillable' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them).
         */
        categoryid?: IdList;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * `true`: include Time for General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * `true`: include Time for Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Only rows whose task completion date is on or after this date (absolute or relative).
         */
        taskcompletedatefrom?: DateFilter;
        /**
         * Only rows whose task completion date is on or before this date (absolute or relative).
         */
        taskcompletedateto?: DateFilter;
        /**
         * Only rows whose task due date is on or after this date (absolute or relative).
         */
        taskduedatefrom?: DateFilter;
        /**
         * Only rows whose task due date is on or before this date (absolute or relative).
         */
        taskduedateto?: DateFilter;
        /**
         * Only rows linked to these tasks (comma-separated ids, any of them).
         */
        taskid?: IdList;
        /**
         * Only rows whose task start date is on or after this date (absolute or relative).
         */
        taskstartdatefrom?: DateFilter;
        /**
         * Only rows whose task start date is on or before this date (absolute or relative).
         */
        taskstartdateto?: DateFilter;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'date' | 'taskid' | 'projectid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/{companyid}/time';
};
export type CompanyTimeListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompanyTimeListError = CompanyTimeListErrors[keyof CompanyTimeListErrors];
export type CompanyTimeListResponses = {
    /**
     * The matching rows.
     */
    200: TimeRecordList;
};
export type CompanyTimeListResponse = CompanyTimeListResponses[keyof CompanyTimeListResponses];
export type CompaniesListClientData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `address`, `apifields`, `code`, `contacts`, `email`, `image`, `lastmodified`, `name`, `phone`, `tags`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Companies; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on code; prefix with `!` to exclude matches.
         */
        searchcode?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'code';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/client';
};
export type CompaniesListClientErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompaniesListClientError = CompaniesListClientErrors[keyof CompaniesListClientErrors];
export type CompaniesListClientResponses = {
    /**
     * The matching rows.
     */
    200: CompanyList;
};
export type CompaniesListClientResponse = CompaniesListClientResponses[keyof CompaniesListClientResponses];
export type CompaniesListContractorData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `address`, `apifields`, `code`, `contacts`, `email`, `image`, `lastmodified`, `name`, `phone`, `tags`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Companies; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on code; prefix with `!` to exclude matches.
         */
        searchcode?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'code';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/contractor';
};
export type CompaniesListContractorErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompaniesListContractorError = CompaniesListContractorErrors[keyof CompaniesListContractorErrors];
export type CompaniesListContractorResponses = {
    /**
     * The matching rows.
     */
    200: CompanyList;
};
export type CompaniesListContractorResponse = CompaniesListContractorResponses[keyof CompaniesListContractorResponses];
export type CompaniesListStaffData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `address`, `apifields`, `code`, `contacts`, `email`, `image`, `lastmodified`, `name`, `phone`, `tags`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Companies; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on code; prefix with `!` to exclude matches.
         */
        searchcode?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'code';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/companies/staff';
};
export type CompaniesListStaffErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type CompaniesListStaffError = CompaniesListStaffErrors[keyof CompaniesListStaffErrors];
export type CompaniesListStaffResponses = {
    /**
     * The matching rows.
     */
    200: CompanyList;
};
export type CompaniesListStaffResponse = CompaniesListStaffResponses[keyof CompaniesListStaffResponses];
export type ContactsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `address`, `company`, `email`, `fax`, `groups`, `image`, `lastmodified`, `location`, `logindetails`, `name`, `phone`, `roles`, `tags`, `teams`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * `true`: contacts with Login Access; `false`: the opposite.
         */
        allowlogin?: boolean;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only contacts of this company.
         */
        companyid?: number;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Contacts; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Only rows linked to at least one of these roles (comma-separated ids, any of them).
         */
        roleid?: IdList;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * Restrict by type: `client` (client contacts); `contractor` (contractor contacts); `other` (other contacts); `staff` (staff contacts).
         */
        type?: 'client' | 'contractor' | 'other' | 'staff';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `firstname`).
         */
        sortby?: 'id' | 'firstname' | 'lastname';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/contacts';
};
export type ContactsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsListError = ContactsListErrors[keyof ContactsListErrors];
export type ContactsListResponses = {
    /**
     * The matching rows.
     */
    200: ContactList;
};
export type ContactsListResponse = ContactsListResponses[keyof ContactsListResponses];
export type ContactsCreateData = {
    body: ContactsCreateBody | ContactsCreateBodyList;
    path?: never;
    query?: never;
    url: '/contacts';
};
export type ContactsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsCreateError = ContactsCreateErrors[keyof ContactsCreateErrors];
export type ContactsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ContactsCreateResponse = ContactsCreateResponses[keyof ContactsCreateResponses];
export type ContactsDeleteData = {
    body?: never;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}';
};
export type ContactsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsDeleteError = ContactsDeleteErrors[keyof ContactsDeleteErrors];
export type ContactsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ContactsDeleteResponse = ContactsDeleteResponses[keyof ContactsDeleteResponses];
export type ContactsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: {
        /**
         * `true`: return roles & permissions (for staff) or include permissions (for clients & contractors); `false`: the opposite. Default `false`.
         */
        permissions?: boolean;
    };
    url: '/contacts/{contactid}';
};
export type ContactsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsGetError = ContactsGetErrors[keyof ContactsGetErrors];
export type ContactsGetResponses = {
    /**
     * The item.
     */
    200: ContactEnvelope;
};
export type ContactsGetResponse = ContactsGetResponses[keyof ContactsGetResponses];
export type ContactsUpdateData = {
    body: ContactsUpdateBody;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}';
};
export type ContactsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsUpdateError = ContactsUpdateErrors[keyof ContactsUpdateErrors];
export type ContactsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ContactsUpdateResponse = ContactsUpdateResponses[keyof ContactsUpdateResponses];
export type ContactGroupsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/groups';
};
export type ContactGroupsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactGroupsListError = ContactGroupsListErrors[keyof ContactGroupsListErrors];
export type ContactGroupsListResponses = {
    /**
     * The matching rows.
     */
    200: GroupList;
};
export type ContactGroupsListResponse = ContactGroupsListResponses[keyof ContactGroupsListResponses];
export type ContactGroupsUpdateData = {
    body: ContactGroupsUpdateBody;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/groups';
};
export type ContactGroupsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactGroupsUpdateError = ContactGroupsUpdateErrors[keyof ContactGroupsUpdateErrors];
export type ContactGroupsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ContactGroupsUpdateResponse = ContactGroupsUpdateResponses[keyof ContactGroupsUpdateResponses];
export type ContactLocationGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/location';
};
export type ContactLocationGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactLocationGetError = ContactLocationGetErrors[keyof ContactLocationGetErrors];
export type ContactLocationGetResponses = {
    /**
     * The item.
     */
    200: LocationEnvelope;
};
export type ContactLocationGetResponse = ContactLocationGetResponses[keyof ContactLocationGetResponses];
export type ContactLocationUpdateData = {
    body: ContactLocationUpdateBody;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/location';
};
export type ContactLocationUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactLocationUpdateError = ContactLocationUpdateErrors[keyof ContactLocationUpdateErrors];
export type ContactLocationUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ContactLocationUpdateResponse = ContactLocationUpdateResponses[keyof ContactLocationUpdateResponses];
export type ContactNotesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: {
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `date`).
         */
        sortby?: 'id' | 'date';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/contacts/{contactid}/notes';
};
export type ContactNotesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactNotesListError = ContactNotesListErrors[keyof ContactNotesListErrors];
export type ContactNotesListResponses = {
    /**
     * The matching rows.
     */
    200: NoteList;
};
export type ContactNotesListResponse = ContactNotesListResponses[keyof ContactNotesListResponses];
export type ContactNotesCreateData = {
    body: ContactNotesCreateBody;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/notes';
};
export type ContactNotesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactNotesCreateError = ContactNotesCreateErrors[keyof ContactNotesCreateErrors];
export type ContactNotesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ContactNotesCreateResponse = ContactNotesCreateResponses[keyof ContactNotesCreateResponses];
export type ContactNotesDeleteData = {
    body?: never;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
        /**
         * Note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/notes/{noteid}';
};
export type ContactNotesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactNotesDeleteError = ContactNotesDeleteErrors[keyof ContactNotesDeleteErrors];
export type ContactNotesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ContactNotesDeleteResponse = ContactNotesDeleteResponses[keyof ContactNotesDeleteResponses];
export type ContactNotesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
        /**
         * Note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/notes/{noteid}';
};
export type ContactNotesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactNotesGetError = ContactNotesGetErrors[keyof ContactNotesGetErrors];
export type ContactNotesGetResponses = {
    /**
     * The item.
     */
    200: NoteEnvelope;
};
export type ContactNotesGetResponse = ContactNotesGetResponses[keyof ContactNotesGetResponses];
export type ContactPermissionsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/permissions';
};
export type ContactPermissionsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactPermissionsListError = ContactPermissionsListErrors[keyof ContactPermissionsListErrors];
export type ContactPermissionsListResponses = {
    /**
     * The matching rows.
     */
    200: PermissionList;
};
export type ContactPermissionsListResponse = ContactPermissionsListResponses[keyof ContactPermissionsListResponses];
export type ContactPermissionsCheckData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
        /**
         * Permission id, as listed by the settings/contacts/permissions call.
         */
        permissionid: number;
    };
    query: {
        /**
         * Restrict by permissionsetting: `view` (view); `add` (add); `edit` (edit); `delete` (delete).
         */
        permissionsetting: 'view' | 'add' | 'edit' | 'delete';
    };
    url: '/contacts/{contactid}/permissions/{permissionid}';
};
export type ContactPermissionsCheckErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactPermissionsCheckError = ContactPermissionsCheckErrors[keyof ContactPermissionsCheckErrors];
export type ContactPermissionsCheckResponses = {
    /**
     * The item.
     */
    200: PermissionEnvelope;
};
export type ContactPermissionsCheckResponse = ContactPermissionsCheckResponses[keyof ContactPermissionsCheckResponses];
export type ContactProjectsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `accountedfor`, `apifields`, `category`, `company`, `completedate`, `contacts`, `customfields`, `customform`, `customstatus`, `dates`, `description`, `duedate`, `expensestotal`, `group`, `invoiced`, `invoicetotal`, `lastmodified`, `manager`, `number`, `paid`, `percentcomplete`, `priority`, `privatenotes`, `quotetotal`, `startdate`, `status`, `team`, `timeallocated`, `timetracked`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Restrict by accountedfor: `accountedfor` (projects marked as accounted for); `unaccountedfor` (projects marked as unaccounted for); `all` (all projects).
         */
        accountedfor?: 'accountedfor' | 'unaccountedfor' | 'all';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Match project custom field values (`id,text` pairs joined by `||`).
         */
        customfields?: CustomFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `customfields` pairs.
         */
        customfieldsmode?: MatchMode;
        /**
         * Only rows linked to these custom statuses (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        customstatusid?: NegatableIdList;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Only rows linked to projects managed by these groups (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        groupid?: NegatableIdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Restrict by invoiced: `invoiced` (projects marked as invoiced); `uninvoiced` (projects marked as uninvoiced); `all` (all projects).
         */
        invoiced?: 'invoiced' | 'uninvoiced' | 'all';
        /**
         * Compare the invoicetotal figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        invoicetotal?: TotalComparison;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        managerid?: NegatableContactIdList;
        /**
         * Restrict by paid: `paid` (projects marked as paid); `unpaid` (projects marked as unpaid); `all` (all projects).
         */
        paid?: 'paid' | 'unpaid' | 'all';
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Compare the quotetotal figure: an exact number or a `gte`/`lte` bound.
         */
        quotetotal?: Comparison;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on customform; prefix with `!` to exclude matches.
         */
        searchcustomform?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active projects); `complete` (completed projects); `all` (all projects).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Only rows linked to projects managed by these teams (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        teamid?: NegatableIdList;
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Restrict by timebillable: `all` (all time); `billable` (billable time only); `nonbillable` (non-billable time only).
         */
        timebillable?: 'all' | 'billable' | 'nonbillable';
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'title' | 'number' | 'startdate' | 'duedate' | 'completedate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/contacts/{contactid}/projects';
};
export type ContactProjectsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactProjectsListError = ContactProjectsListErrors[keyof ContactProjectsListErrors];
export type ContactProjectsListResponses = {
    /**
     * The matching rows.
     */
    200: ProjectList;
};
export type ContactProjectsListResponse = ContactProjectsListResponses[keyof ContactProjectsListResponses];
export type ContactProjectsCreateData = {
    body: ContactProjectsCreateBody;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/projects';
};
export type ContactProjectsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactProjectsCreateError = ContactProjectsCreateErrors[keyof ContactProjectsCreateErrors];
export type ContactProjectsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ContactProjectsCreateResponse = ContactProjectsCreateResponses[keyof ContactProjectsCreateResponses];
export type ContactRolesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/roles';
};
export type ContactRolesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactRolesListError = ContactRolesListErrors[keyof ContactRolesListErrors];
export type ContactRolesListResponses = {
    /**
     * The matching rows.
     */
    200: RoleList;
};
export type ContactRolesListResponse = ContactRolesListResponses[keyof ContactRolesListResponses];
export type ContactRolesUpdateData = {
    body: ContactRolesUpdateBody;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/roles';
};
export type ContactRolesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactRolesUpdateError = ContactRolesUpdateErrors[keyof ContactRolesUpdateErrors];
export type ContactRolesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ContactRolesUpdateResponse = ContactRolesUpdateResponses[keyof ContactRolesUpdateResponses];
export type ContactSummaryGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: {
        /**
         * Which data types to include: `all` (default) or a comma-separated choice of `projects`, `tasks`. Vendor-doc correction: example `contacts,projects`; this document assumes only `projects` and `tasks` (or `all`) are listed for the contact summary.
         */
        types?: string;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Defaults to 1 here, applied to each data type.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Defaults to 10 here, per data type.
         */
        pagesize?: number;
    };
    url: '/contacts/{contactid}/summary';
};
export type ContactSummaryGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactSummaryGetError = ContactSummaryGetErrors[keyof ContactSummaryGetErrors];
export type ContactSummaryGetResponses = {
    /**
     * The summary.
     */
    200: ContactSummary;
};
export type ContactSummaryGetResponse = ContactSummaryGetResponses[keyof ContactSummaryGetResponses];
export type ContactTagsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/tags';
};
export type ContactTagsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactTagsListError = ContactTagsListErrors[keyof ContactTagsListErrors];
export type ContactTagsListResponses = {
    /**
     * The matching rows.
     */
    200: TagList;
};
export type ContactTagsListResponse = ContactTagsListResponses[keyof ContactTagsListResponses];
export type ContactTagsUpdateData = {
    body: ContactTagsUpdateBody;
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/contacts/{contactid}/tags';
};
export type ContactTagsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactTagsUpdateError = ContactTagsUpdateErrors[keyof ContactTagsUpdateErrors];
export type ContactTagsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ContactTagsUpdateResponse = ContactTagsUpdateResponses[keyof ContactTagsUpdateResponses];
export type ContactTasksListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `completedate`, `contacts`, `creator`, `dates`, `dependent`, `description`, `duedate`, `lastmodified`, `name`, `order`, `priority`, `project`, `projectcategory`, `projectmanager`, `startdate`, `status`, `timeallocated`, `timetracked`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `true` (billable tasks); `false` (non-billable tasks); `all` (all tasks).
         */
        billable?: 'true' | 'false' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only rows linked to these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Restrict by dependentstatus: `current` (current dependent tasks); `noncurrent` (non-current dependent tasks); `all` (all dependent tasks).
         */
        dependentstatus?: 'current' | 'noncurrent' | 'all';
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * `true`: include General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows linked to internal clients in these groups (comma-separated ids, any of them).
         */
        internalclientgroupid?: IdList;
        /**
         * Only rows linked to internal clients in these teams (comma-separated ids, any of them).
         */
        internalclientteamid?: IdList;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * Restrict by projectstatus: `active` (tasks in active projects); `complete` (tasks in completed projects); `all` (tasks in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * `true`: include Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active tasks); `complete` (completed tasks); `all` (all tasks).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * Restrict by type: `normal` (normal tasks); `bold` (bold tasks); `heading` (heading tasks); `nonheading` (non-heading tasks (normal + bold)); `all` (all tasks).
         */
        type?: 'normal' | 'bold' | 'heading' | 'nonheading' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'order' | 'name' | 'startdate' | 'duedate' | 'completedate' | 'projectid' | 'projectnumber' | 'projecttitle';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/contacts/{contactid}/tasks';
};
export type ContactTasksListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactTasksListError = ContactTasksListErrors[keyof ContactTasksListErrors];
export type ContactTasksListResponses = {
    /**
     * The matching rows.
     */
    200: TaskList;
};
export type ContactTasksListResponse = ContactTasksListResponses[keyof ContactTasksListResponses];
export type ContactTimeListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: {
        /**
         * The first day of the tracking period (absolute or relative date); six days ago (`-6d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedfrom?: DateFilter;
        /**
         * The last day of the tracking period (absolute or relative date); today (`+0d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedto?: DateFilter;
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `contact`, `dates`, `lastmodified`, `notes`, `project`, `task`, `tasktimetotals`, `timetracked`, `none`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `billable`, `category`, `company`, `contact`, `group`, `internalclientgroup`, `internalclientteam`, `project`, `task`, `team`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `billable` (billable time); `nonbillable` (non-billable time); `all` (all time).
         */
        billable?: 'billable' | 'nonbillable' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them).
         */
        categoryid?: IdList;
        /**
         * Only rows linked to these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * `true`: include Time for General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * `true`: include Time for Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Only rows whose task completion date is on or after this date (absolute or relative).
         */
        taskcompletedatefrom?: DateFilter;
        /**
         * Only rows whose task completion date is on or before this date (absolute or relative).
         */
        taskcompletedateto?: DateFilter;
        /**
         * Only rows whose task due date is on or after this date (absolute or relative).
         */
        taskduedatefrom?: DateFilter;
        /**
         * Only rows whose task due date is on or before this date (absolute or relative).
         */
        taskduedateto?: DateFilter;
        /**
         * Only rows linked to these tasks (comma-separated ids, any of them).
         */
        taskid?: IdList;
        /**
         * Only rows whose task start date is on or after this date (absolute or relative).
         */
        taskstartdatefrom?: DateFilter;
        /**
         * Only rows whose task start date is on or before this date (absolute or relative).
         */
        taskstartdateto?: DateFilter;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'date' | 'taskid' | 'projectid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/contacts/{contactid}/time';
};
export type ContactTimeListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactTimeListError = ContactTimeListErrors[keyof ContactTimeListErrors];
export type ContactTimeListResponses = {
    /**
     * The matching rows.
     */
    200: TimeRecordList;
};
export type ContactTimeListResponse = ContactTimeListResponses[keyof ContactTimeListResponses];
export type ContactsListClientData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `address`, `company`, `email`, `groups`, `image`, `lastmodified`, `location`, `logindetails`, `name`, `phone`, `tags`, `teams`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * `true`: contacts with Login Access; `false`: the opposite.
         */
        allowlogin?: boolean;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only contacts of this company.
         */
        companyid?: number;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Contacts; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `firstname`).
         */
        sortby?: 'id' | 'firstname' | 'lastname';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/contacts/client';
};
export type ContactsListClientErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsListClientError = ContactsListClientErrors[keyof ContactsListClientErrors];
export type ContactsListClientResponses = {
    /**
     * The matching rows.
     */
    200: ContactList;
};
export type ContactsListClientResponse = ContactsListClientResponses[keyof ContactsListClientResponses];
export type ContactsListContractorData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `address`, `company`, `email`, `groups`, `image`, `lastmodified`, `location`, `logindetails`, `name`, `phone`, `tags`, `teams`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * `true`: contacts with Login Access; `false`: the opposite.
         */
        allowlogin?: boolean;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only contacts of this company.
         */
        companyid?: number;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Contacts; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `firstname`).
         */
        sortby?: 'id' | 'firstname' | 'lastname';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/contacts/contractor';
};
export type ContactsListContractorErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsListContractorError = ContactsListContractorErrors[keyof ContactsListContractorErrors];
export type ContactsListContractorResponses = {
    /**
     * The matching rows.
     */
    200: ContactList;
};
export type ContactsListContractorResponse = ContactsListContractorResponses[keyof ContactsListContractorResponses];
export type ContactsForgotPasswordData = {
    body?: never;
    path?: never;
    query: {
        /**
         * E-mail address of the contact who forgot the password.
         */
        email: string;
    };
    url: '/contacts/forgotpassword';
};
export type ContactsForgotPasswordErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsForgotPasswordError = ContactsForgotPasswordErrors[keyof ContactsForgotPasswordErrors];
export type ContactsForgotPasswordResponses = {
    /**
     * The reset e-mail was sent.
     */
    200: SimpleResult;
};
export type ContactsForgotPasswordResponse = ContactsForgotPasswordResponses[keyof ContactsForgotPasswordResponses];
export type ContactsLocationsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose time of the last location update is on or after this moment (absolute local time or an age such as `12h`).
         */
        locationtimefrom?: DateTimeFilter;
        /**
         * Only rows whose time of the last location update is on or before this moment (absolute local time or an age such as `12h`).
         */
        locationtimeto?: DateTimeFilter;
    };
    url: '/contacts/location';
};
export type ContactsLocationsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsLocationsListError = ContactsLocationsListErrors[keyof ContactsLocationsListErrors];
export type ContactsLocationsListResponses = {
    /**
     * The matching rows.
     */
    200: ContactLocationList;
};
export type ContactsLocationsListResponse = ContactsLocationsListResponses[keyof ContactsLocationsListResponses];
export type ContactsRequestAccessData = {
    body: ContactsRequestAccessBody;
    path?: never;
    query?: never;
    url: '/contacts/requestaccess';
};
export type ContactsRequestAccessErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsRequestAccessError = ContactsRequestAccessErrors[keyof ContactsRequestAccessErrors];
export type ContactsRequestAccessResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ContactsRequestAccessResponse = ContactsRequestAccessResponses[keyof ContactsRequestAccessResponses];
export type ContactsListStaffData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `address`, `company`, `email`, `groups`, `image`, `lastmodified`, `location`, `logindetails`, `name`, `phone`, `tags`, `teams`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * `true`: contacts with Login Access; `false`: the opposite.
         */
        allowlogin?: boolean;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only contacts of this company.
         */
        companyid?: number;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Contacts; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Only rows linked to at least one of these roles (comma-separated ids, any of them).
         */
        roleid?: IdList;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `firstname`).
         */
        sortby?: 'id' | 'firstname' | 'lastname';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/contacts/staff';
};
export type ContactsListStaffErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ContactsListStaffError = ContactsListStaffErrors[keyof ContactsListStaffErrors];
export type ContactsListStaffResponses = {
    /**
     * The matching rows.
     */
    200: ContactList;
};
export type ContactsListStaffResponse = ContactsListStaffResponses[keyof ContactsListStaffResponses];
export type EventsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `contacts`, `description`, `endtime`, `lastmodified`, `starttime`, `times`, `title`.
         */
        fields?: string;
        /**
         * `true`: return email, image, phone for contacts; `false`: the opposite. Default `false`.
         */
        contactdetails?: boolean;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose end time is on or after this date (absolute or relative).
         */
        endtimefrom?: DateFilter;
        /**
         * Only rows whose end time is on or before this date (absolute or relative).
         */
        endtimeto?: DateFilter;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Only rows whose start time is on or after this date (absolute or relative).
         */
        starttimefrom?: DateFilter;
        /**
         * Only rows whose start time is on or before this date (absolute or relative).
         */
        starttimeto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'title';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/events';
};
export type EventsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type EventsListError = EventsListErrors[keyof EventsListErrors];
export type EventsListResponses = {
    /**
     * The matching rows.
     */
    200: EventList;
};
export type EventsListResponse = EventsListResponses[keyof EventsListResponses];
export type EventsCreateData = {
    body: EventsCreateBody;
    path?: never;
    query?: never;
    url: '/events';
};
export type EventsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type EventsCreateError = EventsCreateErrors[keyof EventsCreateErrors];
export type EventsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type EventsCreateResponse = EventsCreateResponses[keyof EventsCreateResponses];
export type EventsDeleteData = {
    body?: never;
    path: {
        /**
         * Event id.
         */
        eventid: number;
    };
    query?: never;
    url: '/events/{eventid}';
};
export type EventsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type EventsDeleteError = EventsDeleteErrors[keyof EventsDeleteErrors];
export type EventsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type EventsDeleteResponse = EventsDeleteResponses[keyof EventsDeleteResponses];
export type EventsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Event id.
         */
        eventid: number;
    };
    query?: never;
    url: '/events/{eventid}';
};
export type EventsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type EventsGetError = EventsGetErrors[keyof EventsGetErrors];
export type EventsGetResponses = {
    /**
     * The item.
     */
    200: EventEnvelope;
};
export type EventsGetResponse = EventsGetResponses[keyof EventsGetResponses];
export type EventsUpdateData = {
    body: EventsUpdateBody;
    path: {
        /**
         * Event id.
         */
        eventid: number;
    };
    query?: never;
    url: '/events/{eventid}';
};
export type EventsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type EventsUpdateError = EventsUpdateErrors[keyof EventsUpdateErrors];
export type EventsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type EventsUpdateResponse = EventsUpdateResponses[keyof EventsUpdateResponses];
export type ExpensesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `company`, `contact`, `cost`, `date`, `description`, `invoiced`, `name`, `project`, `taxable`.
         */
        fields?: string;
        /**
         * Only rows linked to these categories (comma-separated ids, any of them).
         */
        categoryid?: IdList;
        /**
         * Only rows linked to these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Restrict by invoiced: `invoiced` (invoiced expenses); `uninvoiced` (uninvoiced expenses); `all` (all expenses).
         */
        invoiced?: 'invoiced' | 'uninvoiced' | 'all';
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (expenses for active projects); `complete` (expenses for completed projects); `all` (expenses for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Restrict by taxable: `taxable` (taxable expenses); `nontaxable` (non-taxable expenses); `all` (all expenses).
         */
        taxable?: 'taxable' | 'nontaxable' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `date`).
         */
        sortby?: 'id' | 'name' | 'date' | 'projectid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/expenses';
};
export type ExpensesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ExpensesListError = ExpensesListErrors[keyof ExpensesListErrors];
export type ExpensesListResponses = {
    /**
     * The matching rows.
     */
    200: ExpenseList;
};
export type ExpensesListResponse = ExpensesListResponses[keyof ExpensesListResponses];
export type ExpensesCreateData = {
    body: ExpensesCreateBody;
    path?: never;
    query?: never;
    url: '/expenses';
};
export type ExpensesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ExpensesCreateError = ExpensesCreateErrors[keyof ExpensesCreateErrors];
export type ExpensesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ExpensesCreateResponse = ExpensesCreateResponses[keyof ExpensesCreateResponses];
export type ExpensesDeleteData = {
    body?: never;
    path: {
        /**
         * Expense id.
         */
        expenseid: number;
    };
    query?: never;
    url: '/expenses/{expenseid}';
};
export type ExpensesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ExpensesDeleteError = ExpensesDeleteErrors[keyof ExpensesDeleteErrors];
export type ExpensesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ExpensesDeleteResponse = ExpensesDeleteResponses[keyof ExpensesDeleteResponses];
export type ExpensesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Expense id.
         */
        expenseid: number;
    };
    query?: never;
    url: '/expenses/{expenseid}';
};
export type ExpensesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ExpensesGetError = ExpensesGetErrors[keyof ExpensesGetErrors];
export type ExpensesGetResponses = {
    /**
     * The item.
     */
    200: ExpenseEnvelope;
};
export type ExpensesGetResponse = ExpensesGetResponses[keyof ExpensesGetResponses];
export type ExpensesUpdateData = {
    body: ExpensesUpdateBody;
    path: {
        /**
         * Expense id.
         */
        expenseid: number;
    };
    query?: never;
    url: '/expenses/{expenseid}';
};
export type ExpensesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ExpensesUpdateError = ExpensesUpdateErrors[keyof ExpensesUpdateErrors];
export type ExpensesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ExpensesUpdateResponse = ExpensesUpdateResponses[keyof ExpensesUpdateResponses];
export type FilesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `contacts`, `date`, `folder`, `link`, `name`, `project`, `size`, `task`.
         */
        fields?: string;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these folders (comma-separated ids, any of them).
         */
        folderid?: IdList;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (files for active projects); `complete` (files for completed projects); `all` (files for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Only rows linked to these tasks (comma-separated ids, any of them).
         */
        taskid?: IdList;
        /**
         * Restrict by taskstatus: `active` (files for active tasks); `complete` (files for completed tasks); `all` (files for all tasks).
         */
        taskstatus?: 'active' | 'complete' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'size' | 'date' | 'projectid' | 'taskid' | 'folderid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/files';
};
export type FilesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type FilesListError = FilesListErrors[keyof FilesListErrors];
export type FilesListResponses = {
    /**
     * The matching rows.
     */
    200: FileList;
};
export type FilesListResponse = FilesListResponses[keyof FilesListResponses];
export type FilesCreateData = {
    body: FilesCreateBody;
    path?: never;
    query?: never;
    url: '/files';
};
export type FilesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type FilesCreateError = FilesCreateErrors[keyof FilesCreateErrors];
export type FilesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type FilesCreateResponse = FilesCreateResponses[keyof FilesCreateResponses];
export type FilesDeleteData = {
    body?: never;
    path: {
        /**
         * File id.
         */
        fileid: number;
    };
    query?: never;
    url: '/files/{fileid}';
};
export type FilesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type FilesDeleteError = FilesDeleteErrors[keyof FilesDeleteErrors];
export type FilesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type FilesDeleteResponse = FilesDeleteResponses[keyof FilesDeleteResponses];
export type FilesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * File id.
         */
        fileid: number;
    };
    query?: {
        /**
         * `true`: return 'content' field; `false`: the opposite. Default `false`.
         */
        content?: boolean;
    };
    url: '/files/{fileid}';
};
export type FilesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type FilesGetError = FilesGetErrors[keyof FilesGetErrors];
export type FilesGetResponses = {
    /**
     * The item.
     */
    200: FileEnvelope;
};
export type FilesGetResponse = FilesGetResponses[keyof FilesGetResponses];
export type FoldersListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `contacts`, `name`, `project`.
         */
        fields?: string;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (folders for active projects); `complete` (folders for completed projects); `all` (folders for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'projectid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/files/folders';
};
export type FoldersListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type FoldersListError = FoldersListErrors[keyof FoldersListErrors];
export type FoldersListResponses = {
    /**
     * The matching rows.
     */
    200: FolderList;
};
export type FoldersListResponse = FoldersListResponses[keyof FoldersListResponses];
export type FoldersCreateData = {
    body: FoldersCreateBody;
    path?: never;
    query?: never;
    url: '/files/folders';
};
export type FoldersCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type FoldersCreateError = FoldersCreateErrors[keyof FoldersCreateErrors];
export type FoldersCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type FoldersCreateResponse = FoldersCreateResponses[keyof FoldersCreateResponses];
export type FoldersGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Custom folder id.
         */
        folderid: number;
    };
    query?: never;
    url: '/files/folders/{folderid}';
};
export type FoldersGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type FoldersGetError = FoldersGetErrors[keyof FoldersGetErrors];
export type FoldersGetResponses = {
    /**
     * The item.
     */
    200: FolderEnvelope;
};
export type FoldersGetResponse = FoldersGetResponses[keyof FoldersGetResponses];
export type InvoicesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `company`, `customfield`, `dates`, `description`, `duedate`, `emaileddate`, `emailedto`, `invoicedby`, `invoiceddate`, `lastmodified`, `number`, `paiddate`, `project`, `purchaseordernumber`, `showcostbreakdown`, `status`, `taxable`, `taxrate`, `title`, `totals`, `none`, `projectid`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Vendor-doc correction: default includes `projectid`, which is not in the list of names; this document assumes `projectid` accepted as a field name.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `company`, `project`, `status`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Restrict by subtotalsdateoption: `invoiced` (group by invoiced date); `due` (group by due date); `paid` (group by paid date).
         */
        subtotalsdateoption?: 'invoiced' | 'due' | 'paid';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows linked to these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Compare the grandtotal figure: an exact number or a `gte`/`lte` bound.
         */
        grandtotal?: Comparison;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose invoiced date is on or after this date (absolute or relative).
         */
        invoiceddatefrom?: DateFilter;
        /**
         * Only rows whose invoiced date is on or before this date (absolute or relative).
         */
        invoiceddateto?: DateFilter;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows whose paid date is on or after this date (absolute or relative).
         */
        paiddatefrom?: DateFilter;
        /**
         * Only rows whose paid date is on or before this date (absolute or relative).
         */
        paiddateto?: DateFilter;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (invoices in active projects); `complete` (invoices in completed projects); `all` (invoices in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Restrict by status: `paid` (paid invoices); `unpaid` (unpaid invoices); `all` (all invoices).
         */
        status?: 'paid' | 'unpaid' | 'all';
        /**
         * Compare the subtotal figure: an exact number or a `gte`/`lte` bound.
         */
        subtotal?: Comparison;
        /**
         * Restrict by taxable: `true` (taxable invoices); `false` (non-taxable invoices); `all` (all invoices).
         */
        taxable?: 'true' | 'false' | 'all';
        /**
         * Compare the taxtotal figure: an exact number or a `gte`/`lte` bound.
         */
        taxtotal?: Comparison;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'companyname' | 'duedate' | 'id' | 'invoiceddate' | 'number' | 'title';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/invoices';
};
export type InvoicesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoicesListError = InvoicesListErrors[keyof InvoicesListErrors];
export type InvoicesListResponses = {
    /**
     * The matching rows.
     */
    200: InvoiceList;
};
export type InvoicesListResponse = InvoicesListResponses[keyof InvoicesListResponses];
export type InvoicesCreateData = {
    body: InvoicesCreateBody;
    path?: never;
    query?: never;
    url: '/invoices';
};
export type InvoicesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoicesCreateError = InvoicesCreateErrors[keyof InvoicesCreateErrors];
export type InvoicesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type InvoicesCreateResponse = InvoicesCreateResponses[keyof InvoicesCreateResponses];
export type InvoicesDeleteData = {
    body?: never;
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}';
};
export type InvoicesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoicesDeleteError = InvoicesDeleteErrors[keyof InvoicesDeleteErrors];
export type InvoicesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type InvoicesDeleteResponse = InvoicesDeleteResponses[keyof InvoicesDeleteResponses];
export type InvoicesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}';
};
export type InvoicesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoicesGetError = InvoicesGetErrors[keyof InvoicesGetErrors];
export type InvoicesGetResponses = {
    /**
     * The item.
     */
    200: InvoiceEnvelope;
};
export type InvoicesGetResponse = InvoicesGetResponses[keyof InvoicesGetResponses];
export type InvoicesUpdateData = {
    body: InvoicesUpdateBody;
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}';
};
export type InvoicesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoicesUpdateError = InvoicesUpdateErrors[keyof InvoicesUpdateErrors];
export type InvoicesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type InvoicesUpdateResponse = InvoicesUpdateResponses[keyof InvoicesUpdateResponses];
export type InvoiceLinesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}/lines';
};
export type InvoiceLinesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoiceLinesListError = InvoiceLinesListErrors[keyof InvoiceLinesListErrors];
export type InvoiceLinesListResponses = {
    /**
     * The matching rows.
     */
    200: InvoiceLineList;
};
export type InvoiceLinesListResponse = InvoiceLinesListResponses[keyof InvoiceLinesListResponses];
export type InvoiceLinesCreateData = {
    body: InvoiceLinesCreateBody | InvoiceLinesCreateBodyList;
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}/lines';
};
export type InvoiceLinesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoiceLinesCreateError = InvoiceLinesCreateErrors[keyof InvoiceLinesCreateErrors];
export type InvoiceLinesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type InvoiceLinesCreateResponse = InvoiceLinesCreateResponses[keyof InvoiceLinesCreateResponses];
export type InvoiceLinesDeleteData = {
    body?: never;
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
        /**
         * Invoice line id.
         */
        lineid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}/lines/{lineid}';
};
export type InvoiceLinesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoiceLinesDeleteError = InvoiceLinesDeleteErrors[keyof InvoiceLinesDeleteErrors];
export type InvoiceLinesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type InvoiceLinesDeleteResponse = InvoiceLinesDeleteResponses[keyof InvoiceLinesDeleteResponses];
export type InvoiceLinesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
        /**
         * Invoice line id.
         */
        lineid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}/lines/{lineid}';
};
export type InvoiceLinesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoiceLinesGetError = InvoiceLinesGetErrors[keyof InvoiceLinesGetErrors];
export type InvoiceLinesGetResponses = {
    /**
     * The item.
     */
    200: InvoiceLineEnvelope;
};
export type InvoiceLinesGetResponse = InvoiceLinesGetResponses[keyof InvoiceLinesGetResponses];
export type InvoiceLinesUpdateData = {
    body: InvoiceLinesUpdateBody;
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
        /**
         * Invoice line id.
         */
        lineid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}/lines/{lineid}';
};
export type InvoiceLinesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoiceLinesUpdateError = InvoiceLinesUpdateErrors[keyof InvoiceLinesUpdateErrors];
export type InvoiceLinesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type InvoiceLinesUpdateResponse = InvoiceLinesUpdateResponses[keyof InvoiceLinesUpdateResponses];
export type InvoicesMarkAsPaidData = {
    body?: InvoicesMarkAsPaidBody;
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}/markaspaid';
};
export type InvoicesMarkAsPaidErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoicesMarkAsPaidError = InvoicesMarkAsPaidErrors[keyof InvoicesMarkAsPaidErrors];
export type InvoicesMarkAsPaidResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type InvoicesMarkAsPaidResponse = InvoicesMarkAsPaidResponses[keyof InvoicesMarkAsPaidResponses];
export type InvoicesMarkAsUnpaidData = {
    body?: InvoicesMarkAsUnpaidBody;
    path: {
        /**
         * Invoice id.
         */
        invoiceid: number;
    };
    query?: never;
    url: '/invoices/{invoiceid}/markasunpaid';
};
export type InvoicesMarkAsUnpaidErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoicesMarkAsUnpaidError = InvoicesMarkAsUnpaidErrors[keyof InvoicesMarkAsUnpaidErrors];
export type InvoicesMarkAsUnpaidResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type InvoicesMarkAsUnpaidResponse = InvoicesMarkAsUnpaidResponses[keyof InvoicesMarkAsUnpaidResponses];
export type InvoicesListOverdueData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `company`, `dates`, `duedate`, `emaileddate`, `emailedto`, `grandtotal`, `invoicedby`, `invoiceddate`, `lastmodified`, `number`, `paiddate`, `project`, `purchaseordernumber`, `status`, `subtotal`, `taxable`, `taxtotal`, `title`, `totals`, `xero`, `none`, `projectid`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Vendor-doc correction: default includes `projectid`, which is not in the list of names; this document assumes `projectid` accepted as a field name.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `company`, `project`, `status`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Restrict by subtotalsdateoption: `invoiced` (group by invoiced date); `due` (group by due date); `paid` (group by paid date).
         */
        subtotalsdateoption?: 'invoiced' | 'due' | 'paid';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows linked to these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Compare the grandtotal figure: an exact number or a `gte`/`lte` bound.
         */
        grandtotal?: Comparison;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose invoiced date is on or after this date (absolute or relative).
         */
        invoiceddatefrom?: DateFilter;
        /**
         * Only rows whose invoiced date is on or before this date (absolute or relative).
         */
        invoiceddateto?: DateFilter;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Compare the subtotal figure: an exact number or a `gte`/`lte` bound.
         */
        subtotal?: Comparison;
        /**
         * Restrict by taxable: `true` (taxable invoices); `false` (non-taxable invoices); `all` (all invoices).
         */
        taxable?: 'true' | 'false' | 'all';
        /**
         * Compare the taxtotal figure: an exact number or a `gte`/`lte` bound.
         */
        taxtotal?: Comparison;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'number' | 'title';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/invoices/overdue';
};
export type InvoicesListOverdueErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type InvoicesListOverdueError = InvoicesListOverdueErrors[keyof InvoicesListOverdueErrors];
export type InvoicesListOverdueResponses = {
    /**
     * The matching rows.
     */
    200: InvoiceList;
};
export type InvoicesListOverdueResponse = InvoicesListOverdueResponses[keyof InvoicesListOverdueResponses];
export type LoginGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * The account address, e.g. `https://proworkflow6.net/ABCInc`; the bare account name was also found to work. With it, Basic credentials alone are enough and the answer carries the API key.
         */
        url?: string;
    };
    url: '/login';
};
export type LoginGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type LoginGetError = LoginGetErrors[keyof LoginGetErrors];
export type LoginGetResponses = {
    /**
     * Account and caller details.
     */
    200: LoginResult;
};
export type LoginGetResponse = LoginGetResponses[keyof LoginGetResponses];
export type MeGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: never;
    url: '/me';
};
export type MeGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type MeGetError = MeGetErrors[keyof MeGetErrors];
export type MeGetResponses = {
    /**
     * The item.
     */
    200: ContactEnvelope;
};
export type MeGetResponse = MeGetResponses[keyof MeGetResponses];
export type MeUpdateData = {
    body: MeUpdateBody;
    path?: never;
    query?: never;
    url: '/me';
};
export type MeUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type MeUpdateError = MeUpdateErrors[keyof MeUpdateErrors];
export type MeUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type MeUpdateResponse = MeUpdateResponses[keyof MeUpdateResponses];
export type MessagesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `author`, `contacts`, `content`, `date`, `files`, `originalmessageid`, `project`, `public`, `task`, `title`.
         */
        fields?: string;
        /**
         * `true`: return email, image, phone for contacts; `false`: the opposite. Default `false`.
         */
        contactdetails?: boolean;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only messages of the discussion started by this message.
         */
        originalmessageid?: number;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (messages for active projects); `complete` (messages for completed projects); `all` (messages for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Only rows linked to these tasks (comma-separated ids, any of them).
         */
        taskid?: IdList;
        /**
         * Restrict by taskstatus: `active` (messages for active tasks); `complete` (messages for completed tasks); `all` (messages for all tasks).
         */
        taskstatus?: 'active' | 'complete' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'originalmessageid' | 'date' | 'projectid' | 'taskid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/messages';
};
export type MessagesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type MessagesListError = MessagesListErrors[keyof MessagesListErrors];
export type MessagesListResponses = {
    /**
     * The matching rows.
     */
    200: MessageList;
};
export type MessagesListResponse = MessagesListResponses[keyof MessagesListResponses];
export type MessagesCreateData = {
    body: MessagesCreateBody;
    path?: never;
    query?: never;
    url: '/messages';
};
export type MessagesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type MessagesCreateError = MessagesCreateErrors[keyof MessagesCreateErrors];
export type MessagesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type MessagesCreateResponse = MessagesCreateResponses[keyof MessagesCreateResponses];
export type MessagesDeleteData = {
    body?: never;
    path: {
        /**
         * Message id.
         */
        messageid: number;
    };
    query?: never;
    url: '/messages/{messageid}';
};
export type MessagesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type MessagesDeleteError = MessagesDeleteErrors[keyof MessagesDeleteErrors];
export type MessagesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type MessagesDeleteResponse = MessagesDeleteResponses[keyof MessagesDeleteResponses];
export type MessagesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Message id.
         */
        messageid: number;
    };
    query?: {
        /**
         * `true`: return project contacts; `false`: the opposite. Default `false`.
         */
        projectcontacts?: boolean;
    };
    url: '/messages/{messageid}';
};
export type MessagesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type MessagesGetError = MessagesGetErrors[keyof MessagesGetErrors];
export type MessagesGetResponses = {
    /**
     * The item.
     */
    200: MessageEnvelope;
};
export type MessagesGetResponse = MessagesGetResponses[keyof MessagesGetResponses];
export type MessagesUpdateData = {
    body: MessagesUpdateBody;
    path: {
        /**
         * Message id.
         */
        messageid: number;
    };
    query?: never;
    url: '/messages/{messageid}';
};
export type MessagesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type MessagesUpdateError = MessagesUpdateErrors[keyof MessagesUpdateErrors];
export type MessagesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type MessagesUpdateResponse = MessagesUpdateResponses[keyof MessagesUpdateResponses];
export type NotesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `content`, `category`, `contacts`, `date`, `lastmodified`, `title`.
         */
        fields?: string;
        /**
         * `true`: return email, image, phone for contacts; `false`: the opposite. Default `false`.
         */
        contactdetails?: boolean;
        /**
         * Only rows linked to these categories (comma-separated ids, any of them).
         */
        categoryid?: IdList;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `date`).
         */
        sortby?: 'id' | 'title' | 'date';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/notes';
};
export type NotesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type NotesListError = NotesListErrors[keyof NotesListErrors];
export type NotesListResponses = {
    /**
     * The matching rows.
     */
    200: NoteList;
};
export type NotesListResponse = NotesListResponses[keyof NotesListResponses];
export type NotesCreateData = {
    body: NotesCreateBody;
    path?: never;
    query?: never;
    url: '/notes';
};
export type NotesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type NotesCreateError = NotesCreateErrors[keyof NotesCreateErrors];
export type NotesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type NotesCreateResponse = NotesCreateResponses[keyof NotesCreateResponses];
export type NotesDeleteData = {
    body?: never;
    path: {
        /**
         * Note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/notes/{noteid}';
};
export type NotesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type NotesDeleteError = NotesDeleteErrors[keyof NotesDeleteErrors];
export type NotesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type NotesDeleteResponse = NotesDeleteResponses[keyof NotesDeleteResponses];
export type NotesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/notes/{noteid}';
};
export type NotesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type NotesGetError = NotesGetErrors[keyof NotesGetErrors];
export type NotesGetResponses = {
    /**
     * The item.
     */
    200: NoteEnvelope;
};
export type NotesGetResponse = NotesGetResponses[keyof NotesGetResponses];
export type NotesUpdateData = {
    body: NotesUpdateBody;
    path: {
        /**
         * Note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/notes/{noteid}';
};
export type NotesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type NotesUpdateError = NotesUpdateErrors[keyof NotesUpdateErrors];
export type NotesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type NotesUpdateResponse = NotesUpdateResponses[keyof NotesUpdateResponses];
export type ProjectRequestsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `budget`, `client`, `company`, `customfields`, `customform`, `dates`, `description`, `duedate`, `files`, `lastmodified`, `recipient`, `startdate`, `submitteddate`, `template`, `title`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Compare the budget figure: an exact number or a `gte`/`lte` bound.
         */
        budget?: Comparison;
        /**
         * Only rows linked to requests made by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        clientid?: NegatableContactIdList;
        /**
         * Restrict by clienttype: `external` (external project requests); `internal` (internal project requests); `all` (all project requests).
         */
        clienttype?: 'external' | 'internal' | 'all';
        /**
         * Only rows linked to these companies (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        companyid?: NegatableIdList;
        /**
         * Match project custom field values (`id,text` pairs joined by `||`).
         */
        customfields?: CustomFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `customfields` pairs.
         */
        customfieldsmode?: MatchMode;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to requests sent to these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        recipientid?: NegatableContactIdList;
        /**
         * Free-text match on customform; prefix with `!` to exclude matches.
         */
        searchcustomform?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Only rows whose submission date is on or after this date (absolute or relative).
         */
        submitteddatefrom?: DateFilter;
        /**
         * Only rows whose submission date is on or before this date (absolute or relative).
         */
        submitteddateto?: DateFilter;
        /**
         * Only rows linked to these project templates (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        templateid?: NegatableIdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'title' | 'startdate' | 'duedate' | 'submitteddate' | 'companyid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projectrequests';
};
export type ProjectRequestsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectRequestsListError = ProjectRequestsListErrors[keyof ProjectRequestsListErrors];
export type ProjectRequestsListResponses = {
    /**
     * The matching rows.
     */
    200: ProjectRequestList;
};
export type ProjectRequestsListResponse = ProjectRequestsListResponses[keyof ProjectRequestsListResponses];
export type ProjectRequestsCreateData = {
    body: ProjectRequestsCreateBody;
    path?: never;
    query?: never;
    url: '/projectrequests';
};
export type ProjectRequestsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectRequestsCreateError = ProjectRequestsCreateErrors[keyof ProjectRequestsCreateErrors];
export type ProjectRequestsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectRequestsCreateResponse = ProjectRequestsCreateResponses[keyof ProjectRequestsCreateResponses];
export type ProjectRequestsDeleteData = {
    body?: never;
    path: {
        /**
         * Project request id.
         */
        projectrequestid: number;
    };
    query?: never;
    url: '/projectrequests/{projectrequestid}';
};
export type ProjectRequestsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectRequestsDeleteError = ProjectRequestsDeleteErrors[keyof ProjectRequestsDeleteErrors];
export type ProjectRequestsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectRequestsDeleteResponse = ProjectRequestsDeleteResponses[keyof ProjectRequestsDeleteResponses];
export type ProjectRequestsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project request id.
         */
        projectrequestid: number;
    };
    query?: never;
    url: '/projectrequests/{projectrequestid}';
};
export type ProjectRequestsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectRequestsGetError = ProjectRequestsGetErrors[keyof ProjectRequestsGetErrors];
export type ProjectRequestsGetResponses = {
    /**
     * The item.
     */
    200: ProjectRequestEnvelope;
};
export type ProjectRequestsGetResponse = ProjectRequestsGetResponses[keyof ProjectRequestsGetResponses];
export type ProjectRequestsUpdateData = {
    body: ProjectRequestsUpdateBody;
    path: {
        /**
         * Project request id.
         */
        projectrequestid: number;
    };
    query?: never;
    url: '/projectrequests/{projectrequestid}';
};
export type ProjectRequestsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectRequestsUpdateError = ProjectRequestsUpdateErrors[keyof ProjectRequestsUpdateErrors];
export type ProjectRequestsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectRequestsUpdateResponse = ProjectRequestsUpdateResponses[keyof ProjectRequestsUpdateResponses];
export type ProjectRequestsApproveData = {
    body?: ProjectRequestsApproveBody;
    path: {
        /**
         * Project request id.
         */
        projectrequestid: number;
    };
    query?: never;
    url: '/projectrequests/{projectrequestid}/approve';
};
export type ProjectRequestsApproveErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectRequestsApproveError = ProjectRequestsApproveErrors[keyof ProjectRequestsApproveErrors];
export type ProjectRequestsApproveResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectRequestsApproveResponse = ProjectRequestsApproveResponses[keyof ProjectRequestsApproveResponses];
export type ProjectRequestsDeclineData = {
    body?: ProjectRequestsDeclineBody;
    path: {
        /**
         * Project request id.
         */
        projectrequestid: number;
    };
    query?: never;
    url: '/projectrequests/{projectrequestid}/decline';
};
export type ProjectRequestsDeclineErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectRequestsDeclineError = ProjectRequestsDeclineErrors[keyof ProjectRequestsDeclineErrors];
export type ProjectRequestsDeclineResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectRequestsDeclineResponse = ProjectRequestsDeclineResponses[keyof ProjectRequestsDeclineResponses];
export type ProjectsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `accountedfor`, `apifields`, `category`, `company`, `completedate`, `contacts`, `customfields`, `customform`, `customstatus`, `dates`, `description`, `duedate`, `expensestotal`, `group`, `invoiced`, `invoicetotal`, `lastmodified`, `manager`, `number`, `paid`, `percentcomplete`, `priority`, `privatenotes`, `quotetotal`, `startdate`, `status`, `team`, `timeallocated`, `timetracked`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Restrict by accountedfor: `accountedfor` (projects marked as accounted for); `unaccountedfor` (projects marked as unaccounted for); `all` (all projects).
         */
        accountedfor?: 'accountedfor' | 'unaccountedfor' | 'all';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only projects of these client companies (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        companyid?: NegatableIdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        contacts?: NegatableContactIdList;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Match project custom field values (`id,text` pairs joined by `||`).
         */
        customfields?: CustomFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `customfields` pairs.
         */
        customfieldsmode?: MatchMode;
        /**
         * Only rows linked to these custom statuses (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        customstatusid?: NegatableIdList;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Only rows linked to projects managed by these groups (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        groupid?: NegatableIdList;
        /**
         * Only these projects (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Restrict by invoiced: `invoiced` (projects marked as invoiced); `uninvoiced` (projects marked as uninvoiced); `all` (all projects).
         */
        invoiced?: 'invoiced' | 'uninvoiced' | 'all';
        /**
         * Compare the invoicetotal figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        invoicetotal?: TotalComparison;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        managerid?: NegatableContactIdList;
        /**
         * Restrict by paid: `paid` (projects marked as paid); `unpaid` (projects marked as unpaid); `all` (all projects).
         */
        paid?: 'paid' | 'unpaid' | 'all';
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Compare the quotetotal figure: an exact number or a `gte`/`lte` bound.
         */
        quotetotal?: Comparison;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on customform; prefix with `!` to exclude matches.
         */
        searchcustomform?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active projects); `complete` (completed projects); `all` (all projects).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Only rows linked to projects managed by these teams (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        teamid?: NegatableIdList;
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Restrict by timebillable: `all` (all time); `billable` (billable time only); `nonbillable` (non-billable time only).
         */
        timebillable?: 'all' | 'billable' | 'nonbillable';
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'title' | 'number' | 'startdate' | 'duedate' | 'completedate' | 'categoryname' | 'companyname' | 'priority';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects';
};
export type ProjectsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsListError = ProjectsListErrors[keyof ProjectsListErrors];
export type ProjectsListResponses = {
    /**
     * The matching rows.
     */
    200: ProjectList;
};
export type ProjectsListResponse = ProjectsListResponses[keyof ProjectsListResponses];
export type ProjectsCreateData = {
    body: ProjectsCreateBody;
    path?: never;
    query?: never;
    url: '/projects';
};
export type ProjectsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsCreateError = ProjectsCreateErrors[keyof ProjectsCreateErrors];
export type ProjectsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectsCreateResponse = ProjectsCreateResponses[keyof ProjectsCreateResponses];
export type ProjectsDeleteData = {
    body?: never;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}';
};
export type ProjectsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsDeleteError = ProjectsDeleteErrors[keyof ProjectsDeleteErrors];
export type ProjectsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectsDeleteResponse = ProjectsDeleteResponses[keyof ProjectsDeleteResponses];
export type ProjectsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}';
};
export type ProjectsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsGetError = ProjectsGetErrors[keyof ProjectsGetErrors];
export type ProjectsGetResponses = {
    /**
     * The item.
     */
    200: ProjectEnvelope;
};
export type ProjectsGetResponse = ProjectsGetResponses[keyof ProjectsGetResponses];
export type ProjectsUpdateData = {
    body: ProjectsUpdateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}';
};
export type ProjectsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsUpdateError = ProjectsUpdateErrors[keyof ProjectsUpdateErrors];
export type ProjectsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectsUpdateResponse = ProjectsUpdateResponses[keyof ProjectsUpdateResponses];
export type ProjectAccessCheckData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
        /**
         * Contact id.
         */
        contactid: number;
    };
    query?: never;
    url: '/projects/{projectid}/access/{contactid}';
};
export type ProjectAccessCheckErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectAccessCheckError = ProjectAccessCheckErrors[keyof ProjectAccessCheckErrors];
export type ProjectAccessCheckResponses = {
    /**
     * The item.
     */
    200: ProjectAccessEnvelope;
};
export type ProjectAccessCheckResponse = ProjectAccessCheckResponses[keyof ProjectAccessCheckResponses];
export type ProjectsAdjustDatesData = {
    body: ProjectsAdjustDatesBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/adjustdates';
};
export type ProjectsAdjustDatesErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsAdjustDatesError = ProjectsAdjustDatesErrors[keyof ProjectsAdjustDatesErrors];
export type ProjectsAdjustDatesResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectsAdjustDatesResponse = ProjectsAdjustDatesResponses[keyof ProjectsAdjustDatesResponses];
export type ProjectBookmarksListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `title`, `url`, `description`, `date`, `projectid`, `lastmodified`.
         */
        fields?: string;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Free-text match on the title; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'title' | 'date';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/bookmarks';
};
export type ProjectBookmarksListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectBookmarksListError = ProjectBookmarksListErrors[keyof ProjectBookmarksListErrors];
export type ProjectBookmarksListResponses = {
    /**
     * The matching rows.
     */
    200: BookmarkList;
};
export type ProjectBookmarksListResponse = ProjectBookmarksListResponses[keyof ProjectBookmarksListResponses];
export type ProjectBookmarksCreateData = {
    body: ProjectBookmarksCreateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/bookmarks';
};
export type ProjectBookmarksCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectBookmarksCreateError = ProjectBookmarksCreateErrors[keyof ProjectBookmarksCreateErrors];
export type ProjectBookmarksCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectBookmarksCreateResponse = ProjectBookmarksCreateResponses[keyof ProjectBookmarksCreateResponses];
export type ProjectBookmarksDeleteData = {
    body?: never;
    path: {
        /**
         * Project id.
         */
        projectid: number;
        /**
         * Bookmark id.
         */
        bookmarkid: number;
    };
    query?: never;
    url: '/projects/{projectid}/bookmarks/{bookmarkid}';
};
export type ProjectBookmarksDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectBookmarksDeleteError = ProjectBookmarksDeleteErrors[keyof ProjectBookmarksDeleteErrors];
export type ProjectBookmarksDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectBookmarksDeleteResponse = ProjectBookmarksDeleteResponses[keyof ProjectBookmarksDeleteResponses];
export type ProjectBookmarksGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
        /**
         * Bookmark id.
         */
        bookmarkid: number;
    };
    query?: never;
    url: '/projects/{projectid}/bookmarks/{bookmarkid}';
};
export type ProjectBookmarksGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectBookmarksGetError = ProjectBookmarksGetErrors[keyof ProjectBookmarksGetErrors];
export type ProjectBookmarksGetResponses = {
    /**
     * The item.
     */
    200: BookmarkEnvelope;
};
export type ProjectBookmarksGetResponse = ProjectBookmarksGetResponses[keyof ProjectBookmarksGetResponses];
export type ProjectBookmarksUpdateData = {
    body: ProjectBookmarksUpdateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
        /**
         * Bookmark id.
         */
        bookmarkid: number;
    };
    query?: never;
    url: '/projects/{projectid}/bookmarks/{bookmarkid}';
};
export type ProjectBookmarksUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectBookmarksUpdateError = ProjectBookmarksUpdateErrors[keyof ProjectBookmarksUpdateErrors];
export type ProjectBookmarksUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectBookmarksUpdateResponse = ProjectBookmarksUpdateResponses[keyof ProjectBookmarksUpdateResponses];
export type ProjectsCompleteData = {
    body?: ProjectsCompleteBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/complete';
};
export type ProjectsCompleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsCompleteError = ProjectsCompleteErrors[keyof ProjectsCompleteErrors];
export type ProjectsCompleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectsCompleteResponse = ProjectsCompleteResponses[keyof ProjectsCompleteResponses];
export type ProjectContactsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `address`, `company`, `email`, `groups`, `image`, `lastmodified`, `location`, `logindetails`, `name`, `phone`, `tags`, `teams`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * `true`: contacts with Login Access; `false`: the opposite.
         */
        allowlogin?: boolean;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Contacts; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `firstname`).
         */
        sortby?: 'id' | 'firstname' | 'lastname';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/contacts';
};
export type ProjectContactsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectContactsListError = ProjectContactsListErrors[keyof ProjectContactsListErrors];
export type ProjectContactsListResponses = {
    /**
     * The matching rows.
     */
    200: ContactList;
};
export type ProjectContactsListResponse = ProjectContactsListResponses[keyof ProjectContactsListResponses];
export type ProjectContactsUpdateData = {
    body: ProjectContactsUpdateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/contacts';
};
export type ProjectContactsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectContactsUpdateError = ProjectContactsUpdateErrors[keyof ProjectContactsUpdateErrors];
export type ProjectContactsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectContactsUpdateResponse = ProjectContactsUpdateResponses[keyof ProjectContactsUpdateResponses];
export type ProjectExpensesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `company`, `contact`, `cost`, `date`, `description`, `invoiced`, `name`, `project`, `taxable`.
         */
        fields?: string;
        /**
         * Only rows linked to these categories (comma-separated ids, any of them).
         */
        categoryid?: IdList;
        /**
         * Only rows linked to these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Restrict by invoiced: `invoiced` (invoiced expenses); `uninvoiced` (uninvoiced expenses); `all` (all expenses).
         */
        invoiced?: 'invoiced' | 'uninvoiced' | 'all';
        /**
         * Restrict by projectstatus: `active` (expenses for active projects); `complete` (expenses for completed projects); `all` (expenses for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Restrict by taxable: `taxable` (taxable expenses); `nontaxable` (non-taxable expenses); `all` (all expenses).
         */
        taxable?: 'taxable' | 'nontaxable' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `date`).
         */
        sortby?: 'id' | 'name' | 'date' | 'projectid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/expenses';
};
export type ProjectExpensesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectExpensesListError = ProjectExpensesListErrors[keyof ProjectExpensesListErrors];
export type ProjectExpensesListResponses = {
    /**
     * The matching rows.
     */
    200: ExpenseList;
};
export type ProjectExpensesListResponse = ProjectExpensesListResponses[keyof ProjectExpensesListResponses];
export type ProjectExpensesCreateData = {
    body: ProjectExpensesCreateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/expenses';
};
export type ProjectExpensesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectExpensesCreateError = ProjectExpensesCreateErrors[keyof ProjectExpensesCreateErrors];
export type ProjectExpensesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectExpensesCreateResponse = ProjectExpensesCreateResponses[keyof ProjectExpensesCreateResponses];
export type ProjectFilesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `contacts`, `date`, `folder`, `link`, `name`, `project`, `size`, `task`.
         */
        fields?: string;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these folders (comma-separated ids, any of them).
         */
        folderid?: IdList;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Restrict by projectstatus: `active` (files for active projects); `complete` (files for completed projects); `all` (files for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Only rows linked to these tasks (comma-separated ids, any of them).
         */
        taskid?: IdList;
        /**
         * Restrict by taskstatus: `active` (files for active tasks); `complete` (files for completed tasks); `all` (files for all tasks).
         */
        taskstatus?: 'active' | 'complete' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'size' | 'date' | 'projectid' | 'taskid' | 'folderid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/files';
};
export type ProjectFilesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectFilesListError = ProjectFilesListErrors[keyof ProjectFilesListErrors];
export type ProjectFilesListResponses = {
    /**
     * The matching rows.
     */
    200: FileList;
};
export type ProjectFilesListResponse = ProjectFilesListResponses[keyof ProjectFilesListResponses];
export type ProjectFilesCreateData = {
    body: ProjectFilesCreateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/files';
};
export type ProjectFilesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectFilesCreateError = ProjectFilesCreateErrors[keyof ProjectFilesCreateErrors];
export type ProjectFilesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectFilesCreateResponse = ProjectFilesCreateResponses[keyof ProjectFilesCreateResponses];
export type ProjectInvoicesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `company`, `customfield`, `dates`, `description`, `duedate`, `emaileddate`, `emailedto`, `invoicedby`, `invoiceddate`, `lastmodified`, `number`, `paiddate`, `project`, `purchaseordernumber`, `showcostbreakdown`, `status`, `taxable`, `taxrate`, `title`, `totals`, `none`, `projectid`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Vendor-doc correction: default includes `projectid`, which is not in the list of names; this document assumes `projectid` accepted as a field name.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `company`, `project`, `status`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Restrict by subtotalsdateoption: `invoiced` (group by invoiced date); `due` (group by due date); `paid` (group by paid date).
         */
        subtotalsdateoption?: 'invoiced' | 'due' | 'paid';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows linked to these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Compare the grandtotal figure: an exact number or a `gte`/`lte` bound.
         */
        grandtotal?: Comparison;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose invoiced date is on or after this date (absolute or relative).
         */
        invoiceddatefrom?: DateFilter;
        /**
         * Only rows whose invoiced date is on or before this date (absolute or relative).
         */
        invoiceddateto?: DateFilter;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows whose paid date is on or after this date (absolute or relative).
         */
        paiddatefrom?: DateFilter;
        /**
         * Only rows whose paid date is on or before this date (absolute or relative).
         */
        paiddateto?: DateFilter;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Restrict by projectstatus: `active` (invoices in active projects); `complete` (invoices in completed projects); `all` (invoices in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Restrict by status: `paid` (paid invoices); `unpaid` (unpaid invoices); `all` (all invoices).
         */
        status?: 'paid' | 'unpaid' | 'all';
        /**
         * Compare the subtotal figure: an exact number or a `gte`/`lte` bound.
         */
        subtotal?: Comparison;
        /**
         * Restrict by taxable: `true` (taxable invoices); `false` (non-taxable invoices); `all` (all invoices).
         */
        taxable?: 'true' | 'false' | 'all';
        /**
         * Compare the taxtotal figure: an exact number or a `gte`/`lte` bound.
         */
        taxtotal?: Comparison;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'companyname' | 'duedate' | 'id' | 'invoiceddate' | 'number' | 'title';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/invoices';
};
export type ProjectInvoicesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectInvoicesListError = ProjectInvoicesListErrors[keyof ProjectInvoicesListErrors];
export type ProjectInvoicesListResponses = {
    /**
     * The matching rows.
     */
    200: InvoiceList;
};
export type ProjectInvoicesListResponse = ProjectInvoicesListResponses[keyof ProjectInvoicesListResponses];
export type ProjectInvoicesCreateData = {
    body: ProjectInvoicesCreateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/invoices';
};
export type ProjectInvoicesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectInvoicesCreateError = ProjectInvoicesCreateErrors[keyof ProjectInvoicesCreateErrors];
export type ProjectInvoicesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectInvoicesCreateResponse = ProjectInvoicesCreateResponses[keyof ProjectInvoicesCreateResponses];
export type ProjectMessagesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `author`, `contacts`, `content`, `date`, `files`, `originalmessageid`, `project`, `public`, `task`, `title`.
         */
        fields?: string;
        /**
         * `true`: return email, image, phone for contacts; `false`: the opposite. Default `false`.
         */
        contactdetails?: boolean;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only messages of the discussion started by this message.
         */
        originalmessageid?: number;
        /**
         * Restrict by projectstatus: `active` (messages for active projects); `complete` (messages for completed projects); `all` (messages for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Only rows linked to these tasks (comma-separated ids, any of them).
         */
        taskid?: IdList;
        /**
         * Restrict by taskstatus: `active` (messages for active tasks); `complete` (messages for completed tasks); `all` (messages for all tasks).
         */
        taskstatus?: 'active' | 'complete' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'originalmessageid' | 'date' | 'projectid' | 'taskid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/messages';
};
export type ProjectMessagesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectMessagesListError = ProjectMessagesListErrors[keyof ProjectMessagesListErrors];
export type ProjectMessagesListResponses = {
    /**
     * The matching rows.
     */
    200: MessageList;
};
export type ProjectMessagesListResponse = ProjectMessagesListResponses[keyof ProjectMessagesListResponses];
export type ProjectMessagesCreateData = {
    body: ProjectMessagesCreateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/messages';
};
export type ProjectMessagesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectMessagesCreateError = ProjectMessagesCreateErrors[keyof ProjectMessagesCreateErrors];
export type ProjectMessagesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectMessagesCreateResponse = ProjectMessagesCreateResponses[keyof ProjectMessagesCreateResponses];
export type ProjectQuotesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `approveddate`, `company`, `dates`, `description`, `emaileddate`, `emailedto`, `lastmodified`, `number`, `project`, `quotedby`, `quoteddate`, `status`, `taxable`, `title`, `totals`, `type`, `validtodate`, `none`, `projectid`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Vendor-doc correction: default includes `projectid`, which is not in the list of names; this document assumes `projectid` accepted as a field name.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `company`, `project`, `status`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Restrict by subtotalsdateoption: `approved` (group by approved date); `quoted` (group by quoted date).
         */
        subtotalsdateoption?: 'approved' | 'quoted';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows whose approval date is on or after this date (absolute or relative).
         */
        approveddatefrom?: DateFilter;
        /**
         * Only rows whose approval date is on or before this date (absolute or relative).
         */
        approveddateto?: DateFilter;
        /**
         * Compare the grandtotal figure: an exact number or a `gte`/`lte` bound.
         */
        grandtotal?: Comparison;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows whose quote date is on or after this date (absolute or relative).
         */
        quoteddatefrom?: DateFilter;
        /**
         * Only rows whose quote date is on or before this date (absolute or relative).
         */
        quoteddateto?: DateFilter;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Restrict by status: `pending` (pending quotes); `approved` (approved quotes); `active` (pending and approved quotes); `declined` (declined quotes); `all` (all quotes).
         */
        status?: 'pending' | 'approved' | 'active' | 'declined' | 'all';
        /**
         * Compare the subtotal figure: an exact number or a `gte`/`lte` bound.
         */
        subtotal?: Comparison;
        /**
         * Restrict by taxable: `true` (taxable quotes); `false` (non-taxable quotes); `all` (all quotes).
         */
        taxable?: 'true' | 'false' | 'all';
        /**
         * Compare the taxtotal figure: an exact number or a `gte`/`lte` bound.
         */
        taxtotal?: Comparison;
        /**
         * Restrict by type: `estimate` (estimates); `quote` (quotes); `all` (estimates and quotes).
         */
        type?: 'estimate' | 'quote' | 'all';
        /**
         * Only rows whose valid-to date is on or after this date (absolute or relative).
         */
        validtodatefrom?: DateFilter;
        /**
         * Only rows whose valid-to date is on or before this date (absolute or relative).
         */
        validtodateto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'number' | 'title';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/quotes';
};
export type ProjectQuotesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectQuotesListError = ProjectQuotesListErrors[keyof ProjectQuotesListErrors];
export type ProjectQuotesListResponses = {
    /**
     * The matching rows.
     */
    200: QuoteList;
};
export type ProjectQuotesListResponse = ProjectQuotesListResponses[keyof ProjectQuotesListResponses];
export type ProjectQuotesCreateData = {
    body: QuotesCreateInProjectBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/quotes';
};
export type ProjectQuotesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectQuotesCreateError = ProjectQuotesCreateErrors[keyof ProjectQuotesCreateErrors];
export type ProjectQuotesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectQuotesCreateResponse = ProjectQuotesCreateResponses[keyof ProjectQuotesCreateResponses];
export type ProjectsReactivateData = {
    body?: ProjectsReactivateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/reactivate';
};
export type ProjectsReactivateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsReactivateError = ProjectsReactivateErrors[keyof ProjectsReactivateErrors];
export type ProjectsReactivateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectsReactivateResponse = ProjectsReactivateResponses[keyof ProjectsReactivateResponses];
export type ProjectSettingsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/settings';
};
export type ProjectSettingsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectSettingsGetError = ProjectSettingsGetErrors[keyof ProjectSettingsGetErrors];
export type ProjectSettingsGetResponses = {
    /**
     * The item.
     */
    200: ProjectSettingsEnvelope;
};
export type ProjectSettingsGetResponse = ProjectSettingsGetResponses[keyof ProjectSettingsGetResponses];
export type ProjectSettingsUpdateData = {
    body: ProjectSettingsUpdateBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/settings';
};
export type ProjectSettingsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectSettingsUpdateError = ProjectSettingsUpdateErrors[keyof ProjectSettingsUpdateErrors];
export type ProjectSettingsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type ProjectSettingsUpdateResponse = ProjectSettingsUpdateResponses[keyof ProjectSettingsUpdateResponses];
export type ProjectSharedNotesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `author`, `content`, `date`, `lastmodified`, `project`, `title`.
         */
        fields?: string;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `date`).
         */
        sortby?: 'id' | 'title' | 'date';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/sharednotes';
};
export type ProjectSharedNotesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectSharedNotesListError = ProjectSharedNotesListErrors[keyof ProjectSharedNotesListErrors];
export type ProjectSharedNotesListResponses = {
    /**
     * The matching rows.
     */
    200: SharedNoteList;
};
export type ProjectSharedNotesListResponse = ProjectSharedNotesListResponses[keyof ProjectSharedNotesListResponses];
export type ProjectSharedNotesCreateData = {
    body: SharedNotesCreateInProjectBody;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/sharednotes';
};
export type ProjectSharedNotesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectSharedNotesCreateError = ProjectSharedNotesCreateErrors[keyof ProjectSharedNotesCreateErrors];
export type ProjectSharedNotesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectSharedNotesCreateResponse = ProjectSharedNotesCreateResponses[keyof ProjectSharedNotesCreateResponses];
export type ProjectTasksListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `completedate`, `contacts`, `creator`, `dates`, `dependent`, `description`, `duedate`, `lastmodified`, `name`, `order`, `priority`, `project`, `projectcategory`, `projectmanager`, `startdate`, `status`, `timeallocated`, `timetracked`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `true` (billable tasks); `false` (non-billable tasks); `all` (all tasks).
         */
        billable?: 'true' | 'false' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only tasks of projects for these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `unassigned` selects rows nobody is assigned to. `all` removes the restriction.
         */
        contacts?: TaskContactFilter;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Restrict by dependentstatus: `current` (current dependent tasks); `noncurrent` (non-current dependent tasks); `all` (all dependent tasks).
         */
        dependentstatus?: 'current' | 'noncurrent' | 'all';
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * `true`: include General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Only these tasks (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only rows linked to internal clients in these groups (comma-separated ids, any of them).
         */
        internalclientgroupid?: IdList;
        /**
         * Only rows linked to internal clients in these teams (comma-separated ids, any of them).
         */
        internalclientteamid?: IdList;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * Restrict by projectstatus: `active` (tasks in active projects); `complete` (tasks in completed projects); `all` (tasks in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * `true`: include Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Free-text match on the task name; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active tasks); `complete` (completed tasks); `all` (all tasks).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * Restrict by type: `normal` (normal tasks); `bold` (bold tasks); `heading` (heading tasks); `nonheading` (non-heading tasks (normal + bold)); `all` (all tasks).
         */
        type?: 'normal' | 'bold' | 'heading' | 'nonheading' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'order' | 'name' | 'startdate' | 'duedate' | 'completedate' | 'projectid' | 'projectnumber' | 'projecttitle';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/tasks';
};
export type ProjectTasksListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectTasksListError = ProjectTasksListErrors[keyof ProjectTasksListErrors];
export type ProjectTasksListResponses = {
    /**
     * The matching rows.
     */
    200: TaskList;
};
export type ProjectTasksListResponse = ProjectTasksListResponses[keyof ProjectTasksListResponses];
export type ProjectTasksCreateData = {
    body: ProjectTasksCreateBody | ProjectTasksCreateBodyList;
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: never;
    url: '/projects/{projectid}/tasks';
};
export type ProjectTasksCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectTasksCreateError = ProjectTasksCreateErrors[keyof ProjectTasksCreateErrors];
export type ProjectTasksCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type ProjectTasksCreateResponse = ProjectTasksCreateResponses[keyof ProjectTasksCreateResponses];
export type ProjectTimeListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project id.
         */
        projectid: number;
    };
    query?: {
        /**
         * The first day of the tracking period (absolute or relative date); six days ago (`-6d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedfrom?: DateFilter;
        /**
         * The last day of the tracking period (absolute or relative date); today (`+0d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedto?: DateFilter;
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `contact`, `dates`, `lastmodified`, `notes`, `project`, `task`, `tasktimetotals`, `timetracked`, `none`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Default `contact,task,project,dates,timetracked,billable` (assumed, see x-open-questions).
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `billable`, `category`, `company`, `contact`, `group`, `internalclientgroup`, `internalclientteam`, `project`, `task`, `team`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `billable` (billable time); `nonbillable` (non-billable time); `all` (all time).
         */
        billable?: 'billable' | 'nonbillable' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them).
         */
        categoryid?: IdList;
        /**
         * Only time on projects for these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * `true`: include Time for General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Only these time records (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * `true`: include Time for Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Only rows whose task completion date is on or after this date (absolute or relative).
         */
        taskcompletedatefrom?: DateFilter;
        /**
         * Only rows whose task completion date is on or before this date (absolute or relative).
         */
        taskcompletedateto?: DateFilter;
        /**
         * Only rows whose task due date is on or after this date (absolute or relative).
         */
        taskduedatefrom?: DateFilter;
        /**
         * Only rows whose task due date is on or before this date (absolute or relative).
         */
        taskduedateto?: DateFilter;
        /**
         * Only rows linked to these tasks (comma-separated ids, any of them).
         */
        taskid?: IdList;
        /**
         * Only rows whose task start date is on or after this date (absolute or relative).
         */
        taskstartdatefrom?: DateFilter;
        /**
         * Only rows whose task start date is on or before this date (absolute or relative).
         */
        taskstartdateto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'date' | 'taskid' | 'projectid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/{projectid}/time';
};
export type ProjectTimeListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectTimeListError = ProjectTimeListErrors[keyof ProjectTimeListErrors];
export type ProjectTimeListResponses = {
    /**
     * The matching rows.
     */
    200: TimeRecordList;
};
export type ProjectTimeListResponse = ProjectTimeListResponses[keyof ProjectTimeListResponses];
export type ProjectsListOverdueData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `accountedfor`, `apifields`, `category`, `company`, `completedate`, `contacts`, `customfields`, `customform`, `customstatus`, `dates`, `description`, `duedate`, `expensestotal`, `group`, `invoiced`, `invoicetotal`, `lastmodified`, `manager`, `number`, `paid`, `percentcomplete`, `priority`, `privatenotes`, `quotetotal`, `startdate`, `status`, `team`, `timeallocated`, `timetracked`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Restrict by accountedfor: `accountedfor` (projects marked as accounted for); `unaccountedfor` (projects marked as unaccounted for); `all` (all projects).
         */
        accountedfor?: 'accountedfor' | 'unaccountedfor' | 'all';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only projects of these client companies (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        companyid?: NegatableIdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        contacts?: NegatableContactIdList;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Match project custom field values (`id,text` pairs joined by `||`).
         */
        customfields?: CustomFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `customfields` pairs.
         */
        customfieldsmode?: MatchMode;
        /**
         * Only rows linked to these custom statuses (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        customstatusid?: NegatableIdList;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Only rows linked to projects managed by these groups (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        groupid?: NegatableIdList;
        /**
         * Only these projects (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Restrict by invoiced: `invoiced` (projects marked as invoiced); `uninvoiced` (projects marked as uninvoiced); `all` (all projects).
         */
        invoiced?: 'invoiced' | 'uninvoiced' | 'all';
        /**
         * Compare the invoicetotal figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        invoicetotal?: TotalComparison;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        managerid?: NegatableContactIdList;
        /**
         * Restrict by paid: `paid` (projects marked as paid); `unpaid` (projects marked as unpaid); `all` (all projects).
         */
        paid?: 'paid' | 'unpaid' | 'all';
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Compare the quotetotal figure: an exact number or a `gte`/`lte` bound.
         */
        quotetotal?: Comparison;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on customform; prefix with `!` to exclude matches.
         */
        searchcustomform?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Only rows linked to projects managed by these teams (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        teamid?: NegatableIdList;
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Restrict by timebillable: `all` (all time); `billable` (billable time only); `nonbillable` (non-billable time only).
         */
        timebillable?: 'all' | 'billable' | 'nonbillable';
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'title' | 'number' | 'startdate' | 'duedate' | 'completedate' | 'categoryname' | 'companyname' | 'priority';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/overdue';
};
export type ProjectsListOverdueErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsListOverdueError = ProjectsListOverdueErrors[keyof ProjectsListOverdueErrors];
export type ProjectsListOverdueResponses = {
    /**
     * The matching rows.
     */
    200: ProjectList;
};
export type ProjectsListOverdueResponse = ProjectsListOverdueResponses[keyof ProjectsListOverdueResponses];
export type ProjectsListOvertimeData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `accountedfor`, `apifields`, `category`, `company`, `completedate`, `contacts`, `customfields`, `customform`, `customstatus`, `dates`, `description`, `duedate`, `expensestotal`, `group`, `invoiced`, `invoicetotal`, `lastmodified`, `manager`, `number`, `paid`, `percentcomplete`, `priority`, `privatenotes`, `quotetotal`, `startdate`, `status`, `team`, `timeallocated`, `timetracked`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Restrict by accountedfor: `accountedfor` (projects marked as accounted for); `unaccountedfor` (projects marked as unaccounted for); `all` (all projects).
         */
        accountedfor?: 'accountedfor' | 'unaccountedfor' | 'all';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only projects of these client companies (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        companyid?: NegatableIdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        contacts?: NegatableContactIdList;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Match project custom field values (`id,text` pairs joined by `||`).
         */
        customfields?: CustomFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `customfields` pairs.
         */
        customfieldsmode?: MatchMode;
        /**
         * Only rows linked to these custom statuses (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        customstatusid?: NegatableIdList;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * Only rows linked to projects managed by these groups (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        groupid?: NegatableIdList;
        /**
         * Only these projects (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Restrict by invoiced: `invoiced` (projects marked as invoiced); `uninvoiced` (projects marked as uninvoiced); `all` (all projects).
         */
        invoiced?: 'invoiced' | 'uninvoiced' | 'all';
        /**
         * Compare the invoicetotal figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        invoicetotal?: TotalComparison;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        managerid?: NegatableContactIdList;
        /**
         * Restrict by paid: `paid` (projects marked as paid); `unpaid` (projects marked as unpaid); `all` (all projects).
         */
        paid?: 'paid' | 'unpaid' | 'all';
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Compare the quotetotal figure: an exact number or a `gte`/`lte` bound.
         */
        quotetotal?: Comparison;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on customform; prefix with `!` to exclude matches.
         */
        searchcustomform?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active projects); `complete` (completed projects); `all` (all projects).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Only rows linked to projects managed by these teams (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        teamid?: NegatableIdList;
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Restrict by timebillable: `all` (all time); `billable` (billable time only); `nonbillable` (non-billable time only).
         */
        timebillable?: 'all' | 'billable' | 'nonbillable';
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'id' | 'title' | 'number' | 'startdate' | 'duedate' | 'completedate' | 'categoryname' | 'companyname' | 'priority';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/projects/overtime';
};
export type ProjectsListOvertimeErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type ProjectsListOvertimeError = ProjectsListOvertimeErrors[keyof ProjectsListOvertimeErrors];
export type ProjectsListOvertimeResponses = {
    /**
     * The matching rows.
     */
    200: ProjectList;
};
export type ProjectsListOvertimeResponse = ProjectsListOvertimeResponses[keyof ProjectsListOvertimeResponses];
export type QuotesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `approveddate`, `company`, `dates`, `description`, `emaileddate`, `emailedto`, `lastmodified`, `number`, `project`, `quotedby`, `quoteddate`, `status`, `taxable`, `title`, `totals`, `type`, `validtodate`, `none`, `projectid`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Vendor-doc correction: default includes `projectid`, which is not in the list of names; this document assumes `projectid` accepted as a field name.
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `company`, `project`, `status`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Restrict by subtotalsdateoption: `approved` (group by approved date); `quoted` (group by quoted date).
         */
        subtotalsdateoption?: 'approved' | 'quoted';
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows whose approval date is on or after this date (absolute or relative).
         */
        approveddatefrom?: DateFilter;
        /**
         * Only rows whose approval date is on or before this date (absolute or relative).
         */
        approveddateto?: DateFilter;
        /**
         * Only rows linked to these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows for these client contacts (comma-separated ids, any of them).
         */
        contactid?: IdList;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Compare the grandtotal figure: an exact number or a `gte`/`lte` bound.
         */
        grandtotal?: Comparison;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (quotes in active projects); `complete` (quotes in completed projects); `all` (quotes in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Only rows whose quote date is on or after this date (absolute or relative).
         */
        quoteddatefrom?: DateFilter;
        /**
         * Only rows whose quote date is on or before this date (absolute or relative).
         */
        quoteddateto?: DateFilter;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on number; prefix with `!` to exclude matches.
         */
        searchnumber?: NegatableSearch;
        /**
         * Free-text match on title; prefix with `!` to exclude matches.
         */
        searchtitle?: NegatableSearch;
        /**
         * Restrict by status: `pending` (pending quotes); `approved` (approved quotes); `active` (pending and approved quotes); `declined` (declined quotes); `all` (all quotes).
         */
        status?: 'pending' | 'approved' | 'active' | 'declined' | 'all';
        /**
         * Compare the subtotal figure: an exact number or a `gte`/`lte` bound.
         */
        subtotal?: Comparison;
        /**
         * Restrict by taxable: `true` (taxable quotes); `false` (non-taxable quotes); `all` (all quotes).
         */
        taxable?: 'true' | 'false' | 'all';
        /**
         * Compare the taxtotal figure: an exact number or a `gte`/`lte` bound.
         */
        taxtotal?: Comparison;
        /**
         * Restrict by type: `estimate` (estimates); `quote` (quotes); `all` (estimates and quotes).
         */
        type?: 'estimate' | 'quote' | 'all';
        /**
         * Only rows whose valid-to date is on or after this date (absolute or relative).
         */
        validtodatefrom?: DateFilter;
        /**
         * Only rows whose valid-to date is on or before this date (absolute or relative).
         */
        validtodateto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `number`).
         */
        sortby?: 'companyname' | 'id' | 'number' | 'quoteddate' | 'title';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/quotes';
};
export type QuotesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuotesListError = QuotesListErrors[keyof QuotesListErrors];
export type QuotesListResponses = {
    /**
     * The matching rows.
     */
    200: QuoteList;
};
export type QuotesListResponse = QuotesListResponses[keyof QuotesListResponses];
export type QuotesCreateData = {
    body: QuotesCreateBody;
    path?: never;
    query?: never;
    url: '/quotes';
};
export type QuotesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuotesCreateError = QuotesCreateErrors[keyof QuotesCreateErrors];
export type QuotesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type QuotesCreateResponse = QuotesCreateResponses[keyof QuotesCreateResponses];
export type QuoteLinesListAllData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only lines of these quotes (comma-separated ids, any of them).
         */
        quoteid?: IdList;
        /**
         * Restrict by line type; `all` (the default) lists every type.
         */
        type?: 'heading' | 'lineitem' | 'taskrate' | 'staffrate' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `quoteid`).
         */
        sortby?: 'id' | 'quoteid' | 'displayorder';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/quotes/lines';
};
export type QuoteLinesListAllErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuoteLinesListAllError = QuoteLinesListAllErrors[keyof QuoteLinesListAllErrors];
export type QuoteLinesListAllResponses = {
    /**
     * The matching rows.
     */
    200: QuoteLineList;
};
export type QuoteLinesListAllResponse = QuoteLinesListAllResponses[keyof QuoteLinesListAllResponses];
export type QuotesDeleteData = {
    body?: never;
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}';
};
export type QuotesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuotesDeleteError = QuotesDeleteErrors[keyof QuotesDeleteErrors];
export type QuotesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type QuotesDeleteResponse = QuotesDeleteResponses[keyof QuotesDeleteResponses];
export type QuotesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}';
};
export type QuotesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuotesGetError = QuotesGetErrors[keyof QuotesGetErrors];
export type QuotesGetResponses = {
    /**
     * The item.
     */
    200: QuoteEnvelope;
};
export type QuotesGetResponse = QuotesGetResponses[keyof QuotesGetResponses];
export type QuotesUpdateData = {
    body: QuotesUpdateBody;
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}';
};
export type QuotesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuotesUpdateError = QuotesUpdateErrors[keyof QuotesUpdateErrors];
export type QuotesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type QuotesUpdateResponse = QuotesUpdateResponses[keyof QuotesUpdateResponses];
export type QuotesApproveData = {
    body?: QuotesApproveBody;
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}/approve';
};
export type QuotesApproveErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuotesApproveError = QuotesApproveErrors[keyof QuotesApproveErrors];
export type QuotesApproveResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type QuotesApproveResponse = QuotesApproveResponses[keyof QuotesApproveResponses];
export type QuotesDeclineData = {
    body?: QuotesDeclineBody;
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}/decline';
};
export type QuotesDeclineErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuotesDeclineError = QuotesDeclineErrors[keyof QuotesDeclineErrors];
export type QuotesDeclineResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type QuotesDeclineResponse = QuotesDeclineResponses[keyof QuotesDeclineResponses];
export type QuoteLinesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}/lines';
};
export type QuoteLinesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuoteLinesListError = QuoteLinesListErrors[keyof QuoteLinesListErrors];
export type QuoteLinesListResponses = {
    /**
     * The matching rows.
     */
    200: QuoteLineList;
};
export type QuoteLinesListResponse = QuoteLinesListResponses[keyof QuoteLinesListResponses];
export type QuoteLinesCreateData = {
    body: QuoteLinesCreateBody | QuoteLinesCreateBodyList;
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}/lines';
};
export type QuoteLinesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuoteLinesCreateError = QuoteLinesCreateErrors[keyof QuoteLinesCreateErrors];
export type QuoteLinesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type QuoteLinesCreateResponse = QuoteLinesCreateResponses[keyof QuoteLinesCreateResponses];
export type QuoteLinesDeleteData = {
    body?: never;
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
        /**
         * Quote line id.
         */
        lineid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}/lines/{lineid}';
};
export type QuoteLinesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuoteLinesDeleteError = QuoteLinesDeleteErrors[keyof QuoteLinesDeleteErrors];
export type QuoteLinesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type QuoteLinesDeleteResponse = QuoteLinesDeleteResponses[keyof QuoteLinesDeleteResponses];
export type QuoteLinesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
        /**
         * Quote line id.
         */
        lineid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}/lines/{lineid}';
};
export type QuoteLinesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuoteLinesGetError = QuoteLinesGetErrors[keyof QuoteLinesGetErrors];
export type QuoteLinesGetResponses = {
    /**
     * The item.
     */
    200: QuoteLineEnvelope;
};
export type QuoteLinesGetResponse = QuoteLinesGetResponses[keyof QuoteLinesGetResponses];
export type QuoteLinesUpdateData = {
    body: QuoteLinesUpdateBody;
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
        /**
         * Quote line id.
         */
        lineid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}/lines/{lineid}';
};
export type QuoteLinesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuoteLinesUpdateError = QuoteLinesUpdateErrors[keyof QuoteLinesUpdateErrors];
export type QuoteLinesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type QuoteLinesUpdateResponse = QuoteLinesUpdateResponses[keyof QuoteLinesUpdateResponses];
export type QuotesMarkAsPendingData = {
    body?: QuotesMarkAsPendingBody;
    path: {
        /**
         * Quote id.
         */
        quoteid: number;
    };
    query?: never;
    url: '/quotes/{quoteid}/markaspending';
};
export type QuotesMarkAsPendingErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type QuotesMarkAsPendingError = QuotesMarkAsPendingErrors[keyof QuotesMarkAsPendingErrors];
export type QuotesMarkAsPendingResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type QuotesMarkAsPendingResponse = QuotesMarkAsPendingResponses[keyof QuotesMarkAsPendingResponses];
export type SettingsAccountGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: never;
    url: '/settings/account';
};
export type SettingsAccountGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsAccountGetError = SettingsAccountGetErrors[keyof SettingsAccountGetErrors];
export type SettingsAccountGetResponses = {
    /**
     * The item.
     */
    200: AccountSettingsEnvelope;
};
export type SettingsAccountGetResponse = SettingsAccountGetResponses[keyof SettingsAccountGetResponses];
export type SettingsAccountLicenseGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: never;
    url: '/settings/account/license';
};
export type SettingsAccountLicenseGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsAccountLicenseGetError = SettingsAccountLicenseGetErrors[keyof SettingsAccountLicenseGetErrors];
export type SettingsAccountLicenseGetResponses = {
    /**
     * The item.
     */
    200: AccountLicenseEnvelope;
};
export type SettingsAccountLicenseGetResponse = SettingsAccountLicenseGetResponses[keyof SettingsAccountLicenseGetResponses];
export type SettingsAccountLooknfeelGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: never;
    url: '/settings/account/looknfeel';
};
export type SettingsAccountLooknfeelGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsAccountLooknfeelGetError = SettingsAccountLooknfeelGetErrors[keyof SettingsAccountLooknfeelGetErrors];
export type SettingsAccountLooknfeelGetResponses = {
    /**
     * The item.
     */
    200: LookAndFeelEnvelope;
};
export type SettingsAccountLooknfeelGetResponse = SettingsAccountLooknfeelGetResponses[keyof SettingsAccountLooknfeelGetResponses];
export type SettingsAccountPlanGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: never;
    url: '/settings/account/plan';
};
export type SettingsAccountPlanGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsAccountPlanGetError = SettingsAccountPlanGetErrors[keyof SettingsAccountPlanGetErrors];
export type SettingsAccountPlanGetResponses = {
    /**
     * The item.
     */
    200: AccountPlanEnvelope;
};
export type SettingsAccountPlanGetResponse = SettingsAccountPlanGetResponses[keyof SettingsAccountPlanGetResponses];
export type SettingsApifieldsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Only the fields of this item type.
         */
        type?: 'company' | 'contact' | 'invoice' | 'project' | 'quote' | 'task' | 'time';
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'name' | 'type';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/apifields';
};
export type SettingsApifieldsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsApifieldsListError = SettingsApifieldsListErrors[keyof SettingsApifieldsListErrors];
export type SettingsApifieldsListResponses = {
    /**
     * The matching rows.
     */
    200: ApiFieldList;
};
export type SettingsApifieldsListResponse = SettingsApifieldsListResponses[keyof SettingsApifieldsListResponses];
export type SettingsApifieldsCreateData = {
    body: SettingsApifieldsCreateBody;
    path?: never;
    query?: never;
    url: '/settings/apifields';
};
export type SettingsApifieldsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsApifieldsCreateError = SettingsApifieldsCreateErrors[keyof SettingsApifieldsCreateErrors];
export type SettingsApifieldsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsApifieldsCreateResponse = SettingsApifieldsCreateResponses[keyof SettingsApifieldsCreateResponses];
export type SettingsApifieldsDeleteData = {
    body?: never;
    path: {
        /**
         * API field id.
         */
        fieldid: number;
    };
    query?: never;
    url: '/settings/apifields/{fieldid}';
};
export type SettingsApifieldsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsApifieldsDeleteError = SettingsApifieldsDeleteErrors[keyof SettingsApifieldsDeleteErrors];
export type SettingsApifieldsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsApifieldsDeleteResponse = SettingsApifieldsDeleteResponses[keyof SettingsApifieldsDeleteResponses];
export type SettingsApifieldsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * API field id.
         */
        fieldid: number;
    };
    query?: never;
    url: '/settings/apifields/{fieldid}';
};
export type SettingsApifieldsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsApifieldsGetError = SettingsApifieldsGetErrors[keyof SettingsApifieldsGetErrors];
export type SettingsApifieldsGetResponses = {
    /**
     * The item.
     */
    200: ApiFieldEnvelope;
};
export type SettingsApifieldsGetResponse = SettingsApifieldsGetResponses[keyof SettingsApifieldsGetResponses];
export type SettingsApifieldsUpdateData = {
    body: SettingsApifieldsUpdateBody;
    path: {
        /**
         * API field id.
         */
        fieldid: number;
    };
    query?: never;
    url: '/settings/apifields/{fieldid}';
};
export type SettingsApifieldsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsApifieldsUpdateError = SettingsApifieldsUpdateErrors[keyof SettingsApifieldsUpdateErrors];
export type SettingsApifieldsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsApifieldsUpdateResponse = SettingsApifieldsUpdateResponses[keyof SettingsApifieldsUpdateResponses];
export type SettingsContactDivisionsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/contacts/divisions';
};
export type SettingsContactDivisionsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactDivisionsListError = SettingsContactDivisionsListErrors[keyof SettingsContactDivisionsListErrors];
export type SettingsContactDivisionsListResponses = {
    /**
     * The rows.
     */
    200: DivisionList;
};
export type SettingsContactDivisionsListResponse = SettingsContactDivisionsListResponses[keyof SettingsContactDivisionsListResponses];
export type SettingsContactDivisionsDeleteData = {
    body?: never;
    path: {
        /**
         * Division id.
         */
        divisionid: number;
    };
    query?: never;
    url: '/settings/contacts/divisions/{divisionid}';
};
export type SettingsContactDivisionsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactDivisionsDeleteError = SettingsContactDivisionsDeleteErrors[keyof SettingsContactDivisionsDeleteErrors];
export type SettingsContactDivisionsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsContactDivisionsDeleteResponse = SettingsContactDivisionsDeleteResponses[keyof SettingsContactDivisionsDeleteResponses];
export type SettingsContactDivisionsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Division id.
         */
        divisionid: number;
    };
    query?: never;
    url: '/settings/contacts/divisions/{divisionid}';
};
export type SettingsContactDivisionsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactDivisionsGetError = SettingsContactDivisionsGetErrors[keyof SettingsContactDivisionsGetErrors];
export type SettingsContactDivisionsGetResponses = {
    /**
     * The item.
     */
    200: DivisionEnvelope;
};
export type SettingsContactDivisionsGetResponse = SettingsContactDivisionsGetResponses[keyof SettingsContactDivisionsGetResponses];
export type SettingsContactDivisionsUpdateData = {
    body: SettingsContactDivisionsUpdateBody;
    path: {
        /**
         * Division id.
         */
        divisionid: number;
    };
    query?: never;
    url: '/settings/contacts/divisions/{divisionid}';
};
export type SettingsContactDivisionsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactDivisionsUpdateError = SettingsContactDivisionsUpdateErrors[keyof SettingsContactDivisionsUpdateErrors];
export type SettingsContactDivisionsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsContactDivisionsUpdateResponse = SettingsContactDivisionsUpdateResponses[keyof SettingsContactDivisionsUpdateResponses];
export type SettingsContactGroupsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/contacts/groups';
};
export type SettingsContactGroupsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactGroupsListError = SettingsContactGroupsListErrors[keyof SettingsContactGroupsListErrors];
export type SettingsContactGroupsListResponses = {
    /**
     * The rows.
     */
    200: GroupList;
};
export type SettingsContactGroupsListResponse = SettingsContactGroupsListResponses[keyof SettingsContactGroupsListResponses];
export type SettingsContactGroupsCreateData = {
    body: SettingsContactGroupsCreateBody;
    path?: never;
    query?: never;
    url: '/settings/contacts/groups';
};
export type SettingsContactGroupsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactGroupsCreateError = SettingsContactGroupsCreateErrors[keyof SettingsContactGroupsCreateErrors];
export type SettingsContactGroupsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsContactGroupsCreateResponse = SettingsContactGroupsCreateResponses[keyof SettingsContactGroupsCreateResponses];
export type SettingsContactGroupsDeleteData = {
    body?: never;
    path: {
        /**
         * Staff group id.
         */
        groupid: number;
    };
    query?: never;
    url: '/settings/contacts/groups/{groupid}';
};
export type SettingsContactGroupsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactGroupsDeleteError = SettingsContactGroupsDeleteErrors[keyof SettingsContactGroupsDeleteErrors];
export type SettingsContactGroupsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsContactGroupsDeleteResponse = SettingsContactGroupsDeleteResponses[keyof SettingsContactGroupsDeleteResponses];
export type SettingsContactGroupsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Staff group id.
         */
        groupid: number;
    };
    query?: never;
    url: '/settings/contacts/groups/{groupid}';
};
export type SettingsContactGroupsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactGroupsGetError = SettingsContactGroupsGetErrors[keyof SettingsContactGroupsGetErrors];
export type SettingsContactGroupsGetResponses = {
    /**
     * The item.
     */
    200: GroupEnvelope;
};
export type SettingsContactGroupsGetResponse = SettingsContactGroupsGetResponses[keyof SettingsContactGroupsGetResponses];
export type SettingsContactGroupsUpdateData = {
    body: SettingsContactGroupsUpdateBody;
    path: {
        /**
         * Staff group id.
         */
        groupid: number;
    };
    query?: never;
    url: '/settings/contacts/groups/{groupid}';
};
export type SettingsContactGroupsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactGroupsUpdateError = SettingsContactGroupsUpdateErrors[keyof SettingsContactGroupsUpdateErrors];
export type SettingsContactGroupsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsContactGroupsUpdateResponse = SettingsContactGroupsUpdateResponses[keyof SettingsContactGroupsUpdateResponses];
export type SettingsContactPermissionsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/contacts/permissions';
};
export type SettingsContactPermissionsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactPermissionsListError = SettingsContactPermissionsListErrors[keyof SettingsContactPermissionsListErrors];
export type SettingsContactPermissionsListResponses = {
    /**
     * The rows.
     */
    200: PermissionList;
};
export type SettingsContactPermissionsListResponse = SettingsContactPermissionsListResponses[keyof SettingsContactPermissionsListResponses];
export type SettingsContactRolesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/contacts/roles';
};
export type SettingsContactRolesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactRolesListError = SettingsContactRolesListErrors[keyof SettingsContactRolesListErrors];
export type SettingsContactRolesListResponses = {
    /**
     * The rows.
     */
    200: RoleList;
};
export type SettingsContactRolesListResponse = SettingsContactRolesListResponses[keyof SettingsContactRolesListResponses];
export type SettingsContactRolesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Role id.
         */
        roleid: number;
    };
    query?: never;
    url: '/settings/contacts/roles/{roleid}';
};
export type SettingsContactRolesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactRolesGetError = SettingsContactRolesGetErrors[keyof SettingsContactRolesGetErrors];
export type SettingsContactRolesGetResponses = {
    /**
     * The item.
     */
    200: RoleEnvelope;
};
export type SettingsContactRolesGetResponse = SettingsContactRolesGetResponses[keyof SettingsContactRolesGetResponses];
export type SettingsContactTagsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/contacts/tags';
};
export type SettingsContactTagsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTagsListError = SettingsContactTagsListErrors[keyof SettingsContactTagsListErrors];
export type SettingsContactTagsListResponses = {
    /**
     * The rows.
     */
    200: TagList;
};
export type SettingsContactTagsListResponse = SettingsContactTagsListResponses[keyof SettingsContactTagsListResponses];
export type SettingsContactTagsCreateData = {
    body: SettingsContactTagsCreateBody;
    path?: never;
    query?: never;
    url: '/settings/contacts/tags';
};
export type SettingsContactTagsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTagsCreateError = SettingsContactTagsCreateErrors[keyof SettingsContactTagsCreateErrors];
export type SettingsContactTagsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsContactTagsCreateResponse = SettingsContactTagsCreateResponses[keyof SettingsContactTagsCreateResponses];
export type SettingsContactTagsDeleteData = {
    body?: never;
    path: {
        /**
         * Contact tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/contacts/tags/{tagid}';
};
export type SettingsContactTagsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTagsDeleteError = SettingsContactTagsDeleteErrors[keyof SettingsContactTagsDeleteErrors];
export type SettingsContactTagsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsContactTagsDeleteResponse = SettingsContactTagsDeleteResponses[keyof SettingsContactTagsDeleteResponses];
export type SettingsContactTagsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Contact tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/contacts/tags/{tagid}';
};
export type SettingsContactTagsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTagsGetError = SettingsContactTagsGetErrors[keyof SettingsContactTagsGetErrors];
export type SettingsContactTagsGetResponses = {
    /**
     * The item.
     */
    200: ContactTagEnvelope;
};
export type SettingsContactTagsGetResponse = SettingsContactTagsGetResponses[keyof SettingsContactTagsGetResponses];
export type SettingsContactTagsUpdateData = {
    body: SettingsContactTagsUpdateBody;
    path: {
        /**
         * Contact tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/contacts/tags/{tagid}';
};
export type SettingsContactTagsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTagsUpdateError = SettingsContactTagsUpdateErrors[keyof SettingsContactTagsUpdateErrors];
export type SettingsContactTagsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsContactTagsUpdateResponse = SettingsContactTagsUpdateResponses[keyof SettingsContactTagsUpdateResponses];
export type SettingsContactTeamsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/contacts/teams';
};
export type SettingsContactTeamsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTeamsListError = SettingsContactTeamsListErrors[keyof SettingsContactTeamsListErrors];
export type SettingsContactTeamsListResponses = {
    /**
     * The rows.
     */
    200: TeamList;
};
export type SettingsContactTeamsListResponse = SettingsContactTeamsListResponses[keyof SettingsContactTeamsListResponses];
export type SettingsContactTeamsCreateData = {
    body: SettingsContactTeamsCreateBody;
    path?: never;
    query?: never;
    url: '/settings/contacts/teams';
};
export type SettingsContactTeamsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTeamsCreateError = SettingsContactTeamsCreateErrors[keyof SettingsContactTeamsCreateErrors];
export type SettingsContactTeamsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsContactTeamsCreateResponse = SettingsContactTeamsCreateResponses[keyof SettingsContactTeamsCreateResponses];
export type SettingsContactTeamsDeleteData = {
    body?: never;
    path: {
        /**
         * Team id.
         */
        teamid: number;
    };
    query?: never;
    url: '/settings/contacts/teams/{teamid}';
};
export type SettingsContactTeamsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTeamsDeleteError = SettingsContactTeamsDeleteErrors[keyof SettingsContactTeamsDeleteErrors];
export type SettingsContactTeamsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsContactTeamsDeleteResponse = SettingsContactTeamsDeleteResponses[keyof SettingsContactTeamsDeleteResponses];
export type SettingsContactTeamsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Team id.
         */
        teamid: number;
    };
    query?: never;
    url: '/settings/contacts/teams/{teamid}';
};
export type SettingsContactTeamsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTeamsGetError = SettingsContactTeamsGetErrors[keyof SettingsContactTeamsGetErrors];
export type SettingsContactTeamsGetResponses = {
    /**
     * The item.
     */
    200: TeamEnvelope;
};
export type SettingsContactTeamsGetResponse = SettingsContactTeamsGetResponses[keyof SettingsContactTeamsGetResponses];
export type SettingsContactTeamsUpdateData = {
    body: SettingsContactTeamsUpdateBody;
    path: {
        /**
         * Team id.
         */
        teamid: number;
    };
    query?: never;
    url: '/settings/contacts/teams/{teamid}';
};
export type SettingsContactTeamsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsContactTeamsUpdateError = SettingsContactTeamsUpdateErrors[keyof SettingsContactTeamsUpdateErrors];
export type SettingsContactTeamsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsContactTeamsUpdateResponse = SettingsContactTeamsUpdateResponses[keyof SettingsContactTeamsUpdateResponses];
export type SettingsFixedCostItemsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'rate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/fixedcostitems';
};
export type SettingsFixedCostItemsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsFixedCostItemsListError = SettingsFixedCostItemsListErrors[keyof SettingsFixedCostItemsListErrors];
export type SettingsFixedCostItemsListResponses = {
    /**
     * The rows.
     */
    200: FixedCostItemList;
};
export type SettingsFixedCostItemsListResponse = SettingsFixedCostItemsListResponses[keyof SettingsFixedCostItemsListResponses];
export type SettingsFixedCostItemsCreateData = {
    body: SettingsFixedCostItemsCreateBody;
    path?: never;
    query?: never;
    url: '/settings/fixedcostitems';
};
export type SettingsFixedCostItemsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsFixedCostItemsCreateError = SettingsFixedCostItemsCreateErrors[keyof SettingsFixedCostItemsCreateErrors];
export type SettingsFixedCostItemsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsFixedCostItemsCreateResponse = SettingsFixedCostItemsCreateResponses[keyof SettingsFixedCostItemsCreateResponses];
export type SettingsInvoiceAutonumberingListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/invoices/autonumbering';
};
export type SettingsInvoiceAutonumberingListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsInvoiceAutonumberingListError = SettingsInvoiceAutonumberingListErrors[keyof SettingsInvoiceAutonumberingListErrors];
export type SettingsInvoiceAutonumberingListResponses = {
    /**
     * The rows.
     */
    200: AutonumberingList;
};
export type SettingsInvoiceAutonumberingListResponse = SettingsInvoiceAutonumberingListResponses[keyof SettingsInvoiceAutonumberingListResponses];
export type SettingsInvoiceHourlyRatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'rate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/invoices/hourlyrates';
};
export type SettingsInvoiceHourlyRatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsInvoiceHourlyRatesListError = SettingsInvoiceHourlyRatesListErrors[keyof SettingsInvoiceHourlyRatesListErrors];
export type SettingsInvoiceHourlyRatesListResponses = {
    /**
     * The rows.
     */
    200: HourlyRateList;
};
export type SettingsInvoiceHourlyRatesListResponse = SettingsInvoiceHourlyRatesListResponses[keyof SettingsInvoiceHourlyRatesListResponses];
export type SettingsInvoiceStaffRatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'rate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/invoices/staffrates';
};
export type SettingsInvoiceStaffRatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsInvoiceStaffRatesListError = SettingsInvoiceStaffRatesListErrors[keyof SettingsInvoiceStaffRatesListErrors];
export type SettingsInvoiceStaffRatesListResponses = {
    /**
     * The rows.
     */
    200: StaffRateList;
};
export type SettingsInvoiceStaffRatesListResponse = SettingsInvoiceStaffRatesListResponses[keyof SettingsInvoiceStaffRatesListResponses];
export type SettingsInvoiceTemplatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/invoices/templates';
};
export type SettingsInvoiceTemplatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsInvoiceTemplatesListError = SettingsInvoiceTemplatesListErrors[keyof SettingsInvoiceTemplatesListErrors];
export type SettingsInvoiceTemplatesListResponses = {
    /**
     * The rows.
     */
    200: BillingTemplateList;
};
export type SettingsInvoiceTemplatesListResponse = SettingsInvoiceTemplatesListResponses[keyof SettingsInvoiceTemplatesListResponses];
export type SettingsInvoiceTemplatesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Invoice template id.
         */
        templateid: number;
    };
    query?: never;
    url: '/settings/invoices/templates/{templateid}';
};
export type SettingsInvoiceTemplatesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsInvoiceTemplatesGetError = SettingsInvoiceTemplatesGetErrors[keyof SettingsInvoiceTemplatesGetErrors];
export type SettingsInvoiceTemplatesGetResponses = {
    /**
     * The item.
     */
    200: BillingTemplateEnvelope;
};
export type SettingsInvoiceTemplatesGetResponse = SettingsInvoiceTemplatesGetResponses[keyof SettingsInvoiceTemplatesGetResponses];
export type SettingsNoteCategoriesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/notes/categories';
};
export type SettingsNoteCategoriesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsNoteCategoriesListError = SettingsNoteCategoriesListErrors[keyof SettingsNoteCategoriesListErrors];
export type SettingsNoteCategoriesListResponses = {
    /**
     * The rows.
     */
    200: SettingsNoteCategoryList;
};
export type SettingsNoteCategoriesListResponse = SettingsNoteCategoriesListResponses[keyof SettingsNoteCategoriesListResponses];
export type SettingsNoteCategoriesCreateData = {
    body: SettingsNoteCategoriesCreateBody;
    path?: never;
    query?: never;
    url: '/settings/notes/categories';
};
export type SettingsNoteCategoriesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsNoteCategoriesCreateError = SettingsNoteCategoriesCreateErrors[keyof SettingsNoteCategoriesCreateErrors];
export type SettingsNoteCategoriesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsNoteCategoriesCreateResponse = SettingsNoteCategoriesCreateResponses[keyof SettingsNoteCategoriesCreateResponses];
export type SettingsNoteCategoriesDeleteData = {
    body?: never;
    path: {
        /**
         * Note category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/notes/categories/{categoryid}';
};
export type SettingsNoteCategoriesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsNoteCategoriesDeleteError = SettingsNoteCategoriesDeleteErrors[keyof SettingsNoteCategoriesDeleteErrors];
export type SettingsNoteCategoriesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsNoteCategoriesDeleteResponse = SettingsNoteCategoriesDeleteResponses[keyof SettingsNoteCategoriesDeleteResponses];
export type SettingsNoteCategoriesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Note category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/notes/categories/{categoryid}';
};
export type SettingsNoteCategoriesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsNoteCategoriesGetError = SettingsNoteCategoriesGetErrors[keyof SettingsNoteCategoriesGetErrors];
export type SettingsNoteCategoriesGetResponses = {
    /**
     * The item.
     */
    200: SettingsNoteCategoryEnvelope;
};
export type SettingsNoteCategoriesGetResponse = SettingsNoteCategoriesGetResponses[keyof SettingsNoteCategoriesGetResponses];
export type SettingsNoteCategoriesUpdateData = {
    body: SettingsNoteCategoriesUpdateBody;
    path: {
        /**
         * Note category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/notes/categories/{categoryid}';
};
export type SettingsNoteCategoriesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsNoteCategoriesUpdateError = SettingsNoteCategoriesUpdateErrors[keyof SettingsNoteCategoriesUpdateErrors];
export type SettingsNoteCategoriesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsNoteCategoriesUpdateResponse = SettingsNoteCategoriesUpdateResponses[keyof SettingsNoteCategoriesUpdateResponses];
export type SettingsProjectsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: never;
    url: '/settings/projects';
};
export type SettingsProjectsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectsGetError = SettingsProjectsGetErrors[keyof SettingsProjectsGetErrors];
export type SettingsProjectsGetResponses = {
    /**
     * The item.
     */
    200: AccountProjectSettingsEnvelope;
};
export type SettingsProjectsGetResponse = SettingsProjectsGetResponses[keyof SettingsProjectsGetResponses];
export type SettingsProjectAutonumberingListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/projects/autonumbering';
};
export type SettingsProjectAutonumberingListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectAutonumberingListError = SettingsProjectAutonumberingListErrors[keyof SettingsProjectAutonumberingListErrors];
export type SettingsProjectAutonumberingListResponses = {
    /**
     * The rows.
     */
    200: ProjectAutonumberingList;
};
export type SettingsProjectAutonumberingListResponse = SettingsProjectAutonumberingListResponses[keyof SettingsProjectAutonumberingListResponses];
export type SettingsProjectCategoriesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/projects/categories';
};
export type SettingsProjectCategoriesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCategoriesListError = SettingsProjectCategoriesListErrors[keyof SettingsProjectCategoriesListErrors];
export type SettingsProjectCategoriesListResponses = {
    /**
     * The rows.
     */
    200: ProjectCategoryList;
};
export type SettingsProjectCategoriesListResponse = SettingsProjectCategoriesListResponses[keyof SettingsProjectCategoriesListResponses];
export type SettingsProjectCategoriesCreateData = {
    body: SettingsProjectCategoriesCreateBody;
    path?: never;
    query?: never;
    url: '/settings/projects/categories';
};
export type SettingsProjectCategoriesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCategoriesCreateError = SettingsProjectCategoriesCreateErrors[keyof SettingsProjectCategoriesCreateErrors];
export type SettingsProjectCategoriesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsProjectCategoriesCreateResponse = SettingsProjectCategoriesCreateResponses[keyof SettingsProjectCategoriesCreateResponses];
export type SettingsProjectCategoriesDeleteData = {
    body?: never;
    path: {
        /**
         * Project category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/projects/categories/{categoryid}';
};
export type SettingsProjectCategoriesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCategoriesDeleteError = SettingsProjectCategoriesDeleteErrors[keyof SettingsProjectCategoriesDeleteErrors];
export type SettingsProjectCategoriesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsProjectCategoriesDeleteResponse = SettingsProjectCategoriesDeleteResponses[keyof SettingsProjectCategoriesDeleteResponses];
export type SettingsProjectCategoriesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/projects/categories/{categoryid}';
};
export type SettingsProjectCategoriesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCategoriesGetError = SettingsProjectCategoriesGetErrors[keyof SettingsProjectCategoriesGetErrors];
export type SettingsProjectCategoriesGetResponses = {
    /**
     * The item.
     */
    200: ProjectCategoryEnvelope;
};
export type SettingsProjectCategoriesGetResponse = SettingsProjectCategoriesGetResponses[keyof SettingsProjectCategoriesGetResponses];
export type SettingsProjectCategoriesUpdateData = {
    body: SettingsProjectCategoriesUpdateBody;
    path: {
        /**
         * Project category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/projects/categories/{categoryid}';
};
export type SettingsProjectCategoriesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCategoriesUpdateError = SettingsProjectCategoriesUpdateErrors[keyof SettingsProjectCategoriesUpdateErrors];
export type SettingsProjectCategoriesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsProjectCategoriesUpdateResponse = SettingsProjectCategoriesUpdateResponses[keyof SettingsProjectCategoriesUpdateResponses];
export type SettingsProjectCustomFieldsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/projects/customfields';
};
export type SettingsProjectCustomFieldsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCustomFieldsListError = SettingsProjectCustomFieldsListErrors[keyof SettingsProjectCustomFieldsListErrors];
export type SettingsProjectCustomFieldsListResponses = {
    /**
     * The rows.
     */
    200: ProjectCustomFieldList;
};
export type SettingsProjectCustomFieldsListResponse = SettingsProjectCustomFieldsListResponses[keyof SettingsProjectCustomFieldsListResponses];
export type SettingsProjectCustomStatusesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/projects/customstatuses';
};
export type SettingsProjectCustomStatusesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCustomStatusesListError = SettingsProjectCustomStatusesListErrors[keyof SettingsProjectCustomStatusesListErrors];
export type SettingsProjectCustomStatusesListResponses = {
    /**
     * The rows.
     */
    200: ProjectCustomStatusList;
};
export type SettingsProjectCustomStatusesListResponse = SettingsProjectCustomStatusesListResponses[keyof SettingsProjectCustomStatusesListResponses];
export type SettingsProjectCustomStatusesCreateData = {
    body: SettingsProjectCustomStatusesCreateBody;
    path?: never;
    query?: never;
    url: '/settings/projects/customstatuses';
};
export type SettingsProjectCustomStatusesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCustomStatusesCreateError = SettingsProjectCustomStatusesCreateErrors[keyof SettingsProjectCustomStatusesCreateErrors];
export type SettingsProjectCustomStatusesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsProjectCustomStatusesCreateResponse = SettingsProjectCustomStatusesCreateResponses[keyof SettingsProjectCustomStatusesCreateResponses];
export type SettingsProjectCustomStatusesDeleteData = {
    body?: never;
    path: {
        /**
         * Custom status id.
         */
        customstatusid: number;
    };
    query?: never;
    url: '/settings/projects/customstatuses/{customstatusid}';
};
export type SettingsProjectCustomStatusesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCustomStatusesDeleteError = SettingsProjectCustomStatusesDeleteErrors[keyof SettingsProjectCustomStatusesDeleteErrors];
export type SettingsProjectCustomStatusesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsProjectCustomStatusesDeleteResponse = SettingsProjectCustomStatusesDeleteResponses[keyof SettingsProjectCustomStatusesDeleteResponses];
export type SettingsProjectCustomStatusesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Custom status id.
         */
        customstatusid: number;
    };
    query?: never;
    url: '/settings/projects/customstatuses/{customstatusid}';
};
export type SettingsProjectCustomStatusesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCustomStatusesGetError = SettingsProjectCustomStatusesGetErrors[keyof SettingsProjectCustomStatusesGetErrors];
export type SettingsProjectCustomStatusesGetResponses = {
    /**
     * The item.
     */
    200: ProjectCustomStatusEnvelope;
};
export type SettingsProjectCustomStatusesGetResponse = SettingsProjectCustomStatusesGetResponses[keyof SettingsProjectCustomStatusesGetResponses];
export type SettingsProjectCustomStatusesUpdateData = {
    body: SettingsProjectCustomStatusesUpdateBody;
    path: {
        /**
         * Custom status id.
         */
        customstatusid: number;
    };
    query?: never;
    url: '/settings/projects/customstatuses/{customstatusid}';
};
export type SettingsProjectCustomStatusesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectCustomStatusesUpdateError = SettingsProjectCustomStatusesUpdateErrors[keyof SettingsProjectCustomStatusesUpdateErrors];
export type SettingsProjectCustomStatusesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsProjectCustomStatusesUpdateResponse = SettingsProjectCustomStatusesUpdateResponses[keyof SettingsProjectCustomStatusesUpdateResponses];
export type SettingsProjectTagsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/projects/tags';
};
export type SettingsProjectTagsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectTagsListError = SettingsProjectTagsListErrors[keyof SettingsProjectTagsListErrors];
export type SettingsProjectTagsListResponses = {
    /**
     * The rows.
     */
    200: ProjectTagList;
};
export type SettingsProjectTagsListResponse = SettingsProjectTagsListResponses[keyof SettingsProjectTagsListResponses];
export type SettingsProjectTagsCreateData = {
    body: SettingsProjectTagsCreateBody;
    path?: never;
    query?: never;
    url: '/settings/projects/tags';
};
export type SettingsProjectTagsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectTagsCreateError = SettingsProjectTagsCreateErrors[keyof SettingsProjectTagsCreateErrors];
export type SettingsProjectTagsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsProjectTagsCreateResponse = SettingsProjectTagsCreateResponses[keyof SettingsProjectTagsCreateResponses];
export type SettingsProjectTagsDeleteData = {
    body?: never;
    path: {
        /**
         * Project tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/projects/tags/{tagid}';
};
export type SettingsProjectTagsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectTagsDeleteError = SettingsProjectTagsDeleteErrors[keyof SettingsProjectTagsDeleteErrors];
export type SettingsProjectTagsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsProjectTagsDeleteResponse = SettingsProjectTagsDeleteResponses[keyof SettingsProjectTagsDeleteResponses];
export type SettingsProjectTagsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/projects/tags/{tagid}';
};
export type SettingsProjectTagsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectTagsGetError = SettingsProjectTagsGetErrors[keyof SettingsProjectTagsGetErrors];
export type SettingsProjectTagsGetResponses = {
    /**
     * The item.
     */
    200: ProjectTagEnvelope;
};
export type SettingsProjectTagsGetResponse = SettingsProjectTagsGetResponses[keyof SettingsProjectTagsGetResponses];
export type SettingsProjectTagsUpdateData = {
    body: SettingsProjectTagsUpdateBody;
    path: {
        /**
         * Project tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/projects/tags/{tagid}';
};
export type SettingsProjectTagsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectTagsUpdateError = SettingsProjectTagsUpdateErrors[keyof SettingsProjectTagsUpdateErrors];
export type SettingsProjectTagsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsProjectTagsUpdateResponse = SettingsProjectTagsUpdateResponses[keyof SettingsProjectTagsUpdateResponses];
export type SettingsProjectTemplatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/projects/templates';
};
export type SettingsProjectTemplatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectTemplatesListError = SettingsProjectTemplatesListErrors[keyof SettingsProjectTemplatesListErrors];
export type SettingsProjectTemplatesListResponses = {
    /**
     * The rows.
     */
    200: ProjectTemplateList;
};
export type SettingsProjectTemplatesListResponse = SettingsProjectTemplatesListResponses[keyof SettingsProjectTemplatesListResponses];
export type SettingsProjectTemplatesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Project template id.
         */
        templateid: number;
    };
    query?: never;
    url: '/settings/projects/templates/{templateid}';
};
export type SettingsProjectTemplatesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsProjectTemplatesGetError = SettingsProjectTemplatesGetErrors[keyof SettingsProjectTemplatesGetErrors];
export type SettingsProjectTemplatesGetResponses = {
    /**
     * The item.
     */
    200: ProjectTemplateEnvelope;
};
export type SettingsProjectTemplatesGetResponse = SettingsProjectTemplatesGetResponses[keyof SettingsProjectTemplatesGetResponses];
export type SettingsQuotesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: never;
    url: '/settings/quotes';
};
export type SettingsQuotesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsQuotesGetError = SettingsQuotesGetErrors[keyof SettingsQuotesGetErrors];
export type SettingsQuotesGetResponses = {
    /**
     * The item.
     */
    200: QuoteSettingsEnvelope;
};
export type SettingsQuotesGetResponse = SettingsQuotesGetResponses[keyof SettingsQuotesGetResponses];
export type SettingsQuoteAutonumberingListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/quotes/autonumbering';
};
export type SettingsQuoteAutonumberingListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsQuoteAutonumberingListError = SettingsQuoteAutonumberingListErrors[keyof SettingsQuoteAutonumberingListErrors];
export type SettingsQuoteAutonumberingListResponses = {
    /**
     * The rows.
     */
    200: AutonumberingList;
};
export type SettingsQuoteAutonumberingListResponse = SettingsQuoteAutonumberingListResponses[keyof SettingsQuoteAutonumberingListResponses];
export type SettingsQuoteHourlyRatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'rate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/quotes/hourlyrates';
};
export type SettingsQuoteHourlyRatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsQuoteHourlyRatesListError = SettingsQuoteHourlyRatesListErrors[keyof SettingsQuoteHourlyRatesListErrors];
export type SettingsQuoteHourlyRatesListResponses = {
    /**
     * The rows.
     */
    200: HourlyRateList;
};
export type SettingsQuoteHourlyRatesListResponse = SettingsQuoteHourlyRatesListResponses[keyof SettingsQuoteHourlyRatesListResponses];
export type SettingsQuoteStaffRatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'rate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/quotes/staffrates';
};
export type SettingsQuoteStaffRatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsQuoteStaffRatesListError = SettingsQuoteStaffRatesListErrors[keyof SettingsQuoteStaffRatesListErrors];
export type SettingsQuoteStaffRatesListResponses = {
    /**
     * The rows.
     */
    200: StaffRateList;
};
export type SettingsQuoteStaffRatesListResponse = SettingsQuoteStaffRatesListResponses[keyof SettingsQuoteStaffRatesListResponses];
export type SettingsQuoteTemplatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/quotes/templates';
};
export type SettingsQuoteTemplatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsQuoteTemplatesListError = SettingsQuoteTemplatesListErrors[keyof SettingsQuoteTemplatesListErrors];
export type SettingsQuoteTemplatesListResponses = {
    /**
     * The rows.
     */
    200: BillingTemplateList;
};
export type SettingsQuoteTemplatesListResponse = SettingsQuoteTemplatesListResponses[keyof SettingsQuoteTemplatesListResponses];
export type SettingsQuoteTemplatesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Quote template id.
         */
        templateid: number;
    };
    query?: never;
    url: '/settings/quotes/templates/{templateid}';
};
export type SettingsQuoteTemplatesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsQuoteTemplatesGetError = SettingsQuoteTemplatesGetErrors[keyof SettingsQuoteTemplatesGetErrors];
export type SettingsQuoteTemplatesGetResponses = {
    /**
     * The item.
     */
    200: BillingTemplateEnvelope;
};
export type SettingsQuoteTemplatesGetResponse = SettingsQuoteTemplatesGetResponses[keyof SettingsQuoteTemplatesGetResponses];
export type SettingsServiceRatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'rate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/servicerates';
};
export type SettingsServiceRatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsServiceRatesListError = SettingsServiceRatesListErrors[keyof SettingsServiceRatesListErrors];
export type SettingsServiceRatesListResponses = {
    /**
     * The rows.
     */
    200: ServiceRateList;
};
export type SettingsServiceRatesListResponse = SettingsServiceRatesListResponses[keyof SettingsServiceRatesListResponses];
export type SettingsStaffRatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'rate';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/settings/staffrates';
};
export type SettingsStaffRatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsStaffRatesListError = SettingsStaffRatesListErrors[keyof SettingsStaffRatesListErrors];
export type SettingsStaffRatesListResponses = {
    /**
     * The rows.
     */
    200: StaffRateList;
};
export type SettingsStaffRatesListResponse = SettingsStaffRatesListResponses[keyof SettingsStaffRatesListResponses];
export type SettingsTaskCategoriesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/tasks/categories';
};
export type SettingsTaskCategoriesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskCategoriesListError = SettingsTaskCategoriesListErrors[keyof SettingsTaskCategoriesListErrors];
export type SettingsTaskCategoriesListResponses = {
    /**
     * The rows.
     */
    200: SettingsTaskCategoryList;
};
export type SettingsTaskCategoriesListResponse = SettingsTaskCategoriesListResponses[keyof SettingsTaskCategoriesListResponses];
export type SettingsTaskCategoriesCreateData = {
    body: SettingsTaskCategoriesCreateBody;
    path?: never;
    query?: never;
    url: '/settings/tasks/categories';
};
export type SettingsTaskCategoriesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskCategoriesCreateError = SettingsTaskCategoriesCreateErrors[keyof SettingsTaskCategoriesCreateErrors];
export type SettingsTaskCategoriesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsTaskCategoriesCreateResponse = SettingsTaskCategoriesCreateResponses[keyof SettingsTaskCategoriesCreateResponses];
export type SettingsTaskCategoriesDeleteData = {
    body?: never;
    path: {
        /**
         * Task category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/tasks/categories/{categoryid}';
};
export type SettingsTaskCategoriesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskCategoriesDeleteError = SettingsTaskCategoriesDeleteErrors[keyof SettingsTaskCategoriesDeleteErrors];
export type SettingsTaskCategoriesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsTaskCategoriesDeleteResponse = SettingsTaskCategoriesDeleteResponses[keyof SettingsTaskCategoriesDeleteResponses];
export type SettingsTaskCategoriesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/tasks/categories/{categoryid}';
};
export type SettingsTaskCategoriesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskCategoriesGetError = SettingsTaskCategoriesGetErrors[keyof SettingsTaskCategoriesGetErrors];
export type SettingsTaskCategoriesGetResponses = {
    /**
     * The item.
     */
    200: SettingsTaskCategoryEnvelope;
};
export type SettingsTaskCategoriesGetResponse = SettingsTaskCategoriesGetResponses[keyof SettingsTaskCategoriesGetResponses];
export type SettingsTaskCategoriesUpdateData = {
    body: SettingsTaskCategoriesUpdateBody;
    path: {
        /**
         * Task category id.
         */
        categoryid: number;
    };
    query?: never;
    url: '/settings/tasks/categories/{categoryid}';
};
export type SettingsTaskCategoriesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskCategoriesUpdateError = SettingsTaskCategoriesUpdateErrors[keyof SettingsTaskCategoriesUpdateErrors];
export type SettingsTaskCategoriesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsTaskCategoriesUpdateResponse = SettingsTaskCategoriesUpdateResponses[keyof SettingsTaskCategoriesUpdateResponses];
export type SettingsTaskTagsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/tasks/tags';
};
export type SettingsTaskTagsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTagsListError = SettingsTaskTagsListErrors[keyof SettingsTaskTagsListErrors];
export type SettingsTaskTagsListResponses = {
    /**
     * The rows.
     */
    200: TagList;
};
export type SettingsTaskTagsListResponse = SettingsTaskTagsListResponses[keyof SettingsTaskTagsListResponses];
export type SettingsTaskTagsCreateData = {
    body: SettingsTaskTagsCreateBody;
    path?: never;
    query?: never;
    url: '/settings/tasks/tags';
};
export type SettingsTaskTagsCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTagsCreateError = SettingsTaskTagsCreateErrors[keyof SettingsTaskTagsCreateErrors];
export type SettingsTaskTagsCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsTaskTagsCreateResponse = SettingsTaskTagsCreateResponses[keyof SettingsTaskTagsCreateResponses];
export type SettingsTaskTagsDeleteData = {
    body?: never;
    path: {
        /**
         * Task tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/tasks/tags/{tagid}';
};
export type SettingsTaskTagsDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTagsDeleteError = SettingsTaskTagsDeleteErrors[keyof SettingsTaskTagsDeleteErrors];
export type SettingsTaskTagsDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsTaskTagsDeleteResponse = SettingsTaskTagsDeleteResponses[keyof SettingsTaskTagsDeleteResponses];
export type SettingsTaskTagsGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/tasks/tags/{tagid}';
};
export type SettingsTaskTagsGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTagsGetError = SettingsTaskTagsGetErrors[keyof SettingsTaskTagsGetErrors];
export type SettingsTaskTagsGetResponses = {
    /**
     * The item.
     */
    200: SettingsTaskTagEnvelope;
};
export type SettingsTaskTagsGetResponse = SettingsTaskTagsGetResponses[keyof SettingsTaskTagsGetResponses];
export type SettingsTaskTagsUpdateData = {
    body: SettingsTaskTagsUpdateBody;
    path: {
        /**
         * Task tag id.
         */
        tagid: number;
    };
    query?: never;
    url: '/settings/tasks/tags/{tagid}';
};
export type SettingsTaskTagsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTagsUpdateError = SettingsTaskTagsUpdateErrors[keyof SettingsTaskTagsUpdateErrors];
export type SettingsTaskTagsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsTaskTagsUpdateResponse = SettingsTaskTagsUpdateResponses[keyof SettingsTaskTagsUpdateResponses];
export type SettingsTaskTemplatesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/tasks/templates';
};
export type SettingsTaskTemplatesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplatesListError = SettingsTaskTemplatesListErrors[keyof SettingsTaskTemplatesListErrors];
export type SettingsTaskTemplatesListResponses = {
    /**
     * The rows.
     */
    200: SettingsTaskTemplateList;
};
export type SettingsTaskTemplatesListResponse = SettingsTaskTemplatesListResponses[keyof SettingsTaskTemplatesListResponses];
export type SettingsTaskTemplatesCreateData = {
    body: SettingsTaskTemplatesCreateBody;
    path?: never;
    query?: never;
    url: '/settings/tasks/templates';
};
export type SettingsTaskTemplatesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplatesCreateError = SettingsTaskTemplatesCreateErrors[keyof SettingsTaskTemplatesCreateErrors];
export type SettingsTaskTemplatesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsTaskTemplatesCreateResponse = SettingsTaskTemplatesCreateResponses[keyof SettingsTaskTemplatesCreateResponses];
export type SettingsTaskTemplatesDeleteData = {
    body?: never;
    path: {
        /**
         * Task template id.
         */
        tasktemplateid: number;
    };
    query?: never;
    url: '/settings/tasks/templates/{tasktemplateid}';
};
export type SettingsTaskTemplatesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplatesDeleteError = SettingsTaskTemplatesDeleteErrors[keyof SettingsTaskTemplatesDeleteErrors];
export type SettingsTaskTemplatesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsTaskTemplatesDeleteResponse = SettingsTaskTemplatesDeleteResponses[keyof SettingsTaskTemplatesDeleteResponses];
export type SettingsTaskTemplatesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task template id.
         */
        tasktemplateid: number;
    };
    query?: never;
    url: '/settings/tasks/templates/{tasktemplateid}';
};
export type SettingsTaskTemplatesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplatesGetError = SettingsTaskTemplatesGetErrors[keyof SettingsTaskTemplatesGetErrors];
export type SettingsTaskTemplatesGetResponses = {
    /**
     * The item.
     */
    200: SettingsTaskTemplateEnvelope;
};
export type SettingsTaskTemplatesGetResponse = SettingsTaskTemplatesGetResponses[keyof SettingsTaskTemplatesGetResponses];
export type SettingsTaskTemplatesUpdateData = {
    body: SettingsTaskTemplatesUpdateBody;
    path: {
        /**
         * Task template id.
         */
        tasktemplateid: number;
    };
    query?: never;
    url: '/settings/tasks/templates/{tasktemplateid}';
};
export type SettingsTaskTemplatesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplatesUpdateError = SettingsTaskTemplatesUpdateErrors[keyof SettingsTaskTemplatesUpdateErrors];
export type SettingsTaskTemplatesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsTaskTemplatesUpdateResponse = SettingsTaskTemplatesUpdateResponses[keyof SettingsTaskTemplatesUpdateResponses];
export type SettingsTaskTemplateTasksListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task template id.
         */
        tasktemplateid: number;
    };
    query?: {
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'name' | 'priority';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400.
         */
        pagesize?: number;
    };
    url: '/settings/tasks/templates/{tasktemplateid}/tasks';
};
export type SettingsTaskTemplateTasksListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplateTasksListError = SettingsTaskTemplateTasksListErrors[keyof SettingsTaskTemplateTasksListErrors];
export type SettingsTaskTemplateTasksListResponses = {
    /**
     * The rows.
     */
    200: SettingsTaskTemplateTaskList;
};
export type SettingsTaskTemplateTasksListResponse = SettingsTaskTemplateTasksListResponses[keyof SettingsTaskTemplateTasksListResponses];
export type SettingsTaskTemplateTasksCreateData = {
    body: SettingsTaskTemplateTasksCreateBody;
    path: {
        /**
         * Task template id.
         */
        tasktemplateid: number;
    };
    query?: never;
    url: '/settings/tasks/templates/{tasktemplateid}/tasks';
};
export type SettingsTaskTemplateTasksCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplateTasksCreateError = SettingsTaskTemplateTasksCreateErrors[keyof SettingsTaskTemplateTasksCreateErrors];
export type SettingsTaskTemplateTasksCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SettingsTaskTemplateTasksCreateResponse = SettingsTaskTemplateTasksCreateResponses[keyof SettingsTaskTemplateTasksCreateResponses];
export type SettingsTaskTemplateTasksDeleteData = {
    body?: never;
    path: {
        /**
         * Task template id.
         */
        tasktemplateid: number;
        /**
         * Id of a task of the task template (not a task of `/tasks`).
         */
        taskid: number;
    };
    query?: never;
    url: '/settings/tasks/templates/{tasktemplateid}/tasks/{taskid}';
};
export type SettingsTaskTemplateTasksDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplateTasksDeleteError = SettingsTaskTemplateTasksDeleteErrors[keyof SettingsTaskTemplateTasksDeleteErrors];
export type SettingsTaskTemplateTasksDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsTaskTemplateTasksDeleteResponse = SettingsTaskTemplateTasksDeleteResponses[keyof SettingsTaskTemplateTasksDeleteResponses];
export type SettingsTaskTemplateTasksGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task template id.
         */
        tasktemplateid: number;
        /**
         * Id of a task of the task template (not a task of `/tasks`).
         */
        taskid: number;
    };
    query?: never;
    url: '/settings/tasks/templates/{tasktemplateid}/tasks/{taskid}';
};
export type SettingsTaskTemplateTasksGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplateTasksGetError = SettingsTaskTemplateTasksGetErrors[keyof SettingsTaskTemplateTasksGetErrors];
export type SettingsTaskTemplateTasksGetResponses = {
    /**
     * The item.
     */
    200: SettingsTaskTemplateTaskEnvelope;
};
export type SettingsTaskTemplateTasksGetResponse = SettingsTaskTemplateTasksGetResponses[keyof SettingsTaskTemplateTasksGetResponses];
export type SettingsTaskTemplateTasksUpdateData = {
    body: SettingsTaskTemplateTasksUpdateBody;
    path: {
        /**
         * Task template id.
         */
        tasktemplateid: number;
        /**
         * Id of a task of the task template (not a task of `/tasks`).
         */
        taskid: number;
    };
    query?: never;
    url: '/settings/tasks/templates/{tasktemplateid}/tasks/{taskid}';
};
export type SettingsTaskTemplateTasksUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SettingsTaskTemplateTasksUpdateError = SettingsTaskTemplateTasksUpdateErrors[keyof SettingsTaskTemplateTasksUpdateErrors];
export type SettingsTaskTemplateTasksUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SettingsTaskTemplateTasksUpdateResponse = SettingsTaskTemplateTasksUpdateResponses[keyof SettingsTaskTemplateTasksUpdateResponses];
export type SharedNotesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `author`, `content`, `date`, `lastmodified`, `project`, `title`.
         */
        fields?: string;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Lower id bound. Vendor-doc correction: the vendor text describes idfrom and idto the other way round ("less than or equal" for idfrom); this document assumes the usual reading (idfrom is the smallest id returned), which is unverified.
         */
        idfrom?: number;
        /**
         * Upper id bound (see the note on `idfrom`).
         */
        idto?: number;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (notes of active projects); `complete` (notes of completed projects); `all` (notes of all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `date`).
         */
        sortby?: 'id' | 'title' | 'date';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/sharednotes';
};
export type SharedNotesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SharedNotesListError = SharedNotesListErrors[keyof SharedNotesListErrors];
export type SharedNotesListResponses = {
    /**
     * The matching rows.
     */
    200: SharedNoteList;
};
export type SharedNotesListResponse = SharedNotesListResponses[keyof SharedNotesListResponses];
export type SharedNotesCreateData = {
    body: SharedNotesCreateBody;
    path?: never;
    query?: never;
    url: '/sharednotes';
};
export type SharedNotesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SharedNotesCreateError = SharedNotesCreateErrors[keyof SharedNotesCreateErrors];
export type SharedNotesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type SharedNotesCreateResponse = SharedNotesCreateResponses[keyof SharedNotesCreateResponses];
export type SharedNotesDeleteData = {
    body?: never;
    path: {
        /**
         * Shared note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/sharednotes/{noteid}';
};
export type SharedNotesDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SharedNotesDeleteError = SharedNotesDeleteErrors[keyof SharedNotesDeleteErrors];
export type SharedNotesDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SharedNotesDeleteResponse = SharedNotesDeleteResponses[keyof SharedNotesDeleteResponses];
export type SharedNotesGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Shared note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/sharednotes/{noteid}';
};
export type SharedNotesGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SharedNotesGetError = SharedNotesGetErrors[keyof SharedNotesGetErrors];
export type SharedNotesGetResponses = {
    /**
     * The item.
     */
    200: SharedNoteEnvelope;
};
export type SharedNotesGetResponse = SharedNotesGetResponses[keyof SharedNotesGetResponses];
export type SharedNotesUpdateData = {
    body: SharedNotesUpdateBody;
    path: {
        /**
         * Shared note id.
         */
        noteid: number;
    };
    query?: never;
    url: '/sharednotes/{noteid}';
};
export type SharedNotesUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type SharedNotesUpdateError = SharedNotesUpdateErrors[keyof SharedNotesUpdateErrors];
export type SharedNotesUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type SharedNotesUpdateResponse = SharedNotesUpdateResponses[keyof SharedNotesUpdateResponses];
export type TasksListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `completedate`, `contacts`, `creator`, `dates`, `dependent`, `description`, `duedate`, `lastmodified`, `name`, `order`, `priority`, `project`, `projectcategory`, `projectmanager`, `startdate`, `status`, `timeallocated`, `timetracked`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `true` (billable tasks); `false` (non-billable tasks); `all` (all tasks).
         */
        billable?: 'true' | 'false' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only tasks of projects for these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `unassigned` selects rows nobody is assigned to. `all` removes the restriction.
         */
        contacts?: TaskContactFilter;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Restrict by dependentstatus: `current` (current dependent tasks); `noncurrent` (non-current dependent tasks); `all` (all dependent tasks).
         */
        dependentstatus?: 'current' | 'noncurrent' | 'all';
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * `true`: include General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Only these tasks (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only rows linked to internal clients in these groups (comma-separated ids, any of them).
         */
        internalclientgroupid?: IdList;
        /**
         * Only rows linked to internal clients in these teams (comma-separated ids, any of them).
         */
        internalclientteamid?: IdList;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * Restrict by projectstatus: `active` (tasks in active projects); `complete` (tasks in completed projects); `all` (tasks in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * `true`: include Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Free-text match on the task name; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active tasks); `complete` (completed tasks); `all` (all tasks).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * Restrict by type: `normal` (normal tasks); `bold` (bold tasks); `heading` (heading tasks); `nonheading` (non-heading tasks (normal + bold)); `all` (all tasks).
         */
        type?: 'normal' | 'bold' | 'heading' | 'nonheading' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'order' | 'name' | 'startdate' | 'duedate' | 'completedate' | 'projectid' | 'projectnumber' | 'projecttitle';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/tasks';
};
export type TasksListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksListError = TasksListErrors[keyof TasksListErrors];
export type TasksListResponses = {
    /**
     * The matching rows.
     */
    200: TaskList;
};
export type TasksListResponse = TasksListResponses[keyof TasksListResponses];
export type TasksCreateData = {
    body: TasksCreateBody | TasksCreateBodyList;
    path?: never;
    query?: never;
    url: '/tasks';
};
export type TasksCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksCreateError = TasksCreateErrors[keyof TasksCreateErrors];
export type TasksCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type TasksCreateResponse = TasksCreateResponses[keyof TasksCreateResponses];
export type TasksDeleteData = {
    body?: never;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}';
};
export type TasksDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksDeleteError = TasksDeleteErrors[keyof TasksDeleteErrors];
export type TasksDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TasksDeleteResponse = TasksDeleteResponses[keyof TasksDeleteResponses];
export type TasksGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}';
};
export type TasksGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksGetError = TasksGetErrors[keyof TasksGetErrors];
export type TasksGetResponses = {
    /**
     * The item.
     */
    200: TaskEnvelope;
};
export type TasksGetResponse = TasksGetResponses[keyof TasksGetResponses];
export type TasksUpdateData = {
    body: TasksUpdateBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}';
};
export type TasksUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksUpdateError = TasksUpdateErrors[keyof TasksUpdateErrors];
export type TasksUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TasksUpdateResponse = TasksUpdateResponses[keyof TasksUpdateResponses];
export type TasksAdjustDatesData = {
    body: TaskAdjustDatesBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/adjustdates';
};
export type TasksAdjustDatesErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksAdjustDatesError = TasksAdjustDatesErrors[keyof TasksAdjustDatesErrors];
export type TasksAdjustDatesResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TasksAdjustDatesResponse = TasksAdjustDatesResponses[keyof TasksAdjustDatesResponses];
export type TasksCompleteData = {
    body?: TaskCompleteBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/complete';
};
export type TasksCompleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksCompleteError = TasksCompleteErrors[keyof TasksCompleteErrors];
export type TasksCompleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TasksCompleteResponse = TasksCompleteResponses[keyof TasksCompleteResponses];
export type TaskContactsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `address`, `company`, `email`, `groups`, `image`, `lastmodified`, `location`, `logindetails`, `name`, `phone`, `tags`, `teams`, `title`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * `true`: contacts with Login Access; `false`: the opposite.
         */
        allowlogin?: boolean;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * `true`: pending Contacts; `false`: the opposite. Default `false`.
         */
        pending?: boolean;
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on email; prefix with `!` to exclude matches.
         */
        searchemail?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows linked to at least one of these tags (comma-separated ids, any of them).
         */
        tagid?: IdList;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `firstname`).
         */
        sortby?: 'id' | 'firstname' | 'lastname';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/tasks/{taskid}/contacts';
};
export type TaskContactsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TaskContactsListError = TaskContactsListErrors[keyof TaskContactsListErrors];
export type TaskContactsListResponses = {
    /**
     * The matching rows.
     */
    200: ContactList;
};
export type TaskContactsListResponse = TaskContactsListResponses[keyof TaskContactsListResponses];
export type TaskContactsUpdateData = {
    body: TaskContactsUpdateBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/contacts';
};
export type TaskContactsUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TaskContactsUpdateError = TaskContactsUpdateErrors[keyof TaskContactsUpdateErrors];
export type TaskContactsUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TaskContactsUpdateResponse = TaskContactsUpdateResponses[keyof TaskContactsUpdateResponses];
export type TaskFilesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `contacts`, `date`, `folder`, `link`, `name`, `project`, `size`, `task`.
         */
        fields?: string;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these folders (comma-separated ids, any of them).
         */
        folderid?: IdList;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (files for active projects); `complete` (files for completed projects); `all` (files for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Restrict by taskstatus: `active` (files for active tasks); `complete` (files for completed tasks); `all` (files for all tasks).
         */
        taskstatus?: 'active' | 'complete' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `name`).
         */
        sortby?: 'id' | 'name' | 'size' | 'date' | 'projectid' | 'taskid' | 'folderid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/tasks/{taskid}/files';
};
export type TaskFilesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TaskFilesListError = TaskFilesListErrors[keyof TaskFilesListErrors];
export type TaskFilesListResponses = {
    /**
     * The matching rows.
     */
    200: FileList;
};
export type TaskFilesListResponse = TaskFilesListResponses[keyof TaskFilesListResponses];
export type TaskFilesCreateData = {
    body: TaskFilesCreateBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/files';
};
export type TaskFilesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TaskFilesCreateError = TaskFilesCreateErrors[keyof TaskFilesCreateErrors];
export type TaskFilesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type TaskFilesCreateResponse = TaskFilesCreateResponses[keyof TaskFilesCreateResponses];
export type TaskMessagesListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `author`, `contacts`, `content`, `date`, `files`, `originalmessageid`, `project`, `public`, `task`, `title`.
         */
        fields?: string;
        /**
         * `true`: return email, image, phone for contacts; `false`: the opposite. Default `false`.
         */
        contactdetails?: boolean;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * Only rows whose date is on or after this date (absolute or relative).
         */
        datefrom?: DateFilter;
        /**
         * Only rows whose date is on or before this date (absolute or relative).
         */
        dateto?: DateFilter;
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows linked to these ids (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only messages of the discussion started by this message.
         */
        originalmessageid?: number;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Restrict by projectstatus: `active` (messages for active projects); `complete` (messages for completed projects); `all` (messages for all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * Free-text match on the main text fields; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Restrict by taskstatus: `active` (messages for active tasks); `complete` (messages for completed tasks); `all` (messages for all tasks).
         */
        taskstatus?: 'active' | 'complete' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'originalmessageid' | 'date' | 'projectid' | 'taskid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/tasks/{taskid}/messages';
};
export type TaskMessagesListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TaskMessagesListError = TaskMessagesListErrors[keyof TaskMessagesListErrors];
export type TaskMessagesListResponses = {
    /**
     * The matching rows.
     */
    200: MessageList;
};
export type TaskMessagesListResponse = TaskMessagesListResponses[keyof TaskMessagesListResponses];
export type TaskMessagesCreateData = {
    body: TaskMessagesCreateBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/messages';
};
export type TaskMessagesCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TaskMessagesCreateError = TaskMessagesCreateErrors[keyof TaskMessagesCreateErrors];
export type TaskMessagesCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type TaskMessagesCreateResponse = TaskMessagesCreateResponses[keyof TaskMessagesCreateResponses];
export type TasksReactivateData = {
    body?: TaskReactivateBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/reactivate';
};
export type TasksReactivateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksReactivateError = TasksReactivateErrors[keyof TasksReactivateErrors];
export type TasksReactivateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TasksReactivateResponse = TasksReactivateResponses[keyof TasksReactivateResponses];
export type TasksStartTimerData = {
    body?: TaskTimerBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/starttimer';
};
export type TasksStartTimerErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksStartTimerError = TasksStartTimerErrors[keyof TasksStartTimerErrors];
export type TasksStartTimerResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TasksStartTimerResponse = TasksStartTimerResponses[keyof TasksStartTimerResponses];
export type TasksStopTimerData = {
    body?: TaskTimerBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/stoptimer';
};
export type TasksStopTimerErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksStopTimerError = TasksStopTimerErrors[keyof TasksStopTimerErrors];
export type TasksStopTimerResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TasksStopTimerResponse = TasksStopTimerResponses[keyof TasksStopTimerResponses];
export type TaskTimeListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: {
        /**
         * The first day of the tracking period (absolute or relative date); six days ago (`-6d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedfrom?: DateFilter;
        /**
         * The last day of the tracking period (absolute or relative date); today (`+0d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedto?: DateFilter;
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `contact`, `dates`, `lastmodified`, `notes`, `project`, `task`, `tasktimetotals`, `timetracked`, `none`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Default `contact,task,project,dates,timetracked,billable` (assumed, see x-open-questions).
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `billable`, `category`, `company`, `contact`, `group`, `internalclientgroup`, `internalclientteam`, `project`, `task`, `team`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `billable` (billable time); `nonbillable` (non-billable time); `all` (all time).
         */
        billable?: 'billable' | 'nonbillable' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them).
         */
        categoryid?: IdList;
        /**
         * Only time on projects for these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * `true`: include Time for General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Only these time records (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * `true`: include Time for Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Only rows whose task completion date is on or after this date (absolute or relative).
         */
        taskcompletedatefrom?: DateFilter;
        /**
         * Only rows whose task completion date is on or before this date (absolute or relative).
         */
        taskcompletedateto?: DateFilter;
        /**
         * Only rows whose task due date is on or after this date (absolute or relative).
         */
        taskduedatefrom?: DateFilter;
        /**
         * Only rows whose task due date is on or before this date (absolute or relative).
         */
        taskduedateto?: DateFilter;
        /**
         * Only rows whose task start date is on or after this date (absolute or relative).
         */
        taskstartdatefrom?: DateFilter;
        /**
         * Only rows whose task start date is on or before this date (absolute or relative).
         */
        taskstartdateto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'date' | 'taskid' | 'projectid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/tasks/{taskid}/time';
};
export type TaskTimeListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TaskTimeListError = TaskTimeListErrors[keyof TaskTimeListErrors];
export type TaskTimeListResponses = {
    /**
     * The matching rows.
     */
    200: TimeRecordList;
};
export type TaskTimeListResponse = TaskTimeListResponses[keyof TaskTimeListResponses];
export type TaskTimeCreateData = {
    body: TaskTimeCreateBody;
    path: {
        /**
         * Task id.
         */
        taskid: number;
    };
    query?: never;
    url: '/tasks/{taskid}/time';
};
export type TaskTimeCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TaskTimeCreateError = TaskTimeCreateErrors[keyof TaskTimeCreateErrors];
export type TaskTimeCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type TaskTimeCreateResponse = TaskTimeCreateResponses[keyof TaskTimeCreateResponses];
export type TasksBulkDeleteData = {
    body: TasksBulkDeleteBody;
    path?: never;
    query?: never;
    url: '/tasks/delete';
};
export type TasksBulkDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksBulkDeleteError = TasksBulkDeleteErrors[keyof TasksBulkDeleteErrors];
export type TasksBulkDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TasksBulkDeleteResponse = TasksBulkDeleteResponses[keyof TasksBulkDeleteResponses];
export type TasksListOverdueData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `completedate`, `contacts`, `creator`, `dates`, `dependent`, `description`, `duedate`, `lastmodified`, `name`, `order`, `priority`, `project`, `projectcategory`, `projectmanager`, `startdate`, `status`, `timeallocated`, `timetracked`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `true` (billable tasks); `false` (non-billable tasks); `all` (all tasks).
         */
        billable?: 'true' | 'false' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only tasks of projects for these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `unassigned` selects rows nobody is assigned to. `all` removes the restriction.
         */
        contacts?: TaskContactFilter;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Restrict by dependentstatus: `current` (current dependent tasks); `noncurrent` (non-current dependent tasks); `all` (all dependent tasks).
         */
        dependentstatus?: 'current' | 'noncurrent' | 'all';
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * `true`: include General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Only these tasks (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only rows linked to internal clients in these groups (comma-separated ids, any of them).
         */
        internalclientgroupid?: IdList;
        /**
         * Only rows linked to internal clients in these teams (comma-separated ids, any of them).
         */
        internalclientteamid?: IdList;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * Restrict by projectstatus: `active` (tasks in active projects); `complete` (tasks in completed projects); `all` (tasks in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * `true`: include Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Free-text match on the task name; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Compare the timeallocated figure: an exact number or a `gte`/`lte` bound.
         */
        timeallocated?: Comparison;
        /**
         * Compare the timetracked figure: exact number, `gte`/`lte` bound, a percentage of the reference amount, or `over`/`under`.
         */
        timetracked?: TotalComparison;
        /**
         * Only rows linked to time tracked by these contacts (comma-separated ids, any of them). A leading `!` excludes them instead. `me` means the caller. `all` removes the restriction.
         */
        timetrackedby?: NegatableContactIdList;
        /**
         * Only rows whose time-tracking date is on or after this date (absolute or relative).
         */
        timetrackedfrom?: DateFilter;
        /**
         * Only rows whose time-tracking date is on or before this date (absolute or relative).
         */
        timetrackedto?: DateFilter;
        /**
         * Restrict by type: `normal` (normal tasks); `bold` (bold tasks); `heading` (heading tasks); `nonheading` (non-heading tasks (normal + bold)); `all` (all tasks).
         */
        type?: 'normal' | 'bold' | 'heading' | 'nonheading' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'order' | 'name' | 'startdate' | 'duedate' | 'completedate' | 'projectid' | 'projectnumber' | 'projecttitle';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/tasks/overdue';
};
export type TasksListOverdueErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksListOverdueError = TasksListOverdueErrors[keyof TasksListOverdueErrors];
export type TasksListOverdueResponses = {
    /**
     * The matching rows.
     */
    200: TaskList;
};
export type TasksListOverdueResponse = TasksListOverdueResponses[keyof TasksListOverdueResponses];
export type TasksListOvertimeData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `completedate`, `contacts`, `creator`, `dates`, `dependent`, `description`, `duedate`, `lastmodified`, `name`, `order`, `priority`, `project`, `projectcategory`, `projectmanager`, `startdate`, `status`, `timeallocated`, `timetracked`, `type`, and `apifield<N>` for the API field with id N.
         */
        fields?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `true` (billable tasks); `false` (non-billable tasks); `all` (all tasks).
         */
        billable?: 'true' | 'false' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        categoryid?: NegatableIdList;
        /**
         * Only tasks of projects for these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows whose completion date is on or after this date (absolute or relative).
         */
        completedatefrom?: DateFilter;
        /**
         * Only rows whose completion date is on or before this date (absolute or relative).
         */
        completedateto?: DateFilter;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `unassigned` selects rows nobody is assigned to. `all` removes the restriction.
         */
        contacts?: TaskContactFilter;
        /**
         * Whether rows must match any (default) or all of the contacts in `contacts`.
         */
        contactsmode?: MatchMode;
        /**
         * Restrict by dependentstatus: `current` (current dependent tasks); `noncurrent` (non-current dependent tasks); `all` (all dependent tasks).
         */
        dependentstatus?: 'current' | 'noncurrent' | 'all';
        /**
         * Only rows of this division (Advanced plan).
         */
        divisionid?: number;
        /**
         * Only rows whose due date is on or after this date (absolute or relative).
         */
        duedatefrom?: DateFilter;
        /**
         * Only rows whose due date is on or before this date (absolute or relative).
         */
        duedateto?: DateFilter;
        /**
         * `true`: include General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Only these tasks (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only rows linked to internal clients in these groups (comma-separated ids, any of them).
         */
        internalclientgroupid?: IdList;
        /**
         * Only rows linked to internal clients in these teams (comma-separated ids, any of them).
         */
        internalclientteamid?: IdList;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows linked to projects managed by these contacts (comma-separated ids, any of them). `me` means the caller.
         */
        managerid?: IdListOrMe;
        /**
         * Only rows linked to these priorities (comma-separated ids, any of them). A leading `!` excludes them instead.
         */
        priority?: NegatableIdList;
        /**
         * Only rows linked to projects in these categories (comma-separated ids, any of them).
         */
        projectcategoryid?: IdList;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * Restrict by projectstatus: `active` (tasks in active projects); `complete` (tasks in completed projects); `all` (tasks in all projects).
         */
        projectstatus?: 'active' | 'complete' | 'all';
        /**
         * `true`: include Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Free-text match on the task name; prefix with `!` to exclude matches.
         */
        search?: NegatableSearch;
        /**
         * Free-text match on description; prefix with `!` to exclude matches.
         */
        searchdescription?: NegatableSearch;
        /**
         * Free-text match on name; prefix with `!` to exclude matches.
         */
        searchname?: NegatableSearch;
        /**
         * Only rows whose start date is on or after this date (absolute or relative).
         */
        startdatefrom?: DateFilter;
        /**
         * Only rows whose start date is on or before this date (absolute or relative).
         */
        startdateto?: DateFilter;
        /**
         * Restrict by status: `active` (active tasks); `complete` (completed tasks); `all` (all tasks).
         */
        status?: 'active' | 'complete' | 'all';
        /**
         * Restrict by type: `normal` (normal tasks); `bold` (bold tasks); `heading` (heading tasks); `nonheading` (non-heading tasks (normal + bold)); `all` (all tasks).
         */
        type?: 'normal' | 'bold' | 'heading' | 'nonheading' | 'all';
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'order' | 'name' | 'startdate' | 'duedate' | 'completedate' | 'projectid' | 'projectnumber' | 'projecttitle';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/tasks/overtime';
};
export type TasksListOvertimeErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TasksListOvertimeError = TasksListOvertimeErrors[keyof TasksListOvertimeErrors];
export type TasksListOvertimeResponses = {
    /**
     * The matching rows.
     */
    200: TaskList;
};
export type TasksListOvertimeResponse = TasksListOvertimeResponses[keyof TasksListOvertimeResponses];
export type TimeListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * The first day of the tracking period (absolute or relative date); six days ago (`-6d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedfrom?: DateFilter;
        /**
         * The last day of the tracking period (absolute or relative date); today (`+0d`) when left out. Vendor-doc correction: the reference lists it as required and documents this default at once; the service applies the default.
         */
        trackedto?: DateFilter;
        /**
         * Comma-separated names of the properties to return for each row; `id` always comes back. Accepted names: `apifields`, `billable`, `category`, `company`, `contact`, `dates`, `lastmodified`, `notes`, `project`, `task`, `tasktimetotals`, `timetracked`, `none`, and `apifield<N>` for the API field with id N. `none` returns only the totals/subtotals. Default `contact,task,project,dates,timetracked,billable` (assumed, see x-open-questions).
         */
        fields?: string;
        /**
         * Group the totals by these keys, in the order given (comma-separated): `billable`, `category`, `company`, `contact`, `group`, `internalclientgroup`, `internalclientteam`, `project`, `task`, `team`, `day`, `week`, `month`, `year`. Only non-zero groups are returned. Date groupings need the matching `...from` date filter; `week` starts on that date. Cannot be combined with paging.
         */
        subtotals?: string;
        /**
         * Match API-only custom field values (`id,text` pairs joined by `||`).
         */
        apifields?: ApiFieldFilter;
        /**
         * Whether rows must match any (default) or all of the `apifields` pairs.
         */
        apifieldsmode?: MatchMode;
        /**
         * Restrict by billable: `billable` (billable time); `nonbillable` (non-billable time); `all` (all time).
         */
        billable?: 'billable' | 'nonbillable' | 'all';
        /**
         * Only rows linked to these categories (comma-separated ids, any of them).
         */
        categoryid?: IdList;
        /**
         * Only time on projects for these companies (comma-separated ids, any of them).
         */
        companyid?: IdList;
        /**
         * Only rows linked to these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
        /**
         * `true`: include Time for General Tasks; `false`: the opposite. Default `true`.
         */
        generaltasks?: boolean;
        /**
         * Only these time records (comma-separated ids, any of them).
         */
        id?: IdList;
        /**
         * Only rows whose last change (added or edited) is on or after this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedfrom?: DateTimeFilter;
        /**
         * Only rows whose last change (added or edited) is on or before this moment (absolute local time or an age such as `12h`).
         */
        lastmodifiedto?: DateTimeFilter;
        /**
         * Only rows whose project completion date is on or after this date (absolute or relative).
         */
        projectcompletedatefrom?: DateFilter;
        /**
         * Only rows whose project completion date is on or before this date (absolute or relative).
         */
        projectcompletedateto?: DateFilter;
        /**
         * Only rows whose project due date is on or after this date (absolute or relative).
         */
        projectduedatefrom?: DateFilter;
        /**
         * Only rows whose project due date is on or before this date (absolute or relative).
         */
        projectduedateto?: DateFilter;
        /**
         * Only rows linked to these projects (comma-separated ids, any of them).
         */
        projectid?: IdList;
        /**
         * Only rows whose project start date is on or after this date (absolute or relative).
         */
        projectstartdatefrom?: DateFilter;
        /**
         * Only rows whose project start date is on or before this date (absolute or relative).
         */
        projectstartdateto?: DateFilter;
        /**
         * `true`: include Time for Project Tasks; `false`: the opposite. Default `true`.
         */
        projecttasks?: boolean;
        /**
         * Only rows whose task completion date is on or after this date (absolute or relative).
         */
        taskcompletedatefrom?: DateFilter;
        /**
         * Only rows whose task completion date is on or before this date (absolute or relative).
         */
        taskcompletedateto?: DateFilter;
        /**
         * Only rows whose task due date is on or after this date (absolute or relative).
         */
        taskduedatefrom?: DateFilter;
        /**
         * Only rows whose task due date is on or before this date (absolute or relative).
         */
        taskduedateto?: DateFilter;
        /**
         * Only rows linked to these tasks (comma-separated ids, any of them).
         */
        taskid?: IdList;
        /**
         * Only rows whose task start date is on or after this date (absolute or relative).
         */
        taskstartdatefrom?: DateFilter;
        /**
         * Only rows whose task start date is on or before this date (absolute or relative).
         */
        taskstartdateto?: DateFilter;
        /**
         * 1-based page number. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. Example: pagenumber=2 with pagesize=10 returns rows 11-20. Without paging every match is returned (the service silently stops at 5,000 rows).
         */
        pagenumber?: number;
        /**
         * Rows per page. Send `pagenumber` and `pagesize` together or not at all; one without the other is answered with HTTP 400. The vendor advises at most 500-1,000 rows per request; no hard maximum is documented.
         */
        pagesize?: number;
        /**
         * Property to sort by (default `id`).
         */
        sortby?: 'id' | 'date' | 'taskid' | 'projectid';
        /**
         * Sort direction; `asc` by default.
         */
        sortorder?: SortOrder;
    };
    url: '/time';
};
export type TimeListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TimeListError = TimeListErrors[keyof TimeListErrors];
export type TimeListResponses = {
    /**
     * The matching rows.
     */
    200: TimeRecordList;
};
export type TimeListResponse = TimeListResponses[keyof TimeListResponses];
export type TimeCreateData = {
    body: TimeCreateBody;
    path?: never;
    query?: never;
    url: '/time';
};
export type TimeCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TimeCreateError = TimeCreateErrors[keyof TimeCreateErrors];
export type TimeCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type TimeCreateResponse = TimeCreateResponses[keyof TimeCreateResponses];
export type TimeDeleteData = {
    body?: never;
    path: {
        /**
         * Time record id.
         */
        timerecordid: number;
    };
    query?: never;
    url: '/time/{timerecordid}';
};
export type TimeDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TimeDeleteError = TimeDeleteErrors[keyof TimeDeleteErrors];
export type TimeDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TimeDeleteResponse = TimeDeleteResponses[keyof TimeDeleteResponses];
export type TimeGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Time record id.
         */
        timerecordid: number;
    };
    query?: never;
    url: '/time/{timerecordid}';
};
export type TimeGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TimeGetError = TimeGetErrors[keyof TimeGetErrors];
export type TimeGetResponses = {
    /**
     * The item.
     */
    200: TimeRecordEnvelope;
};
export type TimeGetResponse = TimeGetResponses[keyof TimeGetResponses];
export type TimeUpdateData = {
    body: TimeUpdateBody;
    path: {
        /**
         * Time record id.
         */
        timerecordid: number;
    };
    query?: never;
    url: '/time/{timerecordid}';
};
export type TimeUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TimeUpdateError = TimeUpdateErrors[keyof TimeUpdateErrors];
export type TimeUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TimeUpdateResponse = TimeUpdateResponses[keyof TimeUpdateResponses];
export type TimeStopTimerData = {
    body?: TaskTimerBody;
    path: {
        /**
         * Time record id.
         */
        timerecordid: number;
    };
    query?: never;
    url: '/time/{timerecordid}/stoptimer';
};
export type TimeStopTimerErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TimeStopTimerError = TimeStopTimerErrors[keyof TimeStopTimerErrors];
export type TimeStopTimerResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type TimeStopTimerResponse = TimeStopTimerResponses[keyof TimeStopTimerResponses];
export type TimeListActiveTimersData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Only timers of these contacts (comma-separated ids, any of them). `me` means the caller. `all` removes the restriction.
         */
        contacts?: ContactIdList;
    };
    url: '/time/activetimers';
};
export type TimeListActiveTimersErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type TimeListActiveTimersError = TimeListActiveTimersErrors[keyof TimeListActiveTimersErrors];
export type TimeListActiveTimersResponses = {
    /**
     * The matching rows.
     */
    200: TimerList;
};
export type TimeListActiveTimersResponse = TimeListActiveTimersResponses[keyof TimeListActiveTimersResponses];
export type WorkloadGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Staff contacts to report on (comma-separated ids), `me` for the caller or `all` (every staff contact, the default).
         */
        contacts?: ContactIdList;
        /**
         * First day reported (today or later; default today).
         */
        datefrom?: WorkloadDate;
        /**
         * Last day reported (today or later; default two weeks ahead).
         */
        dateto?: WorkloadDate;
        /**
         * `workload`: minutes of scheduled task work per day; `availability`: `availableminutes` less that work.
         */
        mode?: 'workload' | 'availability';
        /**
         * Minutes a contact can work per day, for `mode=availability` (default 480).
         */
        availableminutes?: number;
    };
    url: '/workload';
};
export type WorkloadGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type WorkloadGetError = WorkloadGetErrors[keyof WorkloadGetErrors];
export type WorkloadGetResponses = {
    /**
     * The item.
     */
    200: WorkloadList;
};
export type WorkloadGetResponse = WorkloadGetResponses[keyof WorkloadGetResponses];
export type WebhooksListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * Only the webhooks of events about this kind of item (`project` for `newproject`, `editproject`, ...; `timer` for `starttimer` and `stoptimer`).
         */
        event?: WebhookEventGroup;
    };
    url: '/settings/webhooks';
};
export type WebhooksListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type WebhooksListError = WebhooksListErrors[keyof WebhooksListErrors];
export type WebhooksListResponses = {
    /**
     * The webhooks.
     */
    200: WebhookList;
};
export type WebhooksListResponse = WebhooksListResponses[keyof WebhooksListResponses];
export type WebhooksCreateData = {
    body: WebhooksCreateBody;
    path?: never;
    query?: never;
    url: '/settings/webhooks';
};
export type WebhooksCreateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type WebhooksCreateError = WebhooksCreateErrors[keyof WebhooksCreateErrors];
export type WebhooksCreateResponses = {
    /**
     * Created.
     */
    201: WriteResult;
};
export type WebhooksCreateResponse = WebhooksCreateResponses[keyof WebhooksCreateResponses];
export type WebhooksDeleteData = {
    body?: never;
    path: {
        /**
         * Webhook id.
         */
        webhookid: number;
    };
    query?: never;
    url: '/settings/webhooks/{webhookid}';
};
export type WebhooksDeleteErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type WebhooksDeleteError = WebhooksDeleteErrors[keyof WebhooksDeleteErrors];
export type WebhooksDeleteResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type WebhooksDeleteResponse = WebhooksDeleteResponses[keyof WebhooksDeleteResponses];
export type WebhooksGetData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path: {
        /**
         * Webhook id.
         */
        webhookid: number;
    };
    query?: never;
    url: '/settings/webhooks/{webhookid}';
};
export type WebhooksGetErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type WebhooksGetError = WebhooksGetErrors[keyof WebhooksGetErrors];
export type WebhooksGetResponses = {
    /**
     * The item.
     */
    200: WebhookEnvelope;
};
export type WebhooksGetResponse = WebhooksGetResponses[keyof WebhooksGetResponses];
export type WebhooksUpdateData = {
    body: WebhooksUpdateBody;
    path: {
        /**
         * Webhook id.
         */
        webhookid: number;
    };
    query?: never;
    url: '/settings/webhooks/{webhookid}';
};
export type WebhooksUpdateErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type WebhooksUpdateError = WebhooksUpdateErrors[keyof WebhooksUpdateErrors];
export type WebhooksUpdateResponses = {
    /**
     * Done.
     */
    200: WriteResult;
};
export type WebhooksUpdateResponse = WebhooksUpdateResponses[keyof WebhooksUpdateResponses];
export type WebhooksRequestsListData = {
    body?: never;
    headers?: {
        /**
         * The `etag` of an earlier answer; if nothing changed the service answers 304 with an empty body.
         */
        'If-None-Match'?: string;
    };
    path?: never;
    query?: {
        /**
         * `pending`: deliveries still being tried; `complete`: delivered (the receiver answered 2xx); `all` (default): both.
         */
        status?: 'pending' | 'complete' | 'all';
        /**
         * Only the deliveries of this webhook (its id).
         */
        resthookid?: number;
        /**
         * Only the deliveries of events about this kind of item (`task`, `project`, ...).
         */
        event?: WebhookEventGroup;
    };
    url: '/settings/webhooks/requests';
};
export type WebhooksRequestsListErrors = {
    /**
     * Invalid parameters or body (for example a missing required field, or only one of pagenumber/pagesize).
     */
    400: ErrorEnvelope;
    /**
     * Wrong API key or wrong Basic credentials (the two look the same); the body is empty.
     */
    401: unknown;
    /**
     * The caller's ProWorkflow permissions do not allow this.
     */
    403: ErrorEnvelope;
    /**
     * The item does not exist (an unknown path gets an HTML page instead).
     */
    404: ErrorEnvelope;
    /**
     * More than 500 requests in 30 seconds for this API key; wait `x-ratelimit-reset` seconds. No Retry-After header is sent.
     */
    429: ErrorEnvelope;
    /**
     * Unexpected failure; `details` may be a bare string here.
     */
    500: ErrorEnvelope;
};
export type WebhooksRequestsListError = WebhooksRequestsListErrors[keyof WebhooksRequestsListErrors];
export type WebhooksRequestsListResponses = {
    /**
     * The deliveries.
     */
    200: WebhookRequestList;
};
export type WebhooksRequestsListResponse = WebhooksRequestsListResponses[keyof WebhooksRequestsListResponses];
export type WebhookNewcontactWebhookPayload = ContactEventPayload;
export type WebhookNewcontactWebhookRequest = {
    body: WebhookNewcontactWebhookPayload;
    key: 'newcontact';
    path?: never;
    query?: never;
};
export type WebhookNewpendingcontactWebhookPayload = ContactEventPayload;
export type WebhookNewpendingcontactWebhookRequest = {
    body: WebhookNewpendingcontactWebhookPayload;
    key: 'newpendingcontact';
    path?: never;
    query?: never;
};
export type WebhookEditcontactWebhookPayload = ContactEventPayload;
export type WebhookEditcontactWebhookRequest = {
    body: WebhookEditcontactWebhookPayload;
    key: 'editcontact';
    path?: never;
    query?: never;
};
export type WebhookEditcontactlocationWebhookPayload = ContactEventPayload;
export type WebhookEditcontactlocationWebhookRequest = {
    body: WebhookEditcontactlocationWebhookPayload;
    key: 'editcontactlocation';
    path?: never;
    query?: never;
};
export type WebhookDeletecontactWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeletecontactWebhookRequest = {
    body: WebhookDeletecontactWebhookPayload;
    key: 'deletecontact';
    path?: never;
    query?: never;
};
export type WebhookNewcompanyWebhookPayload = CompanyEventPayload;
export type WebhookNewcompanyWebhookRequest = {
    body: WebhookNewcompanyWebhookPayload;
    key: 'newcompany';
    path?: never;
    query?: never;
};
export type WebhookNewpendingcompanyWebhookPayload = CompanyEventPayload;
export type WebhookNewpendingcompanyWebhookRequest = {
    body: WebhookNewpendingcompanyWebhookPayload;
    key: 'newpendingcompany';
    path?: never;
    query?: never;
};
export type WebhookEditcompanyWebhookPayload = CompanyEventPayload;
export type WebhookEditcompanyWebhookRequest = {
    body: WebhookEditcompanyWebhookPayload;
    key: 'editcompany';
    path?: never;
    query?: never;
};
export type WebhookDeletecompanyWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeletecompanyWebhookRequest = {
    body: WebhookDeletecompanyWebhookPayload;
    key: 'deletecompany';
    path?: never;
    query?: never;
};
export type WebhookNewfileWebhookPayload = FileEventPayload;
export type WebhookNewfileWebhookRequest = {
    body: WebhookNewfileWebhookPayload;
    key: 'newfile';
    path?: never;
    query?: never;
};
export type WebhookDeletefileWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeletefileWebhookRequest = {
    body: WebhookDeletefileWebhookPayload;
    key: 'deletefile';
    path?: never;
    query?: never;
};
export type WebhookNewinvoiceWebhookPayload = InvoiceEventPayload;
export type WebhookNewinvoiceWebhookRequest = {
    body: WebhookNewinvoiceWebhookPayload;
    key: 'newinvoice';
    path?: never;
    query?: never;
};
export type WebhookEditinvoiceWebhookPayload = InvoiceEventPayload;
export type WebhookEditinvoiceWebhookRequest = {
    body: WebhookEditinvoiceWebhookPayload;
    key: 'editinvoice';
    path?: never;
    query?: never;
};
export type WebhookDeleteinvoiceWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeleteinvoiceWebhookRequest = {
    body: WebhookDeleteinvoiceWebhookPayload;
    key: 'deleteinvoice';
    path?: never;
    query?: never;
};
export type WebhookNewmessageWebhookPayload = MessageEventPayload;
export type WebhookNewmessageWebhookRequest = {
    body: WebhookNewmessageWebhookPayload;
    key: 'newmessage';
    path?: never;
    query?: never;
};
export type WebhookEditmessageWebhookPayload = MessageEventPayload;
export type WebhookEditmessageWebhookRequest = {
    body: WebhookEditmessageWebhookPayload;
    key: 'editmessage';
    path?: never;
    query?: never;
};
export type WebhookDeletemessageWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeletemessageWebhookRequest = {
    body: WebhookDeletemessageWebhookPayload;
    key: 'deletemessage';
    path?: never;
    query?: never;
};
export type WebhookNewprojectWebhookPayload = ProjectEventPayload;
export type WebhookNewprojectWebhookRequest = {
    body: WebhookNewprojectWebhookPayload;
    key: 'newproject';
    path?: never;
    query?: never;
};
export type WebhookEditprojectWebhookPayload = ProjectEventPayload;
export type WebhookEditprojectWebhookRequest = {
    body: WebhookEditprojectWebhookPayload;
    key: 'editproject';
    path?: never;
    query?: never;
};
export type WebhookDeleteprojectWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeleteprojectWebhookRequest = {
    body: WebhookDeleteprojectWebhookPayload;
    key: 'deleteproject';
    path?: never;
    query?: never;
};
export type WebhookCompleteprojectWebhookPayload = ProjectEventPayload;
export type WebhookCompleteprojectWebhookRequest = {
    body: WebhookCompleteprojectWebhookPayload;
    key: 'completeproject';
    path?: never;
    query?: never;
};
export type WebhookReactivateprojectWebhookPayload = ProjectEventPayload;
export type WebhookReactivateprojectWebhookRequest = {
    body: WebhookReactivateprojectWebhookPayload;
    key: 'reactivateproject';
    path?: never;
    query?: never;
};
export type WebhookNewprojectrequestWebhookPayload = ProjectRequestEventPayload;
export type WebhookNewprojectrequestWebhookRequest = {
    body: WebhookNewprojectrequestWebhookPayload;
    key: 'newprojectrequest';
    path?: never;
    query?: never;
};
export type WebhookEditprojectrequestWebhookPayload = ProjectRequestEventPayload;
export type WebhookEditprojectrequestWebhookRequest = {
    body: WebhookEditprojectrequestWebhookPayload;
    key: 'editprojectrequest';
    path?: never;
    query?: never;
};
export type WebhookDeleteprojectrequestWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeleteprojectrequestWebhookRequest = {
    body: WebhookDeleteprojectrequestWebhookPayload;
    key: 'deleteprojectrequest';
    path?: never;
    query?: never;
};
export type WebhookApproveprojectrequestWebhookPayload = ProjectRequestEventPayload;
export type WebhookApproveprojectrequestWebhookRequest = {
    body: WebhookApproveprojectrequestWebhookPayload;
    key: 'approveprojectrequest';
    path?: never;
    query?: never;
};
export type WebhookDeclineprojectrequestWebhookPayload = ProjectRequestEventPayload;
export type WebhookDeclineprojectrequestWebhookRequest = {
    body: WebhookDeclineprojectrequestWebhookPayload;
    key: 'declineprojectrequest';
    path?: never;
    query?: never;
};
export type WebhookNewquoteWebhookPayload = QuoteEventPayload;
export type WebhookNewquoteWebhookRequest = {
    body: WebhookNewquoteWebhookPayload;
    key: 'newquote';
    path?: never;
    query?: never;
};
export type WebhookEditquoteWebhookPayload = QuoteEventPayload;
export type WebhookEditquoteWebhookRequest = {
    body: WebhookEditquoteWebhookPayload;
    key: 'editquote';
    path?: never;
    query?: never;
};
export type WebhookDeletequoteWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeletequoteWebhookRequest = {
    body: WebhookDeletequoteWebhookPayload;
    key: 'deletequote';
    path?: never;
    query?: never;
};
export type WebhookNewsharednoteWebhookPayload = SharedNoteEventPayload;
export type WebhookNewsharednoteWebhookRequest = {
    body: WebhookNewsharednoteWebhookPayload;
    key: 'newsharednote';
    path?: never;
    query?: never;
};
export type WebhookEditsharednoteWebhookPayload = SharedNoteEventPayload;
export type WebhookEditsharednoteWebhookRequest = {
    body: WebhookEditsharednoteWebhookPayload;
    key: 'editsharednote';
    path?: never;
    query?: never;
};
export type WebhookDeletesharednoteWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeletesharednoteWebhookRequest = {
    body: WebhookDeletesharednoteWebhookPayload;
    key: 'deletesharednote';
    path?: never;
    query?: never;
};
export type WebhookNewtaskWebhookPayload = TaskEventPayload;
export type WebhookNewtaskWebhookRequest = {
    body: WebhookNewtaskWebhookPayload;
    key: 'newtask';
    path?: never;
    query?: never;
};
export type WebhookEdittaskWebhookPayload = TaskEventPayload;
export type WebhookEdittaskWebhookRequest = {
    body: WebhookEdittaskWebhookPayload;
    key: 'edittask';
    path?: never;
    query?: never;
};
export type WebhookDeletetaskWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeletetaskWebhookRequest = {
    body: WebhookDeletetaskWebhookPayload;
    key: 'deletetask';
    path?: never;
    query?: never;
};
export type WebhookCompletetaskWebhookPayload = TaskEventPayload;
export type WebhookCompletetaskWebhookRequest = {
    body: WebhookCompletetaskWebhookPayload;
    key: 'completetask';
    path?: never;
    query?: never;
};
export type WebhookReactivatetaskWebhookPayload = TaskEventPayload;
export type WebhookReactivatetaskWebhookRequest = {
    body: WebhookReactivatetaskWebhookPayload;
    key: 'reactivatetask';
    path?: never;
    query?: never;
};
export type WebhookNewtimeWebhookPayload = TimeRecordEventPayload;
export type WebhookNewtimeWebhookRequest = {
    body: WebhookNewtimeWebhookPayload;
    key: 'newtime';
    path?: never;
    query?: never;
};
export type WebhookEdittimeWebhookPayload = TimeRecordEventPayload;
export type WebhookEdittimeWebhookRequest = {
    body: WebhookEdittimeWebhookPayload;
    key: 'edittime';
    path?: never;
    query?: never;
};
export type WebhookDeletetimeWebhookPayload = WebhookDeletedItemPayload;
export type WebhookDeletetimeWebhookRequest = {
    body: WebhookDeletetimeWebhookPayload;
    key: 'deletetime';
    path?: never;
    query?: never;
};
export type WebhookStarttimerWebhookPayload = TimeRecordEventPayload;
export type WebhookStarttimerWebhookRequest = {
    body: WebhookStarttimerWebhookPayload;
    key: 'starttimer';
    path?: never;
    query?: never;
};
export type WebhookStoptimerWebhookPayload = TimeRecordEventPayload;
export type WebhookStoptimerWebhookRequest = {
    body: WebhookStoptimerWebhookPayload;
    key: 'stoptimer';
    path?: never;
    query?: never;
};
