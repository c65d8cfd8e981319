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
from policies.models import Authorship
from tests.factories import MemberFactory, PolicyPageFactory, UserFactory
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
SECRETS = {
    DRAFT_TITLE: {"coauthor"} | STAFF,
    STAFF_COMMENT: STAFF,
    BYSTANDER_EMAIL: {"superuser"},
    BYSTANDER_REAL_NAME: STAFF,
    PROTECTED_SUMMARY: STAFF,
    STAFF_DOCUMENT_TEXT: STAFF,
}

# Where the private text does show, to those allowed: proof that the world really holds it,
# so its absence everywhere else means something.
SHOWN = [
    ("wagtailadmin_pages:edit", "policy", DRAFT_TITLE),
    ("wagtailadmin_pages:edit", "comms", STAFF_COMMENT),
    ("wagtailusers_users:index", "superuser", BYSTANDER_EMAIL),
    ("wagtailusers_users:index", "superuser", BYSTANDER_REAL_NAME),
    ("wagtaildocs_serve#staff document", "policy", STAFF_DOCUMENT_TEXT),
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
    groups: dict = field(default_factory=dict)


def everyone(status):
    return {role: status for role in ROLES}


def signed_in(status, anonymous=302):
    return {"anonymous": anonymous} | {role: status for role in ROLES[1:]}


def staff_only(status=200, others=302):
    return {role: status if role in STAFF else others for role in ROLES}


def no_arguments(world):
    return {}


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
    # Members' area
    "members_area:home": (no_arguments, signed_in(200)),
    # Site machinery
    "csp_report": (no_arguments, everyone(405)),
    # The admin views that show ideas and people (the rest are swept, see EXCLUDED)
    "wagtailadmin_login": (no_arguments, everyone(200) | {r: 302 for r in STAFF}),
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

    draft = PolicyPageFactory(parent=policy_index, live=False, title=DRAFT_TITLE)
    Authorship.objects.create(page=draft, member=coauthor, is_lead=True)
    revision = draft.save_revision(user=coauthor.user)
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
        groups=groups,
    )


def url_for(key, build, world):
    arguments = build(world)
    with translation.override("en"):
        if isinstance(arguments, dict):
            return reverse(row_name(key), kwargs=arguments)
        return reverse(row_name(key), args=arguments)


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


@override_settings(RATELIMIT_ENABLE=False)
def test_access_matrix(client, world):
    """One table-driven walk: every row, every role. All mismatches are reported at once."""
    problems = []
    for role in ROLES:
        client.logout()
        if world.users[role]:
            client.force_login(world.users[role])
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
