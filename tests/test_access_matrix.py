"""The site-wide access matrix: every URL pattern the project defines, for every role, with
the status each role must get, and no private text on any page a role may not see it on.

Adding a URL anywhere in the project makes `test_every_url_pattern_has_a_row` fail until a
row is added to ACCESS below (or, for a library's own URLs, an explicit EXCLUDED prefix).
A row is:

    "url name" or "url name#variant": (
        lambda world: {kwargs} or [args],          # builds the URL from the test world
        {role: expected status, ...},              # all seven roles
    )
"""

from dataclasses import dataclass, field

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import override_settings
from django.urls import URLResolver, get_resolver, reverse
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    Comment,
    PageViewRestriction,
)

from members_area.demo import seed_groups
from members_area.groups import COMMUNICATIONS, FORUM_MEMBERS, POLICY_TEAM
from members_area.models import Credit, Member
from policies.comments import add_comment
from policies.drafting import share_with_forum, suggest_change
from policies.models import Authorship
from tests.conftest import skip_to_admin
from tests.factories import MemberFactory, PolicyPageFactory, UserFactory, draft_by
from tests.html_safety import unsafe_markup

ROLES = ("anonymous", "pending", "member", "coauthor", "policy", "comms", "superuser")
STAFF = {"policy", "comms", "superuser"}

# Private text in the world below, and who may see it (anywhere: public site, members'
# area or admin). Every response to everyone else is searched for it.
DRAFT_TITLE = "Cheaper bus passes zq-draft-7"
STAFF_COMMENT = "Staff only: check the landlord zq-comment-9"
BYSTANDER_EMAIL = "jamie.private.zq@example.org"
BYSTANDER_REAL_NAME = "Jamie Reidford"
PROTECTED_SUMMARY = "Only with the password zq-protected-3"
STAFF_DOCUMENT_TEXT = "Staff-only document zq-doc-5"
# A member's comment on a shared idea that only staff may read.
MEMBER_STAFF_COMMENT = "For staff: my landlord is zq-comment-11"
SECRETS = {
    DRAFT_TITLE: {"coauthor"} | STAFF,
    STAFF_COMMENT: STAFF,
    BYSTANDER_EMAIL: {"superuser"},
    BYSTANDER_REAL_NAME: STAFF,
    PROTECTED_SUMMARY: STAFF,
    STAFF_DOCUMENT_TEXT: STAFF,
    MEMBER_STAFF_COMMENT: STAFF,
}

# Where the private text does show, to those allowed: proof that the world really holds it,
# so its absence everywhere else means something.
SHOWN = [
    ("wagtailadmin_pages:edit", "policy", DRAFT_TITLE),
    ("wagtailadmin_pages:edit", "comms", STAFF_COMMENT),
    ("wagtailusers_users:index", "superuser", BYSTANDER_EMAIL),
    ("wagtailusers_users:index", "superuser", BYSTANDER_REAL_NAME),
    ("wagtaildocs_serve#staff document", "policy", STAFF_DOCUMENT_TEXT),
    ("members_area:draft#private draft", "coauthor", DRAFT_TITLE),
    ("members_area:draft#shared idea", "policy", MEMBER_STAFF_COMMENT),
]

# Libraries' own URLs checked as a whole rather than row by row, each with its reason.
EXCLUDED = {
    "admin/": "Wagtail's admin: every view but sign-in sits behind the access_admin "
    "permission. test_the_admin_refuses_everyone_without_access_admin sweeps it; the rows "
    "below cover the admin views that show ideas and people.",
}


@dataclass
class World:
    users: dict
    draft: object
    idea: object
    protected_idea: object
    restriction: object
    document: object
    staff_document: object
    password_collection_restriction: object
    shared: object
    draft_first_revision: int
    comment: object
    suggestion: object
    groups: dict = field(default_factory=dict)


def everyone(status):
    return {role: status for role in ROLES}


def signed_in(status, anonymous=302):
    return {"anonymous": anonymous} | {role: status for role in ROLES[1:]}


def staff_only(status=200, others=302):
    return {role: status if role in STAFF else others for role in ROLES}


def no_arguments(world):
    return {}


def row(anonymous, pending, member, coauthor, policy, comms, superuser):
    """Statuses in the order of ROLES."""
    statuses = (anonymous, pending, member, coauthor, policy, comms, superuser)
    return dict(zip(ROLES, statuses, strict=True))


def on_draft(w):
    return {"pk": w.draft.pk}


