"""Contains all the data models used in inputs/outputs"""

from .account_license import AccountLicense
from .account_license_envelope import AccountLicenseEnvelope
from .account_plan import AccountPlan
from .account_plan_billingcycle import AccountPlanBillingcycle
from .account_plan_envelope import AccountPlanEnvelope
from .account_project_settings import AccountProjectSettings
from .account_project_settings_envelope import AccountProjectSettingsEnvelope
from .account_settings import AccountSettings
from .account_settings_envelope import AccountSettingsEnvelope
from .account_settings_weekstart import AccountSettingsWeekstart
from .address import Address
from .api_field import ApiField
from .api_field_envelope import ApiFieldEnvelope
from .api_field_list import ApiFieldList
from .api_field_type import ApiFieldType
from .api_field_value import ApiFieldValue
from .autonumbering_list import AutonumberingList
from .autonumbering_scheme import AutonumberingScheme
from .billing_template import BillingTemplate
from .billing_template_envelope import BillingTemplateEnvelope
from .billing_template_list import BillingTemplateList
from .bookmark import Bookmark
from .bookmark_envelope import BookmarkEnvelope
from .bookmark_list import BookmarkList
from .companies_create_body import CompaniesCreateBody
from .companies_create_body_type import CompaniesCreateBodyType
from .companies_list_client_sortby import CompaniesListClientSortby
from .companies_list_contractor_sortby import CompaniesListContractorSortby
from .companies_list_sortby import CompaniesListSortby
from .companies_list_staff_sortby import CompaniesListStaffSortby
from .companies_list_type import CompaniesListType
from .companies_update_body import CompaniesUpdateBody
from .company import Company
from .company_apifields_item import CompanyApifieldsItem
from .company_contacts_create_body import CompanyContactsCreateBody
from .company_contacts_list_sortby import CompanyContactsListSortby
from .company_envelope import CompanyEnvelope
from .company_event_payload import CompanyEventPayload
from .company_invoices_list_sortby import CompanyInvoicesListSortby
from .company_invoices_list_status import CompanyInvoicesListStatus
from .company_invoices_list_subtotalsdateoption import CompanyInvoicesListSubtotalsdateoption
from .company_invoices_list_taxable import CompanyInvoicesListTaxable
from .company_list import CompanyList
from .company_notes_create_body import CompanyNotesCreateBody
from .company_notes_list_sortby import CompanyNotesListSortby
from .company_projects_create_body import CompanyProjectsCreateBody
from .company_projects_list_accountedfor import CompanyProjectsListAccountedfor
from .company_projects_list_invoiced import CompanyProjectsListInvoiced
from .company_projects_list_paid import CompanyProjectsListPaid
from .company_projects_list_sortby import CompanyProjectsListSortby
from .company_projects_list_status import CompanyProjectsListStatus
from .company_projects_list_timebillable import CompanyProjectsListTimebillable
from .company_quotes_list_sortby import CompanyQuotesListSortby
from .company_quotes_list_status import CompanyQuotesListStatus
from .company_quotes_list_subtotalsdateoption import CompanyQuotesListSubtotalsdateoption
from .company_quotes_list_taxable import CompanyQuotesListTaxable
from .company_quotes_list_type import CompanyQuotesListType
from .company_summary import CompanySummary
from .company_tags_update_body import CompanyTagsUpdateBody
from .company_tasks_list_billable import CompanyTasksListBillable
from .company_tasks_list_dependentstatus import CompanyTasksListDependentstatus
from .company_tasks_list_projectstatus import CompanyTasksListProjectstatus
from .company_tasks_list_sortby import CompanyTasksListSortby
from .company_tasks_list_status import CompanyTasksListStatus
from .company_tasks_list_type import CompanyTasksListType
from .company_time_list_billable import CompanyTimeListBillable
from .company_time_list_sortby import CompanyTimeListSortby
from .company_type import CompanyType
from .contact import Contact
from .contact_apifields_item import ContactApifieldsItem
from .contact_envelope import ContactEnvelope
from .contact_event_payload import ContactEventPayload
from .contact_groups_update_body import ContactGroupsUpdateBody
from .contact_list import ContactList
from .contact_location import ContactLocation
from .contact_location_list import ContactLocationList
from .contact_location_update_body import ContactLocationUpdateBody
from .contact_notes_create_body import ContactNotesCreateBody
from .contact_notes_list_sortby import ContactNotesListSortby
from .contact_permissions_check_permissionsetting import ContactPermissionsCheckPermissionsetting
from .contact_projects_create_body import ContactProjectsCreateBody
from .contact_projects_list_accountedfor import ContactProjectsListAccountedfor
from .contact_projects_list_invoiced import ContactProjectsListInvoiced
from .contact_projects_list_paid import ContactProjectsListPaid
from .contact_projects_list_sortby import ContactProjectsListSortby
from .contact_projects_list_status import ContactProjectsListStatus
from .contact_projects_list_timebillable import ContactProjectsListTimebillable
from .contact_ref import ContactRef
from .contact_roles_update_body import ContactRolesUpdateBody
from .contact_summary import ContactSummary
from .contact_tag_envelope import ContactTagEnvelope
from .contact_tags_update_body import ContactTagsUpdateBody
from .contact_tasks_list_billable import ContactTasksListBillable
from .contact_tasks_list_dependentstatus import ContactTasksListDependentstatus
from .contact_tasks_list_projectstatus import ContactTasksListProjectstatus
from .contact_tasks_list_sortby import ContactTasksListSortby
from .contact_tasks_list_status import ContactTasksListStatus
from .contact_tasks_list_type import ContactTasksListType
from .contact_time_list_billable import ContactTimeListBillable
from .contact_time_list_sortby import ContactTimeListSortby
from .contact_type import ContactType
from .contacts_create_body import ContactsCreateBody
from .contacts_create_body_type import ContactsCreateBodyType
from .contacts_list_client_sortby import ContactsListClientSortby
from .contacts_list_contractor_sortby import ContactsListContractorSortby
from .contacts_list_sortby import ContactsListSortby
from .contacts_list_staff_sortby import ContactsListStaffSortby
from .contacts_list_type import ContactsListType
from .contacts_request_access_body import ContactsRequestAccessBody
from .contacts_request_access_body_type import ContactsRequestAccessBodyType
from .contacts_update_body import ContactsUpdateBody
from .custom_field_value import CustomFieldValue
from .division import Division
from .division_envelope import DivisionEnvelope
from .division_list import DivisionList
from .error_envelope import ErrorEnvelope
from .event import Event
from .event_envelope import EventEnvelope
from .event_list import EventList
from .events_create_body import EventsCreateBody
from .events_list_sortby import EventsListSortby
from .events_update_body import EventsUpdateBody
from .expense import Expense
from .expense_envelope import ExpenseEnvelope
from .expense_list import ExpenseList
from .expense_project import ExpenseProject
from .expenses_create_body import ExpensesCreateBody
from .expenses_list_invoiced import ExpensesListInvoiced
from .expenses_list_projectstatus import ExpensesListProjectstatus
from .expenses_list_sortby import ExpensesListSortby
from .expenses_list_taxable import ExpensesListTaxable
from .expenses_update_body import ExpensesUpdateBody
from .field_value import FieldValue
from .file import File
from .file_contacts_type_0 import FileContactsType0
from .file_envelope import FileEnvelope
from .file_event_payload import FileEventPayload
from .file_folder import FileFolder
from .file_list import FileList
from .file_project import FileProject
from .file_task import FileTask
from .files_create_body import FilesCreateBody
from .files_list_projectstatus import FilesListProjectstatus
from .files_list_sortby import FilesListSortby
from .files_list_taskstatus import FilesListTaskstatus
from .fixed_cost_item import FixedCostItem
from .fixed_cost_item_list import FixedCostItemList
from .folder import Folder
from .folder_contacts_type_0 import FolderContactsType0
from .folder_envelope import FolderEnvelope
from .folder_list import FolderList
from .folder_project import FolderProject
from .folders_create_body import FoldersCreateBody
from .folders_list_projectstatus import FoldersListProjectstatus
from .folders_list_sortby import FoldersListSortby
from .group import Group
from .group_envelope import GroupEnvelope
from .group_list import GroupList
from .hourly_rate_list import HourlyRateList
from .invoice import Invoice
from .invoice_envelope import InvoiceEnvelope
from .invoice_event_payload import InvoiceEventPayload
from .invoice_line import InvoiceLine
from .invoice_line_envelope import InvoiceLineEnvelope
from .invoice_line_input import InvoiceLineInput
from .invoice_line_input_type import InvoiceLineInputType
from .invoice_line_list import InvoiceLineList
from .invoice_line_type import InvoiceLineType
from .invoice_lines_create_body import InvoiceLinesCreateBody
from .invoice_lines_create_body_type import InvoiceLinesCreateBodyType
from .invoice_lines_update_body import InvoiceLinesUpdateBody
from .invoice_list import InvoiceList
from .invoice_status import InvoiceStatus
from .invoice_totals import InvoiceTotals
from .invoice_xero import InvoiceXero
from .invoices_create_body import InvoicesCreateBody
from .invoices_list_overdue_sortby import InvoicesListOverdueSortby
from .invoices_list_overdue_subtotalsdateoption import InvoicesListOverdueSubtotalsdateoption
from .invoices_list_overdue_taxable import InvoicesListOverdueTaxable
from .invoices_list_projectstatus import InvoicesListProjectstatus
from .invoices_list_sortby import InvoicesListSortby
from .invoices_list_status import InvoicesListStatus
from .invoices_list_subtotalsdateoption import InvoicesListSubtotalsdateoption
from .invoices_list_taxable import InvoicesListTaxable
from .invoices_mark_as_paid_body import InvoicesMarkAsPaidBody
from .invoices_mark_as_unpaid_body import InvoicesMarkAsUnpaidBody
from .invoices_update_body import InvoicesUpdateBody
from .invoices_update_body_status import InvoicesUpdateBodyStatus
from .keyword_me import KeywordMe
from .keyword_me_all import KeywordMeAll
from .keyword_me_unassigned_all import KeywordMeUnassignedAll
from .location import Location
from .location_envelope import LocationEnvelope
from .login_result import LoginResult
from .look_and_feel import LookAndFeel
from .look_and_feel_envelope import LookAndFeelEnvelope
from .match_mode import MatchMode
from .me_update_body import MeUpdateBody
from .message import Message
from .message_author import MessageAuthor
from .message_envelope import MessageEnvelope
from .message_event_payload import MessageEventPayload
from .message_files_item import MessageFilesItem
from .message_list import MessageList
from .messages_create_body import MessagesCreateBody
from .messages_list_projectstatus import MessagesListProjectstatus
from .messages_list_sortby import MessagesListSortby
from .messages_list_taskstatus import MessagesListTaskstatus
from .messages_update_body import MessagesUpdateBody
from .named_ref import NamedRef
from .note import Note
from .note_category import NoteCategory
from .note_envelope import NoteEnvelope
from .note_list import NoteList
from .notes_create_body import NotesCreateBody
from .notes_list_sortby import NotesListSortby
from .notes_update_body import NotesUpdateBody
from .over_under import OverUnder
from .permission import Permission
from .permission_envelope import PermissionEnvelope
from .permission_list import PermissionList
from .project import Project
from .project_access import ProjectAccess
from .project_access_envelope import ProjectAccessEnvelope
from .project_autonumbering import ProjectAutonumbering
from .project_autonumbering_list import ProjectAutonumberingList
from .project_bookmarks_create_body import ProjectBookmarksCreateBody
from .project_bookmarks_list_sortby import ProjectBookmarksListSortby
from .project_bookmarks_update_body import ProjectBookmarksUpdateBody
from .project_category import ProjectCategory
from .project_category_envelope import ProjectCategoryEnvelope
from .project_category_list import ProjectCategoryList
from .project_contacts_list_sortby import ProjectContactsListSortby
from .project_contacts_update_body import ProjectContactsUpdateBody
from .project_custom_field import ProjectCustomField
from .project_custom_field_list import ProjectCustomFieldList
from .project_custom_status import ProjectCustomStatus
from .project_custom_status_envelope import ProjectCustomStatusEnvelope
from .project_custom_status_list import ProjectCustomStatusList
from .project_envelope import ProjectEnvelope
from .project_event_payload import ProjectEventPayload
from .project_expenses_create_body import ProjectExpensesCreateBody
from .project_expenses_list_invoiced import ProjectExpensesListInvoiced
from .project_expenses_list_projectstatus import ProjectExpensesListProjectstatus
from .project_expenses_list_sortby import ProjectExpensesListSortby
from .project_expenses_list_taxable import ProjectExpensesListTaxable
from .project_files_create_body import ProjectFilesCreateBody
from .project_files_list_projectstatus import ProjectFilesListProjectstatus
from .project_files_list_sortby import ProjectFilesListSortby
from .project_files_list_taskstatus import ProjectFilesListTaskstatus
from .project_invoices_create_body import ProjectInvoicesCreateBody
from .project_invoices_list_projectstatus import ProjectInvoicesListProjectstatus
from .project_invoices_list_sortby import ProjectInvoicesListSortby
from .project_invoices_list_status import ProjectInvoicesListStatus
from .project_invoices_list_subtotalsdateoption import ProjectInvoicesListSubtotalsdateoption
from .project_invoices_list_taxable import ProjectInvoicesListTaxable
from .project_list import ProjectList
from .project_messages_create_body import ProjectMessagesCreateBody
from .project_messages_list_projectstatus import ProjectMessagesListProjectstatus
from .project_messages_list_sortby import ProjectMessagesListSortby
from .project_messages_list_taskstatus import ProjectMessagesListTaskstatus
from .project_quotes_list_sortby import ProjectQuotesListSortby
from .project_quotes_list_status import ProjectQuotesListStatus
from .project_quotes_list_subtotalsdateoption import ProjectQuotesListSubtotalsdateoption
from .project_quotes_list_taxable import ProjectQuotesListTaxable
from .project_quotes_list_type import ProjectQuotesListType
from .project_ref import ProjectRef
from .project_request import ProjectRequest
from .project_request_envelope import ProjectRequestEnvelope
from .project_request_event_payload import ProjectRequestEventPayload
from .project_request_list import ProjectRequestList
from .project_request_status import ProjectRequestStatus
from .project_requests_approve_body import ProjectRequestsApproveBody
from .project_requests_create_body import ProjectRequestsCreateBody
from .project_requests_decline_body import ProjectRequestsDeclineBody
from .project_requests_list_clienttype import ProjectRequestsListClienttype
from .project_requests_list_sortby import ProjectRequestsListSortby
from .project_requests_update_body import ProjectRequestsUpdateBody
from .project_settings import ProjectSettings
from .project_settings_envelope import ProjectSettingsEnvelope
from .project_settings_update_body import ProjectSettingsUpdateBody
from .project_shared_notes_list_sortby import ProjectSharedNotesListSortby
from .project_tag import ProjectTag
from .project_tag_envelope import ProjectTagEnvelope
from .project_tag_list import ProjectTagList
from .project_tasks_create_body import ProjectTasksCreateBody
from .project_tasks_list_billable import ProjectTasksListBillable
from .project_tasks_list_dependentstatus import ProjectTasksListDependentstatus
from .project_tasks_list_projectstatus import ProjectTasksListProjectstatus
from .project_tasks_list_sortby import ProjectTasksListSortby
from .project_tasks_list_status import ProjectTasksListStatus
from .project_tasks_list_type import ProjectTasksListType
from .project_template import ProjectTemplate
from .project_template_envelope import ProjectTemplateEnvelope
from .project_template_list import ProjectTemplateList
from .project_time_list_billable import ProjectTimeListBillable
from .project_time_list_sortby import ProjectTimeListSortby
from .project_type import ProjectType
from .projects_adjust_dates_body import ProjectsAdjustDatesBody
from .projects_adjust_dates_body_dates import ProjectsAdjustDatesBodyDates
from .projects_adjust_dates_body_taskdates import ProjectsAdjustDatesBodyTaskdates
from .projects_adjust_dates_body_tasks import ProjectsAdjustDatesBodyTasks
from .projects_complete_body import ProjectsCompleteBody
from .projects_create_body import ProjectsCreateBody
from .projects_list_accountedfor import ProjectsListAccountedfor
from .projects_list_invoiced import ProjectsListInvoiced
from .projects_list_overdue_accountedfor import ProjectsListOverdueAccountedfor
from .projects_list_overdue_invoiced import ProjectsListOverdueInvoiced
from .projects_list_overdue_paid import ProjectsListOverduePaid
from .projects_list_overdue_sortby import ProjectsListOverdueSortby
from .projects_list_overdue_timebillable import ProjectsListOverdueTimebillable
from .projects_list_overtime_accountedfor import ProjectsListOvertimeAccountedfor
from .projects_list_overtime_invoiced import ProjectsListOvertimeInvoiced
from .projects_list_overtime_paid import ProjectsListOvertimePaid
from .projects_list_overtime_sortby import ProjectsListOvertimeSortby
from .projects_list_overtime_status import ProjectsListOvertimeStatus
from .projects_list_overtime_timebillable import ProjectsListOvertimeTimebillable
from .projects_list_paid import ProjectsListPaid
from .projects_list_sortby import ProjectsListSortby
from .projects_list_status import ProjectsListStatus
from .projects_list_timebillable import ProjectsListTimebillable
from .projects_reactivate_body import ProjectsReactivateBody
from .projects_update_body import ProjectsUpdateBody
from .quote import Quote
from .quote_apifields_item import QuoteApifieldsItem
from .quote_envelope import QuoteEnvelope
from .quote_event_payload import QuoteEventPayload
from .quote_line import QuoteLine
from .quote_line_envelope import QuoteLineEnvelope
from .quote_line_input import QuoteLineInput
from .quote_line_input_type import QuoteLineInputType
from .quote_line_list import QuoteLineList
from .quote_line_type import QuoteLineType
from .quote_lines_create_body import QuoteLinesCreateBody
from .quote_lines_create_body_type import QuoteLinesCreateBodyType
from .quote_lines_list_all_sortby import QuoteLinesListAllSortby
from .quote_lines_list_all_type import QuoteLinesListAllType
from .quote_lines_update_body import QuoteLinesUpdateBody
from .quote_list import QuoteList
from .quote_project import QuoteProject
from .quote_settings import QuoteSettings
from .quote_settings_envelope import QuoteSettingsEnvelope
from .quote_settings_type import QuoteSettingsType
from .quote_status import QuoteStatus
from .quote_type import QuoteType
from .quotes_approve_body import QuotesApproveBody
from .quotes_create_body import QuotesCreateBody
from .quotes_create_body_type import QuotesCreateBodyType
from .quotes_create_in_project_body import QuotesCreateInProjectBody
from .quotes_create_in_project_body_type import QuotesCreateInProjectBodyType
from .quotes_decline_body import QuotesDeclineBody
from .quotes_list_projectstatus import QuotesListProjectstatus
from .quotes_list_sortby import QuotesListSortby
from .quotes_list_status import QuotesListStatus
from .quotes_list_subtotalsdateoption import QuotesListSubtotalsdateoption
from .quotes_list_taxable import QuotesListTaxable
from .quotes_list_type import QuotesListType
from .quotes_mark_as_pending_body import QuotesMarkAsPendingBody
from .quotes_update_body import QuotesUpdateBody
from .quotes_update_body_type import QuotesUpdateBodyType
from .role import Role
from .role_envelope import RoleEnvelope
from .role_list import RoleList
from .service_rate import ServiceRate
from .service_rate_list import ServiceRateList
from .settings_apifields_create_body import SettingsApifieldsCreateBody
from .settings_apifields_create_body_type import SettingsApifieldsCreateBodyType
from .settings_apifields_list_sortby import SettingsApifieldsListSortby
from .settings_apifields_list_type import SettingsApifieldsListType
from .settings_apifields_update_body import SettingsApifieldsUpdateBody
from .settings_contact_divisions_list_sortby import SettingsContactDivisionsListSortby
from .settings_contact_divisions_update_body import SettingsContactDivisionsUpdateBody
from .settings_contact_groups_create_body import SettingsContactGroupsCreateBody
from .settings_contact_groups_list_sortby import SettingsContactGroupsListSortby
from .settings_contact_groups_update_body import SettingsContactGroupsUpdateBody
from .settings_contact_permissions_list_sortby import SettingsContactPermissionsListSortby
from .settings_contact_roles_list_sortby import SettingsContactRolesListSortby
from .settings_contact_tags_create_body import SettingsContactTagsCreateBody
from .settings_contact_tags_list_sortby import SettingsContactTagsListSortby
from .settings_contact_tags_update_body import SettingsContactTagsUpdateBody
from .settings_contact_teams_create_body import SettingsContactTeamsCreateBody
from .settings_contact_teams_list_sortby import SettingsContactTeamsListSortby
from .settings_contact_teams_update_body import SettingsContactTeamsUpdateBody
from .settings_fixed_cost_items_create_body import SettingsFixedCostItemsCreateBody
from .settings_fixed_cost_items_list_sortby import SettingsFixedCostItemsListSortby
from .settings_invoice_autonumbering_list_sortby import SettingsInvoiceAutonumberingListSortby
from .settings_invoice_hourly_rates_list_sortby import SettingsInvoiceHourlyRatesListSortby
from .settings_invoice_staff_rates_list_sortby import SettingsInvoiceStaffRatesListSortby
from .settings_invoice_templates_list_sortby import SettingsInvoiceTemplatesListSortby
from .settings_note_categories_create_body import SettingsNoteCategoriesCreateBody
from .settings_note_categories_list_sortby import SettingsNoteCategoriesListSortby
from .settings_note_categories_update_body import SettingsNoteCategoriesUpdateBody
from .settings_note_category import SettingsNoteCategory
from .settings_note_category_envelope import SettingsNoteCategoryEnvelope
from .settings_note_category_list import SettingsNoteCategoryList
from .settings_project_autonumbering_list_sortby import SettingsProjectAutonumberingListSortby
from .settings_project_categories_create_body import SettingsProjectCategoriesCreateBody
from .settings_project_categories_list_sortby import SettingsProjectCategoriesListSortby
from .settings_project_categories_update_body import SettingsProjectCategoriesUpdateBody
from .settings_project_custom_fields_list_sortby import SettingsProjectCustomFieldsListSortby
from .settings_project_custom_statuses_create_body import SettingsProjectCustomStatusesCreateBody
from .settings_project_custom_statuses_list_sortby import SettingsProjectCustomStatusesListSortby
from .settings_project_custom_statuses_update_body import SettingsProjectCustomStatusesUpdateBody
from .settings_project_tags_create_body import SettingsProjectTagsCreateBody
from .settings_project_tags_list_sortby import SettingsProjectTagsListSortby
from .settings_project_tags_update_body import SettingsProjectTagsUpdateBody
from .settings_project_templates_list_sortby import SettingsProjectTemplatesListSortby
from .settings_quote_autonumbering_list_sortby import SettingsQuoteAutonumberingListSortby
from .settings_quote_hourly_rates_list_sortby import SettingsQuoteHourlyRatesListSortby
from .settings_quote_staff_rates_list_sortby import SettingsQuoteStaffRatesListSortby
from .settings_quote_templates_list_sortby import SettingsQuoteTemplatesListSortby
from .settings_service_rates_list_sortby import SettingsServiceRatesListSortby
from .settings_staff_rates_list_sortby import SettingsStaffRatesListSortby
from .settings_task_categories_create_body import SettingsTaskCategoriesCreateBody
from .settings_task_categories_list_sortby import SettingsTaskCategoriesListSortby
from .settings_task_categories_update_body import SettingsTaskCategoriesUpdateBody
from .settings_task_category import SettingsTaskCategory
from .settings_task_category_envelope import SettingsTaskCategoryEnvelope
from .settings_task_category_list import SettingsTaskCategoryList
from .settings_task_tag_envelope import SettingsTaskTagEnvelope
from .settings_task_tags_create_body import SettingsTaskTagsCreateBody
from .settings_task_tags_list_sortby import SettingsTaskTagsListSortby
from .settings_task_tags_update_body import SettingsTaskTagsUpdateBody
from .settings_task_template import SettingsTaskTemplate
from .settings_task_template_envelope import SettingsTaskTemplateEnvelope
from .settings_task_template_list import SettingsTaskTemplateList
from .settings_task_template_task import SettingsTaskTemplateTask
from .settings_task_template_task_envelope import SettingsTaskTemplateTaskEnvelope
from .settings_task_template_task_list import SettingsTaskTemplateTaskList
from .settings_task_template_tasks_create_body import SettingsTaskTemplateTasksCreateBody
from .settings_task_template_tasks_list_sortby import SettingsTaskTemplateTasksListSortby
from .settings_task_template_tasks_update_body import SettingsTaskTemplateTasksUpdateBody
from .settings_task_templates_create_body import SettingsTaskTemplatesCreateBody
from .settings_task_templates_list_sortby import SettingsTaskTemplatesListSortby
from .settings_task_templates_update_body import SettingsTaskTemplatesUpdateBody
from .shared_note import SharedNote
from .shared_note_author import SharedNoteAuthor
from .shared_note_envelope import SharedNoteEnvelope
from .shared_note_event_payload import SharedNoteEventPayload
from .shared_note_list import SharedNoteList
from .shared_note_project import SharedNoteProject
from .shared_notes_create_body import SharedNotesCreateBody
from .shared_notes_create_in_project_body import SharedNotesCreateInProjectBody
from .shared_notes_list_projectstatus import SharedNotesListProjectstatus
from .shared_notes_list_sortby import SharedNotesListSortby
from .shared_notes_update_body import SharedNotesUpdateBody
from .simple_result import SimpleResult
from .simple_result_status import SimpleResultStatus
from .sort_order import SortOrder
from .staff_rate import StaffRate
from .staff_rate_list import StaffRateList
from .subtotal import Subtotal
from .tag import Tag
from .tag_list import TagList
from .task import Task
from .task_adjust_dates_body import TaskAdjustDatesBody
from .task_adjust_dates_body_dates import TaskAdjustDatesBodyDates
from .task_complete_body import TaskCompleteBody
from .task_contacts_list_sortby import TaskContactsListSortby
from .task_contacts_update_body import TaskContactsUpdateBody
from .task_dependentstatus import TaskDependentstatus
from .task_envelope import TaskEnvelope
from .task_event_payload import TaskEventPayload
from .task_files_create_body import TaskFilesCreateBody
from .task_files_list_projectstatus import TaskFilesListProjectstatus
from .task_files_list_sortby import TaskFilesListSortby
from .task_files_list_taskstatus import TaskFilesListTaskstatus
from .task_list import TaskList
from .task_messages_list_projectstatus import TaskMessagesListProjectstatus
from .task_messages_list_sortby import TaskMessagesListSortby
from .task_messages_list_taskstatus import TaskMessagesListTaskstatus
from .task_reactivate_body import TaskReactivateBody
from .task_time_create_body import TaskTimeCreateBody
from .task_time_list_billable import TaskTimeListBillable
from .task_time_list_sortby import TaskTimeListSortby
from .task_timer_body import TaskTimerBody
from .tasks_bulk_delete_body import TasksBulkDeleteBody
from .tasks_create_body import TasksCreateBody
from .tasks_list_billable import TasksListBillable
from .tasks_list_dependentstatus import TasksListDependentstatus
from .tasks_list_overdue_billable import TasksListOverdueBillable
from .tasks_list_overdue_dependentstatus import TasksListOverdueDependentstatus
from .tasks_list_overdue_projectstatus import TasksListOverdueProjectstatus
from .tasks_list_overdue_sortby import TasksListOverdueSortby
from .tasks_list_overdue_type import TasksListOverdueType
from .tasks_list_overtime_billable import TasksListOvertimeBillable
from .tasks_list_overtime_dependentstatus import TasksListOvertimeDependentstatus
from .tasks_list_overtime_projectstatus import TasksListOvertimeProjectstatus
from .tasks_list_overtime_sortby import TasksListOvertimeSortby
from .tasks_list_overtime_status import TasksListOvertimeStatus
from .tasks_list_overtime_type import TasksListOvertimeType
from .tasks_list_projectstatus import TasksListProjectstatus
from .tasks_list_sortby import TasksListSortby
from .tasks_list_status import TasksListStatus
from .tasks_list_type import TasksListType
from .tasks_update_body import TasksUpdateBody
from .team import Team
from .team_envelope import TeamEnvelope
from .team_list import TeamList
from .time_create_body import TimeCreateBody
from .time_list_billable import TimeListBillable
from .time_list_sortby import TimeListSortby
from .time_record import TimeRecord
from .time_record_envelope import TimeRecordEnvelope
from .time_record_event_payload import TimeRecordEventPayload
from .time_record_list import TimeRecordList
from .time_update_body import TimeUpdateBody
from .timer import Timer
from .timer_list import TimerList
from .webhook import Webhook
from .webhook_deleted_item_payload import WebhookDeletedItemPayload
from .webhook_envelope import WebhookEnvelope
from .webhook_event import WebhookEvent
from .webhook_event_group import WebhookEventGroup
from .webhook_list import WebhookList
from .webhook_request import WebhookRequest
from .webhook_request_list import WebhookRequestList
from .webhook_request_status import WebhookRequestStatus
from .webhooks_create_body import WebhooksCreateBody
from .webhooks_requests_list_status import WebhooksRequestsListStatus
from .webhooks_update_body import WebhooksUpdateBody
from .workload_contact import WorkloadContact
from .workload_day import WorkloadDay
from .workload_get_mode import WorkloadGetMode
from .workload_list import WorkloadList
from .workload_list_mode import WorkloadListMode
from .write_result import WriteResult
from .write_result_item import WriteResultItem

