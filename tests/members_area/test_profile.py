"""The profile page, and the members' area in each member's own language."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members_area.models import Member
from tests.factories import PendingMemberFactory

pytestmark = pytest.mark.postgres


def test_member_changes_name_language_credit_and_emails(client, member):
    client.force_login(member.user)
    response = client.post(
        "/members/profile/",
        {
            "display_name": "Mo",
            "preferred_language": "ar",
            "credit": "anonymous",
            "notify": "daily",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.display_name, member.preferred_language) == ("Mo", "ar")
    assert (member.credit, member.notify) == ("anonymous", "daily")
    page = client.get("/members/profile/")
    assert page["Content-Language"] == "ar"
    assert '<html lang="ar" dir="rtl">' in page.content.decode()


def test_profile_with_a_mistake_explains_and_keeps_the_rest(client, member):
    client.force_login(member.user)
    page = client.post(
        "/members/profile/",
        {"display_name": "", "preferred_language": "zh-hans", "credit": "full", "notify": "never"},
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert re.search(r"<title>\s*Error:", html)
    assert "There is a problem" in html
    assert re.search(r'value="never"[^>]*checked', html)
    member.refresh_from_db()
    assert member.preferred_language == "en"


def test_profile_choices_are_grouped_with_a_legend(client, member):
    client.force_login(member.user)
    html = client.get("/members/profile/").content.decode()
    assert html.count("<fieldset") == 3
    assert 'lang="pl"' in html
    assert 'autocomplete="nickname"' in html


@pytest.mark.parametrize("language", ["pl", "ur", "zh-hans"])
def test_members_area_and_account_pages_follow_the_members_language(client, member, language):
    Member.objects.filter(pk=member.pk).update(preferred_language=language)
    client.force_login(member.user)
    for url in ["/members/", "/accounts/password/change/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Language"] == language


def test_public_pages_keep_the_language_of_their_address(client, member, home):
    Member.objects.filter(pk=member.pk).update(preferred_language="pl")
    client.force_login(member.user)
    response = client.get("/en/")
    assert response["Content-Language"] == "en"


def test_home_costs_the_same_queries_whatever_the_data(client, member):
    client.force_login(member.user)

    def count():
        cache.clear()  # build the page each time: a page kept for its reader is cheaper
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/members/").status_code == 200
        return len(queries)

    few = count()
    PendingMemberFactory.create_batch(5)
    assert count() == few


def test_a_wrong_choice_links_the_summary_to_the_first_radio(client, member):
    client.force_login(member.user)
    html = client.post(
        "/members/profile/",
        {"display_name": "Mo", "preferred_language": "xx", "credit": "full", "notify": "never"},
    ).content.decode()
    assert 'href="#id_preferred_language_0"' in html
    assert 'id="id_preferred_language_0"' in html
