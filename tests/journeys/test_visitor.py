"""Journey 1: a visitor reads the home page and the policy ideas, filters them by topic,
opens one and switches language, on a desktop and on a phone, and follows an old link.
Every page on the way passes the checks in `checks.py`, in English and in Arabic."""

import pytest

from policies import demo_content

from .checks import follow, visit
from .conftest import DEVICES

pytestmark = pytest.mark.browser

TOPIC = "repairs"
POLICY = next(p for p in demo_content.POLICIES if TOPIC in p["topics"])
TITLES_IN_TOPIC = {p["title"] for p in demo_content.POLICIES if TOPIC in p["topics"]}
ARABIC_PAGES = ["/ar/policies/", f"/ar/policies/?topic={TOPIC}", f"/ar/policies/{POLICY['slug']}/"]


def html_language(page):
    return page.evaluate("[document.documentElement.lang, document.documentElement.dir]")


def read_policies(page):
    """From an English page: the policy index, one topic, then one policy. Links are found
    by where they go, not by their words."""
    follow(page, page.locator('header nav a[href="/en/policies/"]'))
    assert page.locator("main h1").inner_text() == "Policy ideas"
    assert page.locator("main .card").count() == len(demo_content.POLICIES)

    follow(page, page.locator(f'.filter a[href$="?topic={TOPIC}"]'))
    assert page.locator(f'.filter a[href$="?topic={TOPIC}"]').get_attribute("aria-current")
    assert set(page.locator("main .card h3").all_inner_texts()) == TITLES_IN_TOPIC

    follow(page, page.locator(f'main .card a[href$="/{POLICY["slug"]}/"]'))
    assert page.locator("main h1").inner_text() == POLICY["title"]
    assert page.locator("main section h2").first.inner_text() == POLICY["sections"][0][0]


@pytest.mark.parametrize("device", DEVICES)
def test_visitor_reads_filters_and_switches_to_polish_then_arabic(demo_site, open_page, device):
    page = open_page(device)

    visit(page, "/")
    assert page.url.endswith("/en/")
    assert html_language(page) == ["en", "ltr"]
    assert page.locator("main .card").count() > 0

    read_policies(page)

    follow(page, page.locator('.language-switcher a[hreflang="pl"]'))
    assert "/pl/" in page.url
    assert html_language(page) == ["pl", "ltr"]

    follow(page, page.locator('.language-switcher a[hreflang="ar"]'))
    assert "/ar/" in page.url
    assert html_language(page) == ["ar", "rtl"]

    # The demo ideas are not translated yet, and Wagtail links an untranslated page at its
    # own language (/en/…), so the Arabic pages are opened by their addresses.
    for path in ARABIC_PAGES:
        visit(page, path)
        assert html_language(page) == ["ar", "rtl"]
        assert page.locator("main h1").count() == 1

    for language in ("ar", "en"):
        visit(page, f"/{language}/policies/an-idea-that-moved/", status=404)
        assert html_language(page)[0] == language
        follow(page, page.locator(f'main a[href="/{language}/policies/"]'))
