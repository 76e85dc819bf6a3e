import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { CompaniesCreateData, CompaniesCreateErrors, CompaniesCreateResponses, CompaniesDeleteData, CompaniesDeleteErrors, CompaniesDeleteResponses, CompaniesGetData, CompaniesGetErrors, CompaniesGetResponses, CompaniesListClientData, CompaniesListClientErrors, CompaniesListClientResponses, CompaniesListContractorData, CompaniesListContractorErrors, CompaniesListContractorResponses, CompaniesListData, CompaniesListErrors, CompaniesListResponses, CompaniesListStaffData, CompaniesListStaffErrors, CompaniesListStaffResponses, CompaniesUpdateData, CompaniesUpdateErrors, CompaniesUpdateResponses, CompanyContactsCreateData, CompanyContactsCreateErrors, CompanyContactsCreateResponses, CompanyContactsListData, CompanyContactsListErrors, CompanyContactsListResponses, CompanyInvoicesListData, CompanyInvoicesListErrors, CompanyInvoicesListResponses, CompanyNotesCreateData, CompanyNotesCreateErrors, CompanyNotesCreateResponses, CompanyNotesDeleteData, CompanyNotesDeleteErrors, CompanyNotesDeleteResponses, CompanyNotesGetData, CompanyNotesGetErrors, CompanyNotesGetResponses, CompanyNotesListData, CompanyNotesListErrors, CompanyNotesListResponses, CompanyProjectsCreateData, CompanyProjectsCreateErrors, CompanyProjectsCreateResponses, CompanyProjectsListData, CompanyProjectsListErrors, CompanyProjectsListResponses, CompanyQuotesListData, CompanyQuotesListErrors, CompanyQuotesListResponses, CompanySummaryGetData, CompanySummaryGetErrors, CompanySummaryGetResponses, CompanyTagsListData, CompanyTagsListErrors, CompanyTagsListResponses, CompanyTagsUpdateData, CompanyTagsUpdateErrors, CompanyTagsUpdateResponses, CompanyTasksListData, CompanyTasksListErrors, CompanyTasksListResponses, CompanyTimeListData, CompanyTimeListErrors, CompanyTimeListResponses, ContactGroupsListData, ContactGroupsListErrors, ContactGroupsListResponses, ContactGroupsUpdateData, ContactGroupsUpdateErrors, ContactGroupsUpdateResponses, ContactLocationGetData, ContactLocationGetErrors, ContactLocationGetResponses, ContactLocationUpdateData, ContactLocationUpdateErrors, ContactLocationUpdateResponses, ContactNotesCreateData, ContactNotesCreateErrors, ContactNotesCreateResponses, ContactNotesDeleteData, ContactNotesDeleteErrors, ContactNotesDeleteResponses, ContactNotesGetData, ContactNotesGetErrors, ContactNotesGetResponses, ContactNotesListData, ContactNotesListErrors, ContactNotesListResponses, ContactPermissionsCheckData, ContactPermissionsCheckErrors, ContactPermissionsCheckResponses, ContactPermissionsListData, ContactPermissionsListErrors, ContactPermissionsListResponses, ContactProjectsCreateData, ContactProjectsCreateErrors, ContactProjectsCreateResponses, ContactProjectsListData, ContactProjectsListErrors, ContactProjectsListResponses, ContactRolesListData, ContactRolesListErrors, ContactRolesListResponses, ContactRolesUpdateData, ContactRolesUpdateErrors, ContactRolesUpdateResponses, ContactsCreateData, ContactsCreateErrors, ContactsCreateResponses, ContactsDeleteData, ContactsDeleteErrors, ContactsDeleteResponses, ContactsForgotPasswordData, ContactsForgotPasswordErrors, ContactsForgotPasswordResponses, ContactsGetData, ContactsGetErrors, ContactsGetResponses, ContactsListClientData, ContactsListClientErrors, ContactsListClientResponses, ContactsListContractorData, ContactsListContractorErrors, ContactsListContractorResponses, ContactsListData, ContactsListErrors, ContactsListResponses, ContactsListStaffData, ContactsListStaffErrors, ContactsListStaffResponses, ContactsLocationsListData, ContactsLocationsListErrors, ContactsLocationsListResponses, ContactsRequestAccessData, ContactsRequestAccessErrors, ContactsRequestAccessResponses, ContactSummaryGetData, ContactSummaryGetErrors, ContactSummaryGetResponses, ContactsUpdateData, ContactsUpdateErrors, ContactsUpdateResponses, ContactTagsListData, ContactTagsListErrors, ContactTagsListResponses, ContactTagsUpdateData, ContactTagsUpdateErrors, ContactTagsUpdateResponses, ContactTasksListData, ContactTasksListErrors, ContactTasksListResponses, ContactTimeListData, ContactTimeListErrors, ContactTimeListResponses, EventsCreateData, EventsCreateErrors, EventsCreateResponses, EventsDeleteData, EventsDeleteErrors, EventsDeleteResponses, EventsGetData, EventsGetErrors, EventsGetResponses, EventsListData, EventsListErrors, EventsListResponses, EventsUpdateData, EventsUpdateErrors, EventsUpdateResponses, ExpensesCreateData, ExpensesCreateErrors, ExpensesCreateResponses, ExpensesDeleteData, ExpensesDeleteErrors, ExpensesDeleteResponses, ExpensesGetData, ExpensesGetErrors, ExpensesGetResponses, ExpensesListData, ExpensesListErrors, ExpensesListResponses, ExpensesUpdateData, ExpensesUpdateErrors, ExpensesUpdateResponses, FilesCreateData, FilesCreateErrors, FilesCreateResponses, FilesDeleteData, FilesDeleteErrors, FilesDeleteResponses, FilesGetData, FilesGetErrors, FilesGetResponses, FilesListData, FilesListErrors, FilesListResponses, FoldersCreateData, FoldersCreateErrors, FoldersCreateResponses, FoldersGetData, FoldersGetErrors, FoldersGetResponses, FoldersListData, FoldersListErrors, FoldersListResponses, InvoiceLinesCreateData, InvoiceLinesCreateErrors, InvoiceLinesCreateResponses, InvoiceLinesDeleteData, InvoiceLinesDeleteErrors, InvoiceLinesDeleteResponses, InvoiceLinesGetData, InvoiceLinesGetErrors, InvoiceLinesGetResponses, InvoiceLinesListData, InvoiceLinesListErrors, InvoiceLinesListResponses, InvoiceLinesUpdateData, InvoiceLinesUpdateErrors, InvoiceLinesUpdateResponses, InvoicesCreateData, InvoicesCreateErrors, InvoicesCreateResponses, InvoicesDeleteData, InvoicesDeleteErrors, InvoicesDeleteResponses, InvoicesGetData, InvoicesGetErrors, InvoicesGetResponses, InvoicesListData, InvoicesListErrors, InvoicesListOverdueData, InvoicesListOverdueErrors, InvoicesListOverdueResponses, InvoicesListResponses, InvoicesMarkAsPaidData, InvoicesMarkAsPaidErrors, InvoicesMarkAsPaidResponses, InvoicesMarkAsUnpaidData, InvoicesMarkAsUnpaidErrors, InvoicesMarkAsUnpaidResponses, InvoicesUpdateData, InvoicesUpdateErrors, InvoicesUpdateResponses, LoginGetData, LoginGetErrors, LoginGetResponses, MeGetData, MeGetErrors, MeGetResponses, MessagesCreateData, MessagesCreateErrors, MessagesCreateResponses, MessagesDeleteData, MessagesDeleteErrors, MessagesDeleteResponses, MessagesGetData, MessagesGetErrors, MessagesGetResponses, MessagesListData, MessagesListErrors, MessagesListResponses, MessagesUpdateData, MessagesUpdateErrors, MessagesUpdateResponses, MeUpdateData, MeUpdateErrors, MeUpdateResponses, NotesCreateData, NotesCreateErrors, NotesCreateResponses, NotesDeleteData, NotesDeleteErrors, NotesDeleteResponses, NotesGetData, NotesGetErrors, NotesGetResponses, NotesListData, NotesListErrors, NotesListResponses, NotesUpdateData, NotesUpdateErrors, NotesUpdateResponses, ProjectAccessCheckData, ProjectAccessCheckErrors, ProjectAccessCheckResponses, ProjectBookmarksCreateData, ProjectBookmarksCreateErrors, ProjectBookmarksCreateResponses, ProjectBookmarksDeleteData, ProjectBookmarksDeleteErrors, ProjectBookmarksDeleteResponses, ProjectBookmarksGetData, ProjectBookmarksGetErrors, ProjectBookmarksGetResponses, ProjectBookmarksListData, ProjectBookmarksListErrors, ProjectBookmarksListResponses, ProjectBookmarksUpdateData, ProjectBookmarksUpdateErrors, ProjectBookmarksUpdateResponses, ProjectContactsListData, ProjectContactsListErrors, ProjectContactsListResponses, ProjectContactsUpdateData, ProjectContactsUpdateErrors, ProjectContactsUpdateResponses, ProjectExpensesCreateData, ProjectExpensesCreateErrors, ProjectExpensesCreateResponses, ProjectExpensesListData, ProjectExpensesListErrors, ProjectExpensesListResponses, ProjectFilesCreateData, ProjectFilesCreateErrors, ProjectFilesCreateResponses, ProjectFilesListData, ProjectFilesListErrors, ProjectFilesListResponses, ProjectInvoicesCreateData, ProjectInvoicesCreateErrors, ProjectInvoicesCreateResponses, ProjectInvoicesListData, ProjectInvoicesListErrors, ProjectInvoicesListResponses, ProjectMessagesCreateData, ProjectMessagesCreateErrors, ProjectMessagesCreateResponses, ProjectMessagesListData, ProjectMessagesListErrors, ProjectMessagesListResponses, ProjectQuotesCreateData, ProjectQuotesCreateErrors, ProjectQuotesCreateResponses, ProjectQuotesListData, ProjectQuotesListErrors, ProjectQuotesListResponses, ProjectRequestsApproveData, ProjectRequestsApproveErrors, ProjectRequestsApproveResponses, ProjectRequestsCreateData, ProjectRequestsCreateErrors, ProjectRequestsCreateResponses, ProjectRequestsDeclineData, ProjectRequestsDeclineErrors, ProjectRequestsDeclineResponses, ProjectRequestsDeleteData, ProjectRequestsDeleteErrors, ProjectRequestsDeleteResponses, ProjectRequestsGetData, ProjectRequestsGetErrors, ProjectRequestsGetResponses, ProjectRequestsListData, ProjectRequestsListErrors, ProjectRequestsListResponses, ProjectRequestsUpdateData, ProjectRequestsUpdateErrors, ProjectRequestsUpdateResponses, ProjectsAdjustDatesData, ProjectsAdjustDatesErrors, ProjectsAdjustDatesResponses, ProjectsCompleteData, ProjectsCompleteErrors, ProjectsCompleteResponses, ProjectsCreateData, ProjectsCreateErrors, ProjectsCreateResponses, ProjectsDeleteData, ProjectsDeleteErrors, ProjectsDeleteResponses, ProjectSettingsGetData, ProjectSettingsGetErrors, ProjectSettingsGetResponses, ProjectSettingsUpdateData, ProjectSettingsUpdateErrors, ProjectSettingsUpdateResponses, ProjectsGetData, ProjectsGetErrors, ProjectsGetResponses, ProjectSharedNotesCreateData, ProjectSharedNotesCreateErrors, ProjectSharedNotesCreateResponses, ProjectSharedNotesListData, ProjectSharedNotesListErrors, ProjectSharedNotesListResponses, ProjectsListData, ProjectsListErrors, ProjectsListOverdueData, ProjectsListOverdueErrors, ProjectsListOverdueResponses, ProjectsListOvertimeData, ProjectsListOvertimeErrors, ProjectsListOvertimeResponses, ProjectsListResponses, ProjectsReactivateData, ProjectsReactivateErrors, ProjectsReactivateResponses, ProjectsUpdateData, ProjectsUpdateErrors, ProjectsUpdateResponses, ProjectTasksCreateData, ProjectTasksCreateErrors, ProjectTasksCreateResponses, ProjectTasksListData, ProjectTasksListErrors, ProjectTasksListResponses, ProjectTimeListData, ProjectTimeListErrors, ProjectTimeListResponses, QuoteLinesCreateData, QuoteLinesCreateErrors, QuoteLinesCreateResponses, QuoteLinesDeleteData, QuoteLinesDeleteErrors, QuoteLinesDeleteResponses, QuoteLinesGetData, QuoteLinesGetErrors, QuoteLinesGetResponses, QuoteLinesListAllData, QuoteLinesListAllErrors, QuoteLinesListAllResponses, QuoteLinesListData, QuoteLinesListErrors, QuoteLinesListResponses, QuoteLinesUpdateData, QuoteLinesUpdateErrors, QuoteLinesUpdateResponses, QuotesApproveData, QuotesApproveErrors, QuotesApproveResponses, QuotesCreateData, QuotesCreateErrors, QuotesCreateResponses, QuotesDeclineData, QuotesDeclineErrors, QuotesDeclineResponses, QuotesDeleteData, QuotesDeleteErrors, QuotesDeleteResponses, QuotesGetData, QuotesGetErrors, QuotesGetResponses, QuotesListData, QuotesListErrors, QuotesListResponses, QuotesMarkAsPendingData, QuotesMarkAsPendingErrors, QuotesMarkAsPendingResponses, QuotesUpdateData, QuotesUpdateErrors, QuotesUpdateResponses, SettingsAccountGetData, SettingsAccountGetErrors, SettingsAccountGetResponses, SettingsAccountLicenseGetData, SettingsAccountLicenseGetErrors, SettingsAccountLicenseGetResponses, SettingsAccountLooknfeelGetData, SettingsAccountLooknfeelGetErrors, SettingsAccountLooknfeelGetResponses, SettingsAccountPlanGetData, SettingsAccountPlanGetErrors, SettingsAccountPlanGetResponses, SettingsApifieldsCreateData, SettingsApifieldsCreateErrors, SettingsApifieldsCreateResponses, SettingsApifieldsDeleteData, SettingsApifieldsDeleteErrors, SettingsApifieldsDeleteResponses, SettingsApifieldsGetData, SettingsApifieldsGetErrors, SettingsApifieldsGetResponses, SettingsApifieldsListData, SettingsApifieldsListErrors, SettingsApifieldsListResponses, SettingsApifieldsUpdateData, SettingsApifieldsUpdateErrors, SettingsApifieldsUpdateResponses, SettingsContactDivisionsDeleteData, SettingsContactDivisionsDeleteErrors, SettingsContactDivisionsDeleteResponses, SettingsContactDivisionsGetData, SettingsContactDivisionsGetErrors, SettingsContactDivisionsGetResponses, SettingsContactDivisionsListData, SettingsContactDivisionsListErrors, SettingsContactDivisionsListResponses, SettingsContactDivisionsUpdateData, SettingsContactDivisionsUpdateErrors, SettingsContactDivisionsUpdateResponses, SettingsContactGroupsCreateData, SettingsContactGroupsCreateErrors, SettingsContactGroupsCreateResponses, SettingsContactGroupsDeleteData, SettingsContactGroupsDeleteErrors, SettingsContactGroupsDeleteResponses, SettingsContactGroupsGetData, SettingsContactGroupsGetErrors, SettingsContactGroupsGetResponses, SettingsContactGroupsListData, SettingsContactGroupsListErrors, SettingsContactGroupsListResponses, SettingsContactGroupsUpdateData, SettingsContactGroupsUpdateErrors, SettingsContactGroupsUpdateResponses, SettingsContactPermissionsListData, SettingsContactPermissionsListErrors, SettingsContactPermissionsListResponses, SettingsContactRolesGetData, SettingsContactRolesGetErrors, SettingsContactRolesGetResponses, SettingsContactRolesListData, SettingsContactRolesListErrors, SettingsContactRolesListResponses, SettingsContactTagsCreateData, SettingsContactTagsCreateErrors, SettingsContactTagsCreateResponses, SettingsContactTagsDeleteData, SettingsContactTagsDeleteErrors, SettingsContactTagsDeleteResponses, SettingsContactTagsGetData, SettingsContactTagsGetErrors, SettingsContactTagsGetResponses, SettingsContactTagsListData, SettingsContactTagsListErrors, SettingsContactTagsListResponses, SettingsContactTagsUpdateData, SettingsContactTagsUpdateErrors, SettingsContactTagsUpdateResponses, SettingsContactTeamsCreateData, SettingsContactTeamsCreateErrors, SettingsContactTeamsCreateResponses, SettingsContactTeamsDeleteData, SettingsContactTeamsDeleteErrors, SettingsContactTeamsDeleteResponses, SettingsContactTeamsGetData, SettingsContactTeamsGetErrors, SettingsContactTeamsGetResponses, SettingsContactTeamsListData, SettingsContactTeamsListErrors, SettingsContactTeamsListResponses, SettingsContactTeamsUpdateData, SettingsContactTeamsUpdateErrors, SettingsContactTeamsUpdateResponses, SettingsFixedCostItemsCreateData, SettingsFixedCostItemsCreateErrors, SettingsFixedCostItemsCreateResponses, SettingsFixedCostItemsListData, SettingsFixedCostItemsListErrors, SettingsFixedCostItemsListResponses, SettingsInvoiceAutonumberingListData, SettingsInvoiceAutonumberingListErrors, SettingsInvoiceAutonumberingListResponses, SettingsInvoiceHourlyRatesListData, SettingsInvoiceHourlyRatesListErrors, SettingsInvoiceHourlyRatesListResponses, SettingsInvoiceStaffRatesListData, SettingsInvoiceStaffRatesListErrors, SettingsInvoiceStaffRatesListResponses, SettingsInvoiceTemplatesGetData, SettingsInvoiceTemplatesGetErrors, SettingsInvoiceTemplatesGetResponses, SettingsInvoiceTemplatesListData, SettingsInvoiceTemplatesListErrors, SettingsInvoiceTemplatesListResponses, SettingsNoteCategoriesCreateData, SettingsNoteCategoriesCreateErrors, SettingsNoteCategoriesCreateResponses, SettingsNoteCategoriesDeleteData, SettingsNoteCategoriesDeleteErrors, SettingsNoteCategoriesDeleteResponses, SettingsNoteCategoriesGetData, SettingsNoteCategoriesGetErrors, SettingsNoteCategoriesGetResponses, SettingsNoteCategoriesListData, SettingsNoteCategoriesListErrors, SettingsNoteCategoriesListResponses, SettingsNoteCategoriesUpdateData, SettingsNoteCategoriesUpdateErrors, SettingsNoteCategoriesUpdateResponses, SettingsProjectAutonumberingListData, SettingsProjectAutonumberingListErrors, SettingsProjectAutonumberingListResponses, SettingsProjectCategoriesCreateData, SettingsProjectCategoriesCreateErrors, SettingsProjectCategoriesCreateResponses, SettingsProjectCategoriesDeleteData, SettingsProjectCategoriesDeleteErrors, SettingsProjectCategoriesDeleteResponses, SettingsProjectCategoriesGetData, SettingsProjectCategoriesGetErrors, SettingsProjectCategoriesGetResponses, SettingsProjectCategoriesListData, SettingsProjectCategoriesListErrors, SettingsProjectCategoriesListResponses, SettingsProjectCategoriesUpdateData, SettingsProjectCategoriesUpdateErrors, SettingsProjectCategoriesUpdateResponses, SettingsProjectCustomFieldsListData, SettingsProjectCustomFieldsListErrors, SettingsProjectCustomFieldsListResponses, SettingsProjectCustomStatusesCreateData, SettingsProjectCustomStatusesCreateErrors, SettingsProjectCustomStatusesCreateResponses, SettingsProjectCustomStatusesDeleteData, SettingsProjectCustomStatusesDeleteErrors, SettingsProjectCustomStatusesDeleteResponses, SettingsProjectCustomStatusesGetData, SettingsProjectCustomStatusesGetErrors, SettingsProjectCustomStatusesGetResponses, SettingsProjectCustomStatusesListData, SettingsProjectCustomStatusesListErrors, SettingsProjectCustomStatusesListResponses, SettingsProjectCustomStatusesUpdateData, SettingsProjectCustomStatusesUpdateErrors, SettingsProjectCustomStatusesUpdateResponses, SettingsProjectsGetData, SettingsProjectsGetErrors, SettingsProjectsGetResponses, SettingsProjectTagsCreateData, SettingsProjectTagsCreateErrors, SettingsProjectTagsCreateResponses, SettingsProjectTagsDeleteData, SettingsProjectTagsDeleteErrors, SettingsProjectTagsDeleteResponses, SettingsProjectTagsGetData, SettingsProjectTagsGetErrors, SettingsProjectTagsGetResponses, SettingsProjectTagsListData, SettingsProjectTagsListErrors, SettingsProjectTagsListResponses, SettingsProjectTagsUpdateData, SettingsProjectTagsUpdateErrors, SettingsProjectTagsUpdateResponses, SettingsProjectTemplatesGetData, SettingsProjectTemplatesGetErrors, SettingsProjectTemplatesGetResponses, SettingsProjectTemplatesListData, SettingsProjectTemplatesListErrors, SettingsProjectTemplatesListResponses, SettingsQuoteAutonumberingListData, SettingsQuoteAutonumberingListErrors, SettingsQuoteAutonumberingListResponses, SettingsQuoteHourlyRatesListData, SettingsQuoteHourlyRatesListErrors, SettingsQuoteHourlyRatesListResponses, SettingsQuotesGetData, SettingsQuotesGetErrors, SettingsQuotesGetResponses, SettingsQuoteStaffRatesListData, SettingsQuoteStaffRatesListErrors, SettingsQuoteStaffRatesListResponses, SettingsQuoteTemplatesGetData, SettingsQuoteTemplatesGetErrors, SettingsQuoteTemplatesGetResponses, SettingsQuoteTemplatesListData, SettingsQuoteTemplatesListErrors, SettingsQuoteTemplatesListResponses, SettingsServiceRatesListData, SettingsServiceRatesListErrors, SettingsServiceRatesListResponses, SettingsStaffRatesListData, SettingsStaffRatesListErrors, SettingsStaffRatesListResponses, SettingsTaskCategoriesCreateData, SettingsTaskCategoriesCreateErrors, SettingsTaskCategoriesCreateResponses, SettingsTaskCategoriesDeleteData, SettingsTaskCategoriesDeleteErrors, SettingsTaskCategoriesDeleteResponses, SettingsTaskCategoriesGetData, SettingsTaskCategoriesGetErrors, SettingsTaskCategoriesGetResponses, SettingsTaskCategoriesListData, SettingsTaskCategoriesListErrors, SettingsTaskCategoriesListResponses, SettingsTaskCategoriesUpdateData, SettingsTaskCategoriesUpdateErrors, SettingsTaskCategoriesUpdateResponses, SettingsTaskTagsCreateData, SettingsTaskTagsCreateErrors, SettingsTaskTagsCreateResponses, SettingsTaskTagsDeleteData, SettingsTaskTagsDeleteErrors, SettingsTaskTagsDeleteResponses, SettingsTaskTagsGetData, SettingsTaskTagsGetErrors, SettingsTaskTagsGetResponses, SettingsTaskTagsListData, SettingsTaskTagsListErrors, SettingsTaskTagsListResponses, SettingsTaskTagsUpdateData, SettingsTaskTagsUpdateErrors, SettingsTaskTagsUpdateResponses, SettingsTaskTemplatesCreateData, SettingsTaskTemplatesCreateErrors, SettingsTaskTemplatesCreateResponses, SettingsTaskTemplatesDeleteData, SettingsTaskTemplatesDeleteErrors, SettingsTaskTemplatesDeleteResponses, SettingsTaskTemplatesGetData, SettingsTaskTemplatesGetErrors, SettingsTaskTemplatesGetResponses, SettingsTaskTemplatesListData, SettingsTaskTemplatesListErrors, SettingsTaskTemplatesListResponses, SettingsTaskTemplatesUpdateData, SettingsTaskTemplatesUpdateErrors, SettingsTaskTemplatesUpdateResponses, SettingsTaskTemplateTasksCreateData, SettingsTaskTemplateTasksCreateErrors, SettingsTaskTemplateTasksCreateResponses, SettingsTaskTemplateTasksDeleteData, SettingsTaskTemplateTasksDeleteErrors, SettingsTaskTemplateTasksDeleteResponses, SettingsTaskTemplateTasksGetData, SettingsTaskTemplateTasksGetErrors, SettingsTaskTemplateTasksGetResponses, SettingsTaskTemplateTasksListData, SettingsTaskTemplateTasksListErrors, SettingsTaskTemplateTasksListResponses, SettingsTaskTemplateTasksUpdateData, SettingsTaskTemplateTasksUpdateErrors, SettingsTaskTemplateTasksUpdateResponses, SharedNotesCreateData, SharedNotesCreateErrors, SharedNotesCreateResponses, SharedNotesDeleteData, SharedNotesDeleteErrors, SharedNotesDeleteResponses, SharedNotesGetData, SharedNotesGetErrors, SharedNotesGetResponses, SharedNotesListData, SharedNotesListErrors, SharedNotesListResponses, SharedNotesUpdateData, SharedNotesUpdateErrors, SharedNotesUpdateResponses, TaskContactsListData, TaskContactsListErrors, TaskContactsListResponses, TaskContactsUpdateData, TaskContactsUpdateErrors, TaskContactsUpdateResponses, TaskFilesCreateData, TaskFilesCreateErrors, TaskFilesCreateResponses, TaskFilesListData, TaskFilesListErrors, TaskFilesListResponses, TaskMessagesCreateData, TaskMessagesCreateErrors, TaskMessagesCreateResponses, TaskMessagesListData, TaskMessagesListErrors, TaskMessagesListResponses, TasksAdjustDatesData, TasksAdjustDatesErrors, TasksAdjustDatesResponses, TasksBulkDeleteData, TasksBulkDeleteErrors, TasksBulkDeleteResponses, TasksCompleteData, TasksCompleteErrors, TasksCompleteResponses, TasksCreateData, TasksCreateErrors, TasksCreateResponses, TasksDeleteData, TasksDeleteErrors, TasksDeleteResponses, TasksGetData, TasksGetErrors, TasksGetResponses, TasksListData, TasksListErrors, TasksListOverdueData, TasksListOverdueErrors, TasksListOverdueResponses, TasksListOvertimeData, TasksListOvertimeErrors, TasksListOvertimeResponses, TasksListResponses, TasksReactivateData, TasksReactivateErrors, TasksReactivateResponses, TasksStartTimerData, TasksStartTimerErrors, TasksStartTimerResponses, TasksStopTimerData, TasksStopTimerErrors, TasksStopTimerResponses, TasksUpdateData, TasksUpdateErrors, TasksUpdateResponses, TaskTimeCreateData, TaskTimeCreateErrors, TaskTimeCreateResponses, TaskTimeListData, TaskTimeListErrors, TaskTimeListResponses, TimeCreateData, TimeCreateErrors, TimeCreateResponses, TimeDeleteData, TimeDeleteErrors, TimeDeleteResponses, TimeGetData, TimeGetErrors, TimeGetResponses, TimeListActiveTimersData, TimeListActiveTimersErrors, TimeListActiveTimersResponses, TimeListData, TimeListErrors, TimeListResponses, TimeStopTimerData, TimeStopTimerErrors, TimeStopTimerResponses, TimeUpdateData, TimeUpdateErrors, TimeUpdateResponses, WebhooksCreateData, WebhooksCreateErrors, WebhooksCreateResponses, WebhooksDeleteData, WebhooksDeleteErrors, WebhooksDeleteResponses, WebhooksGetData, WebhooksGetErrors, WebhooksGetResponses, WebhooksListData, WebhooksListErrors, WebhooksListResponses, WebhooksRequestsListData, WebhooksRequestsListErrors, WebhooksRequestsListResponses, WebhooksUpdateData, WebhooksUpdateErrors, WebhooksUpdateResponses, WorkloadGetData, WorkloadGetErrors, WorkloadGetResponses } from './types.gen.js';
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
 * List companies
 *
 * Returns the companies the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companiesList: <ThrowOnError extends boolean = true>(options?: Options<CompaniesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompaniesListResponses, CompaniesListErrors, ThrowOnError, "fields">;
/**
 * Create one or more companies
 *
 * Creates one or more companies. The answer (HTTP 201) lists the new id(s) under `details`. Send one object, or an array of objects to create several companies in one call (images cannot be sent in a batch).
 */
export declare const companiesCreate: <ThrowOnError extends boolean = true>(options: Options<CompaniesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompaniesCreateResponses, CompaniesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a company
 *
 * Deletes the company; the answer names the removed id. By default the contacts of the company are deleted with it; with `deletecontacts=false` they are kept but must be moved to another company before they can be used again.
 */
export declare const companiesDelete: <ThrowOnError extends boolean = true>(options: Options<CompaniesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompaniesDeleteResponses, CompaniesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a company
 *
 * Returns one company with all its properties, wrapped in a single-item envelope.
 */
export declare const companiesGet: <ThrowOnError extends boolean = true>(options: Options<CompaniesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompaniesGetResponses, CompaniesGetErrors, ThrowOnError, "fields">;
/**
 * Update a company
 *
 * Changes the company. Only the properties sent are changed; a property sent as an empty string is cleared. Changing the company type also changes the type of all its contacts, which only works while none of them is assigned to a project or task.
 */
export declare const companiesUpdate: <ThrowOnError extends boolean = true>(options: Options<CompaniesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompaniesUpdateResponses, CompaniesUpdateErrors, ThrowOnError, "fields">;
/**
 * List the contacts of a company
 *
 * Returns the contacts of a company the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companyContactsList: <ThrowOnError extends boolean = true>(options: Options<CompanyContactsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyContactsListResponses, CompanyContactsListErrors, ThrowOnError, "fields">;
/**
 * Add one or more contacts to a company
 *
 * Creates one or more contacts to a company. The answer (HTTP 201) lists the new id(s) under `details`. Send one object or an array of objects.
 */
export declare const companyContactsCreate: <ThrowOnError extends boolean = true>(options: Options<CompanyContactsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyContactsCreateResponses, CompanyContactsCreateErrors, ThrowOnError, "fields">;
/**
 * List the invoices of a company
 *
 * Returns the invoices of a company the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The envelope adds `total` and, with `subtotals`, grouped sums.
 */
export declare const companyInvoicesList: <ThrowOnError extends boolean = true>(options: Options<CompanyInvoicesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyInvoicesListResponses, CompanyInvoicesListErrors, ThrowOnError, "fields">;
/**
 * List the notes on a company
 *
 * Returns the notes on a company the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companyNotesList: <ThrowOnError extends boolean = true>(options: Options<CompanyNotesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyNotesListResponses, CompanyNotesListErrors, ThrowOnError, "fields">;
/**
 * Add a note to a company
 *
 * Creates a note to a company. The answer (HTTP 201) lists the new id(s) under `details`.
 */
export declare const companyNotesCreate: <ThrowOnError extends boolean = true>(options: Options<CompanyNotesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyNotesCreateResponses, CompanyNotesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a note from a company
 *
 * Deletes the note from a company; the answer names the removed id.
 */
export declare const companyNotesDelete: <ThrowOnError extends boolean = true>(options: Options<CompanyNotesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyNotesDeleteResponses, CompanyNotesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get one note of a company
 *
 * Returns one one note of a company with all its properties, wrapped in a single-item envelope.
 */
export declare const companyNotesGet: <ThrowOnError extends boolean = true>(options: Options<CompanyNotesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyNotesGetResponses, CompanyNotesGetErrors, ThrowOnError, "fields">;
/**
 * List the projects of a company
 *
 * Returns the projects of a company the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companyProjectsList: <ThrowOnError extends boolean = true>(options: Options<CompanyProjectsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyProjectsListResponses, CompanyProjectsListErrors, ThrowOnError, "fields">;
/**
 * Add a project for a company
 *
 * Creates a project for a company. The answer (HTTP 201) lists the new id(s) under `details`. In the Advanced plan `templateid` starts from a project template (values sent override it) and `groupid` is needed when the manager belongs to more than one group.
 */
export declare const companyProjectsCreate: <ThrowOnError extends boolean = true>(options: Options<CompanyProjectsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyProjectsCreateResponses, CompanyProjectsCreateErrors, ThrowOnError, "fields">;
/**
 * List the quotes of a company
 *
 * Returns the quotes of a company the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The envelope adds `total` and, with `subtotals`, grouped sums.
 */
export declare const companyQuotesList: <ThrowOnError extends boolean = true>(options: Options<CompanyQuotesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyQuotesListResponses, CompanyQuotesListErrors, ThrowOnError, "fields">;
/**
 * Summarise a company
 *
 * Returns, for each requested data type, the first rows (10 by default): contacts for every company type; unpaid invoices, active projects, pending quotes and active tasks for client companies. It is a quick overview, not a replacement for the list calls.
 */
export declare const companySummaryGet: <ThrowOnError extends boolean = true>(options: Options<CompanySummaryGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanySummaryGetResponses, CompanySummaryGetErrors, ThrowOnError, "fields">;
/**
 * List the tags of a company
 *
 * Returns the tags of a company the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companyTagsList: <ThrowOnError extends boolean = true>(options: Options<CompanyTagsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyTagsListResponses, CompanyTagsListErrors, ThrowOnError, "fields">;
/**
 * Add or remove tags on a company
 *
 * Changes the or remove tags on a company. Only the properties sent are changed; a property sent as an empty string is cleared. Adds the listed tags, or removes them with `remove=true`.
 */
export declare const companyTagsUpdate: <ThrowOnError extends boolean = true>(options: Options<CompanyTagsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyTagsUpdateResponses, CompanyTagsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the tasks of a company
 *
 * Returns the tasks of a company the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companyTasksList: <ThrowOnError extends boolean = true>(options: Options<CompanyTasksListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyTasksListResponses, CompanyTasksListErrors, ThrowOnError, "fields">;
/**
 * List time tracked for a company
 *
 * Returns the time tracked for a company the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The period (`trackedfrom`/`trackedto`) defaults to the last seven days. The answer carries `total` (minutes) and optional `subtotals`. Vendor-doc correction: the reference lists `trackedfrom` and `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional. Vendor-doc correction: section headed "View Time Tracked by a Contact" inside the Companies group; this document assumes GET /companies/{companyid}/time (time tracked for a company).
 */
export declare const companyTimeList: <ThrowOnError extends boolean = true>(options: Options<CompanyTimeListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompanyTimeListResponses, CompanyTimeListErrors, ThrowOnError, "fields">;
/**
 * List client companies
 *
 * Returns the client companies the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companiesListClient: <ThrowOnError extends boolean = true>(options?: Options<CompaniesListClientData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompaniesListClientResponses, CompaniesListClientErrors, ThrowOnError, "fields">;
/**
 * List contractor companies
 *
 * Returns the contractor companies the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companiesListContractor: <ThrowOnError extends boolean = true>(options?: Options<CompaniesListContractorData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompaniesListContractorResponses, CompaniesListContractorErrors, ThrowOnError, "fields">;
/**
 * List staff companies
 *
 * Returns the staff companies the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const companiesListStaff: <ThrowOnError extends boolean = true>(options?: Options<CompaniesListStaffData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<CompaniesListStaffResponses, CompaniesListStaffErrors, ThrowOnError, "fields">;
/**
 * List contacts
 *
 * Returns the contacts the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactsList: <ThrowOnError extends boolean = true>(options?: Options<ContactsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsListResponses, ContactsListErrors, ThrowOnError, "fields">;
/**
 * Create one or more contacts
 *
 * Creates one or more contacts. The answer (HTTP 201) lists the new id(s) under `details`. Send one object or an array of objects.
 */
export declare const contactsCreate: <ThrowOnError extends boolean = true>(options: Options<ContactsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsCreateResponses, ContactsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a contact
 *
 * Deletes the contact; the answer names the removed id.
 */
export declare const contactsDelete: <ThrowOnError extends boolean = true>(options: Options<ContactsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsDeleteResponses, ContactsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a contact
 *
 * Returns one contact with all its properties, wrapped in a single-item envelope. With `permissions=true` the answer also carries roles and permissions (staff) or permissions (clients, contractors).
 */
export declare const contactsGet: <ThrowOnError extends boolean = true>(options: Options<ContactsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsGetResponses, ContactsGetErrors, ThrowOnError, "fields">;
/**
 * Update a contact
 *
 * Changes the contact. Only the properties sent are changed; a property sent as an empty string is cleared.
 */
export declare const contactsUpdate: <ThrowOnError extends boolean = true>(options: Options<ContactsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsUpdateResponses, ContactsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the groups of a staff contact
 *
 * Returns the groups of a staff contact the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactGroupsList: <ThrowOnError extends boolean = true>(options: Options<ContactGroupsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactGroupsListResponses, ContactGroupsListErrors, ThrowOnError, "fields">;
/**
 * Add or remove a staff contact to or from groups
 *
 * Changes the or remove a staff contact to or from groups. Only the properties sent are changed; a property sent as an empty string is cleared. Adds the staff contact to the listed groups, or removes it with `remove=true`.
 */
export declare const contactGroupsUpdate: <ThrowOnError extends boolean = true>(options: Options<ContactGroupsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactGroupsUpdateResponses, ContactGroupsUpdateErrors, ThrowOnError, "fields">;
/**
 * Get the location of a contact
 *
 * Returns one location of a contact with all its properties, wrapped in a single-item envelope.
 */
export declare const contactLocationGet: <ThrowOnError extends boolean = true>(options: Options<ContactLocationGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactLocationGetResponses, ContactLocationGetErrors, ThrowOnError, "fields">;
/**
 * Update the location of a contact
 *
 * Changes the location of a contact. Only the properties sent are changed; a property sent as an empty string is cleared. Send either `latitude` and `longitude`, or an `address` that the service geocodes; a failed geocode is an error. Vendor-doc correction: sample body labelled "Show Sample POST data"; this document assumes PUT /contacts/{contactid}/location. Vendor-doc correction: address, latitude and longitude all listed as required; this document assumes either address, or latitude together with longitude.
 */
export declare const contactLocationUpdate: <ThrowOnError extends boolean = true>(options: Options<ContactLocationUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactLocationUpdateResponses, ContactLocationUpdateErrors, ThrowOnError, "fields">;
/**
 * List the notes on a contact
 *
 * Returns the notes on a contact the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactNotesList: <ThrowOnError extends boolean = true>(options: Options<ContactNotesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactNotesListResponses, ContactNotesListErrors, ThrowOnError, "fields">;
/**
 * Add a note to a contact
 *
 * Creates a note to a contact. The answer (HTTP 201) lists the new id(s) under `details`.
 */
export declare const contactNotesCreate: <ThrowOnError extends boolean = true>(options: Options<ContactNotesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactNotesCreateResponses, ContactNotesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a note from a contact
 *
 * Deletes the note from a contact; the answer names the removed id.
 */
export declare const contactNotesDelete: <ThrowOnError extends boolean = true>(options: Options<ContactNotesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactNotesDeleteResponses, ContactNotesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get one note of a contact
 *
 * Returns one one note of a contact with all its properties, wrapped in a single-item envelope.
 */
export declare const contactNotesGet: <ThrowOnError extends boolean = true>(options: Options<ContactNotesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactNotesGetResponses, ContactNotesGetErrors, ThrowOnError, "fields">;
/**
 * List the permissions of a contact
 *
 * Returns the permissions of a contact the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactPermissionsList: <ThrowOnError extends boolean = true>(options: Options<ContactPermissionsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactPermissionsListResponses, ContactPermissionsListErrors, ThrowOnError, "fields">;
/**
 * Check one permission of a contact
 *
 * Returns one one permission of a contact with all its properties, wrapped in a single-item envelope. Tells whether the contact holds the given permission for the chosen setting (view, add, edit or delete).
 */
export declare const contactPermissionsCheck: <ThrowOnError extends boolean = true>(options: Options<ContactPermissionsCheckData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactPermissionsCheckResponses, ContactPermissionsCheckErrors, ThrowOnError, "fields">;
/**
 * List the projects of a contact
 *
 * Returns the projects of a contact the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactProjectsList: <ThrowOnError extends boolean = true>(options: Options<ContactProjectsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactProjectsListResponses, ContactProjectsListErrors, ThrowOnError, "fields">;
/**
 * Add a project for a contact
 *
 * Creates a project for a contact. The answer (HTTP 201) lists the new id(s) under `details`. In the Advanced plan `templateid` starts from a project template (values sent override it) and `groupid` is needed when the manager belongs to more than one group.
 */
export declare const contactProjectsCreate: <ThrowOnError extends boolean = true>(options: Options<ContactProjectsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactProjectsCreateResponses, ContactProjectsCreateErrors, ThrowOnError, "fields">;
/**
 * List the roles of a staff contact
 *
 * Returns the roles of a staff contact the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactRolesList: <ThrowOnError extends boolean = true>(options: Options<ContactRolesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactRolesListResponses, ContactRolesListErrors, ThrowOnError, "fields">;
/**
 * Add or remove roles of a staff contact
 *
 * Changes the or remove roles of a staff contact. Only the properties sent are changed; a property sent as an empty string is cleared. Adds the listed roles to the staff contact, or removes them with `remove=true`.
 */
export declare const contactRolesUpdate: <ThrowOnError extends boolean = true>(options: Options<ContactRolesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactRolesUpdateResponses, ContactRolesUpdateErrors, ThrowOnError, "fields">;
/**
 * Summarise a contact
 *
 * Returns the first rows (10 by default) of the contact's active projects and tasks.
 */
export declare const contactSummaryGet: <ThrowOnError extends boolean = true>(options: Options<ContactSummaryGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactSummaryGetResponses, ContactSummaryGetErrors, ThrowOnError, "fields">;
/**
 * List the tags of a contact
 *
 * Returns the tags of a contact the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactTagsList: <ThrowOnError extends boolean = true>(options: Options<ContactTagsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactTagsListResponses, ContactTagsListErrors, ThrowOnError, "fields">;
/**
 * Add or remove tags on a contact
 *
 * Changes the or remove tags on a contact. Only the properties sent are changed; a property sent as an empty string is cleared. Adds the listed tags, or removes them with `remove=true`.
 */
export declare const contactTagsUpdate: <ThrowOnError extends boolean = true>(options: Options<ContactTagsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactTagsUpdateResponses, ContactTagsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the tasks of a contact
 *
 * Returns the tasks of a contact the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactTasksList: <ThrowOnError extends boolean = true>(options: Options<ContactTasksListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactTasksListResponses, ContactTasksListErrors, ThrowOnError, "fields">;
/**
 * List time tracked by a contact
 *
 * Returns the time tracked by a contact the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The period (`trackedfrom`/`trackedto`) defaults to the last seven days. The answer carries `total` (minutes) and optional `subtotals`. Vendor-doc correction: the reference lists `trackedfrom` and `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional.
 */
export declare const contactTimeList: <ThrowOnError extends boolean = true>(options: Options<ContactTimeListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactTimeListResponses, ContactTimeListErrors, ThrowOnError, "fields">;
/**
 * List client contacts
 *
 * Returns the client contacts the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactsListClient: <ThrowOnError extends boolean = true>(options?: Options<ContactsListClientData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsListClientResponses, ContactsListClientErrors, ThrowOnError, "fields">;
/**
 * List contractor contacts
 *
 * Returns the contractor contacts the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactsListContractor: <ThrowOnError extends boolean = true>(options?: Options<ContactsListContractorData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsListContractorResponses, ContactsListContractorErrors, ThrowOnError, "fields">;
/**
 * Request a password reset e-mail
 *
 * Asks the service to e-mail a password-reset link to the contact with this address. Answers 404 when no contact has that address. Although it is a GET, the call acts (every call sends an e-mail), so it carries no `etag` and takes no `If-None-Match`; a repeated call is never answered 304.
 */
export declare const contactsForgotPassword: <ThrowOnError extends boolean = true>(options: Options<ContactsForgotPasswordData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsForgotPasswordResponses, ContactsForgotPasswordErrors, ThrowOnError, "fields">;
/**
 * List the locations of contacts
 *
 * Returns the locations of contacts the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactsLocationsList: <ThrowOnError extends boolean = true>(options?: Options<ContactsLocationsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsLocationsListResponses, ContactsLocationsListErrors, ThrowOnError, "fields">;
/**
 * Request access to ProWorkflow
 *
 * Creates access to ProWorkflow. The answer (HTTP 201) lists the new id(s) under `details`. Registers a person who asks for access to the account (Advanced plan: the contact and company go to division 1).
 */
export declare const contactsRequestAccess: <ThrowOnError extends boolean = true>(options: Options<ContactsRequestAccessData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsRequestAccessResponses, ContactsRequestAccessErrors, ThrowOnError, "fields">;
/**
 * List staff contacts
 *
 * Returns the staff contacts the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const contactsListStaff: <ThrowOnError extends boolean = true>(options?: Options<ContactsListStaffData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ContactsListStaffResponses, ContactsListStaffErrors, ThrowOnError, "fields">;
/**
 * List events
 *
 * Returns the events the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const eventsList: <ThrowOnError extends boolean = true>(options?: Options<EventsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<EventsListResponses, EventsListErrors, ThrowOnError, "fields">;
/**
 * Create an event
 *
 * Creates an event. The answer (HTTP 201) lists the new id(s) under `details`.
 */
export declare const eventsCreate: <ThrowOnError extends boolean = true>(options: Options<EventsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<EventsCreateResponses, EventsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete an event
 *
 * Deletes the event; the answer names the removed id.
 */
export declare const eventsDelete: <ThrowOnError extends boolean = true>(options: Options<EventsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<EventsDeleteResponses, EventsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get an event
 *
 * Returns one event with all its properties, wrapped in a single-item envelope.
 */
export declare const eventsGet: <ThrowOnError extends boolean = true>(options: Options<EventsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<EventsGetResponses, EventsGetErrors, ThrowOnError, "fields">;
/**
 * Update an event
 *
 * Changes the event. Only the properties sent are changed; a property sent as an empty string is cleared.
 */
export declare const eventsUpdate: <ThrowOnError extends boolean = true>(options: Options<EventsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<EventsUpdateResponses, EventsUpdateErrors, ThrowOnError, "fields">;
/**
 * List expenses
 *
 * Returns the expenses the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const expensesList: <ThrowOnError extends boolean = true>(options?: Options<ExpensesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExpensesListResponses, ExpensesListErrors, ThrowOnError, "fields">;
/**
 * Create an expense
 *
 * Creates an expense. The answer (HTTP 201) lists the new id(s) under `details`.
 */
export declare const expensesCreate: <ThrowOnError extends boolean = true>(options: Options<ExpensesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExpensesCreateResponses, ExpensesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete an expense
 *
 * Deletes the expense; the answer names the removed id.
 */
export declare const expensesDelete: <ThrowOnError extends boolean = true>(options: Options<ExpensesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExpensesDeleteResponses, ExpensesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get an expense
 *
 * Returns one expense with all its properties, wrapped in a single-item envelope.
 */
export declare const expensesGet: <ThrowOnError extends boolean = true>(options: Options<ExpensesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExpensesGetResponses, ExpensesGetErrors, ThrowOnError, "fields">;
/**
 * Update an expense
 *
 * Changes the expense. Only the properties sent are changed; a property sent as an empty string is cleared. Vendor-doc correction: cost and name listed as required on edit; this document assumes no field is required (partial update). Vendor-doc correction: sample body lacks the comma after "cost":100.00; this document assumes {"date":"2014-03-28","cost":100.00,"invoiced":true}.
 */
export declare const expensesUpdate: <ThrowOnError extends boolean = true>(options: Options<ExpensesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ExpensesUpdateResponses, ExpensesUpdateErrors, ThrowOnError, "fields">;
/**
 * List files
 *
 * Returns the files the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const filesList: <ThrowOnError extends boolean = true>(options?: Options<FilesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<FilesListResponses, FilesListErrors, ThrowOnError, "fields">;
/**
 * Upload a file
 *
 * Creates a file. The answer (HTTP 201) lists the new id(s) under `details`. The content is sent base64-encoded. Exactly one of `projectid` (a project or project request), `taskid` or `folderid` says where the file goes. Vendor-doc correction: content, folderid, name, projectid and taskid all listed as required; this document assumes name and content, plus exactly one of projectid, taskid, folderid.
 */
export declare const filesCreate: <ThrowOnError extends boolean = true>(options: Options<FilesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<FilesCreateResponses, FilesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a file
 *
 * Deletes the file; the answer names the removed id.
 */
export declare const filesDelete: <ThrowOnError extends boolean = true>(options: Options<FilesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<FilesDeleteResponses, FilesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a file
 *
 * Returns one file with all its properties, wrapped in a single-item envelope. With `content=true` the base64 content is included (only for files up to 1 MB).
 */
export declare const filesGet: <ThrowOnError extends boolean = true>(options: Options<FilesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<FilesGetResponses, FilesGetErrors, ThrowOnError, "fields">;
/**
 * List custom folders
 *
 * Returns the custom folders the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const foldersList: <ThrowOnError extends boolean = true>(options?: Options<FoldersListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<FoldersListResponses, FoldersListErrors, ThrowOnError, "fields">;
/**
 * Create a custom folder
 *
 * Creates a custom folder. The answer (HTTP 201) lists the new id(s) under `details`.
 */
export declare const foldersCreate: <ThrowOnError extends boolean = true>(options: Options<FoldersCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<FoldersCreateResponses, FoldersCreateErrors, ThrowOnError, "fields">;
/**
 * Get a custom folder
 *
 * Returns one custom folder with all its properties, wrapped in a single-item envelope.
 */
export declare const foldersGet: <ThrowOnError extends boolean = true>(options: Options<FoldersGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<FoldersGetResponses, FoldersGetErrors, ThrowOnError, "fields">;
/**
 * List invoices and their totals
 *
 * Returns the invoices and their totals the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Unpaid invoices by default (`status`). The envelope adds `total` and, with `subtotals`, grouped sums; paging is not available together with `subtotals`.
 */
export declare const invoicesList: <ThrowOnError extends boolean = true>(options?: Options<InvoicesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoicesListResponses, InvoicesListErrors, ThrowOnError, "fields">;
/**
 * Create an invoice
 *
 * Creates an invoice. The answer (HTTP 201) lists the new id(s) under `details`. Vendor-doc correction: companyid, contactid, lines, projectid and title listed as required; this document assumes contactid and lines required; companyid, projectid and title optional.
 */
export declare const invoicesCreate: <ThrowOnError extends boolean = true>(options: Options<InvoicesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoicesCreateResponses, InvoicesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete an invoice
 *
 * Deletes the invoice; the answer names the removed id.
 */
export declare const invoicesDelete: <ThrowOnError extends boolean = true>(options: Options<InvoicesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoicesDeleteResponses, InvoicesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get an invoice
 *
 * Returns one invoice with all its properties, wrapped in a single-item envelope.
 */
export declare const invoicesGet: <ThrowOnError extends boolean = true>(options: Options<InvoicesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoicesGetResponses, InvoicesGetErrors, ThrowOnError, "fields">;
/**
 * Update an invoice
 *
 * Changes the invoice. Only the properties sent are changed; a property sent as an empty string is cleared. Sending `lines` replaces every existing line; use the line calls to change single lines. Vendor-doc correction: sample body ends with a trailing comma; this document assumes the same object without the trailing comma.
 */
export declare const invoicesUpdate: <ThrowOnError extends boolean = true>(options: Options<InvoicesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoicesUpdateResponses, InvoicesUpdateErrors, ThrowOnError, "fields">;
/**
 * List the lines of an invoice
 *
 * Returns the lines of an invoice the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const invoiceLinesList: <ThrowOnError extends boolean = true>(options: Options<InvoiceLinesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoiceLinesListResponses, InvoiceLinesListErrors, ThrowOnError, "fields">;
/**
 * Add one or more lines to an invoice
 *
 * Creates one or more lines to an invoice. The answer (HTTP 201) lists the new id(s) under `details`. Send one line object or an array of lines. Vendor-doc correction: the type list of the call omits `expense`; this document assumes `expense` accepted as a line type.
 */
export declare const invoiceLinesCreate: <ThrowOnError extends boolean = true>(options: Options<InvoiceLinesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoiceLinesCreateResponses, InvoiceLinesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a line from an invoice
 *
 * Deletes the line from an invoice; the answer names the removed id.
 */
export declare const invoiceLinesDelete: <ThrowOnError extends boolean = true>(options: Options<InvoiceLinesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoiceLinesDeleteResponses, InvoiceLinesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get one line of an invoice
 *
 * Returns one one line of an invoice with all its properties, wrapped in a single-item envelope.
 */
export declare const invoiceLinesGet: <ThrowOnError extends boolean = true>(options: Options<InvoiceLinesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoiceLinesGetResponses, InvoiceLinesGetErrors, ThrowOnError, "fields">;
/**
 * Update a line of an invoice
 *
 * Changes the line of an invoice. Only the properties sent are changed; a property sent as an empty string is cleared.
 */
export declare const invoiceLinesUpdate: <ThrowOnError extends boolean = true>(options: Options<InvoiceLinesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoiceLinesUpdateResponses, InvoiceLinesUpdateErrors, ThrowOnError, "fields">;
/**
 * Mark an invoice as paid
 *
 * Changes the payment status of the invoice. Without `paiddate` the caller's current date is used.
 */
export declare const invoicesMarkAsPaid: <ThrowOnError extends boolean = true>(options: Options<InvoicesMarkAsPaidData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoicesMarkAsPaidResponses, InvoicesMarkAsPaidErrors, ThrowOnError, "fields">;
/**
 * Mark an invoice as unpaid
 *
 * Changes the payment status of the invoice. Send an empty object or no body.
 */
export declare const invoicesMarkAsUnpaid: <ThrowOnError extends boolean = true>(options: Options<InvoicesMarkAsUnpaidData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoicesMarkAsUnpaidResponses, InvoicesMarkAsUnpaidErrors, ThrowOnError, "fields">;
/**
 * List overdue invoices
 *
 * Returns the overdue invoices the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The envelope adds `total` and, with `subtotals`, grouped sums.
 */
export declare const invoicesListOverdue: <ThrowOnError extends boolean = true>(options?: Options<InvoicesListOverdueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<InvoicesListOverdueResponses, InvoicesListOverdueErrors, ThrowOnError, "fields">;
/**
 * Log in and read account details
 *
 * With Basic credentials alone and `url` set to the account address, answers with account and caller details including the API key (unless the owner hides it). This is how a user finds the key.
 */
export declare const loginGet: <ThrowOnError extends boolean = true>(options?: Options<LoginGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<LoginGetResponses, LoginGetErrors, ThrowOnError, "fields">;
/**
 * Get the calling contact
 *
 * Returns one calling contact with all its properties, wrapped in a single-item envelope. Returns the contact whose credentials make the request, under the `contact` key.
 */
export declare const meGet: <ThrowOnError extends boolean = true>(options?: Options<MeGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MeGetResponses, MeGetErrors, ThrowOnError, "fields">;
/**
 * Update the calling contact
 *
 * Changes the calling contact. Only the properties sent are changed; a property sent as an empty string is cleared. Changes the calling contact's own details.
 */
export declare const meUpdate: <ThrowOnError extends boolean = true>(options: Options<MeUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MeUpdateResponses, MeUpdateErrors, ThrowOnError, "fields">;
/**
 * List messages
 *
 * Returns the messages the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const messagesList: <ThrowOnError extends boolean = true>(options?: Options<MessagesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MessagesListResponses, MessagesListErrors, ThrowOnError, "fields">;
/**
 * Post a message
 *
 * Creates a message. The answer (HTTP 201) lists the new id(s) under `details`. Start a discussion with `title`, `contacts` and `projectid` or `taskid`, or reply to one with `originalmessageid`. Attach already uploaded files by id. Vendor-doc correction: contacts, content, originalmessageid, projectid, taskid and title all listed as required; this document assumes content, plus either originalmessageid (reply) or title, contacts and one of projectid/taskid (new discussion). Vendor-doc correction: parameter list names the attachment field `files`; the call text and sample use `fileid`; this document assumes both names accepted by this document.
 */
export declare const messagesCreate: <ThrowOnError extends boolean = true>(options: Options<MessagesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MessagesCreateResponses, MessagesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a message
 *
 * Deletes the message; the answer names the removed id.
 */
export declare const messagesDelete: <ThrowOnError extends boolean = true>(options: Options<MessagesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MessagesDeleteResponses, MessagesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a message
 *
 * Returns one message with all its properties, wrapped in a single-item envelope. With `projectcontacts=true` the contacts of the project are included.
 */
export declare const messagesGet: <ThrowOnError extends boolean = true>(options: Options<MessagesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MessagesGetResponses, MessagesGetErrors, ThrowOnError, "fields">;
/**
 * Update a message
 *
 * Changes the message. Only the properties sent are changed; a property sent as an empty string is cleared. Only the recipients, notifications and public flag can be changed.
 */
export declare const messagesUpdate: <ThrowOnError extends boolean = true>(options: Options<MessagesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<MessagesUpdateResponses, MessagesUpdateErrors, ThrowOnError, "fields">;
/**
 * List notes
 *
 * Returns the notes the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const notesList: <ThrowOnError extends boolean = true>(options?: Options<NotesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<NotesListResponses, NotesListErrors, ThrowOnError, "fields">;
/**
 * Create a note
 *
 * Creates a note. The answer (HTTP 201) lists the new id(s) under `details`.
 */
export declare const notesCreate: <ThrowOnError extends boolean = true>(options: Options<NotesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<NotesCreateResponses, NotesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a note
 *
 * Deletes the note; the answer names the removed id.
 */
export declare const notesDelete: <ThrowOnError extends boolean = true>(options: Options<NotesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<NotesDeleteResponses, NotesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a note
 *
 * Returns one note with all its properties, wrapped in a single-item envelope.
 */
export declare const notesGet: <ThrowOnError extends boolean = true>(options: Options<NotesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<NotesGetResponses, NotesGetErrors, ThrowOnError, "fields">;
/**
 * Update a note
 *
 * Changes the note. Only the properties sent are changed; a property sent as an empty string is cleared.
 */
export declare const notesUpdate: <ThrowOnError extends boolean = true>(options: Options<NotesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<NotesUpdateResponses, NotesUpdateErrors, ThrowOnError, "fields">;
/**
 * List project requests
 *
 * Returns the project requests the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectRequestsList: <ThrowOnError extends boolean = true>(options?: Options<ProjectRequestsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectRequestsListResponses, ProjectRequestsListErrors, ThrowOnError, "fields">;
/**
 * Submit a project request
 *
 * Creates a project request. The answer (HTTP 201) lists the new id(s) under `details`. Files can be added afterwards with the file upload call, using the request id as `projectid`. In the Advanced plan a template, a recipient contact or a division may be chosen (without either, the default contact of the caller's division receives it); `groupid` is needed when the recipient belongs to more than one group.
 */
export declare const projectRequestsCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectRequestsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectRequestsCreateResponses, ProjectRequestsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a project request
 *
 * Deletes the project request; the answer names the removed id.
 */
export declare const projectRequestsDelete: <ThrowOnError extends boolean = true>(options: Options<ProjectRequestsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectRequestsDeleteResponses, ProjectRequestsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a project request
 *
 * Returns one project request with all its properties, wrapped in a single-item envelope. Clients see the requests of their own company only.
 */
export declare const projectRequestsGet: <ThrowOnError extends boolean = true>(options: Options<ProjectRequestsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectRequestsGetResponses, ProjectRequestsGetErrors, ThrowOnError, "fields">;
/**
 * Update a project request
 *
 * Changes a pending project request. Only the properties sent are changed; a property sent as an empty string is cleared (the title cannot be emptied). A request already approved or declined is refused with 400.
 */
export declare const projectRequestsUpdate: <ThrowOnError extends boolean = true>(options: Options<ProjectRequestsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectRequestsUpdateResponses, ProjectRequestsUpdateErrors, ThrowOnError, "fields">;
/**
 * Approve a project request
 *
 * Approves a pending request and creates a project from it (title, description, dates and the client's company come from the request; `number` `auto`, the default, takes the next project number). The answer's `details` name the new project (id, number, title). The project's manager is the approver (Solo and Professional plans) or the contact the request was sent to (Advanced plan); `clientaccess` adds the requesting client to the project.
 */
export declare const projectRequestsApprove: <ThrowOnError extends boolean = true>(options: Options<ProjectRequestsApproveData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectRequestsApproveResponses, ProjectRequestsApproveErrors, ThrowOnError, "fields">;
/**
 * Decline a project request
 *
 * Declines a pending project request. Send an empty object or no body. Declining is final: a request that is not pending is refused with 400.
 */
export declare const projectRequestsDecline: <ThrowOnError extends boolean = true>(options: Options<ProjectRequestsDeclineData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectRequestsDeclineResponses, ProjectRequestsDeclineErrors, ThrowOnError, "fields">;
/**
 * List projects
 *
 * Returns the projects the caller may see (active ones unless `status` says otherwise), narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Staff see every project; clients the projects of their own company; contractors the projects they are on.
 */
export declare const projectsList: <ThrowOnError extends boolean = true>(options?: Options<ProjectsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsListResponses, ProjectsListErrors, ThrowOnError, "fields">;
/**
 * Add a project
 *
 * Creates a project for a client company (`companyid`) or, in the Advanced plan, for an internal client (`internalclientcontactid`, a staff contact). `number` `auto` (the default) takes the next number; `managerid` defaults to the caller; `staff`, `clients` and `contractors` are comma strings of contact ids. Sending `completedate` adds the project already completed. Dates are `yyyy-mm-dd` or relative to today (`+1w`). The answer (HTTP 201) names the new project's id, number and title under `details`.
 */
export declare const projectsCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsCreateResponses, ProjectsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a project
 *
 * Deletes the project together with its tasks, the time tracked on them, its files, custom folders, messages, bookmarks and expenses; invoices and quotes stay, no longer linked to a project. Not reversible.
 */
export declare const projectsDelete: <ThrowOnError extends boolean = true>(options: Options<ProjectsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsDeleteResponses, ProjectsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a project
 *
 * Returns one project with all its properties, wrapped in a single-item envelope.
 */
export declare const projectsGet: <ThrowOnError extends boolean = true>(options: Options<ProjectsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsGetResponses, ProjectsGetErrors, ThrowOnError, "fields">;
/**
 * Update a project
 *
 * Changes the project. Only the properties sent are changed; a property sent as an empty string is cleared (a date, the description, the purchase order number...). `title` cannot be cleared. Status changes go through `complete` and `reactivate`.
 */
export declare const projectsUpdate: <ThrowOnError extends boolean = true>(options: Options<ProjectsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsUpdateResponses, ProjectsUpdateErrors, ThrowOnError, "fields">;
/**
 * Check whether a contact can access a project
 *
 * Tells whether the contact can open the project: staff always can, a client when the project is for the client's company, a contractor when assigned to the project. Staff may check anyone; other contacts only themselves.
 */
export declare const projectAccessCheck: <ThrowOnError extends boolean = true>(options: Options<ProjectAccessCheckData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectAccessCheckResponses, ProjectAccessCheckErrors, ThrowOnError, "fields">;
/**
 * Shift the dates of a project and its tasks
 *
 * Moves dates by `adjustment` (`+` defers, `-` advances, by days, weeks, months or years): the project's own dates as `dates` says (`all`, `start` or `due`; left alone when omitted), and the dates (`taskdates`) of the tasks `tasks` selects (`all`, `active` or `complete`; none when omitted). Unset dates stay unset. Not idempotent: every call shifts again.
 */
export declare const projectsAdjustDates: <ThrowOnError extends boolean = true>(options: Options<ProjectsAdjustDatesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsAdjustDatesResponses, ProjectsAdjustDatesErrors, ThrowOnError, "fields">;
/**
 * List the bookmarks of a project
 *
 * Returns the link bookmarks of a project, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectBookmarksList: <ThrowOnError extends boolean = true>(options: Options<ProjectBookmarksListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectBookmarksListResponses, ProjectBookmarksListErrors, ThrowOnError, "fields">;
/**
 * Add a bookmark to a project
 *
 * Adds a link bookmark (`title` and `url`, optional `description`) to the project. Staff only.
 */
export declare const projectBookmarksCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectBookmarksCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectBookmarksCreateResponses, ProjectBookmarksCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a bookmark of a project
 *
 * Deletes the bookmark. Staff only.
 */
export declare const projectBookmarksDelete: <ThrowOnError extends boolean = true>(options: Options<ProjectBookmarksDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectBookmarksDeleteResponses, ProjectBookmarksDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a bookmark of a project
 *
 * Returns one bookmark of the project, wrapped in a single-item envelope.
 */
export declare const projectBookmarksGet: <ThrowOnError extends boolean = true>(options: Options<ProjectBookmarksGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectBookmarksGetResponses, ProjectBookmarksGetErrors, ThrowOnError, "fields">;
/**
 * Update a bookmark of a project
 *
 * Changes the bookmark; only the properties sent change (`description` may be cleared with an empty string). Staff only.
 */
export declare const projectBookmarksUpdate: <ThrowOnError extends boolean = true>(options: Options<ProjectBookmarksUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectBookmarksUpdateResponses, ProjectBookmarksUpdateErrors, ThrowOnError, "fields">;
/**
 * Complete a project
 *
 * Marks the project complete, and with it every active task of the project, all on `completedate` (today when left out). Reversible with `reactivate` (which does not reopen the tasks).
 */
export declare const projectsComplete: <ThrowOnError extends boolean = true>(options: Options<ProjectsCompleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsCompleteResponses, ProjectsCompleteErrors, ThrowOnError, "fields">;
/**
 * List the contacts of a project
 *
 * Returns the contacts assigned to the project (manager, staff, clients, contractors) that the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectContactsList: <ThrowOnError extends boolean = true>(options: Options<ProjectContactsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectContactsListResponses, ProjectContactsListErrors, ThrowOnError, "fields">;
/**
 * Add or remove contacts of a project
 *
 * Assigns the staff, client and contractor contacts named (comma strings of ids) to the project, or, with `remove: true`, takes them off it. Each id must be a contact of the matching type; the project manager cannot be removed.
 */
export declare const projectContactsUpdate: <ThrowOnError extends boolean = true>(options: Options<ProjectContactsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectContactsUpdateResponses, ProjectContactsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the expenses of a project
 *
 * Returns the expenses of the project that the caller may see, exactly as `GET /expenses` with `projectid` set to this project would, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectExpensesList: <ThrowOnError extends boolean = true>(options: Options<ProjectExpensesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectExpensesListResponses, ProjectExpensesListErrors, ThrowOnError, "fields">;
/**
 * Add an expense to a project
 *
 * Does what `POST /expenses` does, with the project fixed by the path (a `projectid` in the body is not accepted). The answer (HTTP 201) names the new item under `details`.
 */
export declare const projectExpensesCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectExpensesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectExpensesCreateResponses, ProjectExpensesCreateErrors, ThrowOnError, "fields">;
/**
 * List the files of a project
 *
 * Returns the files of the project that the caller may see, exactly as `GET /files` with `projectid` set to this project would, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectFilesList: <ThrowOnError extends boolean = true>(options: Options<ProjectFilesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectFilesListResponses, ProjectFilesListErrors, ThrowOnError, "fields">;
/**
 * Add a file to a project
 *
 * Does what `POST /files` does, with the project fixed by the path (a `projectid` in the body is not accepted). The answer (HTTP 201) names the new item under `details`.
 */
export declare const projectFilesCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectFilesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectFilesCreateResponses, ProjectFilesCreateErrors, ThrowOnError, "fields">;
/**
 * List the invoices of a project
 *
 * Returns the invoices of the project that the caller may see, exactly as `GET /invoices` with `projectid` set to this project would, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectInvoicesList: <ThrowOnError extends boolean = true>(options: Options<ProjectInvoicesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectInvoicesListResponses, ProjectInvoicesListErrors, ThrowOnError, "fields">;
/**
 * Add an invoice to a project
 *
 * Does what `POST /invoices` does, with the project fixed by the path (a `projectid` in the body is not accepted). The answer (HTTP 201) names the new item under `details`.
 */
export declare const projectInvoicesCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectInvoicesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectInvoicesCreateResponses, ProjectInvoicesCreateErrors, ThrowOnError, "fields">;
/**
 * List the messages of a project
 *
 * Returns the messages of the project that the caller may see, exactly as `GET /messages` with `projectid` set to this project would, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectMessagesList: <ThrowOnError extends boolean = true>(options: Options<ProjectMessagesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectMessagesListResponses, ProjectMessagesListErrors, ThrowOnError, "fields">;
/**
 * Add a message to a project
 *
 * Does what `POST /messages` does, with the project fixed by the path (a `projectid` in the body is not accepted). The answer (HTTP 201) names the new item under `details`.
 */
export declare const projectMessagesCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectMessagesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectMessagesCreateResponses, ProjectMessagesCreateErrors, ThrowOnError, "fields">;
/**
 * List the quotes of a project
 *
 * Returns the quotes of a project the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Pending quotes by default (`status`). The envelope adds `total` and, with `subtotals`, grouped sums.
 */
export declare const projectQuotesList: <ThrowOnError extends boolean = true>(options: Options<ProjectQuotesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectQuotesListResponses, ProjectQuotesListErrors, ThrowOnError, "fields">;
/**
 * Create a quote for a project
 *
 * Creates a quote attached to the project. The answer (HTTP 201) lists the new id under `details`. The body is that of the top-level create without `projectid`; the quote is for the project's company unless `companyid` says otherwise.
 */
export declare const projectQuotesCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectQuotesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectQuotesCreateResponses, ProjectQuotesCreateErrors, ThrowOnError, "fields">;
/**
 * Reactivate a project
 *
 * Makes a completed project active again and clears its completion date. Its tasks stay as they are (reactivate them one by one). Send an empty object or no body.
 */
export declare const projectsReactivate: <ThrowOnError extends boolean = true>(options: Options<ProjectsReactivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsReactivateResponses, ProjectsReactivateErrors, ThrowOnError, "fields">;
/**
 * Get the options of a project
 *
 * Returns the per-project options, wrapped in a single-item envelope under `settings`: whether clients can see the project (`clientaccess`) and whether e-mail alerts go out about it (`emailalerts`).
 */
export declare const projectSettingsGet: <ThrowOnError extends boolean = true>(options: Options<ProjectSettingsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectSettingsGetResponses, ProjectSettingsGetErrors, ThrowOnError, "fields">;
/**
 * Update the options of a project
 *
 * Changes the per-project options sent; the others stay. Staff only.
 */
export declare const projectSettingsUpdate: <ThrowOnError extends boolean = true>(options: Options<ProjectSettingsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectSettingsUpdateResponses, ProjectSettingsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the shared notes of a project
 *
 * Returns the notes shared on a project the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectSharedNotesList: <ThrowOnError extends boolean = true>(options: Options<ProjectSharedNotesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectSharedNotesListResponses, ProjectSharedNotesListErrors, ThrowOnError, "fields">;
/**
 * Share a note on a project
 *
 * Adds a note to the project that everyone on the project can read. The answer (HTTP 201) lists the new id under `details`.
 */
export declare const projectSharedNotesCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectSharedNotesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectSharedNotesCreateResponses, ProjectSharedNotesCreateErrors, ThrowOnError, "fields">;
/**
 * List the tasks of a project
 *
 * Returns the tasks of a project the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The rows and filters are those of `GET /tasks`, restricted to the project.
 */
export declare const projectTasksList: <ThrowOnError extends boolean = true>(options: Options<ProjectTasksListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectTasksListResponses, ProjectTasksListErrors, ThrowOnError, "fields">;
/**
 * Create one or more tasks in a project
 *
 * Adds tasks to the project in the path (the body's `projectid` is not sent). `templateid` adds the tasks of a task template (`/settings/tasks/templates`), one per template task; `tagid` tags the tasks with task tags (`/settings/tasks/tags`). The answer (HTTP 201, message `Task/s Added`) lists the new id and name of each task under `details`. `contacts` is a comma string (`me`, ids, `allstaff`, `all`, `none`); project tasks may be assigned only contacts on the project, general tasks only staff. Dates take `yyyy-mm-dd` or relative dates (`+1w`). A JSON array creates several tasks at once; they must all belong to the same project (or category). Sending `contacts` as a JSON array makes the service fail with HTTP 500 and a bare-string `details`.
 */
export declare const projectTasksCreate: <ThrowOnError extends boolean = true>(options: Options<ProjectTasksCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectTasksCreateResponses, ProjectTasksCreateErrors, ThrowOnError, "fields">;
/**
 * List time tracked on a project
 *
 * Returns the time tracked on the tasks of a project the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The rows and filters are those of `GET /time`, restricted to the project; the answer carries `total` (minutes) and optional `subtotals`. Vendor-doc correction: the reference lists `trackedfrom` and `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional.
 */
export declare const projectTimeList: <ThrowOnError extends boolean = true>(options: Options<ProjectTimeListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectTimeListResponses, ProjectTimeListErrors, ThrowOnError, "fields">;
/**
 * List overdue projects
 *
 * Returns the active projects whose due date is before today that the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectsListOverdue: <ThrowOnError extends boolean = true>(options?: Options<ProjectsListOverdueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsListOverdueResponses, ProjectsListOverdueErrors, ThrowOnError, "fields">;
/**
 * List projects over their allocated time
 *
 * Returns the projects whose tracked time exceeds their allocated time (projects without allocated time never do) that the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const projectsListOvertime: <ThrowOnError extends boolean = true>(options?: Options<ProjectsListOvertimeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<ProjectsListOvertimeResponses, ProjectsListOvertimeErrors, ThrowOnError, "fields">;
/**
 * List quotes and their totals
 *
 * Returns the quotes and their totals the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Pending quotes by default (`status`). The envelope adds `total` and, with `subtotals`, grouped sums; paging is not available together with `subtotals`.
 */
export declare const quotesList: <ThrowOnError extends boolean = true>(options?: Options<QuotesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuotesListResponses, QuotesListErrors, ThrowOnError, "fields">;
/**
 * Create a quote
 *
 * Creates a quote (or estimate) for a client contact from typed lines; its totals are computed from the lines. The answer (HTTP 201) lists the new id under `details`. Without `companyid` the quote is for the contact's company; `number` `auto` (the default) takes the next quote number.
 */
export declare const quotesCreate: <ThrowOnError extends boolean = true>(options: Options<QuotesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuotesCreateResponses, QuotesCreateErrors, ThrowOnError, "fields">;
/**
 * List the lines of every quote
 *
 * Returns the lines of every quote the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Each line names its quote (`quoteid`); lines that tie in the sort order come in id order.
 */
export declare const quoteLinesListAll: <ThrowOnError extends boolean = true>(options?: Options<QuoteLinesListAllData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuoteLinesListAllResponses, QuoteLinesListAllErrors, ThrowOnError, "fields">;
/**
 * Delete a quote
 *
 * Deletes the quote and its lines; the answer names the removed id.
 */
export declare const quotesDelete: <ThrowOnError extends boolean = true>(options: Options<QuotesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuotesDeleteResponses, QuotesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a quote
 *
 * Returns one quote with all its properties, wrapped in a single-item envelope.
 */
export declare const quotesGet: <ThrowOnError extends boolean = true>(options: Options<QuotesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuotesGetResponses, QuotesGetErrors, ThrowOnError, "fields">;
/**
 * Update a quote
 *
 * Changes the quote. Only the properties sent are changed; a property sent as an empty string is cleared. `lines` sent here are added to the quote (the line calls change or remove single lines). The status changes only through approve, decline and mark-as-pending.
 */
export declare const quotesUpdate: <ThrowOnError extends boolean = true>(options: Options<QuotesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuotesUpdateResponses, QuotesUpdateErrors, ThrowOnError, "fields">;
/**
 * Approve a quote
 *
 * Marks a pending quote as approved (a staff user acting for the client). `approveddate` defaults to today and may be relative (`+0d`); `projectid` attaches the quote to a project. A quote that is not pending is refused with 400 (mark it as pending first).
 */
export declare const quotesApprove: <ThrowOnError extends boolean = true>(options: Options<QuotesApproveData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuotesApproveResponses, QuotesApproveErrors, ThrowOnError, "fields">;
/**
 * Decline a quote
 *
 * Marks a pending quote as declined. Send an empty object or no body. A quote that is not pending is refused with 400.
 */
export declare const quotesDecline: <ThrowOnError extends boolean = true>(options: Options<QuotesDeclineData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuotesDeclineResponses, QuotesDeclineErrors, ThrowOnError, "fields">;
/**
 * List the lines of a quote
 *
 * Returns the lines of a quote the caller may see (in id order; `displayorder` gives their place on the quote), each with its amount (`total`).
 */
export declare const quoteLinesList: <ThrowOnError extends boolean = true>(options: Options<QuoteLinesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuoteLinesListResponses, QuoteLinesListErrors, ThrowOnError, "fields">;
/**
 * Add one or more lines to a quote
 *
 * Adds one line or, for a JSON array, several lines to a quote; the quote's totals follow. The answer (HTTP 201) lists the new ids under `details`. Quote lines have the invoice line types except `expense`.
 */
export declare const quoteLinesCreate: <ThrowOnError extends boolean = true>(options: Options<QuoteLinesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuoteLinesCreateResponses, QuoteLinesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a line from a quote
 *
 * Deletes the line from the quote (its totals follow); the answer names the removed id.
 */
export declare const quoteLinesDelete: <ThrowOnError extends boolean = true>(options: Options<QuoteLinesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuoteLinesDeleteResponses, QuoteLinesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get one line of a quote
 *
 * Returns one line of a quote with all its properties, wrapped in a single-item envelope.
 */
export declare const quoteLinesGet: <ThrowOnError extends boolean = true>(options: Options<QuoteLinesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuoteLinesGetResponses, QuoteLinesGetErrors, ThrowOnError, "fields">;
/**
 * Update a line of a quote
 *
 * Changes the line of a quote (its totals follow). Only the properties sent are changed; `time` applies to task and staff rate lines only.
 */
export declare const quoteLinesUpdate: <ThrowOnError extends boolean = true>(options: Options<QuoteLinesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuoteLinesUpdateResponses, QuoteLinesUpdateErrors, ThrowOnError, "fields">;
/**
 * Mark a quote as pending
 *
 * Reverts an approved or declined quote to pending (the approval date is cleared). Send an empty object or no body. A quote that is already pending is refused with 400.
 */
export declare const quotesMarkAsPending: <ThrowOnError extends boolean = true>(options: Options<QuotesMarkAsPendingData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<QuotesMarkAsPendingResponses, QuotesMarkAsPendingErrors, ThrowOnError, "fields">;
/**
 * Get the account's settings
 *
 * Returns the account's general settings (name, account address, currency, time zone, date format, first day of the week), under `settings`. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsAccountGet: <ThrowOnError extends boolean = true>(options?: Options<SettingsAccountGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsAccountGetResponses, SettingsAccountGetErrors, ThrowOnError, "fields">;
/**
 * Get the account's licence
 *
 * Returns the account's staff licences: how many the account has, how many staff use one and how many are free, under `settings`. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsAccountLicenseGet: <ThrowOnError extends boolean = true>(options?: Options<SettingsAccountLicenseGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsAccountLicenseGetResponses, SettingsAccountLicenseGetErrors, ThrowOnError, "fields">;
/**
 * Get the account's look and feel
 *
 * Returns the account's branding (logo address and colours) under `settings`, as the login page shows it before anyone signs in: this call needs only the account's API key, no user credentials.
 */
export declare const settingsAccountLooknfeelGet: <ThrowOnError extends boolean = true>(options?: Options<SettingsAccountLooknfeelGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsAccountLooknfeelGetResponses, SettingsAccountLooknfeelGetErrors, ThrowOnError, "fields">;
/**
 * Get the account's plan
 *
 * Returns the account's ProWorkflow plan (`Solo`, `Professional` or `Advanced`) and billing cycle, under `settings`. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsAccountPlanGet: <ThrowOnError extends boolean = true>(options?: Options<SettingsAccountPlanGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsAccountPlanGetResponses, SettingsAccountPlanGetErrors, ThrowOnError, "fields">;
/**
 * List the API fields
 *
 * Returns the account's API fields: custom fields shown only through the API (never in the web application), each for one item type. `type` narrows the list to one type. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsApifieldsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsApifieldsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsApifieldsListResponses, SettingsApifieldsListErrors, ThrowOnError, "fields">;
/**
 * Add an API field
 *
 * Adds an API field for one item type (`company`, `contact`, `invoice`, `project` (which covers project requests too), `quote`, `task` or `time`). Names are unique within a type. The new field's id is what item bodies (`apifields: [{id, value}]`), `fields=apifield<id>` and the `apifields` filters name; a field with `private: true` is shown to staff only. Staff only; clients and contractors get 403.
 */
export declare const settingsApifieldsCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsApifieldsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsApifieldsCreateResponses, SettingsApifieldsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete an API field
 *
 * Deletes the field and, with it, its value on every item of its type; only the vendor's support can bring them back. Staff only; clients and contractors get 403.
 */
export declare const settingsApifieldsDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsApifieldsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsApifieldsDeleteResponses, SettingsApifieldsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get an API field
 *
 * Returns one API field, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsApifieldsGet: <ThrowOnError extends boolean = true>(options: Options<SettingsApifieldsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsApifieldsGetResponses, SettingsApifieldsGetErrors, ThrowOnError, "fields">;
/**
 * Update an API field
 *
 * Renames the field or changes whether it is private; only the properties sent change. A field's `type` cannot change (sending it is refused). Staff only; clients and contractors get 403.
 */
export declare const settingsApifieldsUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsApifieldsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsApifieldsUpdateResponses, SettingsApifieldsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the divisions
 *
 * Returns the account's divisions (Advanced plan): the separate parts of an account that companies and contacts belong to (their `divisionid`, which list filters take). Every account has division 1, where items without another division live. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactDivisionsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsContactDivisionsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactDivisionsListResponses, SettingsContactDivisionsListErrors, ThrowOnError, "fields">;
/**
 * Delete a division
 *
 * Deletes a division no company or contact belongs to; while any does the answer is 400 (division 1, which holds every item without another division, therefore always stays). This call is only inferred (see `x-evidence`). Staff only; clients and contractors get 403.
 */
export declare const settingsContactDivisionsDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsContactDivisionsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactDivisionsDeleteResponses, SettingsContactDivisionsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a division
 *
 * Returns one division, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactDivisionsGet: <ThrowOnError extends boolean = true>(options: Options<SettingsContactDivisionsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactDivisionsGetResponses, SettingsContactDivisionsGetErrors, ThrowOnError, "fields">;
/**
 * Rename a division
 *
 * Renames the division; its companies and contacts stay in it. This call is only inferred (see `x-evidence`). Staff only; clients and contractors get 403.
 */
export declare const settingsContactDivisionsUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsContactDivisionsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactDivisionsUpdateResponses, SettingsContactDivisionsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the staff groups
 *
 * Returns the account's staff groups (Advanced plan), each with the team it sits under (`teamid`). Staff belong to groups (`groupid` of contact calls) and through them to teams. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactGroupsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsContactGroupsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactGroupsListResponses, SettingsContactGroupsListErrors, ThrowOnError, "fields">;
/**
 * Add a staff group
 *
 * Adds a group under a team (`teamid`, required: the vendor's org chart has no group outside a team); names are unique within a team. Staff can be put in the new group at once (`groupid` of POST /contacts, PUT /contacts/{contactid} and PUT /contacts/{contactid}/groups) and then belong to its team. Staff only; clients and contractors get 403.
 */
export declare const settingsContactGroupsCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsContactGroupsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactGroupsCreateResponses, SettingsContactGroupsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a staff group
 *
 * Deletes the group and takes every staff contact out of it (they leave its team unless another of their groups is in it); a project it was in charge of no longer names a group. Staff only; clients and contractors get 403.
 */
export declare const settingsContactGroupsDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsContactGroupsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactGroupsDeleteResponses, SettingsContactGroupsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a staff group
 *
 * Returns one group with its team, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactGroupsGet: <ThrowOnError extends boolean = true>(options: Options<SettingsContactGroupsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactGroupsGetResponses, SettingsContactGroupsGetErrors, ThrowOnError, "fields">;
/**
 * Update a staff group
 *
 * Renames the group or moves it under another team; only the properties sent change. Its staff stay in it: they show the new name, and the new team among their teams. Staff only; clients and contractors get 403.
 */
export declare const settingsContactGroupsUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsContactGroupsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactGroupsUpdateResponses, SettingsContactGroupsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the permissions
 *
 * Returns the application permissions a contact can hold (read-only): their ids are what GET /contacts/{contactid}/permissions lists and GET /contacts/{contactid}/permissions/{permissionid} checks. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactPermissionsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsContactPermissionsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactPermissionsListResponses, SettingsContactPermissionsListErrors, ThrowOnError, "fields">;
/**
 * List the roles
 *
 * Returns the account's roles (read-only): the sets of permissions staff are given (`roleid` of contact calls, PUT /contacts/{contactid}/roles). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactRolesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsContactRolesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactRolesListResponses, SettingsContactRolesListErrors, ThrowOnError, "fields">;
/**
 * Get a role
 *
 * Returns one role, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactRolesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsContactRolesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactRolesGetResponses, SettingsContactRolesGetErrors, ThrowOnError, "fields">;
/**
 * List the contact tags
 *
 * Returns the tags contacts and companies carry (`tagid` of their calls, PUT /contacts/{contactid}/tags, PUT /companies/{companyid}/tags). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactTagsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsContactTagsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTagsListResponses, SettingsContactTagsListErrors, ThrowOnError, "fields">;
/**
 * Add a contact tag
 *
 * Adds a tag; names are unique. Contacts and companies can carry it at once. Staff only; clients and contractors get 403.
 */
export declare const settingsContactTagsCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsContactTagsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTagsCreateResponses, SettingsContactTagsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a contact tag
 *
 * Deletes the tag and takes it off every contact and company that carries it. Staff only; clients and contractors get 403.
 */
export declare const settingsContactTagsDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsContactTagsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTagsDeleteResponses, SettingsContactTagsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a contact tag
 *
 * Returns one tag, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactTagsGet: <ThrowOnError extends boolean = true>(options: Options<SettingsContactTagsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTagsGetResponses, SettingsContactTagsGetErrors, ThrowOnError, "fields">;
/**
 * Rename a contact tag
 *
 * Renames the tag; the contacts and companies that carry it show the new name. Staff only; clients and contractors get 403.
 */
export declare const settingsContactTagsUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsContactTagsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTagsUpdateResponses, SettingsContactTagsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the teams
 *
 * Returns the account's teams (Advanced plan): the top of the org chart, holding staff groups. A staff contact's `teams` are the teams of their groups; a project's `team` is the team in charge. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactTeamsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsContactTeamsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTeamsListResponses, SettingsContactTeamsListErrors, ThrowOnError, "fields">;
/**
 * Add a team
 *
 * Adds a team; names are unique. Groups can be added under it at once (`teamid` of POST /settings/contacts/groups). Staff only; clients and contractors get 403.
 */
export declare const settingsContactTeamsCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsContactTeamsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTeamsCreateResponses, SettingsContactTeamsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a team
 *
 * Deletes a team no group sits under; while groups do the answer is 400 (delete them or move them to another team first). Staff only; clients and contractors get 403.
 */
export declare const settingsContactTeamsDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsContactTeamsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTeamsDeleteResponses, SettingsContactTeamsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a team
 *
 * Returns one team, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsContactTeamsGet: <ThrowOnError extends boolean = true>(options: Options<SettingsContactTeamsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTeamsGetResponses, SettingsContactTeamsGetErrors, ThrowOnError, "fields">;
/**
 * Rename a team
 *
 * Renames the team; its staff and the projects it is in charge of show the new name. Staff only; clients and contractors get 403.
 */
export declare const settingsContactTeamsUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsContactTeamsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsContactTeamsUpdateResponses, SettingsContactTeamsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the fixed cost items
 *
 * Returns the account's fixed cost items: priced items (name, description, unit rate, taxable) that quotes and invoices offer as ready-made line items. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsFixedCostItemsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsFixedCostItemsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsFixedCostItemsListResponses, SettingsFixedCostItemsListErrors, ThrowOnError, "fields">;
/**
 * Add a fixed cost item
 *
 * Adds a fixed cost item (`name` required; `rate` is the price of one unit, `taxable` true unless said otherwise). Staff only; clients and contractors get 403.
 */
export declare const settingsFixedCostItemsCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsFixedCostItemsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsFixedCostItemsCreateResponses, SettingsFixedCostItemsCreateErrors, ThrowOnError, "fields">;
/**
 * List the invoice autonumbering schemes
 *
 * Returns how new invoices are numbered: each scheme's prefix, the minimum digits of its counter and the counter's next value. A new invoice whose `number` is `auto` (or left out) is numbered by the first scheme (lowest id): its prefix and `nextnumber` zero-padded to `digits` (`INV-0004`), after which the counter moves on; a number another invoice already has is skipped, so `nextnumber` is always the number the next invoice gets. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsInvoiceAutonumberingList: <ThrowOnError extends boolean = true>(options?: Options<SettingsInvoiceAutonumberingListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsInvoiceAutonumberingListResponses, SettingsInvoiceAutonumberingListErrors, ThrowOnError, "fields">;
/**
 * List the hourly rates offered on invoices
 *
 * Returns the hourly rates offered for the `taskrate` lines of invoices, under `hourlyrates`: the account's service rates, the same rows (ids, names, rates) as `GET /settings/servicerates`. A line keeps the rate it is sent with (the line calls require `rate`). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsInvoiceHourlyRatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsInvoiceHourlyRatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsInvoiceHourlyRatesListResponses, SettingsInvoiceHourlyRatesListErrors, ThrowOnError, "fields">;
/**
 * List the staff rates offered on invoices
 *
 * Returns the hourly rate of each staff contact who has one, as `staffrate` lines of invoices offer them: the same rows as `GET /settings/staffrates` (listed while the contact exists, under the contact's current name). A line keeps the rate it is sent with. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsInvoiceStaffRatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsInvoiceStaffRatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsInvoiceStaffRatesListResponses, SettingsInvoiceStaffRatesListErrors, ThrowOnError, "fields">;
/**
 * List the invoice templates
 *
 * Returns the layouts invoices are written and sent with, under `templates`. The invoice calls take no template (the vendor's create and update calls list no template parameter), so these are for reading only. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsInvoiceTemplatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsInvoiceTemplatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsInvoiceTemplatesListResponses, SettingsInvoiceTemplatesListErrors, ThrowOnError, "fields">;
/**
 * Get an invoice template
 *
 * Returns one invoice template, under `template`; an unknown id is 404. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsInvoiceTemplatesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsInvoiceTemplatesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsInvoiceTemplatesGetResponses, SettingsInvoiceTemplatesGetErrors, ThrowOnError, "fields">;
/**
 * List the note categories
 *
 * Returns the categories general notes are filed under (a note's `categoryid`). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsNoteCategoriesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsNoteCategoriesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsNoteCategoriesListResponses, SettingsNoteCategoriesListErrors, ThrowOnError, "fields">;
/**
 * Add a note category
 *
 * Adds a note category; names are unique. Staff only; clients and contractors get 403.
 */
export declare const settingsNoteCategoriesCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsNoteCategoriesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsNoteCategoriesCreateResponses, SettingsNoteCategoriesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a note category
 *
 * Deletes a category no note is filed under; while notes use it the answer is 400 (move or delete those notes first). Staff only; clients and contractors get 403.
 */
export declare const settingsNoteCategoriesDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsNoteCategoriesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsNoteCategoriesDeleteResponses, SettingsNoteCategoriesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a note category
 *
 * Returns one note category, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsNoteCategoriesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsNoteCategoriesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsNoteCategoriesGetResponses, SettingsNoteCategoriesGetErrors, ThrowOnError, "fields">;
/**
 * Rename a note category
 *
 * Renames the category; its notes keep it. Staff only; clients and contractors get 403.
 */
export declare const settingsNoteCategoriesUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsNoteCategoriesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsNoteCategoriesUpdateResponses, SettingsNoteCategoriesUpdateErrors, ThrowOnError, "fields">;
/**
 * Get the project settings
 *
 * Returns the account's project settings under `settings`: the options a new project starts with (`clientaccess`, `emailalerts`; see `/projects/{projectid}/settings`). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectsGet: <ThrowOnError extends boolean = true>(options?: Options<SettingsProjectsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectsGetResponses, SettingsProjectsGetErrors, ThrowOnError, "fields">;
/**
 * List the project autonumbering schemes
 *
 * Returns the account's schemes for numbering new projects, each with its prefix and the number it gives next. A project added with `number` `auto` (or none) takes the next number of the scheme its `autonumberid` names, else of the default scheme (`default: true`). The next number is one more than the highest number of that form among the projects. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectAutonumberingList: <ThrowOnError extends boolean = true>(options?: Options<SettingsProjectAutonumberingListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectAutonumberingListResponses, SettingsProjectAutonumberingListErrors, ThrowOnError, "fields">;
/**
 * List the project categories
 *
 * Returns the categories projects are filed under (a project's `categoryid`; the `projectcategoryid` filters of the task, invoice and quote lists). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectCategoriesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsProjectCategoriesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCategoriesListResponses, SettingsProjectCategoriesListErrors, ThrowOnError, "fields">;
/**
 * Add a project category
 *
 * Adds a project category; names are unique (case-insensitive). Projects may be added to it (or moved to it) at once. Staff only; clients and contractors get 403.
 */
export declare const settingsProjectCategoriesCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectCategoriesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCategoriesCreateResponses, SettingsProjectCategoriesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a project category
 *
 * Deletes a category no project is filed under; while projects use it the answer is 400 (move them to another category first). Staff only; clients and contractors get 403.
 */
export declare const settingsProjectCategoriesDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectCategoriesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCategoriesDeleteResponses, SettingsProjectCategoriesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a project category
 *
 * Returns one project category, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectCategoriesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectCategoriesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCategoriesGetResponses, SettingsProjectCategoriesGetErrors, ThrowOnError, "fields">;
/**
 * Change a project category
 *
 * Renames the category; its projects keep it and show the new name. Staff only; clients and contractors get 403.
 */
export declare const settingsProjectCategoriesUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectCategoriesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCategoriesUpdateResponses, SettingsProjectCategoriesUpdateErrors, ThrowOnError, "fields">;
/**
 * List the project custom fields
 *
 * Returns the account's project custom fields (Advanced plan): the fields a project's `customfields` values (`[{id, value}]`) name, shown in the web application. They are not the API fields (/settings/apifields of type `project`), which the web application never shows. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectCustomFieldsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsProjectCustomFieldsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCustomFieldsListResponses, SettingsProjectCustomFieldsListErrors, ThrowOnError, "fields">;
/**
 * List the custom statuses
 *
 * Returns the account's custom project statuses (Advanced plan): the labels a project's `customstatusid` names, each with its colour; a project's `status` stays `active` or `complete`. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectCustomStatusesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsProjectCustomStatusesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCustomStatusesListResponses, SettingsProjectCustomStatusesListErrors, ThrowOnError, "fields">;
/**
 * Add a custom status
 *
 * Adds a custom status with a colour (hex RGB); names are unique (case-insensitive). Staff only; clients and contractors get 403.
 */
export declare const settingsProjectCustomStatusesCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectCustomStatusesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCustomStatusesCreateResponses, SettingsProjectCustomStatusesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a custom status
 *
 * Deletes a custom status no project carries; while projects carry it the answer is 400 (give them another status first). Staff only; clients and contractors get 403.
 */
export declare const settingsProjectCustomStatusesDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectCustomStatusesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCustomStatusesDeleteResponses, SettingsProjectCustomStatusesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a custom status
 *
 * Returns one custom status, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectCustomStatusesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectCustomStatusesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCustomStatusesGetResponses, SettingsProjectCustomStatusesGetErrors, ThrowOnError, "fields">;
/**
 * Change a custom status
 *
 * Renames or recolours the status; its projects show the new name and colour. Staff only; clients and contractors get 403.
 */
export declare const settingsProjectCustomStatusesUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectCustomStatusesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectCustomStatusesUpdateResponses, SettingsProjectCustomStatusesUpdateErrors, ThrowOnError, "fields">;
/**
 * List the project tags
 *
 * Returns the tags projects can carry (a project's `tagid` names them; contacts and companies have tags of their own). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectTagsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsProjectTagsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectTagsListResponses, SettingsProjectTagsListErrors, ThrowOnError, "fields">;
/**
 * Add a project tag
 *
 * Adds a project tag; names are unique (case-insensitive). Staff only; clients and contractors get 403.
 */
export declare const settingsProjectTagsCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectTagsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectTagsCreateResponses, SettingsProjectTagsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a project tag
 *
 * Deletes the tag and takes it off every project carrying it. Staff only; clients and contractors get 403.
 */
export declare const settingsProjectTagsDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectTagsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectTagsDeleteResponses, SettingsProjectTagsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a project tag
 *
 * Returns one project tag, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectTagsGet: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectTagsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectTagsGetResponses, SettingsProjectTagsGetErrors, ThrowOnError, "fields">;
/**
 * Change a project tag
 *
 * Renames the tag; the projects carrying it show the new name. Staff only; clients and contractors get 403.
 */
export declare const settingsProjectTagsUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectTagsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectTagsUpdateResponses, SettingsProjectTagsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the project templates
 *
 * Returns the account's project templates: what a project added with `templateid` (Advanced plan), or a project request naming one, starts from. Templates are made in the web application; the API only reads them. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectTemplatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsProjectTemplatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectTemplatesListResponses, SettingsProjectTemplatesListErrors, ThrowOnError, "fields">;
/**
 * Get a project template
 *
 * Returns one project template, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsProjectTemplatesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsProjectTemplatesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsProjectTemplatesGetResponses, SettingsProjectTemplatesGetErrors, ThrowOnError, "fields">;
/**
 * Get the quote settings
 *
 * Returns the defaults a new quote takes when its create call leaves them out, under `settings`: its `type` (`quote` or `estimate`), whether it is `taxable` and its `taxrate` (percent). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsQuotesGet: <ThrowOnError extends boolean = true>(options?: Options<SettingsQuotesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsQuotesGetResponses, SettingsQuotesGetErrors, ThrowOnError, "fields">;
/**
 * List the quote autonumbering schemes
 *
 * Returns how new quotes are numbered: each scheme's prefix, the minimum digits of its counter and the counter's next value. A new quote whose `number` is `auto` (or left out) is numbered by the first scheme (lowest id): its prefix and `nextnumber` zero-padded to `digits` (`Q-0003`), after which the counter moves on; a number another quote already has is skipped, so `nextnumber` is always the number the next quote gets. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsQuoteAutonumberingList: <ThrowOnError extends boolean = true>(options?: Options<SettingsQuoteAutonumberingListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsQuoteAutonumberingListResponses, SettingsQuoteAutonumberingListErrors, ThrowOnError, "fields">;
/**
 * List the hourly rates offered on quotes
 *
 * Returns the hourly rates offered for the `taskrate` lines of quotes, under `hourlyrates`: the account's service rates, the same rows (ids, names, rates) as `GET /settings/servicerates`. A line keeps the rate it is sent with (the line calls require `rate`). Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsQuoteHourlyRatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsQuoteHourlyRatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsQuoteHourlyRatesListResponses, SettingsQuoteHourlyRatesListErrors, ThrowOnError, "fields">;
/**
 * List the staff rates offered on quotes
 *
 * Returns the hourly rate of each staff contact who has one, as `staffrate` lines of quotes offer them: the same rows as `GET /settings/staffrates` (listed while the contact exists, under the contact's current name). A line keeps the rate it is sent with. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsQuoteStaffRatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsQuoteStaffRatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsQuoteStaffRatesListResponses, SettingsQuoteStaffRatesListErrors, ThrowOnError, "fields">;
/**
 * List the quote templates
 *
 * Returns the layouts quotes are written and sent with, under `templates`. The quote calls take no template (the vendor's create and update calls list no template parameter), so these are for reading only. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsQuoteTemplatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsQuoteTemplatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsQuoteTemplatesListResponses, SettingsQuoteTemplatesListErrors, ThrowOnError, "fields">;
/**
 * Get a quote template
 *
 * Returns one quote template, under `template`; an unknown id is 404. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsQuoteTemplatesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsQuoteTemplatesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsQuoteTemplatesGetResponses, SettingsQuoteTemplatesGetErrors, ThrowOnError, "fields">;
/**
 * List the service rates
 *
 * Returns the account's hourly rates per service (kind of work): the rate a `taskrate` line of a quote or invoice starts from. A line keeps the rate it was written with. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsServiceRatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsServiceRatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsServiceRatesListResponses, SettingsServiceRatesListErrors, ThrowOnError, "fields">;
/**
 * List the staff rates
 *
 * Returns the hourly rate of each staff contact who has one: the rate a `staffrate` line of a quote or invoice starts from. A line keeps the rate it was written with. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsStaffRatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsStaffRatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsStaffRatesListResponses, SettingsStaffRatesListErrors, ThrowOnError, "fields">;
/**
 * List the task categories
 *
 * Returns the categories general tasks (tasks outside projects) are filed under: a general task's `categoryid` names one of them. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsTaskCategoriesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsTaskCategoriesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskCategoriesListResponses, SettingsTaskCategoriesListErrors, ThrowOnError, "fields">;
/**
 * Add a task category
 *
 * Adds a task category; names are unique (case-insensitive). General tasks may be filed under it at once (`categoryid` of `POST /tasks` and `PUT /tasks/{taskid}`). Staff only; clients and contractors get 403.
 */
export declare const settingsTaskCategoriesCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskCategoriesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskCategoriesCreateResponses, SettingsTaskCategoriesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a task category
 *
 * Deletes a category no general task is filed under; while tasks use it the answer is 400 (move them to another category or delete them first). Staff only; clients and contractors get 403.
 */
export declare const settingsTaskCategoriesDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskCategoriesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskCategoriesDeleteResponses, SettingsTaskCategoriesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a task category
 *
 * Returns one task category, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsTaskCategoriesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskCategoriesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskCategoriesGetResponses, SettingsTaskCategoriesGetErrors, ThrowOnError, "fields">;
/**
 * Rename a task category
 *
 * Renames the category; its general tasks keep it and show the new name. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskCategoriesUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskCategoriesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskCategoriesUpdateResponses, SettingsTaskCategoriesUpdateErrors, ThrowOnError, "fields">;
/**
 * List the task tags
 *
 * Returns the tags tasks can carry (a task's `tagid`); they are the tasks' own, apart from the tags of companies, contacts and projects. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsTaskTagsList: <ThrowOnError extends boolean = true>(options?: Options<SettingsTaskTagsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTagsListResponses, SettingsTaskTagsListErrors, ThrowOnError, "fields">;
/**
 * Add a task tag
 *
 * Adds a task tag; names are unique (case-insensitive). Tasks may carry it at once (`tagid` of `POST /tasks` and `PUT /tasks/{taskid}`). Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTagsCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTagsCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTagsCreateResponses, SettingsTaskTagsCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a task tag
 *
 * Deletes the tag and takes it off every task that carries it. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTagsDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTagsDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTagsDeleteResponses, SettingsTaskTagsDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a task tag
 *
 * Returns one task tag, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsTaskTagsGet: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTagsGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTagsGetResponses, SettingsTaskTagsGetErrors, ThrowOnError, "fields">;
/**
 * Rename a task tag
 *
 * Renames the tag; the tasks that carry it show the new name. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTagsUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTagsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTagsUpdateResponses, SettingsTaskTagsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the task templates
 *
 * Returns the account's task templates: named sets of ready-made tasks (see `/settings/tasks/templates/{tasktemplateid}/tasks`) that `templateid` of `POST /tasks` and `POST /projects/{projectid}/tasks` adds to a project or task category in one call. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsTaskTemplatesList: <ThrowOnError extends boolean = true>(options?: Options<SettingsTaskTemplatesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplatesListResponses, SettingsTaskTemplatesListErrors, ThrowOnError, "fields">;
/**
 * Add a task template
 *
 * Adds an empty task template; names are unique (case-insensitive). Its tasks are added with `POST /settings/tasks/templates/{tasktemplateid}/tasks`; applying a template that has none is refused. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTemplatesCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplatesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplatesCreateResponses, SettingsTaskTemplatesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a task template
 *
 * Deletes the template with its tasks. Tasks already added from it are copies and stay as they are. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTemplatesDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplatesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplatesDeleteResponses, SettingsTaskTemplatesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a task template
 *
 * Returns one task template, wrapped in a single-item envelope. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsTaskTemplatesGet: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplatesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplatesGetResponses, SettingsTaskTemplatesGetErrors, ThrowOnError, "fields">;
/**
 * Rename a task template
 *
 * Renames the template; its tasks stay as they are. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTemplatesUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplatesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplatesUpdateResponses, SettingsTaskTemplatesUpdateErrors, ThrowOnError, "fields">;
/**
 * List the tasks of a task template
 *
 * Returns the tasks of one task template, in the order they were added: the order in which applying the template adds them. 404 when the template does not exist. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsTaskTemplateTasksList: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplateTasksListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplateTasksListResponses, SettingsTaskTemplateTasksListErrors, ThrowOnError, "fields">;
/**
 * Add a task to a task template
 *
 * Adds a task to the template (`name` required; priority 3, no allocated time, billable and taxable unless said otherwise). From then on every task create that names the template with `templateid` adds this task too. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTemplateTasksCreate: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplateTasksCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplateTasksCreateResponses, SettingsTaskTemplateTasksCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a task of a task template
 *
 * Takes the task out of the template; tasks already added from it stay. A template left without tasks cannot be applied until one is added. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTemplateTasksDelete: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplateTasksDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplateTasksDeleteResponses, SettingsTaskTemplateTasksDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a task of a task template
 *
 * Returns one task of the template, wrapped in a single-item envelope; 404 when the task belongs to another template. Staff only (the account's settings are not shown to clients and contractors, who get 403).
 */
export declare const settingsTaskTemplateTasksGet: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplateTasksGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplateTasksGetResponses, SettingsTaskTemplateTasksGetErrors, ThrowOnError, "fields">;
/**
 * Update a task of a task template
 *
 * Changes the template's task; only the properties sent change. Tasks already added from the template keep what they were given. Staff only; clients and contractors get 403.
 */
export declare const settingsTaskTemplateTasksUpdate: <ThrowOnError extends boolean = true>(options: Options<SettingsTaskTemplateTasksUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SettingsTaskTemplateTasksUpdateResponses, SettingsTaskTemplateTasksUpdateErrors, ThrowOnError, "fields">;
/**
 * List shared notes
 *
 * Returns the notes shared on the projects the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const sharedNotesList: <ThrowOnError extends boolean = true>(options?: Options<SharedNotesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SharedNotesListResponses, SharedNotesListErrors, ThrowOnError, "fields">;
/**
 * Share a note on a project
 *
 * Adds a note to a project (`projectid`) that everyone on the project can read. The answer (HTTP 201) lists the new id under `details`.
 */
export declare const sharedNotesCreate: <ThrowOnError extends boolean = true>(options: Options<SharedNotesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SharedNotesCreateResponses, SharedNotesCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a shared note
 *
 * Deletes the shared note; the answer names the removed id.
 */
export declare const sharedNotesDelete: <ThrowOnError extends boolean = true>(options: Options<SharedNotesDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SharedNotesDeleteResponses, SharedNotesDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a shared note
 *
 * Returns one shared note with all its properties, wrapped in a single-item envelope.
 */
export declare const sharedNotesGet: <ThrowOnError extends boolean = true>(options: Options<SharedNotesGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SharedNotesGetResponses, SharedNotesGetErrors, ThrowOnError, "fields">;
/**
 * Update a shared note
 *
 * Changes the shared note. Only the properties sent are changed; `content` sent as an empty string is cleared (the title cannot be emptied).
 */
export declare const sharedNotesUpdate: <ThrowOnError extends boolean = true>(options: Options<SharedNotesUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<SharedNotesUpdateResponses, SharedNotesUpdateErrors, ThrowOnError, "fields">;
/**
 * List tasks
 *
 * Returns the tasks the caller may see (active ones unless `status` says otherwise), narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Clients see the tasks of their company's projects, contractors the tasks assigned to them.
 */
export declare const tasksList: <ThrowOnError extends boolean = true>(options?: Options<TasksListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksListResponses, TasksListErrors, ThrowOnError, "fields">;
/**
 * Create one or more tasks
 *
 * Creates a project task (`projectid`) or a general task (`categoryid`, a task category of `/settings/tasks/categories`); `templateid` adds the tasks of a task template (`/settings/tasks/templates`) instead, one per template task, each with that task's name and settings (the body's own values win), and `tagid` tags the tasks with task tags (`/settings/tasks/tags`). A category, tag or template added through the settings can be named at once; an unknown id is refused (400). The answer (HTTP 201, message `Task/s Added`) lists the new id and name of each task under `details`. `contacts` is a comma string (`me`, ids, `allstaff`, `all`, `none`); project tasks may be assigned only contacts on the project, general tasks only staff. Dates take `yyyy-mm-dd` or relative dates (`+1w`). A JSON array creates several tasks at once; they must all belong to the same project (or category). Sending `contacts` as a JSON array makes the service fail with HTTP 500 and a bare-string `details`.
 */
export declare const tasksCreate: <ThrowOnError extends boolean = true>(options: Options<TasksCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksCreateResponses, TasksCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a task
 *
 * Deletes the task together with its files, messages and time records; the answer names the removed id.
 */
export declare const tasksDelete: <ThrowOnError extends boolean = true>(options: Options<TasksDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksDeleteResponses, TasksDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a task
 *
 * Returns one task with all its properties, wrapped in a single-item envelope (`task`).
 */
export declare const tasksGet: <ThrowOnError extends boolean = true>(options: Options<TasksGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksGetResponses, TasksGetErrors, ThrowOnError, "fields">;
/**
 * Update a task
 *
 * Changes the task. Only the properties sent are changed; a property sent as an empty string is cleared (the name cannot be cleared). `contacts` replaces the assignees under the same rules as on create, `tagid` the task tags; `categoryid` moves a general task to another task category (project tasks have none). An unknown tag or category is refused (400).
 */
export declare const tasksUpdate: <ThrowOnError extends boolean = true>(options: Options<TasksUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksUpdateResponses, TasksUpdateErrors, ThrowOnError, "fields">;
/**
 * Move a task's dates
 *
 * Moves the task's start and/or due date by a relative amount (`+1w` later, `-3d` earlier); `dates` says which (`all` by default). Dates the task does not have stay unset. Not idempotent: sending it twice moves the dates twice.
 */
export declare const tasksAdjustDates: <ThrowOnError extends boolean = true>(options: Options<TasksAdjustDatesData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksAdjustDatesResponses, TasksAdjustDatesErrors, ThrowOnError, "fields">;
/**
 * Complete a task
 *
 * Marks the task complete (message `Task Completed`), on `completedate` or today. Completing a complete task only changes its completion date. Staff and contractors assigned to the task may call it.
 */
export declare const tasksComplete: <ThrowOnError extends boolean = true>(options: Options<TasksCompleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksCompleteResponses, TasksCompleteErrors, ThrowOnError, "fields">;
/**
 * List the contacts assigned to a task
 *
 * Returns the contacts assigned to a task the caller may see (staff-only contact fields hidden from other callers), with the filter, `fields`, sorting and paging parameters of the contact lists.
 */
export declare const taskContactsList: <ThrowOnError extends boolean = true>(options: Options<TaskContactsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskContactsListResponses, TaskContactsListErrors, ThrowOnError, "fields">;
/**
 * Assign or unassign task contacts
 *
 * Adds the contacts in `contacts` to the task's assignees, or takes them off with `remove: true`. Project tasks take only contacts on the project, general tasks only staff.
 */
export declare const taskContactsUpdate: <ThrowOnError extends boolean = true>(options: Options<TaskContactsUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskContactsUpdateResponses, TaskContactsUpdateErrors, ThrowOnError, "fields">;
/**
 * List the files of a task
 *
 * Returns the files attached to a task the caller may see; rows and filters are those of `GET /files`, restricted to the task.
 */
export declare const taskFilesList: <ThrowOnError extends boolean = true>(options: Options<TaskFilesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskFilesListResponses, TaskFilesListErrors, ThrowOnError, "fields">;
/**
 * Attach a file to a task
 *
 * Uploads a file (base64 `content`) to the task in the path; otherwise as `POST /files`.
 */
export declare const taskFilesCreate: <ThrowOnError extends boolean = true>(options: Options<TaskFilesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskFilesCreateResponses, TaskFilesCreateErrors, ThrowOnError, "fields">;
/**
 * List the messages of a task
 *
 * Returns the messages of discussions on a task the caller may see; rows and filters are those of `GET /messages`, restricted to the task.
 */
export declare const taskMessagesList: <ThrowOnError extends boolean = true>(options: Options<TaskMessagesListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskMessagesListResponses, TaskMessagesListErrors, ThrowOnError, "fields">;
/**
 * Start or answer a discussion on a task
 *
 * Adds a message to the task in the path: a new discussion (`title`, `contacts`) or a reply (`originalmessageid`); otherwise as `POST /messages`.
 */
export declare const taskMessagesCreate: <ThrowOnError extends boolean = true>(options: Options<TaskMessagesCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskMessagesCreateResponses, TaskMessagesCreateErrors, ThrowOnError, "fields">;
/**
 * Reactivate a task
 *
 * Makes a completed task active again and clears its completion date (message `Task Reactivated`). Send an empty object or no body.
 */
export declare const tasksReactivate: <ThrowOnError extends boolean = true>(options: Options<TasksReactivateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksReactivateResponses, TasksReactivateErrors, ThrowOnError, "fields">;
/**
 * Start a timer on a task
 *
 * Starts a running time record for the caller on the task and stops any other timer the caller has running (that one keeps the minutes it ran). A timer already running on this task keeps running. `details` names the running time record.
 */
export declare const tasksStartTimer: <ThrowOnError extends boolean = true>(options: Options<TasksStartTimerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksStartTimerResponses, TasksStartTimerErrors, ThrowOnError, "fields">;
/**
 * Stop the caller's timer on a task
 *
 * Stops the caller's running timer on the task; the time record keeps the whole minutes it ran (and the `notes` sent). Without a running timer the answer is 400.
 */
export declare const tasksStopTimer: <ThrowOnError extends boolean = true>(options: Options<TasksStopTimerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksStopTimerResponses, TasksStopTimerErrors, ThrowOnError, "fields">;
/**
 * List time tracked on a task
 *
 * Returns the time tracked on a task the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The rows and filters are those of `GET /time`, restricted to the task. Vendor-doc correction: the reference lists `trackedfrom` and `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional.
 */
export declare const taskTimeList: <ThrowOnError extends boolean = true>(options: Options<TaskTimeListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskTimeListResponses, TaskTimeListErrors, ThrowOnError, "fields">;
/**
 * Record time on a task
 *
 * Records time on the task in the path (message `Time Record Added`). The period is one of these combinations: `starttime` & `endtime`, `starttime` & `timetracked`, `endtime` & `timetracked`, or `timetracked` alone (ending now; with `date` it is booked on that day without times); any other combination is a 400 naming the four. `timetracked` is in minutes; `contactid` defaults to `me`.
 */
export declare const taskTimeCreate: <ThrowOnError extends boolean = true>(options: Options<TaskTimeCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TaskTimeCreateResponses, TaskTimeCreateErrors, ThrowOnError, "fields">;
/**
 * Delete several tasks
 *
 * Deletes every task in `taskid` (all of the same project) with their files, messages and time records, or none when one of them is missing or belongs elsewhere. A PUT, not a DELETE.
 */
export declare const tasksBulkDelete: <ThrowOnError extends boolean = true>(options: Options<TasksBulkDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksBulkDeleteResponses, TasksBulkDeleteErrors, ThrowOnError, "fields">;
/**
 * List overdue tasks
 *
 * Returns the active tasks due before today that the caller may see, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
 */
export declare const tasksListOverdue: <ThrowOnError extends boolean = true>(options?: Options<TasksListOverdueData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksListOverdueResponses, TasksListOverdueErrors, ThrowOnError, "fields">;
/**
 * List tasks over their allocated time
 *
 * Returns the tasks the caller may see whose tracked time is above their allocated time, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Tasks without allocated time are never over it.
 */
export declare const tasksListOvertime: <ThrowOnError extends boolean = true>(options?: Options<TasksListOvertimeData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TasksListOvertimeResponses, TasksListOvertimeErrors, ThrowOnError, "fields">;
/**
 * List time records
 *
 * Returns the time records the caller may see in the tracking period, narrowed by the filter parameters (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The answer carries `total` (minutes) and, with `subtotals`, grouped sums; `fields=none` returns only those. Vendor-doc correction: the reference lists `trackedfrom` and `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional.
 */
export declare const timeList: <ThrowOnError extends boolean = true>(options?: Options<TimeListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeListResponses, TimeListErrors, ThrowOnError, "fields">;
/**
 * Record time
 *
 * Records time on a task (message `Time Added`). The period is one of these combinations: `starttime` & `endtime`, `starttime` & `timetracked`, `endtime` & `timetracked`, or `timetracked` alone (ending now; with `date` it is booked on that day without times); any other combination is a 400 naming the four. `timetracked` is in minutes; `contactid` defaults to `me`. Staff may record time for any contact, contractors only for themselves.
 */
export declare const timeCreate: <ThrowOnError extends boolean = true>(options: Options<TimeCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeCreateResponses, TimeCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a time record
 *
 * Deletes the time record; the answer names the removed id.
 */
export declare const timeDelete: <ThrowOnError extends boolean = true>(options: Options<TimeDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeDeleteResponses, TimeDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a time record
 *
 * Returns one time record with all its properties, wrapped in a single-item envelope (`timerecord`).
 */
export declare const timeGet: <ThrowOnError extends boolean = true>(options: Options<TimeGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeGetResponses, TimeGetErrors, ThrowOnError, "fields">;
/**
 * Update a time record
 *
 * Changes the time record. Only the properties sent are changed. The period takes the combinations of the create call or a single change: `timetracked` alone keeps the start and moves the end, `starttime` alone keeps the duration, `endtime` alone keeps the start and recomputes the minutes.
 */
export declare const timeUpdate: <ThrowOnError extends boolean = true>(options: Options<TimeUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeUpdateResponses, TimeUpdateErrors, ThrowOnError, "fields">;
/**
 * Stop a running timer
 *
 * Stops the running timer of this time record (the caller's own, or any for staff); the record keeps the whole minutes it ran. A record without a running timer is a 400.
 */
export declare const timeStopTimer: <ThrowOnError extends boolean = true>(options: Options<TimeStopTimerData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeStopTimerResponses, TimeStopTimerErrors, ThrowOnError, "fields">;
/**
 * List running timers
 *
 * Returns the running timers the caller may see (staff: everyone's; others: their own), each with the seconds it has run (`timetrackedseconds`) and the whole minutes (`timetracked`).
 */
export declare const timeListActiveTimers: <ThrowOnError extends boolean = true>(options?: Options<TimeListActiveTimersData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<TimeListActiveTimersResponses, TimeListActiveTimersErrors, ThrowOnError, "fields">;
/**
 * Get the staff workload per day
 *
 * Reports, per staff contact and working day (weekends left out), the minutes of task work scheduled (`mode=workload`) or the minutes still free (`mode=availability`). A task's remaining time (allocated less tracked) is spread evenly over the working days from its start (or today) to its due date and shared among its assignees; completed and overdue tasks do not count. Dates cannot lie in the past.
 */
export declare const workloadGet: <ThrowOnError extends boolean = true>(options?: Options<WorkloadGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<WorkloadGetResponses, WorkloadGetErrors, ThrowOnError, "fields">;
/**
 * List the webhooks of the account
 *
 * Returns the account's webhooks (each one event and the address it is sent to), in id order. A webhook the service gave up on (see `POST /settings/webhooks`) is no longer listed. Staff only: webhooks are account settings.
 */
export declare const webhooksList: <ThrowOnError extends boolean = true>(options?: Options<WebhooksListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<WebhooksListResponses, WebhooksListErrors, ThrowOnError, "fields">;
/**
 * Add a webhook
 *
 * Subscribes `url` to one event (`event`; one webhook per event, add several for several events). From then on, each time the event happens the service POSTs a small JSON body to `url`: the item's `id` and, except for delete events, `url`, the API address to GET it from (the top-level `webhooks` of this document describe each event). The receiver has 10 seconds to answer; a 2xx answer completes the delivery, a 4xx answer removes the webhook at once, no answer or a 5xx answer is retried a few times after growing delays, after which the webhook is removed (and the contact who added it is e-mailed). Deliveries do not count against the rate limit. Staff only: webhooks are account settings.
 */
export declare const webhooksCreate: <ThrowOnError extends boolean = true>(options: Options<WebhooksCreateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<WebhooksCreateResponses, WebhooksCreateErrors, ThrowOnError, "fields">;
/**
 * Delete a webhook
 *
 * Removes the webhook; deliveries of it still waiting are dropped with it. Staff only: webhooks are account settings.
 */
export declare const webhooksDelete: <ThrowOnError extends boolean = true>(options: Options<WebhooksDeleteData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<WebhooksDeleteResponses, WebhooksDeleteErrors, ThrowOnError, "fields">;
/**
 * Get a webhook
 *
 * Returns one webhook, wrapped in a single-item envelope (key `webhook`). Staff only: webhooks are account settings.
 */
export declare const webhooksGet: <ThrowOnError extends boolean = true>(options: Options<WebhooksGetData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<WebhooksGetResponses, WebhooksGetErrors, ThrowOnError, "fields">;
/**
 * Change the address of a webhook
 *
 * Changes where the webhook is sent (`url`). Its event cannot be changed: delete the webhook and add another. Staff only: webhooks are account settings.
 */
export declare const webhooksUpdate: <ThrowOnError extends boolean = true>(options: Options<WebhooksUpdateData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<WebhooksUpdateResponses, WebhooksUpdateErrors, ThrowOnError, "fields">;
/**
 * List the deliveries of webhooks
 *
 * The delivery log of the last 7 days, oldest first: one row per delivery (an event sent to one webhook), with the receiver's last HTTP status, how many times it was tried, and when it started, was completed or will be tried next. A delivery given up on goes, with its webhook. Staff only: webhooks are account settings.
 */
export declare const webhooksRequestsList: <ThrowOnError extends boolean = true>(options?: Options<WebhooksRequestsListData, ThrowOnError>) => import("./client/types.gen.js").RequestResult<WebhooksRequestsListResponses, WebhooksRequestsListErrors, ThrowOnError, "fields">;
