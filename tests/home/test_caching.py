import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import PolicyPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300


@pytest.fixture
def policy(policy_index):
    policy = PolicyPageFactory(parent=policy_index, title="Stop big rent rises")
    policy.save_revision().publish()
    return policy


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(client, policy):
    first = client.get(policy.url)
    assert first["X-Cache"] == "miss"
    assert "s-maxage=300" in first["Cache-Control"]
    assert "stale-while-revalidate" in first["Cache-Control"]
    with CaptureQueriesContext(connection) as queries:
        second = client.get(policy.url)
    assert second["X-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content


def test_republished_page_shows_its_new_content_at_once(client, policy):
    assert "Stop big rent rises" in client.get(policy.url).content.decode()
    policy.title = "Cap rent rises at inflation"
    policy.save_revision().publish()
    page = client.get(policy.url).content.decode()
    assert "Cap rent rises at inflation" in page
    assert "Cap rent rises at inflation" in client.get(policy.get_parent().url).content.decode()


def test_unpublished_page_is_gone_at_once(client, policy):
    assert client.get(policy.url).status_code == 200
    policy.unpublish()
    assert client.get(policy.url).status_code == 404


def test_publishing_a_translation_clears_the_cache(client, policy, locales):
    index_url = policy.get_parent().url
    client.get(index_url)
    assert client.get(index_url)["X-Cache"] == "hit"
    polish_home = policy.get_parent().get_parent().copy_for_translation(locales["pl"])
    polish_home.save_revision().publish()
    assert client.get(index_url)["X-Cache"] == "miss"


def test_signed_in_people_are_never_served_or_stored_from_the_cache(client, policy):
    client.force_login(UserFactory())
    response = client.get(policy.url)
    assert "X-Cache" not in response
    client.logout()
    assert client.get(policy.url)["X-Cache"] == "miss"