__all__ = (
    "AccountLicense",
    "AccountLicenseEnvelope",
    "AccountPlan",
    "AccountPlanBillingcycle",
    "AccountPlanEnvelope",
    "AccountProjectSettings",
    "AccountProjectSettingsEnvelope",
    "AccountSettings",
    "AccountSettingsEnvelope",
    "AccountSettingsWeekstart",
    "Address",
    "ApiField",
    "ApiFieldEnvelope",
    "ApiFieldList",
    "ApiFieldType",
    "ApiFieldValue",
    "AutonumberingList",
    "AutonumberingScheme",
    "BillingTemplate",
    "BillingTemplateEnvelope",
    "BillingTemplateList",
    "Bookmark",
    "BookmarkEnvelope",
    "BookmarkList",
    "CompaniesCreateBody",
    "CompaniesCreateBodyType",
    "CompaniesListClientSortby",
    "CompaniesListContractorSortby",
    "CompaniesListSortby",
    "CompaniesListStaffSortby",
    "CompaniesListType",
    "CompaniesUpdateBody",
    "Company",
    "CompanyApifieldsItem",
    "CompanyContactsCreateBody",
    "CompanyContactsListSortby",
    "CompanyEnvelope",
    "CompanyEventPayload",
    "CompanyInvoicesListSortby",
    "CompanyInvoicesListStatus",
    "CompanyInvoicesListSubtotalsdateoption",
    "CompanyInvoicesListTaxable",
    "CompanyList",
    "CompanyNotesCreateBody",
    "CompanyNotesListSortby",
    "CompanyProjectsCreateBody",
    "CompanyProjectsListAccountedfor",
    "CompanyProjectsListInvoiced",
    "CompanyProjectsListPaid",
    "CompanyProjectsListSortby",
    "CompanyProjectsListStatus",
    "CompanyProjectsListTimebillable",
    "CompanyQuotesListSortby",
    "CompanyQuotesListStatus",
    "CompanyQuotesListSubtotalsdateoption",
    "CompanyQuotesListTaxable",
    "CompanyQuotesListType",
    "CompanySummary",
    "CompanyTagsUpdateBody",
    "CompanyTasksListBillable",
    "CompanyTasksListDependentstatus",
    "CompanyTasksListProjectstatus",
    "CompanyTasksListSortby",
    "CompanyTasksListStatus",
    "CompanyTasksListType",
    "CompanyTimeListBillable",
    "CompanyTimeListSortby",
    "CompanyType",
    "Contact",
    "ContactApifieldsItem",
    "ContactEnvelope",
    "ContactEventPayload",
    "ContactGroupsUpdateBody",
    "ContactList",
    "ContactLocation",
    "ContactLocationList",
    "ContactLocationUpdateBody",
    "ContactNotesCreateBody",
    "ContactNotesListSortby",
    "ContactPermissionsCheckPermissionsetting",
    "ContactProjectsCreateBody",
    "ContactProjectsListAccountedfor",
    "ContactProjectsListInvoiced",
    "ContactProjectsListPaid",
    "ContactProjectsListSortby",
    "ContactProjectsListStatus",
    "ContactProjectsListTimebillable",
    "ContactRef",
    "ContactRolesUpdateBody",
    "ContactsCreateBody",
    "ContactsCreateBodyType",
    "ContactsListClientSortby",
    "ContactsListContractorSortby",
    "ContactsListSortby",
    "ContactsListStaffSortby",
    "ContactsListType",
    "ContactsRequestAccessBody",
    "ContactsRequestAccessBodyType",
    "ContactSummary",
    "ContactsUpdateBody",
    "ContactTagEnvelope",
    "ContactTagsUpdateBody",
    "ContactTasksListBillable",
    "ContactTasksListDependentstatus",
    "ContactTasksListProjectstatus",
    "ContactTasksListSortby",
    "ContactTasksListStatus",
    "ContactTasksListType",
    "ContactTimeListBillable",
    "ContactTimeListSortby",
    "ContactType",
    "CustomFieldValue",
    "Division",
    "DivisionEnvelope",
    "DivisionList",
    "ErrorEnvelope",
    "Event",
    "EventEnvelope",
    "EventList",
    "EventsCreateBody",
    "EventsListSortby",
    "EventsUpdateBody",
    "Expense",
    "ExpenseEnvelope",
    "ExpenseList",
    "ExpenseProject",
    "ExpensesCreateBody",
    "ExpensesListInvoiced",
    "ExpensesListProjectstatus",
    "ExpensesListSortby",
    "ExpensesListTaxable",
    "ExpensesUpdateBody",
    "FieldValue",
    "File",
    "FileContactsType0",
    "FileEnvelope",
    "FileEventPayload",
    "FileFolder",
    "FileList",
    "FileProject",
    "FilesCreateBody",
    "FilesListProjectstatus",
    "FilesListSortby",
    "FilesListTaskstatus",
    "FileTask",
    "FixedCostItem",
    "FixedCostItemList",
    "Folder",
    "FolderContactsType0",
    "FolderEnvelope",
    "FolderList",
    "FolderProject",
    "FoldersCreateBody",
    "FoldersListProjectstatus",
    "FoldersListSortby",
    "Group",
    "GroupEnvelope",
    "GroupList",
    "HourlyRateList",
    "Invoice",
    "InvoiceEnvelope",
    "InvoiceEventPayload",
    "InvoiceLine",
    "InvoiceLineEnvelope",
    "InvoiceLineInput",
    "InvoiceLineInputType",
    "InvoiceLineList",
    "InvoiceLinesCreateBody",
    "InvoiceLinesCreateBodyType",
    "InvoiceLinesUpdateBody",
    "InvoiceLineType",
    "InvoiceList",
    "InvoicesCreateBody",
    "InvoicesListOverdueSortby",
    "InvoicesListOverdueSubtotalsdateoption",
    "InvoicesListOverdueTaxable",
    "InvoicesListProjectstatus",
    "InvoicesListSortby",
    "InvoicesListStatus",
    "InvoicesListSubtotalsdateoption",
    "InvoicesListTaxable",
    "InvoicesMarkAsPaidBody",
    "InvoicesMarkAsUnpaidBody",
    "InvoiceStatus",
    "InvoicesUpdateBody",
    "InvoicesUpdateBodyStatus",
    "InvoiceTotals",
    "InvoiceXero",
    "KeywordMe",
    "KeywordMeAll",
    "KeywordMeUnassignedAll",
    "Location",
    "LocationEnvelope",
    "LoginResult",
    "LookAndFeel",
    "LookAndFeelEnvelope",
    "MatchMode",
    "Message",
    "MessageAuthor",
    "MessageEnvelope",
    "MessageEventPayload",
    "MessageFilesItem",
    "MessageList",
    "MessagesCreateBody",
    "MessagesListProjectstatus",
    "MessagesListSortby",
    "MessagesListTaskstatus",
    "MessagesUpdateBody",
    "MeUpdateBody",
    "NamedRef",
    "Note",
    "NoteCategory",
    "NoteEnvelope",
    "NoteList",
    "NotesCreateBody",
    "NotesListSortby",
    "NotesUpdateBody",
    "OverUnder",
    "Permission",
    "PermissionEnvelope",
    "PermissionList",
    "Project",
    "ProjectAccess",
    "ProjectAccessEnvelope",
    "ProjectAutonumbering",
    "ProjectAutonumberingList",
    "ProjectBookmarksCreateBody",
    "ProjectBookmarksListSortby",
    "ProjectBookmarksUpdateBody",
    "ProjectCategory",
    "ProjectCategoryEnvelope",
    "ProjectCategoryList",
    "ProjectContactsListSortby",
    "ProjectContactsUpdateBody",
    "ProjectCustomField",
    "ProjectCustomFieldList",
    "ProjectCustomStatus",
    "ProjectCustomStatusEnvelope",
    "ProjectCustomStatusList",
    "ProjectEnvelope",
    "ProjectEventPayload",
    "ProjectExpensesCreateBody",
    "ProjectExpensesListInvoiced",
    "ProjectExpensesListProjectstatus",
    "ProjectExpensesListSortby",
    "ProjectExpensesListTaxable",
    "ProjectFilesCreateBody",
    "ProjectFilesListProjectstatus",
    "ProjectFilesListSortby",
    "ProjectFilesListTaskstatus",
    "ProjectInvoicesCreateBody",
    "ProjectInvoicesListProjectstatus",
    "ProjectInvoicesListSortby",
    "ProjectInvoicesListStatus",
    "ProjectInvoicesListSubtotalsdateoption",
    "ProjectInvoicesListTaxable",
    "ProjectList",
    "ProjectMessagesCreateBody",
    "ProjectMessagesListProjectstatus",
    "ProjectMessagesListSortby",
    "ProjectMessagesListTaskstatus",
    "ProjectQuotesListSortby",
    "ProjectQuotesListStatus",
    "ProjectQuotesListSubtotalsdateoption",
    "ProjectQuotesListTaxable",
    "ProjectQuotesListType",
    "ProjectRef",
    "ProjectRequest",
    "ProjectRequestEnvelope",
    "ProjectRequestEventPayload",
    "ProjectRequestList",
    "ProjectRequestsApproveBody",
    "ProjectRequestsCreateBody",
    "ProjectRequestsDeclineBody",
    "ProjectRequestsListClienttype",
    "ProjectRequestsListSortby",
    "ProjectRequestStatus",
    "ProjectRequestsUpdateBody",
    "ProjectsAdjustDatesBody",
    "ProjectsAdjustDatesBodyDates",
    "ProjectsAdjustDatesBodyTaskdates",
    "ProjectsAdjustDatesBodyTasks",
    "ProjectsCompleteBody",
    "ProjectsCreateBody",
    "ProjectSettings",
    "ProjectSettingsEnvelope",
    "ProjectSettingsUpdateBody",
    "ProjectSharedNotesListSortby",
    "ProjectsListAccountedfor",
    "ProjectsListInvoiced",
    "ProjectsListOverdueAccountedfor",
    "ProjectsListOverdueInvoiced",
    "ProjectsListOverduePaid",
    "ProjectsListOverdueSortby",
    "ProjectsListOverdueTimebillable",
    "ProjectsListOvertimeAccountedfor",
    "ProjectsListOvertimeInvoiced",
    "ProjectsListOvertimePaid",
    "ProjectsListOvertimeSortby",
    "ProjectsListOvertimeStatus",
    "ProjectsListOvertimeTimebillable",
    "ProjectsListPaid",
    "ProjectsListSortby",
    "ProjectsListStatus",
    "ProjectsListTimebillable",
    "ProjectsReactivateBody",
    "ProjectsUpdateBody",
    "ProjectTag",
    "ProjectTagEnvelope",
    "ProjectTagList",
    "ProjectTasksCreateBody",
    "ProjectTasksListBillable",
    "ProjectTasksListDependentstatus",
    "ProjectTasksListProjectstatus",
    "ProjectTasksListSortby",
    "ProjectTasksListStatus",
    "ProjectTasksListType",
    "ProjectTemplate",
    "ProjectTemplateEnvelope",
    "ProjectTemplateList",
    "ProjectTimeListBillable",
    "ProjectTimeListSortby",
    "ProjectType",
    "Quote",
    "QuoteApifieldsItem",
    "QuoteEnvelope",
    "QuoteEventPayload",
    "QuoteLine",
    "QuoteLineEnvelope",
    "QuoteLineInput",
    "QuoteLineInputType",
    "QuoteLineList",
    "QuoteLinesCreateBody",
    "QuoteLinesCreateBodyType",
    "QuoteLinesListAllSortby",
    "QuoteLinesListAllType",
    "QuoteLinesUpdateBody",
    "QuoteLineType",
    "QuoteList",
    "QuoteProject",
    "QuotesApproveBody",
    "QuotesCreateBody",
    "QuotesCreateBodyType",
    "QuotesCreateInProjectBody",
    "QuotesCreateInProjectBodyType",
    "QuotesDeclineBody",
    "QuoteSettings",
    "QuoteSettingsEnvelope",
    "QuoteSettingsType",
    "QuotesListProjectstatus",
    "QuotesListSortby",
    "QuotesListStatus",
    "QuotesListSubtotalsdateoption",
    "QuotesListTaxable",
    "QuotesListType",
    "QuotesMarkAsPendingBody",
    "QuoteStatus",
    "QuotesUpdateBody",
    "QuotesUpdateBodyType",
    "QuoteType",
    "Role",
    "RoleEnvelope",
    "RoleList",
    "ServiceRate",
    "ServiceRateList",
    "SettingsApifieldsCreateBody",
    "SettingsApifieldsCreateBodyType",
    "SettingsApifieldsListSortby",
    "SettingsApifieldsListType",
    "SettingsApifieldsUpdateBody",
    "SettingsContactDivisionsListSortby",
    "SettingsContactDivisionsUpdateBody",
    "SettingsContactGroupsCreateBody",
    "SettingsContactGroupsListSortby",
    "SettingsContactGroupsUpdateBody",
    "SettingsContactPermissionsListSortby",
    "SettingsContactRolesListSortby",
    "SettingsContactTagsCreateBody",
    "SettingsContactTagsListSortby",
    "SettingsContactTagsUpdateBody",
    "SettingsContactTeamsCreateBody",
    "SettingsContactTeamsListSortby",
    "SettingsContactTeamsUpdateBody",
    "SettingsFixedCostItemsCreateBody",
    "SettingsFixedCostItemsListSortby",
    "SettingsInvoiceAutonumberingListSortby",
    "SettingsInvoiceHourlyRatesListSortby",
    "SettingsInvoiceStaffRatesListSortby",
    "SettingsInvoiceTemplatesListSortby",
    "SettingsNoteCategoriesCreateBody",
    "SettingsNoteCategoriesListSortby",
    "SettingsNoteCategoriesUpdateBody",
    "SettingsNoteCategory",
    "SettingsNoteCategoryEnvelope",
    "SettingsNoteCategoryList",
    "SettingsProjectAutonumberingListSortby",
    "SettingsProjectCategoriesCreateBody",
    "SettingsProjectCategoriesListSortby",
    "SettingsProjectCategoriesUpdateBody",
    "SettingsProjectCustomFieldsListSortby",
    "SettingsProjectCustomStatusesCreateBody",
    "SettingsProjectCustomStatusesListSortby",
    "SettingsProjectCustomStatusesUpdateBody",
    "SettingsProjectTagsCreateBody",
    "SettingsProjectTagsListSortby",
    "SettingsProjectTagsUpdateBody",
    "SettingsProjectTemplatesListSortby",
    "SettingsQuoteAutonumberingListSortby",
    "SettingsQuoteHourlyRatesListSortby",
    "SettingsQuoteStaffRatesListSortby",
    "SettingsQuoteTemplatesListSortby",
    "SettingsServiceRatesListSortby",
    "SettingsStaffRatesListSortby",
    "SettingsTaskCategoriesCreateBody",
    "SettingsTaskCategoriesListSortby",
    "SettingsTaskCategoriesUpdateBody",
    "SettingsTaskCategory",
    "SettingsTaskCategoryEnvelope",
    "SettingsTaskCategoryList",
    "SettingsTaskTagEnvelope",
    "SettingsTaskTagsCreateBody",
    "SettingsTaskTagsListSortby",
    "SettingsTaskTagsUpdateBody",
    "SettingsTaskTemplate",
    "SettingsTaskTemplateEnvelope",
    "SettingsTaskTemplateList",
    "SettingsTaskTemplatesCreateBody",
    "SettingsTaskTemplatesListSortby",
    "SettingsTaskTemplatesUpdateBody",
    "SettingsTaskTemplateTask",
    "SettingsTaskTemplateTaskEnvelope",
    "SettingsTaskTemplateTaskList",
    "SettingsTaskTemplateTasksCreateBody",
    "SettingsTaskTemplateTasksListSortby",
    "SettingsTaskTemplateTasksUpdateBody",
    "SharedNote",
    "SharedNoteAuthor",
    "SharedNoteEnvelope",
    "SharedNoteEventPayload",
    "SharedNoteList",
    "SharedNoteProject",
    "SharedNotesCreateBody",
    "SharedNotesCreateInProjectBody",
    "SharedNotesListProjectstatus",
    "SharedNotesListSortby",
    "SharedNotesUpdateBody",
    "SimpleResult",
    "SimpleResultStatus",
    "SortOrder",
    "StaffRate",
    "StaffRateList",
    "Subtotal",
    "Tag",
    "TagList",
    "Task",
    "TaskAdjustDatesBody",
    "TaskAdjustDatesBodyDates",
    "TaskCompleteBody",
    "TaskContactsListSortby",
    "TaskContactsUpdateBody",
    "TaskDependentstatus",
    "TaskEnvelope",
    "TaskEventPayload",
    "TaskFilesCreateBody",
    "TaskFilesListProjectstatus",
    "TaskFilesListSortby",
    "TaskFilesListTaskstatus",
    "TaskList",
    "TaskMessagesListProjectstatus",
    "TaskMessagesListSortby",
    "TaskMessagesListTaskstatus",
    "TaskReactivateBody",
    "TasksBulkDeleteBody",
    "TasksCreateBody",
    "TasksListBillable",
    "TasksListDependentstatus",
    "TasksListOverdueBillable",
    "TasksListOverdueDependentstatus",
    "TasksListOverdueProjectstatus",
    "TasksListOverdueSortby",
    "TasksListOverdueType",
    "TasksListOvertimeBillable",
    "TasksListOvertimeDependentstatus",
    "TasksListOvertimeProjectstatus",
    "TasksListOvertimeSortby",
    "TasksListOvertimeStatus",
    "TasksListOvertimeType",
    "TasksListProjectstatus",
    "TasksListSortby",
    "TasksListStatus",
    "TasksListType",
    "TasksUpdateBody",
    "TaskTimeCreateBody",
    "TaskTimeListBillable",
    "TaskTimeListSortby",
    "TaskTimerBody",
    "Team",
    "TeamEnvelope",
    "TeamList",
    "TimeCreateBody",
    "TimeListBillable",
    "TimeListSortby",
    "Timer",
    "TimeRecord",
    "TimeRecordEnvelope",
    "TimeRecordEventPayload",
    "TimeRecordList",
    "TimerList",
    "TimeUpdateBody",
    "Webhook",
    "WebhookDeletedItemPayload",
    "WebhookEnvelope",
    "WebhookEvent",
    "WebhookEventGroup",
    "WebhookList",
    "WebhookRequest",
    "WebhookRequestList",
    "WebhookRequestStatus",
    "WebhooksCreateBody",
    "WebhooksRequestsListStatus",
    "WebhooksUpdateBody",
    "WorkloadContact",
    "WorkloadDay",
    "WorkloadGetMode",
    "WorkloadList",
    "WorkloadListMode",
    "WriteResult",
    "WriteResultItem",
)
