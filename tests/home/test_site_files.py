import xml.etree.ElementTree as ET

import pytest

from policies.models import PolicyIndexPage
from tests.factories import published_policy, translate

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_robots_txt_keeps_crawlers_out_of_private_areas_and_points_at_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /members/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_every_public_page_in_every_language(client, policy_index):
    policy = published_policy(policy_index)
    polish = translate(policy, "pl")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {loc.text for loc in root.iter(f"{SITEMAP}loc")}
    assert {
        "http://testserver/en/",
        "http://testserver/en/policies/",
        f"http://testserver{policy.url}",
        f"http://testserver{polish.url}",
    } <= locations
    assert polish.url.startswith("/pl/")


def test_unknown_address_is_a_404_in_the_site_layout_in_its_language(client, home):
    response = client.get("/pl/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="pl"' in html
    assert 'class="site-header"' in html
    assert 'href="/pl/policies/"' in html


def test_a_server_error_is_a_500_in_the_site_layout(client, policy_index, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(PolicyIndexPage, "get_context", broken)
    client.raise_request_exception = False
    response = client.get("/en/policies/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, something went wrong" in html
    assert 'class="site-header"' in html
    assert "database went away" not in html


@pytest.mark.parametrize("url", ["/en/", "/en/search/"])
def test_pages_without_their_own_description_get_the_sites(client, home, url):
    html = client.get(url).content.decode()
    assert '<meta name="description" content="' in html
    assert '<meta property="og:site_name" content="Coproduce">' in html
