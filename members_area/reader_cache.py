"""Members' pages kept for each reader, and served again while nothing on them has changed.

A members' page differs for every reader, and on a small server nearly all its cost is in
building it (a dozen ORM queries and a large template), not in the data. A view wrapped with
`kept_for_reader(fingerprint)` is built once per reader and state. After that, ONE query asks
PostgreSQL for a fingerprint: an md5 over the very rows the page is made from, including the
reader's own account, groups and member record, which decide what they may see. While it is
unchanged, the page is served as it was built. A change to any of those rows, by any route (a
member, the Wagtail admin, a shell), changes the fingerprint, so nothing needs clearing.
Whole rows are hashed, not transaction ids, so changes inside one transaction count too.

Kept: 200 answers to GET, on PostgreSQL (with SQLite, in `make run`, pages are always built),
for KEEP_SECONDS, and never a page showing a one-off message. The CSRF token differs on every
page, so the kept copy holds a placeholder, swapped for a fresh token when served. Member text
is escaped, so it can never contain the quoted attribute the swap looks for."""

# ruff: noqa: S608 -- the SQL below is built from these constants only; values are bound.
import hashlib
import re
from functools import wraps

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language
from wagtail.models import Page

from config.prepared import fetch_all

KEEP_SECONDS = 5 * 60  # also bounds how long a new release's pages wait for new templates
TOKEN_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
PLACEHOLDER = 'name="csrfmiddlewaretoken" value="csrf-token-placeholder"'


def _rows(sql):
    """A scalar subquery giving every row of `sql` as text, in a stable order."""
    return f"(SELECT string_agg(r, ',' ORDER BY r) FROM ({sql}) AS x (r))"


def _page_type():
    return ContentType.objects.get_for_model(Page).pk


# The parts are written as lookups by index (correlated subqueries rather than joins), so
# the fingerprint costs a few index reads whatever the size of the site.
MEMBER = "(SELECT me.id FROM members_area_member me WHERE me.user_id = %(user)s)"
MEMBER_ROW = "(SELECT m::text FROM members_area_member m WHERE m.id = {})"
# Stages are read from each workflow's current task state (policies.stages).
TASK_STATE = (
    "coalesce((SELECT t::text FROM wagtailcore_taskstate t "
    "WHERE t.id = w.current_task_state_id), '')"
)
COLLECTING = (
    "SELECT w.object_id::bigint FROM wagtailcore_workflowstate w "
    "WHERE w.base_content_type_id = %(page_type)s AND w.status = 'in_progress'"
)

# Who is reading: what they may see and do depends on these rows.
READER = [
    "SELECT u::text FROM auth_user u WHERE u.id = %(user)s",
    "SELECT m::text FROM members_area_member m WHERE m.user_id = %(user)s",
    "SELECT g.group_id::text FROM auth_user_groups g WHERE g.user_id = %(user)s",
]

# How stages are named: thresholds and the groups of each review step (policies.stages).
STAGE_SETTINGS = [
    "SELECT t::text FROM policies_cosigntask t",
    "SELECT x::text || g.name FROM wagtailcore_groupapprovaltask_groups x "
    "JOIN auth_group g ON g.id = x.group_id",
]

# One idea's draft page (members_area.draft_views.draft_detail).
IDEA = [
    "SELECT p::text || coalesce(pp::text, '') FROM wagtailcore_page p "
    "LEFT JOIN policies_policypage pp ON pp.page_ptr_id = p.id WHERE p.id = %(page)s",
    f"SELECT c::text || {MEMBER_ROW.format('c.author_id')} FROM policies_comment c "
    "WHERE c.page_id = %(page)s",
    f"SELECT s::text || {MEMBER_ROW.format('s.proposer_id')} FROM policies_suggestion s "
    "WHERE s.page_id = %(page)s",
    f"SELECT a::text || {MEMBER_ROW.format('a.member_id')} FROM policies_authorship a "
    "WHERE a.page_id = %(page)s",
    "SELECT f::text FROM policies_follow f WHERE f.page_id = %(page)s",
    f"SELECT w::text || {TASK_STATE} FROM wagtailcore_workflowstate w "
    "WHERE w.base_content_type_id = %(page_type)s AND w.object_id = %(page)s::text",
    "SELECT count(*)::text FROM wagtailcore_revision r "
    "WHERE r.base_content_type_id = %(page_type)s AND r.object_id = %(page)s::text",
]

