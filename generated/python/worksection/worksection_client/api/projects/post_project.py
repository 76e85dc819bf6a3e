from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.post_project_result import PostProjectResult
from ...models.project_assignee_input_type_1 import ProjectAssigneeInputType1
from ...models.project_flag_input import ProjectFlagInput
from ...models.project_write_extra import ProjectWriteExtra
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["post_project"] = "post_project",
    title: str,
    email_user_from: str | Unset = UNSET,
    email_manager: str | Unset = UNSET,
    email_user_to: ProjectAssigneeInputType1 | str | Unset = UNSET,
    members: str | Unset = UNSET,
    text: str | Unset = UNSET,
    company: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: ProjectWriteExtra | Unset = UNSET,
    options_allow_close: ProjectFlagInput | Unset = UNSET,
    options_allow_give: ProjectFlagInput | Unset = UNSET,
    options_allow_term: ProjectFlagInput | Unset = UNSET,
    options_allow_limit: ProjectFlagInput | Unset = UNSET,
    options_require_term: ProjectFlagInput | Unset = UNSET,
    options_require_tag: ProjectFlagInput | Unset = UNSET,
    options_require_limit: ProjectFlagInput | Unset = UNSET,
    options_require_hidden: ProjectFlagInput | Unset = UNSET,
    options_deny_comments_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_delete: ProjectFlagInput | Unset = UNSET,
    options_time_require: ProjectFlagInput | Unset = UNSET,
    options_time_today: ProjectFlagInput | Unset = UNSET,
    options_timer_only: ProjectFlagInput | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["title"] = title

    params["email_user_from"] = email_user_from

    params["email_manager"] = email_manager

    json_email_user_to: str | Unset
    if isinstance(email_user_to, Unset):
        json_email_user_to = UNSET
    elif isinstance(email_user_to, ProjectAssigneeInputType1):
        json_email_user_to = email_user_to.value
    else:
        json_email_user_to = email_user_to
    params["email_user_to"] = json_email_user_to

    params["members"] = members

    params["text"] = text

    params["company"] = company

    params["datestart"] = datestart

    params["dateend"] = dateend

    params["max_time"] = max_time

    params["max_money"] = max_money

    params["tags"] = tags

    json_extra: str | Unset = UNSET
    if not isinstance(extra, Unset):
        json_extra = extra.value

    params["extra"] = json_extra

    json_options_allow_close: str | Unset = UNSET
    if not isinstance(options_allow_close, Unset):
        json_options_allow_close = options_allow_close.value

    params["options.allow_close"] = json_options_allow_close

    json_options_allow_give: str | Unset = UNSET
    if not isinstance(options_allow_give, Unset):
        json_options_allow_give = options_allow_give.value

    params["options.allow_give"] = json_options_allow_give

    json_options_allow_term: str | Unset = UNSET
    if not isinstance(options_allow_term, Unset):
        json_options_allow_term = options_allow_term.value

    params["options.allow_term"] = json_options_allow_term

    json_options_allow_limit: str | Unset = UNSET
    if not isinstance(options_allow_limit, Unset):
        json_options_allow_limit = options_allow_limit.value

    params["options.allow_limit"] = json_options_allow_limit

    json_options_require_term: str | Unset = UNSET
    if not isinstance(options_require_term, Unset):
        json_options_require_term = options_require_term.value

    params["options.require_term"] = json_options_require_term

    json_options_require_tag: str | Unset = UNSET
    if not isinstance(options_require_tag, Unset):
        json_options_require_tag = options_require_tag.value

    params["options.require_tag"] = json_options_require_tag

    json_options_require_limit: str | Unset = UNSET
    if not isinstance(options_require_limit, Unset):
        json_options_require_limit = options_require_limit.value

    params["options.require_limit"] = json_options_require_limit

    json_options_require_hidden: str | Unset = UNSET
    if not isinstance(options_require_hidden, Unset):
        json_options_require_hidden = options_require_hidden.value

    params["options.require_hidden"] = json_options_require_hidden

    json_options_deny_comments_edit: str | Unset = UNSET
    if not isinstance(options_deny_comments_edit, Unset):
        json_options_deny_comments_edit = options_deny_comments_edit.value

    params["options.deny_comments_edit"] = json_options_deny_comments_edit

    json_options_deny_task_edit: str | Unset = UNSET
    if not isinstance(options_deny_task_edit, Unset):
        json_options_deny_task_edit = options_deny_task_edit.value

    params["options.deny_task_edit"] = json_options_deny_task_edit

    json_options_deny_task_delete: str | Unset = UNSET
    if not isinstance(options_deny_task_delete, Unset):
        json_options_deny_task_delete = options_deny_task_delete.value

    params["options.deny_task_delete"] = json_options_deny_task_delete

    json_options_time_require: str | Unset = UNSET
    if not isinstance(options_time_require, Unset):
        json_options_time_require = options_time_require.value

    params["options.time_require"] = json_options_time_require

    json_options_time_today: str | Unset = UNSET
    if not isinstance(options_time_today, Unset):
        json_options_time_today = options_time_today.value

    params["options.time_today"] = json_options_time_today

    json_options_timer_only: str | Unset = UNSET
    if not isinstance(options_timer_only, Unset):
        json_options_timer_only = options_timer_only.value

    params["options.timer_only"] = json_options_timer_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PostProjectResult | None:
    if response.status_code == 200:
        response_200 = PostProjectResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PostProjectResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_project"] = "post_project",
    title: str,
    email_user_from: str | Unset = UNSET,
    email_manager: str | Unset = UNSET,
    email_user_to: ProjectAssigneeInputType1 | str | Unset = UNSET,
    members: str | Unset = UNSET,
    text: str | Unset = UNSET,
    company: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: ProjectWriteExtra | Unset = UNSET,
    options_allow_close: ProjectFlagInput | Unset = UNSET,
    options_allow_give: ProjectFlagInput | Unset = UNSET,
    options_allow_term: ProjectFlagInput | Unset = UNSET,
    options_allow_limit: ProjectFlagInput | Unset = UNSET,
    options_require_term: ProjectFlagInput | Unset = UNSET,
    options_require_tag: ProjectFlagInput | Unset = UNSET,
    options_require_limit: ProjectFlagInput | Unset = UNSET,
    options_require_hidden: ProjectFlagInput | Unset = UNSET,
    options_deny_comments_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_delete: ProjectFlagInput | Unset = UNSET,
    options_time_require: ProjectFlagInput | Unset = UNSET,
    options_time_today: ProjectFlagInput | Unset = UNSET,
    options_timer_only: ProjectFlagInput | Unset = UNSET,
) -> Response[PostProjectResult]:
    """Create a project

     Creates a project, always in the active state, and answers with it; its new id is `data.id`. Only
    `title` is required.

    Parameters are sent as the service names them: each restriction flag is its own parameter with a
    dotted
    name, `options.allow_close=1`; people and tags are ONE comma-separated string each,
    `members=jonas.berg@example.com, lena.fischer@example.com` and `tags=design, urgent` (spaces after
    the
    commas are tolerated). Dates go in as `DD.MM.YYYY` and come back as `YYYY-MM-DD`; estimates go in as
    text and come back as numbers.

    Defaults: without `email_user_from` the author is presumably the account owner (the recordings show
    the
    same author for every project created without it); without `email_manager` the project has no
    manager
    (`user_to` is the no-manager marker); without `company` it is filed in a default folder; flags left
    out
    are off. Of the three cost-booking flags (`options.time_require`, `options.time_today`,
    `options.timer_only`) at most one may be 1: asking for more is refused with `status_code` 11 and a
    message naming the three. An e-mail address that is not an account user is presumably refused with
    `status_code` 11 ("Invalid email"), as the member actions do. The answer carries the restriction
    flags
    only with `extra=options`; it never carries the team or the default assignee.

    The vendor notes that files can be attached to the description on creation, by sending them as parts
    of
    a multipart POST (see the files actions); that form is not described here.

    Args:
        action (Literal['post_project']):  Default: 'post_project'.
        title (str): A project name as the service takes it. The service refuses an empty one
            (code 10); it is still a string here because recorded calls send empty values to get that
            refusal.
        email_user_from (str | Unset): The e-mail address of a user of the account (their login).
        email_manager (str | Unset): The e-mail address of a user of the account (their login).
        email_user_to (ProjectAssigneeInputType1 | str | Unset): A user's e-mail address, or one
            of the markers `ANY` (anyone) and `NOONE` (nobody).
        members (str | Unset): One or more e-mail addresses joined by commas; spaces around the
            commas are tolerated (the vendor's own calls send `a@x, b@y`).
        text (str | Unset):
        company (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        max_time (str | Unset): A non-negative number as query text, e.g. `150` or `12.5`.
        max_money (str | Unset): A non-negative number as query text, e.g. `150` or `12.5`.
        tags (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.
        extra (ProjectWriteExtra | Unset): What post_project and update_project add to their
            answer; the only value is `options`.
        options_allow_close (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_give (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_term (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_limit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_term (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_tag (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_limit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_hidden (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_comments_edit (ProjectFlagInput | Unset): A restriction flag as a parameter:
            `1` turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_task_edit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_task_delete (ProjectFlagInput | Unset): A restriction flag as a parameter:
            `1` turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_time_require (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_time_today (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_timer_only (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostProjectResult]
    """

    kwargs = _get_kwargs(
        action=action,
        title=title,
        email_user_from=email_user_from,
        email_manager=email_manager,
        email_user_to=email_user_to,
        members=members,
        text=text,
        company=company,
        datestart=datestart,
        dateend=dateend,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
        extra=extra,
        options_allow_close=options_allow_close,
        options_allow_give=options_allow_give,
        options_allow_term=options_allow_term,
        options_allow_limit=options_allow_limit,
        options_require_term=options_require_term,
        options_require_tag=options_require_tag,
        options_require_limit=options_require_limit,
        options_require_hidden=options_require_hidden,
        options_deny_comments_edit=options_deny_comments_edit,
        options_deny_task_edit=options_deny_task_edit,
        options_deny_task_delete=options_deny_task_delete,
        options_time_require=options_time_require,
        options_time_today=options_time_today,
        options_timer_only=options_timer_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_project"] = "post_project",
    title: str,
    email_user_from: str | Unset = UNSET,
    email_manager: str | Unset = UNSET,
    email_user_to: ProjectAssigneeInputType1 | str | Unset = UNSET,
    members: str | Unset = UNSET,
    text: str | Unset = UNSET,
    company: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: ProjectWriteExtra | Unset = UNSET,
    options_allow_close: ProjectFlagInput | Unset = UNSET,
    options_allow_give: ProjectFlagInput | Unset = UNSET,
    options_allow_term: ProjectFlagInput | Unset = UNSET,
    options_allow_limit: ProjectFlagInput | Unset = UNSET,
    options_require_term: ProjectFlagInput | Unset = UNSET,
    options_require_tag: ProjectFlagInput | Unset = UNSET,
    options_require_limit: ProjectFlagInput | Unset = UNSET,
    options_require_hidden: ProjectFlagInput | Unset = UNSET,
    options_deny_comments_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_delete: ProjectFlagInput | Unset = UNSET,
    options_time_require: ProjectFlagInput | Unset = UNSET,
    options_time_today: ProjectFlagInput | Unset = UNSET,
    options_timer_only: ProjectFlagInput | Unset = UNSET,
) -> PostProjectResult | None:
    """Create a project

     Creates a project, always in the active state, and answers with it; its new id is `data.id`. Only
    `title` is required.

    Parameters are sent as the service names them: each restriction flag is its own parameter with a
    dotted
    name, `options.allow_close=1`; people and tags are ONE comma-separated string each,
    `members=jonas.berg@example.com, lena.fischer@example.com` and `tags=design, urgent` (spaces after
    the
    commas are tolerated). Dates go in as `DD.MM.YYYY` and come back as `YYYY-MM-DD`; estimates go in as
    text and come back as numbers.

    Defaults: without `email_user_from` the author is presumably the account owner (the recordings show
    the
    same author for every project created without it); without `email_manager` the project has no
    manager
    (`user_to` is the no-manager marker); without `company` it is filed in a default folder; flags left
    out
    are off. Of the three cost-booking flags (`options.time_require`, `options.time_today`,
    `options.timer_only`) at most one may be 1: asking for more is refused with `status_code` 11 and a
    message naming the three. An e-mail address that is not an account user is presumably refused with
    `status_code` 11 ("Invalid email"), as the member actions do. The answer carries the restriction
    flags
    only with `extra=options`; it never carries the team or the default assignee.

    The vendor notes that files can be attached to the description on creation, by sending them as parts
    of
    a multipart POST (see the files actions); that form is not described here.

    Args:
        action (Literal['post_project']):  Default: 'post_project'.
        title (str): A project name as the service takes it. The service refuses an empty one
            (code 10); it is still a string here because recorded calls send empty values to get that
            refusal.
        email_user_from (str | Unset): The e-mail address of a user of the account (their login).
        email_manager (str | Unset): The e-mail address of a user of the account (their login).
        email_user_to (ProjectAssigneeInputType1 | str | Unset): A user's e-mail address, or one
            of the markers `ANY` (anyone) and `NOONE` (nobody).
        members (str | Unset): One or more e-mail addresses joined by commas; spaces around the
            commas are tolerated (the vendor's own calls send `a@x, b@y`).
        text (str | Unset):
        company (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        max_time (str | Unset): A non-negative number as query text, e.g. `150` or `12.5`.
        max_money (str | Unset): A non-negative number as query text, e.g. `150` or `12.5`.
        tags (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.
        extra (ProjectWriteExtra | Unset): What post_project and update_project add to their
            answer; the only value is `options`.
        options_allow_close (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_give (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_term (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_limit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_term (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_tag (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_limit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_hidden (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_comments_edit (ProjectFlagInput | Unset): A restriction flag as a parameter:
            `1` turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_task_edit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_task_delete (ProjectFlagInput | Unset): A restriction flag as a parameter:
            `1` turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_time_require (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_time_today (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_timer_only (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostProjectResult
    """

    return sync_detailed(
        client=client,
        action=action,
        title=title,
        email_user_from=email_user_from,
        email_manager=email_manager,
        email_user_to=email_user_to,
        members=members,
        text=text,
        company=company,
        datestart=datestart,
        dateend=dateend,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
        extra=extra,
        options_allow_close=options_allow_close,
        options_allow_give=options_allow_give,
        options_allow_term=options_allow_term,
        options_allow_limit=options_allow_limit,
        options_require_term=options_require_term,
        options_require_tag=options_require_tag,
        options_require_limit=options_require_limit,
        options_require_hidden=options_require_hidden,
        options_deny_comments_edit=options_deny_comments_edit,
        options_deny_task_edit=options_deny_task_edit,
        options_deny_task_delete=options_deny_task_delete,
        options_time_require=options_time_require,
        options_time_today=options_time_today,
        options_timer_only=options_timer_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_project"] = "post_project",
    title: str,
    email_user_from: str | Unset = UNSET,
    email_manager: str | Unset = UNSET,
    email_user_to: ProjectAssigneeInputType1 | str | Unset = UNSET,
    members: str | Unset = UNSET,
    text: str | Unset = UNSET,
    company: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: ProjectWriteExtra | Unset = UNSET,
    options_allow_close: ProjectFlagInput | Unset = UNSET,
    options_allow_give: ProjectFlagInput | Unset = UNSET,
    options_allow_term: ProjectFlagInput | Unset = UNSET,
    options_allow_limit: ProjectFlagInput | Unset = UNSET,
    options_require_term: ProjectFlagInput | Unset = UNSET,
    options_require_tag: ProjectFlagInput | Unset = UNSET,
    options_require_limit: ProjectFlagInput | Unset = UNSET,
    options_require_hidden: ProjectFlagInput | Unset = UNSET,
    options_deny_comments_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_delete: ProjectFlagInput | Unset = UNSET,
    options_time_require: ProjectFlagInput | Unset = UNSET,
    options_time_today: ProjectFlagInput | Unset = UNSET,
    options_timer_only: ProjectFlagInput | Unset = UNSET,
) -> Response[PostProjectResult]:
    """Create a project

     Creates a project, always in the active state, and answers with it; its new id is `data.id`. Only
    `title` is required.

    Parameters are sent as the service names them: each restriction flag is its own parameter with a
    dotted
    name, `options.allow_close=1`; people and tags are ONE comma-separated string each,
    `members=jonas.berg@example.com, lena.fischer@example.com` and `tags=design, urgent` (spaces after
    the
    commas are tolerated). Dates go in as `DD.MM.YYYY` and come back as `YYYY-MM-DD`; estimates go in as
    text and come back as numbers.

    Defaults: without `email_user_from` the author is presumably the account owner (the recordings show
    the
    same author for every project created without it); without `email_manager` the project has no
    manager
    (`user_to` is the no-manager marker); without `company` it is filed in a default folder; flags left
    out
    are off. Of the three cost-booking flags (`options.time_require`, `options.time_today`,
    `options.timer_only`) at most one may be 1: asking for more is refused with `status_code` 11 and a
    message naming the three. An e-mail address that is not an account user is presumably refused with
    `status_code` 11 ("Invalid email"), as the member actions do. The answer carries the restriction
    flags
    only with `extra=options`; it never carries the team or the default assignee.

    The vendor notes that files can be attached to the description on creation, by sending them as parts
    of
    a multipart POST (see the files actions); that form is not described here.

    Args:
        action (Literal['post_project']):  Default: 'post_project'.
        title (str): A project name as the service takes it. The service refuses an empty one
            (code 10); it is still a string here because recorded calls send empty values to get that
            refusal.
        email_user_from (str | Unset): The e-mail address of a user of the account (their login).
        email_manager (str | Unset): The e-mail address of a user of the account (their login).
        email_user_to (ProjectAssigneeInputType1 | str | Unset): A user's e-mail address, or one
            of the markers `ANY` (anyone) and `NOONE` (nobody).
        members (str | Unset): One or more e-mail addresses joined by commas; spaces around the
            commas are tolerated (the vendor's own calls send `a@x, b@y`).
        text (str | Unset):
        company (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        max_time (str | Unset): A non-negative number as query text, e.g. `150` or `12.5`.
        max_money (str | Unset): A non-negative number as query text, e.g. `150` or `12.5`.
        tags (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.
        extra (ProjectWriteExtra | Unset): What post_project and update_project add to their
            answer; the only value is `options`.
        options_allow_close (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_give (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_term (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_limit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_term (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_tag (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_limit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_hidden (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_comments_edit (ProjectFlagInput | Unset): A restriction flag as a parameter:
            `1` turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_task_edit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_task_delete (ProjectFlagInput | Unset): A restriction flag as a parameter:
            `1` turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_time_require (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_time_today (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_timer_only (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PostProjectResult]
    """

    kwargs = _get_kwargs(
        action=action,
        title=title,
        email_user_from=email_user_from,
        email_manager=email_manager,
        email_user_to=email_user_to,
        members=members,
        text=text,
        company=company,
        datestart=datestart,
        dateend=dateend,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
        extra=extra,
        options_allow_close=options_allow_close,
        options_allow_give=options_allow_give,
        options_allow_term=options_allow_term,
        options_allow_limit=options_allow_limit,
        options_require_term=options_require_term,
        options_require_tag=options_require_tag,
        options_require_limit=options_require_limit,
        options_require_hidden=options_require_hidden,
        options_deny_comments_edit=options_deny_comments_edit,
        options_deny_task_edit=options_deny_task_edit,
        options_deny_task_delete=options_deny_task_delete,
        options_time_require=options_time_require,
        options_time_today=options_time_today,
        options_timer_only=options_timer_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["post_project"] = "post_project",
    title: str,
    email_user_from: str | Unset = UNSET,
    email_manager: str | Unset = UNSET,
    email_user_to: ProjectAssigneeInputType1 | str | Unset = UNSET,
    members: str | Unset = UNSET,
    text: str | Unset = UNSET,
    company: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    max_time: str | Unset = UNSET,
    max_money: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    extra: ProjectWriteExtra | Unset = UNSET,
    options_allow_close: ProjectFlagInput | Unset = UNSET,
    options_allow_give: ProjectFlagInput | Unset = UNSET,
    options_allow_term: ProjectFlagInput | Unset = UNSET,
    options_allow_limit: ProjectFlagInput | Unset = UNSET,
    options_require_term: ProjectFlagInput | Unset = UNSET,
    options_require_tag: ProjectFlagInput | Unset = UNSET,
    options_require_limit: ProjectFlagInput | Unset = UNSET,
    options_require_hidden: ProjectFlagInput | Unset = UNSET,
    options_deny_comments_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_edit: ProjectFlagInput | Unset = UNSET,
    options_deny_task_delete: ProjectFlagInput | Unset = UNSET,
    options_time_require: ProjectFlagInput | Unset = UNSET,
    options_time_today: ProjectFlagInput | Unset = UNSET,
    options_timer_only: ProjectFlagInput | Unset = UNSET,
) -> PostProjectResult | None:
    """Create a project

     Creates a project, always in the active state, and answers with it; its new id is `data.id`. Only
    `title` is required.

    Parameters are sent as the service names them: each restriction flag is its own parameter with a
    dotted
    name, `options.allow_close=1`; people and tags are ONE comma-separated string each,
    `members=jonas.berg@example.com, lena.fischer@example.com` and `tags=design, urgent` (spaces after
    the
    commas are tolerated). Dates go in as `DD.MM.YYYY` and come back as `YYYY-MM-DD`; estimates go in as
    text and come back as numbers.

    Defaults: without `email_user_from` the author is presumably the account owner (the recordings show
    the
    same author for every project created without it); without `email_manager` the project has no
    manager
    (`user_to` is the no-manager marker); without `company` it is filed in a default folder; flags left
    out
    are off. Of the three cost-booking flags (`options.time_require`, `options.time_today`,
    `options.timer_only`) at most one may be 1: asking for more is refused with `status_code` 11 and a
    message naming the three. An e-mail address that is not an account user is presumably refused with
    `status_code` 11 ("Invalid email"), as the member actions do. The answer carries the restriction
    flags
    only with `extra=options`; it never carries the team or the default assignee.

    The vendor notes that files can be attached to the description on creation, by sending them as parts
    of
    a multipart POST (see the files actions); that form is not described here.

    Args:
        action (Literal['post_project']):  Default: 'post_project'.
        title (str): A project name as the service takes it. The service refuses an empty one
            (code 10); it is still a string here because recorded calls send empty values to get that
            refusal.
        email_user_from (str | Unset): The e-mail address of a user of the account (their login).
        email_manager (str | Unset): The e-mail address of a user of the account (their login).
        email_user_to (ProjectAssigneeInputType1 | str | Unset): A user's e-mail address, or one
            of the markers `ANY` (anyone) and `NOONE` (nobody).
        members (str | Unset): One or more e-mail addresses joined by commas; spaces around the
            commas are tolerated (the vendor's own calls send `a@x, b@y`).
        text (str | Unset):
        company (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        max_time (str | Unset): A non-negative number as query text, e.g. `150` or `12.5`.
        max_money (str | Unset): A non-negative number as query text, e.g. `150` or `12.5`.
        tags (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.
        extra (ProjectWriteExtra | Unset): What post_project and update_project add to their
            answer; the only value is `options`.
        options_allow_close (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_give (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_term (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_allow_limit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_term (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_tag (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_limit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_require_hidden (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_comments_edit (ProjectFlagInput | Unset): A restriction flag as a parameter:
            `1` turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_task_edit (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_deny_task_delete (ProjectFlagInput | Unset): A restriction flag as a parameter:
            `1` turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_time_require (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_time_today (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.
        options_timer_only (ProjectFlagInput | Unset): A restriction flag as a parameter: `1`
            turns it on, `0` off.

            Vendor-doc correction: the update_project documentation says the flags take "0/ 1 — to
            enable/disable",
            which reads as 0 enabling; 1 enables and 0 disables, as the get_projects page and the
            vendor's Postman
            collection say and its recordings show.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PostProjectResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            title=title,
            email_user_from=email_user_from,
            email_manager=email_manager,
            email_user_to=email_user_to,
            members=members,
            text=text,
            company=company,
            datestart=datestart,
            dateend=dateend,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
            extra=extra,
            options_allow_close=options_allow_close,
            options_allow_give=options_allow_give,
            options_allow_term=options_allow_term,
            options_allow_limit=options_allow_limit,
            options_require_term=options_require_term,
            options_require_tag=options_require_tag,
            options_require_limit=options_require_limit,
            options_require_hidden=options_require_hidden,
            options_deny_comments_edit=options_deny_comments_edit,
            options_deny_task_edit=options_deny_task_edit,
            options_deny_task_delete=options_deny_task_delete,
            options_time_require=options_time_require,
            options_time_today=options_time_today,
            options_timer_only=options_timer_only,
        )
    ).parsed