def on_shared(w):
    return {"pk": w.shared.pk}


# Buttons that only POST.
POST_ONLY = {"anonymous": 302} | {role: 405 for role in ROLES[1:]}

# Pages of the person's own account, for anyone who has one (pending members too).
MEMBERS_OWN = row(302, 200, 200, 200, 403, 403, 403)

# allauth: signing in and up, for those not signed in; the account's own pages, for those
# who are; steps reached only in the middle of a login or a re-check send people on (302).
_NOT_SIGNED_IN = signed_in(302, anonymous=200)
ACCOUNT_PAGES = {
    "login": _NOT_SIGNED_IN,
    "signup": _NOT_SIGNED_IN,
    "logout": signed_in(200),
    "reauthenticate": signed_in(200),
    "email": signed_in(200),
    "change_password": signed_in(200),
    "inactive": everyone(200),
    "email_verification_sent": everyone(200),
    "reset_password": everyone(200),
    "reset_password_done": everyone(200),
    "reset_password_from_key_done": everyone(200),
    "request_reauthentication_code": everyone(302),
    "confirm_reauthentication_code": everyone(302),
    "set_password": everyone(302),
    "confirm_login_code": everyone(302),
}
# The second factor: staff have an authenticator app (tests.conftest.skip_to_admin).
MFA_PAGES = {
    "index": signed_in(200),
    "authenticate": everyone(302),
    "activate_totp": everyone(302),
    "generate_recovery_codes": everyone(302),
    "reauthenticate": row(302, 302, 302, 302, 200, 200, 200),
    "deactivate_totp": row(302, 404, 404, 404, 302, 302, 302),
    "view_recovery_codes": signed_in(404),
    "download_recovery_codes": signed_in(404),
}


def page_path(page):
    return [page.url_path.split("/", 2)[2]]  # "/home/policies/x/" -> "policies/x/"