# The members' home (members_area.home_lists): their ideas and where each stands (which also
# tells which collecting ideas are their own), the ideas collecting co-signatures and their
# own co-signatures, and replies to their comments.
HOME = [
    "SELECT a::text || (SELECT p::text FROM wagtailcore_page p WHERE p.id = a.page_id) "
    f"FROM policies_authorship a WHERE a.member_id = {MEMBER}",
    f"SELECT w::text || {TASK_STATE} FROM wagtailcore_workflowstate w "
    "WHERE w.base_content_type_id = %(page_type)s AND w.object_id IN "
    f"(SELECT a.page_id::text FROM policies_authorship a WHERE a.member_id = {MEMBER})",
    "SELECT w::text || coalesce(t::text, '') FROM wagtailcore_workflowstate w "
    "LEFT JOIN wagtailcore_taskstate t ON t.id = w.current_task_state_id "
    "WHERE w.base_content_type_id = %(page_type)s AND w.status = 'in_progress'",
    "SELECT concat_ws(':', p.id, p.title, p.live, pp.summary, pp.cosignature_count) "
    "FROM wagtailcore_page p JOIN policies_policypage pp ON pp.page_ptr_id = p.id "
    f"WHERE p.id IN ({COLLECTING})",
    f"SELECT s::text FROM policies_cosignature s WHERE s.member_id = {MEMBER}",
    f"SELECT r::text || {MEMBER_ROW.format('r.author_id')} "
    "|| (SELECT p.title FROM wagtailcore_page p WHERE p.id = r.page_id) "
    "FROM policies_comment r WHERE r.parent_id IN "
    f"(SELECT c.id FROM policies_comment c WHERE c.author_id = {MEMBER})",
]


def fingerprint(parts, **params):
    """md5 of every row the `parts` select, in one query, prepared on the server (planning
    it costs more than running it)."""
    sql = "SELECT md5(concat_ws('|', {}))".format(", ".join(_rows(part) for part in parts))
    return fetch_all(sql, params)[0][0]


def _shows_a_message(request):
    return "messages" in request.COOKIES or "_messages" in request.session


def _keepable(request):
    return (
        request.method == "GET"
        and connection.vendor == "postgresql"
        and not _shows_a_message(request)
    )


def kept_for_reader(parts, **url_params):
    """Keep the view's page for each reader while the rows in `parts` (plus the reader's own,
    and the names of stages) are unchanged. `url_params` maps SQL parameter names to the
    view's URL arguments."""
    parts = [*parts, *STAGE_SETTINGS, *READER]

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not _keepable(request):
                return view(request, *args, **kwargs)
            params = {name: kwargs[arg] for name, arg in url_params.items()}
            state = fingerprint(parts, user=request.user.pk, page_type=_page_type(), **params)
            address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
            key = f"reader-page:{request.user.pk}:{get_language()}:{address}:{state}"
            kept = cache.get(key)
            if kept is None:
                response = view(request, *args, **kwargs)
                storage = messages.get_messages(request)
                if (
                    response.status_code != 200
                    or response.streaming
                    or storage.used
                    or storage.added_new
                ):
                    return response
                content = TOKEN_FIELD.sub(PLACEHOLDER, response.content.decode())
                kept = (content, response["Content-Type"])
                cache.set(key, kept, KEEP_SECONDS)
                return response
            content, content_type = kept
            fresh = f'name="csrfmiddlewaretoken" value="{get_token(request)}"'
            return HttpResponse(content.replace(PLACEHOLDER, fresh), content_type=content_type)

        return wrapper

    return decorator
