"""Contains all the data models used in inputs/outputs"""

from .address import Address
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
from .contact_tags_update_body import ContactTagsUpdateBody
from .contact_tasks_list_billable import ContactTasksListBillable
from .contact_tasks_list_dependentstatus import ContactTasksListDependentstatus
from .contact_tasks_list_projectstatus import ContactTasksListProjectstatus
from .contact_tasks_list_sortby import ContactTasksListSortby
from .contact_tasks_list_status import ContactTasksListStatus
from .contact_tasks_list_type import ContactTasksListType
from .contact_teams_item import ContactTeamsItem
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
from .file_folder import FileFolder
from .file_list import FileList
from .file_project import FileProject
from .file_task import FileTask
from .files_create_body import FilesCreateBody
from .files_list_projectstatus import FilesListProjectstatus
from .files_list_sortby import FilesListSortby
from .files_list_taskstatus import FilesListTaskstatus
from .folder import Folder
from .folder_contacts_type_0 import FolderContactsType0
from .folder_envelope import FolderEnvelope
from .folder_list import FolderList
from .folder_project import FolderProject
from .folders_create_body import FoldersCreateBody
from .folders_list_projectstatus import FoldersListProjectstatus
from .folders_list_sortby import FoldersListSortby
from .group import Group
from .group_list import GroupList
from .invoice import Invoice
from .invoice_envelope import InvoiceEnvelope
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
from .match_mode import MatchMode
from .me_update_body import MeUpdateBody
from .message import Message
from .message_author import MessageAuthor
from .message_envelope import MessageEnvelope
from .message_files_item import MessageFilesItem
from .message_list import MessageList
from .messages_create_body import MessagesCreateBody
from .messages_list_projectstatus import MessagesListProjectstatus
from .messages_list_sortby import MessagesListSortby
from .messages_list_taskstatus import MessagesListTaskstatus
from .messages_update_body import MessagesUpdateBody
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
from .project_list import ProjectList
from .project_request import ProjectRequest
from .project_request_list import ProjectRequestList
from .project_requests_create_body import ProjectRequestsCreateBody
from .project_requests_list_clienttype import ProjectRequestsListClienttype
from .project_requests_list_sortby import ProjectRequestsListSortby
from .quote import Quote
from .quote_list import QuoteList
from .role import Role
from .role_list import RoleList
from .simple_result import SimpleResult
from .simple_result_status import SimpleResultStatus
from .sort_order import SortOrder
from .subtotal import Subtotal
from .tag import Tag
from .tag_list import TagList
from .task import Task
from .task_list import TaskList
from .time_record import TimeRecord
from .time_record_list import TimeRecordList
from .write_result import WriteResult
from .write_result_item import WriteResultItem

__all__ = (
    "Address",
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
    "ContactTagsUpdateBody",
    "ContactTasksListBillable",
    "ContactTasksListDependentstatus",
    "ContactTasksListProjectstatus",
    "ContactTasksListSortby",
    "ContactTasksListStatus",
    "ContactTasksListType",
    "ContactTeamsItem",
    "ContactTimeListBillable",
    "ContactTimeListSortby",
    "ContactType",
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
    "FileFolder",
    "FileList",
    "FileProject",
    "FilesCreateBody",
    "FilesListProjectstatus",
    "FilesListSortby",
    "FilesListTaskstatus",
    "FileTask",
    "Folder",
    "FolderContactsType0",
    "FolderEnvelope",
    "FolderList",
    "FolderProject",
    "FoldersCreateBody",
    "FoldersListProjectstatus",
    "FoldersListSortby",
    "Group",
    "GroupList",
    "Invoice",
    "InvoiceEnvelope",
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
    "KeywordMe",
    "KeywordMeAll",
    "KeywordMeUnassignedAll",
    "Location",
    "LocationEnvelope",
    "LoginResult",
    "MatchMode",
    "Message",
    "MessageAuthor",
    "MessageEnvelope",
    "MessageFilesItem",
    "MessageList",
    "MessagesCreateBody",
    "MessagesListProjectstatus",
    "MessagesListSortby",
    "MessagesListTaskstatus",
    "MessagesUpdateBody",
    "MeUpdateBody",
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
    "ProjectList",
    "ProjectRequest",
    "ProjectRequestList",
    "ProjectRequestsCreateBody",
    "ProjectRequestsListClienttype",
    "ProjectRequestsListSortby",
    "Quote",
    "QuoteList",
    "Role",
    "RoleList",
    "SimpleResult",
    "SimpleResultStatus",
    "SortOrder",
    "Subtotal",
    "Tag",
    "TagList",
    "Task",
    "TaskList",
    "TimeRecord",
    "TimeRecordList",
    "WriteResult",
    "WriteResultItem",
)