ACCESS = {
    # Public site (Wagtail's page routes, under the language prefix)
    "wagtail_serve#home": (lambda w: [""], everyone(200)),
    "wagtail_serve#policy index": (lambda w: ["policies/"], everyone(200)),
    "wagtail_serve#published idea": (lambda w: page_path(w.idea), everyone(200)),
    "wagtail_serve#draft idea": (lambda w: page_path(w.draft), everyone(404)),
    "wagtail_serve#password-protected idea": (
        lambda w: page_path(w.protected_idea),
        everyone(200),  # the password form, not the idea
    ),
    "wagtailcore_login": (no_arguments, everyone(200)),
    "wagtailcore_authenticate_with_password": (
        lambda w: {"page_view_restriction_id": w.restriction.pk, "page_id": w.protected_idea.pk},
        everyone(200),
    ),
    # Documents
    "wagtaildocs_serve#public document": (
        lambda w: [w.document.pk, w.document.filename],
        everyone(200),
    ),
    "wagtaildocs_serve#staff document": (
        lambda w: [w.staff_document.pk, w.staff_document.filename],
        staff_only(200, others=302),
    ),
    "wagtaildocs_authenticate_with_password": (
        lambda w: {"restriction_id": w.password_collection_restriction.pk},
        everyone(200),
    ),
    # Members' area. Buttons that only POST answer a GET with 405 (anonymous: the login).
    # Staff have no membership: the members' own pages are not theirs.
    "members_area:home": (no_arguments, MEMBERS_OWN),
    "members_area:readability": (no_arguments, everyone(405)),
    "members_area:ideas": (no_arguments, signed_in(200)),
    "members_area:start_idea": (no_arguments, row(302, 403, 200, 200, 403, 403, 403)),
    "members_area:draft#private draft": (on_draft, row(302, 404, 404, 200, 200, 200, 200)),
    "members_area:draft#shared idea": (on_shared, row(302, 404, 200, 200, 200, 200, 200)),
    "members_area:edit_draft": (on_draft, row(302, 404, 404, 200, 403, 403, 403)),
    "members_area:share_draft": (on_draft, POST_ONLY),
    "members_area:follow_draft": (on_shared, POST_ONLY),
    "members_area:coauthors": (on_draft, row(302, 404, 404, 200, 403, 403, 403)),
    "members_area:leave_draft": (on_draft, POST_ONLY),
    "members_area:suggest": (
        lambda w: {"pk": w.shared.pk, "block_id": w.suggestion.block_id},
        row(302, 404, 200, 403, 403, 403, 403),
    ),
    "members_area:accept_suggestion": (
        lambda w: {"pk": w.shared.pk, "suggestion_pk": w.suggestion.pk},
        POST_ONLY,
    ),
    "members_area:decline_suggestion": (
        lambda w: {"pk": w.shared.pk, "suggestion_pk": w.suggestion.pk},
        row(302, 404, 403, 200, 403, 403, 403),
    ),
    "members_area:history": (on_draft, row(302, 404, 404, 200, 200, 200, 200)),
    "members_area:compare": (
        lambda w: (on_draft(w), f"?from={w.draft.latest_revision_id}&to={w.draft_first_revision}"),
        row(302, 404, 404, 200, 200, 200, 200),
    ),
    "members_area:restore": (
        lambda w: {"pk": w.draft.pk, "revision_pk": w.draft.latest_revision_id},
        POST_ONLY,
    ),
    "members_area:add_comment": (on_shared, row(302, 404, 200, 200, 403, 403, 403)),
    "members_area:edit_comment": (
        lambda w: {"comment_pk": w.comment.pk},
        row(302, 404, 200, 403, 403, 403, 403),
    ),
    "members_area:delete_comment": (lambda w: {"comment_pk": w.comment.pk}, POST_ONLY),
    "members_area:resolve_comment": (lambda w: {"comment_pk": w.comment.pk}, POST_ONLY),
    "members_area:report_comment": (
        lambda w: {"comment_pk": w.comment.pk},
        row(302, 404, 200, 200, 403, 403, 403),
    ),
    "members_area:hide_comment": (lambda w: {"comment_pk": w.comment.pk}, POST_ONLY),
    "members_area:translate_comment": (lambda w: {"comment_pk": w.comment.pk}, POST_ONLY),
    "members_area:notifications": (no_arguments, row(302, 403, 200, 200, 403, 403, 403)),
    "members_area:notifications_read": (no_arguments, POST_ONLY),
    "members_area:profile": (no_arguments, MEMBERS_OWN),
    "members_area:your_data": (no_arguments, MEMBERS_OWN),
    "members_area:download_data": (no_arguments, MEMBERS_OWN),
    "members_area:delete_account": (no_arguments, MEMBERS_OWN),
    "members_area:account_deleted": (no_arguments, everyone(200)),
    "members_area:privacy": (no_arguments, everyone(200)),
    # Co-signing: the page shows the idea; its buttons only POST, a GET goes back to it.
    "members_area:cosign#shared idea": (
        lambda w: {"page_id": w.shared.pk},
        row(302, 404, 200, 200, 200, 200, 200),
    ),
    # A draft someone may not see answers 404 everywhere, so its number tells them nothing.
    "members_area:cosign#private draft": (
        lambda w: {"page_id": w.draft.pk},
        row(302, 404, 404, 200, 200, 200, 200),
    ),
    **{
        f"members_area:{name}": (
            lambda w: {"page_id": w.shared.pk},
            row(302, 404, 302, 302, 302, 302, 302),
        )
        for name in ("cosign_confirm", "cosign_withdraw", "idea_submit", "idea_take_back")
    },
    # Accounts (allauth): its own pages, each behind its own checks.
    **{f"account_{name}": (no_arguments, statuses) for name, statuses in ACCOUNT_PAGES.items()},
    "account_confirm_email": (lambda w: {"key": "not-a-key"}, everyone(200)),
    "account_reset_password_from_key": (
        lambda w: {"uidb36": "1", "key": "not-a-key"},
        everyone(200),
    ),
    **{f"mfa_{name}": (no_arguments, statuses) for name, statuses in MFA_PAGES.items()},
    # The public API: published ideas only
    "wagtailapi:policies:listing": (lambda w: ([], "?search=zq"), everyone(200)),
    "wagtailapi:policies:detail#published idea": (lambda w: [w.idea.pk], everyone(200)),
    "wagtailapi:policies:detail#draft idea": (lambda w: [w.draft.pk], everyone(404)),
    "wagtailapi:policies:find": (
        lambda w: ([], f"?html_path={w.draft.url_path}"),
        everyone(404),
    ),
    "search": (lambda w: ([], "?q=zq"), everyone(200)),
    # Site machinery
    "sitemap": (no_arguments, everyone(200)),
    "robots_txt": (no_arguments, everyone(200)),
    "set_language": (no_arguments, everyone(302)),
    "csp_report": (no_arguments, everyone(405)),
    # The admin views that show ideas and people (the rest are swept, see EXCLUDED)
    # The admin's login is allauth's (WAGTAILADMIN_LOGIN_URL); Wagtail's own is never reached.
    "admin_login": (no_arguments, signed_in(302, anonymous=200)),
    "wagtailadmin_login": (no_arguments, signed_in(302, anonymous=200)),
    "wagtailadmin_home": (no_arguments, staff_only()),
    "wagtailadmin_explore": (lambda w: [w.draft.get_parent().pk], staff_only()),
    "wagtailadmin_pages:edit": (lambda w: [w.draft.pk], staff_only()),
    "wagtailadmin_pages:history": (lambda w: [w.draft.pk], staff_only()),
    "wagtailadmin_pages:view_draft": (lambda w: [w.draft.pk], staff_only()),
    "wagtailusers_users:index": (
        no_arguments,
        staff_only(others=302) | {"policy": 302, "comms": 302},
    ),
}


