"""An idea that is not published never reaches the public: not at its address, nor in the
index, search, feed, API or sitemap. Two kinds of unpublished idea: a draft that was never
published, and a page that was published and then taken down."""

import xml.etree.ElementTree as ET

import pytest

from policies.models import Authorship
from tests.factories import MemberFactory, draft_policy, publish, published_policy

SECRET = "Zanzibarquux"  # a word found only in the unpublished idea


@pytest.fixture(params=["never published", "taken down"])
def unpublished(request, policy_index):
    if request.param == "never published":
        page = draft_policy(policy_index, title=f"{SECRET} draft", summary=f"{SECRET} plan.")
    else:
        page = published_policy(policy_index, title=f"{SECRET} old", summary=f"{SECRET} plan.")
        page.unpublish()
    return page


@pytest.fixture
def published(policy_index):
    return published_policy(policy_index, title="Public idea", summary="Everyone may read it.")


@pytest.fixture
def author_client(client, unpublished):
    """Logged in as the idea's own lead author, an approved member but not staff."""
    member = MemberFactory()
    Authorship.objects.create(page=unpublished, member=member, is_lead=True)
    client.force_login(member.user)
    return client


def test_not_at_its_address(client, unpublished, published):
    assert client.get(f"/en/policies/{unpublished.slug}/").status_code == 404
    assert client.get(published.url).status_code == 200


def test_not_at_its_address_even_for_its_author(author_client, unpublished):
    # Wagtail serves drafts only through preview; the public address never shows one.
    response = author_client.get(f"/en/policies/{unpublished.slug}/")
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_not_in_the_index_or_on_the_home_page(client, unpublished, published):
    for url in ["/en/policies/", "/en/"]:
        html = client.get(url).content.decode()
        assert "Public idea" in html
        assert SECRET not in html


@pytest.mark.postgres
def test_not_in_search(client, unpublished, published):
    html = client.get("/en/search/", {"q": SECRET}).content.decode()
    assert f"No ideas match “{SECRET}”" in html
    assert f"{SECRET} plan." not in html


def test_not_in_the_feed(client, unpublished, published):
    feed = client.get("/en/policies/feed/").content.decode()
    assert "Public idea" in feed
    assert SECRET not in feed


def test_not_in_the_api(client, unpublished, published):
    listing = client.get("/api/v2/policies/").json()
    assert [item["id"] for item in listing["items"]] == [published.pk]
    detail = client.get(f"/api/v2/policies/{unpublished.pk}/")
    assert detail.status_code == 404
    find = "/api/v2/policies/find/"
    assert client.get(find, {"html_path": f"/policies/{unpublished.slug}/"}).status_code == 404
    found = client.get(find, {"html_path": f"/policies/{published.slug}/"})
    assert found.status_code == 302
    assert f"/api/v2/policies/{published.pk}/" in found["Location"]
    assert SECRET not in client.get("/api/v2/policies/?search=" + SECRET).content.decode()


def test_not_in_the_sitemap(client, unpublished, published):
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert f"http://testserver{published.url}" in locations
    assert not [url for url in locations if unpublished.slug in url]


def test_a_newer_draft_of_a_published_idea_stays_private(client, published):
    published.title = f"{SECRET} new title"
    published.summary = f"{SECRET} new summary."
    published.save_revision()
    for url in [published.url, "/en/policies/", "/en/policies/feed/", "/api/v2/policies/"]:
        content = client.get(url).content.decode()
        assert "Public idea" in content, url
        assert SECRET not in content, url


@pytest.mark.postgres
def test_a_newer_draft_is_not_searchable(client, published):
    published.summary = f"{SECRET} new summary."
    published.save_revision()
    html = client.get("/en/search/", {"q": SECRET}).content.decode()
    assert "Public idea" not in html
    # Once published, the new words are found.
    publish(published)
    html = client.get("/en/search/", {"q": SECRET}).content.decode()
    assert "Public idea" in html
