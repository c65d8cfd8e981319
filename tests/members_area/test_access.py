"""Who may open each members' page: a role × URL matrix."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import AccountFactory, MemberFactory

pytestmark = pytest.mark.postgres

READING_PAGES = ["/members/"]
OWN_DATA_PAGES = [
    "/members/profile/",
    "/members/your-data/",
    "/members/your-data/download/",
    "/members/your-data/delete/",
]
MEMBER_PAGES = READING_PAGES + OWN_DATA_PAGES
# Stand-ins guarded by the decorator (tests/members_area/decorator_urls.py); the real drafting,
# comment and co-sign views are tested against each role in their own tests.
FORUM_ACTIONS = [
    "/members/stand-in/draft/",
    "/members/stand-in/comment/",
    "/members/stand-in/co-sign/",
]


@pytest.fixture
def people(member, pending):
    declined = MemberFactory(user=AccountFactory(), status="declined")
    return {
        "member": member.user,
        "pending": pending.user,
        "declined": declined.user,
        "staff without a membership": AccountFactory(),
    }


def visit(client, user, url):
    if user:
        client.force_login(user)
    return client.get(url)


@pytest.mark.parametrize("url", MEMBER_PAGES + FORUM_ACTIONS)
@pytest.mark.urls("tests.members_area.decorator_urls")
def test_anonymous_visitors_go_to_the_login(client, db, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={url}"


@pytest.mark.parametrize("url", READING_PAGES)
@pytest.mark.parametrize(
    "role, status",
    [("member", 200), ("pending", 200), ("declined", 403), ("staff without a membership", 403)],
)
def test_reading_the_members_area(client, people, role, status, url):
    response = visit(client, people[role], url)
    assert response.status_code == status
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("url", OWN_DATA_PAGES)
@pytest.mark.parametrize(
    "role, status",
    [("member", 200), ("pending", 200), ("declined", 200), ("staff without a membership", 403)],
)
def test_own_details_and_data(client, people, role, status, url):
    response = visit(client, people[role], url)
    assert response.status_code == status
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("url", FORUM_ACTIONS)
@pytest.mark.parametrize(
    "role, status",
    [("member", 200), ("pending", 403), ("declined", 403), ("staff without a membership", 403)],
)
@pytest.mark.urls("tests.members_area.decorator_urls")
def test_forum_actions_need_an_approved_member(client, people, role, status, url):
    response = visit(client, people[role], url)
    assert response.status_code == status
    assert "no-store" in response["Cache-Control"]


@pytest.mark.urls("tests.members_area.decorator_urls")
def test_pending_members_are_told_they_wait_for_approval(client, pending):
    client.force_login(pending.user)
    for url in FORUM_ACTIONS:
        page = client.get(url)
        assert page.status_code == 403
        assert "Staff are looking at your request to join" in page.content.decode()


@pytest.mark.urls("tests.members_area.decorator_urls")
def test_home_offers_start_a_new_idea_to_members_only(client, member, pending):
    client.force_login(member.user)
    assert 'href="/members/ideas/new/"' in client.get("/members/").content.decode()
    client.force_login(pending.user)
    home = client.get("/members/").content.decode()
    assert 'href="/members/ideas/new/"' not in home
    assert "Staff will look at your request soon" in home


def test_declined_applicants_are_pointed_to_their_data(client, people):
    page = visit(client, people["declined"], "/members/")
    assert page.status_code == 403
    assert 'href="/members/your-data/"' in page.content.decode()


def test_no_page_shows_another_members_private_data(client, member):
    other = MemberFactory(user=AccountFactory(email="other@example.org"), about_renting="Secret")
    client.force_login(member.user)
    for url in MEMBER_PAGES:
        html = client.get(f"{url}?member={other.pk}&user={other.user.pk}").content.decode()
        assert "other@example.org" not in html
        assert "Secret" not in html
        assert other.display_name not in html
    exported = json.loads(client.get(f"/members/your-data/download/?member={other.pk}").content)
    assert exported["account"]["email"] == member.user.email


@pytest.mark.parametrize("url", MEMBER_PAGES)
def test_members_pages_cost_the_same_queries_whatever_the_data(client, member, url):
    client.force_login(member.user)

    def count():
        cache.clear()  # build the page each time: a page kept for its reader is cheaper
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    few = count()
    MemberFactory.create_batch(5)
    for n in range(3):
        EmailAddress.objects.create(user=member.user, email=f"old{n}@example.org")
    assert count() == few