def url_patterns(patterns=None, prefix="", namespace=None):
    """(route, name) for every pattern in the URLconf, looking inside every include."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        else:
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            yield prefix + str(pattern.pattern), name


def row_name(key):
    return key.split("#")[0]


def without_rows(patterns):
    rows = {row_name(key) for key in ACCESS}
    return [
        (route, name)
        for route, name in patterns
        if not route.startswith(tuple(EXCLUDED)) and name not in rows
    ]


def test_every_url_pattern_has_a_row():
    with translation.override("en"):
        patterns = list(url_patterns())
    assert without_rows(patterns) == [], "add a row to ACCESS for each of these URLs"
    stale = {row_name(k) for k in ACCESS} - {name for _route, name in patterns}
    assert stale == set(), "these rows name URLs that no longer exist"
    assert all(set(statuses) == set(ROLES) for _build, statuses in ACCESS.values())


def test_a_new_url_without_a_row_is_caught():
    new_urls = get_resolver("tests.security.limited_urls").url_patterns
    assert ("comment/", "comment") in without_rows(url_patterns(new_urls))


@pytest.fixture
def world(policy_index, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    groups = seed_groups(policy_index)

    def member(status=Member.Status.APPROVED, **user_fields):
        user = UserFactory(
            groups=[groups[FORUM_MEMBERS]] if status == Member.Status.APPROVED else [],
            **user_fields,
        )
        return MemberFactory(user=user, status=status)

    coauthor = member()
    users = {
        "anonymous": None,
        "pending": member(Member.Status.PENDING).user,
        "member": member().user,
        "coauthor": coauthor.user,
        "policy": UserFactory(groups=[groups[POLICY_TEAM]]),
        "comms": UserFactory(groups=[groups[COMMUNICATIONS]]),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }

    draft = draft_by(coauthor, policy_index, title=DRAFT_TITLE)
    revision = draft.latest_revision
    Comment.objects.create(
        page=draft,
        user=users["policy"],
        text=STAFF_COMMENT,
        contentpath="title",
        revision_created=revision,
    )

    # A member who writes under a made-up name and asked not to be credited.
    first, last = BYSTANDER_REAL_NAME.split()
    bystander = member(email=BYSTANDER_EMAIL, first_name=first, last_name=last)
    bystander.display_name = "Sky"
    bystander.credit = Credit.ANONYMOUS
    bystander.save()
    idea = PolicyPageFactory(parent=policy_index)
    Authorship.objects.create(page=idea, member=bystander, is_lead=True, credit=Credit.ANONYMOUS)
    idea.save_revision(user=bystander.user)

    # An idea the co-author shared with the forum: a member's comment and suggestion on it,
    # and the bystander's comment for staff only.
    shared = draft_by(coauthor, policy_index, title="Warmer stairwells")
    share_with_forum(shared)
    reader = Member.objects.get(user=users["member"])
    comment = add_comment(reader, shared, "Our stairwell is freezing")
    add_comment(bystander, shared, MEMBER_STAFF_COMMENT, staff_only=True)
    block_id = shared.get_latest_revision_as_object().body[0].id
    suggestion = suggest_change(reader, shared, block_id, "Warm stairwells, every winter.")

    protected_idea = PolicyPageFactory(parent=policy_index, summary=PROTECTED_SUMMARY)
    restriction = PageViewRestriction.objects.create(
        page=protected_idea, restriction_type=BaseViewRestriction.PASSWORD, password="pw-zq"
    )

    root = Collection.get_first_root_node()
    document = Document.objects.create(
        title="Forum rules", file=ContentFile(b"Be kind.", name="rules.txt")
    )
    staff_papers = root.add_child(name="Staff papers")
    staff_restriction = CollectionViewRestriction.objects.create(
        collection=staff_papers, restriction_type=BaseViewRestriction.GROUPS
    )
    staff_restriction.groups.set([groups[POLICY_TEAM], groups[COMMUNICATIONS]])
    staff_document = Document.objects.create(
        title="Notes",
        collection=staff_papers,
        file=ContentFile(STAFF_DOCUMENT_TEXT.encode(), name="notes.txt"),
    )
    locked_papers = root.add_child(name="Papers with a password")
    password_collection_restriction = CollectionViewRestriction.objects.create(
        collection=locked_papers, restriction_type=BaseViewRestriction.PASSWORD, password="pw"
    )
    return World(
        users=users,
        draft=draft,
        idea=idea,
        protected_idea=protected_idea,
        restriction=restriction,
        document=document,
        staff_document=staff_document,
        password_collection_restriction=password_collection_restriction,
        shared=shared,
        draft_first_revision=revision.pk,
        comment=comment,
        suggestion=suggestion,
        groups=groups,
    )


def url_for(key, build, world):
    """A row's builder gives the URL's arguments, or (arguments, query string)."""
    arguments, query = build(world), ""
    if isinstance(arguments, tuple):
        arguments, query = arguments
    with translation.override("en"):
        if isinstance(arguments, dict):
            return reverse(row_name(key), kwargs=arguments) + query
        return reverse(row_name(key), args=arguments) + query


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def log_in(client, role, world):
    """Staff through their second factor, so the admin rows test permissions, not the login."""
    user = world.users[role]
    if role in STAFF:
        skip_to_admin(client, user)
    elif user:
        client.force_login(user)


@override_settings(RATELIMIT_ENABLE=False)
def test_access_matrix(client, world):
    """One table-driven walk: every row, every role. All mismatches are reported at once."""
    problems = []
    for role in ROLES:
        client.logout()
        log_in(client, role, world)
        for key, (build, statuses) in ACCESS.items():
            url = url_for(key, build, world)
            response = client.get(url)
            body = body_of(response)
            if response.status_code != statuses[role]:
                problems.append(
                    f"{role:9} {key}: {response.status_code}, expected {statuses[role]}"
                )
            for secret, allowed in SECRETS.items():
                if role not in allowed and secret in body:
                    problems.append(f"{role:9} {key}: shows {secret!r}")
            for shown_key, shown_role, text in SHOWN:
                if (shown_key, shown_role) == (key, role) and text not in body:
                    problems.append(f"{role:9} {key}: should show {text!r}")
            is_html = response.get("Content-Type", "").startswith("text/html")
            if is_html and not url.startswith("/admin/") and unsafe_markup(body):
                problems.append(f"{role:9} {key}: unsafe under the CSP: {unsafe_markup(body)}")
    assert problems == [], "\n" + "\n".join(problems)


# Admin URLs anyone may open: signing in, resetting a password, the icons and translations
# the sign-in page itself needs.
ADMIN_PUBLIC = {
    "admin_login",
    "wagtailadmin_login",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}


def admin_urls_without_arguments():
    with translation.override("en"):
        return sorted(
            {
                name
                for route, name in url_patterns()
                if route.startswith("admin/") and name and "<" not in route and "(" not in route
            }
            - ADMIN_PUBLIC
        )


@override_settings(RATELIMIT_ENABLE=False)
def test_the_admin_refuses_everyone_without_access_admin(client, world):
    names = admin_urls_without_arguments()
    assert len(names) > 50  # the sweep really walks the admin
    problems = []
    for role in ("anonymous", "pending", "member", "coauthor"):
        client.logout()
        if world.users[role]:
            client.force_login(world.users[role])
        for name in names:
            response = client.get(reverse(name))
            if response.status_code not in (302, 403, 404, 405):
                problems.append(f"{role} {name}: {response.status_code}")
            # To a sign-in page: Wagtail's own, or the members' one if the admin uses it.
            elif response.status_code == 302 and "login" not in response["Location"]:
                problems.append(f"{role} {name}: redirects to {response['Location']}")
    assert problems == [], "\n" + "\n".join(problems)


def test_staff_groups_have_the_permissions_the_matrix_assumes(world):
    assert Group.objects.get(name=POLICY_TEAM).permissions.filter(codename="access_admin")
    assert not Group.objects.get(name=FORUM_MEMBERS).permissions.filter(codename="access_admin")
